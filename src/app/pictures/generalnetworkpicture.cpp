// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalnetworkpicture.h"

#include "networkstep.h"
#include "networktrace.h"
#include "numberformat.h"
#include "picturepainting.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace deltatrace {

namespace {

using Scene = GeneralNetworkPicture::Scene;
using Layout = GeneralNetworkPicture::Layout;
using Text = GeneralNetworkPicture::Text;
using Phase = GeneralNetworkPicture::Phase;
using Kind = LayerQuantity::Kind;

QString nameOf(LayerQuantity q) { return QString::fromStdString(q.name()); }

qreal advance(const QFont &font, const QPaintDevice *device, const QString &text)
{
    return ShapedTextCache::lineSize(font, device, text).width();
}

QString whereText(const Scene &scene)
{
    return GeneralNetworkPicture::tr("Epoch %1, sample k = %2").arg(scene.epoch).arg(scene.sample);
}

// What the current operation computes, in words: shown after its name where there is room.
QString describe(Kind kind)
{
    switch (kind) {
    case Kind::V: return GeneralNetworkPicture::tr("weighted sums");
    case Kind::Y: return GeneralNetworkPicture::tr("the layer's outputs");
    case Kind::E: return GeneralNetworkPicture::tr("errors");
    case Kind::Delta: return GeneralNetworkPicture::tr("deltas");
    case Kind::DW: return GeneralNetworkPicture::tr("this sample's weight changes");
    case Kind::DWSum: return GeneralNetworkPicture::tr("the batch's sum of weight changes");
    case Kind::DWAvg: return GeneralNetworkPicture::tr("the batch's average weight change");
    case Kind::Momentum: return GeneralNetworkPicture::tr("momentum term");
    case Kind::W: return GeneralNetworkPicture::tr("new weights");
    }
    return {};
}

QString nowText(const Scene &scene, bool described)
{
    const QString name = GeneralNetworkPicture::tr("now: %1").arg(scene.currentName);
    return described ? name + QStringLiteral(" — ") + describe(scene.current.kind) : name;
}

QString ellipsisText(int hidden) { return GeneralNetworkPicture::tr("… %1 more").arg(hidden); }

QString indexText(int unit) { return QStringLiteral("[%1]").arg(unit); }

// The picture's fonts at `scale` (>= 1) times the widget's.
struct Fonts
{
    Fonts(const QFont &font, qreal scale) : base(scaledFont(font, scale, font.bold())), bold(scaledFont(font, scale, true)) {}
    QFont base;
    QFont bold;
};

// What the layout needs to know at one text size; the canvas is not part of it.
struct Measures
{
    Measures(const Scene &s, const QFont &font, const QPaintDevice *d, qreal scale, bool compactForm)
        : scene(s), device(d), textScale(scale), compact(compactForm), digits(compactForm ? 3 : 4), fonts(font, scale),
          lh(QFontMetricsF(fonts.base, d).height()), pad(lh * 0.45), margin(lh * 0.5), unitH(lh * 1.4), minGap(lh * 0.3)
    {
        // The widest number a unit shows (four significant digits, three in the compact form), in
        // the bold of a lit unit; the inputs and targets, the widest of the run's data.
        valueW = compact ? std::max(advance(fonts.bold, QStringLiteral("-0.000888")), advance(fonts.bold, QStringLiteral("-8.88e-08")))
                         : std::max(advance(fonts.bold, QStringLiteral("-0.0008888")), advance(fonts.bold, QStringLiteral("-8.888e-08")));
        valueW = std::max(valueW, advance(fonts.bold, QStringLiteral("+inf")));
        inputW = std::max(advance(fonts.bold, s.widestInput), advance(fonts.bold, QStringLiteral("-inf")));
        targetValueW = std::max(advance(fonts.bold, s.widestTarget), advance(fonts.bold, QStringLiteral("-inf")));
        const int columns = static_cast<int>(s.columns.size());
        for (int c = 0; c < columns; ++c) {
            const GeneralNetworkPicture::Column &column = s.columns[static_cast<std::size_t>(c)];
            const int n = count(c);
            const qreal header = std::max({advance(fonts.bold, column.title), advance(fonts.base, column.activation),
                                           advance(fonts.bold, column.quantity) + 2 * pad});
            const qreal numberW = c == 0 ? inputW : valueW;
            valueWidths.push_back(numberW);
            const qreal pill = std::max(unitH, numberW + 2 * pad);
            widths.push_back(std::max(header, pill));
            pillWidths.push_back(pill);
            // A shortened layer numbers its units (but in the compact form, where a tooltip does).
            const qreal indexed = compact ? pill : advance(fonts.base, indexText(n - 1)) + pad + numberW + 2 * pad;
            elidedPillWidths.push_back(indexed);
            elidedWidths.push_back(std::max({header, indexed, advance(fonts.base, ellipsisText(n))}));
        }
        targetW = std::max({advance(fonts.bold, GeneralNetworkPicture::tr("target")), advance(fonts.bold, QStringLiteral("d")) + 2 * pad,
                            targetValueW + 2 * pad, unitH, advance(fonts.base, ellipsisText(static_cast<int>(s.target.size())))});
        targetGap = lh * 1.2;
        // A gap holds the name of its weights, or of the operation on them ("dW2_avg"), on the
        // line of the columns' quantity names, which leave some of their columns' width free.
        auto freeBeside = [&](int c) {
            const QString widest = c == 0 ? QStringLiteral("x") : nameOf({Kind::Delta, c});
            return std::max(0.0, (widths[static_cast<std::size_t>(c)] - advance(fonts.bold, widest) - 2 * pad) / 2 - pad * 0.5);
        };
        for (int l = 1; l < columns; ++l) {
            qreal widest = 0;
            for (Kind kind : {Kind::DWAvg, Kind::DWSum, Kind::Momentum, Kind::W})
                widest = std::max(widest, advance(fonts.bold, nameOf({kind, l})));
            // Centred on the gap, it reaches as far into either column.
            // The compact form leaves the names out (the header names the current operation).
            gaps.push_back(compact ? lh * 1.8 : std::max(lh * 2.2, widest + 2 * pad - 2 * std::min(freeBeside(l - 1), freeBeside(l))));
        }
        whereW = advance(fonts.bold, whereText(s)) + 2;
        badgeW = 0;
        for (Phase p : {Phase::Forward, Phase::Backward, Phase::Update})
            badgeW = std::max(badgeW, advance(fonts.bold, GeneralNetworkPicture::passText(p)) + 2 * pad);
        // The operation's name alone, as long as the longest a run can have.
        for (const char *name : {"delta4", "dW4_avg", "dW4_sum"})
            nowShortW = std::max(nowShortW, advance(fonts.base, GeneralNetworkPicture::tr("now: %1").arg(QLatin1String(name))) + 2);
        nowLongW = advance(fonts.base, nowText(s, true)) + 2;
    }

    qreal advance(const QFont &font, const QString &text) const { return deltatrace::advance(font, device, text); }
    int count(int column) const
    {
        return column < static_cast<int>(scene.columns.size()) ? static_cast<int>(scene.columns[static_cast<std::size_t>(column)].values.size())
                                                               : static_cast<int>(scene.target.size());
    }
    // The rows a column needs to show everything it may (a layer wider than MaxRows never shows all).
    int rowsWanted(int column) const { return std::min(count(column), GeneralNetworkPicture::MaxRows); }

    // The header above the columns: the where-line and the badge with the operation, on one line
    // where they fit side by side, else on two.
    bool oneHeaderLine(qreal width) const { return 2 * margin + whereW + 2 * lh + badgeW + pad + nowShortW <= width; }
    qreal headerH(bool oneLine) const { return margin + (oneLine ? lh * 1.3 : lh * 1.25 + lh * 1.3) + lh * 0.5; }
    qreal columnHeadH() const { return 3 * lh + pad; }
    qreal bodyTop(bool oneLine) const { return headerH(oneLine) + columnHeadH(); }
    // Rows that fit between the body's top and the canvas's bottom.
    int rowsIn(qreal height, bool oneLine) const
    {
        const qreal body = height - bodyTop(oneLine) - margin;
        return static_cast<int>(std::floor((body + minGap) / (unitH + minGap) + 1e-6));
    }
    qreal heightFor(int rows, bool oneLine) const { return bodyTop(oneLine) + rows * unitH + (rows - 1) * minGap + margin; }
    // The columns' width, with the given columns elided.
    qreal bodyWidth(const std::vector<bool> &elided) const
    {
        qreal w = 2 * margin + targetGap + targetW;
        for (std::size_t c = 0; c < widths.size(); ++c)
            w += elided[c] ? elidedWidths[c] : widths[c];
        for (qreal g : gaps)
            w += g;
        return w;
    }

    const Scene &scene;
    const QPaintDevice *device;
    qreal textScale;
    bool compact;
    int digits;
    Fonts fonts;
    qreal lh, pad, margin, unitH, minGap;
    qreal valueW = 0, inputW = 0, targetValueW = 0;
    std::vector<qreal> valueWidths; // per column
    std::vector<qreal> widths, pillWidths, elidedWidths, elidedPillWidths;
    std::vector<qreal> gaps; // before column 1, 2, ...
    qreal targetW = 0, targetGap = 0;
    qreal whereW = 0, badgeW = 0, nowShortW = 0, nowLongW = 0;
};

// The rows the smallest picture shows per column: every unit of a narrow layer, else the first,
// the largest and the last with "…" rows between.
constexpr int MinRows = 5;

QSizeF minimumSize(const Measures &m)
{
    const int columns = static_cast<int>(m.scene.columns.size());
    int rows = 1;
    std::vector<bool> elided;
    for (int c = 0; c < columns; ++c) {
        rows = std::max(rows, std::min(m.count(c), MinRows));
        elided.push_back(m.count(c) > MinRows);
    }
    const qreal width = std::max(m.bodyWidth(elided), 2 * m.margin + std::max(m.whereW, m.badgeW + m.pad + m.nowShortW));
    return {width, m.heightFor(rows, false)};
}

// Whether everything the picture can show at this text size fits `canvas`.
bool showsAll(const Measures &m, QSizeF canvas)
{
    std::vector<bool> elided;
    int rows = 1;
    for (int c = 0; c < static_cast<int>(m.scene.columns.size()); ++c) {
        rows = std::max(rows, m.rowsWanted(c));
        elided.push_back(m.count(c) > GeneralNetworkPicture::MaxRows);
    }
    const bool oneLine = m.oneHeaderLine(canvas.width());
    return m.bodyWidth(elided) <= canvas.width() && (oneLine || std::max(m.whereW, m.badgeW + m.pad + m.nowShortW) + 2 * m.margin <= canvas.width())
        && m.rowsIn(canvas.height(), oneLine) >= rows;
}

void addText(Layout &out, Text::Role role, const QRectF &rect, const QString &text, int column = -1, int unit = -1)
{
    Text t;
    t.role = role;
    t.rect = rect;
    t.text = text;
    t.column = column;
    t.unit = unit;
    out.texts.push_back(std::move(t));
}

// ---- Painting

QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t), float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// The colours of the lessons-1-3 diagram (NetworkDiagramPicture), from the palette, with opaque
// stand-ins for its translucent highlights.
struct Style
{
    explicit Style(const QPalette &palette)
        : ink(palette.color(QPalette::Text)), background(palette.color(QPalette::Base)), faint(mixed(background, ink, 0.55)),
          boxFill(mixed(background, ink, 0.02)), boxHeader(mixed(background, ink, 0.8)), hlFill(blendedOver(hl, 60, boxFill)),
          hlGlow(blendedOver(hl, 45, background)), hlBand(blendedOver(hl, 110, background)),
          notFiniteFill(blendedOver(ValueColors::notFinite(), 40, background))
    {
    }
    QColor ink;
    QColor hl = ValueColors::highlight();
    QColor background;
    QColor faint;
    QColor boxFill;
    QColor boxHeader;
    QColor hlFill;
    QColor hlGlow;
    QColor hlBand;
    QColor notFiniteFill;
    QColor outline = QColor(0x7a, 0x86, 0x94);
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
    p.save();
    p.setPen(QPen(Qt::white, size * 0.18, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    p.setBrush(color);
    p.drawPolygon(head.data(), static_cast<int>(head.size()));
    p.restore();
}

} // namespace

std::vector<const Text *> GeneralNetworkPicture::Layout::textsOf(Text::Role role, int column) const
{
    std::vector<const Text *> found;
    for (const Text &t : texts)
        if (t.role == role && (column < 0 || t.column == column))
            found.push_back(&t);
    return found;
}

QString GeneralNetworkPicture::layerTitle(int layer, int layerCount)
{
    if (layer == 0)
        return tr("input");
    if (layer == layerCount)
        return tr("output");
    return tr("hidden %1").arg(layer);
}

QString GeneralNetworkPicture::passText(Phase phase)
{
    switch (phase) {
    case Phase::Forward: return tr("forward pass ▶");
    case Phase::Backward: return tr("◀ backward pass");
    case Phase::Update: return tr("weight update");
    }
    return {};
}

std::vector<int> GeneralNetworkPicture::shownUnits(std::span<const double> values, int count, int rows)
{
    std::vector<int> all;
    if (count <= rows) {
        for (int i = 0; i < count; ++i)
            all.push_back(i);
        return all;
    }
    rows = std::max(rows, MinRows);
    // The unit the reader looks for first: a non-finite value, else the largest in size.
    int largest = -1;
    if (static_cast<int>(values.size()) == count) {
        double best = -1;
        for (int i = 0; i < count; ++i) {
            const double v = values[static_cast<std::size_t>(i)];
            const double size = std::isfinite(v) ? std::abs(v) : std::numeric_limits<double>::infinity();
            if (size > best) {
                best = size;
                largest = i;
            }
        }
    }
    // The first `first` units, the largest and the last, with an ellipsis for each run left out.
    auto build = [&](int first) {
        std::vector<int> units;
        for (int i = 0; i < first; ++i)
            units.push_back(i);
        if (largest >= first && largest < count - 1)
            units.push_back(largest);
        units.push_back(count - 1);
        std::vector<int> shown;
        int next = 0;
        for (int u : units) {
            if (u > next)
                shown.push_back(-1);
            shown.push_back(u);
            next = u + 1;
        }
        return shown;
    };
    std::vector<int> best = build(1);
    for (int first = 2; first < count; ++first) {
        std::vector<int> shown = build(first);
        if (static_cast<int>(shown.size()) > rows)
            break;
        best = std::move(shown);
    }
    return best;
}

std::pair<QString, QString> GeneralNetworkPicture::widestData(const NetworkTrace &trace)
{
    auto longest = [](const std::vector<double> &numbers) {
        QString widest;
        for (double v : numbers) {
            QString text = NumberFormat::value(v);
            if (text.size() > widest.size())
                widest = std::move(text);
        }
        return widest;
    };
    return {longest(trace.run().data.x), longest(trace.run().data.d)};
}

GeneralNetworkPicture::Scene GeneralNetworkPicture::scene(const NetworkTrace &trace, const NetworkStep &step, int operation)
{
    Scene s;
    const Architecture &a = trace.architecture();
    const std::vector<LayerQuantity> &ops = step.operations();
    if (ops.empty())
        return s;
    operation = std::clamp(operation, 0, static_cast<int>(ops.size()) - 1);
    s.hasRun = true;
    s.step = step.index;
    s.epoch = step.epoch;
    s.sample = step.sample;
    s.current = ops[static_cast<std::size_t>(operation)];
    s.currentName = nameOf(s.current);
    const Kind kind = s.current.kind;
    s.phase = kind == Kind::V || kind == Kind::Y ? Phase::Forward : kind == Kind::E || kind == Kind::Delta ? Phase::Backward : Phase::Update;
    const auto done = [&](LayerQuantity q) {
        const auto at = std::find(ops.begin(), ops.end(), q);
        return at != ops.end() && at - ops.begin() <= operation;
    };
    const int L = a.layerCount();
    const int k = s.current.layer;

    Column inputs;
    inputs.title = layerTitle(0, L);
    inputs.quantity = QStringLiteral("x");
    inputs.values.assign(step.input.begin(), step.input.end());
    s.columns.push_back(std::move(inputs));
    for (int c = 1; c <= L; ++c) {
        // The quantity most relevant to the operation: going forward the layers' outputs (the
        // current layer's v or y, "?" beyond it); going back the deltas behind the current layer
        // and the outputs before it; at the update, the current layer's delta and the outputs of
        // the layer before it, which its weight change multiplies.
        Kind shown = Kind::Y;
        if (s.phase == Phase::Forward)
            shown = c == k ? kind : Kind::Y;
        else if (s.phase == Phase::Backward)
            shown = c == k ? kind : c > k ? Kind::Delta : Kind::Y;
        else
            shown = c == k - 1 ? Kind::Y : Kind::Delta;
        const LayerQuantity q{shown, c};
        Column column;
        column.title = layerTitle(c, L);
        column.activation = QString::fromLatin1(activationName(a.activation(c)).data());
        column.quantity = nameOf(q);
        column.known = done(q);
        column.current = q == s.current;
        if (column.known) {
            const std::span<const double> v = step.values(q);
            column.values.assign(v.begin(), v.end());
        } else {
            column.values.assign(static_cast<std::size_t>(a.units(c)), 0.0);
        }
        s.columns.push_back(std::move(column));
    }
    s.target.assign(step.target.begin(), step.target.end());

    for (int l = 1; l <= L; ++l) {
        const LayerQuantity w{Kind::W, l};
        const bool updated = done(w);
        if (updated) {
            const std::span<const double> v = step.values(w);
            s.weights.emplace_back(v.begin(), v.end());
        } else {
            const auto from = step.weightsBefore.begin() + trace.engine().weightOffset(l);
            s.weights.emplace_back(from, from + a.weightCount(l));
        }
        s.updated.push_back(updated);
    }

    if (kind == Kind::V)
        s.litLayer = k;
    else if (kind == Kind::E && k < L)
        s.litLayer = k + 1;
    else if (s.current.isMatrix())
        s.litLayer = k;
    s.targetLit = kind == Kind::E && k == L;
    if (s.current.isMatrix()) {
        const std::span<const double> v = step.values(s.current);
        s.matrix.assign(v.begin(), v.end());
    }
    return s;
}

GeneralNetworkPicture::Layout GeneralNetworkPicture::layout(const Scene &scene, QSizeF canvas, const QFont &font, const QPaintDevice *device)
{
    Layout out;
    out.canvas = canvas;
    out.hasRun = scene.hasRun;
    out.lineHeight = QFontMetricsF(font, device).height();
    if (!scene.hasRun) {
        out.minimum = QSizeF(out.lineHeight * 20, out.lineHeight * 6);
        return out;
    }

    // The full form where its smallest picture fits the width, else the compact one (three digits,
    // no unit numbers, no weight names); then the widget's font, or larger (up to 1.4 times)
    // where the area holds every unit the picture can show at the larger size as well.
    const Measures full(scene, font, device, 1.0, false);
    const Measures compact(scene, font, device, 1.0, true);
    const bool compactForm = minimumSize(full).width() > canvas.width() + 0.01;
    const Measures &atFont = compactForm ? compact : full;
    out.minimum = minimumSize(compact);
    qreal scale = 1.0;
    if (showsAll(atFont, canvas))
        for (qreal f = 1.4; f > 1.01; f -= 0.1)
            if (showsAll(Measures(scene, font, device, f, compactForm), canvas)) {
                scale = f;
                break;
            }
    const Measures m(scene, font, device, scale, compactForm);
    out.compact = compactForm;
    out.digits = m.digits;
    const qreal lh = m.lh;
    out.textScale = scale;
    out.lineHeight = lh;
    out.pad = m.pad;
    out.unit = lh / 9.0;
    out.unitHeight = m.unitH;

    const int columns = static_cast<int>(scene.columns.size());
    const int L = columns - 1;
    const bool oneLine = m.oneHeaderLine(canvas.width());
    const int rows = std::max(m.rowsIn(canvas.height(), oneLine), MinRows);

    // Which units each column shows; the target column follows the outputs.
    std::vector<bool> elided;
    for (int c = 0; c < columns; ++c) {
        const Column &column = scene.columns[static_cast<std::size_t>(c)];
        const int n = m.count(c);
        const std::vector<double> none;
        out.shown.push_back(shownUnits(column.known ? std::span<const double>(column.values) : std::span<const double>(none), n,
                                       std::min(rows, MaxRows)));
        const std::vector<int> &shown = out.shown.back();
        elided.push_back(std::find(shown.begin(), shown.end(), -1) != shown.end());
    }
    out.shown.push_back(out.shown.back());

    // Columns left to right: extra width widens the gaps (up to a point), the rest centres.
    std::vector<qreal> gaps = m.gaps;
    qreal extra = std::max(0.0, canvas.width() - m.bodyWidth(elided));
    const qreal share = gaps.empty() ? 0.0 : extra / static_cast<qreal>(gaps.size());
    for (qreal &g : gaps) {
        const qreal add = std::min(share, lh * 8);
        g += add;
        extra -= add;
    }
    qreal x = m.margin + extra / 2;
    std::vector<QRectF> columnRects; // x extent of each column (the target's last)
    std::vector<qreal> pillWidths;
    const qreal bodyTop = m.bodyTop(oneLine);
    const qreal bodyBottom = std::max(canvas.height() - m.margin, bodyTop + m.unitH);
    for (int c = 0; c < columns; ++c) {
        const std::size_t i = static_cast<std::size_t>(c);
        const qreal w = elided[i] ? m.elidedWidths[i] : m.widths[i];
        columnRects.emplace_back(x, bodyTop, w, bodyBottom - bodyTop);
        pillWidths.push_back(elided[i] ? m.elidedPillWidths[i] : m.pillWidths[i]);
        x += w;
        if (c < L)
            x += gaps[i];
    }
    x += m.targetGap;
    columnRects.emplace_back(x, bodyTop, m.targetW, bodyBottom - bodyTop);
    pillWidths.push_back(std::max(m.unitH, m.targetValueW + 2 * m.pad));

    // The header: where we are, which way the numbers flow, and what this operation computes.
    const qreal top = m.margin;
    const qreal lineY = oneLine ? top : top + lh * 1.25;
    addText(out, Text::Where, QRectF(m.margin, top + (oneLine ? lh * 0.15 : 0.0), m.whereW, lh), whereText(scene));
    const qreal badgeX = oneLine ? m.margin + m.whereW + 2 * lh : m.margin;
    const qreal badgeW = m.advance(m.fonts.bold, passText(scene.phase)) + 2 * m.pad;
    out.badge = QRectF(badgeX, lineY, badgeW, lh * 1.3);
    addText(out, Text::Badge, out.badge, passText(scene.phase));
    const qreal nowX = out.badge.right() + m.pad;
    const bool described = nowX + m.nowLongW <= canvas.width() - m.margin;
    const QString now = nowText(scene, described);
    addText(out, Text::Now, QRectF(nowX, lineY, m.advance(m.fonts.base, now) + 2, lh * 1.3), now);

    // Column headers: the layer, its activation, the quantity its units show.
    const qreal headTop = m.headerH(oneLine);
    for (int c = 0; c <= columns; ++c) {
        const QRectF &r = columnRects[static_cast<std::size_t>(c)];
        const bool target = c == columns;
        const Column *column = target ? nullptr : &scene.columns[static_cast<std::size_t>(c)];
        addText(out, Text::Title, QRectF(r.left(), headTop, r.width(), lh), target ? tr("target") : column->title, c);
        if (!target && !column->activation.isEmpty())
            addText(out, Text::Activation, QRectF(r.left(), headTop + lh, r.width(), lh), column->activation, c);
        const QString quantity = target ? QStringLiteral("d") : column->quantity;
        const qreal qw = m.advance(m.fonts.bold, quantity) + 2 * m.pad;
        addText(out, Text::Quantity, QRectF(r.center().x() - qw / 2, headTop + 2 * lh, qw, lh), quantity, c);
        if (!target && column->current)
            out.texts.back().lit = true;
        if (!target && !column->known)
            out.texts.back().pending = true;
    }
    // Between the columns, the weights' names on the quantities' line: the current operation's
    // name where it works on those weights.
    for (int l = 1; l <= L && !m.compact; ++l) {
        const QRectF &left = columnRects[static_cast<std::size_t>(l - 1)];
        const QRectF &right = columnRects[static_cast<std::size_t>(l)];
        const bool lit = scene.current.isMatrix() && scene.current.layer == l;
        const QString name = lit ? scene.currentName : nameOf({Kind::W, l});
        const qreal w = m.advance(m.fonts.bold, name) + 2 * m.pad;
        addText(out, Text::WeightName, QRectF((left.right() + right.left()) / 2 - w / 2, headTop + 2 * lh, w, lh), name, l);
        out.texts.back().lit = lit;
    }

    // The units, spread over the body's height about its middle.
    const qreal bodyMid = (bodyTop + bodyBottom) / 2;
    std::vector<std::vector<QRectF>> pills(static_cast<std::size_t>(columns + 1));
    for (int c = 0; c <= columns; ++c) {
        const std::size_t ci = static_cast<std::size_t>(c);
        const std::vector<int> &shown = out.shown[ci];
        const int k = static_cast<int>(shown.size());
        const qreal gap = k > 1 ? std::clamp((bodyBottom - bodyTop - k * m.unitH) / (k - 1), m.minGap, lh * 1.5) : 0.0;
        const qreal total = k * m.unitH + (k - 1) * gap;
        const QRectF &r = columnRects[ci];
        const bool target = c == columns;
        const Column *column = target ? nullptr : &scene.columns[ci];
        const std::vector<double> &values = target ? scene.target : column->values;
        const bool indexed = !target && elided[ci] && !m.compact;
        const qreal numberW = target ? m.targetValueW : m.valueWidths[ci];
        const int n = m.count(c);
        int next = 0; // the first unit not yet shown, for the ellipses' counts
        for (int row = 0; row < k; ++row) {
            const qreal y = bodyMid - total / 2 + row * (m.unitH + gap);
            const int unit = shown[static_cast<std::size_t>(row)];
            if (unit < 0) {
                const int following = row + 1 < k ? shown[static_cast<std::size_t>(row + 1)] : n;
                const int hidden = following - next;
                const QRectF rect(r.left(), y, r.width(), m.unitH);
                out.units.push_back({c, -1, hidden, rect});
                addText(out, Text::Ellipsis, rect, ellipsisText(hidden), c);
                pills[ci].push_back(QRectF());
                continue;
            }
            next = unit + 1;
            const qreal pw = pillWidths[ci];
            const QRectF pill(r.center().x() - pw / 2, y, pw, m.unitH);
            out.units.push_back({c, unit, 0, pill});
            pills[ci].push_back(pill);
            const QRectF inner = pill.adjusted(m.pad, 0, -m.pad, 0);
            const bool known = target || column->known;
            const double v = values[static_cast<std::size_t>(unit)];
            if (indexed) {
                addText(out, Text::Index, QRectF(inner.left(), y, m.advance(m.fonts.base, indexText(unit)) + 1, m.unitH), indexText(unit), c, unit);
                addText(out, Text::Value, QRectF(inner.right() - numberW, y, numberW, m.unitH),
                        known ? NumberFormat::value(v, target || c == 0 ? 4 : m.digits) : QStringLiteral("?"), c, unit);
            } else {
                addText(out, Text::Value, QRectF(inner.center().x() - numberW / 2, y, numberW, m.unitH),
                        known ? NumberFormat::value(v, target || c == 0 ? 4 : m.digits) : QStringLiteral("?"), c, unit);
            }
            Text &value = out.texts.back();
            value.alignRight = indexed;
            value.pending = !known;
            value.notFinite = known && !std::isfinite(v);
            value.lit = !target && column->current;
        }
    }

    // An edge for each weight between shown units; weight (to, from) of layer l is at
    // to * units(l - 1) + from, row-major as numpy holds it.
    for (int l = 1; l <= L; ++l) {
        const std::size_t li = static_cast<std::size_t>(l);
        const int inputs = m.count(l - 1);
        for (std::size_t i = 0; i < out.shown[li].size(); ++i) {
            const int to = out.shown[li][i];
            if (to < 0)
                continue;
            for (std::size_t j = 0; j < out.shown[li - 1].size(); ++j) {
                const int from = out.shown[li - 1][j];
                if (from < 0)
                    continue;
                const QRectF &a = pills[li - 1][j];
                const QRectF &b = pills[li][i];
                out.edges.push_back({QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()), l, to, from,
                                     scene.weights[li - 1][static_cast<std::size_t>(to * inputs + from)]});
            }
        }
    }
    // Pens thin out where many edges meet, so that a wide layer's edges stay apart.
    for (int layer = 1; layer <= L; ++layer) {
        const auto shownCount = [&](int c) {
            const auto &units = out.shown[static_cast<std::size_t>(c)];
            return static_cast<int>(std::count_if(units.begin(), units.end(), [](int u) { return u >= 0; }));
        };
        const int busiest = std::max(shownCount(layer - 1), shownCount(layer));
        out.edgeUnits.push_back(out.unit * std::clamp(4.0 / std::max(busiest, 1), 0.35, 1.0));
    }
    // Each output to its target.
    const std::size_t outputs = static_cast<std::size_t>(L);
    for (std::size_t row = 0; row < pills[outputs].size(); ++row)
        if (!pills[outputs][row].isNull())
            out.targetLinks.emplace_back(QPointF(pills[outputs][row].right(), pills[outputs][row].center().y()),
                                         QPointF(pills[outputs + 1][row].left(), pills[outputs + 1][row].center().y()));
    return out;
}

void GeneralNetworkPicture::paint(QPainter &p, const Scene &scene, const Layout &l, const QFont &font, const QPalette &palette)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Style st(palette);
    const Fonts fonts(font, l.textScale);
    p.fillRect(QRectF(QPointF(0, 0), l.canvas), st.background);
    if (!l.hasRun) {
        p.setFont(fonts.base);
        p.setPen(st.faint);
        p.drawText(QRectF(QPointF(0, 0), l.canvas), Qt::AlignCenter | Qt::TextWordWrap, tr("No run recorded yet."));
        p.restore();
        return;
    }
    const qreal lh = l.lineHeight;
    const int columns = static_cast<int>(scene.columns.size());

    // The glow around the current layer's units, under the edges.
    p.setPen(Qt::NoPen);
    p.setBrush(st.hlGlow);
    for (const GeneralNetworkPicture::Unit &u : l.units) {
        const bool lit = u.column < columns ? scene.columns[static_cast<std::size_t>(u.column)].current : false;
        if (lit && u.index >= 0)
            p.drawRoundedRect(u.rect.adjusted(-lh * 0.3, -lh * 0.3, lh * 0.3, lh * 0.3), u.rect.height() / 2 + lh * 0.3,
                              u.rect.height() / 2 + lh * 0.3);
    }

    // The lit weights: a band under them, and arrows the way the numbers flow.
    QPainterPath halos;
    halos.setFillRule(Qt::WindingFill);
    for (const Edge &e : l.edges) {
        if (e.layer != scene.litLayer)
            continue;
        const QPointF along = e.to - e.from;
        const qreal length = std::hypot(along.x(), along.y());
        if (length <= 0)
            continue;
        const qreal half = (ValueColors::weightWidth(e.weight, l.edgeUnits[static_cast<std::size_t>(e.layer - 1)]) + lh * 0.55) / 2;
        const QPointF across = QPointF(-along.y(), along.x()) / length * half;
        halos.addPolygon(QPolygonF({e.from + across, e.to + across, e.to - across, e.from - across}));
        halos.closeSubpath();
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillPath(halos, st.hlBand);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Edge &e : l.edges) {
        p.setPen(ValueColors::weightPen(e.weight, l.edgeUnits[static_cast<std::size_t>(e.layer - 1)]));
        p.drawLine(e.from, e.to);
    }
    const bool backward = scene.phase != Phase::Forward;
    // Arrows on a dozen of the lit edges at most: enough to show the way, few enough to read.
    const long long litEdges = std::count_if(l.edges.begin(), l.edges.end(), [&](const Edge &e) { return e.layer == scene.litLayer; });
    const long long stride = std::max(1LL, (litEdges + 11) / 12);
    long long seen = 0;
    for (const Edge &e : l.edges) {
        if (e.layer != scene.litLayer || seen++ % stride != 0)
            continue;
        const QPointF dir = e.to - e.from;
        const QPointF mid = e.from + dir * (backward ? 0.42 : 0.58);
        drawArrowHead(p, mid, backward ? mid + dir * 0.1 : mid - dir * 0.1, lh * 0.8, st.arrow);
    }
    for (const QLineF &link : l.targetLinks) {
        p.setPen(QPen(scene.targetLit ? st.hl.darker(120) : QColor(0xa0, 0xa0, 0xa0), 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(link);
        if (scene.targetLit)
            drawArrowHead(p, link.p1(), link.p2(), lh * 0.7, st.arrow);
    }

    // The units: pills with their values (inputs tinted as in the lessons-1-3 diagram).
    for (const GeneralNetworkPicture::Unit &u : l.units) {
        if (u.index < 0)
            continue;
        const bool target = u.column == columns;
        const GeneralNetworkPicture::Column *column = target ? nullptr : &scene.columns[static_cast<std::size_t>(u.column)];
        const bool lit = column && column->current;
        const double v = target ? scene.target[static_cast<std::size_t>(u.index)] : column->values[static_cast<std::size_t>(u.index)];
        const bool bad = (target || column->known) && !std::isfinite(v);
        // The inputs tinted blue as in the lessons-1-3 diagram, mixed from the palette so that a
        // dark theme keeps its text readable.
        QColor fill = u.column == 0 ? mixed(st.background, ValueColors::positive(), 0.1) : target ? mixed(st.background, st.ink, 0.06) : st.boxFill;
        if (lit)
            fill = st.hlFill;
        if (bad)
            fill = st.notFiniteFill;
        const QColor pen = bad ? ValueColors::notFinite() : lit ? st.hl : st.outline;
        drawOutlinedRoundedRect(p, u.rect, u.rect.height() / 2, pen, lit || bad ? 2.5 : 1.3, fill);
    }

    for (const Text &t : l.texts) {
        int flags = Qt::AlignCenter;
        QColor colour = st.ink;
        QFont f = fonts.base;
        switch (t.role) {
        case Text::Where:
            f = fonts.bold;
            flags = Qt::AlignLeft | Qt::AlignVCenter;
            break;
        case Text::Badge:
            f = fonts.bold;
            p.setPen(Qt::NoPen);
            p.setBrush(scene.phase == Phase::Forward ? QColor(0xdc, 0xea, 0xf7) : QColor(0xfd, 0xe7, 0xc8));
            p.drawRoundedRect(t.rect, lh * 0.3, lh * 0.3);
            colour = scene.phase == Phase::Forward ? QColor(0x1a, 0x4f, 0x8a) : QColor(0x8a, 0x4b, 0x00);
            break;
        case Text::Now:
            flags = Qt::AlignLeft | Qt::AlignVCenter;
            break;
        case Text::Title:
            f = fonts.bold;
            colour = st.boxHeader;
            break;
        case Text::Activation:
            colour = st.faint.darker(130);
            break;
        case Text::Quantity:
        case Text::WeightName:
            f = fonts.bold;
            colour = t.role == Text::WeightName ? st.faint.darker(120) : st.boxHeader;
            if (t.lit) {
                p.setPen(QPen(st.hl, 2.0));
                p.setBrush(st.hlFill);
                p.drawRoundedRect(t.rect, lh * 0.3, lh * 0.3);
                colour = st.ink;
            } else if (t.pending) {
                colour = st.faint;
            }
            break;
        case Text::Value:
            f = t.lit || t.notFinite ? fonts.bold : fonts.base;
            colour = t.pending ? st.faint : t.notFinite ? mixed(ValueColors::notFinite(), st.ink, 0.35) : st.ink;
            flags = t.alignRight ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter;
            break;
        case Text::Index:
            colour = st.faint.darker(120);
            flags = Qt::AlignLeft | Qt::AlignVCenter;
            break;
        case Text::Ellipsis:
            colour = st.faint.darker(120);
            break;
        }
        p.setFont(f);
        p.setPen(colour);
        ShapedTextCache::drawLine(p, t.rect, flags, t.text);
    }
    p.restore();
}

} // namespace deltatrace
