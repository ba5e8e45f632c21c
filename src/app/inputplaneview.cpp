#include "inputplaneview.h"

#include "cpustate.h"

#include "engine.h"
#include "inputplanepicture.h"
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

} // namespace

InputPlaneView::InputPlaneView(QWidget *parent) : QWidget(parent), m_picture(this, [this] { update(); })
{
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent); // the picture covers every pixel
}

InputPlaneView::~InputPlaneView() = default;

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
        m_cachedWeights.reset();
        m_image = QImage();
        m_contour.clear();
        m_contourLines.clear();
        m_boundary.reset();
        m_hiddenLines = {};
        m_finite = false;
        sceneChanged();
        return;
    }
    const Weights w = currentWeights();
    if (m_cachedWeights && *m_cachedWeights == w)
        return; // the picture depends on nothing else
    m_cachedWeights = w;
    struct SceneChanged { InputPlaneView *view; ~SceneChanged() { view->sceneChanged(); } } changed{this};
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
        m_picture.invalidate(); // painted afresh, here, at the next paint
        update();
    }
    QWidget::changeEvent(event);
}

void InputPlaneView::paintEvent(QPaintEvent *)
{
    const QImage &picture = m_picture.current([scene = currentScene()] { return InputPlanePicture::render(scene); });
    QPainter p(this);
    p.drawImage(QPointF(0, 0), picture);
    paintState(p);
}

void InputPlaneView::resizeEvent(QResizeEvent *event)
{
    m_picture.invalidate();
    QWidget::resizeEvent(event);
}

InputPlaneScene InputPlaneView::currentScene() const
{
    InputPlaneScene scene;
    scene.size = size();
    scene.devicePixelRatio = devicePixelRatioF();
    scene.logicalDpiX = logicalDpiX();
    scene.logicalDpiY = logicalDpiY();
    scene.font = font();
    scene.base = palette().color(QPalette::Base);
    scene.ink = palette().color(QPalette::Text);
    scene.hasRun = m_trace != nullptr;
    if (m_trace) {
        scene.rule = m_trace->rule();
        scene.X = m_trace->spec().X;
        scene.D = m_trace->spec().D;
    }
    if (m_cachedWeights)
        scene.W = m_cachedWeights->W;
    scene.finite = m_finite;
    scene.heatMap = m_image;
    scene.contour = m_contourLines;
    scene.boundary = m_boundary;
    scene.hiddenLines = m_hiddenLines;
    scene.sampleOutputs = m_sampleOutputs;
    scene.texts = {tr("Output y over the input plane (x3 = 1)"),
                   tr("No run recorded yet."),
                   tr("The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw."),
                   tr("d = %1, y = %2"),
                   tr(" (wrong side)"),
                   tr("W x = 0"),
                   tr("y > 0.5 this side")};
    return scene;
}

void InputPlaneView::sceneChanged()
{
    // The picture starts rendering on the worker now, while the window updates its other views.
    if (isVisible())
        m_picture.sceneChanged([scene = currentScene()] { return InputPlanePicture::render(scene); });
    else
        m_picture.invalidate();
}

void InputPlaneView::paintState(QPainter &p)
{
    if (!m_trace)
        return;
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont small = InputPlanePicture::scaledFont(font(), 0.85);
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


} // namespace deltatrace
