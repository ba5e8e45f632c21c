// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QWidget;

namespace deltatrace {

// Presenting on a projector: full screen, type 1.6 times larger, and only what an instructor
// shows (the registered "hidden" widgets, such as the trace table and the parameter editing,
// go away; the menu and status bar too: every action keeps its shortcut). The window's layout
// before presenting comes back on leaving. Zoom (Ctrl +/-, Ctrl+0) scales the application font
// in both modes; every view sizes its text from its font, so everything grows together.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    static constexpr double FontScale = 1.6;
    static constexpr double MinZoom = 0.5;
    static constexpr double MaxZoom = 4.0;

    explicit PresenterMode(QMainWindow *window);

    void setHiddenWidgets(const QList<QWidget *> &widgets);
    // Screenshots keep the requested window size instead of filling the screen.
    void setFullScreenAllowed(bool allowed) { m_fullScreenAllowed = allowed; }

    bool isActive() const { return m_active; }
    double zoom() const { return m_zoom; }
    // The factor applied to the application font now (zoom, times FontScale when presenting).
    double fontFactor() const { return m_zoom * (m_active ? FontScale : 1.0); }
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
    QList<QPointer<QWidget>> m_hidden;
    QFont m_baseFont;
    QByteArray m_savedState;
    QByteArray m_savedGeometry;
    bool m_wasMaximized = false;
    bool m_active = false;
    bool m_fullScreenAllowed = true;
    double m_zoom = 1.0;
};

} // namespace deltatrace
