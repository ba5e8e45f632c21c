// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include <QApplication>
#include <QFontInfo>
#include <QLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
// Zoom moves in steps that feel even at every size: each one 15 % larger.
constexpr double ZoomStep = 1.15;
} // namespace

PresenterMode::PresenterMode(QMainWindow *window, int stateVersion)
    : QObject(window), m_window(window), m_baseFont(QApplication::font()), m_stateVersion(stateVersion)
{
}

double PresenterMode::presentingScale() const
{
    const double pixels = m_baseFont.pixelSize() > 0 ? m_baseFont.pixelSize() : QFontInfo(m_baseFont).pixelSize();
    return pixels > 0 ? std::max(MinFontScale, MinPresentingPixels / pixels) : MinFontScale;
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_savedState = m_window->saveState(m_stateVersion);
        m_savedGeometry = m_window->saveGeometry();
        m_savedSize = m_window->size();
        m_wasMaximized = m_window->isMaximized();
        m_zoomBefore = m_zoom;
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        applyFont();
        if (m_fullScreenAllowed)
            m_window->showFullScreen();
    } else {
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        // A zoom chosen for the room does not follow the instructor back to the desk.
        if (m_zoom != m_zoomBefore) {
            m_zoom = m_zoomBefore;
            emit zoomChanged(m_zoom);
        }
        applyFont();
        if (m_fullScreenAllowed) {
            if (m_wasMaximized)
                m_window->showMaximized();
            else
                m_window->showNormal();
            m_window->restoreGeometry(m_savedGeometry);
        }
        // Brings back every dock the presentation hid, where it was.
        m_window->restoreState(m_savedState, m_stateVersion);
        // The large type may have widened the window past its old size; once the layout has
        // taken the usual type again (the next turn of the event loop), the old size fits again.
        const QSize before = m_savedSize;
        QTimer::singleShot(0, m_window, [window = m_window, before] {
            if (window->isFullScreen() || window->isMaximized() || window->size() == before)
                return;
            // The layouts take the smaller type's sizes first, or the old minimum still holds.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (QLayout *layout = window->layout())
                layout->activate();
            window->resize(before);
        });
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
