// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
// Zoom moves in steps that feel even at every size: each one 15 % larger.
constexpr double ZoomStep = 1.15;
} // namespace

PresenterMode::PresenterMode(QMainWindow *window) : QObject(window), m_window(window), m_baseFont(QApplication::font()) {}

void PresenterMode::setHiddenWidgets(const QList<QWidget *> &widgets)
{
    m_hidden.clear();
    for (QWidget *w : widgets)
        m_hidden.append(w);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_savedState = m_window->saveState();
        m_savedGeometry = m_window->saveGeometry();
        m_wasMaximized = m_window->isMaximized();
        for (const QPointer<QWidget> &w : std::as_const(m_hidden))
            if (w)
                w->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        applyFont();
        if (m_fullScreenAllowed)
            m_window->showFullScreen();
    } else {
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        applyFont();
        if (m_fullScreenAllowed) {
            if (m_wasMaximized)
                m_window->showMaximized();
            else
                m_window->showNormal();
            m_window->restoreGeometry(m_savedGeometry);
        }
        // Brings back every dock the presentation hid, where it was.
        m_window->restoreState(m_savedState);
    }
    emit activeChanged(active);
}

void PresenterMode::setZoom(double zoom)
{
    if (!std::isfinite(zoom))
        zoom = 1.0;
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    // Snap back to exactly 1 near it, so zooming in and out again returns to the platform size.
    if (std::abs(zoom - 1.0) < 0.01)
        zoom = 1.0;
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    applyFont();
    emit zoomChanged(m_zoom);
}

void PresenterMode::zoomIn() { setZoom(m_zoom * ZoomStep); }
void PresenterMode::zoomOut() { setZoom(m_zoom / ZoomStep); }

void PresenterMode::applyFont()
{
    QFont font = m_baseFont;
    const double factor = fontFactor();
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * factor);
    else if (m_baseFont.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(m_baseFont.pixelSize() * factor))));
    // Every widget without a font of its own follows the application font.
    QApplication::setFont(font);
}

} // namespace deltatrace
