// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentationfont.h"

#include <QByteArray>
#include <QObject>
#include <QSize>

class QMainWindow;
class QWidget;

namespace deltatrace {

// Presenting one window on a projector: full screen, type large enough to read from the back of
// a room (PresentationFont's presenting scale), without the menu and status bar (every action
// keeps its shortcut). What the window shows while presenting is its own business (it follows
// activeChanged); the window's layout and the zoom from before presenting come back on leaving.
// Zoom (Ctrl +/-, Ctrl+0) scales the application font in both modes; every view sizes its text
// from its font, so everything grows together.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    // `stateVersion` is the QMainWindow::saveState version the window's layout is saved with;
    // `font` is the application's one PresentationFont.
    PresenterMode(QMainWindow *window, int stateVersion, PresentationFont *font);

    // Screenshots keep the requested window size instead of filling the screen.
    void setFullScreenAllowed(bool allowed) { m_fullScreenAllowed = allowed; }
    bool isFullScreenAllowed() const { return m_fullScreenAllowed; }

    bool isActive() const { return m_active; }
    PresentationFont *font() const { return m_font; }
    double zoom() const { return m_font->zoom(); }
    double presentingScale() const { return m_font->presentingScale(); }
    const QFont &baseFont() const { return m_font->baseFont(); }
    // The window's layout as it was before presenting (for saving settings while presenting).
    QByteArray normalState() const { return m_savedState; }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }

signals:
    void activeChanged(bool active);

private:
    QMainWindow *m_window;
    PresentationFont *m_font;
    double m_zoomBefore = 1.0; // the zoom to come back to
    int m_stateVersion;
    QByteArray m_savedState;
    QByteArray m_savedGeometry;
    QSize m_savedSize;
    bool m_wasMaximized = false;
    bool m_active = false;
    bool m_fullScreenAllowed = true;
};

} // namespace deltatrace
