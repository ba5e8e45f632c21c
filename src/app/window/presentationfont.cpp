// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationfont.h"

#include <QApplication>
#include <QFontInfo>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
// Zoom moves in steps that feel even at every size: each one 15 % larger.
constexpr double ZoomStep = 1.15;
} // namespace

PresentationFont::PresentationFont(QObject *parent)
    : QObject(parent), m_baseFont(QApplication::font())
{
}

double PresentationFont::presentingScale() const
{
    const double pixels = m_baseFont.pixelSize() > 0 ? m_baseFont.pixelSize() : QFontInfo(m_baseFont).pixelSize();
    return pixels > 0 ? std::max(MinFontScale, MinPresentingPixels / pixels) : MinFontScale;
}

void PresentationFont::setPresenting(bool presenting)
{
    const bool before = isPresenting();
    m_presenters = std::max(0, m_presenters + (presenting ? 1 : -1));
    if (isPresenting() != before)
        apply();
}

void PresentationFont::setZoom(double zoom)
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
    apply();
    emit zoomChanged(m_zoom);
}

void PresentationFont::zoomIn() { setZoom(m_zoom * ZoomStep); }
void PresentationFont::zoomOut() { setZoom(m_zoom / ZoomStep); }

void PresentationFont::apply()
{
    QFont font = m_baseFont;
    const double f = factor();
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * f);
    else if (m_baseFont.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(m_baseFont.pixelSize() * f))));
    // Every widget without a font of its own follows the application font.
    QApplication::setFont(font);
}

} // namespace deltatrace
