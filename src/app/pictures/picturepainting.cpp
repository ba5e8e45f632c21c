// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturepainting.h"

#include <QPainter>

#include <algorithm>

namespace deltatrace {

QImage makeCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QColor &background)
{
    QImage image((QSizeF(size) * devicePixelRatio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.setDotsPerMeterX(qRound(dpiX / 0.0254));
    image.setDotsPerMeterY(qRound(dpiY / 0.0254));
    image.fill(background);
    return image;
}

QColor blendedOver(const QColor &top, int alpha, const QColor &under)
{
    const int a = std::clamp(alpha, 0, 255);
    auto mix = [a](int t, int u) { return (t * a + u * (255 - a) + 127) / 255; };
    return QColor(mix(top.red(), under.red()), mix(top.green(), under.green()), mix(top.blue(), under.blue()));
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

void drawOutlinedRoundedRect(QPainter &p, const QRectF &rect, qreal radius, const QColor &pen, qreal width, const QBrush &brush)
{
    p.save();
    p.setPen(QPen(pen, width));
    p.setBrush(brush);
    p.drawRoundedRect(rect, radius, radius);
    p.restore();
}

void drawOutlinedCircle(QPainter &p, QPointF centre, qreal radius, const QColor &pen, qreal width, const QBrush &brush)
{
    p.save();
    p.setPen(QPen(pen, width));
    p.setBrush(brush);
    p.drawEllipse(centre, radius, radius);
    p.restore();
}

} // namespace deltatrace
