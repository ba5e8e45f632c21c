// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcharts.h"

#include "chartpicture.h"
#include "numberformat.h"
#include "runoutcome.h"
#include "shapedtextcache.h"
#include "trainingchartview.h"
#include "untrustedtext.h"
#include "valuecolors.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace deltatrace {

namespace {

constexpr int SummaryMse = 0;
constexpr int SummaryCrossEntropy = 1;
constexpr int SummaryOutput0 = 2;

QPen linePen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// The data lines' width; targets and the W1 weights are drawn thinner, the W2 weights thicker.
constexpr qreal LineWidth = 2.0;

// A run of one epoch (lesson 1's forward pass) has its epoch in the middle of an axis this far
// either side of it, labelled "0" alone: an axis from 0 to 1 put its point on the value axis and
// named an epoch 1 the run does not have.
constexpr double OneEpochHalfWidth = 0.5;

// Padding that cannot overflow even for weights near the double range.
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
    return {lo - span * 0.06, hi + span * 0.06};
}

// A weight's legend name and line: for two layers, colour by hidden unit and line style by
// input, so that a unit's three incoming weights read as one family and its outgoing W2 weight
// (thick) shares the colour.
std::pair<QString, QPen> weightLine(bool twoLayer, int index)
{
    if (!twoLayer)
        return {QStringLiteral("W[0,%1]").arg(index), linePen(ValueColors::series(index), LineWidth)};
    if (index < 12) {
        const int unit = index / 3;
        const int input = index % 3;
        const Qt::PenStyle style = input == 0 ? Qt::SolidLine : input == 1 ? Qt::DashLine : Qt::DotLine;
        return {QStringLiteral("W1[%1,%2]").arg(unit).arg(input), linePen(ValueColors::series(unit), 1.5, style)};
    }
    const int unit = index - 12;
    return {QStringLiteral("W2[0,%1]").arg(unit), linePen(ValueColors::series(unit), 3.0)};
}

// The smallest of 1, 2 and 5 times a power of ten, from about `smallest` on, that `fits`
// accepts: tick steps that read as round numbers. At `largest` (a step as long as the axis,
// a tick at either end) the search stops, fitting or not.
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

// Where a run's plateau starts, for a run that ended on one.
std::optional<int> plateauStart(const RunOutcome &outcome)
{
    if (outcome.kind() != RunOutcome::Kind::Stalled)
        return std::nullopt;
    return outcome.flatFromEpoch();
}

// Above the grid and under the data lines (QtCharts draws its grid at z 2, its series at 4)...
constexpr qreal FlatLineZ = 3.5;
// ...and the label over everything.
constexpr qreal FlatLabelZ = 10.0;

// Text QtCharts cut short ends in an ellipsis.
bool elided(const QString &text)
{
    return text.contains(QLatin1String("...")) || text.contains(QChar(0x2026));
}

} // namespace

TrainingCharts::TrainingCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    for (int i = 0; i < ChartCount; ++i) {
        Page &page = m_pages[static_cast<std::size_t>(i)];
        page.widget = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page.widget);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->setSpacing(0);
        auto *top = new QHBoxLayout;
        top->setContentsMargins(6, 4, 6, 0);
        page.note = new QLabel(page.widget);
        page.note->setWordWrap(true);
        // It may name the compared run by its experiment's title, from the lesson file.
        UntrustedText::makePlainLabel(page.note);
        page.note->setVisible(false);
        // Red on pale red: the same warning look as non-finite numbers elsewhere.
        page.note->setStyleSheet(QStringLiteral("QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0;"
                                                " border-radius: 3px; padding: 2px 6px; }"));
        top->addWidget(page.note, 1);
        if (i == static_cast<int>(Chart::Loss)) {
            m_logCheck = new QCheckBox(page.widget);
            connect(m_logCheck, &QCheckBox::toggled, this, &TrainingCharts::setLogScale);
            top->addStretch(0);
            top->addWidget(m_logCheck, 0, Qt::AlignRight);
        }
        pageLayout->addLayout(top);

        page.chart = newChart();
        const auto which = static_cast<Chart>(i);
        page.view = new TrainingChartView(page.chart, [this, which](const QPointF &p) { activateAt(which, p); }, page.widget);
        page.view->installEventFilter(this);
        pageLayout->addWidget(page.view, 1);
        // Under the chart, on the chart's white: it wraps into rows instead of cutting names short.
        page.legend = new ChartLegend(page.widget);
        page.legend->setAutoFillBackground(true);
        QPalette white = page.legend->palette();
        white.setColor(QPalette::Window, Qt::white);
        white.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        page.legend->setPalette(white);
        pageLayout->addWidget(page.legend, 0);
        // A right-click on the chart or its legend offers to save the chart as a picture.
        for (QWidget *target : {static_cast<QWidget *>(page.view), static_cast<QWidget *>(page.legend)}) {
            target->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(target, &QWidget::customContextMenuRequested, this, [this, target](const QPoint &pos) {
                // A scroll area (the chart's view) gives the position in its viewport.
                auto *area = qobject_cast<QAbstractScrollArea *>(target);
                QMenu menu(this);
                PictureExporter::addActions(menu, this, [this] { return picture(); });
                menu.exec((area ? area->viewport() : target)->mapToGlobal(pos));
            });
        }
        m_tabs->addTab(page.widget, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrainingCharts::onTabChanged);
    retranslate();
    applyFonts();
    rebuildAll();
}

TrainingCharts::~TrainingCharts() = default;

TrainingCharts::RunData TrainingCharts::prepare(std::shared_ptr<const Trace> trace, const QString &label)
{
    RunData run;
    run.trace = std::move(trace);
    run.label = label;
    if (!run.trace || run.trace->epochCount() <= 0)
        return run;
    const Trace &t = *run.trace;
    const long long epochs = t.epochCount();

    // One pass over the summaries (row-major, SummaryWidth per epoch) for all six columns.
    ChartDecimator summaries(Trace::SummaryWidth, epochs, MaxPointsPerSeries);
    if (t.summaries().size() >= static_cast<std::size_t>(epochs) * Trace::SummaryWidth)
        summaries.addRows(t.summaries().data(), epochs, Trace::SummaryWidth);
    run.summary = summaries.finish();

    return run;
}

void TrainingCharts::prepareWeights(RunData &run)
{
    if (run.weightsReady)
        return;
    run.weightsReady = true;
    if (!run.trace || run.trace->epochCount() <= 0)
        return;
    const Trace &t = *run.trace;
    const long long epochs = t.epochCount();
    // Weights at the end of epoch e are the checkpoint of epoch e + 1; the last are the final
    // weights. Read the checkpoint array directly: building a Weights per epoch costs too much
    // at a million epochs.
    const int n = Trace::weightCount(t.rule());
    ChartDecimator weights(n, epochs, MaxPointsPerSeries);
    const auto checkpoints = t.checkpoints();
    if (checkpoints.size() >= static_cast<std::size_t>(epochs) * static_cast<std::size_t>(n)) {
        weights.addRows(checkpoints.data() + n, epochs - 1, n);
        std::array<double, 16> last{};
        const Weights &w = t.finalWeights();
        if (isTwoLayer(t.rule())) {
            std::copy_n(w.W1.data(), 12, last.begin());
            std::copy_n(w.W2.data(), 4, last.begin() + 12);
        } else {
            std::copy_n(w.W.data(), 3, last.begin());
        }
        weights.addRow(last.data());
    }
    run.weights = weights.finish();
}

void TrainingCharts::invalidate(Chart chart)
{
    m_pages[static_cast<std::size_t>(chart)].stale = true;
    if (chart == currentChart())
        ensureBuilt(chart);
}

void TrainingCharts::ensureBuilt(Chart chart)
{
    Page &page = m_pages[static_cast<std::size_t>(chart)];
    if (chart == Chart::Weights && !m_run.weightsReady) {
        // The weights of a long run are the biggest read (16 x 8 bytes per epoch: 128 MB at a
        // million epochs), so they are thinned when the chart is first looked at, once per run.
        prepareWeights(m_run);
        page.stale = true;
        updateNotes();
    }
    if (!page.stale)
        return;
    page.stale = false;
    rebuild(chart);
    applyFonts(chart);
}

void TrainingCharts::setTrace(std::shared_ptr<const Trace> trace)
{
    m_run = prepare(std::move(trace), QString());
    m_currentEpoch = std::clamp(m_currentEpoch, 0, std::max(0, epochCount() - 1));
    rebuildAll();
}

void TrainingCharts::setComparison(std::shared_ptr<const Trace> other, const QString &label)
{
    // The same run again (a new language names it anew) keeps its outcome.
    const std::optional<int> flatFrom = other && other == m_other.trace ? m_other.flatFrom : std::nullopt;
    m_other = prepare(std::move(other), label);
    m_other.flatFrom = flatFrom;
    invalidate(Chart::Loss);
    invalidate(Chart::Outputs);
    updateNotes();
}

void TrainingCharts::setOutcome(const RunOutcome &outcome)
{
    m_run.flatFrom = plateauStart(outcome);
    placeFlatMarks();
}

void TrainingCharts::setComparisonOutcome(const RunOutcome &outcome)
{
    m_other.flatFrom = plateauStart(outcome);
    placeFlatMarks();
}

int TrainingCharts::epochCount() const { return m_run.trace ? m_run.trace->epochCount() : 0; }

QString TrainingCharts::runLabel(const RunData &run) const
{
    // A title from the lesson file or an id from the trace file: plain, one bounded line.
    if (!run.label.isEmpty())
        return UntrustedText::line(run.label);
    if (!run.trace)
        return QString();
    const TraceSpec &spec = run.trace->spec();
    if (!spec.experimentId.isEmpty())
        return UntrustedText::line(spec.experimentId);
    const std::string_view name = ruleName(spec.rule);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString TrainingCharts::shortRunLabel(const RunData &run) const
{
    const bool isOther = &run == &m_other;
    if (m_run.trace && m_other.trace && m_run.trace->rule() != m_other.trace->rule()) {
        switch (run.trace->rule()) {
        case Rule::Forward:
            return tr("forward-pass run");
        case Rule::DeltaRule:
            return tr("delta-rule run");
        case Rule::BackpropSigmoid:
            return tr("squared-error delta run");
        case Rule::BackpropCrossEntropy:
            return tr("cross-entropy delta run");
        }
    }
    return isOther ? tr("compared run") : tr("this run");
}

void TrainingCharts::setCurrentEpoch(int epoch)
{
    epoch = std::clamp(epoch, 0, std::max(0, epochCount() - 1));
    if (epoch == m_currentEpoch)
        return;
    m_currentEpoch = epoch;
    // The chart shown; the others take the epoch when they are shown (onTabChanged).
    updateMarker(m_pages[static_cast<std::size_t>(currentChart())]);
}

void TrainingCharts::updateMarker(Page &page)
{
    if (!page.anchor || !page.view)
        return;
    const QRectF plot = page.chart->plotArea();
    if (plot.isEmpty() || epochCount() <= 0) {
        page.view->setMarker(std::nullopt);
        return;
    }
    // From the top of the plot to its bottom, the label just right of it at the top; flipped to
    // the left near the right edge. Chart coordinates first, then the scene's.
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

void TrainingCharts::placeFlatMarks()
{
    for (Page &page : m_pages)
        placeFlatMarks(page);
}

void TrainingCharts::placeFlatMarks(Page &page)
{
    if (!page.anchor || &page == &m_pages[static_cast<std::size_t>(Chart::Weights)])
        return;
    const QRectF plot = page.chart->plotArea();
    const bool comparing = !m_other.summary.empty();
    const std::array<const RunData *, 2> runs = {&m_run, &m_other};
    const qreal line = QFontMetricsF(m_markerFont).height();
    const qreal pad = std::ceil(line * 0.15);
    const qreal gap = std::ceil(line * 0.3);
    // Labels go in rows from the bottom of the plot up to below the current epoch's label at
    // its top, never over another label. Of those places, the first that no data line crosses:
    // a label hides what is under it.
    const qreal highest = plot.top() + 2.0 * (line + gap);
    QList<QRectF> taken;
    auto crossesData = [&](const QRectF &box) {
        // With room for the lines' width: a line along its edge is hidden too.
        const QRectF near = box.adjusted(-gap, -gap, gap, gap);
        const QPointF low = page.chart->mapToValue(near.bottomLeft(), page.anchor);
        const QPointF high = page.chart->mapToValue(near.topRight(), page.anchor);
        for (const QLineSeries *series : page.data) {
            // Sorted by epoch: the points over the box and one either side, for the lines
            // entering and leaving it.
            const QList<QPointF> points = series->points();
            auto it = std::lower_bound(points.begin(), points.end(), low.x(), [](const QPointF &p, double x) { return p.x() < x; });
            if (it != points.begin())
                --it;
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            for (; it != points.end(); ++it) {
                lo = std::min(lo, it->y());
                hi = std::max(hi, it->y());
                if (it->x() > high.x())
                    break;
            }
            if (lo <= high.y() && hi >= low.y())
                return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunData &run = *runs[i];
        FlatMark &mark = page.flatMarks[i];
        if (!mark.line) {
            mark.line = new QGraphicsLineItem(page.chart);
            QPen pen(QColor(0x40, 0x40, 0x40), 1.5, i == 0 ? Qt::DashLine : Qt::DashDotLine);
            mark.line->setPen(pen);
            mark.line->setZValue(FlatLineZ);
            mark.box = new QGraphicsRectItem(page.chart);
            mark.box->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.0));
            mark.box->setBrush(QColor(255, 255, 255, 235));
            mark.box->setZValue(FlatLabelZ);
            mark.label = new QGraphicsSimpleTextItem(page.chart);
            mark.label->setBrush(QColor(0x20, 0x20, 0x20));
            mark.label->setZValue(FlatLabelZ + 0.1);
        }
        auto hideAll = [&mark] {
            mark.line->hide();
            mark.box->hide();
            mark.label->hide();
        };
        if (!run.trace || run.summary.empty() || !run.flatFrom || plot.width() < 1.0 || plot.height() < 1.0) {
            hideAll();
            continue;
        }
        const int epoch = *run.flatFrom;
        const qreal x = page.chart->mapToPosition(QPointF(epoch, page.yLow), page.anchor).x();
        if (!(x >= plot.left() - 0.5 && x <= plot.right() + 0.5)) {
            hideAll();
            continue;
        }
        // The longest of its texts that fits, right of the line or else left; the line's
        // tooltip has the longest. Where none fits, the line alone marks the epoch.
        QStringList texts;
        if (comparing)
            texts << tr("%1: flat from epoch %2").arg(shortRunLabel(run)).arg(epoch);
        texts << tr("flat from epoch %1").arg(epoch);
        mark.line->setLine(QLineF(x, plot.top(), x, plot.bottom()));
        mark.line->setToolTip(texts.front());
        mark.line->show();
        mark.label->setFont(m_markerFont);
        struct Place
        {
            QString text;
            QRectF box;
        };
        std::optional<Place> fits;
        std::optional<Place> clear;
        for (const QString &text : texts) {
            mark.label->setText(text);
            const QSizeF size = mark.label->boundingRect().size() + QSizeF(2.0 * pad, 2.0 * pad);
            for (qreal top = plot.bottom() - gap - size.height(); top >= highest && !clear; top -= size.height() + gap / 2.0)
                for (const qreal left : {x + gap, x - gap - size.width()}) {
                    const QRectF box(QPointF(left, top), size);
                    if (box.left() < plot.left() + 1.0 || box.right() > plot.right() - 1.0
                        || std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(box); }))
                        continue;
                    if (!fits)
                        fits = Place{text, box};
                    if (!crossesData(box)) {
                        clear = Place{text, box};
                        break;
                    }
                }
            if (clear)
                break;
        }
        const std::optional<Place> &place = clear ? clear : fits;
        if (place) {
            mark.label->setText(place->text);
            mark.box->setRect(place->box);
            mark.label->setPos(place->box.topLeft() + QPointF(pad, pad));
            taken << place->box.adjusted(0, -gap / 2.0, 0, gap / 2.0);
        }
        mark.box->setVisible(bool(place));
        mark.label->setVisible(bool(place));
    }
}

void TrainingCharts::showChart(Chart chart) { m_tabs->setCurrentIndex(static_cast<int>(chart)); }

void TrainingCharts::onTabChanged(int index)
{
    if (index < 0 || index >= ChartCount)
        return;
    const auto chart = static_cast<Chart>(index);
    ensureBuilt(chart);
    updateMarker(m_pages[static_cast<std::size_t>(index)]);
}

TrainingCharts::Chart TrainingCharts::currentChart() const { return static_cast<Chart>(m_tabs->currentIndex()); }

void TrainingCharts::setLogScale(bool on)
{
    if (m_logScale == on)
        return;
    m_logScale = on;
    {
        const QSignalBlocker block(m_logCheck);
        m_logCheck->setChecked(on);
    }
    invalidate(Chart::Loss);
}

QChart *TrainingCharts::newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 0));
    // Square corners: the legend under the chart continues its white.
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // QtCharts' legend keeps to one row and cuts names short: a ChartLegend under the view
    // shows the names instead. This one is squeezed to nothing and its markers hidden
    // (finishChart()); hiding or detaching it leaves a chart rebuilt on a hidden tab unpainted
    // at its first paint.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setMaximumHeight(0);
    return chart;
}

QLineSeries *TrainingCharts::addLine(Page &page, const std::vector<ChartDecimator::Segment> &segments,
                                     const QString &name, const QPen &pen, bool inLegend, bool positiveOnly)
{
    // A line broken by non-finite values is one series per finite stretch; only the first shows
    // in the legend. Thousands of stretches (a value flickering between finite and not) would
    // drown the chart in series, so past a handful the rest are joined into the last one.
    constexpr std::size_t MaxSeriesPerLine = 16;
    QLineSeries *first = nullptr;
    const bool showPoints = epochCount() <= 40;
    QList<QPointF> tail;
    auto add = [&](QList<QPointF> points) {
        if (positiveOnly) // a logarithmic axis cannot show 0
            points.removeIf([](const QPointF &p) { return !(p.y() > 0.0); });
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(pen);
        series->setPointsVisible(showPoints);
        series->replace(points);
        page.chart->addSeries(series);
        page.data.push_back(series);
        if (!first)
            first = series;
    };
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i + 1 < MaxSeriesPerLine)
            add(segments[i]);
        else
            tail.append(segments[i]);
    }
    if (!tail.isEmpty() || segments.empty())
        add(tail);
    if (inLegend)
        page.legendEntries << ChartLegend::Entry{name, pen};
    return first;
}

void TrainingCharts::addLegendEntry(Page &page, const QString &name, const QPen &pen)
{
    // An entry without a line of its own: it explains a line style.
    page.legendEntries << ChartLegend::Entry{name, pen};
}

void TrainingCharts::finishChart(Page &page, QAbstractAxis *xAxis, QAbstractAxis *yAxis, double yLow, double yHigh)
{
    page.yLow = yLow;
    page.yHigh = yHigh;
    page.dataLow = yLow;
    page.dataHigh = yHigh;
    page.xAxis = qobject_cast<QValueAxis *>(xAxis);
    page.yAxis = yAxis;
    // Labels are never cut short: fitText() spaces the ticks so that they fit.
    xAxis->setTruncateLabels(false);
    yAxis->setTruncateLabels(false);
    // The marker itself is painted by the view, over its picture of the chart.
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
                placeFlatMarks(p);
                // The text is fitted from the event loop, not here: QtCharts says so in the middle
                // of laying the chart out, before its layout has taken the chart's new size, and
                // an axis changed now lays the chart out again at its old size (narrowed, the
                // plot then reached past the view and took the last epoch's label with it). The
                // view delivers this before it paints.
                if (!p.fitQueued) {
                    p.fitQueued = true;
                    QMetaObject::invokeMethod(chart, [this, chart] {
                        for (Page &q : m_pages)
                            if (q.chart == chart) {
                                q.fitQueued = false;
                                fitText(q);
                                updateMarker(q);
                                placeFlatMarks(q);
                            }
                    }, Qt::QueuedConnection);
                }
            }
    });
    page.chart->addAxis(xAxis, Qt::AlignBottom);
    page.chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : page.chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    updateMarker(page);
    placeFlatMarks(page);
}

void TrainingCharts::fitText(Page &page)
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

    // The chart's title only when it fits on one line and the chart is tall enough to spare
    // the line; the tab names the chart anyway.
    const QFontMetricsF titleMetrics(chart->titleFont());
    const qreal titleRoom = chart->size().width() - chart->margins().left() - chart->margins().right() - titleMetrics.height();
    const bool tall = chart->size().height() >= QFontMetricsF(page.xAxis->labelsFont()).height() * 15;
    const QString title = tall && titleMetrics.horizontalAdvance(page.title) <= titleRoom ? page.title : QString();
    set(chart->title(), title, [chart](const QString &t) { chart->setTitle(t); });

    // Epochs: as many round-numbered ticks as fit with a gap of about a line between labels.
    // The axis ends on a tick, so its last label stands at the end of the run. It starts a
    // little before epoch 0, so that the label "0" stands clear of the value axis' lowest label
    // in the corner.
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
    set(page.xAxis->tickType(), QValueAxis::TicksDynamic, [&](QValueAxis::TickType t) {
        page.xAxis->setTickAnchor(0.0);
        page.xAxis->setTickType(t);
    });
    set(page.xAxis->tickInterval(), xStep, [&](double step) { page.xAxis->setTickInterval(step); });
    if (page.xAxis->min() != xStart || page.xAxis->max() != xEnd) {
        page.xAxis->setRange(xStart, xEnd);
        changed = true;
    }
    // Axis titles only where they fit along the plot, and the epoch axis' only when the chart
    // is tall enough for it below the labels (QtCharts would push it out of a short chart):
    // the marker's label says "epoch" too.
    const bool xTitle = QFontMetricsF(page.xAxis->titleFont()).horizontalAdvance(page.xAxis->titleText()) <= plot.width()
        && chart->size().height() >= xMetrics.height() * 11;
    set(page.xAxis->isTitleVisible(), xTitle, [&](bool on) { page.xAxis->setTitleVisible(on); });
    const bool yTitle = QFontMetricsF(page.yAxis->titleFont()).horizontalAdvance(page.yAxis->titleText()) <= plot.height();
    set(page.yAxis->isTitleVisible(), yTitle, [&](bool on) { page.yAxis->setTitleVisible(on); });

    // Values: ticks two and a half lines apart or more, as calm as the epochs (and QtCharts
    // hides a label that would touch the one below it).
    const qreal yGap = QFontMetricsF(page.yAxis->labelsFont()).height() * 2.5;
    if (auto *logAxis = qobject_cast<QLogValueAxis *>(page.yAxis)) {
        // A tick every decade, or every second, fifth, ... when the decades are crowded.
        const double decades = std::max(1.0, std::log10(page.dataHigh / page.dataLow));
        const double every = std::isfinite(decades) ? niceStep(1.0, decades, [&](double k) { return plot.height() * k / decades >= yGap; }) : 1.0;
        set(logAxis->base(), std::pow(10.0, every), [&](double base) {
            logAxis->setBase(base);
            logAxis->setMinorTickCount(every == 1.0 ? -1 : 0);
        });
    } else if (auto *axis = qobject_cast<QValueAxis *>(page.yAxis)) {
        const double lo = page.dataLow;
        const double hi = page.dataHigh;
        double low = lo;
        double high = hi;
        double step = 0.0;
        QString format = QStringLiteral("%.3g");
        if (&page == &m_pages[static_cast<std::size_t>(Chart::Outputs)]) {
            // Outputs lie in [0, 1]: quarters, halves or the two ends.
            step = 1.0;
            for (double s : {0.25, 0.5})
                if (plot.height() * s / (hi - lo) >= yGap) {
                    step = s;
                    break;
                }
            format = step == 0.25 ? QStringLiteral("%.2f") : step == 0.5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
        } else if (hi > lo && std::isfinite(hi - lo) && std::abs(lo) < 1e12 && std::abs(hi) < 1e12) {
            // Round ticks, the axis widened to the nearest of them (not near the double range,
            // where rounding misbehaves).
            step = niceStep((hi - lo) / 50.0, hi - lo, [&](double s) {
                return plot.height() * s / (std::ceil(hi / s) * s - std::floor(lo / s) * s) >= yGap;
            });
            low = std::floor(lo / step) * step;
            high = std::ceil(hi / step) * step;
        }
        if (step > 0.0) {
            set(axis->tickType(), QValueAxis::TicksDynamic, [&](QValueAxis::TickType t) {
                axis->setTickAnchor(0.0);
                axis->setTickType(t);
            });
            set(axis->tickInterval(), step, [&](double s) { axis->setTickInterval(s); });
        }
        set(axis->labelFormat(), format, [&](const QString &f) { axis->setLabelFormat(f); });
        if (axis->min() != low || axis->max() != high) {
            axis->setRange(low, high);
            changed = true;
        }
        page.yLow = low; // the marker's ends
        page.yHigh = high;
    }
    if (changed)
        ++page.fitPasses;
}

void TrainingCharts::collectText(QList<QRectF> *rects, QStringList *texts) const
{
    const Page &page = m_pages[static_cast<std::size_t>(currentChart())];
    if (page.view)
        page.view->collectText(this, page.legend, rects, texts);
}

QList<QRectF> TrainingCharts::paintedTextRects() const
{
    QList<QRectF> rects;
    QStringList texts;
    collectText(&rects, &texts);
    return rects;
}

QStringList TrainingCharts::paintedTexts() const
{
    QList<QRectF> rects;
    QStringList texts;
    collectText(&rects, &texts);
    return texts;
}

bool TrainingCharts::hasElidedText() const
{
    const QStringList texts = paintedTexts();
    if (std::any_of(texts.begin(), texts.end(), elided))
        return true;
    const Page &page = m_pages[static_cast<std::size_t>(currentChart())];
    const QList<QAbstractAxis *> axes = page.chart->axes();
    return std::any_of(axes.begin(), axes.end(), [](const QAbstractAxis *axis) { return axis->labelsTruncated(); });
}

bool TrainingCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (Page &page : m_pages)
            if (page.view == watched)
                page.fitPasses = 0;
    return QWidget::eventFilter(watched, event);
}

void TrainingCharts::rebuildAll()
{
    // Only the chart shown is built now: building a chart is the slowest work QtCharts does for
    // a new run, and a learner looks at one at a time. The others are built when their tab is
    // chosen.
    for (Page &page : m_pages)
        page.stale = true;
    ensureBuilt(currentChart());
    updateNotes();
}

void TrainingCharts::rebuild(Chart which)
{
    Page &page = m_pages[static_cast<std::size_t>(which)];
    // A fresh chart per rebuild, filled before it is shown: refilling a chart that is on screen
    // leaves QtCharts 6.4 with stale axis labels and an empty legend.
    QChart *const old = page.chart;
    page.chart = newChart();
    page.data.clear();
    page.anchor = nullptr;
    page.flatMarks = {}; // the old chart's, deleted with it
    page.legendEntries.clear();
    page.xAxis = nullptr;
    page.yAxis = nullptr;
    page.fitPasses = 0;
    page.fitQueued = false; // a fit queued for the old chart goes with it
    const double xMax = epochAxisEnd(which);
    page.xMax = xMax;
    QValueAxis *const xAxis = newEpochAxis(xMax);
    switch (which) {
    case Chart::Loss:
        buildLossChart(page, xAxis);
        break;
    case Chart::Outputs:
        buildOutputsChart(page, xAxis, xMax);
        break;
    case Chart::Weights:
        buildWeightsChart(page, xAxis);
        break;
    }
    page.legend->setEntries(page.legendEntries);
    // The tab names the chart; its tooltip (and the chart, when there is room) says more.
    m_tabs->setTabToolTip(static_cast<int>(which), page.title);
    applyFonts();
    page.view->setChart(page.chart); // releases, does not delete, the old chart
    delete old;
}

double TrainingCharts::epochAxisEnd(Chart which) const
{
    // The weights chart shows this run only; the others also show the compared run, which may
    // be longer.
    const int otherEpochs = m_other.trace ? m_other.trace->epochCount() : 0;
    return std::max({0, epochCount() - 1, which == Chart::Weights ? 0 : otherEpochs - 1});
}

QValueAxis *TrainingCharts::newEpochAxis(double xMax) const
{
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(tr("epoch"));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Its ticks and end are fitted to the plot's width (fitText).
    xAxis->setRange(xMax > 0.0 ? 0.0 : -OneEpochHalfWidth, xMax > 0.0 ? xMax : OneEpochHalfWidth);
    return xAxis;
}

void TrainingCharts::buildLossChart(Page &page, QAbstractAxis *xAxis)
{
    page.title = tr("Loss per epoch");
    const bool haveRun = !m_run.summary.empty();
    const bool haveOther = !m_other.summary.empty();
    const bool runCe = haveRun && m_run.trace->rule() == Rule::BackpropCrossEntropy;
    const bool otherCe = haveOther && m_other.trace->rule() == Rule::BackpropCrossEntropy;
    const QColor mseColor = ValueColors::series(0);
    const QColor ceColor = ValueColors::series(4);
    double hi = 0.0;
    double lowPositive = std::numeric_limits<double>::infinity();
    auto track = [&](const ChartDecimator::Column &c) {
        if (c.segments.empty())
            return;
        hi = std::max(hi, c.maximum);
        for (const auto &segment : c.segments)
            for (const QPointF &p : segment)
                if (p.y() > 0.0)
                    lowPositive = std::min(lowPositive, p.y());
    };
    const QString mse = tr("mean squared error");
    const QString ce = tr("cross-entropy");
    // Compared, the full names ("mean squared error (Backpropagation with ...)") do not fit
    // a legend: it tells the loss by colour and the run by line style, in words ("squared
    // error", "cross-entropy delta run" solid or dashed), as the outputs chart does; the
    // chart's tooltip has the full names (the series keep them).
    QStringList fullNames;
    auto add = [&](const RunData &run, std::size_t column, const QString &name, const QString &shortName, const QPen &pen) {
        const QString full = haveOther ? QStringLiteral("%1 (%2)").arg(name, runLabel(run)) : name;
        addLine(page, run.summary[column].segments, full, pen, !haveOther, m_logScale);
        track(run.summary[column]);
        if (haveOther)
            fullNames << QStringLiteral("%1 · %2: %3").arg(shortName, shortRunLabel(run), full);
    };
    if (haveRun) {
        add(m_run, SummaryMse, mse, tr("squared error"), linePen(mseColor, LineWidth));
        if (runCe)
            add(m_run, SummaryCrossEntropy, ce, tr("cross-entropy"), linePen(ceColor, LineWidth));
    }
    if (haveOther) {
        add(m_other, SummaryMse, mse, tr("squared error"), linePen(mseColor, LineWidth, Qt::DashLine));
        if (otherCe)
            add(m_other, SummaryCrossEntropy, ce, tr("cross-entropy"), linePen(ceColor, LineWidth, Qt::DashLine));
        const QColor grey(0x50, 0x50, 0x50);
        addLegendEntry(page, tr("squared error"), linePen(mseColor, LineWidth));
        if (runCe || otherCe)
            addLegendEntry(page, tr("cross-entropy"), linePen(ceColor, LineWidth));
        addLegendEntry(page, shortRunLabel(m_run), linePen(grey, LineWidth));
        addLegendEntry(page, shortRunLabel(m_other), linePen(grey, LineWidth, Qt::DashLine));
    }
    if (page.view)
        page.view->setToolTip(UntrustedText::toolTip(fullNames.join(QLatin1Char('\n'))));
    double yLow = 0.0;
    double yHigh = 1.0;
    QAbstractAxis *const yAxis = newLossAxis(hi, lowPositive, yLow, yHigh);
    finishChart(page, xAxis, yAxis, yLow, yHigh);
}

QAbstractAxis *TrainingCharts::newLossAxis(double highest, double lowestPositive, double &yLow, double &yHigh) const
{
    QAbstractAxis *yAxis = nullptr;
    if (m_logScale) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%.0e"));
        if (std::isfinite(lowestPositive) && highest > 0.0) {
            // Whole decades, clamped so that a loss near the double range stays finite.
            yLow = std::pow(10.0, std::max(-300.0, std::floor(std::log10(lowestPositive))));
            yHigh = std::pow(10.0, std::min(300.0, std::ceil(std::log10(highest))));
            if (!(yHigh > yLow))
                yHigh = yLow * 10.0;
        } else {
            yLow = 1e-4;
            yHigh = 1.0;
        }
        // A hair wider than the decades: QtCharts finds the first label as ceil(ln(min) / ln(base)),
        // which rounding can lift past the lowest decade (-0.99999... for 0.1): a one-decade
        // axis (a one-epoch run) then reads "1e+00" alone.
        axis->setRange(yLow * (1.0 - 1e-9), yHigh * (1.0 + 1e-9));
        axis->setMinorTickCount(-1);
        axis->setMinorGridLineColor(QColor(0xee, 0xee, 0xee));
        yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        yLow = 0.0;
        yHigh = highest > 0.0 && std::isfinite(highest * 1.05) ? highest * 1.05 : highest > 0.0 ? highest : 1.0;
        axis->setRange(0.0, yHigh); // its ticks and end are fitted to the plot's height (fitText)
        axis->setLabelFormat(QStringLiteral("%.3g"));
        yAxis = axis;
    }
    yAxis->setTitleText(tr("loss"));
    return yAxis;
}

void TrainingCharts::buildOutputsChart(Page &page, QAbstractAxis *xAxis, double xMax)
{
    page.title = tr("Outputs y per epoch, with their targets d");
    if (!m_run.summary.empty()) {
        const bool haveOther = !m_other.summary.empty();
        const TraceSpec &spec = m_run.trace->spec();
        for (int k = 0; k < SampleCount; ++k) {
            const QColor color = ValueColors::series(k);
            const QString name = tr("x = (%1,%2)").arg(NumberFormat::value(spec.X(k, 0)), NumberFormat::value(spec.X(k, 1)));
            addLine(page, m_run.summary[static_cast<std::size_t>(SummaryOutput0 + k)].segments, name, linePen(color, LineWidth), true);
            if (haveOther)
                addLine(page, m_other.summary[static_cast<std::size_t>(SummaryOutput0 + k)].segments, name,
                        linePen(color, LineWidth, Qt::DashLine), false);
            // The target, as a dotted horizontal line across the whole run (across the axis for
            // a run of one epoch).
            const double d = spec.D(k);
            const double from = xMax > 0.0 ? 0.0 : -OneEpochHalfWidth;
            const double to = xMax > 0.0 ? xMax : OneEpochHalfWidth;
            if (std::isfinite(d))
                addLine(page, {QList<QPointF>{QPointF(from, d), QPointF(to, d)}}, tr("target d"),
                        linePen(color, 1.5, Qt::DotLine), false);
        }
        const QPen grey = linePen(QColor(0x50, 0x50, 0x50), LineWidth);
        if (haveOther) {
            addLegendEntry(page, shortRunLabel(m_run), grey);
            addLegendEntry(page, shortRunLabel(m_other), linePen(QColor(0x50, 0x50, 0x50), LineWidth, Qt::DashLine));
        }
        if (page.view)
            page.view->setToolTip(haveOther ? UntrustedText::toolTip(QStringLiteral("%1: %2\n%3: %4")
                                                                         .arg(shortRunLabel(m_run), runLabel(m_run),
                                                                              shortRunLabel(m_other), runLabel(m_other)))
                                            : QString());
        addLegendEntry(page, tr("target d"), linePen(QColor(0x50, 0x50, 0x50), 1.5, Qt::DotLine));
    }
    auto *yAxis = new QValueAxis;
    yAxis->setRange(-0.04, 1.04);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0.0);
    yAxis->setTickInterval(0.25);
    yAxis->setLabelFormat(QStringLiteral("%.2f"));
    yAxis->setTitleText(tr("output y"));
    finishChart(page, xAxis, yAxis, -0.04, 1.04);
}

void TrainingCharts::buildWeightsChart(Page &page, QAbstractAxis *xAxis)
{
    page.title = tr("Weights at the end of each epoch");
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    if (!m_run.summary.empty()) {
        const bool two = isTwoLayer(m_run.trace->rule());
        const int n = static_cast<int>(m_run.weights.size());
        for (int i = 0; i < n; ++i) {
            const ChartDecimator::Column &c = m_run.weights[static_cast<std::size_t>(i)];
            if (!c.segments.empty()) {
                lo = std::min(lo, c.minimum);
                hi = std::max(hi, c.maximum);
            }
            const auto [name, pen] = weightLine(two, i);
            addLine(page, c.segments, name, pen, !two);
        }
        if (two) {
            // Sixteen names would fill a narrow dock: the legend tells the colour (the hidden
            // unit, numbered as in the network diagram) and the line style (which weight) apart.
            for (int unit = 0; unit < 4; ++unit)
                addLegendEntry(page, tr("hidden %1").arg(unit), linePen(ValueColors::series(unit), LineWidth));
            const QColor grey(0x50, 0x50, 0x50);
            addLegendEntry(page, tr("W1 from x1"), linePen(grey, 1.5));
            addLegendEntry(page, tr("W1 from x2"), linePen(grey, 1.5, Qt::DashLine));
            addLegendEntry(page, tr("W1 from the bias"), linePen(grey, 1.5, Qt::DotLine));
            addLegendEntry(page, tr("W2 to the output"), linePen(grey, 3.0));
        }
    }
    auto [yLow, yHigh] = std::isfinite(lo) ? padded(lo, hi) : std::pair<double, double>(-1.0, 1.0);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(yLow, yHigh); // its ticks and ends are fitted to the plot's height (fitText)
    yAxis->setLabelFormat(QStringLiteral("%.3g"));
    yAxis->setTitleText(tr("weight"));
    finishChart(page, xAxis, yAxis, yLow, yHigh);
}

void TrainingCharts::updateNotes()
{
    struct Finding
    {
        long long first = -1; // of the lines with gaps
        QStringList names;    // lines with gaps
        QStringList missing;  // lines without a single finite value: not drawn at all
        bool any() const { return first >= 0 || !missing.isEmpty(); }
    };
    // Which of a chart's lines are not finite somewhere, and from which epoch on.
    auto scan = [](const std::vector<ChartDecimator::Column> &columns, const std::vector<std::pair<int, QString>> &lines) {
        Finding f;
        for (const auto &[index, name] : lines) {
            if (index >= static_cast<int>(columns.size()))
                continue;
            const ChartDecimator::Column &column = columns[static_cast<std::size_t>(index)];
            const long long r = column.firstNonFiniteRow;
            if (r < 0)
                continue;
            if (column.pointCount() == 0) {
                f.missing << name;
                continue;
            }
            f.names << name;
            if (f.first < 0 || r < f.first)
                f.first = r;
        }
        return f;
    };
    auto lossLines = [](const RunData &run) {
        std::vector<std::pair<int, QString>> lines = {{SummaryMse, tr("mean squared error")}};
        if (run.trace && run.trace->rule() == Rule::BackpropCrossEntropy)
            lines.emplace_back(SummaryCrossEntropy, tr("cross-entropy"));
        return lines;
    };
    auto outputLines = [](const RunData &run) {
        std::vector<std::pair<int, QString>> lines;
        if (run.trace)
            for (int k = 0; k < SampleCount; ++k)
                lines.emplace_back(SummaryOutput0 + k, tr("y for x = (%1,%2)")
                                                           .arg(NumberFormat::value(run.trace->spec().X(k, 0)),
                                                                NumberFormat::value(run.trace->spec().X(k, 1))));
        return lines;
    };
    std::vector<std::pair<int, QString>> weightLines;
    for (int i = 0; i < static_cast<int>(m_run.weights.size()); ++i)
        weightLines.emplace_back(i, QString());

    const std::array<Finding, ChartCount> run = {scan(m_run.summary, lossLines(m_run)), scan(m_run.summary, outputLines(m_run)),
                                                 scan(m_run.weights, weightLines)};
    const std::array<Finding, ChartCount> other = {scan(m_other.summary, lossLines(m_other)),
                                                   scan(m_other.summary, outputLines(m_other)), Finding()};
    for (int i = 0; i < ChartCount; ++i) {
        Page &page = m_pages[static_cast<std::size_t>(i)];
        const Finding &mine = run[static_cast<std::size_t>(i)];
        const Finding &theirs = other[static_cast<std::size_t>(i)];
        QStringList parts;
        if (i == static_cast<int>(Chart::Weights)) {
            // A gap needs a finite value on either side: a weight never finite has no line at all.
            if (mine.first >= 0)
                parts << (mine.missing.isEmpty()
                              ? tr("Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so the lines have gaps.")
                              : tr("Weights are not finite (inf or NaN) from epoch %1. Those values are left out, so lines have gaps or are missing."))
                             .arg(mine.first);
            else if (!mine.missing.isEmpty())
                parts << tr("Weights are not finite (inf or NaN) at any epoch, so their lines are missing.");
        } else {
            if (mine.first >= 0)
                parts << tr("Not finite (inf or NaN) from epoch %1: %2. Those values are left out, so the lines have gaps.")
                             .arg(mine.first)
                             .arg(mine.names.join(QStringLiteral(", ")));
            if (!mine.missing.isEmpty())
                parts << tr("Not finite (inf or NaN) at any epoch, so not drawn at all: %1.")
                             .arg(mine.missing.join(QStringLiteral(", ")));
        }
        if (theirs.any()) {
            // The compared run's note is short: which lines, from which epoch.
            long long first = theirs.first;
            if (!theirs.missing.isEmpty())
                first = 0;
            parts << tr("Compared run %1: not finite from epoch %2: %3.")
                         .arg(runLabel(m_other))
                         .arg(first)
                         .arg((theirs.missing + theirs.names).join(QStringLiteral(", ")));
        }
        page.note->setText(parts.join(QLatin1Char(' ')));
        page.note->setVisible(!parts.isEmpty());
    }
}

void TrainingCharts::activateAt(Chart which, const QPointF &viewportPos)
{
    const Page &page = m_pages[static_cast<std::size_t>(which)];
    if (!page.anchor || epochCount() <= 0)
        return;
    const QPointF scenePos = page.view->mapToScene(viewportPos.toPoint());
    const QPointF chartPos = page.chart->mapFromScene(scenePos);
    if (!page.chart->plotArea().contains(chartPos))
        return;
    const double x = page.chart->mapToValue(chartPos, page.anchor).x();
    if (!std::isfinite(x))
        return;
    const int epoch = static_cast<int>(std::clamp(std::llround(x), 0LL, static_cast<long long>(epochCount() - 1)));
    emit epochActivated(epoch);
}

void TrainingCharts::applyFonts()
{
    for (int i = 0; i < ChartCount; ++i)
        applyFonts(static_cast<Chart>(i));
}

void TrainingCharts::applyFonts(Chart chart)
{
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.15 : base.pointSizeF());
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.9);
    m_markerFont = small;
    Page &page = m_pages[static_cast<std::size_t>(chart)];
    page.chart->setTitleFont(title);
    for (QAbstractAxis *axis : page.chart->axes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(base);
    }
    page.note->setFont(base);
    // Room for a plot between the axes' labels at this type size.
    const int line = QFontMetrics(base).height();
    page.view->setMinimumSize(line * 9, line * 7);
    // A tenth smaller, like the axis labels: more names to a row.
    page.legend->setFont(small);
    page.fitPasses = 0;
    fitText(page);
    updateMarker(page);
    placeFlatMarks(page);
}

void TrainingCharts::retranslate()
{
    m_tabs->setTabText(static_cast<int>(Chart::Loss), tr("Loss"));
    m_tabs->setTabText(static_cast<int>(Chart::Outputs), tr("Outputs"));
    m_tabs->setTabText(static_cast<int>(Chart::Weights), tr("Weights"));
    m_logCheck->setText(tr("Logarithmic scale"));
    m_logCheck->setToolTip(tr("Show the loss on a logarithmic axis: small late improvements become visible."));
}

void TrainingCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildAll(); // titles, axis titles and legend names are built from strings
    } else if (event->type() == QEvent::FontChange) {
        applyFonts();
    }
    QWidget::changeEvent(event);
}

PictureExporter::Picture TrainingCharts::picture() const
{
    static const char *const Names[ChartCount] = {"training-loss", "training-outputs", "training-weights"};
    const auto shown = static_cast<std::size_t>(currentChart());
    const Page &page = m_pages[shown];
    return ChartPicture::of(page.view, page.legend, QLatin1String(Names[shown]));
}

} // namespace deltatrace
