#include "networkdiagrampainter.h"

#include "picturepainting.h"
#include "numberformat.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace deltatrace {

namespace {


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


} // namespace

QString NetworkDiagramPainter::nameOf(Quantity q)
{
    const std::string_view n = quantityName(q);
    return QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
}

QString NetworkDiagramPainter::weightName(Quantity layer, int index)
{
    if (layer == Quantity::W1)
        return QStringLiteral("W1[%1,%2]").arg(index / 3).arg(index % 3);
    return QStringLiteral("%1[0,%2]").arg(nameOf(layer)).arg(index);
}

void NetworkDiagramPainter::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_position = TracePosition{-1, 0};
    setPosition(TracePosition{});
}

void NetworkDiagramPainter::setCanvas(QSize size, qreal devicePixelRatio, qreal dpiX, qreal dpiY, const QFont &font,
                                      const QPalette &palette)
{
    m_size = size;
    m_devicePixelRatio = devicePixelRatio;
    m_dpiX = dpiX;
    m_dpiY = dpiY;
    m_font = font;
    m_palette = palette;
}

bool NetworkDiagramPainter::setPosition(TracePosition position)
{
    if (!m_trace || m_trace->stepCount() <= 0) {
        m_position = position;
        m_backward = false;
        return true;
    }
    position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
    const int ops = static_cast<int>(operationsOf(m_trace->rule()).size());
    position.operation = std::clamp(position.operation, 0, ops - 1);
    if (position.step != m_position.step || m_record.index != position.step)
        m_record = m_trace->step(position.step); // O(1), or a few steps from a checkpoint
    if (position == m_position && m_record.index == position.step)
        return false;
    m_position = position;
    m_backward = highlight().backward;
    return true;
}

bool NetworkDiagramPainter::computed(Quantity q) const
{
    if (!m_trace)
        return false;
    const int index = operationIndex(m_trace->rule(), q);
    return index >= 0 && index <= m_position.operation;
}

double NetworkDiagramPainter::weightOf(Quantity layer, int index) const
{
    // The weights before the update until this step's update of that layer is done.
    const Weights &w = computed(layer) ? m_record.after : m_record.before;
    switch (layer) {
    case Quantity::W1: return w.W1.data()[index];
    case Quantity::W2: return w.W2(index);
    default: return w.W(index);
    }
}

std::optional<double> NetworkDiagramPainter::changeOf(Quantity layer, int index) const
{
    const Quantity change = layer == Quantity::W1 ? Quantity::DW1 : layer == Quantity::W2 ? Quantity::DW2 : Quantity::DW;
    if (!computed(change))
        return std::nullopt;
    return m_record.values(change)[static_cast<std::size_t>(index)];
}

QString NetworkDiagramPainter::valueText(Quantity q, int index) const
{
    if (!computed(q))
        return QStringLiteral("?");
    return NumberFormat::value(m_record.values(q)[static_cast<std::size_t>(index)]);
}

NetworkDiagramPainter::Highlight NetworkDiagramPainter::highlight() const
{
    Highlight h;
    if (!m_trace)
        return h;
    const auto ops = operationsOf(m_trace->rule());
    const Quantity q = ops[static_cast<std::size_t>(m_position.operation)];
    const bool two = isTwoLayer(m_trace->rule());
    switch (q) {
    case Quantity::V1: h = {QStringLiteral("hidden"), q, Quantity::W1, std::nullopt, false}; break;
    case Quantity::Y1: h = {QStringLiteral("hidden"), q, std::nullopt, std::nullopt, false}; break;
    case Quantity::V: h = {QStringLiteral("output"), q, two ? Quantity::W2 : Quantity::W, std::nullopt, false}; break;
    case Quantity::Y: h = {QStringLiteral("output"), q, std::nullopt, std::nullopt, false}; break;
    case Quantity::E: h = {QStringLiteral("target"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::Delta: h = {QStringLiteral("output"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::E1: h = {QStringLiteral("hidden"), q, Quantity::W2, std::nullopt, true}; break;
    case Quantity::Delta1: h = {QStringLiteral("hidden"), q, std::nullopt, std::nullopt, true}; break;
    case Quantity::DW1: h = {QString(), std::nullopt, Quantity::W1, q, true}; break;
    case Quantity::W1: h = {QString(), std::nullopt, Quantity::W1, Quantity::W1, true}; break;
    case Quantity::DW2: h = {QString(), std::nullopt, Quantity::W2, q, true}; break;
    case Quantity::W2: h = {QString(), std::nullopt, Quantity::W2, Quantity::W2, true}; break;
    case Quantity::DW: h = {QString(), std::nullopt, Quantity::W, q, true}; break;
    case Quantity::W: h = {QString(), std::nullopt, Quantity::W, Quantity::W, true}; break;
    }
    return h;
}



QString NetworkDiagramPainter::formulaFor(Quantity q) const
{
    const bool two = m_trace && isTwoLayer(m_trace->rule());
    const QString alpha = m_trace ? NumberFormat::value(m_trace->spec().alpha) : QString();
    switch (q) {
    case Quantity::V1: return QStringLiteral("v1 = W1 · x");
    case Quantity::Y1: return QStringLiteral("y1 = σ(v1)");
    case Quantity::V: return two ? QStringLiteral("v = W2 · y1") : QStringLiteral("v = W · x");
    case Quantity::Y: return QStringLiteral("y = σ(v)");
    case Quantity::E: return QStringLiteral("e = d − y");
    case Quantity::Delta:
        return m_trace && m_trace->rule() == Rule::BackpropCrossEntropy ? QStringLiteral("delta = e")
                                                                        : QStringLiteral("delta = y · (1 − y) · e");
    case Quantity::E1: return QStringLiteral("e1 = W2ᵀ · delta");
    case Quantity::Delta1: return QStringLiteral("delta1 = y1 · (1 − y1) · e1");
    case Quantity::DW1: return QStringLiteral("dW1 = alpha · delta1 · xᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W1: return QStringLiteral("W1 = W1 + dW1");
    case Quantity::DW2: return QStringLiteral("dW2 = alpha · delta · y1ᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W2: return QStringLiteral("W2 = W2 + dW2");
    case Quantity::DW: return QStringLiteral("dW = alpha · delta · xᵀ   (alpha = %1)").arg(alpha);
    case Quantity::W: return QStringLiteral("W = W + dW");
    }
    return QString();
}

NetworkDiagramPainter::Picture NetworkDiagramPainter::render() const
{
    Picture picture;
    picture.image = makeCanvas(m_size, m_devicePixelRatio, m_dpiX, m_dpiY, m_palette.color(QPalette::Base));
    QPainter p(&picture.image);
    paint(p, picture);
    return picture;
}

void NetworkDiagramPainter::paint(QPainter &p, Picture &out) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    std::vector<Edge> &m_edges = out.edges; // as painted, for the widget's tooltips
    m_edges.clear();

    const QFont base = font();
    const QFont bold = scaledFont(base, 1.0, true);
    const QFont title = scaledFont(base, 1.15, true);
    const QFont small = scaledFont(base, 0.85);
    const QFontMetricsF fm(base, p.device());
    const QFontMetricsF fmSmall(small, p.device());
    // Widths from the thread's shaped-text cache: the same labels are measured at every render,
    // and QFontMetricsF would shape each again (and drawLine once more to draw it).
    auto advance = [&p](const QFont &font, const QString &text) { return ShapedTextCache::lineSize(font, p.device(), text).width(); };
    const qreal lh = fm.height();
    const QColor ink = palette().color(QPalette::Text);
    const QColor faint = ValueColors::pending();
    const QColor hl = ValueColors::highlight();
    // Opaque stand-ins for translucent highlights (see blendedOver): each is the translucent
    // colour as it looks over what it is painted on.
    const QColor background = m_palette.color(QPalette::Base);
    const QColor boxFill(0xfb, 0xfc, 0xfe);
    const QColor hlFill = blendedOver(hl, 60, boxFill); // a lit value row
    const QColor hlGlow = blendedOver(hl, 45, background);    // around a lit node
    const QColor hlBand = blendedOver(hl, 110, background);   // under lit edges

    if (!m_trace || m_trace->stepCount() <= 0) {
        p.setFont(base);
        p.setPen(faint);
        ShapedTextCache::drawLine(p, QRectF(QPointF(0, 0), QSizeF(m_size)), Qt::AlignCenter | Qt::TextWordWrap, tr("No run recorded yet."));
        return;
    }

    const Rule rule = m_trace->rule();
    const bool two = isTwoLayer(rule);
    const bool learns = updatesWeights(rule);
    const Highlight h = highlight();
    const Quantity current = operationsOf(rule)[static_cast<std::size_t>(m_position.operation)];

    // ---- Layout in "natural" units from the font; scaled down uniformly when it does not fit.
    // When the full layout would shrink the text noticeably (presenter mode's large type in a
    // pane of the window), a compact layout keeps it readable instead: one header line, the
    // target under the output, shorter weight labels, the legend as a tooltip, and fewer value
    // rows per hidden unit (the latest computed ones, so the current value always shows).
    const qreal unit = lh / 9.0;
    // Legend items, measured first: they decide whether the legend needs a second row.
    struct LegendItem
    {
        enum Kind { Line, Text, Pending, Swatch } kind;
        QPen pen;
        QString text;
    };
    const std::vector<LegendItem> legend = {
        {LegendItem::Line, ValueColors::weightPen(0.8, unit), tr("positive weight")},
        {LegendItem::Line, ValueColors::weightPen(-0.8, unit), tr("negative weight (dashed)")},
        {LegendItem::Text, QPen(), tr("thicker = larger |weight|")},
        {LegendItem::Pending, QPen(), tr("? = not computed yet")},
        {LegendItem::Swatch, QPen(), tr("computed by this operation")},
    };
    const qreal pad = lh * 0.45;
    const qreal rowH = lh * 1.2;
    const qreal headH = lh * 1.25;
    const qreal legendSeg = lh * 2.2;
    auto legendItemWidth = [&](const LegendItem &item) {
        const qreal mark = item.kind == LegendItem::Line ? legendSeg + pad : item.kind == LegendItem::Swatch ? lh * 1.2 + pad : 0;
        return mark + advance(small, item.text) + lh;
    };
    qreal legendW = 0;
    for (const LegendItem &item : legend)
        legendW += legendItemWidth(item);

    struct Layout
    {
        bool compact = false;
        int hiddenRows = 4;
        qreal radius, boxW, edgeLabelW, gapLabelled, gapW1, gapTarget, sideLabelW, margin, headerH, legendH;
        qreal hiddenH, outputH, targetH, targetW;
        std::vector<qreal> gaps;
        qreal naturalW, naturalH, scale;
    };
    const int outputRows = learns ? 3 : 2;
    auto makeLayout = [&](bool compact, int hiddenRows) {
        Layout l;
        l.compact = compact;
        l.hiddenRows = hiddenRows;
        l.radius = lh * (compact ? 1.2 : 1.45);
        l.boxW = advance(bold, compact ? QStringLiteral("delta1 = -0.0001234") : QStringLiteral("delta1 = -0.00012345")) + 2 * pad;
        l.edgeLabelW = advance(small, compact ? QStringLiteral("dW2 = -0.0001234") : QStringLiteral("dW[0,2] = -0.00012345")) + 2 * pad;
        l.gapLabelled = compact ? std::max(lh * 4, l.edgeLabelW + lh * 1.5) : std::max(lh * 6, l.edgeLabelW * 1.5 + lh);
        l.gapW1 = lh * (compact ? 4.5 : 7);
        l.gapTarget = lh * (compact ? 1.2 : 2.5);
        l.sideLabelW = compact ? 0 : advance(small, tr("bias")) + pad;
        l.margin = lh * (compact ? 0.5 : 0.8);
        l.headerH = lh * (compact ? 1.8 : 3.0);
        l.hiddenH = headH + hiddenRows * rowH + pad;
        l.outputH = headH + outputRows * rowH + pad;
        l.targetH = headH + 2 * rowH + pad;
        l.targetW = advance(bold, QStringLiteral("e = -0.00012345")) + 2 * pad;
        const qreal inputColumnH = 3 * 2 * l.radius + 2 * lh;
        const qreal hiddenColumnH = two ? 4 * l.hiddenH + 3 * lh * (compact ? 0.3 : 0.6) : 0;
        const qreal bodyNatural = std::max({inputColumnH, hiddenColumnH, compact && learns ? l.outputH + l.gapTarget + l.targetH : l.outputH + l.targetH});
        l.gaps = two ? std::vector<qreal>{l.gapW1, l.gapLabelled} : std::vector<qreal>{l.gapLabelled};
        l.naturalW = 2 * l.margin + l.sideLabelW + 2 * l.radius + (two ? l.boxW : 0) + l.boxW
            + (learns && !compact ? l.gapTarget + l.targetW : 0);
        if (compact && learns)
            l.naturalW += std::max(0.0, l.targetW - l.boxW);
        for (qreal g : l.gaps)
            l.naturalW += g;
        // The canvas is never narrower than naturalW, so this decides the rows for any size.
        l.legendH = compact ? 0.0 : lh * (legendW > l.naturalW - 2 * l.margin ? 2.7 : 1.5);
        l.naturalH = 2 * l.margin + l.headerH + bodyNatural + l.legendH;
        // Down to fit; and up a little when there is room to spare, so a projected diagram is
        // not a small drawing in a large window (text still follows font()).
        l.scale = std::min({1.35, width() / l.naturalW, height() / l.naturalH});
        return l;
    };
    constexpr qreal Readable = 0.85;
    Layout L = makeLayout(false, 4);
    if (L.scale < Readable) {
        for (int rows = 4; rows >= 1; --rows) {
            L = makeLayout(true, rows);
            if (L.scale >= Readable || !two)
                break;
        }
    }
    out.compact = L.compact;
    const qreal radius = L.radius;
    const qreal boxW = L.boxW;
    const qreal gapTarget = L.gapTarget;
    const qreal sideLabelW = L.sideLabelW;
    const qreal margin = L.margin;
    const qreal headerH = L.headerH;
    const qreal legendH = L.legendH;
    const int hiddenRows = L.hiddenRows;
    const qreal hiddenH = L.hiddenH;
    const qreal outputH = L.outputH;
    const qreal targetH = L.targetH;
    const qreal targetW = L.targetW;
    std::vector<qreal> gaps = L.gaps;
    const qreal naturalW = L.naturalW;
    const qreal scale = L.scale;
    p.scale(scale, scale);
    const qreal canvasW = width() / scale;
    const qreal canvasH = height() / scale;

    // Extra room widens the gaps (up to a point) and the rest centres the picture.
    // The input-to-hidden gap carries 12 edges and gets the larger share.
    qreal extra = std::max(0.0, canvasW - naturalW);
    const std::vector<qreal> share = two ? std::vector<qreal>{0.6, 0.4} : std::vector<qreal>{1.0};
    qreal used = 0;
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        const qreal add = std::min(extra * share[i], lh * 12);
        gaps[i] += add;
        used += add;
    }
    extra -= used;
    const qreal left = margin + extra / 2 + sideLabelW;

    const qreal bodyTop = margin + headerH;
    const qreal bodyBottom = canvasH - margin - legendH;
    const qreal bodyMid = (bodyTop + bodyBottom) / 2;

    // Column positions.
    const qreal inputX = left + radius;
    qreal x = left + 2 * radius + gaps[0];
    const qreal hiddenX = x; // left edge of hidden boxes
    if (two)
        x += boxW + gaps[1];
    const qreal outputX = x;
    const qreal targetX = outputX + boxW + gapTarget;

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
    const auto inputTops = spread(3, 2 * radius, two ? lh * 4 : lh * 5, L.compact ? lh : 0.0);
    const auto hiddenTops = spread(4, hiddenH, L.compact ? lh * 1.5 : lh * 2.5);
    // Compact: the target and error sit under the output instead of beside it.
    const bool targetBelow = L.compact && learns;
    const QRectF outputBox(outputX, targetBelow ? bodyMid - (outputH + gapTarget + targetH) / 2 : bodyMid - outputH / 2, boxW, outputH);
    const QRectF targetBox = targetBelow ? QRectF(outputX, outputBox.bottom() + gapTarget, targetW, targetH)
                                         : QRectF(targetX, outputBox.top() + outputH / 2 - targetH / 2, targetW, targetH);
    std::vector<QPointF> inputCentres;
    for (qreal top : inputTops)
        inputCentres.emplace_back(inputX, top + radius);
    std::vector<QRectF> hiddenBoxes;
    if (two)
        for (qreal top : hiddenTops)
            hiddenBoxes.emplace_back(hiddenX, top, boxW, hiddenH);

    // ---- Header: where we are, which way the numbers flow, and the formula of this operation.
    {
        p.setFont(title);
        p.setPen(ink);
        const QString where = learns ? tr("Epoch %1, sample k = %2:  x = (%3, %4),  d = %5")
                                           .arg(m_record.epoch)
                                           .arg(m_record.sample)
                                           .arg(NumberFormat::value(m_record.x(0)), NumberFormat::value(m_record.x(1)),
                                                NumberFormat::value(m_record.d))
                                     : tr("Sample k = %1:  x = (%2, %3)")
                                           .arg(m_record.sample)
                                           .arg(NumberFormat::value(m_record.x(0)), NumberFormat::value(m_record.x(1)));
        // Compact: the arithmetic above already says where we are; the badge line stays.
        if (!L.compact)
            ShapedTextCache::drawLine(p, QRectF(margin, margin, canvasW - 2 * margin, lh * 1.3), Qt::AlignLeft | Qt::AlignVCenter, where);

        p.setFont(bold);
        const QString pass = h.backward ? tr("◀ backward pass") : tr("forward pass ▶");
        const qreal passW = advance(bold, pass) + 2 * pad;
        const QRectF badge(margin, margin + (L.compact ? 0.0 : lh * 1.45), passW, lh * 1.3);
        p.setPen(Qt::NoPen);
        p.setBrush(h.backward ? QColor(0xfd, 0xe7, 0xc8) : QColor(0xdc, 0xea, 0xf7));
        p.drawRoundedRect(badge, lh * 0.3, lh * 0.3);
        p.setPen(h.backward ? QColor(0x8a, 0x4b, 0x00) : QColor(0x1a, 0x4f, 0x8a));
        ShapedTextCache::drawLine(p, badge, Qt::AlignCenter, pass);
        p.setPen(ink);
        p.setFont(base);
        ShapedTextCache::drawLine(p, QRectF(badge.right() + pad, badge.top(), canvasW - badge.right() - margin, badge.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("now: %1").arg(formulaFor(current)));
    }

    // ---- Edges.
    auto anchorRight = [](const QRectF &r) { return QPointF(r.right(), r.center().y()); };
    auto anchorLeft = [](const QRectF &r) { return QPointF(r.left(), r.center().y()); };
    if (two) {
        for (int i = 0; i < HiddenCount; ++i)
            for (int j = 0; j < InputCount; ++j)
                m_edges.push_back({inputCentres[static_cast<std::size_t>(j)] + QPointF(radius, 0),
                                   anchorLeft(hiddenBoxes[static_cast<std::size_t>(i)]), Quantity::W1, i * 3 + j,
                                   weightOf(Quantity::W1, i * 3 + j)});
        for (int i = 0; i < HiddenCount; ++i)
            m_edges.push_back({anchorRight(hiddenBoxes[static_cast<std::size_t>(i)]), anchorLeft(outputBox), Quantity::W2, i,
                               weightOf(Quantity::W2, i)});
    } else {
        for (int j = 0; j < InputCount; ++j)
            m_edges.push_back({inputCentres[static_cast<std::size_t>(j)] + QPointF(radius, 0), anchorLeft(outputBox),
                               Quantity::W, j, weightOf(Quantity::W, j)});
    }
    // The glow around lit nodes goes under the edges, which an opaque glow would otherwise cut.
    {
        std::vector<QRectF> glowing;
        if (two && h.node == QLatin1String("hidden"))
            glowing.assign(hiddenBoxes.begin(), hiddenBoxes.end());
        if (h.node == QLatin1String("output"))
            glowing.push_back(outputBox);
        if (learns && h.node == QLatin1String("target"))
            glowing.push_back(targetBox);
        p.setPen(Qt::NoPen);
        p.setBrush(hlGlow);
        for (const QRectF &box : glowing)
            p.drawRoundedRect(box.adjusted(-lh * 0.3, -lh * 0.3, lh * 0.3, lh * 0.3), lh * 0.6, lh * 0.6);
    }
    // Highlighted edges get a soft halo drawn underneath all edges: one filled outline for all
    // of them, so overlaps do not merge into odd shapes, and without antialiasing, which a soft
    // band does not need. (Stroked one by one with round caps and antialiased, the halos took
    // 0.6 ms of every repaint, most of it flattening the caps' curves; their ends are under the
    // nodes.)
    {
        QPainterPath halos;
        halos.setFillRule(Qt::WindingFill);
        for (const Edge &e : m_edges) {
            if (h.edges != e.layer)
                continue;
            const QPointF along = e.to - e.from;
            const qreal length = std::hypot(along.x(), along.y());
            if (length <= 0)
                continue;
            const qreal half = (ValueColors::weightWidth(e.weight, unit) + lh * 0.55) / 2;
            const QPointF across = QPointF(-along.y(), along.x()) / length * half;
            halos.addPolygon(QPolygonF({e.from + across, e.to + across, e.to - across, e.from - across}));
            halos.closeSubpath();
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillPath(halos, hlBand);
        p.setRenderHint(QPainter::Antialiasing, true);
    }
    for (const Edge &e : m_edges) {
        p.setPen(ValueColors::weightPen(e.weight, unit));
        p.drawLine(e.from, e.to);
    }
    // Arrows along the highlighted edges: toward the output going forward, back toward the
    // inputs for the error and the weight changes.
    for (const Edge &e : m_edges) {
        if (h.edges != e.layer)
            continue;
        const QPointF dir = e.to - e.from;
        const QPointF mid = e.from + dir * (h.backward ? 0.42 : 0.58);
        const QPointF tail = h.backward ? mid + dir * 0.1 : mid - dir * 0.1;
        drawArrowHead(p, mid, tail, lh * 0.9, QColor(0x50, 0x3c, 0x00));
    }
    // Weight labels where there are few enough edges to label (W, W2): the weight and, once
    // computed in this step, its change.
    {
        p.setFont(small);
        for (const Edge &e : m_edges) {
            if (e.layer == Quantity::W1)
                continue;
            const qreal t = e.layer == Quantity::W2 ? 0.3 : 0.4;
            const QPointF at = e.from + (e.to - e.from) * t;
            // Each line as its words and its number, drawn as pieces (ShapedTextCache::drawPieces).
            struct Line
            {
                QStringList pieces;
                double value;
            };
            std::vector<Line> lines;
            // Compact: the edge itself says which weight it is (and its tooltip names it).
            const QString name = L.compact ? nameOf(e.layer) : weightName(e.layer, e.index);
            lines.push_back({{name + QStringLiteral(" = "), NumberFormat::value(e.weight)}, e.weight});
            const auto change = changeOf(e.layer, e.index);
            if (change)
                lines.push_back({{QStringLiteral("d") + name + QStringLiteral(" = "), NumberFormat::value(*change)}, *change});
            qreal w = 0;
            for (const Line &l : lines)
                w = std::max(w, ShapedTextCache::piecesAdvance(small, p.device(), l.pieces));
            const qreal textH = fmSmall.height() * static_cast<qreal>(lines.size());
            const QRectF box(at.x() - w / 2 - pad * 0.5, at.y() - textH / 2 - pad * 0.3, w + pad, textH + pad * 0.6);
            const bool lit = h.edges == e.layer;
            drawOutlinedRoundedRect(p, box, pad * 0.5, lit ? hl : QColor(0xd0, 0xd0, 0xd0), lit ? 2.0 : 1.0, background);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const Line &l = lines[i];
                p.setPen(NumberFormat::isFinite(l.value) ? ValueColors::signColor(l.value).darker(115) : ValueColors::notFinite());
                const qreal y = box.top() + pad * 0.3 + static_cast<qreal>(i) * fmSmall.height();
                ShapedTextCache::drawPieces(p, QRectF(box.left(), y, box.width(), fmSmall.height()), Qt::AlignCenter, l.pieces);
            }
        }
    }

    // ---- Nodes.
    auto drawValueRow = [&](const QRectF &row, const QString &label, const QString &value, bool known, bool lit, double raw) {
        if (lit) {
            p.setPen(Qt::NoPen);
            p.setBrush(hlFill);
            p.drawRoundedRect(row.adjusted(pad * 0.4, 0, -pad * 0.4, 0), pad * 0.4, pad * 0.4);
        }
        p.setFont(lit ? bold : base);
        p.setPen(known ? ink : faint);
        const QRectF inner = row.adjusted(pad, 0, -pad, 0);
        ShapedTextCache::drawLine(p, inner, Qt::AlignLeft | Qt::AlignVCenter, label + QStringLiteral(" ="));
        if (known && !NumberFormat::isFinite(raw)) {
            p.setPen(QColor(0xc0, 0x00, 0x00));
            p.setFont(bold);
        }
        ShapedTextCache::drawLine(p, inner, Qt::AlignRight | Qt::AlignVCenter, value);
    };
    auto drawBox = [&](const QRectF &box, const QString &header, bool lit) {
        drawOutlinedRoundedRect(p, box, lh * 0.45, lit ? hl : QColor(0x9a, 0xa5, 0xb1), lit ? 2.5 : 1.2, boxFill);
        p.setFont(bold);
        p.setPen(QColor(0x44, 0x4c, 0x56));
        ShapedTextCache::drawLine(p, QRectF(box.left(), box.top() + pad * 0.3, box.width(), headH), Qt::AlignCenter, header);
        p.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), 1.0));
        p.drawLine(QPointF(box.left() + pad, box.top() + headH + pad * 0.2), QPointF(box.right() - pad, box.top() + headH + pad * 0.2));
    };
    auto rowRect = [&](const QRectF &box, int row) {
        return QRectF(box.left(), box.top() + headH + pad * 0.5 + row * rowH, box.width(), rowH);
    };
    auto rowValue = [&](Quantity q, int index) { return computed(q) ? m_record.values(q)[static_cast<std::size_t>(index)] : 0.0; };

    // Inputs.
    for (int j = 0; j < InputCount; ++j) {
        const QPointF c = inputCentres[static_cast<std::size_t>(j)];
        const bool lit = two ? (current == Quantity::V1 || current == Quantity::DW1)
                             : (current == Quantity::V || current == Quantity::DW);
        drawOutlinedCircle(p, c, radius, lit ? hl : QColor(0x7a, 0x86, 0x94), lit ? 2.5 : 1.4,
                           j == 2 ? QColor(0xee, 0xee, 0xee) : QColor(0xe8, 0xf0, 0xf8));
        p.setFont(small);
        p.setPen(QColor(0x44, 0x4c, 0x56));
        ShapedTextCache::drawLine(p, QRectF(c.x() - radius, c.y() - radius * 0.85, 2 * radius, radius * 0.8), Qt::AlignCenter,
                   QStringLiteral("x%1").arg(j + 1));
        p.setFont(title);
        p.setPen(ink);
        ShapedTextCache::drawLine(p, QRectF(c.x() - radius, c.y() - radius * 0.1, 2 * radius, radius * 0.9), Qt::AlignCenter,
                   NumberFormat::value(m_record.x(j)));
        if (j == 2) {
            p.setFont(small);
            p.setPen(faint.darker(130));
            // Compact: under the circle, where it costs no width.
            const QRectF where = L.compact ? QRectF(c.x() - radius - lh, c.y() + radius, 2 * (radius + lh), lh)
                                           : QRectF(c.x() - radius - sideLabelW - pad, c.y() - lh / 2, sideLabelW, lh);
            ShapedTextCache::drawLine(p, where, (L.compact ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter, tr("bias"));
        }
    }

    // Hidden units.
    if (two) {
        const std::array<Quantity, 4> rows = {Quantity::V1, Quantity::Y1, Quantity::E1, Quantity::Delta1};
        // With fewer rows than values, the window ends at the latest computed one: the value
        // this operation computes always shows.
        int latest = -1;
        for (int r = 0; r < 4; ++r)
            if (computed(rows[static_cast<std::size_t>(r)]))
                latest = r;
        const int lastRow = std::max(latest, hiddenRows - 1);
        const int firstRow = lastRow - hiddenRows + 1;
        for (int i = 0; i < HiddenCount; ++i) {
            const QRectF box = hiddenBoxes[static_cast<std::size_t>(i)];
            const bool lit = h.node == QLatin1String("hidden");
            drawBox(box, tr("hidden %1").arg(i + 1), lit);
            for (int r = firstRow; r <= lastRow; ++r) {
                const Quantity q = rows[static_cast<std::size_t>(r)];
                drawValueRow(rowRect(box, r - firstRow), nameOf(q), valueText(q, i), computed(q), lit && h.row == q, rowValue(q, i));
            }
        }
    }

    // Output.
    {
        const bool lit = h.node == QLatin1String("output");
        drawBox(outputBox, tr("output"), lit);
        std::vector<Quantity> rows = {Quantity::V, Quantity::Y};
        if (learns)
            rows.push_back(Quantity::Delta);
        for (std::size_t r = 0; r < rows.size(); ++r)
            drawValueRow(rowRect(outputBox, static_cast<int>(r)), nameOf(rows[r]), valueText(rows[r], 0), computed(rows[r]),
                         lit && h.row == rows[r], rowValue(rows[r], 0));
    }

    // Target and error.
    if (learns) {
        const bool lit = h.node == QLatin1String("target");
        const QPointF from = targetBelow ? QPointF(outputBox.center().x(), outputBox.bottom()) : anchorRight(outputBox);
        const QPointF to = targetBelow ? QPointF(from.x(), targetBox.top()) : anchorLeft(targetBox);
        p.setPen(QPen(lit || current == Quantity::Delta ? hl.darker(120) : QColor(0xa0, 0xa0, 0xa0), 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(from, to);
        if (lit || current == Quantity::Delta)
            drawArrowHead(p, from, to, lh * 0.7, QColor(0x50, 0x3c, 0x00));
        drawBox(targetBox, tr("target"), lit);
        drawValueRow(rowRect(targetBox, 0), QStringLiteral("d"), NumberFormat::value(m_record.d), true, false, m_record.d);
        drawValueRow(rowRect(targetBox, 1), QStringLiteral("e"), valueText(Quantity::E, 0), computed(Quantity::E),
                     lit, rowValue(Quantity::E, 0));
    }

    // ---- Legend: a flow of small items, wrapped onto a second row when narrow (compact: a tooltip).
    if (!L.compact) {
        p.setFont(small);
        qreal lx = margin;
        qreal y = canvasH - margin - legendH + lh * 0.65;
        for (const LegendItem &item : legend) {
            const qreal w = legendItemWidth(item);
            if (lx > margin && lx + w > canvasW - margin) {
                lx = margin;
                y += lh * 1.3;
            }
            if (item.kind == LegendItem::Line) {
                p.setPen(item.pen);
                p.drawLine(QPointF(lx, y), QPointF(lx + legendSeg, y));
                lx += legendSeg + pad;
            } else if (item.kind == LegendItem::Swatch) {
                p.setPen(Qt::NoPen);
                p.setBrush(hlFill);
                p.drawRoundedRect(QRectF(lx, y - lh * 0.45, lh * 1.2, lh * 0.9), 3, 3);
                lx += lh * 1.2 + pad;
            }
            p.setPen(item.kind == LegendItem::Pending ? faint : QColor(0x50, 0x50, 0x50));
            const qreal tw = advance(small, item.text);
            ShapedTextCache::drawLine(p, QRectF(lx, y - lh / 2, tw + 2, lh), Qt::AlignLeft | Qt::AlignVCenter, item.text);
            lx += tw + lh;
        }
    }

    // Tooltips work in widget coordinates.
    for (Edge &e : m_edges) {
        e.from *= scale;
        e.to *= scale;
    }
}

} // namespace deltatrace
