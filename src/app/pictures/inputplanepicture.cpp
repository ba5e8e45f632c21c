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

namespace {

using Text = InputPlanePicture::Text;
using Tag = InputPlanePicture::Tag;
using Layout = InputPlanePicture::Layout;
using TagDetail = InputPlanePicture::TagDetail;

// The sizes every distance is made of, from the widget's font. No text is smaller than that font:
// it is the application's, scaled in presenter mode and by zoom.
struct Metrics
{
    const QPaintDevice *device = nullptr;
    QFont base, title;
    qreal lh = 0;       // the base font's line height
    qreal titleLh = 0;
    qreal margin = 0;
    qreal tick = 0;     // a tick mark's length
    qreal gap = 0;      // between a tick mark and its label, and between texts
    qreal pad = 0;      // inside a tag's pill, left and right
    qreal labelW = 0;   // the widest tick label
    qreal leftAxisW = 0;
    qreal bottomAxisH = 0;
    qreal barGap = 0;
    qreal barW = 0;
    qreal tagLineH = 0; // a line of a tag (a Korean fallback font may be taller than lh)

    // Widths and heights from the thread's shaped-text cache, which drawLine then draws from:
    // QFontMetricsF would shape each text again.
    QSizeF size(const QFont &font, const QString &text) const { return ShapedTextCache::lineSize(font, device, text); }
    qreal advance(const QStringList &pieces) const { return ShapedTextCache::piecesAdvance(base, device, pieces); }
    Text text(const QStringList &pieces, QPointF topLeft, qreal height) const { return {pieces, QRectF(topLeft, QSizeF(advance(pieces), height))}; }
    // Everything left and right of the plot, and above and below it but the title and state.
    qreal besidePlotW() const { return 2 * margin + leftAxisW + barGap + barW + tick + gap + labelW; }
};

const double TickValues[] = {0.0, 0.5, 1.0};

Metrics metricsOf(const InputPlaneScene &scene, const QPaintDevice *device)
{
    Metrics m;
    m.device = device;
    m.base = scene.font;
    m.title = scaledFont(m.base, 1.15, true);
    m.lh = QFontMetricsF(m.base, device).height();
    m.titleLh = std::max(QFontMetricsF(m.title, device).height(), m.size(m.title, scene.texts.title).height());
    const qreal lh = m.lh;
    m.margin = std::round(lh * 0.5);
    m.tick = std::max(3.0, lh * 0.3);
    m.gap = std::max(4.0, lh * 0.3);
    m.pad = lh * 0.3;
    for (double t : TickValues)
        m.labelW = std::max(m.labelW, m.size(m.base, NumberFormat::value(t)).width());
    const qreal x1W = m.size(m.base, QStringLiteral("x[1]")).width(); // the vertical axis name
    m.leftAxisW = x1W + lh * 0.5 + m.labelW + m.gap + m.tick;
    m.bottomAxisH = m.tick + m.gap + lh + lh * 0.2 + lh;
    m.barGap = lh * 1.2;
    m.barW = lh * 0.9;
    m.tagLineH = std::max({lh, m.size(m.base, scene.texts.sample).height(), m.size(m.base, scene.texts.wrongSide).height()});
    return m;
}

// The title (word-wrapped) and the room for the view's state line(s) under it; returns how far
// down they reach.
qreal layoutHeader(Layout &l, const InputPlaneScene &scene, const Metrics &m, qreal width)
{
    const qreal textW = std::max(m.lh, width - 2 * m.margin);
    l.title.clear();
    qreal y = m.margin;
    for (const QString &line : InputPlanePicture::wrapped(m.title, m.device, scene.texts.title, textW)) {
        l.title.push_back({{line}, QRectF(m.margin, y, m.size(m.title, line).width(), m.titleLh)});
        y += m.titleLh;
    }
    int lines = 1;
    qreal lineH = m.lh;
    for (const QString &sample : scene.texts.stateSamples) {
        lines = std::max(lines, int(InputPlanePicture::wrapped(m.base, m.device, sample, textW).size()));
        lineH = std::max(lineH, m.size(m.base, sample).height());
    }
    l.state = QRectF(m.margin, y + m.lh * 0.1, textW, lines * lineH);
    l.stateLineHeight = lineH;
    // The top tick labels reach half a line above the plot.
    return l.state.bottom() + m.lh * 0.5 + m.gap;
}

// The frame for a canvas of `size`: the plot as large a square as fits, centred in the room left.
void layoutFrame(Layout &l, const InputPlaneScene &scene, const Metrics &m, QSizeF size)
{
    const qreal lh = m.lh;
    l.canvas = size;
    l.lineHeight = lh;
    const qreal top = layoutHeader(l, scene, m, size.width());
    const qreal roomW = size.width() - m.besidePlotW();
    const qreal roomH = size.height() - top - m.bottomAxisH - m.margin;
    // Whole pixels, so that the heat map, scaled to the plot beforehand, lands on the pixel grid.
    const qreal side = std::floor(std::max(lh * 2, std::min(roomW, roomH)));
    const qreal left = std::round(m.margin + std::max(0.0, (roomW - side) / 2) + m.leftAxisW);
    l.plot = QRectF(left, std::round(top + std::max(0.0, (roomH - side) / 2)), side, side);
    l.bar = QRectF(l.plot.right() + m.barGap, l.plot.top(), m.barW, side);
    l.sampleRadius = lh * 0.6;
    l.clearance = l.sampleRadius + 5 + 1.5 + 1; // the red ring of a sample on the wrong side

    l.ticks.clear();
    l.tickLabels.clear();
    l.axisNames.clear();
    for (double t : TickValues) {
        const QString label = NumberFormat::value(t);
        const qreal w = m.size(m.base, label).width();
        const QPointF bx = l.toPlot(t, DomainMin);
        l.ticks.emplace_back(bx, bx + QPointF(0, m.tick));
        l.tickLabels.push_back({{label}, QRectF(bx.x() - w / 2, bx.y() + m.tick + m.gap, w, lh)});
        const QPointF ly = l.toPlot(DomainMin, t);
        l.ticks.emplace_back(ly - QPointF(m.tick, 0), ly);
        l.tickLabels.push_back({{label}, QRectF(ly.x() - m.tick - m.gap - w, ly.y() - lh / 2, w, lh)});
        const qreal by = l.bar.bottom() - t * l.bar.height();
        l.ticks.emplace_back(QPointF(l.bar.right(), by), QPointF(l.bar.right() + m.tick, by));
        l.tickLabels.push_back({{label}, QRectF(l.bar.right() + m.tick + m.gap, by - lh / 2, w, lh)});
    }
    auto name = [&](const QString &text, QPointF centre) {
        const QSizeF s = m.size(m.base, text);
        l.axisNames.push_back({{text}, QRectF(centre.x() - s.width() / 2, centre.y() - lh / 2, s.width(), lh)});
    };
    // numpy's 0-based names, as every other view writes them: x[0] across, x[1] up.
    name(QStringLiteral("x[0]"), QPointF(l.plot.center().x(), l.plot.bottom() + m.tick + m.gap + lh * 1.2 + lh / 2));
    const qreal x1W = m.size(m.base, QStringLiteral("x[1]")).width();
    name(QStringLiteral("x[1]"), QPointF(l.plot.left() - m.tick - m.gap - m.labelW - lh * 0.5 - x1W / 2, l.plot.center().y()));
    name(QStringLiteral("y"), QPointF(l.bar.center().x(), l.bar.bottom() + m.tick + m.gap + lh / 2));
}

// What no tag may cover: the frame's texts, ticks and colour bar, and the samples.
std::vector<QRectF> frameObstacles(const Layout &l)
{
    std::vector<QRectF> obstacles;
    for (const Text &t : l.title)
        obstacles.push_back(t.rect);
    obstacles.push_back(l.state);
    for (const std::vector<Text> *texts : {&l.tickLabels, &l.axisNames})
        for (const Text &t : *texts)
            obstacles.push_back(t.rect);
    for (const QLineF &tick : l.ticks)
        obstacles.push_back(QRectF(tick.p1(), tick.p2()).normalized().adjusted(-1, -1, 1, 1));
    obstacles.push_back(l.bar.adjusted(-1, -1, 1, 1));
    return obstacles;
}

QRectF sampleArea(const Layout &l, QPointF centre)
{
    return QRectF(centre.x() - l.clearance, centre.y() - l.clearance, 2 * l.clearance, 2 * l.clearance);
}

// Whether the segment runs through the rectangle.
bool crosses(const QLineF &segment, const QRectF &rect)
{
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges),
                       [&](const QLineF &edge) { return segment.intersects(edge, nullptr) == QLineF::BoundedIntersection; });
}

// A thin line from a sample's circle (from `start` off its centre `c`) to the nearest point of its
// tag: a short stub for a tag beside its sample, a longer leader for one moved away, so that no
// tag is taken for a neighbour's.
QLineF leaderBetween(QPointF c, qreal start, const QRectF &box)
{
    const QPointF nearest(std::clamp(c.x(), box.left(), box.right()), std::clamp(c.y(), box.top(), box.bottom()));
    const QPointF to = nearest - c;
    const qreal length = std::max(1e-9, std::hypot(to.x(), to.y()));
    return QLineF(c + to / length * std::min(start, length), nearest);
}

// Finds free places for boxes: inside `allowed`, a gap away from every obstacle and leader.
struct Placer
{
    QRectF allowed;
    std::vector<QRectF> obstacles;
    std::vector<QLineF> leaders;
    qreal gap = 0;
    qreal step = 0;

    bool isFree(const QRectF &box) const
    {
        if (!allowed.contains(box))
            return false;
        const QRectF around = box.adjusted(-gap, -gap, gap, gap);
        return std::none_of(obstacles.begin(), obstacles.end(), [&](const QRectF &o) { return around.intersects(o); })
            && std::none_of(leaders.begin(), leaders.end(), [&](const QLineF &leader) { return crosses(leader, around); });
    }
    // A leader from `c` crosses no other leader and nothing but what lies at `c` (its sample).
    bool isFree(const QLineF &leader, QPointF c) const
    {
        return std::none_of(obstacles.begin(), obstacles.end(), [&](const QRectF &o) { return !o.contains(c) && crosses(leader, o); })
            && std::none_of(leaders.begin(), leaders.end(),
                            [&](const QLineF &other) { return leader.intersects(other, nullptr) == QLineF::BoundedIntersection; });
    }

    // The nearest free place for a box of `size` around the point `c`, at least `r0` from it:
    // distance by distance, above or below first (toward `outward`, and sliding toward it), then
    // beside, then the diagonals. Returns the box and its distance from `c`.
    // No farther than `reach` (0: anywhere). With `leaderStart` > 0, the box's leader from that
    // far off `c` must be free too.
    std::optional<std::pair<QRectF, qreal>> near(QPointF c, qreal r0, QSizeF size, QPointF outward, bool besideFirst, qreal reach = 0,
                                                 qreal leaderStart = 0) const
    {
        const qreal w = size.width();
        const qreal h = size.height();
        const qreal sx = outward.x() < 0 ? -1 : 1;
        const qreal sy = outward.y() < 0 ? -1 : 1;
        if (reach <= 0)
            reach = std::max(allowed.width(), allowed.height());
        std::optional<std::pair<QRectF, qreal>> found;
        for (qreal r = r0; r <= reach && !found; r += step) {
            auto tryBox = [&](const QRectF &box) {
                if (!found && isFree(box) && (leaderStart <= 0 || isFree(leaderBetween(c, leaderStart, box), c)))
                    found = std::make_pair(box, r);
                return found.has_value();
            };
            // Sliding along the side it sits on, as long as it still faces `c`.
            auto slides = [&](qreal extent, qreal toward, auto &&at) {
                if (tryBox(at(0.0)))
                    return true;
                for (qreal o = step; o <= extent / 2; o += step)
                    if (tryBox(at(toward * o)) || tryBox(at(-toward * o)))
                        return true;
                return false;
            };
            auto vertical = [&](qreal dy) {
                const qreal top = dy > 0 ? c.y() + r : c.y() - r - h;
                return slides(w, sx, [&](qreal o) { return QRectF(c.x() - w / 2 + o, top, w, h); });
            };
            auto beside = [&](qreal dx) {
                const qreal left = dx > 0 ? c.x() + r : c.x() - r - w;
                return slides(h, sy, [&](qreal o) { return QRectF(left, c.y() - h / 2 + o, w, h); });
            };
            auto diagonal = [&](qreal dx, qreal dy) {
                const qreal d = r / std::sqrt(2.0);
                return tryBox(QRectF(dx > 0 ? c.x() + d : c.x() - d - w, dy > 0 ? c.y() + d : c.y() - d - h, w, h));
            };
            if (besideFirst)
                beside(sx) || vertical(sy) || vertical(-sy);
            else
                vertical(sy) || vertical(-sy) || beside(sx);
            diagonal(sx, sy) || diagonal(sx, -sy) || diagonal(-sx, sy) || beside(-sx) || diagonal(-sx, -sy);
        }
        return found;
    }
};

// A sample's tag: its input, and its target and output ("d = 1, y = " and then the output on its
// own, when the translated text allows it), or less of it.
std::vector<QStringList> sampleTagLines(const InputPlaneScene &scene, int k, double y, TagDetail detail)
{
    const double d = scene.D(k);
    const bool wrong = (y >= 0.5) != (d >= 0.5);
    if (detail == TagDetail::NumberOnly)
        return {{QStringLiteral("y = "), NumberFormat::value(y)}};
    QStringList outputLine;
    const QString &sample = scene.texts.sample;
    const qsizetype at = sample.indexOf(QLatin1String("%2"));
    if (at > 0 && sample.indexOf(QLatin1String("%1")) < at && sample.indexOf(QLatin1String("%2"), at + 1) < 0)
        outputLine = {sample.left(at).arg(NumberFormat::value(d)),
                      NumberFormat::value(y) + sample.mid(at + 2) + (wrong ? scene.texts.wrongSide : QString())};
    else
        outputLine = {sample.arg(NumberFormat::value(d), NumberFormat::value(y)) + (wrong ? scene.texts.wrongSide : QString())};
    if (detail == TagDetail::OneLine)
        return {outputLine};
    return {{QStringLiteral("x = (%1, %2)").arg(NumberFormat::value(scene.X(k, 0)), NumberFormat::value(scene.X(k, 1)))}, outputLine};
}

// A tag's lines centred in a pill, the pill's top-left at the origin.
Tag tagOf(const Metrics &m, const std::vector<QStringList> &lines, qreal lineH)
{
    Tag tag;
    qreal w = 0;
    for (const QStringList &line : lines)
        w = std::max(w, m.advance(line));
    tag.box = QRectF(0, 0, std::ceil(w + 2 * m.pad), std::ceil(qreal(lines.size()) * lineH + m.lh * 0.3));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const qreal a = m.advance(lines[i]);
        tag.lines.push_back({lines[i], QRectF((tag.box.width() - a) / 2, m.lh * 0.15 + qreal(i) * lineH, a, lineH)});
    }
    return tag;
}

void moveTag(Tag &tag, QPointF topLeft)
{
    const QPointF by = topLeft - tag.box.topLeft();
    tag.box.translate(by);
    for (Text &line : tag.lines)
        line.rect.translate(by);
}

QLineF leaderFor(const Layout &l, QPointF centre, const QRectF &box) { return leaderBetween(centre, l.sampleRadius + 2, box); }

QPointF outwardOf(double x1, double x2) { return QPointF(x1 < 0.5 ? -1 : 1, x2 < 0.5 ? 1 : -1); }

// Every sample's tag at `detail`, each at the free place nearest its sample (no farther than
// `reach` from it, 0: anywhere), in `order`, its leader crossing nothing if `freeLeaders`; false
// if one finds no place.
bool placeSampleTags(Layout &l, const InputPlaneScene &scene, const Metrics &m, const std::array<double, SampleCount> &outputs,
                     TagDetail detail, const std::array<int, SampleCount> &order, Placer placer, qreal reach, bool freeLeaders = true)
{
    l.sampleTags.assign(SampleCount, Tag{});
    for (int k : order) {
        const double y = outputs[static_cast<std::size_t>(k)];
        Tag tag = tagOf(m, sampleTagLines(scene, k, y, detail), m.tagLineH);
        tag.sample = k;
        tag.wrong = (y >= 0.5) != (scene.D(k) >= 0.5);
        const QPointF c = l.toPlot(scene.X(k, 0), scene.X(k, 1));
        const auto place = placer.near(c, l.clearance + m.gap, tag.box.size(), outwardOf(scene.X(k, 0), scene.X(k, 1)), false, reach,
                                       freeLeaders ? l.sampleRadius + 2 : 0);
        if (!place)
            return false;
        moveTag(tag, place->first.topLeft());
        tag.leader = leaderFor(l, c, tag.box);
        placer.obstacles.push_back(tag.box);
        placer.leaders.push_back(tag.leader);
        l.sampleTags[static_cast<std::size_t>(k)] = std::move(tag);
    }
    return true;
}

const std::array<std::array<int, SampleCount>, 2> TagOrders = {{{0, 1, 2, 3}, {3, 2, 1, 0}}};

// The sample tags as full as they fit close to their samples; a shorter tag by its sample reads
// better than a full one at the end of a long leader. Failing that, the numbers alone wherever
// there is room, even if a leader must cross something, and below the minimum size, where not
// even that is found, each above or below its sample.
void layoutSampleTags(Layout &l, const InputPlaneScene &scene, const Metrics &m, const std::array<double, SampleCount> &outputs,
                      const Placer &placer)
{
    const qreal close = l.clearance + m.gap + m.lh * 2;
    struct Try
    {
        TagDetail detail;
        qreal reach;
        bool freeLeaders;
    };
    const Try tries[] = {{TagDetail::Full, close, true},
                         {TagDetail::OneLine, close, true},
                         {TagDetail::NumberOnly, close, true},
                         {TagDetail::NumberOnly, 0, true},
                         {TagDetail::NumberOnly, 0, false}};
    for (const Try &t : tries)
        for (const auto &order : TagOrders)
            if (placeSampleTags(l, scene, m, outputs, t.detail, order, placer, t.reach, t.freeLeaders)) {
                l.detail = t.detail;
                return;
            }
    l.detail = TagDetail::NumberOnly;
    l.sampleTags.clear();
    for (int k = 0; k < SampleCount; ++k) {
        const double y = outputs[static_cast<std::size_t>(k)];
        Tag tag = tagOf(m, sampleTagLines(scene, k, y, l.detail), m.tagLineH);
        tag.sample = k;
        tag.wrong = (y >= 0.5) != (scene.D(k) >= 0.5);
        const QPointF c = l.toPlot(scene.X(k, 0), scene.X(k, 1));
        const QSizeF s = tag.box.size();
        QPointF at(c.x() - s.width() / 2, scene.X(k, 1) < 0.5 ? c.y() + l.clearance : c.y() - l.clearance - s.height());
        at.setX(std::clamp(at.x(), 0.0, std::max(0.0, l.canvas.width() - s.width())));
        at.setY(std::clamp(at.y(), 0.0, std::max(0.0, l.canvas.height() - s.height())));
        moveTag(tag, at);
        tag.leader = leaderFor(l, c, tag.box);
        l.sampleTags.push_back(std::move(tag));
    }
}

// The single neuron's boundary on the plot, and its arrow toward larger y (nothing if W is 0).
struct BoundaryArrow
{
    QLineF line;
    QPointF mid, tip, normal;
};

std::optional<BoundaryArrow> arrowOf(const Layout &l, const InputPlaneScene &scene, const QLineF &boundary)
{
    BoundaryArrow a;
    a.line = QLineF(l.toPlot(boundary.p1().x(), boundary.p1().y()), l.toPlot(boundary.p2().x(), boundary.p2().y()));
    QPointF normal(scene.weights.W(0), -scene.weights.W(1)); // screen y points down
    const qreal len = std::hypot(normal.x(), normal.y());
    if (!(len > 0))
        return std::nullopt;
    a.normal = normal / len;
    a.mid = a.line.pointAt(0.5);
    a.tip = a.mid + a.normal * l.lineHeight * 2.2;
    return a;
}

// The tag naming the boundary, the nearest free place beyond the arrow's tip, on the plot.
void layoutBoundaryTag(Layout &l, const InputPlaneScene &scene, const Metrics &m, const BoundaryArrow &arrow, Placer placer)
{
    Tag tag = tagOf(m, {{scene.texts.boundary}, {scene.texts.positiveSide}}, m.tagLineH);
    placer.allowed = l.plot.adjusted(2, 2, -2, -2);
    const bool beside = std::abs(arrow.normal.x()) > std::abs(arrow.normal.y());
    if (const auto place = placer.near(arrow.tip, m.lh * 0.5, tag.box.size(), arrow.normal, beside)) {
        moveTag(tag, place->first.topLeft());
        l.boundaryTag = std::move(tag);
    }
}

// "h1".."h4" on the hidden units' lines, where each finds room on the plot.
void layoutHiddenTags(Layout &l, const Metrics &m, const InputPlaneField &field, Placer placer)
{
    placer.allowed = l.plot.adjusted(2, 2, -2, -2);
    for (int i = 0; i < HiddenCount; ++i) {
        const auto &line = field.hiddenLines[static_cast<std::size_t>(i)];
        if (!line)
            continue;
        const QLineF onPlot(l.toPlot(line->p1().x(), line->p1().y()), l.toPlot(line->p2().x(), line->p2().y()));
        const QString name = QStringLiteral("h%1").arg(i + 1);
        const qreal w = m.size(m.base, name).width();
        const qreal preferred = 0.12 + 0.2 * i;
        for (int j = 0; j <= 48; ++j) {
            const qreal t = preferred + (j % 2 ? 1 : -1) * 0.02 * ((j + 1) / 2);
            if (t < 0.03 || t > 0.97)
                continue;
            const QPointF at = onPlot.pointAt(t);
            const QRectF text(at.x() - w / 2, at.y() - m.lh / 2, w, m.lh);
            const QRectF box = text.adjusted(-m.lh * 0.2, 0, m.lh * 0.2, 0);
            if (placer.isFree(box)) {
                l.hiddenTags.push_back({{name}, text});
                placer.obstacles.push_back(box);
                break;
            }
        }
    }
}

// The content's texts: the tags, or the message that the weights are not finite.
void layoutContent(Layout &l, const InputPlaneScene &scene, const Metrics &m, const InputPlaneField &field,
                   const std::array<double, SampleCount> &outputs)
{
    if (!scene.finite) {
        const qreal width = std::max(m.lh, l.plot.width() - 2 * m.lh);
        const QStringList lines = InputPlanePicture::wrapped(m.base, m.device, scene.texts.notFinite, width);
        qreal y = l.plot.center().y() - qreal(lines.size()) * m.lh / 2;
        for (const QString &line : lines) {
            const qreal w = m.size(m.base, line).width();
            l.message.push_back({{line}, QRectF(l.plot.center().x() - w / 2, y, w, m.lh)});
            y += m.lh;
        }
        return;
    }
    Placer placer;
    placer.allowed = QRectF(QPointF(2, 2), l.canvas - QSizeF(4, 4));
    placer.obstacles = frameObstacles(l);
    for (int k = 0; k < SampleCount; ++k)
        placer.obstacles.push_back(sampleArea(l, l.toPlot(scene.X(k, 0), scene.X(k, 1))));
    placer.gap = std::max(3.0, m.lh * 0.25);
    placer.step = std::max(2.0, m.lh / 3);
    layoutSampleTags(l, scene, m, outputs, placer);
    for (const Tag &tag : l.sampleTags) {
        placer.obstacles.push_back(tag.box);
        placer.leaders.push_back(tag.leader);
    }
    if (!isTwoLayer(scene.rule) && field.boundary) {
        if (const auto arrow = arrowOf(l, scene, *field.boundary))
            layoutBoundaryTag(l, scene, m, *arrow, placer);
        if (l.boundaryTag)
            placer.obstacles.push_back(l.boundaryTag->box);
    }
    if (isTwoLayer(scene.rule))
        layoutHiddenTags(l, m, field, placer);
}

Layout layoutOf(const InputPlaneScene &scene, const QPaintDevice *device, const InputPlaneField &field, bool content)
{
    Layout l;
    l.canvas = QSizeF(scene.size);
    l.hasRun = scene.hasRun;
    if (!l.hasRun)
        return l;
    const Metrics m = metricsOf(scene, device);
    layoutFrame(l, scene, m, QSizeF(scene.size));
    if (content)
        layoutContent(l, scene, m, field, scene.sampleOutputs);
    return l;
}

QImage measuringCanvas(const InputPlaneScene &scene)
{
    return makeCanvas(QSize(1, 1), scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, Qt::white);
}

} // namespace

QPointF InputPlanePicture::Layout::toPlot(double x1, double x2) const
{
    return QPointF(plot.left() + (x1 - DomainMin) / Span * plot.width(), plot.bottom() - (x2 - DomainMin) / Span * plot.width());
}

std::vector<QRectF> InputPlanePicture::Layout::textRects() const
{
    std::vector<QRectF> rects;
    if (!hasRun)
        return rects;
    for (const std::vector<Text> *texts : {&title, &tickLabels, &axisNames, &hiddenTags, &message})
        for (const Text &t : *texts)
            rects.push_back(t.rect);
    for (const Tag &tag : sampleTags)
        for (const Text &t : tag.lines)
            rects.push_back(t.rect);
    if (boundaryTag)
        for (const Text &t : boundaryTag->lines)
            rects.push_back(t.rect);
    return rects;
}

QStringList InputPlanePicture::wrapped(const QFont &font, const QPaintDevice *device, const QString &text, qreal width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || ShapedTextCache::lineSize(font, device, longer).width() <= width) {
            current = longer;
        } else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty() || lines.isEmpty())
        lines << current;
    return lines;
}

InputPlanePicture::Layout InputPlanePicture::layout(const InputPlaneScene &scene)
{
    const InputPlaneField field = scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
    const QImage canvas = measuringCanvas(scene);
    return layoutOf(scene, &canvas, field, true);
}

QSize InputPlanePicture::minimumSize(const InputPlaneScene &scene)
{
    const QImage canvas = measuringCanvas(scene);
    const Metrics m = metricsOf(scene, &canvas);
    // The widest outputs the tags may show, each sample on its wrong side.
    InputPlaneScene worst = scene;
    worst.hasRun = true;
    worst.finite = true;
    if (!scene.hasRun) // the course's samples, the corners of the unit square, as every run has them
        worst.X << 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1;
    for (int k = 0; k < SampleCount; ++k)
        worst.sampleOutputs[static_cast<std::size_t>(k)] = worst.D(k) >= 0.5 ? 4.444e-08 : 0.5555;
    // Wide enough for the title and the state line on one line each if that takes no more than
    // about 27 lines' heights (a dock's usual width): the window has less room to spare in height.
    qreal oneLine = m.size(m.title, scene.texts.title).width();
    for (const QString &sample : scene.texts.stateSamples)
        oneLine = std::max(oneLine, m.size(m.base, sample).width());
    const qreal headerW = std::min(std::ceil(oneLine + 2 * m.margin + 1), std::ceil(m.lh * 27));
    // The smallest square plot around which the tags, shortened if need be, find room.
    Layout l;
    l.hasRun = true;
    QSize size;
    for (qreal side = std::ceil(m.lh * 6); side < m.lh * 60; side += std::ceil(m.lh / 2)) {
        Layout header;
        const qreal width = std::max(std::ceil(m.besidePlotW() + side), headerW);
        const qreal top = layoutHeader(header, scene, m, width);
        size = QSize(int(width), int(std::ceil(top + side + m.bottomAxisH + m.margin)));
        layoutFrame(l, scene, m, QSizeF(size));
        Placer placer;
        placer.allowed = QRectF(QPointF(2, 2), l.canvas - QSizeF(4, 4));
        placer.obstacles = frameObstacles(l);
        for (int k = 0; k < SampleCount; ++k)
            placer.obstacles.push_back(sampleArea(l, l.toPlot(worst.X(k, 0), worst.X(k, 1))));
        placer.gap = std::max(3.0, m.lh * 0.25);
        placer.step = std::max(2.0, m.lh / 3);
        bool fits = false;
        for (const auto &order : TagOrders)
            fits = fits || placeSampleTags(l, worst, m, worst.sampleOutputs, TagDetail::NumberOnly, order, placer, 0);
        if (fits)
            break;
    }
    return size;
}

InputPlanePicture::Rendered InputPlanePicture::render(const InputPlaneScene &scene)
{
    const InputPlaneField field = scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
    // Without a run the picture is one line of text, with no frame to keep.
    Rendered rendered;
    rendered.image = scene.hasRun ? frame(scene) // shared with the cache until the painter copies it
                                  : makeCanvas(scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.base);
    rendered.layout = layoutOf(scene, &rendered.image, field, true);
    QPainter p(&rendered.image);
    paint(p, scene, rendered.layout, field, scene.hasRun ? Content : All);
    return rendered;
}

InputPlanePicture::Layout InputPlanePicture::paint(QPainter &p, const InputPlaneScene &scene)
{
    const InputPlaneField field = scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
    const QImage canvas = measuringCanvas(scene);
    const Layout l = layoutOf(scene, &canvas, field, true);
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(scene.size)), scene.base);
    paint(p, scene, l, field, All);
    p.restore();
    return l;
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
        QStringList stateSamples;
        QImage image;
        bool matches(const InputPlaneScene &s) const
        {
            return !image.isNull() && size == s.size && devicePixelRatio == s.devicePixelRatio && logicalDpiX == s.logicalDpiX
                && logicalDpiY == s.logicalDpiY && font == s.font && base == s.base && ink == s.ink && title == s.texts.title
                && stateSamples == s.texts.stateSamples;
        }
    };
    thread_local Cached cached;
    if (!cached.matches(scene)) {
        cached = {scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.font, scene.base, scene.ink,
                  scene.texts.title, scene.texts.stateSamples,
                  makeCanvas(scene.size, scene.devicePixelRatio, scene.logicalDpiX, scene.logicalDpiY, scene.base)};
        const Layout l = layoutOf(scene, &cached.image, InputPlaneField{}, false);
        QPainter p(&cached.image);
        paint(p, scene, l, InputPlaneField{}, Frame);
    }
    return cached.image;
}

namespace {

void drawText(QPainter &p, const Text &text) { ShapedTextCache::drawPieces(p, text.rect, Qt::AlignLeft | Qt::AlignVCenter, text.pieces); }

void paintTitle(QPainter &p, const Layout &l, const InputPlaneScene &scene)
{
    p.setFont(scaledFont(scene.font, 1.15, true));
    p.setPen(scene.ink);
    for (const Text &line : l.title)
        drawText(p, line);
}

// Ticks at 0, 0.5 and 1 on both axes and the colour bar, their labels a clear gap away, and the
// axes' names.
void paintAxes(QPainter &p, const Layout &l, const InputPlaneScene &scene)
{
    p.setFont(scene.font);
    p.setPen(Grey);
    for (const QLineF &tick : l.ticks)
        p.drawLine(tick);
    for (const Text &label : l.tickLabels)
        drawText(p, label);
    p.setPen(scene.ink);
    for (const Text &name : l.axisNames)
        drawText(p, name);
}

// The colour scale of y, with the level of the boundary (0.5) marked.
void paintColourBar(QPainter &p, const Layout &l)
{
    const QRectF &bar = l.bar;
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 8; ++i)
        gradient.setColorAt(i / 8.0, ValueColors::sequential(i / 8.0));
    p.setPen(QPen(Grey, 1));
    p.setBrush(gradient);
    p.drawRect(bar);
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(bar.left() + 1, bar.center().y()), QPointF(bar.right() - 1, bar.center().y()));
}

void paintNotFinite(QPainter &p, const Layout &l, const InputPlaneScene &scene)
{
    p.setPen(QPen(ValueColors::notFinite(), 2, Qt::DashLine));
    p.setBrush(QColor(0xf6, 0xf0, 0xf6));
    p.drawRect(l.plot);
    p.setFont(scene.font);
    p.setPen(QColor(0x8b, 0x00, 0x00));
    for (const Text &line : l.message)
        drawText(p, line);
}

// The heat map and the unit square's outline on it.
void paintHeatMap(QPainter &p, const Layout &l, const InputPlaneScene &scene, const InputPlaneField &field)
{
    // Scaled once, then copied: QImage::scaled interpolates the 64 x 64 cells in a fraction of the
    // time the painter's own smooth transform takes.
    const QRect plotPixels = l.plot.toRect();
    QImage heatMap = field.heatMap.scaled(QSizeF(QSizeF(plotPixels.size()) * scene.devicePixelRatio).toSize(), Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation);
    heatMap.setDevicePixelRatio(scene.devicePixelRatio);
    p.drawImage(plotPixels.topLeft(), heatMap);
    p.setPen(QPen(QColor(0xf0, 0xf0, 0xf0), 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(l.toPlot(0, 1), l.toPlot(1, 0)));
}

// Each hidden unit's own line W1[i] x = 0, faint: the contour is built from these.
void paintHiddenLines(QPainter &p, const Layout &l, const InputPlaneField &field)
{
    // A cosmetic (one device pixel) dashed pen takes the raster engine's fast line path.
    QPen dashed(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DashLine);
    dashed.setCosmetic(true);
    p.setPen(dashed);
    for (const auto &line : field.hiddenLines)
        if (line)
            p.drawLine(QLineF(l.toPlot(line->p1().x(), line->p1().y()), l.toPlot(line->p2().x(), line->p2().y())));
}

// Their names, "h1".."h4", white on dark pills.
void paintHiddenTags(QPainter &p, const Layout &l)
{
    const qreal lh = l.lineHeight;
    for (const Text &tag : l.hiddenTags) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x40, 0x40, 0x40));
        p.drawRoundedRect(tag.rect.adjusted(-lh * 0.2, lh * 0.05, lh * 0.2, -lh * 0.05), lh * 0.3, lh * 0.3);
        p.setPen(Qt::white);
        drawText(p, tag);
    }
}

// The two-layer network's y = 0.5 contour: a white line with a dark outline.
void paintContour(QPainter &p, const Layout &l, const InputPlaneField &field)
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
            onPlot << l.toPlot(point.x(), point.y());
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

// The single neuron's boundary W x = 0, with an arrow across it toward larger y.
void paintBoundary(QPainter &p, const Layout &l, const InputPlaneScene &scene, const QLineF &boundary)
{
    const qreal lh = l.lineHeight;
    const QLineF onPlot(l.toPlot(boundary.p1().x(), boundary.p1().y()), l.toPlot(boundary.p2().x(), boundary.p2().y()));
    p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 5, Qt::SolidLine, Qt::RoundCap)); // opaque: see the contour
    p.drawLine(onPlot);
    p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(onPlot);
    const auto arrow = arrowOf(l, scene, boundary);
    if (!arrow)
        return;
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(arrow->mid, arrow->tip);
    QPolygonF head;
    const QPointF n(-arrow->normal.y(), arrow->normal.x());
    head << arrow->tip + arrow->normal * lh * 0.5 << arrow->tip + n * lh * 0.35 << arrow->tip - n * lh * 0.35;
    p.setBrush(Qt::white);
    p.drawPolygon(head);
}

// Text on a white pill, readable on any part of the heat map.
void paintTag(QPainter &p, const Layout &l, const Tag &tag, const QColor &lastLine)
{
    const qreal lh = l.lineHeight;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(tag.box, lh * 0.3, lh * 0.3);
    for (std::size_t i = 0; i < tag.lines.size(); ++i) {
        p.setPen(i + 1 == tag.lines.size() ? lastLine : QColor(0x20, 0x20, 0x20));
        drawText(p, tag.lines[i]);
    }
}

// The samples, filled with their target's colour; a wrong side gets a red ring.
void paintSamples(QPainter &p, const Layout &l, const InputPlaneScene &scene)
{
    const qreal radius = l.sampleRadius;
    for (int k = 0; k < SampleCount; ++k) {
        const double d = scene.D(k);
        const double y = scene.sampleOutputs[static_cast<std::size_t>(k)];
        const QPointF c = l.toPlot(scene.X(k, 0), scene.X(k, 1));
        if ((y >= 0.5) != (d >= 0.5))
            drawOutlinedCircle(p, c, radius + 5, QColor(0xe0, 0x20, 0x20), 3.0, Qt::NoBrush);
        drawOutlinedCircle(p, c, radius, Qt::white, 2.5, ValueColors::sequential(d));
        drawOutlinedCircle(p, c, radius + 1.5, QColor(0x20, 0x20, 0x20), 1, Qt::NoBrush);
    }
}

// The tags, the leaders of those moved away from their samples under them: white with a dark
// core, seen on any colour of the map.
void paintTags(QPainter &p, const Layout &l)
{
    for (const Tag &tag : l.sampleTags) {
        p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(tag.leader);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(tag.leader);
    }
    if (l.boundaryTag)
        paintTag(p, l, *l.boundaryTag, QColor(0x20, 0x20, 0x20));
    for (const Tag &tag : l.sampleTags)
        paintTag(p, l, tag, tag.wrong ? QColor(0xb0, 0x10, 0x10) : QColor(0x20, 0x20, 0x20));
}

} // namespace

void InputPlanePicture::paint(QPainter &p, const InputPlaneScene &scene, const Layout &l, const InputPlaneField &field, int layers)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!scene.hasRun) {
        p.setPen(ValueColors::pending());
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), QSizeF(scene.size)), Qt::AlignCenter | Qt::TextWordWrap, scene.texts.noRun);
        return;
    }
    if (layers & Frame) {
        paintTitle(p, l, scene);
        paintAxes(p, l, scene);
        paintColourBar(p, l);
    }
    // The content paints over the frame and sets all the painter state it uses.
    if (!(layers & Content))
        return;
    if (!scene.finite) {
        paintNotFinite(p, l, scene);
        return;
    }
    paintHeatMap(p, l, scene, field);
    p.save();
    p.setClipRect(l.plot);
    if (isTwoLayer(scene.rule)) {
        paintHiddenLines(p, l, field);
        paintContour(p, l, field);
    } else if (field.boundary) {
        paintBoundary(p, l, scene, *field.boundary);
    }
    p.restore();
    paintSamples(p, l, scene);
    p.setFont(scene.font);
    paintHiddenTags(p, l);
    paintTags(p, l);
}

} // namespace deltatrace
