#include "inputplaneview.h"

#include "cpustate.h"

#include "engine.h"
#include "numberformat.h"
#include "valuecolors.h"

#include <QEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <cmath>

namespace deltatrace {

namespace {

constexpr double Span = InputPlaneView::DomainMax - InputPlaneView::DomainMin;
constexpr double CellSize = Span / InputPlaneView::Cells;

int operationIndex(Rule rule, Quantity q)
{
    const auto ops = operationsOf(rule);
    const auto it = std::find(ops.begin(), ops.end(), q);
    return it == ops.end() ? -1 : static_cast<int>(it - ops.begin());
}

bool allFinite(const Weights &w, Rule rule)
{
    auto finite = [](const auto &m) { return m.allFinite(); };
    return isTwoLayer(rule) ? finite(w.W1) && finite(w.W2) : finite(w.W);
}

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(base.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

// Text on a translucent pill, readable on any part of the heat map.
void drawTag(QPainter &p, const QRectF &box, const QStringList &lines, const QList<QColor> &colors, qreal lineH)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, lineH * 0.3, lineH * 0.3);
    for (int i = 0; i < lines.size(); ++i) {
        p.setPen(colors.value(i, QColor(0x20, 0x20, 0x20)));
        p.drawText(QRectF(box.left(), box.top() + lineH * 0.15 + i * lineH, box.width(), lineH), Qt::AlignCenter, lines[i]);
    }
}

} // namespace

InputPlaneView::InputPlaneView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QSize InputPlaneView::sizeHint() const
{
    const int lh = fontMetrics().height();
    return {lh * 34, lh * 30};
}

QSize InputPlaneView::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    return {lh * 16, lh * 14};
}

QPoint InputPlaneView::heatMapCellFor(double x1, double x2)
{
    const int c = std::clamp(static_cast<int>(std::floor((x1 - DomainMin) / CellSize)), 0, Cells - 1);
    const int r = std::clamp(static_cast<int>(std::floor((DomainMax - x2) / CellSize)), 0, Cells - 1);
    return {c, r};
}

void InputPlaneView::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_haveRecord = false;
    m_cachedWeights.reset();
    m_position = TracePosition{};
    setPosition(TracePosition{});
}

void InputPlaneView::setPosition(TracePosition position)
{
    if (m_trace && m_trace->stepCount() > 0) {
        position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
        const int ops = static_cast<int>(operationsOf(m_trace->rule()).size());
        position.operation = std::clamp(position.operation, 0, ops - 1);
        if (!m_haveRecord || m_record.index != position.step) {
            m_record = m_trace->step(position.step);
            m_haveRecord = true;
        }
    }
    m_position = position;
    recompute();
    update();
}

Weights InputPlaneView::currentWeights() const
{
    if (!m_trace || !m_haveRecord)
        return m_trace ? m_trace->initialWeights() : Weights();
    const Rule rule = m_trace->rule();
    // Each layer's weights are the updated ones once this step's update of that layer is done.
    auto done = [&](Quantity q) {
        const int i = operationIndex(rule, q);
        return i >= 0 && i <= m_position.operation;
    };
    Weights w = m_record.before;
    if (done(Quantity::W))
        w.W = m_record.after.W;
    if (done(Quantity::W1))
        w.W1 = m_record.after.W1;
    if (done(Quantity::W2))
        w.W2 = m_record.after.W2;
    return w;
}

std::optional<QLineF> InputPlaneView::clippedLine(double a, double b, double c)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || (a == 0.0 && b == 0.0))
        return std::nullopt;
    std::vector<QPointF> hits;
    auto add = [&hits](double x1, double x2) {
        if (!std::isfinite(x1) || !std::isfinite(x2))
            return;
        constexpr double eps = 1e-12;
        if (x1 < DomainMin - eps || x1 > DomainMax + eps || x2 < DomainMin - eps || x2 > DomainMax + eps)
            return;
        for (const QPointF &h : hits)
            if (std::abs(h.x() - x1) < 1e-9 && std::abs(h.y() - x2) < 1e-9)
                return;
        hits.emplace_back(x1, x2);
    };
    if (b != 0.0) {
        add(DomainMin, -(a * DomainMin + c) / b);
        add(DomainMax, -(a * DomainMax + c) / b);
    }
    if (a != 0.0) {
        add(-(b * DomainMin + c) / a, DomainMin);
        add(-(b * DomainMax + c) / a, DomainMax);
    }
    if (hits.size() < 2)
        return std::nullopt;
    // The two hits farthest apart (a line through a corner can hit it twice).
    QLineF best(hits[0], hits[1]);
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t j = i + 1; j < hits.size(); ++j)
            if (QLineF(hits[i], hits[j]).length() > best.length())
                best = QLineF(hits[i], hits[j]);
    return best;
}

void InputPlaneView::recompute()
{
    if (!m_trace) {
        m_pictureDirty = true;
        m_cachedWeights.reset();
        m_image = QImage();
        m_contour.clear();
        m_contourLines.clear();
        m_boundary.reset();
        m_hiddenLines = {};
        m_finite = false;
        return;
    }
    const Weights w = currentWeights();
    if (m_cachedWeights && *m_cachedWeights == w)
        return; // the picture depends on nothing else
    m_cachedWeights = w;
    m_pictureDirty = true;
    clearUpperVectorState(); // painting code may have left AVX state dirty; see cpustate.h
    const Rule rule = m_trace->rule();
    const TraceSpec &spec = m_trace->spec();
    for (int k = 0; k < SampleCount; ++k)
        m_sampleOutputs[static_cast<std::size_t>(k)] = Engine::output(rule, w, spec.X.row(k).transpose());
    m_contour.clear();
    m_contourLines.clear();
    m_boundary.reset();
    m_hiddenLines = {};
    m_finite = allFinite(w, rule);
    if (!m_finite) {
        m_image = QImage();
        return;
    }
    ++m_computations;

    // 64 x 64 outputs: at most 5 exp() each, about a third of a millisecond.
    std::vector<double> values(static_cast<std::size_t>(Cells) * Cells);
    m_image = QImage(Cells, Cells, QImage::Format_RGB32);
    for (int r = 0; r < Cells; ++r) {
        const double x2 = DomainMax - (r + 0.5) * CellSize;
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(r));
        for (int c = 0; c < Cells; ++c) {
            const double x1 = DomainMin + (c + 0.5) * CellSize;
            const double y = Engine::output(rule, w, InputVector(x1, x2, 1.0));
            values[static_cast<std::size_t>(r * Cells + c)] = y;
            line[c] = ValueColors::sequentialRgb(y);
        }
    }

    if (isTwoLayer(rule)) {
        for (int i = 0; i < HiddenCount; ++i)
            m_hiddenLines[static_cast<std::size_t>(i)] = clippedLine(w.W1(i, 0), w.W1(i, 1), w.W1(i, 2));
        // The y = 0.5 contour by marching squares over the cell centres.
        auto at = [&](int r, int c) { return values[static_cast<std::size_t>(r * Cells + c)] - 0.5; };
        auto point = [](double r, double c) { return QPointF(DomainMin + (c + 0.5) * CellSize, DomainMax - (r + 0.5) * CellSize); };
        for (int r = 0; r + 1 < Cells; ++r) {
            for (int c = 0; c + 1 < Cells; ++c) {
                // Corners in order around the square: top-left, top-right, bottom-right, bottom-left.
                const std::array<double, 4> v = {at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)};
                if (std::any_of(v.begin(), v.end(), [](double x) { return std::isnan(x); }))
                    continue;
                const std::array<std::pair<int, int>, 4> corner = {{{r, c}, {r, c + 1}, {r + 1, c + 1}, {r + 1, c}}};
                std::vector<QPointF> cross;
                for (int e = 0; e < 4; ++e) {
                    auto from = corner[static_cast<std::size_t>(e)];
                    auto to = corner[static_cast<std::size_t>((e + 1) % 4)];
                    // The cell next door meets this edge going the other way. Interpolating from
                    // the same end in both cells gives the crossing the very same coordinates, so
                    // the segments can be joined by exact comparison.
                    if (to < from)
                        std::swap(from, to);
                    const double a = at(from.first, from.second);
                    const double b = at(to.first, to.second);
                    if ((a < 0) == (b < 0))
                        continue;
                    const double t = a / (a - b);
                    cross.push_back(point(from.first + (to.first - from.first) * t, from.second + (to.second - from.second) * t));
                }
                if (cross.size() == 2) {
                    m_contour.emplace_back(cross[0], cross[1]);
                } else if (cross.size() == 4) {
                    // A saddle: pair the crossings by the sign of the centre.
                    const double centre = (v[0] + v[1] + v[2] + v[3]) / 4;
                    if ((centre < 0) == (v[0] < 0)) {
                        m_contour.emplace_back(cross[0], cross[1]);
                        m_contour.emplace_back(cross[2], cross[3]);
                    } else {
                        m_contour.emplace_back(cross[0], cross[3]);
                        m_contour.emplace_back(cross[1], cross[2]);
                    }
                }
            }
        }
        m_contourLines = joinSegments(m_contour);
    } else {
        m_boundary = clippedLine(w.W(0), w.W(1), w.W(2));
    }
}

std::vector<QPolygonF> InputPlaneView::joinSegments(const std::vector<QLineF> &segments)
{
    // Each end point of the contour is shared by at most two segments (one per cell on either
    // side of the edge it lies on), so the segments form chains and loops.
    auto key = [](const QPointF &p) { return std::pair(p.x(), p.y()); };
    std::map<std::pair<double, double>, std::vector<std::size_t>> at;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        at[key(segments[i].p1())].push_back(i);
        at[key(segments[i].p2())].push_back(i);
    }
    std::vector<bool> used(segments.size(), false);
    auto nextFrom = [&](const QPointF &p) -> std::optional<std::size_t> {
        for (std::size_t j : at[key(p)])
            if (!used[j])
                return j;
        return std::nullopt;
    };
    auto otherEnd = [&](std::size_t j, const QPointF &p) { return segments[j].p1() == p ? segments[j].p2() : segments[j].p1(); };

    std::vector<QPolygonF> lines;
    // Open chains first, from their free ends (points with one segment); then the loops.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < segments.size(); ++i)
        if (at[key(segments[i].p1())].size() == 1 || at[key(segments[i].p2())].size() == 1)
            starts.push_back(i);
    for (std::size_t i = 0; i < segments.size(); ++i)
        starts.push_back(i);
    for (std::size_t first : starts) {
        if (used[first])
            continue;
        used[first] = true;
        const bool p1Free = at[key(segments[first].p1())].size() == 1;
        QPolygonF line;
        line << (p1Free ? segments[first].p1() : segments[first].p2()) << (p1Free ? segments[first].p2() : segments[first].p1());
        while (const auto next = nextFrom(line.back())) {
            used[*next] = true;
            line << otherEnd(*next, line.back());
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

int InputPlaneView::misclassifiedCountForTesting() const
{
    if (!m_trace)
        return 0;
    int n = 0;
    for (int k = 0; k < SampleCount; ++k)
        n += (m_sampleOutputs[static_cast<std::size_t>(k)] >= 0.5) != (m_trace->spec().D(k) >= 0.5);
    return n;
}

void InputPlaneView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_pictureDirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

void InputPlaneView::paintEvent(QPaintEvent *)
{
    // Everything but the line that says where in the step we are depends only on the weights
    // (and the size, font and language), which change at two of a step's twelve operations. So
    // it is painted once into a pixmap and copied on the other moves: the antialiased contour,
    // lines and labels cost 2 ms to draw, the copy a twentieth of that.
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_pictureDirty || m_picture.size() != pixels || m_picture.devicePixelRatio() != dpr) {
        m_picture = QPixmap(pixels);
        m_picture.setDevicePixelRatio(dpr);
        m_picture.fill(palette().color(QPalette::Base));
        QPainter picture(&m_picture);
        paintPicture(picture);
        m_pictureDirty = false;
        ++m_pictureRenders;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_picture);
    paintState(p);
}

void InputPlaneView::paintState(QPainter &p)
{
    if (!m_trace)
        return;
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont small = scaledFont(font(), 0.85);
    const qreal lh = QFontMetricsF(font(), this).height();
    const qreal margin = lh * 0.7;
    const Rule rule = m_trace->rule();
    const bool two = isTwoLayer(rule);
    auto done = [&](Quantity q) {
        const int i = operationIndex(rule, q);
        return i >= 0 && i <= m_position.operation;
    };
    QString state;
    if (!updatesWeights(rule))
        state = tr("The weights do not change in this experiment.");
    else if (two && done(Quantity::W1) && !done(Quantity::W2))
        state = tr("Epoch %1, k = %2: W1 already updated, W2 not yet.").arg(m_record.epoch).arg(m_record.sample);
    else if (done(two ? Quantity::W2 : Quantity::W))
        state = tr("Epoch %1, k = %2: weights after this sample's update.").arg(m_record.epoch).arg(m_record.sample);
    else
        state = tr("Epoch %1, k = %2: weights before this sample's update.").arg(m_record.epoch).arg(m_record.sample);
    p.setFont(small);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawText(QRectF(margin, margin + lh * 1.3, width() - 2 * margin, lh * 1.1), Qt::AlignLeft | Qt::AlignVCenter, state);
}

void InputPlaneView::paintPicture(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont base = font();
    const QFont title = scaledFont(base, 1.15, true);
    const QFont small = scaledFont(base, 0.85);
    const QFontMetricsF fm(base, this);
    const QFontMetricsF fmSmall(small, this);
    const qreal lh = fm.height();
    const QColor ink = palette().color(QPalette::Text);
    const QColor grey(0x60, 0x60, 0x60);

    if (!m_trace) {
        p.setPen(ValueColors::pending());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No run recorded yet."));
        return;
    }
    const Rule rule = m_trace->rule();
    const bool two = isTwoLayer(rule);

    // ---- Header (the line under it, where in the step we are, is painted by paintState).
    const qreal margin = lh * 0.7;
    p.setFont(title);
    p.setPen(ink);
    p.drawText(QRectF(margin, margin, width() - 2 * margin, lh * 1.3), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Output y over the input plane (x3 = 1)"));

    // ---- Geometry: a square plot, the colour bar to its right.
    const qreal top = margin + lh * 2.8;
    const qreal tickW = fmSmall.horizontalAdvance(QStringLiteral("0.5")) + lh * 0.4;
    const qreal leftAxisW = tickW + lh * 1.3;
    const qreal bottomAxisH = lh * 2.4;
    const qreal barGap = lh * 1.2;
    const qreal barW = lh * 1.0;
    const qreal barLabelsW = tickW + lh * 0.4;
    const qreal side = std::max(lh * 4, std::min(width() - 2 * margin - leftAxisW - barGap - barW - barLabelsW,
                                                 height() - top - margin - bottomAxisH));
    const qreal usedW = leftAxisW + side + barGap + barW + barLabelsW;
    const qreal left = std::max(margin, (width() - usedW) / 2) + leftAxisW;
    const QRectF plot(left, top, side, side);
    auto toPlot = [&](double x1, double x2) {
        return QPointF(plot.left() + (x1 - DomainMin) / Span * side, plot.bottom() - (x2 - DomainMin) / Span * side);
    };

    // ---- Axes: ticks at 0, 0.5, 1.
    p.setFont(small);
    p.setPen(grey);
    for (double t : {0.0, 0.5, 1.0}) {
        const QPointF bx = toPlot(t, DomainMin);
        p.drawLine(bx, bx + QPointF(0, lh * 0.3));
        p.drawText(QRectF(bx.x() - tickW, bx.y() + lh * 0.3, 2 * tickW, lh), Qt::AlignHCenter | Qt::AlignTop, NumberFormat::value(t));
        const QPointF ly = toPlot(DomainMin, t);
        p.drawLine(ly, ly - QPointF(lh * 0.3, 0));
        p.drawText(QRectF(ly.x() - lh * 0.4 - tickW, ly.y() - lh / 2, tickW, lh), Qt::AlignRight | Qt::AlignVCenter, NumberFormat::value(t));
    }
    p.setFont(base);
    p.setPen(ink);
    p.drawText(QRectF(plot.left(), plot.bottom() + lh * 1.3, side, lh), Qt::AlignCenter, QStringLiteral("x1"));
    p.drawText(QRectF(plot.left() - leftAxisW - lh * 0.2, plot.center().y() - lh / 2, lh * 1.2, lh), Qt::AlignCenter, QStringLiteral("x2"));

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
            p.drawText(QRectF(bar.right() + lh * 0.4, y - lh / 2, tickW, lh), Qt::AlignLeft | Qt::AlignVCenter, NumberFormat::value(t));
        }
        // The level of the boundary.
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
        p.setFont(base);
        p.setPen(ink);
        p.drawText(QRectF(bar.left() - lh, bar.bottom() + lh * 0.3, barW + 2 * lh, lh), Qt::AlignCenter, QStringLiteral("y"));
    }

    if (!m_finite || m_image.isNull()) {
        p.setPen(QPen(ValueColors::notFinite(), 2, Qt::DashLine));
        p.setBrush(QColor(0xf6, 0xf0, 0xf6));
        p.drawRect(plot);
        p.setFont(base);
        p.setPen(QColor(0x8b, 0x00, 0x00));
        p.drawText(plot.adjusted(lh, lh, -lh, -lh), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw."));
        return;
    }

    // ---- Heat map, the unit square, the lines.
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(plot, m_image);
    p.restore();
    p.setPen(QPen(QColor(255, 255, 255, 150), 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(toPlot(0, 1), toPlot(1, 0)));

    p.save();
    p.setClipRect(plot);
    p.setFont(small);
    if (two) {
        // Each hidden unit's own line W1[i] x = 0: the contour is built from these.
        for (int i = 0; i < HiddenCount; ++i) {
            const auto &line = m_hiddenLines[static_cast<std::size_t>(i)];
            if (!line)
                continue;
            const QLineF onPlot(toPlot(line->p1().x(), line->p1().y()), toPlot(line->p2().x(), line->p2().y()));
            p.setPen(QPen(QColor(255, 255, 255, 140), 1.3, Qt::DashLine));
            p.drawLine(onPlot);
            const QPointF at = onPlot.pointAt(0.12 + 0.2 * i);
            const QString tag = QStringLiteral("h%1").arg(i + 1);
            const qreal w = fmSmall.horizontalAdvance(tag) + lh * 0.4;
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 120));
            const QRectF box(at.x() - w / 2, at.y() - lh * 0.45, w, lh * 0.9);
            p.drawRoundedRect(box, lh * 0.3, lh * 0.3);
            p.setPen(QColor(255, 255, 255, 230));
            p.drawText(box, Qt::AlignCenter, tag);
        }
        QPainterPath contour;
        for (const QPolygonF &line : m_contourLines) {
            contour.moveTo(toPlot(line.front().x(), line.front().y()));
            for (qsizetype i = 1; i < line.size(); ++i)
                contour.lineTo(toPlot(line[i].x(), line[i].y()));
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0, 0, 0, 150), 4.5, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(contour);
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(contour);
    } else if (m_boundary) {
        const QLineF onPlot(toPlot(m_boundary->p1().x(), m_boundary->p1().y()), toPlot(m_boundary->p2().x(), m_boundary->p2().y()));
        p.setPen(QPen(QColor(0, 0, 0, 150), 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(onPlot);
        p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(onPlot);
        // An arrow across the line toward larger y (the direction of (W0, W1) in the plane).
        const Weights w = *m_cachedWeights;
        QPointF normal(w.W(0), -w.W(1)); // screen y points down
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
            const QStringList lines = {tr("W x = 0"), tr("y > 0.5 this side")};
            qreal tw = 0;
            for (const QString &l : lines)
                tw = std::max(tw, fmSmall.horizontalAdvance(l));
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
    const TraceSpec &spec = m_trace->spec();
    const qreal radius = lh * 0.6;
    for (int k = 0; k < SampleCount; ++k) {
        const double x1 = spec.X(k, 0);
        const double x2 = spec.X(k, 1);
        const double d = spec.D(k);
        const double y = m_sampleOutputs[static_cast<std::size_t>(k)];
        const bool wrong = (y >= 0.5) != (d >= 0.5);
        const QPointF c = toPlot(x1, x2);
        if (wrong) {
            p.setPen(QPen(QColor(0xe0, 0x20, 0x20), 3.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius + 5, radius + 5);
        }
        p.setPen(QPen(Qt::white, 2.5));
        p.setBrush(ValueColors::sequential(d));
        p.drawEllipse(c, radius, radius);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, radius + 1.5, radius + 1.5);

        const QStringList lines = {QStringLiteral("x = (%1, %2)").arg(NumberFormat::value(x1), NumberFormat::value(x2)),
                                   tr("d = %1, y = %2").arg(NumberFormat::value(d), NumberFormat::value(y)) +
                                       (wrong ? tr(" (wrong side)") : QString())};
        qreal tw = 0;
        for (const QString &l : lines)
            tw = std::max(tw, fmSmall.horizontalAdvance(l));
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
