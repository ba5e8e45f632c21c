// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TrainingCharts: the loss, outputs and weights per epoch of a real recorded run, thinned for
// long runs, with a cheap marker, click-to-epoch, a comparison overlay and non-finite runs.
#include "coursefixtures.h"
#include "numberformat.h"
#include "paintcounter.h"
#include "runoutcome.h"
#include "trainer.h"
#include "trainingchartview.h"
#include "trainingcharts.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace deltatrace;
using Chart = TrainingCharts::Chart;

namespace {

std::shared_ptr<const Trace> record(Rule rule, SampleVector D, int epochs, double alpha = 0.9, quint32 seed = 0,
                                    const QString &experiment = {})
{
    TraceSpec spec = fixtures::courseSpec(rule, D, epochs, alpha, seed);
    spec.experimentId = experiment;
    return fixtures::recordShared(spec);
}

using fixtures::andTargets;
using fixtures::xorTargets;

bool allFinite(const QList<QPointF> &points)
{
    return std::all_of(points.begin(), points.end(), [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

// What a learner sees of a chart, read through the widgets and QtCharts' public API. Each helper
// chooses the chart's tab first, as a learner would: a chart is built when it is first shown.
TrainingChartView *chartView(TrainingCharts &charts, Chart which)
{
    charts.showChart(which);
    return dynamic_cast<TrainingChartView *>(charts.findChild<QTabWidget *>()->currentWidget()->findChild<QChartView *>());
}

// The chart's lines, in the order they were added: its visible series with points. Left out are
// the hidden series the chart maps epochs with and the empty series that only explain a line
// style in the legend.
QList<QLineSeries *> lines(TrainingCharts &charts, Chart which)
{
    QList<QLineSeries *> found;
    for (QAbstractSeries *series : chartView(charts, which)->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->isVisible() && line->count() > 0)
            found << line;
    }
    return found;
}

QList<QPointF> linePoints(TrainingCharts &charts, Chart which, int index)
{
    const QList<QLineSeries *> all = lines(charts, which);
    return index < all.size() ? all[index]->points() : QList<QPointF>();
}

QString lineName(TrainingCharts &charts, Chart which, int index)
{
    const QList<QLineSeries *> all = lines(charts, which);
    return index < all.size() ? all[index]->name() : QString();
}

int lineCount(TrainingCharts &charts, Chart which) { return static_cast<int>(lines(charts, which).size()); }

long long pointCount(TrainingCharts &charts, Chart which)
{
    long long n = 0;
    for (const QLineSeries *line : lines(charts, which))
        n += line->count();
    return n;
}

long long largestLine(TrainingCharts &charts, Chart which)
{
    long long n = 0;
    for (const QLineSeries *line : lines(charts, which))
        n = std::max<long long>(n, line->count());
    return n;
}

// The epoch the chart's marker stands at; NaN when it shows none.
double markerEpoch(TrainingCharts &charts, Chart which)
{
    const auto &marker = chartView(charts, which)->marker();
    return marker ? marker->epoch : std::numeric_limits<double>::quiet_NaN();
}

// The warning above the chart, "" when hidden.
QString note(TrainingCharts &charts, Chart which)
{
    charts.showChart(which);
    const auto labels = charts.findChild<QTabWidget *>()->currentWidget()->findChildren<QLabel *>();
    if (labels.size() != 1)
        return QStringLiteral("(%1 labels on the chart's page, not its one note)").arg(labels.size());
    return labels.front()->isHidden() ? QString() : labels.front()->text();
}

// Where epoch `epoch` lies on the chart, halfway up its vertical axis, in its view's viewport.
QPoint viewportPosition(TrainingCharts &charts, Chart which, double epoch)
{
    const QChartView *view = chartView(charts, which);
    QChart *chart = view->chart();
    const QList<QAbstractAxis *> vertical = chart->axes(Qt::Vertical);
    if (vertical.isEmpty() || chart->series().isEmpty())
        return {};
    double y = 0.0;
    if (const auto *axis = qobject_cast<const QValueAxis *>(vertical.front()))
        y = (axis->min() + axis->max()) / 2.0;
    else if (const auto *logAxis = qobject_cast<const QLogValueAxis *>(vertical.front()))
        y = (logAxis->min() + logAxis->max()) / 2.0;
    const QPointF inChart = chart->mapToPosition(QPointF(epoch, y), chart->series().front());
    return view->mapFromScene(chart->mapToScene(inChart));
}

// The epochs where the chart marks a plateau: its visible dashed lines that name one in their
// tooltip, read back through the chart's axes.
QList<double> flatMarks(TrainingCharts &charts, Chart which)
{
    QList<double> epochs;
    QChart *chart = chartView(charts, which)->chart();
    for (const QGraphicsItem *item : chart->scene()->items(Qt::AscendingOrder)) {
        const auto *line = dynamic_cast<const QGraphicsLineItem *>(item);
        if (!line || !line->isVisible() || !line->toolTip().contains(QLatin1String("flat from epoch")))
            continue;
        const QPointF at = chart->mapFromScene(line->mapToScene(line->line().p1()));
        epochs << chart->mapToValue(at, chart->series().front()).x();
    }
    return epochs;
}

// Lesson 3's runs of 10 000 epochs from three starts: seed 0 solves XOR with either delta, the
// squared-error delta from seed 14 and the cross-entropy delta from seed 1 end on a plateau.
std::shared_ptr<const Trace> lesson3Run(Rule rule, quint32 seed)
{
    return record(rule, xorTargets(), 10'000, 0.9, seed,
                  rule == Rule::BackpropSigmoid ? QStringLiteral("backprop-sigmoid") : QStringLiteral("backprop-ce"));
}

// Every painted text of the chart shown lies in the view and apart from the others; "" when so.
QString textProblem(const TrainingCharts &charts)
{
    const QList<QRectF> rects = charts.paintedTextRects();
    const QStringList texts = charts.paintedTexts();
    const QRectF view(QPointF(0, 0), QSizeF(charts.size()));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        if (!view.contains(rects[i]))
            return QStringLiteral("\"%1\" outside the view").arg(texts[i]);
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            if (rects[i].intersects(rects[j]))
                return QStringLiteral("\"%1\" overlaps \"%2\"").arg(texts[i], texts[j]);
    }
    return {};
}

// Draws nothing and counts how often it is painted: put in a chart's scene, it is painted with
// the chart's items whenever the view renders the scene.
class ScenePaintCounter : public QGraphicsItem
{
public:
    int paints = 0;
    QRectF boundingRect() const override { return {0, 0, 1, 1}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { ++paints; }
};

} // namespace

class TestTrainingCharts : public QObject
{
    Q_OBJECT
private slots:
    void showsTheRunsNumbers()
    {
        // A short run is not thinned: every point is the trace's own summary.
        const auto trace = record(Rule::DeltaRule, andTargets(), 30, 0.9, 0, QStringLiteral("delta-rule"));
        TrainingCharts charts;
        charts.setTrace(trace);
        QCOMPARE(lineCount(charts, Chart::Loss), 1);
        const auto loss = linePoints(charts, Chart::Loss, 0);
        QCOMPARE(loss.size(), qsizetype(30));
        // Outputs: per sample its y line and its target line.
        for (int k = 0; k < 4; ++k) {
            const auto y = linePoints(charts, Chart::Outputs, 2 * k);
            const auto d = linePoints(charts, Chart::Outputs, 2 * k + 1);
            QCOMPARE(y.size(), qsizetype(30));
            QCOMPARE(d.front().y(), trace->spec().D(k));
            QCOMPARE(d.back().y(), trace->spec().D(k));
        }
        QCOMPARE(lineName(charts, Chart::Outputs, 4), QStringLiteral("x = (1,0)"));
        for (int e = 0; e < 30; ++e) {
            const EpochSummary s = trace->epochSummary(e);
            QCOMPARE(loss[e], QPointF(e, s.meanSquaredError));
            for (int k = 0; k < 4; ++k)
                QCOMPARE(linePoints(charts, Chart::Outputs, 2 * k)[e].y(), s.outputs[static_cast<std::size_t>(k)]);
        }
        // Weights: at the end of epoch e, i.e. the start of epoch e + 1, and the final weights last.
        QCOMPARE(lineCount(charts, Chart::Weights), 3);
        for (int i = 0; i < 3; ++i) {
            const auto w = linePoints(charts, Chart::Weights, i);
            QCOMPARE(w.size(), qsizetype(30));
            for (int e = 0; e + 1 < 30; ++e)
                QCOMPARE(w[e].y(), trace->weightsAtEpochStart(e + 1).W(i));
            QCOMPARE(w.back().y(), trace->finalWeights().W(i));
        }
        QVERIFY(note(charts, Chart::Loss).isEmpty());
    }

    void crossEntropyAndSixteenWeightsForBackpropCe()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 50);
        TrainingCharts charts;
        charts.setTrace(trace);
        QCOMPARE(lineCount(charts, Chart::Loss), 2);
        QCOMPARE(linePoints(charts, Chart::Loss, 1)[7].y(), trace->epochSummary(7).crossEntropy);
        QCOMPARE(lineCount(charts, Chart::Weights), 16);
        QCOMPARE(lineName(charts, Chart::Weights, 5), QStringLiteral("W1[1,2]"));
        QCOMPARE(linePoints(charts, Chart::Weights, 5)[3].y(), trace->weightsAtEpochStart(4).W1(1, 2));
        QCOMPARE(lineName(charts, Chart::Weights, 14), QStringLiteral("W2[0,2]"));
        QCOMPARE(linePoints(charts, Chart::Weights, 14).back().y(), trace->finalWeights().W2(2));
    }

    void longRunsAreThinned()
    {
        const auto trace = record(Rule::DeltaRule, andTargets(), 100'000);
        TrainingCharts charts;
        charts.setTrace(trace);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights})
            QVERIFY2(largestLine(charts, chart) <= TrainingCharts::MaxPointsPerSeries,
                     qPrintable(QString::number(largestLine(charts, chart))));
        QVERIFY(pointCount(charts, Chart::Loss) <= TrainingCharts::MaxPointsPerSeries);
        QVERIFY(pointCount(charts, Chart::Outputs) <= 4 * TrainingCharts::MaxPointsPerSeries + 8);
        QVERIFY(pointCount(charts, Chart::Weights) <= 3 * TrainingCharts::MaxPointsPerSeries);
        // The thinned loss still starts and ends where the run does, and keeps its largest value.
        const auto loss = linePoints(charts, Chart::Loss, 0);
        QCOMPARE(loss.front(), QPointF(0, trace->epochSummary(0).meanSquaredError));
        QCOMPARE(loss.back(), QPointF(99'999, trace->epochSummary(99'999).meanSquaredError));
        double worst = 0;
        for (int e = 0; e < 100'000; ++e)
            worst = std::max(worst, trace->epochSummary(e).meanSquaredError);
        QVERIFY(std::any_of(loss.begin(), loss.end(), [worst](const QPointF &p) { return p.y() == worst; }));
    }

    void aMillionEpochsAreThinnedToThePixels()
    {
        // 4 000 000 steps: a checkpoint-mode trace; the charts read its arrays directly and keep
        // no more points than the plot has pixels for. (Speed: deltatrace-guibench.)
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 1'000'000);
        QVERIFY(!trace->hasFullRecord());
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.setTrace(trace);
        charts.showChart(Chart::Weights); // the weights are thinned when first looked at
        QCOMPARE(lineCount(charts, Chart::Weights), 16);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights})
            QVERIFY(largestLine(charts, chart) <= TrainingCharts::MaxPointsPerSeries);
        for (int e = 0; e < 1'000'000; e += 99'991) {
            charts.setCurrentEpoch(e);
            QCOMPARE(markerEpoch(charts, Chart::Weights), double(e));
        }
    }

    void movingTheMarkerReusesThePictureOfTheChart()
    {
        // A move paints the marker over the chart's picture; only a change to the chart itself
        // renders the picture again. What shows is the same as a chart set to that epoch at once.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 2000);
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        TrainingChartView *view = chartView(charts, Chart::Loss);
        auto *scene = new ScenePaintCounter; // the scene owns it
        view->scene()->addItem(scene);
        scene->setPos(view->mapToScene(view->viewport()->rect().center()));
        QCoreApplication::processEvents();
        charts.grab();
        const int renders = scene->paints;
        QVERIFY(renders > 0);
        fixtures::PaintCounter viewport(view->viewport());
        for (int e : {10, 1500, 1999, 3}) {
            charts.setCurrentEpoch(e);
            QCoreApplication::processEvents();
        }
        QVERIFY(viewport.paints > 0);      // the marker moved on screen
        QCOMPARE(scene->paints, renders); // without painting the chart's items
        TrainingCharts direct;
        direct.resize(charts.size());
        direct.setTrace(trace);
        direct.setCurrentEpoch(3);
        direct.show();
        QVERIFY(QTest::qWaitForWindowExposed(&direct));
        QCOMPARE(charts.grab().toImage(), direct.grab().toImage());
        // A change to the chart shows at the very next paint, even before the event loop runs.
        charts.setLogScale(true);
        QCOMPARE(charts.grab().toImage(), [&] { direct.setLogScale(true); return direct.grab().toImage(); }());
        QVERIFY(scene->paints > renders);
    }

    void aChartBuiltWhenItsTabIsChosenShowsWhatOneBuiltAtOnceShows()
    {
        // Only the chart shown is built for a new run; the others are built when their tab is
        // chosen, with the epoch the run is at by then.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 2000);
        const auto other = record(Rule::BackpropSigmoid, xorTargets(), 500);
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.setTrace(other);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.showChart(Chart::Outputs); // built for the first run
        charts.showChart(Chart::Loss);
        charts.setTrace(trace);
        charts.setCurrentEpoch(1500);
        charts.showChart(Chart::Outputs);
        TrainingCharts direct;
        direct.resize(charts.size());
        direct.showChart(Chart::Outputs);
        direct.setTrace(trace);
        direct.setCurrentEpoch(1500);
        direct.show();
        QVERIFY(QTest::qWaitForWindowExposed(&direct));
        QCOMPARE(charts.grab().toImage(), direct.grab().toImage());
        QCOMPARE(markerEpoch(charts, Chart::Outputs), 1500.0);
    }

    void markerFollowsTheCurrentEpoch_data()
    {
        QTest::addColumn<int>("epoch");
        QTest::addColumn<double>("expected");
        QTest::newRow("first") << 0 << 0.0;
        QTest::newRow("middle") << 1234 << 1234.0;
        QTest::newRow("last") << 1999 << 1999.0;
        QTest::newRow("past the end is clamped") << 5000 << 1999.0;
        QTest::newRow("negative is clamped") << -3 << 0.0;
    }
    void markerFollowsTheCurrentEpoch()
    {
        QFETCH(int, epoch);
        QFETCH(double, expected);
        TrainingCharts charts;
        charts.setTrace(record(Rule::DeltaRule, andTargets(), 2000));
        charts.setCurrentEpoch(17);
        charts.setCurrentEpoch(epoch);
        QCOMPARE(charts.currentEpoch(), int(expected));
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights})
            QCOMPARE(markerEpoch(charts, chart), expected);
        // The marker survives a new run and a change of scale.
        charts.setLogScale(true);
        QCOMPARE(markerEpoch(charts, Chart::Loss), expected);
    }

    void clickingPicksTheEpoch_data()
    {
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<double>("epoch");
        QTest::newRow("loss, early") << Chart::Loss << 12.0;
        QTest::newRow("loss, late") << Chart::Loss << 187.0;
        QTest::newRow("outputs") << Chart::Outputs << 100.0;
        QTest::newRow("weights") << Chart::Weights << 55.0;
        QTest::newRow("between epochs rounds to the nearest") << Chart::Loss << 41.3;
    }
    void clickingPicksTheEpoch()
    {
        QFETCH(Chart, chart);
        QFETCH(double, epoch);
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.setTrace(record(Rule::DeltaRule, andTargets(), 200));
        charts.showChart(chart);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QSignalSpy spy(&charts, &TrainingCharts::epochActivated);
        const QPoint at = viewportPosition(charts, chart, epoch);
        QTest::mouseClick(chartView(charts, chart)->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        // 200 epochs over several hundred pixels: a pixel is well under half an epoch.
        QCOMPARE(spy.at(0).at(0).toInt(), int(std::lround(epoch)));
        // Outside the plot (the title bar of the chart) nothing happens.
        QTest::mouseClick(chartView(charts, chart)->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(spy.count(), 1);
    }

    void comparisonOverlaysAnotherRun()
    {
        const auto sigmoid = record(Rule::BackpropSigmoid, xorTargets(), 500, 0.9, 1, QStringLiteral("backprop-sigmoid"));
        const auto ce = record(Rule::BackpropCrossEntropy, xorTargets(), 500, 0.9, 1, QStringLiteral("backprop-ce"));
        TrainingCharts charts;
        charts.setTrace(sigmoid);
        const int loss = lineCount(charts, Chart::Loss);
        const int outputs = lineCount(charts, Chart::Outputs);
        const int weights = lineCount(charts, Chart::Weights);
        QCOMPARE(loss, 1);
        charts.setComparison(ce);
        // The other run's squared error and cross-entropy; its four outputs.
        QCOMPARE(lineCount(charts, Chart::Loss), loss + 2);
        QCOMPARE(lineCount(charts, Chart::Outputs), outputs + 4);
        QCOMPARE(lineCount(charts, Chart::Weights), weights);
        QVERIFY(lineName(charts, Chart::Loss, 0).contains(QStringLiteral("backprop-sigmoid")));
        QVERIFY(lineName(charts, Chart::Loss, 1).contains(QStringLiteral("backprop-ce")));
        QCOMPARE(linePoints(charts, Chart::Loss, 1)[99].y(), ce->epochSummary(99).meanSquaredError);
        // The legend says in words which loss (by colour) and which run (by line style) each
        // line is.
        charts.resize(700, 500);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.showChart(Chart::Loss);
        const QStringList texts = charts.paintedTexts();
        for (const QString &expected : {QStringLiteral("squared error"), QStringLiteral("cross-entropy"),
                                        QStringLiteral("squared-error delta run"), QStringLiteral("cross-entropy delta run")})
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(QStringLiteral(" | "))));
        charts.setComparison(ce, QStringLiteral("CE"));
        QVERIFY(lineName(charts, Chart::Loss, 1).contains(QStringLiteral("CE")));
        charts.setComparison(nullptr);
        QCOMPARE(lineCount(charts, Chart::Loss), loss);
        QCOMPARE(lineCount(charts, Chart::Outputs), outputs);
    }

    void nonFiniteRunsRender_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<SampleVector>("targets");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("lossNonFiniteFrom");
        // Lesson-legal alpha: the output saturates to exactly 0 or 1, and log(0) makes the
        // cross-entropy NaN although every recorded value stays finite.
        QTest::newRow("backprop-ce, alpha 1e6") << Rule::BackpropCrossEntropy << xorTargets() << 1e6 << 0;
        // A target of 1e308 overflows the weights: inf, then NaN everywhere.
        QTest::newRow("backprop-ce, target 1e308") << Rule::BackpropCrossEntropy << SampleVector(0, 1e308, 1, 0) << 0.9 << 0;
        QTest::newRow("delta rule, target 1e308") << Rule::DeltaRule << SampleVector(0, 1e308, 1, 0) << 1e308 << 0;
        // Huge but finite: the axes must stay finite too (-1: no note).
        QTest::newRow("delta rule, target 1e153") << Rule::DeltaRule << SampleVector(0, 1e153, 1, 0) << 0.9 << -1;
    }
    void nonFiniteRunsRender()
    {
        QFETCH(Rule, rule);
        QFETCH(SampleVector, targets);
        QFETCH(double, alpha);
        QFETCH(int, lossNonFiniteFrom);
        const auto trace = record(rule, targets, 3000, alpha);
        int outputsNonFiniteFrom = -1;
        for (int e = 0; e < trace->epochCount() && outputsNonFiniteFrom < 0; ++e)
            for (double y : trace->epochSummary(e).outputs)
                if (!std::isfinite(y))
                    outputsNonFiniteFrom = e;
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.setTrace(trace);
        charts.setComparison(trace, QStringLiteral("same"));
        charts.setLogScale(true);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            charts.showChart(chart);
            QVERIFY(!charts.grab().isNull());
            for (QAbstractSeries *series : chartView(charts, chart)->chart()->series()) {
                const auto *xy = qobject_cast<const QXYSeries *>(series);
                QVERIFY(xy);
                QVERIFY(allFinite(xy->points()));
            }
        }
        if (lossNonFiniteFrom < 0)
            QVERIFY2(note(charts, Chart::Loss).isEmpty(), qPrintable(note(charts, Chart::Loss)));
        else
            QVERIFY2(note(charts, Chart::Loss).contains(QString::number(lossNonFiniteFrom)), qPrintable(note(charts, Chart::Loss)));
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            const QPoint p = viewportPosition(charts, chart, 10);
            QVERIFY(std::abs(p.x()) < 100'000 && std::abs(p.y()) < 100'000); // finite axes map sensibly
        }
        const QString outputsNote = note(charts, Chart::Outputs);
        if (outputsNonFiniteFrom < 0)
            QVERIFY(outputsNote.isEmpty());
        else
            QVERIFY2(outputsNote.contains(QString::number(outputsNonFiniteFrom)), qPrintable(outputsNote));
    }

    void fontChangesReachTheCharts()
    {
        TrainingCharts charts;
        charts.setTrace(record(Rule::DeltaRule, andTargets(), 100));
        QFont big = charts.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        charts.setFont(big);
        const QChart *chart = chartView(charts, Chart::Loss)->chart();
        QVERIFY(chart->titleFont().pointSizeF() >= big.pointSizeF());
        for (const QAbstractAxis *axis : chart->axes()) {
            QVERIFY(axis->labelsFont().pointSizeF() >= big.pointSizeF() * 0.85);
            QCOMPARE(axis->titleFont().pointSizeF(), big.pointSizeF());
        }
    }

    void languageChangeRebuildsTheSameCharts()
    {
        TrainingCharts charts;
        charts.setTrace(record(Rule::BackpropCrossEntropy, xorTargets(), 100));
        charts.setComparison(record(Rule::BackpropSigmoid, xorTargets(), 100), QStringLiteral("sigmoid"));
        charts.setCurrentEpoch(42);
        const int loss = lineCount(charts, Chart::Loss);
        const int weights = lineCount(charts, Chart::Weights);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&charts, &change);
        QCOMPARE(lineCount(charts, Chart::Loss), loss);
        QCOMPARE(lineCount(charts, Chart::Weights), weights);
        QCOMPARE(markerEpoch(charts, Chart::Outputs), 42.0);
    }

    void textIsWholeAndApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<bool>("compare");
        QTest::addColumn<bool>("stalled");
        // The dock at 1366x768 and 1600x1000 (maybe a tab of a tab group), in presenter mode at
        // 1024x768 (type x1.6), zoomed in three times more (about x2.5), and a wide window.
        const struct
        {
            const char *name;
            QSize size;
            double fontScale;
        } sizes[] = {{"380x300", {380, 300}, 1.0},
                     {"460x420", {460, 420}, 1.0},
                     {"380x560 presenter", {380, 560}, 1.6},
                     {"380x560 presenter zoomed", {380, 560}, 2.5},
                     {"700x500", {700, 500}, 1.0}};
        const std::pair<const char *, Chart> charts[] = {{"loss", Chart::Loss}, {"outputs", Chart::Outputs}, {"weights", Chart::Weights}};
        for (const auto &size : sizes)
            for (const auto &[chartName, chart] : charts)
                for (bool compare : {false, true})
                    for (bool stalled : {false, true})
                        if (!stalled || chart != Chart::Weights)
                            QTest::addRow("%s, %s%s%s", size.name, chartName, compare ? ", compared" : "", stalled ? ", stalled" : "")
                                << size.size << size.fontScale << chart << compare << stalled;
    }
    void textIsWholeAndApart()
    {
        // Lesson 3's cross-entropy run over 10 000 epochs, alone and compared with the
        // squared-error run: every label, title and legend name reads whole ("10000", not
        // "100..."), apart from the others and inside the view, at every dock size and type size.
        QFETCH(QSize, size);
        QFETCH(double, fontScale);
        QFETCH(Chart, chart);
        QFETCH(bool, compare);
        QFETCH(bool, stalled);
        // Stalled: the cross-entropy run from seed 1 and the squared-error run from seed 14, their
        // plateaus marked and labelled.
        static const auto ce = lesson3Run(Rule::BackpropCrossEntropy, 0);
        static const auto sigmoid = lesson3Run(Rule::BackpropSigmoid, 0);
        static const auto stalledCe = lesson3Run(Rule::BackpropCrossEntropy, 1);
        static const auto stalledSigmoid = lesson3Run(Rule::BackpropSigmoid, 14);
        TrainingCharts charts;
        QFont font = charts.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        charts.setFont(font);
        charts.resize(size);
        charts.setTrace(stalled ? stalledCe : ce);
        charts.setOutcome(RunOutcome::of(stalled ? *stalledCe : *ce));
        if (compare) {
            charts.setComparison(stalled ? stalledSigmoid : sigmoid);
            charts.setComparisonOutcome(RunOutcome::of(stalled ? *stalledSigmoid : *sigmoid));
        }
        charts.setCurrentEpoch(250);
        charts.showChart(chart);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCOMPARE(charts.size(), size); // the plot's minimum size fits the dock
        for (int i = 0; i < 4; ++i) // the chart lays itself out and fits its text from the event loop
            QCoreApplication::processEvents();
        charts.grab();

        const QList<QRectF> rects = charts.paintedTextRects();
        const QStringList texts = charts.paintedTexts();
        QCOMPARE(texts.size(), rects.size());
        const QString all = texts.join(QStringLiteral(" | "));
        QVERIFY2(!charts.hasElidedText(), qPrintable(all));
        // The axes are labelled, the epoch axis up to the end of the run, and the legend is there.
        QVERIFY2(texts.contains(QStringLiteral("0")) && texts.contains(QStringLiteral("10000")), qPrintable(all));
        QVERIFY2(texts.contains(chart == Chart::Weights ? QStringLiteral("W2 to the output")
                                : chart == Chart::Outputs ? QStringLiteral("target d")
                                : compare ? QStringLiteral("squared-error delta run")
                                          : QStringLiteral("mean squared error")),
                 qPrintable(all));
        QVERIFY2(textProblem(charts).isEmpty(), qPrintable(textProblem(charts)));
        if (stalled) // the plateau's line always, its label where it fits (checked above with the rest)
            QCOMPARE(flatMarks(charts, chart).size(), qsizetype(compare ? 2 : 1));
    }

    void plateauIsMarkedWhereAStalledRunWentFlat_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("stalled");
        QTest::newRow("backprop-sigmoid seed 14, stalled") << Rule::BackpropSigmoid << 14u << true;
        QTest::newRow("backprop-ce seed 1, stalled") << Rule::BackpropCrossEntropy << 1u << true;
        QTest::newRow("backprop-sigmoid seed 0, solved") << Rule::BackpropSigmoid << 0u << false;
        QTest::newRow("backprop-ce seed 0, solved") << Rule::BackpropCrossEntropy << 0u << false;
    }
    void plateauIsMarkedWhereAStalledRunWentFlat()
    {
        QFETCH(Rule, rule);
        QFETCH(quint32, seed);
        QFETCH(bool, stalled);
        const auto trace = lesson3Run(rule, seed);
        const RunOutcome outcome = RunOutcome::of(*trace);
        QCOMPARE(outcome.kind() == RunOutcome::Kind::Stalled, stalled);
        const int from = outcome.flatFromEpoch();
        TrainingCharts charts;
        charts.resize(700, 500);
        charts.setTrace(trace);
        charts.setOutcome(outcome);
        charts.setCurrentEpoch(from); // the current epoch's marker stands on it
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QString label = QStringLiteral("flat from epoch %1").arg(from);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            charts.showChart(chart);
            for (int i = 0; i < 4; ++i)
                QCoreApplication::processEvents();
            charts.grab();
            const QList<double> marks = flatMarks(charts, chart);
            const QStringList texts = charts.paintedTexts();
            if (!stalled || chart == Chart::Weights) {
                QVERIFY(marks.isEmpty());
                QVERIFY(!texts.join(QLatin1Char('|')).contains(QLatin1String("flat from")));
                continue;
            }
            QCOMPARE(marks.size(), qsizetype(1));
            // Within an epoch's width (10 000 epochs on a few hundred pixels: a pixel is ~30).
            const double perPixel = 10'000.0 / chartView(charts, chart)->chart()->plotArea().width();
            QVERIFY2(std::abs(marks.front() - from) <= std::max(1.0, perPixel), qPrintable(QString::number(marks.front())));
            QVERIFY2(texts.contains(label), qPrintable(texts.join(QStringLiteral(" | "))));
            // Its label is inside the plot, clear of the axes' labels and the legend.
            const QRectF labelRect = charts.paintedTextRects()[texts.indexOf(label)];
            const QChartView *view = chartView(charts, chart);
            const QRectF plot = view->mapFromScene(view->chart()->mapToScene(view->chart()->plotArea())).boundingRect();
            QVERIFY(plot.translated(view->viewport()->mapTo(&charts, QPoint(0, 0))).contains(labelRect));
            QVERIFY2(textProblem(charts).isEmpty(), qPrintable(textProblem(charts)));
        }
        // Stepping does not touch it (the chart's items are not painted again: the mark costs
        // nothing per step); a new language keeps it; a new run without an outcome has none.
        TrainingChartView *view = chartView(charts, Chart::Loss);
        auto *counter = new ScenePaintCounter; // the scene owns it
        view->scene()->addItem(counter);
        counter->setPos(view->mapToScene(view->viewport()->rect().center()));
        QCoreApplication::processEvents();
        charts.grab();
        const int renders = counter->paints;
        for (int e : {10, from, 9999, from / 2}) {
            charts.setCurrentEpoch(e);
            QCoreApplication::processEvents();
        }
        QCOMPARE(counter->paints, renders);
        QCOMPARE(flatMarks(charts, Chart::Loss).size(), qsizetype(stalled ? 1 : 0));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&charts, &change);
        QCOMPARE(flatMarks(charts, Chart::Loss).size(), qsizetype(stalled ? 1 : 0));
        charts.setTrace(lesson3Run(rule, seed));
        QVERIFY(flatMarks(charts, Chart::Loss).isEmpty());
        QVERIFY(!charts.flatFromEpoch());
    }

    void eachComparedRunMarksItsOwnPlateau()
    {
        // The squared-error run from seed 14 compared with the cross-entropy run from seed 1:
        // two plateaus, two marks, each named by its run.
        const auto sigmoid = lesson3Run(Rule::BackpropSigmoid, 14);
        const auto ce = lesson3Run(Rule::BackpropCrossEntropy, 1);
        const RunOutcome sigmoidOutcome = RunOutcome::of(*sigmoid);
        const RunOutcome ceOutcome = RunOutcome::of(*ce);
        TrainingCharts charts;
        charts.resize(700, 500);
        charts.setTrace(sigmoid);
        charts.setOutcome(sigmoidOutcome);
        charts.setComparison(ce, QStringLiteral("backprop-ce"));
        charts.setComparisonOutcome(ceOutcome);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        charts.grab();
        QCOMPARE(flatMarks(charts, Chart::Loss).size(), qsizetype(2));
        const QString texts = charts.paintedTexts().join(QStringLiteral(" | "));
        QVERIFY2(texts.contains(QStringLiteral("squared-error delta run: flat from epoch %1").arg(sigmoidOutcome.flatFromEpoch())), qPrintable(texts));
        QVERIFY2(texts.contains(QStringLiteral("cross-entropy delta run: flat from epoch %1").arg(ceOutcome.flatFromEpoch())), qPrintable(texts));
        QVERIFY2(textProblem(charts).isEmpty(), qPrintable(textProblem(charts)));
        // Named again in a new language, the compared run keeps its mark; another run does not.
        charts.setComparison(ce, QStringLiteral("backprop-ce"));
        QCOMPARE(flatMarks(charts, Chart::Loss).size(), qsizetype(2));
        charts.setComparison(lesson3Run(Rule::BackpropCrossEntropy, 1), QStringLiteral("backprop-ce"));
        QCOMPARE(flatMarks(charts, Chart::Loss).size(), qsizetype(1));
    }

    void aLineWithoutAFiniteValueIsCalledMissingNotGapped()
    {
        // A target of 1e308 overflows at once: the loss is not finite at any epoch, so it has no
        // line at all, not a line with gaps.
        const auto trace = record(Rule::DeltaRule, SampleVector(0, 1e308, 1, 0), 50, 1e308);
        TrainingCharts charts;
        charts.resize(700, 500);
        charts.setTrace(trace);
        QVERIFY(lines(charts, Chart::Loss).isEmpty());
        const QString text = note(charts, Chart::Loss);
        QVERIFY2(text.contains(QLatin1String("at any epoch")) && text.contains(QLatin1String("mean squared error")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("gaps")), qPrintable(text));
    }

    void singleEpochAxesReadDistinctNumbers_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontScale");
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<bool>("logScale");
        for (const auto &[name, chart] : {std::pair{"loss", Chart::Loss}, std::pair{"outputs", Chart::Outputs}, std::pair{"weights", Chart::Weights}})
            for (const auto &[size, scale] : {std::pair{QSize(380, 300), 1.0}, std::pair{QSize(700, 500), 1.0}, std::pair{QSize(380, 560), 2.5}})
                for (bool logScale : {false, true})
                    if (!logScale || chart == Chart::Loss)
                        QTest::addRow("%s%s %dx%d x%.1f", name, logScale ? " log" : "", size.width(), size.height(), scale)
                            << size << scale << chart << logScale;
    }
    void singleEpochAxesReadDistinctNumbers()
    {
        // Lesson 1's forward pass is one epoch: its axes must not repeat a number ("0 0 1 1 1").
        QFETCH(QSize, size);
        QFETCH(double, fontScale);
        QFETCH(Chart, chart);
        QFETCH(bool, logScale);
        static const auto trace = record(Rule::Forward, andTargets(), 1);
        TrainingCharts charts;
        QFont font = charts.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        charts.setFont(font);
        charts.resize(size);
        charts.setTrace(trace);
        charts.setLogScale(logScale);
        charts.showChart(chart);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        charts.grab();
        // An axis' labels are the numbers in one row (the epochs) or one column (the values).
        const QStringList texts = charts.paintedTexts();
        const QList<QRectF> rects = charts.paintedTextRects();
        const QString all = texts.join(QStringLiteral(" | "));
        int numbers = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            bool ok = false;
            texts[i].toDouble(&ok);
            numbers += ok ? 1 : 0;
            for (qsizetype j = i + 1; ok && j < texts.size(); ++j) {
                const bool sameAxis = std::abs(rects[i].center().y() - rects[j].center().y()) < 1.0
                    || std::abs(rects[i].right() - rects[j].right()) < 1.0;
                QVERIFY2(!(sameAxis && texts[i] == texts[j]), qPrintable(QStringLiteral("\"%1\" twice on an axis: %2").arg(texts[i], all)));
            }
        }
        QVERIFY2(numbers >= 3, qPrintable(all)); // "0" for the epoch, two ticks on the value axis at least
        QVERIFY2(textProblem(charts).isEmpty(), qPrintable(textProblem(charts)));
        // The run's one epoch stands in the middle of the epoch axis, which names no other.
        const auto *epochs = qobject_cast<const QValueAxis *>(chartView(charts, chart)->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(epochs);
        QCOMPARE(epochs->min(), -epochs->max());
        QVERIFY2(epochs->max() < 1.0, qPrintable(QString::number(epochs->max())));
    }

    void aResizedChartStaysInItsView_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<QSize>("from");
        QTest::addColumn<QSize>("to");
        QTest::addColumn<double>("fontScale");
        // Lesson 1's forward pass (one epoch) and a longer run, in a dock that narrows as the
        // window goes from 1280 to 1366 px wide, and that shortens on a projector.
        for (int epochs : {1, 200}) {
            QTest::addRow("%d epochs, narrowed", epochs) << epochs << QSize(391, 165) << QSize(371, 165) << 1.0;
            QTest::addRow("%d epochs, widened", epochs) << epochs << QSize(371, 165) << QSize(391, 165) << 1.0;
            QTest::addRow("%d epochs, shortened, large type", epochs) << epochs << QSize(635, 738) << QSize(635, 698) << 2.4;
        }
    }
    void aResizedChartStaysInItsView()
    {
        // QtCharts reports a new plot area while it lays the chart out, before its layout has
        // the chart's new size: text fitted right then laid the chart out at the old size, and
        // a narrowed one-epoch chart painted its last epoch label outside the view.
        QFETCH(int, epochs);
        QFETCH(QSize, from);
        QFETCH(QSize, to);
        QFETCH(double, fontScale);
        TrainingCharts charts;
        QFont font = charts.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        charts.setFont(font);
        charts.resize(from);
        charts.setTrace(record(Rule::Forward, andTargets(), epochs));
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        charts.grab();
        charts.resize(to);
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        charts.grab();
        const QChartView *view = chartView(charts, Chart::Loss);
        QCOMPARE(view->chart()->size(), QSizeF(view->viewport()->size()));
        QVERIFY2(QRectF(view->viewport()->rect()).contains(view->chart()->plotArea()),
                 qPrintable(QStringLiteral("plot %1,%2 %3x%4 in %5x%6")
                                .arg(view->chart()->plotArea().x())
                                .arg(view->chart()->plotArea().y())
                                .arg(view->chart()->plotArea().width())
                                .arg(view->chart()->plotArea().height())
                                .arg(view->viewport()->width())
                                .arg(view->viewport()->height())));
        QVERIFY2(textProblem(charts).isEmpty(), qPrintable(textProblem(charts) + QStringLiteral(": ") + charts.paintedTexts().join(QStringLiteral(" | "))));
    }

    void chartsHaveTheScreensPixelRatio()
    {
        // Sharp on a high-density screen: the view's picture of the chart has a pixel for each of
        // the screen's, the same as rendering the chart there directly. ctest runs this again
        // with QT_SCALE_FACTOR=2.
        TrainingCharts charts;
        charts.resize(700, 500);
        charts.setTrace(record(Rule::DeltaRule, andTargets(), 200));
        charts.setCurrentEpoch(0);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        TrainingChartView *view = chartView(charts, Chart::Loss);
        const qreal ratio = view->viewport()->devicePixelRatioF();
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        const QImage shown = view->viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(shown.size(), view->viewport()->size() * ratio);
        QImage direct(view->viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
        direct.setDevicePixelRatio(ratio);
        direct.fill(view->viewport()->palette().color(view->viewport()->backgroundRole()));
        {
            QPainter p(&direct);
            p.setRenderHints(view->renderHints());
            view->render(&p, QRectF(QPointF(0, 0), QSizeF(view->viewport()->size())), view->viewport()->rect(), Qt::IgnoreAspectRatio);
        }
        // The right half, away from the marker at epoch 0.
        const QRect right(shown.width() / 2, 0, shown.width() / 2, shown.height());
        QCOMPARE(shown.copy(right), direct.copy(right));
    }

    void emptyAndSingleEpochRuns()
    {
        TrainingCharts charts;
        charts.setTrace(nullptr);
        charts.setCurrentEpoch(5);
        QVERIFY(!charts.grab().isNull());
        charts.setTrace(record(Rule::Forward, andTargets(), 1));
        QCOMPARE(linePoints(charts, Chart::Loss, 0).size(), qsizetype(1));
        QVERIFY(!charts.grab().isNull());
    }
};

QTEST_MAIN(TestTrainingCharts)
#include "tst_trainingcharts.moc"
