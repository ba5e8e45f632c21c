// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class QMainWindow;
class QWidget;

namespace deltatrace {

// Presenting on a projector: full screen, type large enough to read from the back of a room (at
// least 24 px, and at least 1.6 times the usual size), without the menu and status bar (every
// action keeps its shortcut). What the window shows while presenting is its own business (it
// follows activeChanged); the window's layout and the zoom from before presenting come back on
// leaving.
// Zoom (Ctrl +/-, Ctrl+0) scales the application font in both modes; every view sizes its text
// from its font, so everything grows together.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    static constexpr double MinFontScale = 1.6;
    static constexpr double MinPresentingPixels = 24.0;
    static constexpr double MinZoom = 0.5;
    static constexpr double MaxZoom = 4.0;

    // `stateVersion` is the QMainWindow::saveState version the window's layout is saved with.
    PresenterMode(QMainWindow *window, int stateVersion);

    // Screenshots keep the requested window size instead of filling the screen.
    void setFullScreenAllowed(bool allowed) { m_fullScreenAllowed = allowed; }

    bool isActive() const { return m_active; }
    double zoom() const { return m_zoom; }
    // What presenting multiplies the application font by: 1.6, or more where that is under 24 px.
    double presentingScale() const;
    // The factor applied to the application font now (zoom, times presentingScale() when
    // presenting).
    double fontFactor() const { return m_zoom * (m_active ? presentingScale() : 1.0); }
    const QFont &baseFont() const { return m_baseFont; }
    // The window's layout as it was before presenting (for saving settings while presenting).
    QByteArray normalState() const { return m_savedState; }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom() { setZoom(1.0); }

signals:
    void activeChanged(bool active);
    void zoomChanged(double zoom);

private:
    void applyFont();

    QMainWindow *m_window;
    double m_zoomBefore = 1.0; // the zoom to come back to
    QFont m_baseFont;
    int m_stateVersion;
    QByteArray m_savedState;
    QByteArray m_savedGeometry;
    QSize m_savedSize;
    bool m_wasMaximized = false;
    bool m_active = false;
    bool m_fullScreenAllowed = true;
    double m_zoom = 1.0;
};

} // namespace deltatrace
