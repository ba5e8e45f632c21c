// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generaltrainingcharts.h"

#include "chartpicture.h"
#include "numberformat.h"
#include "shapedtextcache.h"
#include "trainingchartview.h"
#include "valuecolors.h"

#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QTabWidget>
#include <QTextDocument>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace deltatrace {

namespace {

constexpr int LossMse = 0;
constexpr int LossCrossEntropy = 1;
constexpr qreal LineWidth = 2.0;
// A run of one epoch has its epoch in the middle of an axis this far either side of it.
constexpr double OneEpochHalfWidth = 0.5;
// A line broken into more finite stretches than this is drawn with the rest joined into its last
// series: thousands of series (a value flickering between finite and not) would drown the chart.
constexpr std::size_t MaxSeriesPerLine = 16;
// Rows of epoch summaries handed to the decimator at a time.
constexpr int SummaryChunk = 4096;

QPen linePen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

const QColor Grey(0x50, 0x50, 0x50);

// The pen of line `index` of the outputs chart: the shared series colours, dashed once they
// repeat (there are seven, and eight outputs or samples).
QPen outputPen(int index, qreal width, bool target)
{
    const Qt::PenStyle style = target ? Qt::DotLine : index >= 7 ? Qt::DashLine : Qt::SolidLine;
    return linePen(ValueColors::series(index), width, style);
}

// Padding that cannot overflow even for values near the double range.
std::pair<double, double> padded(double lo, double hi)
{
    if (!(lo <= hi))
        return {0.0, 1.0};
    const double span = hi - lo;
    if (!std::isfinite(span))
        return {lo, hi};
    if (span == 0.0) {
        const double pad = std::max(0.5, std::abs(lo) * 0.1);
        return {lo - pad, hi + pad};
    }
    return {lo - span * 0.04, hi + span * 0.04};
}

// The smallest of 1, 2 and 5 times a power of ten, from about `smallest` on, that `fits`
// accepts (TrainingCharts' rule for round tick steps).
template<typename Fits>
double niceStep(double smallest, double largest, Fits fits)
{
    double decade = std::pow(10.0, std::floor(std::log10(smallest)));
    for (int i = 0; i < 40; ++i, decade *= 10.0)
        for (double m : {1.0, 2.0, 5.0}) {
            const double step = m * decade;
            if (step >= smallest * (1.0 - 1e-9) && (fits(step) || step >= largest))
                return step;
        }
    return decade;
}

bool elided(const QString &text) { return text.contains(QLatin1String("...")) || text.contains(QChar(0x2026)); }

// `count` indices from 0 to last, evenly spread, the ends included (all of them when there are
// no more than `count`).
std::vector<int> spread(int total, int count)
{
    std::vector<int> out;
    if (total <= count) {
        for (int i = 0; i < total; ++i)
            out.push_back(i);
        return out;
    }
    for (int i = 0; i < count; ++i)
        out.push_back(static_cast<int>(std::llround(static_cast<double>(i) * (total - 1) / (count - 1))));
    return out;
}

} // namespace

GeneralTrainingCharts::GeneralTrainingCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    for (int i = 0; i < ChartCount; ++i) {
        Page &p = m_pages[static_cast<std::size_t>(i)];
        p.widget = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(p.widget);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->setSpacing(0);
        p.note = new QLabel(p.widget);
        p.note->setWordWrap(true);
        p.note->setTextFormat(Qt::PlainText);
        p.note->setVisible(false);
        // The warning look of non-finite numbers elsewhere (TrainingCharts).
        p.note->setStyleSheet(QStringLiteral("QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0;"
                                             " border-radius: 3px; padding: 2px 6px; margin: 4px 6px 0px 6px; }"));
        pageLayout->addWidget(p.note);
        p.chart = new QChart;
        const auto which = static_cast<Chart>(i);
        p.view = new TrainingChartView(p.chart, [this, which](const QPointF &pos) { activateAt(which, pos); }, p.widget);
        p.view->installEventFilter(this);
        pageLayout->addWidget(p.view, 1);
        // Under the chart, on its white: names wrap into rows rather than being cut short.
        p.legend = new ChartLegend(p.widget);
        p.legend->setAutoFillBackground(true);
        QPalette white = p.legend->palette();
        white.setColor(QPalette::Window, Qt::white);
        white.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        p.legend->setPalette(white);
        pageLayout->addWidget(p.legend, 0);
        for (QWidget *target : {static_cast<QWidget *>(p.view), static_cast<QWidget *>(p.legend)}) {
            target->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(target, &QWidget::customContextMenuRequested, this, [this, target](const QPoint &pos) {
                auto *area = qobject_cast<QAbstractScrollArea *>(target);
                QMenu menu(this);
                PictureExporter::addActions(menu, this, [this] { return picture(); });
                menu.exec((area ? area->viewport() : target)->mapToGlobal(pos));
            });
        }
        m_tabs->addTab(p.widget, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index < 0 || index >= ChartCount)
            return;
        ensureBuilt(static_cast<Chart>(index));
        updateMarker(m_pages[static_cast<std::size_t>(index)]);
    });
    retranslate();
    rebuildAll();
}

GeneralTrainingCharts::~GeneralTrainingCharts() = default;

int GeneralTrainingCharts::epochCount() const { return m_trace ? m_trace->epochCount() : 0; }

void GeneralTrainingCharts::setTrace(std::shared_ptr<const NetworkTrace> trace)
{
    m_trace = std::move(trace);
    m_currentEpoch = 0;
    m_currentSample = 0;
    m_outputsReady = false;
    m_outputEpochs.clear();
    m_outputs.clear();
    m_drawnSamples.clear();
    m_outputsFirstNonFinite = -1;
    m_sampleLines.clear();
    m_linesSample = -1;
    prepareLoss();
    rebuildAll();
}

void GeneralTrainingCharts::prepareLoss()
{
    m_loss.clear();
    m_hasCrossEntropy = false;
    if (!m_trace || epochCount() <= 0)
        return;
    const Architecture &a = m_trace->architecture();
    const Activation output = a.activation(a.layerCount());
    // NetworkEpochSummary has a cross-entropy for these outputs only (NaN for the others).
    m_hasCrossEntropy = output == Activation::Sigmoid || output == Activation::Softmax;
    // The summaries are stored per epoch: a 10 000 000-epoch run is read once, a chunk at a time.
    const long long epochs = epochCount();
    ChartDecimator decimator(2, epochs, MaxPointsPerSeries);
    std::vector<double> rows(static_cast<std::size_t>(SummaryChunk) * 2);
    for (long long first = 0; first < epochs; first += SummaryChunk) {
        const long long n = std::min<long long>(SummaryChunk, epochs - first);
        for (long long i = 0; i < n; ++i) {
            const NetworkEpochSummary s = m_trace->epochSummary(static_cast<int>(first + i));
            rows[static_cast<std::size_t>(2 * i)] = s.meanSquaredError;
            rows[static_cast<std::size_t>(2 * i + 1)] = s.crossEntropy;
        }
        decimator.addRows(rows.data(), n, 2);
    }
    m_loss = decimator.finish();
}

void GeneralTrainingCharts::prepareOutputs()
{
    if (m_outputsReady)
        return;
    m_outputsReady = true;
    if (!m_trace || epochCount() <= 0)
        return;
    const int n = m_trace->run().sampleCount();
    const int k = m_trace->architecture().outputCount();
    // The outputs the recording kept at a few hundred epochs spread over the run: they draw its
    // course at any length, and nothing is recomputed here.
    m_outputEpochs = m_trace->keptOutputEpochs();
    m_outputs.clear();
    m_outputs.reserve(m_outputEpochs.size() * static_cast<std::size_t>(n) * static_cast<std::size_t>(k));
    for (std::size_t i = 0; i < m_outputEpochs.size(); ++i) {
        const std::span<const double> outputs = m_trace->keptOutputs(i);
        m_outputs.insert(m_outputs.end(), outputs.begin(), outputs.end());
        if (m_outputsFirstNonFinite < 0
            && std::any_of(outputs.begin(), outputs.end(), [](double v) { return !std::isfinite(v); }))
            m_outputsFirstNonFinite = m_outputEpochs[i];
    }
    if (k == 1)
        m_drawnSamples = spread(n, MaxSampleLines);
}

std::vector<ChartDecimator::Segment> GeneralTrainingCharts::outputSegments(int sample, int output, long long *firstNonFinite) const
{
    std::vector<ChartDecimator::Segment> segments;
    if (!m_trace)
        return segments;
    const auto n = static_cast<std::size_t>(m_trace->run().sampleCount());
    const auto k = static_cast<std::size_t>(m_trace->architecture().outputCount());
    ChartDecimator::Segment current;
    for (std::size_t i = 0; i < m_outputEpochs.size(); ++i) {
        const double v = m_outputs[(i * n + static_cast<std::size_t>(sample)) * k + static_cast<std::size_t>(output)];
        if (!std::isfinite(v)) {
            if (firstNonFinite && *firstNonFinite < 0)
                *firstNonFinite = m_outputEpochs[i];
            if (!current.isEmpty())
                segments.push_back(std::exchange(current, {}));
            continue;
        }
        current.append(QPointF(m_outputEpochs[i], v));
    }
    if (!current.isEmpty())
        segments.push_back(std::move(current));
    return segments;
}

void GeneralTrainingCharts::setPosition(NetworkPosition position)
{
    if (!m_trace || m_trace->stepCount() <= 0)
        return;
    const long long step = std::clamp(position.step, 0LL, m_trace->stepCount() - 1);
    const int n = m_trace->run().sampleCount();
    const int epoch = static_cast<int>(step / n);
    const int sample = static_cast<int>(step % n);
    const Chart shown = currentChart();
    if (sample != m_currentSample) {
        m_currentSample = sample;
        // Only the outputs of several outputs follow the sample; its lines are refilled now if
        // the chart is on screen, else when it is shown.
        if (shown == Chart::Outputs && !m_sampleLines.empty() && !pageOf(Chart::Outputs).stale)
            fillSampleLines();
    }
    if (epoch != m_currentEpoch) {
        m_currentEpoch = epoch;
        updateMarker(pageOf(shown));
    }
}

void GeneralTrainingCharts::showChart(Chart chart) { m_tabs->setCurrentIndex(static_cast<int>(chart)); }

GeneralTrainingCharts::Chart GeneralTrainingCharts::currentChart() const { return static_cast<Chart>(m_tabs->currentIndex()); }

void GeneralTrainingCharts::ensureBuilt(Chart chart)
{
    Page &p = pageOf(chart);
    if (chart == Chart::Outputs && !m_outputsReady) {
        // Gathered when the chart is first looked at, once per run.
        prepareOutputs();
        p.stale = true;
        updateNotes();
    }
    if (p.stale) {
        p.stale = false;
        rebuild(chart);
        applyFonts(chart);
    } else if (chart == Chart::Outputs && !m_sampleLines.empty() && m_linesSample != m_currentSample) {
        fillSampleLines();
    }
}

void GeneralTrainingCharts::rebuildAll()
{
    // The chart shown is built now, the other when its tab is chosen.
    for (Page &p : m_pages)
        p.stale = true;
    ensureBuilt(currentChart());
    updateNotes();
}

void GeneralTrainingCharts::rebuild(Chart which)
{
    Page &p = pageOf(which);
    // A fresh chart per rebuild, filled before it is shown (TrainingCharts: refilling a chart on
    // screen leaves QtCharts with stale axis labels).
    QChart *const old = p.chart;
    p.chart = new QChart;
    p.chart->setAnimationOptions(QChart::NoAnimation);
    p.chart->setMargins(QMargins(4, 4, 4, 0));
    p.chart->setBackgroundRoundness(0);
    p.chart->layout()->setContentsMargins(0, 0, 0, 0);
    // QtCharts' legend is squeezed to nothing; the ChartLegend under the view has the names.
    p.chart->legend()->setAlignment(Qt::AlignBottom);
    p.chart->legend()->setContentsMargins(0, 0, 0, 0);
    p.chart->legend()->setMaximumHeight(0);
    p.data.clear();
    p.anchor = nullptr;
    p.legendEntries.clear();
    p.fitPasses = 0;
    p.fitQueued = false;
    p.xMax = std::max(0, epochCount() - 1);
    p.xAxis = new QValueAxis;
    p.xAxis->setTitleText(tr("epoch"));
    p.xAxis->setLabelFormat(QStringLiteral("%.0f"));
    p.xAxis->setRange(p.xMax > 0.0 ? 0.0 : -OneEpochHalfWidth, p.xMax > 0.0 ? p.xMax : OneEpochHalfWidth);
    if (which == Chart::Loss)
        buildLossChart(p);
    else
        buildOutputsChart(p);
    p.legend->setEntries(p.legendEntries);
    m_tabs->setTabToolTip(static_cast<int>(which), p.title);
    p.view->setChart(p.chart); // releases, does not delete, the old chart
    delete old;
    if (which == Chart::Outputs && !m_sampleLines.empty())
        fillSampleLines();
}

QLineSeries *GeneralTrainingCharts::addSeries(Page &page, const QList<QPointF> &points, const QString &name, const QPen &pen)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    // Points mark the epochs of a short run, where a line between two would hide them.
    series->setPointsVisible(epochCount() <= 40);
    series->replace(points);
    page.chart->addSeries(series);
    page.data.push_back(series);
    return series;
}

void GeneralTrainingCharts::addLine(Page &page, const std::vector<ChartDecimator::Segment> &segments, const QString &name,
                                    const QPen &pen, bool inLegend)
{
    QList<QPointF> tail;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i + 1 < MaxSeriesPerLine)
            addSeries(page, segments[i], name, pen);
        else
            tail.append(segments[i]);
    }
    if (!tail.isEmpty() || segments.empty())
        addSeries(page, tail, name, pen);
    if (inLegend)
        page.legendEntries << ChartLegend::Entry{name, pen};
}

void GeneralTrainingCharts::buildLossChart(Page &page)
{
    page.title = tr("Loss per epoch");
    double lo = 0.0;
    double hi = 0.0;
    if (!m_loss.empty()) {
        auto add = [&](int column, const QString &name, const QColor &color) {
            const ChartDecimator::Column &c = m_loss[static_cast<std::size_t>(column)];
            addLine(page, c.segments, name, linePen(color, LineWidth), true);
            if (!c.segments.empty()) {
                lo = std::min(lo, c.minimum);
                hi = std::max(hi, c.maximum);
            }
        };
        add(LossMse, tr("mean squared error"), ValueColors::series(0));
        if (m_hasCrossEntropy)
            add(LossCrossEntropy, tr("cross-entropy"), ValueColors::series(4));
    }
    // From 0: a loss is never negative, and the eye reads its fall against the zero line.
    if (!(hi > lo))
        hi = lo + 1.0;
    const double top = std::isfinite(hi * 1.05) ? hi * 1.05 : hi;
    page.yAxis = new QValueAxis;
    page.yAxis->setTitleText(tr("loss"));
    finishChart(page, lo, top);
}

QString GeneralTrainingCharts::outputsTitle() const
{
    if (!m_trace)
        return tr("Outputs per epoch");
    const Architecture &a = m_trace->architecture();
    const QString y = QStringLiteral("y%1").arg(a.layerCount());
    if (a.outputCount() > 1)
        return tr("Outputs %1 of the current sample per epoch, with their targets d").arg(y);
    const int n = m_trace->run().sampleCount();
    if (n > MaxSampleLines)
        return tr("Output %1 per epoch of %2 of the %3 samples, with their targets d").arg(y).arg(MaxSampleLines).arg(n);
    return tr("Output %1 per epoch for every sample, with its target d").arg(y);
}

void GeneralTrainingCharts::buildOutputsChart(Page &page)
{
    page.title = outputsTitle();
    m_sampleLines.clear();
    m_linesSample = -1;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    auto include = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    if (m_trace && !m_outputEpochs.empty()) {
        const Architecture &a = m_trace->architecture();
        const NetworkData &runData = m_trace->run().data;
        const int n = runData.sampleCount;
        const int k = a.outputCount();
        const LayerQuantity y{LayerQuantity::Kind::Y, a.layerCount()};
        // The axis is fixed for the run (every sample's outputs and targets), so that it stays
        // still while the sample changes; a sigmoid's or softmax's whole range, a tanh's too.
        const Activation activation = a.activation(a.layerCount());
        if (activation == Activation::Sigmoid || activation == Activation::Softmax) {
            include(0.0);
            include(1.0);
        } else if (activation == Activation::Tanh) {
            include(-1.0);
            include(1.0);
        }
        const bool oneOutput = k == 1;
        for (int s = 0; s < n; ++s) {
            if (oneOutput && std::find(m_drawnSamples.begin(), m_drawnSamples.end(), s) == m_drawnSamples.end())
                continue;
            for (int o = 0; o < k; ++o) {
                include(runData.d[static_cast<std::size_t>(s) * static_cast<std::size_t>(k) + static_cast<std::size_t>(o)]);
                for (std::size_t i = 0; i < m_outputEpochs.size(); ++i)
                    include(m_outputs[(i * static_cast<std::size_t>(n) + static_cast<std::size_t>(s)) * static_cast<std::size_t>(k)
                                      + static_cast<std::size_t>(o)]);
            }
        }
        const double from = page.xMax > 0.0 ? 0.0 : -OneEpochHalfWidth;
        const double to = page.xMax > 0.0 ? page.xMax : OneEpochHalfWidth;
        if (oneOutput) {
            if (n > MaxSampleLines)
                // Said in the legend too: the title is left out of a short chart.
                page.legendEntries << ChartLegend::Entry{tr("%1 of the %2 samples, spread over the data:").arg(MaxSampleLines).arg(n),
                                                         QPen(Qt::NoPen)};
            for (std::size_t j = 0; j < m_drawnSamples.size(); ++j) {
                const int s = m_drawnSamples[j];
                const double d = runData.d[static_cast<std::size_t>(s)];
                addLine(page, outputSegments(s, 0), tr("sample %1 (d = %2)").arg(s).arg(NumberFormat::value(d)),
                        outputPen(static_cast<int>(j), LineWidth, false), true);
                if (std::isfinite(d))
                    addSeries(page, {QPointF(from, d), QPointF(to, d)}, tr("target d"), outputPen(static_cast<int>(j), 1.5, true));
            }
        } else {
            // The sample shown, first in the legend (fillSampleLines() names it).
            page.legendEntries << ChartLegend::Entry{QString(), QPen(Qt::NoPen)};
            // The lines follow the current sample: as many series per output as its most broken
            // line over all samples needs, so that a move to another sample refills them.
            for (int o = 0; o < k; ++o) {
                std::size_t most = 1;
                for (int s = 0; s < n; ++s)
                    most = std::max(most, std::min(MaxSeriesPerLine, outputSegments(s, o).size()));
                const QString name = QString::fromStdString(y.elementName(a, o));
                const QPen pen = outputPen(o, LineWidth, false);
                SampleLine line{o, false, {}};
                for (std::size_t i = 0; i < most; ++i)
                    line.series.push_back(addSeries(page, {}, name, pen));
                m_sampleLines.push_back(std::move(line));
                page.legendEntries << ChartLegend::Entry{name, pen};
            }
            for (int o = 0; o < k; ++o) {
                SampleLine target{o, true, {}};
                target.series.push_back(addSeries(page, {}, tr("target d[%1]").arg(o), outputPen(o, 1.5, true)));
                m_sampleLines.push_back(std::move(target));
            }
        }
        page.legendEntries << ChartLegend::Entry{tr("target d"), linePen(Grey, 1.5, Qt::DotLine)};
    }
    if (!(lo <= hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    const auto [yLow, yHigh] = padded(lo, hi);
    page.yAxis = new QValueAxis;
    page.yAxis->setTitleText(tr("output"));
    finishChart(page, yLow, yHigh);
}

void GeneralTrainingCharts::fillSampleLines()
{
    if (!m_trace || m_sampleLines.empty())
        return;
    Page &p = pageOf(Chart::Outputs);
    const int k = m_trace->architecture().outputCount();
    const double from = p.xMax > 0.0 ? 0.0 : -OneEpochHalfWidth;
    const double to = p.xMax > 0.0 ? p.xMax : OneEpochHalfWidth;
    for (SampleLine &line : m_sampleLines) {
        if (line.target) {
            const double d = m_trace->run().data.d[static_cast<std::size_t>(m_currentSample) * static_cast<std::size_t>(k)
                                                   + static_cast<std::size_t>(line.output)];
            line.series.front()->replace(std::isfinite(d) ? QList<QPointF>{QPointF(from, d), QPointF(to, d)} : QList<QPointF>{});
            continue;
        }
        std::vector<ChartDecimator::Segment> segments = outputSegments(m_currentSample, line.output);
        // More stretches than series: the rest joined into the last.
        while (segments.size() > line.series.size()) {
            ChartDecimator::Segment last = std::move(segments.back());
            segments.pop_back();
            segments.back().append(last);
        }
        for (std::size_t i = 0; i < line.series.size(); ++i)
            line.series[i]->replace(i < segments.size() ? segments[i] : QList<QPointF>{});
    }
    m_linesSample = m_currentSample;
    // Said in the legend, not the title: a new title lays the chart out again at every step.
    p.legendEntries.front().text = tr("sample %1:").arg(m_currentSample);
    p.legend->setEntries(p.legendEntries);
}

void GeneralTrainingCharts::finishChart(Page &page, double yLow, double yHigh)
{
    page.yLow = page.dataLow = yLow;
    page.yHigh = page.dataHigh = yHigh;
    page.yAxis->setRange(yLow, yHigh); // its ticks and ends are fitted to the plot (fitText)
    page.yAxis->setLabelFormat(QStringLiteral("%.3g"));
    page.xAxis->setTruncateLabels(false);
    page.yAxis->setTruncateLabels(false);
    // The marker is painted by the view over its picture of the chart; this maps epochs.
    page.anchor = new QLineSeries;
    page.anchor->append({QPointF(0, yLow), QPointF(0, yHigh)});
    page.anchor->setVisible(false);
    page.chart->addSeries(page.anchor);
    for (QLegendMarker *m : page.chart->legend()->markers())
        m->setVisible(false);
    connect(page.chart, &QChart::plotAreaChanged, this, [this, chart = page.chart] {
        for (Page &p : m_pages)
            if (p.chart == chart) {
                updateMarker(p);
                // Fitted from the event loop, once QtCharts has taken its new size
                // (TrainingCharts::finishChart says why).
                if (!p.fitQueued) {
                    p.fitQueued = true;
                    QMetaObject::invokeMethod(chart, [this, chart] {
                        for (Page &q : m_pages)
                            if (q.chart == chart) {
                                q.fitQueued = false;
                                fitText(q);
                                updateMarker(q);
                            }
                    }, Qt::QueuedConnection);
                }
            }
    });
    page.chart->addAxis(page.xAxis, Qt::AlignBottom);
    page.chart->addAxis(page.yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : page.chart->series()) {
        series->attachAxis(page.xAxis);
        series->attachAxis(page.yAxis);
    }
    updateMarker(page);
}

void GeneralTrainingCharts::fitText(Page &page)
{
    if (!page.xAxis || !page.yAxis || page.fitPasses > 8)
        return;
    QChart *const chart = page.chart;
    const QRectF plot = chart->plotArea();
    if (plot.width() < 1.0 || plot.height() < 1.0)
        return;
    bool changed = false;
    auto set = [&changed](auto current, auto wanted, auto apply) {
        if (current != wanted) {
            apply(wanted);
            changed = true;
        }
    };
    // As TrainingCharts fits its text: the title only on one line of a tall enough chart, round
    // epoch ticks a line apart, the axis titles where they fit, value ticks 2.5 lines apart.
    const QFontMetricsF titleMetrics(chart->titleFont());
    const qreal titleRoom = chart->size().width() - chart->margins().left() - chart->margins().right() - titleMetrics.height();
    const bool tall = chart->size().height() >= QFontMetricsF(page.xAxis->labelsFont()).height() * 15;
    const QString title = tall && titleMetrics.horizontalAdvance(page.title) <= titleRoom ? page.title : QString();
    set(chart->title(), title, [chart](const QString &t) { chart->setTitle(t); });

    const QFontMetricsF xMetrics(page.xAxis->labelsFont());
    const qreal xGap = xMetrics.height() * 1.2;
    const qreal zeroOffset = xMetrics.horizontalAdvance(QStringLiteral("0")) / 2.0 + 3.0;
    const qreal xRoom = std::max(1.0, plot.width() - zeroOffset);
    double xStep = 1.0;
    double xStart = -OneEpochHalfWidth;
    double xEnd = OneEpochHalfWidth;
    if (page.xMax > 0.0) {
        xStep = niceStep(1.0, page.xMax, [&](double step) {
            const double end = std::max(step, std::ceil(page.xMax / step) * step);
            const qreal label = xMetrics.horizontalAdvance(QString::number(end, 'f', 0));
            return xRoom * step / end >= label + xGap;
        });
        xEnd = std::max(xStep, std::ceil(page.xMax / xStep) * xStep);
        xStart = -zeroOffset * xEnd / xRoom;
    }
    // Room right of the plot for half the last epoch's label, which stands centred on its end.
    const int rightMargin = static_cast<int>(std::ceil(xMetrics.horizontalAdvance(QString::number(xEnd, 'f', 0)) / 2.0)) + 4;
    set(chart->margins().right(), rightMargin, [chart](int right) {
        QMargins margins = chart->margins();
        margins.setRight(right);
        chart->setMargins(margins);
    });
    set(page.xAxis->tickType(), QValueAxis::TicksDynamic, [&](QValueAxis::TickType t) {
        page.xAxis->setTickAnchor(0.0);
        page.xAxis->setTickType(t);
    });
    set(page.xAxis->tickInterval(), xStep, [&](double step) { page.xAxis->setTickInterval(step); });
    if (page.xAxis->min() != xStart || page.xAxis->max() != xEnd) {
        page.xAxis->setRange(xStart, xEnd);
        changed = true;
    }
    const bool xTitle = QFontMetricsF(page.xAxis->titleFont()).horizontalAdvance(page.xAxis->titleText()) <= plot.width()
        && chart->size().height() >= xMetrics.height() * 11;
    set(page.xAxis->isTitleVisible(), xTitle, [&](bool on) { page.xAxis->setTitleVisible(on); });
    const bool yTitle = QFontMetricsF(page.yAxis->titleFont()).horizontalAdvance(page.yAxis->titleText()) <= plot.height();
    set(page.yAxis->isTitleVisible(), yTitle, [&](bool on) { page.yAxis->setTitleVisible(on); });

    const qreal yGap = QFontMetricsF(page.yAxis->labelsFont()).height() * 2.5;
    const double lo = page.dataLow;
    const double hi = page.dataHigh;
    double low = lo;
    double high = hi;
    if (hi > lo && std::isfinite(hi - lo) && std::abs(lo) < 1e12 && std::abs(hi) < 1e12) {
        // Round ticks, the axis widened to the nearest of them (not near the double range, where
        // rounding misbehaves; QtCharts then spaces its own ticks).
        const bool keepsRange = &page == &m_pages[static_cast<std::size_t>(Chart::Outputs)];
        const double step = niceStep((hi - lo) / 50.0, hi - lo, [&](double s) {
            const double shown = keepsRange ? hi - lo : std::ceil(hi / s) * s - std::floor(lo / s) * s;
            return plot.height() * s / shown >= yGap;
        });
        // The loss axis ends on a tick; the outputs' keeps its range (a sigmoid's 0 to 1 and a
        // little), which a tick step of 0.5 would widen to -0.5 .. 1.5, a third of it empty.
        if (!keepsRange) {
            low = std::floor(lo / step) * step;
            high = std::ceil(hi / step) * step;
        }
        set(page.yAxis->tickType(), QValueAxis::TicksDynamic, [&](QValueAxis::TickType t) {
            page.yAxis->setTickAnchor(0.0);
            page.yAxis->setTickType(t);
        });
        set(page.yAxis->tickInterval(), step, [&](double s) { page.yAxis->setTickInterval(s); });
    }
    if (page.yAxis->min() != low || page.yAxis->max() != high) {
        page.yAxis->setRange(low, high);
        changed = true;
    }
    page.yLow = low; // the marker's ends
    page.yHigh = high;
    if (changed)
        ++page.fitPasses;
}

void GeneralTrainingCharts::updateMarker(Page &page)
{
    if (!page.anchor || !page.view)
        return;
    const QRectF plot = page.chart->plotArea();
    if (plot.isEmpty() || epochCount() <= 0) {
        page.view->setMarker(std::nullopt);
        return;
    }
    // From the top of the plot to its bottom, the label right of it at the top (left of it near
    // the right edge), as TrainingCharts marks the epoch.
    TrainingChartView::Marker marker;
    marker.epoch = m_currentEpoch;
    marker.label = tr("epoch %1").arg(m_currentEpoch);
    marker.font = m_markerFont;
    const QPointF top = page.chart->mapToPosition(QPointF(m_currentEpoch, page.yHigh), page.anchor);
    const QPointF bottom = page.chart->mapToPosition(QPointF(m_currentEpoch, page.yLow), page.anchor);
    marker.line = QLineF(page.chart->mapToScene(top), page.chart->mapToScene(bottom));
    const QSizeF box = ShapedTextCache::lineSize(marker.font, page.view->viewport(), marker.label);
    const qreal gap = box.height() * 0.25;
    qreal xPos = top.x() + gap;
    if (xPos + box.width() > plot.right())
        xPos = top.x() - gap - box.width();
    marker.labelTopLeft = page.chart->mapToScene(QPointF(xPos, plot.top() + gap * 0.5));
    page.view->setMarker(marker);
}

void GeneralTrainingCharts::updateNotes()
{
    // The loss: which lines have gaps, from which epoch, and which are missing altogether.
    QStringList loss;
    if (!m_loss.empty()) {
        std::vector<std::pair<int, QString>> lines = {{LossMse, tr("mean squared error")}};
        if (m_hasCrossEntropy)
            lines.emplace_back(LossCrossEntropy, tr("cross-entropy"));
        long long first = -1;
        QStringList gaps;
        QStringList missing;
        for (const auto &[column, name] : lines) {
            const ChartDecimator::Column &c = m_loss[static_cast<std::size_t>(column)];
            if (c.firstNonFiniteRow < 0)
                continue;
            if (c.pointCount() == 0) {
                missing << name;
                continue;
            }
            gaps << name;
            if (first < 0 || c.firstNonFiniteRow < first)
                first = c.firstNonFiniteRow;
        }
        if (first >= 0)
            loss << tr("Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.")
                        .arg(first)
                        .arg(gaps.join(QStringLiteral(", ")));
        if (!missing.isEmpty())
            loss << tr("Not finite (inf or NaN) at any epoch, so not drawn at all: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    Page &lossPage = pageOf(Chart::Loss);
    lossPage.note->setText(loss.join(QLatin1Char(' ')));
    lossPage.note->setVisible(!loss.isEmpty());

    Page &outputsPage = pageOf(Chart::Outputs);
    const bool outputsBroken = m_outputsFirstNonFinite >= 0;
    if (outputsBroken)
        outputsPage.note->setText(tr("Outputs are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing.")
                                      .arg(m_outputsFirstNonFinite));
    outputsPage.note->setVisible(outputsBroken);
}

void GeneralTrainingCharts::activateAt(Chart which, const QPointF &viewportPos)
{
    const Page &p = m_pages[static_cast<std::size_t>(which)];
    if (!p.anchor || epochCount() <= 0)
        return;
    const QPointF chartPos = p.chart->mapFromScene(p.view->mapToScene(viewportPos.toPoint()));
    if (!p.chart->plotArea().contains(chartPos))
        return;
    const double x = p.chart->mapToValue(chartPos, p.anchor).x();
    if (!std::isfinite(x))
        return;
    emit epochActivated(static_cast<int>(std::clamp(std::llround(x), 0LL, static_cast<long long>(epochCount() - 1))));
}

void GeneralTrainingCharts::applyFonts()
{
    for (int i = 0; i < ChartCount; ++i)
        applyFonts(static_cast<Chart>(i));
}

void GeneralTrainingCharts::applyFonts(Chart chart)
{
    // The widget's font and sizes from it, as TrainingCharts scales for presenting.
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    if (base.pointSizeF() > 0)
        title.setPointSizeF(base.pointSizeF() * 1.15);
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.9);
    m_markerFont = small;
    Page &p = pageOf(chart);
    p.chart->setTitleFont(title);
    for (QAbstractAxis *axis : p.chart->axes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(base);
    }
    p.note->setFont(base);
    const int line = QFontMetrics(base).height();
    p.view->setMinimumSize(line * 9, line * 7);
    p.legend->setFont(small);
    p.fitPasses = 0;
    fitText(p);
    updateMarker(p);
}

void GeneralTrainingCharts::retranslate()
{
    m_tabs->setTabText(static_cast<int>(Chart::Loss), tr("Loss"));
    m_tabs->setTabText(static_cast<int>(Chart::Outputs), tr("Outputs"));
}

void GeneralTrainingCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildAll(); // titles, axis titles and legend names are built from strings
    } else if (event->type() == QEvent::FontChange) {
        applyFonts();
    }
    QWidget::changeEvent(event);
}

bool GeneralTrainingCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (Page &p : m_pages)
            if (p.view == watched)
                p.fitPasses = 0;
    return QWidget::eventFilter(watched, event);
}

void GeneralTrainingCharts::collectText(QList<QRectF> *rects, QStringList *texts) const
{
    const Page &p = m_pages[static_cast<std::size_t>(currentChart())];
    if (p.view)
        p.view->collectText(this, p.legend, rects, texts);
}

QList<QRectF> GeneralTrainingCharts::paintedTextRects() const
{
    QList<QRectF> rects;
    QStringList texts;
    collectText(&rects, &texts);
    return rects;
}

QStringList GeneralTrainingCharts::paintedTexts() const
{
    QList<QRectF> rects;
    QStringList texts;
    collectText(&rects, &texts);
    return texts;
}

bool GeneralTrainingCharts::hasElidedText() const
{
    const QStringList texts = paintedTexts();
    if (std::any_of(texts.begin(), texts.end(), elided))
        return true;
    const QList<QAbstractAxis *> axes = m_pages[static_cast<std::size_t>(currentChart())].chart->axes();
    return std::any_of(axes.begin(), axes.end(), [](const QAbstractAxis *axis) { return axis->labelsTruncated(); });
}

PictureExporter::Picture GeneralTrainingCharts::picture() const
{
    const Page &p = m_pages[static_cast<std::size_t>(currentChart())];
    return ChartPicture::of(p.view, p.legend,
                            currentChart() == Chart::Loss ? QStringLiteral("training-loss") : QStringLiteral("training-outputs"));
}

} // namespace deltatrace
