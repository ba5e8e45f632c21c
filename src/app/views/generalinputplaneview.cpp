// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalinputplaneview.h"

#include "cpustate.h"
#include "inputplanepicture.h"
#include "numberformat.h"
#include "picturepainting.h"
#include "valuecolors.h"

#include <QEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

using Line = std::pair<QString, QRectF>;

const QColor Grey(0x60, 0x60, 0x60);  // ticks, their labels, the state line
const QColor Ink(0x20, 0x20, 0x20);
const QColor WrongRed(0xb0, 0x10, 0x10);

// Round numbers for an axis from `low` to `high`: steps of 1, 2 or 5 times a power of ten, at
// most about five of them.
std::vector<double> niceTicks(double low, double high)
{
    std::vector<double> ticks;
    const double span = high - low;
    if (!(span > 0) || !std::isfinite(span))
        return ticks;
    const double raw = span / 4;
    double step = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (step * m >= raw) {
            step *= m;
            break;
        }
    }
    for (double v = std::ceil(low / step) * step; v <= high + span * 1e-9; v += step)
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

qreal textWidth(const QFont &font, const QString &text) { return QFontMetricsF(font).horizontalAdvance(text); }

} // namespace

struct GeneralInputPlaneView::Layout
{
    QSizeF size;
    qreal lh = 0;
    qreal margin = 0;
    qreal gap = 0;
    QFont titleFont;
    std::vector<Line> title;
    std::vector<Line> state;
    qreal headerBottom = 0;

    // Plane mode.
    QRectF plot;
    QRectF bar;                    // K = 1: the colour scale
    std::vector<QLineF> ticks;
    std::vector<Line> labels;      // tick labels, axis names, the legend's texts
    std::vector<std::pair<int, QRectF>> swatches; // K > 1: the legend's class colours
    qreal radius = 0;              // a sample's marker

    // Per-sample mode: rows in columns, scrolled under the header and the scale (or legend).
    QRectF rows;
    int columns = 1;
    int rowsPerColumn = 0;
    qreal rowH = 0;
    qreal columnW = 0;
    qreal indexW = 0;  // "255"
    qreal trackW = 0;  // K = 1: the output's track; K > 1: the bars
    qreal valueW = 0;
    qreal contentH = 0;

    QPointF toPlot(const GeneralPlaneField::Plane &p, double across, double up) const
    {
        return {plot.left() + (across - p.acrossMin) / (p.acrossMax - p.acrossMin) * plot.width(),
                plot.bottom() - (up - p.upMin) / (p.upMax - p.upMin) * plot.height()};
    }
};

GeneralInputPlaneView::GeneralInputPlaneView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_worker.setMaxThreadCount(1);
}

GeneralInputPlaneView::~GeneralInputPlaneView()
{
    // A field in progress posts to this view when done: wait for it.
    m_worker.clear();
    m_worker.waitForDone();
}

QSize GeneralInputPlaneView::sizeHint() const
{
    const int lh = fontMetrics().height();
    return QSize(lh * 34, lh * 30).expandedTo(minimumSizeHint());
}

QSize GeneralInputPlaneView::minimumSizeHint() const
{
    const int lh = fontMetrics().height();
    if (m_mode == Mode::PerSample)
        return QSize(lh * 20, lh * 14);
    return QSize(lh * 22, lh * 20);
}

void GeneralInputPlaneView::setLanguage(const QString &)
{
    // The texts are translated when painted; the translator itself is the application's.
    invalidateLayout();
}

void GeneralInputPlaneView::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_trace = std::move(trace);
    m_step.reset();
    m_fields.clear();
    m_field.reset();
    m_scaledFor = nullptr;
    m_weights.clear();
    m_sampleOutputs.clear();
    m_position = {};
    chooseMode();
    verticalScrollBar()->setValue(0);
    updateGeometry();
    setPosition({});
}

void GeneralInputPlaneView::chooseMode()
{
    m_varying = 0;
    if (!m_trace || m_trace->run().sampleCount() == 0) {
        m_mode = Mode::NoRun;
        return;
    }
    const NetworkData &samples = m_trace->run().data;
    const int N = samples.sampleCount;
    const int M = samples.inputCount;
    std::vector<int> varying;
    for (int c = 0; c < M; ++c) {
        const double first = samples.x[static_cast<std::size_t>(c)];
        for (int k = 1; k < N; ++k) {
            if (samples.x[static_cast<std::size_t>(k) * M + c] != first) {
                varying.push_back(c);
                break;
            }
        }
    }
    m_varying = static_cast<int>(varying.size());
    m_mode = m_varying == 2 ? Mode::Plane : Mode::PerSample;
    GeneralPlaneField::Plane plane;
    // One output: the scale covers 0..1 and the targets; the boundary is halfway between the
    // targets' extremes (0.5 for 0/1 targets, 0 for -1/1). The per-sample rows use it too.
    const auto [dLow, dHigh] = std::minmax_element(samples.d.begin(), samples.d.end());
    plane.low = std::min(0.0, *dLow);
    plane.high = std::max(1.0, *dHigh);
    plane.threshold = *dLow < *dHigh ? (*dLow + *dHigh) / 2 : 0.5;
    m_plane = plane;
    if (m_mode != Mode::Plane)
        return;

    plane.across = varying[0];
    plane.up = varying[1];
    plane.input.assign(samples.x.begin(), samples.x.begin() + M); // the held columns' values, from sample 0
    plane.cells = FieldCells;
    auto range = [&](int column, double &low, double &high) {
        low = high = samples.x[static_cast<std::size_t>(column)];
        for (int k = 0; k < N; ++k) {
            low = std::min(low, samples.x[static_cast<std::size_t>(k) * M + column]);
            high = std::max(high, samples.x[static_cast<std::size_t>(k) * M + column]);
        }
        // A margin keeps the samples off the edge, as the lessons' plane does.
        const double margin = (high - low) * 0.2;
        low -= margin;
        high += margin;
    };
    range(plane.across, plane.acrossMin, plane.acrossMax);
    range(plane.up, plane.upMin, plane.upMax);
    m_plane = plane;
}

void GeneralInputPlaneView::setPosition(NetworkPosition position)
{
    if (m_trace && m_trace->stepCount() > 0) {
        position.step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
        if (!m_step || m_step->index != position.step)
            m_step = m_trace->step(position.step);
        position.operation = std::clamp(position.operation, 0, int(m_step->operations().size()) - 1);
    }
    const bool sampleChanged = !m_step || position.step != m_position.step;
    m_position = position;
    updateWeights();
    invalidateLayout(); // the state line changed
    if (sampleChanged && m_mode == Mode::PerSample)
        scrollToCurrentSample();
    viewport()->update();
}

void GeneralInputPlaneView::updateWeights()
{
    if (!m_trace || !m_step) {
        m_weights.clear();
        m_sampleOutputs.clear();
        m_field.reset();
        return;
    }
    // The weights before the step, each layer's replaced by its update's W once that is done.
    std::vector<double> weights = m_step->weightsBefore;
    const auto &ops = m_step->operations();
    const NetworkEngine &engine = m_trace->engine();
    for (int l = 1; l <= m_trace->architecture().layerCount(); ++l) {
        const LayerQuantity W{LayerQuantity::Kind::W, l};
        const auto at = std::find(ops.begin(), ops.end(), W);
        if (at == ops.end() || int(at - ops.begin()) > m_position.operation)
            continue;
        const auto updated = m_step->values(W);
        std::copy(updated.begin(), updated.end(), weights.begin() + engine.weightOffset(l));
    }
    if (weights == m_weights && !m_sampleOutputs.empty())
        return;
    m_weights = std::move(weights);
    m_weightsFinite = std::all_of(m_weights.begin(), m_weights.end(), [](double w) { return std::isfinite(w); });
    clearUpperVectorState(); // painting code may have left AVX state dirty; see cpustate.h
    const NetworkData &samples = m_trace->run().data;
    const int K = samples.outputCount;
    m_sampleOutputs.assign(static_cast<std::size_t>(samples.sampleCount) * K, 0.0);
    for (int k = 0; k < samples.sampleCount; ++k)
        engine.outputs(m_weights, samples.input(k), m_sampleOutputs.data() + static_cast<std::size_t>(k) * K);
    m_outputsFinite = std::all_of(m_sampleOutputs.begin(), m_sampleOutputs.end(), [](double y) { return std::isfinite(y); });
    if (m_mode == Mode::Plane)
        requestField();
}

std::shared_ptr<const GeneralPlaneField> GeneralInputPlaneView::cachedField(const std::vector<double> &weights) const
{
    for (const auto &[w, field] : m_fields)
        if (w == weights)
            return field;
    return nullptr;
}

void GeneralInputPlaneView::remember(std::vector<double> weights, std::shared_ptr<const GeneralPlaneField> field)
{
    constexpr std::size_t Kept = 6;
    m_fields.emplace_front(std::move(weights), std::move(field));
    if (m_fields.size() > Kept)
        m_fields.pop_back();
}

bool GeneralInputPlaneView::fieldIsCurrent() const
{
    if (m_mode != Mode::Plane || !m_weightsFinite)
        return true; // nothing to compute
    return m_field && cachedField(m_weights) == m_field;
}

void GeneralInputPlaneView::requestField()
{
    if (!m_weightsFinite)
        return; // the plot says the weights are not finite; no field to compute
    if (auto cached = cachedField(m_weights)) {
        m_field = std::move(cached);
        return;
    }
    m_offThread = GeneralPlaneField::cost(m_trace->engine(), FieldCells) > SynchronousFieldCost;
    if (!m_offThread) {
        // At most a million multiply-adds: about a millisecond.
        auto field = std::make_shared<const GeneralPlaneField>(GeneralPlaneField::compute(m_trace->engine(), m_weights, m_plane));
        ++m_computations;
        remember(m_weights, field);
        m_field = std::move(field);
        return;
    }
    // The last field stays up until the worker is done; a newer request waits for the one in
    // progress and then asks for the weights shown by then (never a queue of stale ones).
    if (!m_workerBusy)
        startWorker(m_weights);
}

void GeneralInputPlaneView::startWorker(std::vector<double> weights)
{
    m_workerBusy = true;
    m_worker.start([this, trace = m_trace, plane = m_plane, weights = std::move(weights)]() mutable {
        auto field = std::make_shared<const GeneralPlaneField>(GeneralPlaneField::compute(trace->engine(), weights, plane));
        // Queued to the window's thread; the destructor waits for this job, so `this` lives.
        QMetaObject::invokeMethod(
            this, [this, trace, weights = std::move(weights), field = std::move(field)]() mutable {
                if (trace != m_trace) { // a new run meanwhile
                    m_workerBusy = false;
                    if (m_mode == Mode::Plane && m_weightsFinite && !cachedField(m_weights) && m_trace)
                        startWorker(m_weights);
                    return;
                }
                fieldArrived(std::move(weights), std::move(field));
            },
            Qt::QueuedConnection);
    });
}

void GeneralInputPlaneView::fieldArrived(std::vector<double> weights, std::shared_ptr<const GeneralPlaneField> field)
{
    m_workerBusy = false;
    ++m_computations;
    const bool shown = weights == m_weights;
    remember(std::move(weights), field);
    if (shown || !m_field)
        m_field = field;
    if (!shown && m_weightsFinite && m_mode == Mode::Plane) {
        if (auto cached = cachedField(m_weights))
            m_field = cached;
        else
            startWorker(m_weights);
    }
    viewport()->update();
    emit fieldReady();
}

QString GeneralInputPlaneView::titleText() const
{
    if (!m_trace)
        return tr("No run recorded yet.");
    if (m_mode == Mode::Plane) {
        const QString across = QStringLiteral("x[%1]").arg(m_plane.across);
        const QString up = QStringLiteral("x[%1]").arg(m_plane.up);
        QStringList held;
        for (int c = 0; c < int(m_plane.input.size()); ++c)
            if (c != m_plane.across && c != m_plane.up)
                held << QStringLiteral("x[%1] = %2").arg(c).arg(NumberFormat::value(m_plane.input[static_cast<std::size_t>(c)]));
        if (held.size() > 3)
            held = held.mid(0, 3) << QStringLiteral("…");
        if (held.isEmpty())
            return tr("%1–%2 plane").arg(across, up);
        return tr("%1–%2 plane (%3 held)").arg(across, up, held.join(QStringLiteral(", ")));
    }
    if (m_trace->run().data.inputCount == 1)
        return tr("Outputs per sample: the data has one input");
    if (m_varying == 1)
        return tr("Outputs per sample: the data has one varying input");
    if (m_varying == 0)
        return tr("Outputs per sample: no input varies in the data");
    return tr("Outputs per sample: the data has %1 varying inputs").arg(m_varying);
}

QString GeneralInputPlaneView::stateText() const
{
    if (!m_trace || !m_step)
        return {};
    const int L = m_trace->architecture().layerCount();
    int updated = 0;
    if (m_step->update) {
        const auto &ops = m_step->operations();
        for (int l = 1; l <= L; ++l) {
            const auto at = std::find(ops.begin(), ops.end(), LayerQuantity{LayerQuantity::Kind::W, l});
            if (at != ops.end() && int(at - ops.begin()) <= m_position.operation)
                updated = l;
        }
    }
    QString text;
    if (updated == 0)
        text = tr("Epoch %1, sample %2: the weights before this step.");
    else if (updated == L)
        text = tr("Epoch %1, sample %2: the weights after this step's update.");
    else
        text = tr("Epoch %1, sample %2: W1 to W%3 updated, the later layers not yet.").arg(QStringLiteral("%1"), QStringLiteral("%2"), QString::number(updated));
    text = text.arg(m_step->epoch).arg(m_step->sample);
    if (!m_weightsFinite)
        text += QLatin1Char(' ') + tr("The weights are not finite (inf or NaN): the network has no output to draw.");
    else if (!m_outputsFinite)
        text += QLatin1Char(' ') + tr("Some outputs are not finite (inf or NaN).");
    return text;
}

void GeneralInputPlaneView::invalidateLayout()
{
    m_layout.reset();
    updateScrollBar();
}

const GeneralInputPlaneView::Layout &GeneralInputPlaneView::layout() const
{
    if (m_layout)
        return *m_layout;
    m_layout = std::make_unique<Layout>();
    Layout &l = *m_layout;
    const QFont base = font();
    const QFontMetricsF fm(base);
    l.size = QSizeF(viewport()->size());
    l.lh = fm.height();
    const qreal lh = l.lh;
    l.margin = std::round(lh * 0.5);
    l.gap = std::max(4.0, lh * 0.3);
    l.titleFont = scaledFont(base, 1.15, true);
    const qreal textW = std::max(lh, l.size.width() - 2 * l.margin);
    const qreal titleLh = QFontMetricsF(l.titleFont).height();
    qreal y = l.margin;
    for (const QString &line : InputPlanePicture::wrapped(l.titleFont, viewport(), titleText(), textW)) {
        l.title.push_back({line, QRectF(l.margin, y, std::min(textW, textWidth(l.titleFont, line)), titleLh)});
        y += titleLh;
    }
    const QString state = stateText();
    if (!state.isEmpty()) {
        y += lh * 0.1;
        for (const QString &line : InputPlanePicture::wrapped(base, viewport(), state, textW)) {
            l.state.push_back({line, QRectF(l.margin, y, std::min(textW, textWidth(base, line)), lh)});
            y += lh;
        }
    }
    l.headerBottom = y + l.gap;
    if (!m_trace)
        return l;

    const int K = m_trace->run().data.outputCount;
    const int N = m_trace->run().data.sampleCount;
    auto label = [&](const QString &text, QPointF anchor, Qt::Alignment align) {
        const qreal w = textWidth(base, text);
        qreal x = anchor.x();
        if (align & Qt::AlignHCenter)
            x -= w / 2;
        else if (align & Qt::AlignRight)
            x -= w;
        l.labels.push_back({text, QRectF(x, anchor.y() - lh / 2, w, lh)});
    };

    if (m_mode == Mode::Plane) {
        const std::vector<double> acrossTicks = niceTicks(m_plane.acrossMin, m_plane.acrossMax);
        const std::vector<double> upTicks = niceTicks(m_plane.upMin, m_plane.upMax);
        qreal upLabelW = 0;
        for (double t : upTicks)
            upLabelW = std::max(upLabelW, textWidth(base, NumberFormat::value(t)));
        const QString acrossName = QStringLiteral("x[%1]").arg(m_plane.across);
        const QString upName = QStringLiteral("x[%1]").arg(m_plane.up);
        const qreal tick = std::max(3.0, lh * 0.3);
        const qreal leftW = textWidth(base, upName) + lh * 0.5 + upLabelW + l.gap + tick;
        const qreal bottomH = tick + l.gap + lh + lh * 0.2 + lh;
        // Right of the plot: the colour scale and its labels, or the legend of the classes.
        const QString outputName = QStringLiteral("y%1").arg(m_trace->architecture().layerCount());
        qreal rightW = 0;
        std::vector<double> barTicks;
        if (K == 1) {
            barTicks = {m_plane.low, m_plane.threshold, m_plane.high};
            qreal w = 0;
            for (double t : barTicks)
                w = std::max(w, textWidth(base, NumberFormat::value(t)));
            rightW = lh * 1.2 + lh * 0.9 + tick + l.gap + std::max(w, textWidth(base, outputName) / 2);
        } else {
            qreal w = textWidth(base, tr("largest output"));
            for (int k = 0; k < K; ++k)
                w = std::max(w, lh * 1.3 + textWidth(base, tr("class %1").arg(k)));
            rightW = lh * 1.2 + w;
        }
        const qreal roomH = l.size.height() - l.headerBottom - bottomH - l.margin;
        // The legend of the classes right of the plot, or, where that leaves the plot smaller
        // (a narrow dock, presenter mode's large font), in rows under it.
        const qreal legendW = l.size.width() - 2 * l.margin;
        auto legendFlow = [&](bool place, qreal top) {
            qreal x = l.margin;
            qreal rowY = top + lh / 2;
            auto item = [&](qreal w) {
                if (x + w > l.margin + legendW && x > l.margin) {
                    x = l.margin;
                    rowY += lh * 1.25;
                }
                const qreal at = x;
                x += w + lh;
                return at;
            };
            const QString heading = tr("largest output");
            const qreal hx = item(textWidth(base, heading));
            if (place)
                label(heading, QPointF(hx, rowY), Qt::AlignLeft);
            for (int k = 0; k < K; ++k) {
                const QString name = tr("class %1").arg(k);
                const qreal kx = item(lh * 1.3 + textWidth(base, name));
                if (place) {
                    l.swatches.push_back({k, QRectF(kx, rowY - lh * 0.45, lh * 0.9, lh * 0.9)});
                    label(name, QPointF(kx + lh * 1.3, rowY), Qt::AlignLeft);
                }
            }
            return rowY + lh / 2 - top; // the height taken
        };
        bool legendBelow = false;
        qreal roomW = l.size.width() - 2 * l.margin - leftW - rightW;
        qreal side = std::floor(std::max(lh * 4, std::min(roomW, roomH)));
        if (K > 1) {
            const qreal belowW = l.size.width() - 2 * l.margin - leftW - lh;
            const qreal belowH = roomH - legendFlow(false, 0) - lh * 0.5;
            const qreal belowSide = std::floor(std::max(lh * 4, std::min(belowW, belowH)));
            if (belowSide > side + lh) {
                legendBelow = true;
                roomW = belowW;
                side = belowSide;
            }
        }
        const qreal left = std::round(l.margin + leftW + std::max(0.0, (roomW - side) / 2));
        l.plot = QRectF(left, std::round(l.headerBottom + lh * 0.5), side, side);
        l.radius = std::clamp(lh * 0.45, 4.0, side / 20);
        for (double t : acrossTicks) {
            const QPointF at = l.toPlot(m_plane, t, m_plane.upMin);
            l.ticks.emplace_back(at, at + QPointF(0, tick));
            label(NumberFormat::value(t), at + QPointF(0, tick + l.gap + lh / 2), Qt::AlignHCenter);
        }
        for (double t : upTicks) {
            const QPointF at = l.toPlot(m_plane, m_plane.acrossMin, t);
            l.ticks.emplace_back(at - QPointF(tick, 0), at);
            label(NumberFormat::value(t), at - QPointF(tick + l.gap, 0), Qt::AlignRight);
        }
        label(acrossName, QPointF(l.plot.center().x(), l.plot.bottom() + tick + l.gap + lh * 1.7), Qt::AlignHCenter);
        label(upName, QPointF(l.plot.left() - tick - l.gap - upLabelW - lh * 0.5, l.plot.center().y()), Qt::AlignRight);
        const qreal rightX = l.plot.right() + lh * 1.2;
        if (K == 1) {
            l.bar = QRectF(rightX, l.plot.top(), lh * 0.9, side);
            for (double t : barTicks) {
                const qreal by = l.bar.bottom() - (t - m_plane.low) / (m_plane.high - m_plane.low) * l.bar.height();
                l.ticks.emplace_back(QPointF(l.bar.right(), by), QPointF(l.bar.right() + tick, by));
                label(NumberFormat::value(t), QPointF(l.bar.right() + tick + l.gap, by), Qt::AlignLeft);
            }
            label(outputName, QPointF(l.bar.center().x(), l.bar.bottom() + tick + l.gap + lh / 2), Qt::AlignHCenter);
        } else if (legendBelow) {
            legendFlow(true, l.plot.bottom() + bottomH + lh * 0.3);
        } else {
            qreal ly = l.plot.top() + lh / 2;
            label(tr("largest output"), QPointF(rightX, ly), Qt::AlignLeft);
            for (int k = 0; k < K; ++k) {
                ly += lh * 1.25;
                l.swatches.push_back({k, QRectF(rightX, ly - lh * 0.45, lh * 0.9, lh * 0.9)});
                label(tr("class %1").arg(k), QPointF(rightX + lh * 1.3, ly), Qt::AlignLeft);
            }
        }
        return l;
    }

    // Per-sample mode: a scale (K = 1) or the classes' colours (K > 1) under the header, then
    // the rows, in as many columns as fit.
    l.indexW = textWidth(base, QString::number(std::max(0, N - 1)));
    l.valueW = textWidth(base, NumberFormat::value(-4.444e-08)) + l.gap + textWidth(base, QStringLiteral("d = %1").arg(NumberFormat::value(-4.444e-08)));
    if (K == 1) {
        l.trackW = lh * 7;
        l.rowH = std::round(lh * 1.3);
    } else {
        l.trackW = K * lh * 0.8;
        l.valueW = textWidth(base, tr("class %1").arg(7)) + l.gap + textWidth(base, QStringLiteral("y = %1").arg(NumberFormat::value(-4.444e-08)));
        l.rowH = std::round(lh * 2.0);
    }
    l.columnW = l.indexW + l.gap + l.trackW + l.gap * 2 + l.valueW + lh;
    // From the view's width less a scroll bar's, whether it shows or not: the columns must not
    // change when it appears, or it could come and go for ever.
    const qreal scrollW = verticalScrollBar()->sizeHint().width();
    const qreal usable = width() - 2 * l.margin - scrollW;
    l.columns = std::max(1, int((usable + lh) / l.columnW));
    l.rowsPerColumn = (N + l.columns - 1) / l.columns;
    // The key: where the track's values lie, or the colour of each class.
    const qreal keyY = l.headerBottom + lh / 2;
    const qreal trackX = l.margin + l.indexW + l.gap;
    if (K == 1) {
        const double low = m_plane.low;
        const double high = m_plane.high;
        for (double t : {low, m_plane.threshold, high})
            label(NumberFormat::value(t), QPointF(trackX + (t - low) / (high - low) * l.trackW, keyY), Qt::AlignHCenter);
        label(tr("● output   ▲ target"), QPointF(trackX + l.trackW + l.gap * 2 + lh * 0.5, keyY), Qt::AlignLeft);
    } else {
        qreal x = l.margin;
        qreal ky = keyY;
        for (int k = 0; k < K; ++k) {
            const qreal w = lh * 1.1 + textWidth(base, tr("class %1").arg(k));
            if (x + w > l.size.width() - l.margin && x > l.margin) {
                x = l.margin;
                ky += lh * 1.2;
            }
            l.swatches.push_back({k, QRectF(x, ky - lh * 0.4, lh * 0.8, lh * 0.8)});
            label(tr("class %1").arg(k), QPointF(x + lh * 1.1, ky), Qt::AlignLeft);
            x += w + lh;
        }
        const QString mark = tr("▲ target class");
        const qreal w = textWidth(base, mark);
        if (x + w > l.size.width() - l.margin && x > l.margin) {
            x = l.margin;
            ky += lh * 1.2;
        }
        label(mark, QPointF(x, ky), Qt::AlignLeft);
        l.headerBottom = ky - lh / 2;
    }
    const qreal rowsTop = l.headerBottom + lh * 1.4;
    l.rows = QRectF(0, rowsTop, l.size.width(), std::max(0.0, l.size.height() - rowsTop));
    l.contentH = l.rowsPerColumn * l.rowH + l.margin;
    return l;
}

void GeneralInputPlaneView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    if (m_mode != Mode::PerSample) {
        bar->setRange(0, 0);
        return;
    }
    const Layout &l = layout();
    bar->setSingleStep(int(l.rowH));
    bar->setPageStep(std::max(1, int(l.rows.height())));
    bar->setRange(0, std::max(0, int(std::ceil(l.contentH - l.rows.height()))));
}

void GeneralInputPlaneView::scrollToCurrentSample()
{
    if (!m_step)
        return;
    const Layout &l = layout();
    const int row = l.rowsPerColumn > 0 ? m_step->sample % l.rowsPerColumn : 0;
    const int top = int(std::floor(row * l.rowH));
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + l.rowH > bar->value() + l.rows.height())
        bar->setValue(int(std::ceil(top + l.rowH - l.rows.height())));
}

QRectF GeneralInputPlaneView::sampleRow(int k) const
{
    const Layout &l = layout();
    if (m_mode != Mode::PerSample || l.rowsPerColumn == 0)
        return {};
    const int column = k / l.rowsPerColumn;
    const int row = k % l.rowsPerColumn;
    return QRectF(l.margin + column * l.columnW, l.rows.top() + row * l.rowH - verticalScrollBar()->value(), l.columnW - l.lh, l.rowH);
}

QPointF GeneralInputPlaneView::planePoint(double across, double up) const { return layout().toPlot(m_plane, across, up); }

QRectF GeneralInputPlaneView::plotRect() const { return layout().plot; }

QPointF GeneralInputPlaneView::sampleCentre(int k) const
{
    if (!m_trace)
        return {};
    if (m_mode == Mode::PerSample)
        return sampleRow(k).center();
    const auto x = m_trace->run().data.input(k);
    return planePoint(x[static_cast<std::size_t>(m_plane.across)], x[static_cast<std::size_t>(m_plane.up)]);
}

QList<QRectF> GeneralInputPlaneView::paintedTextRects() const
{
    const Layout &l = layout();
    QList<QRectF> rects;
    for (const auto *lines : {&l.title, &l.state, &l.labels})
        for (const Line &line : *lines)
            rects << line.second;
    return rects;
}

bool GeneralInputPlaneView::sampleOutputFinite(int k) const
{
    const int K = m_trace->run().data.outputCount;
    const double *y = m_sampleOutputs.data() + static_cast<std::size_t>(k) * K;
    return std::all_of(y, y + K, [](double v) { return std::isfinite(v); });
}

int GeneralInputPlaneView::sampleClass(int k) const
{
    if (!sampleOutputFinite(k))
        return -1;
    const int K = m_trace->run().data.outputCount;
    const double *y = m_sampleOutputs.data() + static_cast<std::size_t>(k) * K;
    return int(std::max_element(y, y + K) - y); // the first of equal ones, as numpy's argmax
}

int GeneralInputPlaneView::targetClass(int k) const
{
    const auto d = m_trace->run().data.target(k);
    return int(std::max_element(d.begin(), d.end()) - d.begin());
}

bool GeneralInputPlaneView::onWrongSide(int k) const
{
    if (!sampleOutputFinite(k))
        return true;
    const int K = m_trace->run().data.outputCount;
    if (K > 1)
        return sampleClass(k) != targetClass(k);
    const double y = m_sampleOutputs[static_cast<std::size_t>(k)];
    const double d = m_trace->run().data.target(k)[0];
    return (y >= m_plane.threshold) != (d >= m_plane.threshold);
}

void GeneralInputPlaneView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    invalidateLayout();
}

void GeneralInputPlaneView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        invalidateLayout();
        updateGeometry();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void GeneralInputPlaneView::scrollContentsBy(int, int) { viewport()->update(); }

bool GeneralInputPlaneView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize) // the scroll bar came or went
        m_layout.reset();
    return QAbstractScrollArea::viewportEvent(event);
}

void GeneralInputPlaneView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!m_trace) {
        p.setPen(ValueColors::pending());
        p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, titleText());
        return;
    }
    const Layout &l = layout();
    if (m_mode == Mode::Plane)
        paintPlane(p, l);
    else
        paintPerSample(p, l);
    paintHeader(p, l);
}

void GeneralInputPlaneView::paintHeader(QPainter &p, const Layout &l) const
{
    p.setFont(l.titleFont);
    p.setPen(palette().color(QPalette::Text));
    for (const Line &line : l.title)
        p.drawText(line.second, Qt::AlignLeft | Qt::AlignVCenter, line.first);
    p.setFont(font());
    p.setPen((m_weightsFinite && m_outputsFinite) ? Grey : QColor(0x8b, 0x00, 0x8b));
    for (const Line &line : l.state)
        p.drawText(line.second, Qt::AlignLeft | Qt::AlignVCenter, line.first);
}

void GeneralInputPlaneView::paintPlane(QPainter &p, const Layout &l)
{
    const int K = m_trace->run().data.outputCount;
    const int N = m_trace->run().data.sampleCount;
    // The frame: ticks, their labels and the axes' names, the colour scale or the legend.
    p.setFont(font());
    p.setPen(Grey);
    for (const QLineF &tick : l.ticks)
        p.drawLine(tick);
    for (const Line &label : l.labels)
        p.drawText(label.second, Qt::AlignLeft | Qt::AlignVCenter, label.first);
    if (K == 1) {
        QLinearGradient gradient(l.bar.bottomLeft(), l.bar.topLeft());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, ValueColors::sequential(i / 8.0));
        p.setPen(QPen(Grey, 1));
        p.setBrush(gradient);
        p.drawRect(l.bar);
        const qreal by = l.bar.bottom() - (m_plane.threshold - m_plane.low) / (m_plane.high - m_plane.low) * l.bar.height();
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(l.bar.left() + 1, by), QPointF(l.bar.right() - 1, by));
    }
    for (const auto &[k, rect] : l.swatches) {
        p.setPen(QPen(Grey, 1));
        p.setBrush(GeneralPlaneField::regionColour(k));
        p.drawRect(rect);
        p.setBrush(GeneralPlaneField::classColour(k));
        p.setPen(Qt::NoPen);
        p.drawEllipse(rect.center(), rect.width() * 0.25, rect.width() * 0.25);
    }

    if (!m_weightsFinite) {
        p.setPen(QPen(ValueColors::notFinite(), 2, Qt::DashLine));
        p.setBrush(QColor(0xf6, 0xf0, 0xf6));
        p.drawRect(l.plot);
        p.setPen(QColor(0x8b, 0x00, 0x00));
        p.drawText(l.plot.adjusted(l.lh, l.lh, -l.lh, -l.lh), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The weights are not finite (inf or NaN) at this point of the run, so the network has no output to draw."));
        return;
    }
    if (!m_field)
        requestField(); // cheap fields are computed here if a paint comes first
    if (m_field) {
        // Scaled once per field and plot size: smooth for a shade, nearest for class regions
        // (whose colours are exact, so a pixel tells its class).
        const QSize target = (QSizeF(l.plot.size()) * devicePixelRatioF()).toSize();
        if (m_scaledFor != m_field.get() || m_scaledSize != target) {
            m_scaledField = m_field->image.scaled(target, Qt::IgnoreAspectRatio, K == 1 ? Qt::SmoothTransformation : Qt::FastTransformation);
            m_scaledField.setDevicePixelRatio(devicePixelRatioF());
            m_scaledFor = m_field.get();
            m_scaledSize = target;
        }
        p.drawImage(l.plot.topLeft(), m_scaledField);
        p.save();
        p.setClipRect(l.plot);
        auto onPlot = [&](QPointF point) { return l.toPlot(m_plane, point.x(), point.y()); };
        if (K == 1) {
            // The boundary: a white line with a dark outline, as on the lessons' plane.
            QList<QLineF> segments;
            for (const QPolygonF &line : m_field->contour)
                for (qsizetype i = 1; i < line.size(); ++i)
                    segments << QLineF(onPlot(line[i - 1]), onPlot(line[i]));
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 4.5, Qt::SolidLine, Qt::SquareCap));
            p.drawLines(segments);
            p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::SquareCap));
            p.drawLines(segments);
        } else {
            QList<QLineF> segments;
            for (const QLineF &edge : m_field->boundaries)
                segments << QLineF(onPlot(edge.p1()), onPlot(edge.p2()));
            p.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 1.6, Qt::SolidLine, Qt::SquareCap));
            p.setRenderHint(QPainter::Antialiasing, false);
            p.drawLines(segments);
            p.setRenderHint(QPainter::Antialiasing, true);
        }
        p.restore();
    }
    p.setPen(QPen(Grey, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.plot);
    if (!fieldIsCurrent()) {
        // The worker is computing the field of these weights: say so over the older one.
        const QString note = m_field ? tr("Updating the plane…") : tr("Computing the plane…");
        const QRectF box(l.plot.left() + l.lh * 0.3, l.plot.top() + l.lh * 0.3, textWidth(font(), note) + l.lh * 0.6, l.lh * 1.2);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(box, l.lh * 0.3, l.lh * 0.3);
        p.setPen(Ink);
        p.drawText(box, Qt::AlignCenter, note);
    }

    // The samples, with their targets: one output filled (target on the high side) or hollow;
    // several outputs the colour of the target's class, its number inside. A red ring marks an
    // output on the wrong side, magenta one that is not finite; the current sample is ringed.
    const int current = m_step ? m_step->sample : -1;
    QFont small = scaledFont(font(), 0.8, true);
    p.setFont(small);
    const qreal r = l.radius;
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < N; ++k) {
            if ((k == current) != (pass == 1))
                continue; // the current sample last, on top
            const QPointF c = sampleCentre(k);
            if (k == current)
                drawOutlinedCircle(p, c, r + 7, ValueColors::highlight(), 4.0, Qt::NoBrush);
            if (!sampleOutputFinite(k))
                drawOutlinedCircle(p, c, r + 3.5, ValueColors::notFinite(), 3.0, Qt::NoBrush);
            else if (onWrongSide(k))
                drawOutlinedCircle(p, c, r + 3.5, QColor(0xe0, 0x20, 0x20), 2.5, Qt::NoBrush);
            if (K == 1) {
                const bool high = m_trace->run().data.target(k)[0] >= m_plane.threshold;
                drawOutlinedCircle(p, c, r, high ? Qt::white : Ink, 2.0, high ? QBrush(Ink) : QBrush(Qt::white));
            } else {
                const int t = targetClass(k);
                const QColor colour = GeneralPlaneField::classColour(t);
                drawOutlinedCircle(p, c, r, Qt::white, 1.5, colour);
                drawOutlinedCircle(p, c, r + 1, Ink, 1, Qt::NoBrush);
                if (r >= l.lh * 0.4) {
                    p.setPen(ValueColors::textOn(colour));
                    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(t));
                }
            }
        }
    }
}

void GeneralInputPlaneView::paintPerSample(QPainter &p, const Layout &l) const
{
    const NetworkData &samples = m_trace->run().data;
    const int K = samples.outputCount;
    const int N = samples.sampleCount;
    const qreal lh = l.lh;
    p.setFont(font());
    p.setPen(Grey);
    for (const Line &label : l.labels)
        p.drawText(label.second, Qt::AlignLeft | Qt::AlignVCenter, label.first);
    for (const auto &[k, rect] : l.swatches) {
        p.setPen(QPen(Grey, 1));
        p.setBrush(GeneralPlaneField::classColour(k));
        p.drawRect(rect);
    }
    const double low = m_plane.low;
    const double high = m_plane.high;
    auto scaled = [&](double v) { return std::clamp((v - low) / (high - low), 0.0, 1.0); };

    p.save();
    p.setClipRect(l.rows);
    const int current = m_step ? m_step->sample : -1;
    const QColor base = palette().color(QPalette::Base);
    for (int k = 0; k < N; ++k) {
        const QRectF row = sampleRow(k);
        if (row.bottom() < l.rows.top() || row.top() > l.rows.bottom())
            continue;
        if (k == current) {
            p.setPen(Qt::NoPen);
            p.setBrush(blendedOver(ValueColors::highlight(), 70, base));
            p.drawRect(row.adjusted(-l.gap, 0, 0, 0));
            p.setBrush(ValueColors::highlight());
            p.drawRect(QRectF(row.left() - l.gap, row.top(), 3, row.height()));
        }
        const double *y = m_sampleOutputs.data() + static_cast<std::size_t>(k) * K;
        const auto d = samples.target(k);
        p.setPen(Grey);
        p.drawText(QRectF(row.left(), row.top(), l.indexW, row.height()), Qt::AlignRight | Qt::AlignVCenter, QString::number(k));
        const qreal trackX = row.left() + l.indexW + l.gap;
        const qreal valueX = trackX + l.trackW + l.gap * 2;
        const QRectF valueRect(valueX, row.top(), row.right() - valueX, row.height());
        if (K == 1) {
            const qreal cy = row.center().y();
            p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
            p.drawLine(QPointF(trackX, cy), QPointF(trackX + l.trackW, cy));
            const qreal mid = trackX + scaled(m_plane.threshold) * l.trackW;
            p.drawLine(QPointF(mid, cy - lh * 0.3), QPointF(mid, cy + lh * 0.3));
            // The target: a dark triangle under the track.
            const qreal tx = trackX + scaled(d[0]) * l.trackW;
            QPolygonF triangle;
            triangle << QPointF(tx, cy + lh * 0.05) << QPointF(tx - lh * 0.3, cy + lh * 0.5) << QPointF(tx + lh * 0.3, cy + lh * 0.5);
            p.setPen(Qt::NoPen);
            p.setBrush(Ink);
            p.drawPolygon(triangle);
            const bool wrong = onWrongSide(k);
            QString text;
            if (std::isfinite(y[0])) {
                const qreal yx = trackX + scaled(y[0]) * l.trackW;
                drawOutlinedCircle(p, QPointF(yx, cy - lh * 0.1), lh * 0.28, Qt::white, 1.5, wrong ? QColor(0xe0, 0x20, 0x20) : ValueColors::positive());
            } else {
                drawOutlinedCircle(p, QPointF(trackX + l.trackW / 2, cy - lh * 0.1), lh * 0.28, Qt::white, 1.5, ValueColors::notFinite());
            }
            p.setPen(!std::isfinite(y[0]) ? ValueColors::notFinite() : wrong ? WrongRed : Ink);
            const QString value = NumberFormat::value(y[0]);
            p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, value);
            p.setPen(Grey);
            p.drawText(valueRect.adjusted(textWidth(font(), value) + l.gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("d = %1").arg(NumberFormat::value(d[0])));
            continue;
        }
        // K bars, over the same scale, the target's class marked under its bar.
        const int target = targetClass(k);
        const qreal slot = l.trackW / K;
        const qreal barBottom = row.top() + row.height() - lh * 0.55;
        const qreal barTop = row.top() + lh * 0.2;
        p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
        p.drawLine(QPointF(trackX, barBottom), QPointF(trackX + l.trackW, barBottom));
        for (int i = 0; i < K; ++i) {
            const qreal x = trackX + i * slot + slot * 0.12;
            const qreal w = slot * 0.76;
            if (std::isfinite(y[i])) {
                const qreal h = scaled(y[i]) * (barBottom - barTop);
                p.setPen(Qt::NoPen);
                p.setBrush(GeneralPlaneField::classColour(i));
                p.drawRect(QRectF(x, barBottom - h, w, h));
            } else {
                p.setPen(QPen(ValueColors::notFinite(), 1.5));
                p.setBrush(QBrush(ValueColors::notFinite(), Qt::BDiagPattern));
                p.drawRect(QRectF(x, barTop, w, barBottom - barTop));
            }
            if (i == target) {
                QPolygonF triangle;
                const qreal cx = x + w / 2;
                triangle << QPointF(cx, barBottom + lh * 0.05) << QPointF(cx - lh * 0.28, barBottom + lh * 0.45)
                         << QPointF(cx + lh * 0.28, barBottom + lh * 0.45);
                p.setPen(Qt::NoPen);
                p.setBrush(Ink);
                p.drawPolygon(triangle);
            }
        }
        const int shown = sampleClass(k);
        p.setPen(shown < 0 ? ValueColors::notFinite() : shown != target ? WrongRed : Ink);
        const QString cls = shown < 0 ? NumberFormat::value(std::nan("")) : tr("class %1").arg(shown);
        p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, cls);
        if (shown >= 0) {
            p.setPen(Grey);
            p.drawText(valueRect.adjusted(textWidth(font(), cls) + l.gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("y = %1").arg(NumberFormat::value(y[shown])));
        }
    }
    p.restore();
}

} // namespace deltatrace
