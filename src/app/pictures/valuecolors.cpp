// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuecolors.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace deltatrace {

namespace {

// matplotlib's viridis at 9 even stops; linear interpolation between them is indistinguishable
// from the full 256-entry table at the sizes we draw.
constexpr std::array<QRgb, 9> kViridis = {0xff440154, 0xff472d7b, 0xff3b528b, 0xff2c728e, 0xff21918c,
                                          0xff28ae80, 0xff5ec962, 0xffaddc30, 0xfffde725};

// Okabe & Ito, "Color Universal Design": safe for every common colour-vision deficiency.
constexpr std::array<QRgb, 7> kSeries = {0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7,
                                         0xffd55e00, 0xff56b4e9, 0xff7f6a00};

} // namespace

QColor ValueColors::positive() { return QColor(0x21, 0x66, 0xac); }
QColor ValueColors::negative() { return QColor(0xc0, 0x29, 0x2f); }
// Bright magenta: apart from the blue, the red and every colour of viridis also without red-green
// vision (tests/gui/tst_accessibility.cpp simulates it), and still readable as text on white.
QColor ValueColors::notFinite() { return QColor(0xe0, 0x00, 0xe0); }
QColor ValueColors::highlight() { return QColor(0xf0, 0xa0, 0x00); }
QColor ValueColors::pending() { return QColor(0x9a, 0x9a, 0x9a); }

QColor ValueColors::signColor(double value)
{
    if (!std::isfinite(value))
        return notFinite();
    if (value > 0)
        return positive();
    if (value < 0)
        return negative();
    return pending();
}

qreal ValueColors::weightWidth(double value, qreal unit)
{
    if (!std::isfinite(value))
        return 3.0 * unit;
    // sqrt keeps small weights visible and large ones from swallowing the picture.
    return unit * std::clamp(0.6 + 1.6 * std::sqrt(std::abs(value)), 0.6, 6.0);
}

QPen ValueColors::weightPen(double value, qreal unit)
{
    QPen pen(signColor(value), weightWidth(value, unit));
    pen.setCapStyle(Qt::FlatCap);
    if (value < 0 || !std::isfinite(value))
        pen.setStyle(Qt::DashLine);
    return pen;
}

QRgb ValueColors::sequentialRgb(double t)
{
    if (std::isnan(t))
        return notFinite().rgb();
    t = std::clamp(t, 0.0, 1.0);
    const double pos = t * double(kViridis.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(pos), kViridis.size() - 2);
    const double f = pos - double(i);
    const QRgb a = kViridis[i];
    const QRgb b = kViridis[i + 1];
    // Rounded by adding a half: the value is never negative, and std::lround is a library call
    // (three per pixel of a 64 x 64 heat map at every step).
    auto mix = [f](int x, int y) { return static_cast<int>(x + (y - x) * f + 0.5); };
    return qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
}

QColor ValueColors::sequential(double t) { return QColor::fromRgb(sequentialRgb(t)); }

QColor ValueColors::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); the threshold favours white on mid tones.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

QColor ValueColors::series(int index)
{
    const auto n = static_cast<int>(kSeries.size());
    return QColor::fromRgb(kSeries[static_cast<std::size_t>(((index % n) + n) % n)]);
}

} // namespace deltatrace
