#include "canvas.h"

#include <QPainter>
#include <QPainterPath>

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

namespace {

// The band between `outer` and `inner` in the pen's colour, and `inner` in the brush.
void fillOutlined(QPainter &p, const QPainterPath &outer, const QPainterPath &inner, const QColor &pen, const QBrush &brush)
{
    if (brush.style() == Qt::NoBrush) {
        QPainterPath band = outer;
        band.addPath(inner);
        band.setFillRule(Qt::OddEvenFill);
        p.fillPath(band, pen);
        return;
    }
    p.fillPath(outer, pen);
    p.fillPath(inner, brush);
}

} // namespace

void drawOutlinedRoundedRect(QPainter &p, const QRectF &rect, qreal radius, const QColor &pen, qreal width, const QBrush &brush)
{
    const qreal half = width / 2;
    QPainterPath outer, inner;
    outer.addRoundedRect(rect.adjusted(-half, -half, half, half), radius + half, radius + half);
    const QRectF in = rect.adjusted(half, half, -half, -half);
    if (radius > half)
        inner.addRoundedRect(in, radius - half, radius - half);
    else
        inner.addRect(in);
    fillOutlined(p, outer, inner, pen, brush);
}

void drawOutlinedCircle(QPainter &p, QPointF centre, qreal radius, const QColor &pen, qreal width, const QBrush &brush)
{
    const qreal half = width / 2;
    QPainterPath outer, inner;
    outer.addEllipse(centre, radius + half, radius + half);
    inner.addEllipse(centre, std::max<qreal>(0, radius - half), std::max<qreal>(0, radius - half));
    fillOutlined(p, outer, inner, pen, brush);
}

} // namespace deltatrace
