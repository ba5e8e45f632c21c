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

// Everything drawn over the heat map is opaque. Qt 6.4's raster engine blends a translucent pen
// or brush an order of magnitude slower than it paints an opaque one (measured here: the outline
// of a 200 px square 0.3 ms translucent, 0.02 ms opaque), and this picture is drawn anew at every
// step that changes the weights.

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
    // One per thread: the renders run on the picture workers, and on the window's thread when a
    // paint cannot wait for them.
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

void InputPlanePicture::paint(QPainter &p, const InputPlaneScene &scene, const InputPlaneField &field, int layers)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont base = scene.font;
    const QFont title = scaledFont(base, 1.15, true);
    const QFont small = scaledFont(base, 0.85);
    const QFontMetricsF fm(base, p.device());
    const QFontMetricsF fmSmall(small, p.device());
    // Widths from the thread's shaped-text cache, which drawLine then draws from: QFontMetricsF
    // would shape each text again.
    auto advance = [&p](const QFont &font, const QString &text) { return ShapedTextCache::lineSize(font, p.device(), text).width(); };
    const qreal lh = fm.height();
    const QColor ink = scene.ink;
    const QColor grey(0x60, 0x60, 0x60);

    if (!scene.hasRun) {
        p.setPen(ValueColors::pending());
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), QSizeF(scene.size)), Qt::AlignCenter | Qt::TextWordWrap, scene.texts.noRun);
        return;
    }
    const Rule rule = scene.rule;
    const bool two = isTwoLayer(rule);

    // ---- Header (the line under it, where in the step we are, is painted by paintState).
    const qreal margin = lh * 0.7;
    if (layers & Frame) {
        p.setFont(title);
        p.setPen(ink);
        ShapedTextCache::drawLine(p, QRectF(margin, margin, qreal(scene.size.width()) - 2 * margin, lh * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
                                  scene.texts.title);
    }

    // ---- Geometry: a square plot, the colour bar to its right.
    const qreal top = margin + lh * 2.8;
    const qreal tickW = advance(small, QStringLiteral("0.5")) + lh * 0.4;
    const qreal leftAxisW = tickW + lh * 1.3;
    const qreal bottomAxisH = lh * 2.4;
    const qreal barGap = lh * 1.2;
    const qreal barW = lh * 1.0;
    const qreal barLabelsW = tickW + lh * 0.4;
    // Whole pixels, so that the heat map, scaled to the plot beforehand, lands on the pixel grid.
    const qreal side = std::floor(std::max(lh * 4, std::min(qreal(scene.size.width()) - 2 * margin - leftAxisW - barGap - barW - barLabelsW,
                                                 qreal(scene.size.height()) - top - margin - bottomAxisH)));
    const qreal usedW = leftAxisW + side + barGap + barW + barLabelsW;
    const qreal left = std::round(std::max(margin, (qreal(scene.size.width()) - usedW) / 2) + leftAxisW);
    const QRectF plot(left, std::round(top), side, side);
    auto toPlot = [&](double x1, double x2) {
        return QPointF(plot.left() + (x1 - DomainMin) / Span * side, plot.bottom() - (x2 - DomainMin) / Span * side);
    };

    if (layers & Frame) {
        // ---- Axes: ticks at 0, 0.5, 1.
        p.setFont(small);
        p.setPen(grey);
        for (double t : {0.0, 0.5, 1.0}) {
            const QPointF bx = toPlot(t, DomainMin);
            p.drawLine(bx, bx + QPointF(0, lh * 0.3));
            ShapedTextCache::drawLine(p, QRectF(bx.x() - tickW, bx.y() + lh * 0.3, 2 * tickW, lh), Qt::AlignHCenter | Qt::AlignTop, NumberFormat::value(t));
            const QPointF ly = toPlot(DomainMin, t);
            p.drawLine(ly, ly - QPointF(lh * 0.3, 0));
            ShapedTextCache::drawLine(p, QRectF(ly.x() - lh * 0.4 - tickW, ly.y() - lh / 2, tickW, lh), Qt::AlignRight | Qt::AlignVCenter, NumberFormat::value(t));
        }
        p.setFont(base);
        p.setPen(ink);
        ShapedTextCache::drawLine(p, QRectF(plot.left(), plot.bottom() + lh * 1.3, side, lh), Qt::AlignCenter, QStringLiteral("x1"));
        ShapedTextCache::drawLine(p, QRectF(plot.left() - leftAxisW - lh * 0.2, plot.center().y() - lh / 2, lh * 1.2, lh), Qt::AlignCenter, QStringLiteral("x2"));

        // ---- Colour bar.
        {
            const QRectF bar(plot.right() + barGap, plot.top(), barW, side);
            QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
            for (int i = 0; i <= 8; ++i)
                gradient.setColorAt(i / 8.0, ValueColors::sequential(i / 8.0));
            p.setPen(QPen(grey, 1));
            p.setBrush(gradient);
            p.drawRect(bar);
            p.setFont(small);
            for (double t : {0.0, 0.5, 1.0}) {
                const qreal y = bar.bottom() - t * side;
                p.setPen(grey);
                p.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + lh * 0.3, y));
                ShapedTextCache::drawLine(p, QRectF(bar.right() + lh * 0.4, y - lh / 2, tickW, lh), Qt::AlignLeft | Qt::AlignVCenter, NumberFormat::value(t));
            }
            // The level of the boundary.
            p.setPen(QPen(Qt::white, 2));
            p.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
            p.setFont(base);
            p.setPen(ink);
            ShapedTextCache::drawLine(p, QRectF(bar.left() - lh, bar.bottom() + lh * 0.3, barW + 2 * lh, lh), Qt::AlignCenter, QStringLiteral("y"));
        }
    }
    // The content paints over the frame and sets all the painter state it uses.
    if (!(layers & Content))
        return;

    if (!scene.finite) {
        p.setPen(QPen(ValueColors::notFinite(), 2, Qt::DashLine));
        p.setBrush(QColor(0xf6, 0xf0, 0xf6));
        p.drawRect(plot);
        p.setFont(base);
        p.setPen(QColor(0x8b, 0x00, 0x00));
        ShapedTextCache::drawLine(p, plot.adjusted(lh, lh, -lh, -lh), Qt::AlignCenter | Qt::TextWordWrap,
                   scene.texts.notFinite);
        return;
    }

    // ---- Heat map, the unit square, the lines.
    // Scaled once, then copied: QImage::scaled interpolates the 64 x 64 cells in a quarter of the
    // time the painter's own smooth transform takes (0.25 against 0.57 ms for a 300 px plot).
    const QRect plotPixels = plot.toRect();
    QImage heatMap = field.heatMap.scaled(QSizeF(QSizeF(plotPixels.size()) * scene.devicePixelRatio).toSize(), Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation);
    heatMap.setDevicePixelRatio(scene.devicePixelRatio);
    p.drawImage(plotPixels.topLeft(), heatMap);
    p.setPen(QPen(QColor(0xf0, 0xf0, 0xf0), 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(toPlot(0, 1), toPlot(1, 0)));

    p.save();
    p.setClipRect(plot);
    p.setFont(small);
    if (two) {
        // Each hidden unit's own line W1[i] x = 0: the contour is built from these.
        for (int i = 0; i < HiddenCount; ++i) {
            const auto &line = field.hiddenLines[static_cast<std::size_t>(i)];
            if (!line)
                continue;
            const QLineF onPlot(toPlot(line->p1().x(), line->p1().y()), toPlot(line->p2().x(), line->p2().y()));
            // A cosmetic (one device pixel) dashed pen takes the raster engine's fast line path.
            QPen dashed(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DashLine);
            dashed.setCosmetic(true);
            p.setPen(dashed);
            p.drawLine(onPlot);
            const QPointF at = onPlot.pointAt(0.12 + 0.2 * i);
            const QString tag = QStringLiteral("h%1").arg(i + 1);
            const qreal w = advance(small, tag) + lh * 0.4;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x40, 0x40, 0x40));
            const QRectF box(at.x() - w / 2, at.y() - lh * 0.45, w, lh * 0.9);
            p.drawRoundedRect(box, lh * 0.3, lh * 0.3);
            p.setPen(Qt::white);
            ShapedTextCache::drawLine(p, box, Qt::AlignCenter, tag);
        }
        // The contour as straight segments, each stroked by the raster engine's line rasterizer:
        // a path with round caps goes through QStroker and the general polygon filler, 0.26 ms
        // for the two strokes below against a tenth of that. Square caps close the joints (the
        // pens are opaque, so the overlaps do not show); the ends lie on the plot's edge or
        // close the loop.
        QList<QLineF> segments;
        for (const QPolygonF &line : field.contour) {
            QPolygonF onPlot;
            onPlot.reserve(line.size());
            for (const QPointF &point : line)
                onPlot << toPlot(point.x(), point.y());
            // Marching squares leaves a point on every cell edge the contour crosses, most of
            // them in a straight run: a third of a pixel off the line does not show, and halves
            // what the two wide strokes below cost.
            onPlot = simplified(onPlot, 0.3);
            for (qsizetype i = 1; i < onPlot.size(); ++i)
                segments << QLineF(onPlot[i - 1], onPlot[i]);
        }
        p.setBrush(Qt::NoBrush);
        // An opaque outline: a translucent wide stroke costs the raster engine five times more
        // (0.5 ms against 0.1 ms here), and on the heat map the two look the same.
        p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 4.5, Qt::SolidLine, Qt::SquareCap));
        p.drawLines(segments);
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::SquareCap));
        p.drawLines(segments);
    } else if (field.boundary) {
        const QLineF onPlot(toPlot(field.boundary->p1().x(), field.boundary->p1().y()), toPlot(field.boundary->p2().x(), field.boundary->p2().y()));
        p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 5, Qt::SolidLine, Qt::RoundCap)); // opaque: see the contour
        p.drawLine(onPlot);
        p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(onPlot);
        // An arrow across the line toward larger y (the direction of (W0, W1) in the plane).
        QPointF normal(scene.weights.W(0), -scene.weights.W(1)); // screen y points down
        const qreal len = std::hypot(normal.x(), normal.y());
        if (len > 0) {
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
                tw = std::max(tw, ShapedTextCache::piecesAdvance(small, p.device(), l));
            // Beyond the arrow's tip, whatever way it points.
            const qreal boxW = tw + lh * 0.6;
            const qreal boxH = fmSmall.height() * 2 + lh * 0.3;
            const qreal reach = std::abs(normal.x()) * boxW / 2 + std::abs(normal.y()) * boxH / 2;
            const QPointF c = tip + normal * (lh * 0.7 + reach);
            QRectF box(c.x() - boxW / 2, c.y() - boxH / 2, boxW, boxH);
            // Keep the tag inside the plot.
            box.moveLeft(std::clamp(box.left(), plot.left() + 2, plot.right() - box.width() - 2));
            box.moveTop(std::clamp(box.top(), plot.top() + 2, plot.bottom() - box.height() - 2));
            drawTag(p, box, lines, {QColor(0x20, 0x20, 0x20), QColor(0x20, 0x20, 0x20)}, fmSmall.height());
        }
    }
    p.restore();

    // ---- The samples, filled with their target's colour; a wrong side gets a red ring.
    const qreal radius = lh * 0.6;
    for (int k = 0; k < SampleCount; ++k) {
        const double x1 = scene.X(k, 0);
        const double x2 = scene.X(k, 1);
        const double d = scene.D(k);
        const double y = scene.sampleOutputs[static_cast<std::size_t>(k)];
        const bool wrong = (y >= 0.5) != (d >= 0.5);
        const QPointF c = toPlot(x1, x2);
        if (wrong)
            drawOutlinedCircle(p, c, radius + 5, QColor(0xe0, 0x20, 0x20), 3.0, Qt::NoBrush);
        drawOutlinedCircle(p, c, radius, Qt::white, 2.5, ValueColors::sequential(d));
        drawOutlinedCircle(p, c, radius + 1.5, QColor(0x20, 0x20, 0x20), 1, Qt::NoBrush);

        // "d = 1, y = " and then the output on its own, when the text allows it.
        QStringList outputLine;
        const QString &sample = scene.texts.sample;
        const qsizetype at = sample.indexOf(QLatin1String("%2"));
        if (at > 0 && sample.indexOf(QLatin1String("%1")) < at && sample.indexOf(QLatin1String("%2"), at + 1) < 0)
            outputLine = {sample.left(at).arg(NumberFormat::value(d)),
                          NumberFormat::value(y) + sample.mid(at + 2) + (wrong ? scene.texts.wrongSide : QString())};
        else
            outputLine = {sample.arg(NumberFormat::value(d), NumberFormat::value(y)) + (wrong ? scene.texts.wrongSide : QString())};
        const QList<QStringList> lines = {{QStringLiteral("x = (%1, %2)").arg(NumberFormat::value(x1), NumberFormat::value(x2))}, outputLine};
        qreal tw = 0;
        for (const QStringList &l : lines)
            tw = std::max(tw, ShapedTextCache::piecesAdvance(small, p.device(), l));
        const qreal boxW = tw + lh * 0.6;
        const qreal boxH = fmSmall.height() * 2 + lh * 0.3;
        // Outward from the middle of the square: below the bottom samples, above the top ones.
        const bool below = x2 < 0.5;
        const bool toLeft = x1 < 0.5;
        QRectF box(toLeft ? c.x() - boxW * 0.3 : c.x() - boxW * 0.7,
                   below ? c.y() + radius + lh * 0.35 : c.y() - radius - lh * 0.35 - boxH, boxW, boxH);
        box.moveLeft(std::clamp(box.left(), plot.left() + 2, plot.right() - boxW - 2));
        box.moveTop(std::clamp(box.top(), plot.top() + 2, plot.bottom() - boxH - 2));
        p.setFont(small);
        drawTag(p, box, lines, {QColor(0x20, 0x20, 0x20), wrong ? QColor(0xb0, 0x10, 0x10) : QColor(0x20, 0x20, 0x20)},
                fmSmall.height());
    }
}

} // namespace deltatrace
