// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkdiagrampicture.h"

#include "numberformat.h"
#include "picturepainting.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace deltatrace {

namespace {

using Layout = NetworkDiagramPicture::Layout;
using Edge = NetworkDiagramPicture::Edge;

struct Fonts
{
    explicit Fonts(const QFont &font)
        : base(font), bold(scaledFont(font, 1.0, true)), title(scaledFont(font, 1.15, true)), small(scaledFont(font, 0.85))
    {
    }
    QFont base;
    QFont bold;
    QFont title;
    QFont small;
};

// Widths from the thread's shaped-text cache: the same labels are measured at every render, and
// QFontMetricsF would shape each again (and drawLine once more to draw it).
qreal advance(const QFont &font, const QPaintDevice *device, const QString &text)
{
    return ShapedTextCache::lineSize(font, device, text).width();
}

// What the layout is measured from: the fonts on the canvas, and the run's shape.
struct Measures
{
    const NetworkDiagramScene &scene;
    const QPaintDevice *device;
    Fonts fonts;
    qreal lh;        // the base font's line height
    qreal smallLh;   // the small font's
    qreal pad, rowH, headH, legendSeg;
    bool two;        // a hidden layer
    bool learns;     // a target, an error and weight updates

    qreal advance(const QFont &font, const QString &text) const { return deltatrace::advance(font, device, text); }
};

// The legend as a flow of items: a mark (a weight's stroke, or the highlight's colour) and words.
std::vector<NetworkDiagramPicture::LegendEntry> legendEntries(qreal unit)
{
    using Entry = NetworkDiagramPicture::LegendEntry;
    const QStringList texts = NetworkDiagramPicture::legendTexts();
    return {
        {Entry::Line, ValueColors::weightPen(0.8, unit), texts[0], {}, {}, {}},
        {Entry::Line, ValueColors::weightPen(-0.8, unit), texts[1], {}, {}, {}},
        {Entry::Text, QPen(), texts[2], {}, {}, {}},
        {Entry::Pending, QPen(), texts[3], {}, {}, {}},
        {Entry::Swatch, QPen(), texts[4], {}, {}, {}},
    };
}

qreal legendEntryWidth(const Measures &m, const NetworkDiagramPicture::LegendEntry &entry)
{
    using Entry = NetworkDiagramPicture::LegendEntry;
    const qreal mark = entry.kind == Entry::Line ? m.legendSeg + m.pad : entry.kind == Entry::Swatch ? m.lh * 1.2 + m.pad : 0;
    return mark + m.advance(m.fonts.small, entry.text) + m.lh;
}

// The sizes of the parts in "natural" units (from the font), and the scale that fits them into
// the canvas.
struct Sizes
{
    bool compact = false;
    int hiddenRows = 4;
    qreal radius, boxW, edgeLabelW, gapLabelled, gapW1, gapTarget, sideLabelW, margin, headerH, legendH;
    qreal hiddenH, outputH, targetH, targetW;
    std::vector<qreal> gaps; // between the columns
    qreal naturalW, naturalH, scale;
};

Sizes sizesFor(const Measures &m, qreal legendW, bool compact, int hiddenRows)
{
    const qreal lh = m.lh;
    const qreal pad = m.pad;
    const bool two = m.two;
    const bool learns = m.learns;
    const int outputRows = learns ? 3 : 2;
    Sizes l;
    l.compact = compact;
    l.hiddenRows = hiddenRows;
    l.radius = lh * (compact ? 1.2 : 1.45);
    l.boxW = m.advance(m.fonts.bold, compact ? QStringLiteral("delta1 = -0.0001234") : QStringLiteral("delta1 = -0.00012345")) + 2 * pad;
    l.edgeLabelW = m.advance(m.fonts.small, compact ? QStringLiteral("dW2 = -0.0001234") : QStringLiteral("dW[0,2] = -0.00012345")) + 2 * pad;
    l.gapLabelled = compact ? std::max(lh * 4, l.edgeLabelW + lh * 1.5) : std::max(lh * 6, l.edgeLabelW * 1.5 + lh);
    l.gapW1 = lh * (compact ? 4.5 : 7);
    l.gapTarget = lh * (compact ? 1.2 : 2.5);
    l.sideLabelW = compact ? 0 : m.advance(m.fonts.small, NetworkDiagramPicture::tr("bias")) + pad;
    l.margin = lh * (compact ? 0.5 : 0.8);
    l.headerH = lh * (compact ? 1.8 : 3.0);
    l.hiddenH = m.headH + hiddenRows * m.rowH + pad;
    l.outputH = m.headH + outputRows * m.rowH + pad;
    l.targetH = m.headH + 2 * m.rowH + pad;
    l.targetW = m.advance(m.fonts.bold, QStringLiteral("e = -0.00012345")) + 2 * pad;
    const qreal inputColumnH = 3 * 2 * l.radius + 2 * lh;
    const qreal hiddenColumnH = two ? 4 * l.hiddenH + 3 * lh * (compact ? 0.3 : 0.6) : 0;
    const qreal bodyNatural = std::max({inputColumnH, hiddenColumnH, compact && learns ? l.outputH + l.gapTarget + l.targetH : l.outputH + l.targetH});
    l.gaps = two ? std::vector<qreal>{l.gapW1, l.gapLabelled} : std::vector<qreal>{l.gapLabelled};
    l.naturalW = 2 * l.margin + l.sideLabelW + 2 * l.radius + (two ? l.boxW : 0) + l.boxW + (learns && !compact ? l.gapTarget + l.targetW : 0);
    if (compact && learns)
        l.naturalW += std::max(0.0, l.targetW - l.boxW);
    for (qreal g : l.gaps)
        l.naturalW += g;
    // The canvas is never narrower than naturalW, so this decides the legend's rows for any size.
    l.legendH = compact ? 0.0 : lh * (legendW > l.naturalW - 2 * l.margin ? 2.7 : 1.5);
    l.naturalH = 2 * l.margin + l.headerH + bodyNatural + l.legendH;
    // Down to fit; and up a little when there is room to spare, so that a projected diagram is
    // not a small drawing in a large window (the text still follows the font).
    const QSize size = m.scene.size();
    l.scale = std::min({1.35, size.width() / l.naturalW, size.height() / l.naturalH});
    return l;
}

// The full layout, or, when it would shrink the text noticeably (presenter mode's large type in a
// pane of the window), the compact one with as many hidden value rows as stay readable.
Sizes chooseSizes(const Measures &m, qreal legendW)
{
    constexpr qreal Readable = 0.85;
    Sizes sizes = sizesFor(m, legendW, false, 4);
    if (sizes.scale < Readable) {
        for (int rows = 4; rows >= 1; --rows) {
            sizes = sizesFor(m, legendW, true, rows);
            if (sizes.scale >= Readable || !m.two)
                break;
        }
    }
    return sizes;
}

// The columns (inputs, hidden units, output, target) and the nodes in them. Extra width widens
// the gaps between the columns (up to a point) and the rest centres the picture.
void placeNodes(Layout &out, const Measures &m, Sizes s)
{
    const qreal lh = m.lh;
    const bool two = m.two;
    const bool learns = m.learns;
    qreal extra = std::max(0.0, out.canvas.width() - s.naturalW);
    // The input-to-hidden gap carries 12 edges and gets the larger share.
    const std::vector<qreal> share = two ? std::vector<qreal>{0.6, 0.4} : std::vector<qreal>{1.0};
    qreal used = 0;
    for (std::size_t i = 0; i < s.gaps.size(); ++i) {
        const qreal add = std::min(extra * share[i], lh * 12);
        s.gaps[i] += add;
        used += add;
    }
    extra -= used;
    const qreal left = s.margin + extra / 2 + s.sideLabelW;

    const qreal bodyTop = s.margin + s.headerH;
    const qreal bodyBottom = out.canvas.height() - s.margin - s.legendH;
    const qreal bodyMid = (bodyTop + bodyBottom) / 2;

    const qreal inputX = left + s.radius;
    qreal x = left + 2 * s.radius + s.gaps[0];
    const qreal hiddenX = x; // left edge of hidden boxes
    if (two)
        x += s.boxW + s.gaps[1];
    const qreal outputX = x;
    const qreal targetX = outputX + s.boxW + s.gapTarget;

    // n items of height itemH spread over the body's height, centred.
    auto spread = [&](int n, qreal itemH, qreal maxGap, qreal below = 0.0) {
        const qreal avail = bodyBottom - bodyTop - below;
        const qreal gap = n > 1 ? std::clamp((avail - n * itemH) / (n - 1), lh * 0.3, maxGap) : 0.0;
        const qreal total = n * itemH + (n - 1) * gap;
        std::vector<qreal> tops;
        for (int i = 0; i < n; ++i)
            tops.push_back(bodyMid - below / 2 - total / 2 + i * (itemH + gap));
        return tops;
    };
    // Compact: room under the bias input for its label.
    const auto inputTops = spread(3, 2 * s.radius, two ? lh * 4 : lh * 5, s.compact ? lh : 0.0);
    const auto hiddenTops = spread(4, s.hiddenH, s.compact ? lh * 1.5 : lh * 2.5);
    // Compact: the target and error sit under the output instead of beside it.
    const bool targetBelow = s.compact && learns;
    out.outputBox = QRectF(outputX, targetBelow ? bodyMid - (s.outputH + s.gapTarget + s.targetH) / 2 : bodyMid - s.outputH / 2,
                           s.boxW, s.outputH);
    const QRectF &outputBox = out.outputBox;
    if (learns)
        out.targetBox = targetBelow ? QRectF(outputX, outputBox.bottom() + s.gapTarget, s.targetW, s.targetH)
                                    : QRectF(targetX, outputBox.top() + s.outputH / 2 - s.targetH / 2, s.targetW, s.targetH);
    const QRectF &targetBox = out.targetBox;
    out.targetLink = targetBelow ? QLineF(QPointF(outputBox.center().x(), outputBox.bottom()), QPointF(outputBox.center().x(), targetBox.top()))
                                 : QLineF(QPointF(outputBox.right(), outputBox.center().y()), QPointF(targetBox.left(), targetBox.center().y()));

    const qreal radius = s.radius;
    for (qreal top : inputTops) {
        const QPointF c(inputX, top + radius);
        out.inputs.push_back({c, QRectF(c.x() - radius, c.y() - radius * 0.85, 2 * radius, radius * 0.8),
                              QRectF(c.x() - radius, c.y() - radius * 0.1, 2 * radius, radius * 0.9)});
    }
    // Compact: the bias label goes under its circle, where it costs no width.
    const QPointF bias = out.inputs.back().centre;
    out.biasLabel = s.compact ? QRectF(bias.x() - radius - lh, bias.y() + radius, 2 * (radius + lh), lh)
                              : QRectF(bias.x() - radius - s.sideLabelW - m.pad, bias.y() - lh / 2, s.sideLabelW, lh);
    if (two)
        for (qreal top : hiddenTops)
            out.hiddenBoxes.emplace_back(hiddenX, top, s.boxW, s.hiddenH);
}

// With fewer rows than the hidden units' four values, the rows shown end at the latest computed
// one: the value this operation computes always shows.
void chooseHiddenRows(Layout &out, const NetworkDiagramScene &scene, int rows)
{
    const std::array<Quantity, 4> all = {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1};
    int latest = -1;
    for (int r = 0; r < 4; ++r)
        if (scene.computed(all[static_cast<std::size_t>(r)]))
            latest = r;
    const int lastRow = std::max(latest, rows - 1);
    out.firstHiddenRow = lastRow - rows + 1;
    out.hiddenRowCount = rows;
}

// The header: where we are, which way the numbers flow, and the formula of this operation.
void placeHeader(Layout &out, const Measures &m, const Sizes &s)
{
    const qreal lh = m.lh;
    const qreal canvasW = out.canvas.width();
    // Compact: the arithmetic beside the diagram already says where we are; the badge line stays.
    if (!s.compact)
        out.where = QRectF(s.margin, s.margin, canvasW - 2 * s.margin, lh * 1.3);
    out.passText = m.scene.highlight().backward ? NetworkDiagramPicture::tr("◀ backward pass") : NetworkDiagramPicture::tr("forward pass ▶");
    const qreal passW = m.advance(m.fonts.bold, out.passText) + 2 * m.pad;
    out.badge = QRectF(s.margin, s.margin + (s.compact ? 0.0 : lh * 1.45), passW, lh * 1.3);
    out.now = QRectF(out.badge.right() + m.pad, out.badge.top(), canvasW - out.badge.right() - s.margin, out.badge.height());
}

// An edge per weight, from the input circles or the hidden boxes to the next column.
void placeEdges(Layout &out, const Measures &m)
{
    const NetworkDiagramScene &scene = m.scene;
    auto anchorRight = [](const QRectF &r) { return QPointF(r.right(), r.center().y()); };
    auto anchorLeft = [](const QRectF &r) { return QPointF(r.left(), r.center().y()); };
    auto inputAnchor = [&](int j) { return out.inputs[static_cast<std::size_t>(j)].centre + QPointF(out.radius, 0); };
    if (m.two) {
        for (int i = 0; i < HiddenCount; ++i)
            for (int j = 0; j < InputCount; ++j)
                out.edges.push_back({inputAnchor(j), anchorLeft(out.hiddenBoxes[static_cast<std::size_t>(i)]), Quantity::W1, i * 3 + j,
                                     scene.weightOf(Quantity::W1, i * 3 + j)});
        for (int i = 0; i < HiddenCount; ++i)
            out.edges.push_back({anchorRight(out.hiddenBoxes[static_cast<std::size_t>(i)]), anchorLeft(out.outputBox), Quantity::W2, i,
                                 scene.weightOf(Quantity::W2, i)});
    } else {
        for (int j = 0; j < InputCount; ++j)
            out.edges.push_back({inputAnchor(j), anchorLeft(out.outputBox), Quantity::W, j, scene.weightOf(Quantity::W, j)});
    }
}

// Weight labels where there are few enough edges to label (W, W2): the weight and, once computed
// in this step, its change.
void placeEdgeLabels(Layout &out, const Measures &m)
{
    for (std::size_t k = 0; k < out.edges.size(); ++k) {
        const Edge &e = out.edges[k];
        if (e.layer == Quantity::W1)
            continue;
        const qreal t = e.layer == Quantity::W2 ? 0.3 : 0.4;
        const QPointF at = e.from + (e.to - e.from) * t;
        NetworkDiagramPicture::EdgeLabel label;
        label.edge = k;
        // Compact: the edge itself says which weight it is (and its tooltip names it).
        const QString name = out.compact ? NetworkDiagramScene::nameOf(e.layer) : NetworkDiagramScene::weightName(e.layer, e.index);
        label.lines.push_back({{name + QStringLiteral(" = "), NumberFormat::value(e.weight)}, e.weight, {}});
        if (const auto change = m.scene.changeOf(e.layer, e.index))
            label.lines.push_back({{QStringLiteral("d") + name + QStringLiteral(" = "), NumberFormat::value(*change)}, *change, {}});
        qreal w = 0;
        for (const auto &line : label.lines)
            w = std::max(w, ShapedTextCache::piecesAdvance(m.fonts.small, m.device, line.pieces));
        const qreal textH = m.smallLh * static_cast<qreal>(label.lines.size());
        const qreal pad = m.pad;
        label.box = QRectF(at.x() - w / 2 - pad * 0.5, at.y() - textH / 2 - pad * 0.3, w + pad, textH + pad * 0.6);
        for (std::size_t i = 0; i < label.lines.size(); ++i) {
            const qreal y = label.box.top() + pad * 0.3 + static_cast<qreal>(i) * m.smallLh;
            label.lines[i].rect = QRectF(label.box.left(), y, label.box.width(), m.smallLh);
        }
        out.edgeLabels.push_back(std::move(label));
    }
}

// The legend: a flow of small items along the bottom, wrapped onto a second row when narrow.
void placeLegend(Layout &out, const Measures &m, const Sizes &s, std::vector<NetworkDiagramPicture::LegendEntry> entries)
{
    using Entry = NetworkDiagramPicture::LegendEntry;
    const qreal lh = m.lh;
    const qreal margin = s.margin;
    qreal lx = margin;
    qreal y = out.canvas.height() - margin - s.legendH + lh * 0.65;
    for (Entry &entry : entries) {
        const qreal w = legendEntryWidth(m, entry);
        if (lx > margin && lx + w > out.canvas.width() - margin) {
            lx = margin;
            y += lh * 1.3;
        }
        if (entry.kind == Entry::Line) {
            entry.line = QLineF(QPointF(lx, y), QPointF(lx + m.legendSeg, y));
            lx += m.legendSeg + m.pad;
        } else if (entry.kind == Entry::Swatch) {
            entry.swatch = QRectF(lx, y - lh * 0.45, lh * 1.2, lh * 0.9);
            lx += lh * 1.2 + m.pad;
        }
        const qreal tw = m.advance(m.fonts.small, entry.text);
        entry.textRect = QRectF(lx, y - lh / 2, tw + 2, lh);
        lx += tw + lh;
    }
    out.legend = std::move(entries);
}

// ---- Painting what the layout placed.

// The fonts and colours of the picture. Translucent highlights are painted as opaque stand-ins
// (see blendedOver): each is the translucent colour as it looks over what it is painted on.
struct Style
{
    explicit Style(const NetworkDiagramScene &scene)
        : fonts(scene.font()),
          ink(scene.palette().color(QPalette::Text)),
          background(scene.palette().color(QPalette::Base)),
          hlFill(blendedOver(hl, 60, boxFill)),
          hlGlow(blendedOver(hl, 45, background)),
          hlBand(blendedOver(hl, 110, background))
    {
    }
    Fonts fonts;
    QColor ink;
    QColor faint = ValueColors::pending();
    QColor hl = ValueColors::highlight();
    QColor background;
    QColor boxFill = QColor(0xfb, 0xfc, 0xfe);
    QColor hlFill; // a lit value row
    QColor hlGlow; // around a lit node
    QColor hlBand; // under lit edges
    QColor arrow = QColor(0x50, 0x3c, 0x00);
    QColor boxHeader = QColor(0x44, 0x4c, 0x56);
};

void drawArrowHead(QPainter &p, const QPointF &tip, const QPointF &from, qreal size, const QColor &color)
{
    const QPointF d = tip - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len <= 0)
        return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const std::array<QPointF, 3> head = {tip, tip - u * size + n * size * 0.55, tip - u * size - n * size * 0.55};
    // A white outline sets the head apart from the edges it lies on.
    p.save();
    p.setPen(QPen(Qt::white, size * 0.18, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    p.setBrush(color);
    p.drawPolygon(head.data(), static_cast<int>(head.size()));
    p.restore();
}

void paintHeader(QPainter &p, const Style &st, const Layout &l, const NetworkDiagramScene &scene)
{
    const StepRecord &r = scene.record();
    p.setFont(st.fonts.title);
    p.setPen(st.ink);
    if (!l.compact) {
        const QString where = updatesWeights(scene.trace()->rule())
            ? NetworkDiagramPicture::tr("Epoch %1, sample k = %2:  x = (%3, %4),  d = %5")
                  .arg(r.epoch)
                  .arg(r.sample)
                  .arg(NumberFormat::value(r.x(0)), NumberFormat::value(r.x(1)), NumberFormat::value(r.d))
            : NetworkDiagramPicture::tr("Sample k = %1:  x = (%2, %3)").arg(r.sample).arg(NumberFormat::value(r.x(0)), NumberFormat::value(r.x(1)));
        ShapedTextCache::drawLine(p, l.where, Qt::AlignLeft | Qt::AlignVCenter, where);
    }
    const bool backward = scene.highlight().backward;
    p.setFont(st.fonts.bold);
    p.setPen(Qt::NoPen);
    p.setBrush(backward ? QColor(0xfd, 0xe7, 0xc8) : QColor(0xdc, 0xea, 0xf7));
    p.drawRoundedRect(l.badge, l.lineHeight * 0.3, l.lineHeight * 0.3);
    p.setPen(backward ? QColor(0x8a, 0x4b, 0x00) : QColor(0x1a, 0x4f, 0x8a));
    ShapedTextCache::drawLine(p, l.badge, Qt::AlignCenter, l.passText);
    p.setPen(st.ink);
    p.setFont(st.fonts.base);
    ShapedTextCache::drawLine(p, l.now, Qt::AlignLeft | Qt::AlignVCenter,
                              NetworkDiagramPicture::tr("now: %1").arg(scene.formulaFor(scene.current())));
}

// The glow around lit nodes goes under the edges, which an opaque glow would otherwise cut.
void paintNodeGlow(QPainter &p, const Style &st, const Layout &l, const NetworkDiagramScene::Highlight &h)
{
    std::vector<QRectF> glowing;
    if (!l.hiddenBoxes.empty() && h.node == QLatin1String("hidden"))
        glowing.assign(l.hiddenBoxes.begin(), l.hiddenBoxes.end());
    if (h.node == QLatin1String("output"))
        glowing.push_back(l.outputBox);
    if (!l.targetBox.isNull() && h.node == QLatin1String("target"))
        glowing.push_back(l.targetBox);
    const qreal lh = l.lineHeight;
    p.setPen(Qt::NoPen);
    p.setBrush(st.hlGlow);
    for (const QRectF &box : glowing)
        p.drawRoundedRect(box.adjusted(-lh * 0.3, -lh * 0.3, lh * 0.3, lh * 0.3), lh * 0.6, lh * 0.6);
}

void paintEdges(QPainter &p, const Style &st, const Layout &l, const NetworkDiagramScene::Highlight &h)
{
    const qreal lh = l.lineHeight;
    // Highlighted edges get a soft halo underneath all edges: one filled outline for all of them,
    // so that overlaps do not merge into odd shapes, and without antialiasing, which a soft band
    // does not need. Stroking each with round caps, antialiased, costs far more (flattening the
    // caps' curves), and the ends are under the nodes anyway.
    QPainterPath halos;
    halos.setFillRule(Qt::WindingFill);
    for (const Edge &e : l.edges) {
        if (h.edges != e.layer)
            continue;
        const QPointF along = e.to - e.from;
        const qreal length = std::hypot(along.x(), along.y());
        if (length <= 0)
            continue;
        const qreal half = (ValueColors::weightWidth(e.weight, l.unit) + lh * 0.55) / 2;
        const QPointF across = QPointF(-along.y(), along.x()) / length * half;
        halos.addPolygon(QPolygonF({e.from + across, e.to + across, e.to - across, e.from - across}));
        halos.closeSubpath();
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillPath(halos, st.hlBand);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Edge &e : l.edges) {
        p.setPen(ValueColors::weightPen(e.weight, l.unit));
        p.drawLine(e.from, e.to);
    }
    // Arrows along the highlighted edges: toward the output going forward, back toward the inputs
    // for the error and the weight changes.
    for (const Edge &e : l.edges) {
        if (h.edges != e.layer)
            continue;
        const QPointF dir = e.to - e.from;
        const QPointF mid = e.from + dir * (h.backward ? 0.42 : 0.58);
        const QPointF tail = h.backward ? mid + dir * 0.1 : mid - dir * 0.1;
        drawArrowHead(p, mid, tail, lh * 0.9, st.arrow);
    }
}

void paintEdgeLabels(QPainter &p, const Style &st, const Layout &l, const NetworkDiagramScene::Highlight &h)
{
    p.setFont(st.fonts.small);
    for (const NetworkDiagramPicture::EdgeLabel &label : l.edgeLabels) {
        const bool lit = h.edges == l.edges[label.edge].layer;
        drawOutlinedRoundedRect(p, label.box, l.pad * 0.5, lit ? st.hl : QColor(0xd0, 0xd0, 0xd0), lit ? 2.0 : 1.0, st.background);
        for (const auto &line : label.lines) {
            p.setPen(NumberFormat::isFinite(line.value) ? ValueColors::signColor(line.value).darker(115) : ValueColors::notFinite());
            ShapedTextCache::drawPieces(p, line.rect, Qt::AlignCenter, line.pieces);
        }
    }
}

// A node box: its header and the value rows, each "name =" on the left and the value (or "?")
// on the right; the row the current operation computes is lit.
class BoxPainter
{
public:
    BoxPainter(QPainter &painter, const Style &style, const Layout &layout, const NetworkDiagramScene &shown)
        : p(painter), st(style), l(layout), scene(shown)
    {
    }

    void box(const QRectF &box, const QString &header, bool lit) const
    {
        const qreal pad = l.pad;
        drawOutlinedRoundedRect(p, box, l.lineHeight * 0.45, lit ? st.hl : QColor(0x9a, 0xa5, 0xb1), lit ? 2.5 : 1.2, st.boxFill);
        p.setFont(st.fonts.bold);
        p.setPen(st.boxHeader);
        ShapedTextCache::drawLine(p, l.boxHeaderRect(box), Qt::AlignCenter, header);
        p.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), 1.0));
        const qreal y = box.top() + l.headHeight + pad * 0.2;
        p.drawLine(QPointF(box.left() + pad, y), QPointF(box.right() - pad, y));
    }
    // Quantity q's value of unit `index` in row `row`.
    void quantityRow(const QRectF &box, int row, Quantity q, int index, bool lit) const
    {
        const bool known = scene.computed(q);
        const double raw = known ? scene.record().values(q)[static_cast<std::size_t>(index)] : 0.0;
        valueRow(l.rowRect(box, row), NetworkDiagramScene::nameOf(q), scene.valueText(q, index), known, lit, raw);
    }
    void valueRow(const QRectF &row, const QString &label, const QString &value, bool known, bool lit, double raw) const
    {
        const qreal pad = l.pad;
        if (lit) {
            p.setPen(Qt::NoPen);
            p.setBrush(st.hlFill);
            p.drawRoundedRect(row.adjusted(pad * 0.4, 0, -pad * 0.4, 0), pad * 0.4, pad * 0.4);
        }
        p.setFont(lit ? st.fonts.bold : st.fonts.base);
        p.setPen(known ? st.ink : st.faint);
        const QRectF inner = row.adjusted(pad, 0, -pad, 0);
        ShapedTextCache::drawLine(p, inner, Qt::AlignLeft | Qt::AlignVCenter, label + QStringLiteral(" ="));
        if (known && !NumberFormat::isFinite(raw)) {
            p.setPen(QColor(0xc0, 0x00, 0x00));
            p.setFont(st.fonts.bold);
        }
        ShapedTextCache::drawLine(p, inner, Qt::AlignRight | Qt::AlignVCenter, value);
    }

private:
    QPainter &p;
    const Style &st;
    const Layout &l;
    const NetworkDiagramScene &scene;
};

void paintInputs(QPainter &p, const Style &st, const Layout &l, const NetworkDiagramScene &scene)
{
    const Quantity current = scene.current();
    const bool lit = l.hiddenBoxes.empty() ? (current == Quantity::V || current == Quantity::DW)
                                           : (current == Quantity::V1 || current == Quantity::DW1);
    for (std::size_t j = 0; j < l.inputs.size(); ++j) {
        const NetworkDiagramPicture::InputNode &input = l.inputs[j];
        const bool bias = j == 2;
        drawOutlinedCircle(p, input.centre, l.radius, lit ? st.hl : QColor(0x7a, 0x86, 0x94), lit ? 2.5 : 1.4,
                           bias ? QColor(0xee, 0xee, 0xee) : QColor(0xe8, 0xf0, 0xf8));
        p.setFont(st.fonts.small);
        p.setPen(st.boxHeader);
        ShapedTextCache::drawLine(p, input.name, Qt::AlignCenter, QStringLiteral("x%1").arg(j + 1));
        p.setFont(st.fonts.title);
        p.setPen(st.ink);
        ShapedTextCache::drawLine(p, input.value, Qt::AlignCenter, NumberFormat::value(scene.record().x(static_cast<int>(j))));
        if (bias) {
            p.setFont(st.fonts.small);
            p.setPen(st.faint.darker(130));
            ShapedTextCache::drawLine(p, l.biasLabel, (l.compact ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter,
                                      NetworkDiagramPicture::tr("bias"));
        }
    }
}

void paintHiddenUnits(const BoxPainter &boxes, const Layout &l, const NetworkDiagramScene::Highlight &h)
{
    const std::array<Quantity, 4> rows = {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1};
    const bool lit = h.node == QLatin1String("hidden");
    for (std::size_t i = 0; i < l.hiddenBoxes.size(); ++i) {
        const QRectF &box = l.hiddenBoxes[i];
        boxes.box(box, NetworkDiagramPicture::tr("hidden %1").arg(i + 1), lit);
        for (int r = 0; r < l.hiddenRowCount; ++r) {
            const Quantity q = rows[static_cast<std::size_t>(l.firstHiddenRow + r)];
            boxes.quantityRow(box, r, q, static_cast<int>(i), lit && h.row == q);
        }
    }
}

void paintOutputAndTarget(QPainter &p, const Style &st, const BoxPainter &boxes, const Layout &l, const NetworkDiagramScene &scene)
{
    const NetworkDiagramScene::Highlight h = scene.highlight();
    const bool learns = !l.targetBox.isNull();
    {
        const bool lit = h.node == QLatin1String("output");
        boxes.box(l.outputBox, NetworkDiagramPicture::tr("output"), lit);
        std::vector<Quantity> rows = {Quantity::V, Quantity::Y};
        if (learns)
            rows.push_back(Quantity::Delta);
        for (std::size_t r = 0; r < rows.size(); ++r)
            boxes.quantityRow(l.outputBox, static_cast<int>(r), rows[r], 0, lit && h.row == rows[r]);
    }
    if (!learns)
        return;
    const bool lit = h.node == QLatin1String("target");
    const bool flowing = lit || scene.current() == Quantity::Delta;
    p.setPen(QPen(flowing ? st.hl.darker(120) : QColor(0xa0, 0xa0, 0xa0), 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(l.targetLink);
    if (flowing)
        drawArrowHead(p, l.targetLink.p1(), l.targetLink.p2(), l.lineHeight * 0.7, st.arrow);
    boxes.box(l.targetBox, NetworkDiagramPicture::tr("target"), lit);
    const double d = scene.record().d;
    boxes.valueRow(l.rowRect(l.targetBox, 0), QStringLiteral("d"), NumberFormat::value(d), true, false, d);
    boxes.quantityRow(l.targetBox, 1, Quantity::E, 0, lit);
}

void paintLegend(QPainter &p, const Style &st, const Layout &l)
{
    using Entry = NetworkDiagramPicture::LegendEntry;
    p.setFont(st.fonts.small);
    for (const Entry &entry : l.legend) {
        if (entry.kind == Entry::Line) {
            p.setPen(entry.pen);
            p.drawLine(entry.line);
        } else if (entry.kind == Entry::Swatch) {
            p.setPen(Qt::NoPen);
            p.setBrush(st.hlFill);
            p.drawRoundedRect(entry.swatch, 3, 3);
        }
        p.setPen(entry.kind == Entry::Pending ? st.faint : QColor(0x50, 0x50, 0x50));
        ShapedTextCache::drawLine(p, entry.textRect, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace

QRectF NetworkDiagramPicture::Layout::boxHeaderRect(const QRectF &box) const
{
    return QRectF(box.left(), box.top() + pad * 0.3, box.width(), headHeight);
}

QRectF NetworkDiagramPicture::Layout::rowRect(const QRectF &box, int row) const
{
    return QRectF(box.left(), box.top() + headHeight + pad * 0.5 + row * rowHeight, box.width(), rowHeight);
}

std::vector<QRectF> NetworkDiagramPicture::Layout::textRects() const
{
    std::vector<QRectF> rects;
    if (!hasRun)
        return rects;
    if (!where.isNull())
        rects.push_back(where);
    rects.push_back(badge);
    rects.push_back(now);
    for (const InputNode &input : inputs) {
        rects.push_back(input.name);
        rects.push_back(input.value);
    }
    rects.push_back(biasLabel);
    auto addBox = [&](const QRectF &box, int rows) {
        rects.push_back(boxHeaderRect(box));
        for (int r = 0; r < rows; ++r)
            rects.push_back(rowRect(box, r));
    };
    for (const QRectF &box : hiddenBoxes)
        addBox(box, hiddenRowCount);
    addBox(outputBox, targetBox.isNull() ? 2 : 3);
    if (!targetBox.isNull())
        addBox(targetBox, 2);
    for (const EdgeLabel &label : edgeLabels)
        for (const EdgeLabel::Line &line : label.lines)
            rects.push_back(line.rect);
    for (const LegendEntry &entry : legend)
        rects.push_back(entry.textRect);
    return rects;
}

QStringList NetworkDiagramPicture::legendTexts()
{
    return {tr("positive weight"), tr("negative weight (dashed)"), tr("thicker = larger |weight|"), tr("? = not computed yet"),
            tr("computed by this operation")};
}

NetworkDiagramPicture::Layout NetworkDiagramPicture::layout(const NetworkDiagramScene &scene)
{
    const QImage canvas = makeCanvas(QSize(1, 1), scene.devicePixelRatio(), scene.dpiX(), scene.dpiY(), Qt::white);
    return layout(scene, &canvas);
}

NetworkDiagramPicture::Layout NetworkDiagramPicture::layout(const NetworkDiagramScene &scene, const QPaintDevice *device)
{
    Layout out;
    const Fonts fonts(scene.font());
    const qreal lh = QFontMetricsF(fonts.base, device).height();
    out.lineHeight = lh;
    out.canvas = QSizeF(scene.size());
    out.hasRun = scene.hasRun();
    if (!out.hasRun)
        return out;

    const Rule rule = scene.trace()->rule();
    const Measures m{scene, device, fonts, lh, QFontMetricsF(fonts.small, device).height(), lh * 0.45, lh * 1.2, lh * 1.25,
                     lh * 2.2, isTwoLayer(rule), updatesWeights(rule)};
    out.unit = lh / 9.0;
    out.pad = m.pad;
    out.rowHeight = m.rowH;
    out.headHeight = m.headH;
    // The legend is measured first: its width decides whether it needs a second row.
    std::vector<LegendEntry> legend = legendEntries(out.unit);
    qreal legendW = 0;
    for (const LegendEntry &entry : legend)
        legendW += legendEntryWidth(m, entry);
    const Sizes sizes = chooseSizes(m, legendW);
    out.compact = sizes.compact;
    out.scale = sizes.scale;
    out.radius = sizes.radius;
    out.canvas = QSizeF(scene.size().width() / sizes.scale, scene.size().height() / sizes.scale);

    placeNodes(out, m, sizes);
    if (m.two)
        chooseHiddenRows(out, scene, sizes.hiddenRows);
    placeHeader(out, m, sizes);
    placeEdges(out, m);
    placeEdgeLabels(out, m);
    if (!out.compact)
        placeLegend(out, m, sizes, std::move(legend));
    return out;
}

NetworkDiagramPicture::Rendered NetworkDiagramPicture::render(const NetworkDiagramScene &scene)
{
    Rendered rendered;
    rendered.image = makeCanvas(scene.size(), scene.devicePixelRatio(), scene.dpiX(), scene.dpiY(), scene.palette().color(QPalette::Base));
    QPainter p(&rendered.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(scene, &rendered.image);
    const Style st(scene);
    if (!l.hasRun) {
        p.setFont(st.fonts.base);
        p.setPen(st.faint);
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), l.canvas), Qt::AlignCenter | Qt::TextWordWrap, tr("No run recorded yet."));
        return rendered;
    }
    const NetworkDiagramScene::Highlight h = scene.highlight();
    p.scale(l.scale, l.scale);
    paintHeader(p, st, l, scene);
    paintNodeGlow(p, st, l, h);
    paintEdges(p, st, l, h);
    paintEdgeLabels(p, st, l, h);
    const BoxPainter boxes(p, st, l, scene);
    paintInputs(p, st, l, scene);
    paintHiddenUnits(boxes, l, h);
    paintOutputAndTarget(p, st, boxes, l, scene);
    paintLegend(p, st, l);

    rendered.compact = l.compact;
    rendered.edges = l.edges; // in widget coordinates, for the widget's tooltips
    for (Edge &e : rendered.edges) {
        e.from *= l.scale;
        e.to *= l.scale;
    }
    return rendered;
}

} // namespace deltatrace
