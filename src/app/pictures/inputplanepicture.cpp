// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputplanepicture.h"

#include "picturepainting.h"
#include "inputplanefield.h"
#include "numberformat.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

constexpr double Span = InputPlaneField::DomainMax - InputPlaneField::DomainMin;
constexpr double DomainMin = InputPlaneField::DomainMin;

const QColor Grey(0x60, 0x60, 0x60); // ticks and their labels

// Everything drawn over the heat map is opaque: Qt's raster engine blends a translucent pen or
// brush an order of magnitude slower than it paints an opaque one, and this picture is drawn
// anew at every step that changes the weights.

// Text on a white pill, readable on any part of the heat map. Each line is given in pieces (see
// ShapedTextCache::drawPieces), centred.
void drawTag(QPainter &p, const QRectF &box, const QList<QStringList> &lines, const QList<QColor> &colors, qreal lineH)
{
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(box, lineH * 0.3, lineH * 0.3);
    for (int i = 0; i < lines.size(); ++i) {
        p.setPen(colors.value(i, QColor(0x20, 0x20, 0x20)));
        ShapedTextCache::drawPieces(p, QRectF(box.left(), box.top() + lineH * 0.15 + i * lineH, box.width(), lineH), Qt::AlignCenter, lines[i]);
    }
}

// Douglas-Peucker: drops the points that lie within `tolerance` of the line the kept points
// make, keeping both ends.
QPolygonF simplified(const QPolygonF &line, qreal tolerance)
{
    if (line.size() < 3)
        return line;
    std::vector<bool> keep(static_cast<std::size_t>(line.size()), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<qsizetype, qsizetype>> spans = {{0, line.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        const QPointF a = line[first];
        const QPointF ab = line[last] - a;
        const qreal length = std::hypot(ab.x(), ab.y());
        qreal farthest = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF ap = line[i] - a;
            const qreal d = length > 0 ? std::abs(ab.x() * ap.y() - ab.y() * ap.x()) / length : std::hypot(ap.x(), ap.y());
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (at >= 0 && farthest > tolerance) {
            keep[static_cast<std::size_t>(at)] = true;
            spans.emplace_back(first, at);
            spans.emplace_back(at, last);
        }
    }
    QPolygonF kept;
    for (qsizetype i = 0; i < line.size(); ++i)
        if (keep[static_cast<std::size_t>(i)])
            kept << line[i];
    return kept;
}

} // namespace

QImage InputPlanePicture::render(const InputPlaneScene &scene)
{
    const InputPlaneField field = scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
    // Without a run the picture is one line of text, with no frame to keep.
    QImage image = scene.hasRun ? frame(scene) // shared with the cache until the painter copies it
                                : makeCanvas(scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.base);
    QPainter p(&image);
    paint(p, scene, field, scene.hasRun ? Content : All);
    return image;
}

QImage InputPlanePicture::frame(const InputPlaneScene &scene)
{
    // One per thread, so that renders on different threads need no lock.
    struct Cached
    {
        QSize size;
        qreal devicePixelRatio = 0, logicalDpiX = 0, logicalDpiY = 0;
        QFont font;
        QColor base, ink;
        QString title;
        QImage image;
        bool matches(const InputPlaneScene &s) const
        {
            return !image.isNull() && size == s.size && devicePixelRatio == s.devicePixelRatio && logicalDpiX == s.logicalDpiX
                && logicalDpiY == s.logicalDpiY && font == s.font && base == s.base && ink == s.ink && title == s.texts.title;
        }
    };
    thread_local Cached cached;
    if (!cached.matches(scene)) {
        cached = {scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.font, scene.base, scene.ink,
                  scene.texts.title, makeCanvas(scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.base)};
        QPainter p(&cached.image);
        paint(p, scene, InputPlaneField{}, Frame);
    }
    return cached.image;
}

namespace {

// Where the picture's parts go: a square plot, the axes to its left and below, the colour bar to
// its right.
struct PlaneGeometry
{
    QFont base, title, small;
    qreal lh = 0;       // the base font's line height
    qreal smallLh = 0;  // the small font's
    qreal margin = 0;
    qreal tickW = 0;    // a tick label
    qreal leftAxisW = 0;
    qreal barGap = 0;
    qreal barW = 0;
    QRectF plot;
    QRectF bar;

    QPointF toPlot(double x1, double x2) const
    {
        return QPointF(plot.left() + (x1 - DomainMin) / Span * plot.width(), plot.bottom() - (x2 - DomainMin) / Span * plot.width());
    }
};

// Widths from the thread's shaped-text cache, which drawLine then draws from: QFontMetricsF would
// shape each text again.
qreal advance(const QPainter &p, const QFont &font, const QString &text) { return ShapedTextCache::lineSize(font, p.device(), text).width(); }

PlaneGeometry geometryOf(const QPainter &p, const InputPlaneScene &scene)
{
    PlaneGeometry g;
    g.base = scene.font;
    g.title = scaledFont(g.base, 1.15, true);
    g.small = scaledFont(g.base, 0.85);
    g.lh = QFontMetricsF(g.base, p.device()).height();
    g.smallLh = QFontMetricsF(g.small, p.device()).height();
    const qreal lh = g.lh;
    g.margin = lh * 0.7;
    // The header (title, and the line saying where in the step we are) above the plot.
    const qreal top = g.margin + lh * 2.8;
    g.tickW = advance(p, g.small, QStringLiteral("0.5")) + lh * 0.4;
    g.leftAxisW = g.tickW + lh * 1.3;
    const qreal bottomAxisH = lh * 2.4;
    g.barGap = lh * 1.2;
    g.barW = lh * 1.0;
    const qreal barLabelsW = g.tickW + lh * 0.4;
    const qreal width = scene.size.width();
    const qreal height = scene.size.height();
    // Whole pixels, so that the heat map, scaled to the plot beforehand, lands on the pixel grid.
    const qreal side = std::floor(std::max(lh * 4, std::min(width - 2 * g.margin - g.leftAxisW - g.barGap - g.barW - barLabelsW,
                                                            height - top - g.margin - bottomAxisH)));
    const qreal usedW = g.leftAxisW + side + g.barGap + g.barW + barLabelsW;
    const qreal left = std::round(std::max(g.margin, (width - usedW) / 2) + g.leftAxisW);
    g.plot = QRectF(left, std::round(top), side, side);
    g.bar = QRectF(g.plot.right() + g.barGap, g.plot.top(), g.barW, side);
    return g;
}

void paintTitle(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene)
{
    p.setFont(g.title);
    p.setPen(scene.ink);
    ShapedTextCache::drawLine(p, QRectF(g.margin, g.margin, qreal(scene.size.width()) - 2 * g.margin, g.lh * 1.3),
                              Qt::AlignLeft | Qt::AlignVCenter, scene.texts.title);
}

// Ticks at 0, 0.5 and 1 on both axes, and the axes' names.
void paintAxes(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene)
{
    const qreal lh = g.lh;
    const qreal tickW = g.tickW;
    p.setFont(g.small);
    p.setPen(Grey);
    for (double t : {0.0, 0.5, 1.0}) {
        const QPointF bx = g.toPlot(t, DomainMin);
        p.drawLine(bx, bx + QPointF(0, lh * 0.3));
        ShapedTextCache::drawLine(p, QRectF(bx.x() - tickW, bx.y() + lh * 0.3, 2 * tickW, lh), Qt::AlignHCenter | Qt::AlignTop, NumberFormat::value(t));
        const QPointF ly = g.toPlot(DomainMin, t);
        p.drawLine(ly, ly - QPointF(lh * 0.3, 0));
        ShapedTextCache::drawLine(p, QRectF(ly.x() - lh * 0.4 - tickW, ly.y() - lh / 2, tickW, lh), Qt::AlignRight | Qt::AlignVCenter, NumberFormat::value(t));
    }
    p.setFont(g.base);
    p.setPen(scene.ink);
    const QRectF &plot = g.plot;
    ShapedTextCache::drawLine(p, QRectF(plot.left(), plot.bottom() + lh * 1.3, plot.width(), lh), Qt::AlignCenter, QStringLiteral("x1"));
    ShapedTextCache::drawLine(p, QRectF(plot.left() - g.leftAxisW - lh * 0.2, plot.center().y() - lh / 2, lh * 1.2, lh), Qt::AlignCenter,
                              QStringLiteral("x2"));
}

// The colour scale of y, with the level of the boundary (0.5) marked.
void paintColourBar(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene)
{
    const qreal lh = g.lh;
    const QRectF &bar = g.bar;
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 8; ++i)
        gradient.setColorAt(i / 8.0, ValueColors::sequential(i / 8.0));
    p.setPen(QPen(Grey, 1));
    p.setBrush(gradient);
    p.drawRect(bar);
    p.setFont(g.small);
    for (double t : {0.0, 0.5, 1.0}) {
        const qreal y = bar.bottom() - t * bar.height();
        p.setPen(Grey);
        p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + lh * 0.3, y));
        ShapedTextCache::drawLine(p, QRectF(bar.right() + lh * 0.4, y - lh / 2, g.tickW, lh), Qt::AlignLeft | Qt::AlignVCenter, NumberFormat::value(t));
    }
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
    p.setFont(g.base);
    p.setPen(scene.ink);
    ShapedTextCache::drawLine(p, QRectF(bar.left() - lh, bar.bottom() + lh * 0.3, g.barW + 2 * lh, lh), Qt::AlignCenter, QStringLiteral("y"));
}

void paintNotFinite(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene)
{
    const qreal lh = g.lh;
    p.setPen(QPen(ValueColors::notFinite(), 2, Qt::DashLine));
    p.setBrush(QColor(0xf6, 0xf0, 0xf6));
    p.drawRect(g.plot);
    p.setFont(g.base);
    p.setPen(QColor(0x8b, 0x00, 0x00));
    ShapedTextCache::drawLine(p, g.plot.adjusted(lh, lh, -lh, -lh), Qt::AlignCenter | Qt::TextWordWrap, scene.texts.notFinite);
}

// The heat map and the unit square's outline on it.
void paintHeatMap(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene, const InputPlaneField &field)
{
    // Scaled once, then copied: QImage::scaled interpolates the 64 x 64 cells in a fraction of the
    // time the painter's own smooth transform takes.
    const QRect plotPixels = g.plot.toRect();
    QImage heatMap = field.heatMap.scaled(QSizeF(QSizeF(plotPixels.size()) * scene.devicePixelRatio).toSize(), Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation);
    heatMap.setDevicePixelRatio(scene.devicePixelRatio);
    p.drawImage(plotPixels.topLeft(), heatMap);
    p.setPen(QPen(QColor(0xf0, 0xf0, 0xf0), 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(g.toPlot(0, 1), g.toPlot(1, 0)));
}

// Each hidden unit's own line W1[i] x = 0, faint and tagged "h1".."h4": the contour is built
// from these.
void paintHiddenLines(QPainter &p, const PlaneGeometry &g, const InputPlaneField &field)
{
    const qreal lh = g.lh;
    for (int i = 0; i < HiddenCount; ++i) {
        const auto &line = field.hiddenLines[static_cast<std::size_t>(i)];
        if (!line)
            continue;
        const QLineF onPlot(g.toPlot(line->p1().x(), line->p1().y()), g.toPlot(line->p2().x(), line->p2().y()));
        // A cosmetic (one device pixel) dashed pen takes the raster engine's fast line path.
        QPen dashed(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DashLine);
        dashed.setCosmetic(true);
        p.setPen(dashed);
        p.drawLine(onPlot);
        const QPointF at = onPlot.pointAt(0.12 + 0.2 * i);
        const QString tag = QStringLiteral("h%1").arg(i + 1);
        const qreal w = advance(p, g.small, tag) + lh * 0.4;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x40, 0x40, 0x40));
        const QRectF box(at.x() - w / 2, at.y() - lh * 0.45, w, lh * 0.9);
        p.drawRoundedRect(box, lh * 0.3, lh * 0.3);
        p.setPen(Qt::white);
        ShapedTextCache::drawLine(p, box, Qt::AlignCenter, tag);
    }
}

// The two-layer network's y = 0.5 contour: a white line with a dark outline.
void paintContour(QPainter &p, const PlaneGeometry &g, const InputPlaneField &field)
{
    // Straight segments, each stroked by the raster engine's line rasterizer: a path with round
    // caps goes through QStroker and the general polygon filler, several times slower. Square
    // caps close the joints (the pens are opaque, so the overlaps do not show); the ends lie on
    // the plot's edge or close the loop.
    QList<QLineF> segments;
    for (const QPolygonF &line : field.contour) {
        QPolygonF onPlot;
        onPlot.reserve(line.size());
        for (const QPointF &point : line)
            onPlot << g.toPlot(point.x(), point.y());
        // Marching squares leaves a point on every cell edge the contour crosses, most of them in
        // a straight run: a third of a pixel off the line does not show, and it halves what the
        // two wide strokes below cost.
        onPlot = simplified(onPlot, 0.3);
        for (qsizetype i = 1; i < onPlot.size(); ++i)
            segments << QLineF(onPlot[i - 1], onPlot[i]);
    }
    p.setBrush(Qt::NoBrush);
    // An opaque outline: a translucent wide stroke costs the raster engine several times more, and
    // on the heat map the two look the same.
    p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 4.5, Qt::SolidLine, Qt::SquareCap));
    p.drawLines(segments);
    p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::SquareCap));
    p.drawLines(segments);
}

// The single neuron's boundary W x = 0, with an arrow across it toward larger y and a tag saying so.
void paintBoundary(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene, const QLineF &boundary)
{
    const qreal lh = g.lh;
    const QRectF &plot = g.plot;
    const QLineF onPlot(g.toPlot(boundary.p1().x(), boundary.p1().y()), g.toPlot(boundary.p2().x(), boundary.p2().y()));
    p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 5, Qt::SolidLine, Qt::RoundCap)); // opaque: see the contour
    p.drawLine(onPlot);
    p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(onPlot);
    // The direction of (W0, W1) in the plane.
    QPointF normal(scene.weights.W(0), -scene.weights.W(1)); // screen y points down
    const qreal len = std::hypot(normal.x(), normal.y());
    if (len <= 0)
        return;
    normal /= len;
    const QPointF mid = onPlot.pointAt(0.5);
    const QPointF tip = mid + normal * lh * 2.2;
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(mid, tip);
    QPolygonF head;
    const QPointF n(-normal.y(), normal.x());
    head << tip + normal * lh * 0.5 << tip + n * lh * 0.35 << tip - n * lh * 0.35;
    p.setBrush(Qt::white);
    p.drawPolygon(head);
    const QList<QStringList> lines = {{scene.texts.boundary}, {scene.texts.positiveSide}};
    qreal tw = 0;
    for (const QStringList &l : lines)
        tw = std::max(tw, ShapedTextCache::piecesAdvance(g.small, p.device(), l));
    // Beyond the arrow's tip, whatever way it points.
    const qreal boxW = tw + lh * 0.6;
    const qreal boxH = g.smallLh * 2 + lh * 0.3;
    const qreal reach = std::abs(normal.x()) * boxW / 2 + std::abs(normal.y()) * boxH / 2;
    const QPointF c = tip + normal * (lh * 0.7 + reach);
    QRectF box(c.x() - boxW / 2, c.y() - boxH / 2, boxW, boxH);
    // Keep the tag inside the plot.
    box.moveLeft(std::clamp(box.left(), plot.left() + 2, plot.right() - box.width() - 2));
    box.moveTop(std::clamp(box.top(), plot.top() + 2, plot.bottom() - box.height() - 2));
    drawTag(p, box, lines, {QColor(0x20, 0x20, 0x20), QColor(0x20, 0x20, 0x20)}, g.smallLh);
}

// A sample's tag: its input, and its target and output ("d = 1, y = " and then the output on
// its own, when the translated text allows it).
QList<QStringList> sampleTagLines(const InputPlaneScene &scene, int k, bool wrong)
{
    const double d = scene.D(k);
    const double y = scene.sampleOutputs[static_cast<std::size_t>(k)];
    QStringList outputLine;
    const QString &sample = scene.texts.sample;
    const qsizetype at = sample.indexOf(QLatin1String("%2"));
    if (at > 0 && sample.indexOf(QLatin1String("%1")) < at && sample.indexOf(QLatin1String("%2"), at + 1) < 0)
        outputLine = {sample.left(at).arg(NumberFormat::value(d)),
                      NumberFormat::value(y) + sample.mid(at + 2) + (wrong ? scene.texts.wrongSide : QString())};
    else
        outputLine = {sample.arg(NumberFormat::value(d), NumberFormat::value(y)) + (wrong ? scene.texts.wrongSide : QString())};
    return {{QStringLiteral("x = (%1, %2)").arg(NumberFormat::value(scene.X(k, 0)), NumberFormat::value(scene.X(k, 1)))}, outputLine};
}

// The samples, filled with their target's colour; a wrong side gets a red ring.
void paintSamples(QPainter &p, const PlaneGeometry &g, const InputPlaneScene &scene)
{
    const qreal lh = g.lh;
    const QRectF &plot = g.plot;
    const qreal radius = lh * 0.6;
    for (int k = 0; k < SampleCount; ++k) {
        const double x1 = scene.X(k, 0);
        const double x2 = scene.X(k, 1);
        const double d = scene.D(k);
        const double y = scene.sampleOutputs[static_cast<std::size_t>(k)];
        const bool wrong = (y >= 0.5) != (d >= 0.5);
        const QPointF c = g.toPlot(x1, x2);
        if (wrong)
            drawOutlinedCircle(p, c, radius + 5, QColor(0xe0, 0x20, 0x20), 3.0, Qt::NoBrush);
        drawOutlinedCircle(p, c, radius, Qt::white, 2.5, ValueColors::sequential(d));
        drawOutlinedCircle(p, c, radius + 1.5, QColor(0x20, 0x20, 0x20), 1, Qt::NoBrush);

        const QList<QStringList> lines = sampleTagLines(scene, k, wrong);
        qreal tw = 0;
        for (const QStringList &l : lines)
            tw = std::max(tw, ShapedTextCache::piecesAdvance(g.small, p.device(), l));
        const qreal boxW = tw + lh * 0.6;
        const qreal boxH = g.smallLh * 2 + lh * 0.3;
        // Outward from the middle of the square: below the bottom samples, above the top ones.
        const bool below = x2 < 0.5;
        const bool toLeft = x1 < 0.5;
        QRectF box(toLeft ? c.x() - boxW * 0.3 : c.x() - boxW * 0.7,
                   below ? c.y() + radius + lh * 0.35 : c.y() - radius - lh * 0.35 - boxH, boxW, boxH);
        box.moveLeft(std::clamp(box.left(), plot.left() + 2, plot.right() - boxW - 2));
        box.moveTop(std::clamp(box.top(), plot.top() + 2, plot.bottom() - boxH - 2));
        p.setFont(g.small);
        drawTag(p, box, lines, {QColor(0x20, 0x20, 0x20), wrong ? QColor(0xb0, 0x10, 0x10) : QColor(0x20, 0x20, 0x20)}, g.smallLh);
    }
}

} // namespace

void InputPlanePicture::paint(QPainter &p, const InputPlaneScene &scene, const InputPlaneField &field, int layers)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!scene.hasRun) {
        p.setPen(ValueColors::pending());
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), QSizeF(scene.size)), Qt::AlignCenter | Qt::TextWordWrap, scene.texts.noRun);
        return;
    }
    const PlaneGeometry g = geometryOf(p, scene);
    if (layers & Frame) {
        paintTitle(p, g, scene);
        paintAxes(p, g, scene);
        paintColourBar(p, g, scene);
    }
    // The content paints over the frame and sets all the painter state it uses.
    if (!(layers & Content))
        return;
    if (!scene.finite) {
        paintNotFinite(p, g, scene);
        return;
    }
    paintHeatMap(p, g, scene, field);
    p.save();
    p.setClipRect(g.plot);
    p.setFont(g.small);
    if (isTwoLayer(scene.rule)) {
        paintHiddenLines(p, g, field);
        paintContour(p, g, field);
    } else if (field.boundary) {
        paintBoundary(p, g, scene, *field.boundary);
    }
    p.restore();
    paintSamples(p, g, scene);
}

} // namespace deltatrace
