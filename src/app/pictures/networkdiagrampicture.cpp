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
#include <optional>

namespace deltatrace {

namespace {

using Layout = NetworkDiagramPicture::Layout;
using Edge = NetworkDiagramPicture::Edge;
using EdgeLabel = NetworkDiagramPicture::EdgeLabel;

// The picture's fonts at `scale` (>= 1) times the widget's font: no text is smaller than the
// widget's font, which presenter mode and zoom make larger.
struct Fonts
{
    explicit Fonts(const QFont &font, qreal scale = 1.0)
        : base(scaledFont(font, scale, font.bold())), bold(scaledFont(font, scale, true)), title(scaledFont(font, 1.15 * scale, true))
    {
    }
    QFont base;
    QFont bold;
    QFont title;
};

// Widths from the thread's shaped-text cache: the same labels are measured at every render, and
// QFontMetricsF would shape each again (and drawLine once more to draw it).
qreal advance(const QFont &font, const QPaintDevice *device, const QString &text)
{
    return ShapedTextCache::lineSize(font, device, text).width();
}

QString whereText(const NetworkDiagramScene &scene)
{
    const StepRecord &r = scene.record();
    return updatesWeights(scene.trace()->rule())
        ? NetworkDiagramPicture::tr("Epoch %1, sample k = %2:  x = (%3, %4),  d = %5")
              .arg(r.epoch)
              .arg(r.sample)
              .arg(NumberFormat::value(r.x(0)), NumberFormat::value(r.x(1)), NumberFormat::value(r.d))
        : NetworkDiagramPicture::tr("Sample k = %1:  x = (%2, %3)").arg(r.sample).arg(NumberFormat::value(r.x(0)), NumberFormat::value(r.x(1)));
}

QString nowText(const NetworkDiagramScene &scene, Quantity q)
{
    return NetworkDiagramPicture::tr("now: %1").arg(scene.formulaFor(q));
}

// A hidden unit's row label in the tight form, as numpy indexes the unit.
QString hiddenIndexLabel(int unit)
{
    return QStringLiteral("[%1]").arg(unit);
}

QString passText(bool backward)
{
    return backward ? NetworkDiagramPicture::tr("◀ backward pass") : NetworkDiagramPicture::tr("forward pass ▶");
}

// What the layout is measured from at one text size: the fonts on the canvas, and the run's
// shape as data, a column of nodes per layer.
struct Measures
{
    Measures(const NetworkDiagramScene &s, const QPaintDevice *d, qreal scale)
        : scene(s), device(d), textScale(scale), fonts(s.font(), scale), lh(QFontMetricsF(fonts.base, d).height()),
          titleLh(QFontMetricsF(fonts.title, d).height()), pad(lh * 0.45), rowH(lh * 1.2), headH(lh * 1.25), legendSeg(lh * 2.2),
          learns(updatesWeights(s.trace()->rule()))
    {
        // The only place that knows the network's shape: a later network with more layers or
        // units lists them here, and the layout follows.
        if (isTwoLayer(s.trace()->rule())) {
            units = {InputCount, HiddenCount, 1};
            layers = {Quantity::W1, Quantity::W2};
        } else {
            units = {InputCount, 1};
            layers = {Quantity::W};
        }
    }

    qreal advance(const QFont &font, const QString &text) const { return deltatrace::advance(font, device, text); }
    // The widest number a value row or an edge label shows (four significant digits).
    qreal valueWidth(const QFont &font) const
    {
        return std::max(advance(font, QStringLiteral("-0.0008888")), advance(font, QStringLiteral("-8.888e-08")));
    }
    int columns() const { return static_cast<int>(units.size()); }
    // The edges into a single node are few enough to carry their weights as labels.
    bool labelled(int gap) const { return units[static_cast<std::size_t>(gap + 1)] == 1; }

    const NetworkDiagramScene &scene;
    const QPaintDevice *device;
    qreal textScale;
    Fonts fonts;
    qreal lh;      // the base font's line height
    qreal titleLh; // the title font's
    qreal pad, rowH, headH, legendSeg;
    bool learns;   // a target, an error and weight updates
    std::vector<int> units;        // per column: the inputs (with the bias input), hidden units, output
    std::vector<Quantity> layers;  // the weights between column i and i + 1
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
    return mark + m.advance(m.fonts.base, entry.text) + m.lh;
}

// The rows the legend's flow takes in `width`.
int legendRows(const Measures &m, qreal width)
{
    int rows = 1;
    qreal x = 0;
    for (const auto &entry : legendEntries(m.lh / 9.0)) {
        const qreal w = legendEntryWidth(m, entry);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows;
}

// What a form shows: full (where-line, legend, long edge names, the target beside the output) or
// compact, and how many value rows each hidden unit shows. The tight form, for large type on a
// small screen (presenting on a 1024x768 projector), names the hidden units' one quantity once,
// above their column, so that each unit's box holds only its index and value; the target's box
// under the output drops its header. The bias input's label goes under its circle where width
// is short, beside it where height is.
struct Form
{
    bool compact = false;
    int hiddenRows = 4;
    bool tight = false;
    bool biasBelow = compact;
};
// From the most to the least shown; the first that fits the area is used.
constexpr std::array<Form, 8> Forms = {
    {{false, 4}, {false, 3}, {true, 4}, {true, 3}, {true, 2}, {true, 1}, {true, 1, true, false}, {true, 1, true, true}}};

// The sizes of the parts of a form at one text size, and the smallest canvas it fits.
struct Sizes
{
    Form form;
    qreal margin = 0, headerH = 0, legendH = 0;
    qreal radius = 0, leftExtra = 0; // the input circles; room left of them for the bias label
    qreal boxW = 0, hiddenH = 0, outputH = 0, targetH = 0, gapTarget = 0, vGap = 0;
    qreal hiddenW = 0;       // the hidden units' boxes (as wide as the others but in the tight form)
    qreal hiddenTitleH = 0;  // the tight form's quantity name above the hidden column
    qreal inputGap = 0;      // the least room between the input circles
    std::vector<qreal> gaps;         // between the columns
    qreal bodyW = 0;                 // the columns' width, margins included
    qreal naturalW = 0, naturalH = 0;

    bool fits(QSizeF canvas) const { return naturalW <= canvas.width() + 0.01 && naturalH <= canvas.height() + 0.01; }
};

Sizes sizesFor(const Measures &m, Form form)
{
    const qreal lh = m.lh;
    const qreal pad = m.pad;
    const bool compact = form.compact;
    const NetworkDiagramScene &scene = m.scene;
    Sizes s;
    s.form = form;
    // The tight form also spends less on margins and gaps: on a projector at 24 px type, a
    // stalled run's banner leaves the network about 300 px.
    s.margin = lh * (form.tight ? 0.2 : compact ? 0.3 : 0.8);
    s.headerH = lh * (form.tight ? 1.55 : compact ? 1.8 : 3.0);
    s.gapTarget = lh * (form.tight ? 0.3 : compact ? 1.2 : 2.5);
    s.vGap = lh * (form.tight ? 0.2 : compact ? 0.3 : 0.6);
    s.inputGap = lh * (form.tight ? 0.3 : 0.6);

    // Input circles: the name above the centre, the value (title font) below.
    qreal inputValueW = 0;
    for (int j = 0; j < m.units[0]; ++j)
        inputValueW = std::max(inputValueW, m.advance(m.fonts.title, NumberFormat::value(scene.record().x(j))));
    s.radius = std::max({lh * 1.3, m.titleLh * 1.1, inputValueW / 2 + pad});
    const qreal biasW = m.advance(m.fonts.base, NetworkDiagramPicture::tr("bias"));
    // Compact: the bias label sits under its circle (and may be wider than it); full: beside it.
    s.leftExtra = form.biasBelow ? std::max(0.0, biasW / 2 - s.radius) : biasW + pad;

    // Node boxes: "name =" on the left and the value (bold when lit) on the right.
    qreal nameW = 0;
    for (Quantity q : {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1, Quantity::V, Quantity::Y, Quantity::Delta, Quantity::E})
        nameW = std::max(nameW, m.advance(m.fonts.bold, NetworkDiagramScene::nameOf(q) + QStringLiteral(" =")));
    qreal headerW = 0;
    for (const QString &h : {NetworkDiagramPicture::tr("hidden %1").arg(m.units.size() > 2 ? m.units[1] : 1), NetworkDiagramPicture::tr("output"),
                             NetworkDiagramPicture::tr("target")})
        headerW = std::max(headerW, m.advance(m.fonts.bold, h));
    s.boxW = std::max(nameW + pad + m.valueWidth(m.fonts.bold), headerW) + 2 * pad;
    s.hiddenW = s.boxW;
    s.hiddenH = m.headH + form.hiddenRows * m.rowH + pad;
    s.outputH = m.headH + (m.learns ? 3 : 2) * m.rowH + pad;
    s.targetH = m.headH + 2 * m.rowH + pad;
    if (form.tight) {
        // Each box's width is what its own rows need: the hidden ones "[3] =" and a value, the
        // output and target their names; the hidden quantity's name is the column's title.
        const int hidden = m.units.size() > 2 ? m.units[1] : 1;
        qreal titleW = 0;
        for (Quantity q : {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1})
            titleW = std::max(titleW, m.advance(m.fonts.bold, NetworkDiagramScene::nameOf(q)));
        const qreal indexW = m.advance(m.fonts.bold, hiddenIndexLabel(hidden - 1) + QStringLiteral(" ="));
        s.hiddenW = std::max(indexW + pad + m.valueWidth(m.fonts.bold), titleW) + 2 * pad;
        qreal outputNameW = m.advance(m.fonts.bold, QStringLiteral("d ="));
        for (Quantity q : {Quantity::V, Quantity::Y, Quantity::Delta, Quantity::E})
            outputNameW = std::max(outputNameW, m.advance(m.fonts.bold, NetworkDiagramScene::nameOf(q) + QStringLiteral(" =")));
        s.boxW = std::max(outputNameW + pad + m.valueWidth(m.fonts.bold), m.advance(m.fonts.bold, NetworkDiagramPicture::tr("output"))) + 2 * pad;
        s.hiddenH = m.rowH + pad;
        s.hiddenTitleH = lh * 1.1;
        s.targetH = 2 * m.rowH + pad;
    }

    // Labelled gaps hold an edge label's width, with room to slide it along its edge.
    const int columns = m.columns();
    for (int g = 0; g + 1 < columns; ++g) {
        if (!m.labelled(g)) {
            s.gaps.push_back(lh * (compact ? 2.0 : 5.0));
            continue;
        }
        const Quantity layer = m.layers[static_cast<std::size_t>(g)];
        const int last = m.units[static_cast<std::size_t>(g)] - 1;
        const QString name = compact ? QStringLiteral("d") + NetworkDiagramScene::nameOf(layer) : NetworkDiagramScene::changeName(layer, last);
        const qreal labelW = m.advance(m.fonts.base, name + QStringLiteral(" = ")) + m.valueWidth(m.fonts.base) + pad;
        s.gaps.push_back(compact ? labelW + lh * 0.6 : std::max(lh * 6, labelW * 1.3 + lh));
    }

    s.naturalW = 2 * s.margin + s.leftExtra + 2 * s.radius + (columns - 2) * s.hiddenW + s.boxW + (m.learns && !compact ? s.gapTarget + s.boxW : 0);
    for (qreal g : s.gaps)
        s.naturalW += g;
    s.bodyW = s.naturalW;
    // The header line holds the badge and the widest formula of any operation.
    qreal nowW = 0;
    for (Quantity q : operationsOf(scene.trace()->rule()))
        nowW = std::max(nowW, m.advance(m.fonts.base, nowText(scene, q)));
    const qreal badgeW = std::max(m.advance(m.fonts.bold, passText(false)), m.advance(m.fonts.bold, passText(true))) + 2 * pad;
    qreal headerLineW = badgeW + pad + nowW;
    if (!compact)
        headerLineW = std::max(headerLineW, m.advance(m.fonts.title, whereText(scene)));
    s.naturalW = std::max(s.naturalW, 2 * s.margin + headerLineW + 2);
    if (!compact)
        s.legendH = lh * (0.2 + 1.3 * legendRows(m, s.naturalW - 2 * s.margin));

    qreal body = m.units[0] * 2 * s.radius + (m.units[0] - 1) * s.inputGap + (form.biasBelow ? lh : 0.0);
    for (int c = 1; c + 1 < columns; ++c) {
        const int n = m.units[static_cast<std::size_t>(c)];
        body = std::max(body, s.hiddenTitleH + n * s.hiddenH + (n - 1) * s.vGap);
    }
    body = std::max(body, compact && m.learns ? s.outputH + s.gapTarget + s.targetH : std::max(s.outputH, s.targetH));
    s.naturalH = 2 * s.margin + s.headerH + body + s.legendH;
    return s;
}

// The columns (inputs, hidden units, output, target) and the nodes in them. Extra width widens
// the gaps between the columns (up to a point) and the rest centres the picture; extra height
// spreads each column's nodes (up to a point) about the middle.
void placeNodes(Layout &out, const Measures &m, Sizes s, std::vector<std::vector<QRectF>> &columns)
{
    const qreal lh = m.lh;
    const int count = m.columns();
    qreal extra = std::max(0.0, out.canvas.width() - s.bodyW);
    const qreal share = extra / static_cast<qreal>(s.gaps.size());
    for (qreal &g : s.gaps) {
        const qreal add = std::min(share, lh * 20);
        g += add;
        extra -= add;
    }
    const qreal left = s.margin + extra / 2 + s.leftExtra;

    const qreal bodyTop = s.margin + s.headerH;
    const qreal bodyBottom = out.canvas.height() - s.margin - s.legendH;
    const qreal bodyMid = (bodyTop + bodyBottom) / 2;
    // n items of height itemH spread over the body's height, centred, leaving room for a text
    // below or above them.
    auto spread = [&](int n, qreal itemH, qreal minGap, qreal maxGap, qreal below = 0.0, qreal above = 0.0) {
        const qreal avail = bodyBottom - bodyTop - below - above;
        const qreal gap = n > 1 ? std::clamp((avail - n * itemH) / (n - 1), minGap, std::max(minGap, maxGap)) : 0.0;
        const qreal total = n * itemH + (n - 1) * gap;
        std::vector<qreal> tops;
        for (int i = 0; i < n; ++i)
            tops.push_back(bodyMid + (above - below) / 2 - total / 2 + i * (itemH + gap));
        return tops;
    };

    const qreal radius = s.radius;
    columns.assign(static_cast<std::size_t>(count), {});
    for (qreal top : spread(m.units[0], 2 * radius, s.inputGap, lh * 4, s.form.biasBelow ? lh : 0.0)) {
        const QPointF c(left + radius, top + radius);
        out.inputs.push_back({c, QRectF(c.x() - radius, c.y() - lh * 1.02, 2 * radius, lh), QRectF(c.x() - radius, c.y(), 2 * radius, m.titleLh)});
        columns[0].push_back(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius));
    }
    const qreal biasW = m.advance(m.fonts.base, NetworkDiagramPicture::tr("bias")) + 1;
    const QPointF bias = out.inputs.back().centre;
    out.biasLabel = s.form.biasBelow ? QRectF(std::max(0.0, bias.x() - biasW / 2), bias.y() + radius, biasW, lh)
                                   : QRectF(bias.x() - radius - m.pad - biasW, bias.y() - lh / 2, biasW, lh);

    qreal x = left + 2 * radius;
    for (int c = 1; c + 1 < count; ++c) {
        x += s.gaps[static_cast<std::size_t>(c - 1)];
        for (qreal top : spread(m.units[static_cast<std::size_t>(c)], s.hiddenH, s.vGap, lh * (s.form.compact ? 1.5 : 2.5), 0.0, s.hiddenTitleH)) {
            columns[static_cast<std::size_t>(c)].emplace_back(x, top, s.hiddenW, s.hiddenH);
            out.hiddenBoxes.push_back(columns[static_cast<std::size_t>(c)].back());
        }
        if (s.form.tight)
            out.hiddenTitle = QRectF(x, out.hiddenBoxes.front().top() - s.hiddenTitleH, s.hiddenW, lh);
        x += s.hiddenW;
    }
    x += s.gaps.back();

    // Compact: the target and error sit under the output instead of beside it.
    const bool targetBelow = s.form.compact && m.learns;
    out.outputBox = QRectF(x, targetBelow ? bodyMid - (s.outputH + s.gapTarget + s.targetH) / 2 : bodyMid - s.outputH / 2, s.boxW, s.outputH);
    columns.back().push_back(out.outputBox);
    const QRectF &outputBox = out.outputBox;
    if (!m.learns)
        return;
    out.targetBox = targetBelow ? QRectF(x, outputBox.bottom() + s.gapTarget, s.boxW, s.targetH)
                                : QRectF(outputBox.right() + s.gapTarget, outputBox.center().y() - s.targetH / 2, s.boxW, s.targetH);
    const QRectF &targetBox = out.targetBox;
    out.targetLink = targetBelow ? QLineF(QPointF(outputBox.center().x(), outputBox.bottom()), QPointF(outputBox.center().x(), targetBox.top()))
                                 : QLineF(QPointF(outputBox.right(), outputBox.center().y()), QPointF(targetBox.left(), targetBox.center().y()));
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
    // Compact: the arithmetic beside the diagram already says where we are; the badge line stays.
    if (!s.form.compact)
        out.where = QRectF(s.margin, s.margin, m.advance(m.fonts.title, whereText(m.scene)) + 2, m.titleLh);
    out.passText = passText(m.scene.highlight().backward);
    const qreal passW = m.advance(m.fonts.bold, out.passText) + 2 * m.pad;
    out.badge = QRectF(s.margin, s.margin + (s.form.compact ? 0.0 : lh * 1.45), passW, lh * 1.3);
    out.now = QRectF(out.badge.right() + m.pad, out.badge.top(), m.advance(m.fonts.base, nowText(m.scene, m.scene.current())) + 2,
                     out.badge.height());
}

// An edge per weight, from each node of a column to each node of the next; weight (to, from) is
// at index to * (units of the column before) + from, row-major as in the weight matrices.
void placeEdges(Layout &out, const Measures &m, const std::vector<std::vector<QRectF>> &columns)
{
    for (std::size_t g = 0; g + 1 < columns.size(); ++g) {
        const std::vector<QRectF> &from = columns[g];
        const std::vector<QRectF> &to = columns[g + 1];
        for (std::size_t i = 0; i < to.size(); ++i)
            for (std::size_t j = 0; j < from.size(); ++j) {
                const int index = static_cast<int>(i * from.size() + j);
                out.edges.push_back({QPointF(from[j].right(), from[j].center().y()), QPointF(to[i].left(), to[i].center().y()), m.layers[g], index,
                                     m.scene.weightOf(m.layers[g], index)});
            }
    }
}

// What an edge's label shows: the weight, its change once computed, or both, at how many digits.
struct LabelVariant
{
    int digits = 4;
    bool withChange = true;
    bool withWeight = true;
};

// An edge's label with the weight and, when computed and wanted, its change.
EdgeLabel makeEdgeLabel(const Layout &out, const Measures &m, std::size_t k, LabelVariant variant)
{
    const int digits = variant.digits;
    const bool withChange = variant.withChange;
    const Edge &e = out.edges[k];
    EdgeLabel label;
    label.edge = k;
    // Compact: the edge itself says which weight it is (and its tooltip names it).
    const QString name = out.compact ? NetworkDiagramScene::nameOf(e.layer) : NetworkDiagramScene::weightName(e.layer, e.index);
    if (variant.withWeight)
        label.lines.push_back({{name + QStringLiteral(" = "), NumberFormat::value(e.weight, digits)}, e.weight, {}});
    if (const auto change = m.scene.changeOf(e.layer, e.index); change && withChange)
        label.lines.push_back({{(out.compact ? QStringLiteral("d") + name : NetworkDiagramScene::changeName(e.layer, e.index)) + QStringLiteral(" = "),
                                NumberFormat::value(*change, digits)},
                               *change,
                               {}});
    qreal w = 0;
    for (const auto &line : label.lines)
        w = std::max(w, ShapedTextCache::piecesAdvance(m.fonts.base, m.device, line.pieces));
    label.box = QRectF(0, 0, w + m.pad, m.lh * static_cast<qreal>(label.lines.size()) + m.pad * 0.6);
    return label;
}

void moveEdgeLabel(EdgeLabel &label, const QPointF &centre, const Measures &m)
{
    label.box.moveCenter(centre);
    for (std::size_t i = 0; i < label.lines.size(); ++i)
        label.lines[i].rect = QRectF(label.box.left(), label.box.top() + m.pad * 0.3 + static_cast<qreal>(i) * m.lh, label.box.width(), m.lh);
}

// Weight labels on the edges into a single node: each slides along its edge to the first place
// near its preferred one where it overlaps no node, text or other label. The current operation's
// labels go first and stay whole; the others, where no place is free, shorten their numbers,
// then drop their change, then drop out (the edge's tooltip still tells).
void placeEdgeLabels(Layout &out, const Measures &m)
{
    const NetworkDiagramScene::Highlight h = m.scene.highlight();
    std::vector<QRectF> taken;
    for (const QRectF &node : out.nodeRects())
        taken.push_back(node.adjusted(-m.pad * 0.4, -m.pad * 0.4, m.pad * 0.4, m.pad * 0.4));
    for (const QRectF &text : out.textRects())
        taken.push_back(text);
    const QRectF inside = QRectF(QPointF(0, 0), out.canvas).adjusted(m.pad, m.pad, -m.pad, -m.pad);

    // Places to try, best first: points along the edge from 0.3 of its length outward, the label
    // centred on the point, or beginning or ending there (where edges converge, only their ends
    // are far enough apart for a label each).
    std::vector<std::pair<qreal, qreal>> along; // (where on the edge, where on the label: -1 its left end, 0 its centre, 1 its right end)
    for (int k = 0; k <= 16; ++k)
        for (qreal t : {0.3 + 0.04 * k, 0.3 - 0.04 * k})
            if (t > 0.02 && t < 0.98 && (k > 0 || t > 0.29))
                for (qreal anchor : {0.0, -1.0, 1.0})
                    along.emplace_back(t, anchor);
    const auto at = [&](const Edge &e, std::pair<qreal, qreal> place, qreal width) {
        return e.from + (e.to - e.from) * place.first - QPointF(place.second * (width / 2 + m.pad * 0.2), 0);
    };
    auto overlap = [&](const QRectF &box) {
        qreal area = 0;
        for (const QRectF &r : taken) {
            const QRectF both = r.intersected(box);
            area += both.width() * both.height();
        }
        return area;
    };

    std::vector<std::size_t> order;
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t k = 0; k < out.edges.size(); ++k) {
            const Quantity layer = out.edges[k].layer;
            const auto g = std::find(m.layers.begin(), m.layers.end(), layer) - m.layers.begin();
            const bool current = h.change && h.edges == layer;
            if (m.labelled(static_cast<int>(g)) && current == (pass == 0))
                order.push_back(k);
        }
    // The tight form, short of room, keeps only the value the current operation computes: the
    // change, or the updated weight.
    const Quantity now = m.scene.current();
    const bool computesChange = now == Quantity::DW || now == Quantity::DW1 || now == Quantity::DW2;
    const std::vector<LabelVariant> currentVariants = out.tight ? std::vector<LabelVariant>{{4, true, true}, {4, computesChange, !computesChange}}
                                                                : std::vector<LabelVariant>{{4, true, true}};
    const std::vector<LabelVariant> otherVariants = {{4, true, true}, {2, true, true}, {2, false, true}};
    for (std::size_t k : order) {
        const Edge &e = out.edges[k];
        const bool current = h.change && h.edges == e.layer;
        const std::vector<LabelVariant> &variants = current ? currentVariants : otherVariants;
        std::optional<EdgeLabel> placed;
        for (const LabelVariant &variant : variants) {
            EdgeLabel label = makeEdgeLabel(out, m, k, variant);
            for (const auto &place : along) {
                moveEdgeLabel(label, at(e, place, label.box.width()), m);
                if (inside.contains(label.box) && overlap(label.box) == 0) {
                    placed = label;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (!placed && current) {
            // No free place: the least crowded one, for the current values always show.
            EdgeLabel label = makeEdgeLabel(out, m, k, currentVariants.back());
            qreal best = -1;
            std::pair<qreal, qreal> bestPlace = along.front();
            for (const auto &place : along) {
                moveEdgeLabel(label, at(e, place, label.box.width()), m);
                const qreal cost = overlap(label.box) + (inside.contains(label.box) ? 0 : 1e9);
                if (best < 0 || cost < best) {
                    best = cost;
                    bestPlace = place;
                }
            }
            moveEdgeLabel(label, at(e, bestPlace, label.box.width()), m);
            placed = label;
        }
        if (!placed)
            continue;
        placed->current = current;
        taken.push_back(placed->box);
        out.edgeLabels.push_back(std::move(*placed));
    }
}

// The legend: a flow of items along the bottom, wrapped onto a second row when narrow.
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
        const qreal tw = m.advance(m.fonts.base, entry.text);
        entry.textRect = QRectF(lx, y - lh / 2, tw + 2, lh);
        lx += tw + lh;
    }
    out.legend = std::move(entries);
}

// ---- Painting what the layout placed.

// The fonts and colours of the picture. Translucent highlights are painted as opaque stand-ins
// (see blendedOver): each is the translucent colour as it looks over what it is painted on.
// `from` moved a share `t` of the way to `to`.
QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t), float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

struct Style
{
    Style(const NetworkDiagramScene &scene, qreal textScale)
        : fonts(scene.font(), textScale),
          ink(scene.palette().color(QPalette::Text)),
          background(scene.palette().color(QPalette::Base)),
          // Mixed from the palette's text and base, so that a dark or high-contrast theme keeps
          // every text readable on the boxes.
          faint(mixed(background, ink, 0.55)),
          boxFill(mixed(background, ink, 0.02)),
          boxHeader(mixed(background, ink, 0.8)),
          hlFill(blendedOver(hl, 60, boxFill)),
          hlGlow(blendedOver(hl, 45, background)),
          hlBand(blendedOver(hl, 110, background))
    {
    }
    Fonts fonts;
    QColor ink;
    QColor hl = ValueColors::highlight();
    QColor background;
    QColor faint;
    QColor boxFill;
    QColor boxHeader;
    QColor hlFill; // a lit value row
    QColor hlGlow; // around a lit node
    QColor hlBand; // under lit edges
    QColor arrow = QColor(0x50, 0x3c, 0x00);
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
    p.setFont(st.fonts.title);
    p.setPen(st.ink);
    if (!l.compact)
        ShapedTextCache::drawLine(p, l.where, Qt::AlignLeft | Qt::AlignVCenter, whereText(scene));
    const bool backward = scene.highlight().backward;
    p.setFont(st.fonts.bold);
    p.setPen(Qt::NoPen);
    p.setBrush(backward ? QColor(0xfd, 0xe7, 0xc8) : QColor(0xdc, 0xea, 0xf7));
    p.drawRoundedRect(l.badge, l.lineHeight * 0.3, l.lineHeight * 0.3);
    p.setPen(backward ? QColor(0x8a, 0x4b, 0x00) : QColor(0x1a, 0x4f, 0x8a));
    ShapedTextCache::drawLine(p, l.badge, Qt::AlignCenter, l.passText);
    p.setPen(st.ink);
    p.setFont(st.fonts.base);
    ShapedTextCache::drawLine(p, l.now, Qt::AlignLeft | Qt::AlignVCenter, nowText(scene, scene.current()));
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
    p.setFont(st.fonts.base);
    for (const NetworkDiagramPicture::EdgeLabel &label : l.edgeLabels) {
        const bool lit = label.current || h.edges == l.edges[label.edge].layer;
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

    // A box with its header, or none when `header` is empty.
    void box(const QRectF &box, const QString &header, bool lit) const
    {
        const qreal pad = l.pad;
        drawOutlinedRoundedRect(p, box, l.lineHeight * 0.45, lit ? st.hl : QColor(0x9a, 0xa5, 0xb1), lit ? 2.5 : 1.2, st.boxFill);
        if (header.isEmpty())
            return;
        p.setFont(st.fonts.bold);
        p.setPen(st.boxHeader);
        ShapedTextCache::drawLine(p, l.boxHeaderRect(box), Qt::AlignCenter, header);
        p.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), 1.0));
        const qreal y = box.top() + l.headHeight + pad * 0.2;
        p.drawLine(QPointF(box.left() + pad, y), QPointF(box.right() - pad, y));
    }
    // Quantity q's value of unit `index` in `row`, labelled with q's name or, given, `label`.
    void quantityRow(const QRectF &row, Quantity q, int index, bool lit, const QString &label = {}) const
    {
        const bool known = scene.computed(q);
        const double raw = known ? scene.record().values(q)[static_cast<std::size_t>(index)] : 0.0;
        valueRow(row, label.isEmpty() ? NetworkDiagramScene::nameOf(q) : label, scene.valueText(q, index), known, lit, raw);
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
        p.setFont(st.fonts.base);
        p.setPen(st.boxHeader);
        ShapedTextCache::drawLine(p, input.name, Qt::AlignCenter, QStringLiteral("x[%1]").arg(j));
        p.setFont(st.fonts.title);
        p.setPen(st.ink);
        ShapedTextCache::drawLine(p, input.value, Qt::AlignCenter, NumberFormat::value(scene.record().x(static_cast<int>(j))));
        if (bias) {
            p.setFont(st.fonts.base);
            p.setPen(st.faint.darker(130));
            ShapedTextCache::drawLine(p, l.biasLabel, (l.biasBelow ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter,
                                      NetworkDiagramPicture::tr("bias"));
        }
    }
}

void paintHiddenUnits(QPainter &p, const Style &st, const BoxPainter &boxes, const Layout &l, const NetworkDiagramScene::Highlight &h)
{
    const std::array<Quantity, 4> rows = {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1};
    const bool lit = h.node == QLatin1String("hidden");
    if (l.tight) {
        // One row per unit: the quantity is the column's title, the unit its index.
        const Quantity q = rows[static_cast<std::size_t>(l.firstHiddenRow)];
        p.setFont(st.fonts.bold);
        p.setPen(st.boxHeader);
        ShapedTextCache::drawLine(p, l.hiddenTitle, Qt::AlignCenter, NetworkDiagramScene::nameOf(q));
        for (std::size_t i = 0; i < l.hiddenBoxes.size(); ++i) {
            boxes.box(l.hiddenBoxes[i], QString(), lit);
            boxes.quantityRow(l.rowRect(l.hiddenBoxes[i], 0, false), q, static_cast<int>(i), lit && h.row == q,
                              hiddenIndexLabel(static_cast<int>(i)));
        }
        return;
    }
    for (std::size_t i = 0; i < l.hiddenBoxes.size(); ++i) {
        const QRectF &box = l.hiddenBoxes[i];
        boxes.box(box, NetworkDiagramPicture::tr("hidden %1").arg(i), lit);
        for (int r = 0; r < l.hiddenRowCount; ++r) {
            const Quantity q = rows[static_cast<std::size_t>(l.firstHiddenRow + r)];
            boxes.quantityRow(l.rowRect(box, r), q, static_cast<int>(i), lit && h.row == q);
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
            boxes.quantityRow(l.rowRect(l.outputBox, static_cast<int>(r)), rows[r], 0, lit && h.row == rows[r]);
    }
    if (!learns)
        return;
    const bool lit = h.node == QLatin1String("target");
    const bool flowing = lit || scene.current() == Quantity::Delta;
    p.setPen(QPen(flowing ? st.hl.darker(120) : QColor(0xa0, 0xa0, 0xa0), 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(l.targetLink);
    if (flowing)
        drawArrowHead(p, l.targetLink.p1(), l.targetLink.p2(), l.lineHeight * 0.7, st.arrow);
    boxes.box(l.targetBox, l.tight ? QString() : NetworkDiagramPicture::tr("target"), lit);
    const double d = scene.record().d;
    boxes.valueRow(l.rowRect(l.targetBox, 0, !l.tight), QStringLiteral("d"), NumberFormat::value(d), true, false, d);
    boxes.quantityRow(l.rowRect(l.targetBox, 1, !l.tight), Quantity::E, 0, lit);
}

void paintLegend(QPainter &p, const Style &st, const Layout &l)
{
    using Entry = NetworkDiagramPicture::LegendEntry;
    p.setFont(st.fonts.base);
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

QRectF NetworkDiagramPicture::Layout::rowRect(const QRectF &box, int row, bool headed) const
{
    return QRectF(box.left(), box.top() + (headed ? headHeight : 0.0) + pad * 0.5 + row * rowHeight, box.width(), rowHeight);
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
    auto addBox = [&](const QRectF &box, int rows, bool headed) {
        if (headed)
            rects.push_back(boxHeaderRect(box));
        for (int r = 0; r < rows; ++r)
            rects.push_back(rowRect(box, r, headed));
    };
    if (!hiddenTitle.isNull())
        rects.push_back(hiddenTitle);
    for (const QRectF &box : hiddenBoxes)
        addBox(box, hiddenRowCount, !tight);
    addBox(outputBox, targetBox.isNull() ? 2 : 3, true);
    if (!targetBox.isNull())
        addBox(targetBox, 2, !tight);
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

std::vector<QRectF> NetworkDiagramPicture::Layout::nodeRects() const
{
    std::vector<QRectF> rects(hiddenBoxes.begin(), hiddenBoxes.end());
    rects.push_back(outputBox);
    if (!targetBox.isNull())
        rects.push_back(targetBox);
    for (const InputNode &input : inputs)
        rects.emplace_back(input.centre.x() - radius, input.centre.y() - radius, 2 * radius, 2 * radius);
    return rects;
}

NetworkDiagramPicture::Layout NetworkDiagramPicture::layout(const NetworkDiagramScene &scene)
{
    const QImage canvas = makeCanvas(QSize(1, 1), scene.devicePixelRatio(), scene.dpiX(), scene.dpiY(), Qt::white);
    return layout(scene, &canvas);
}

NetworkDiagramPicture::Layout NetworkDiagramPicture::layout(const NetworkDiagramScene &scene, const QPaintDevice *device)
{
    Layout out;
    out.lineHeight = QFontMetricsF(scene.font(), device).height();
    out.canvas = QSizeF(scene.size());
    out.hasRun = scene.hasRun();
    if (!out.hasRun)
        return out;

    // The first form that fits at the widget's font (or, if none does, the smallest, which then
    // overflows: the widget's minimum size asks its parent for that much room); then the largest
    // text, up to 1.5 times the font, that the form still fits.
    //
    // The smallest form, the widget's minimum, is the shortest of those as narrow as the area
    // (one needing more width would scroll sideways), or else the narrowest: the forms trade
    // width for height (the bias label beside or under its circle), and the area's width is
    // what the window gives; its height is what the network then asks for.
    const Measures atFont(scene, device, 1.0);
    std::optional<Sizes> chosen;
    std::optional<Sizes> shortest;
    std::optional<Sizes> narrowest;
    for (const Form &form : Forms) {
        const Sizes s = sizesFor(atFont, form);
        if (!chosen && s.fits(out.canvas))
            chosen = s;
        if (s.naturalW <= out.canvas.width() + 0.01 && (!shortest || s.naturalH < shortest->naturalH))
            shortest = s;
        if (!narrowest || s.naturalW < narrowest->naturalW)
            narrowest = s;
    }
    const Sizes smallest = shortest ? *shortest : *narrowest;
    Sizes sizes = chosen ? *chosen : smallest;
    qreal textScale = 1.0;
    if (sizes.fits(out.canvas)) {
        // The sizes grow about in proportion to the font: start from that guess, then step down.
        const qreal room = std::min({1.5, out.canvas.width() / sizes.naturalW, out.canvas.height() / sizes.naturalH});
        for (qreal f = std::floor(room * 20) / 20; f > 1.0; f -= 0.05) {
            const Sizes grown = sizesFor(Measures(scene, device, f), sizes.form);
            if (grown.fits(out.canvas)) {
                sizes = grown;
                textScale = f;
                break;
            }
        }
    }
    const Measures m(scene, device, textScale);

    out.compact = sizes.form.compact;
    out.tight = sizes.form.tight;
    out.biasBelow = sizes.form.biasBelow;
    out.textScale = textScale;
    out.natural = QSizeF(sizes.naturalW, sizes.naturalH);
    out.minimum = QSizeF(smallest.naturalW, smallest.naturalH);
    out.lineHeight = m.lh;
    out.unit = m.lh / 9.0;
    out.pad = m.pad;
    out.rowHeight = m.rowH;
    out.headHeight = m.headH;
    out.radius = sizes.radius;

    std::vector<std::vector<QRectF>> columns;
    placeNodes(out, m, sizes, columns);
    if (!out.hiddenBoxes.empty())
        chooseHiddenRows(out, scene, sizes.form.hiddenRows);
    placeHeader(out, m, sizes);
    placeEdges(out, m, columns);
    if (!out.compact)
        placeLegend(out, m, sizes, legendEntries(out.unit));
    placeEdgeLabels(out, m);
    return out;
}

void NetworkDiagramPicture::paint(QPainter &p, const NetworkDiagramScene &scene, const Layout &l)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Style st(scene, l.textScale);
    if (!l.hasRun) {
        p.setFont(st.fonts.base);
        p.setPen(st.faint);
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), l.canvas), Qt::AlignCenter | Qt::TextWordWrap, tr("No run recorded yet."));
        p.restore();
        return;
    }
    const NetworkDiagramScene::Highlight h = scene.highlight();
    p.scale(l.scale, l.scale);
    paintHeader(p, st, l, scene);
    paintNodeGlow(p, st, l, h);
    paintEdges(p, st, l, h);
    paintEdgeLabels(p, st, l, h);
    const BoxPainter boxes(p, st, l, scene);
    paintInputs(p, st, l, scene);
    paintHiddenUnits(p, st, boxes, l, h);
    paintOutputAndTarget(p, st, boxes, l, scene);
    paintLegend(p, st, l);
    p.restore();
}

NetworkDiagramPicture::Rendered NetworkDiagramPicture::render(const NetworkDiagramScene &scene)
{
    Rendered rendered;
    rendered.image = makeCanvas(scene.size(), scene.devicePixelRatio(), scene.dpiX(), scene.dpiY(), scene.palette().color(QPalette::Base));
    const Layout l = layout(scene, &rendered.image);
    {
        QPainter p(&rendered.image);
        paint(p, scene, l);
    }
    if (!l.hasRun)
        return rendered;
    rendered.compact = l.compact;
    rendered.edges = l.edges; // in widget coordinates, for the widget's tooltips
    for (Edge &e : rendered.edges) {
        e.from *= l.scale;
        e.to *= l.scale;
    }
    for (const QRectF &r : l.textRects())
        rendered.textRects.emplace_back(r.topLeft() * l.scale, r.size() * l.scale);
    return rendered;
}

} // namespace deltatrace
