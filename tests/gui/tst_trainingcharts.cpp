// TrainingCharts: the loss, outputs and weights per epoch of a real recorded run, thinned for
// long runs, with a cheap marker, click-to-epoch, a comparison overlay and non-finite runs.
#include "coursefixtures.h"
#include "numberformat.h"
#include "trainer.h"
#include "trainingchartview.h"
#include "trainingcharts.h"

#include <QChartView>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

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
        QCOMPARE(charts.seriesCountForTesting(Chart::Loss), 1);
        const auto loss = charts.seriesPointsForTesting(Chart::Loss, 0);
        QCOMPARE(loss.size(), qsizetype(30));
        // Outputs: per sample its y line and its target line.
        for (int k = 0; k < 4; ++k) {
            const auto y = charts.seriesPointsForTesting(Chart::Outputs, 2 * k);
            const auto d = charts.seriesPointsForTesting(Chart::Outputs, 2 * k + 1);
            QCOMPARE(y.size(), qsizetype(30));
            QCOMPARE(d.front().y(), trace->spec().D(k));
            QCOMPARE(d.back().y(), trace->spec().D(k));
        }
        QCOMPARE(charts.seriesNameForTesting(Chart::Outputs, 4), QStringLiteral("x = (1,0)"));
        for (int e = 0; e < 30; ++e) {
            const EpochSummary s = trace->epochSummary(e);
            QCOMPARE(loss[e], QPointF(e, s.meanSquaredError));
            for (int k = 0; k < 4; ++k)
                QCOMPARE(charts.seriesPointsForTesting(Chart::Outputs, 2 * k)[e].y(), s.outputs[static_cast<std::size_t>(k)]);
        }
        // Weights: at the end of epoch e, i.e. the start of epoch e + 1, and the final weights last.
        QCOMPARE(charts.seriesCountForTesting(Chart::Weights), 3);
        for (int i = 0; i < 3; ++i) {
            const auto w = charts.seriesPointsForTesting(Chart::Weights, i);
            QCOMPARE(w.size(), qsizetype(30));
            for (int e = 0; e + 1 < 30; ++e)
                QCOMPARE(w[e].y(), trace->weightsAtEpochStart(e + 1).W(i));
            QCOMPARE(w.back().y(), trace->finalWeights().W(i));
        }
        QVERIFY(charts.noteForTesting(Chart::Loss).isEmpty());
    }

    void crossEntropyAndSixteenWeightsForBackpropCe()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 50);
        TrainingCharts charts;
        charts.setTrace(trace);
        QCOMPARE(charts.seriesCountForTesting(Chart::Loss), 2);
        QCOMPARE(charts.seriesPointsForTesting(Chart::Loss, 1)[7].y(), trace->epochSummary(7).crossEntropy);
        QCOMPARE(charts.seriesCountForTesting(Chart::Weights), 16);
        QCOMPARE(charts.seriesNameForTesting(Chart::Weights, 5), QStringLiteral("W1[1,2]"));
        QCOMPARE(charts.seriesPointsForTesting(Chart::Weights, 5)[3].y(), trace->weightsAtEpochStart(4).W1(1, 2));
        QCOMPARE(charts.seriesNameForTesting(Chart::Weights, 14), QStringLiteral("W2[0,2]"));
        QCOMPARE(charts.seriesPointsForTesting(Chart::Weights, 14).back().y(), trace->finalWeights().W2(2));
    }

    void longRunsAreThinned()
    {
        const auto trace = record(Rule::DeltaRule, andTargets(), 100'000);
        TrainingCharts charts;
        charts.setTrace(trace);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights})
            QVERIFY2(charts.maxSeriesPointCountForTesting(chart) <= TrainingCharts::MaxPointsPerSeries,
                     qPrintable(QString::number(charts.maxSeriesPointCountForTesting(chart))));
        QVERIFY(charts.pointCountForTesting(Chart::Loss) <= TrainingCharts::MaxPointsPerSeries);
        QVERIFY(charts.pointCountForTesting(Chart::Outputs) <= 4 * TrainingCharts::MaxPointsPerSeries + 8);
        QVERIFY(charts.pointCountForTesting(Chart::Weights) <= 3 * TrainingCharts::MaxPointsPerSeries);
        // The thinned loss still starts and ends where the run does, and keeps its largest value.
        const auto loss = charts.seriesPointsForTesting(Chart::Loss, 0);
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
        QCOMPARE(charts.seriesCountForTesting(Chart::Weights), 16);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights})
            QVERIFY(charts.maxSeriesPointCountForTesting(chart) <= TrainingCharts::MaxPointsPerSeries);
        for (int e = 0; e < 1'000'000; e += 99'991) {
            charts.setCurrentEpoch(e);
            QCOMPARE(charts.markerEpochForTesting(Chart::Weights), double(e));
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
        auto *view = static_cast<TrainingChartView *>(charts.chartViewForTesting(Chart::Loss));
        QCoreApplication::processEvents();
        charts.grab();
        const int renders = view->sceneRendersForTesting();
        QVERIFY(renders > 0);
        for (int e : {10, 1500, 1999, 3}) {
            charts.setCurrentEpoch(e);
            QCoreApplication::processEvents();
        }
        QCOMPARE(view->sceneRendersForTesting(), renders);
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
        QVERIFY(view->sceneRendersForTesting() > renders);
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
        QCOMPARE(charts.markerEpochForTesting(Chart::Outputs), 1500.0);
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
            QCOMPARE(charts.markerEpochForTesting(chart), expected);
        // The marker survives a new run and a change of scale.
        charts.setLogScale(true);
        QCOMPARE(charts.markerEpochForTesting(Chart::Loss), expected);
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
        const QPoint at = charts.viewportPositionForTesting(chart, epoch);
        QTest::mouseClick(charts.chartViewForTesting(chart)->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        // 200 epochs over several hundred pixels: a pixel is well under half an epoch.
        QCOMPARE(spy.at(0).at(0).toInt(), int(std::lround(epoch)));
        // Outside the plot (the title bar of the chart) nothing happens.
        QTest::mouseClick(charts.chartViewForTesting(chart)->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(spy.count(), 1);
    }

    void comparisonOverlaysAnotherRun()
    {
        const auto sigmoid = record(Rule::BackpropSigmoid, xorTargets(), 500, 0.9, 1, QStringLiteral("backprop-sigmoid"));
        const auto ce = record(Rule::BackpropCrossEntropy, xorTargets(), 500, 0.9, 1, QStringLiteral("backprop-ce"));
        TrainingCharts charts;
        charts.setTrace(sigmoid);
        const int loss = charts.seriesCountForTesting(Chart::Loss);
        const int outputs = charts.seriesCountForTesting(Chart::Outputs);
        const int weights = charts.seriesCountForTesting(Chart::Weights);
        QCOMPARE(loss, 1);
        charts.setComparison(ce);
        // The other run's squared error and cross-entropy; its four outputs.
        QCOMPARE(charts.seriesCountForTesting(Chart::Loss), loss + 2);
        QCOMPARE(charts.seriesCountForTesting(Chart::Outputs), outputs + 4);
        QCOMPARE(charts.seriesCountForTesting(Chart::Weights), weights);
        QVERIFY(charts.seriesNameForTesting(Chart::Loss, 0).contains(QStringLiteral("backprop-sigmoid")));
        QVERIFY(charts.seriesNameForTesting(Chart::Loss, 1).contains(QStringLiteral("backprop-ce")));
        QCOMPARE(charts.seriesPointsForTesting(Chart::Loss, 1)[99].y(), ce->epochSummary(99).meanSquaredError);
        charts.setComparison(ce, QStringLiteral("CE"));
        QVERIFY(charts.seriesNameForTesting(Chart::Loss, 1).contains(QStringLiteral("CE")));
        charts.setComparison(nullptr);
        QCOMPARE(charts.seriesCountForTesting(Chart::Loss), loss);
        QCOMPARE(charts.seriesCountForTesting(Chart::Outputs), outputs);
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
            for (int i = 0; i < charts.seriesCountForTesting(chart); ++i)
                QVERIFY(allFinite(charts.seriesPointsForTesting(chart, i)));
        }
        if (lossNonFiniteFrom < 0)
            QVERIFY2(charts.noteForTesting(Chart::Loss).isEmpty(), qPrintable(charts.noteForTesting(Chart::Loss)));
        else
            QVERIFY2(charts.noteForTesting(Chart::Loss).contains(QString::number(lossNonFiniteFrom)), qPrintable(charts.noteForTesting(Chart::Loss)));
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            const QPoint p = charts.viewportPositionForTesting(chart, 10);
            QVERIFY(std::abs(p.x()) < 100'000 && std::abs(p.y()) < 100'000); // finite axes map sensibly
        }
        const QString outputsNote = charts.noteForTesting(Chart::Outputs);
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
        const QChart *chart = charts.chartViewForTesting(Chart::Loss)->chart();
        QVERIFY(chart->titleFont().pointSizeF() >= big.pointSizeF());
        QCOMPARE(chart->legend()->font().pointSizeF(), big.pointSizeF());
    }

    void languageChangeRebuildsTheSameCharts()
    {
        TrainingCharts charts;
        charts.setTrace(record(Rule::BackpropCrossEntropy, xorTargets(), 100));
        charts.setComparison(record(Rule::BackpropSigmoid, xorTargets(), 100), QStringLiteral("sigmoid"));
        charts.setCurrentEpoch(42);
        const int loss = charts.seriesCountForTesting(Chart::Loss);
        const int weights = charts.seriesCountForTesting(Chart::Weights);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&charts, &change);
        QCOMPARE(charts.seriesCountForTesting(Chart::Loss), loss);
        QCOMPARE(charts.seriesCountForTesting(Chart::Weights), weights);
        QCOMPARE(charts.markerEpochForTesting(Chart::Outputs), 42.0);
    }

    void emptyAndSingleEpochRuns()
    {
        TrainingCharts charts;
        charts.setTrace(nullptr);
        charts.setCurrentEpoch(5);
        QVERIFY(!charts.grab().isNull());
        charts.setTrace(record(Rule::Forward, andTargets(), 1));
        QCOMPARE(charts.seriesPointsForTesting(Chart::Loss, 0).size(), qsizetype(1));
        QVERIFY(!charts.grab().isNull());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DELTATRACE_SHOTS");
        if (dir.isEmpty())
            QSKIP("set DELTATRACE_SHOTS to a folder to save screenshots");
        QDir().mkpath(dir);
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.show();
        charts.setTrace(record(Rule::DeltaRule, andTargets(), 10'000, 0.9, 0, QStringLiteral("delta-rule")));
        charts.setCurrentEpoch(2500);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            charts.showChart(chart);
            charts.grab().save(dir + QStringLiteral("/charts-l1-%1.png").arg(int(chart)));
        }
        charts.setLogScale(true);
        charts.showChart(Chart::Loss);
        charts.grab().save(dir + QStringLiteral("/charts-l1-loss-log.png"));
        charts.setLogScale(false);
        charts.setTrace(record(Rule::BackpropSigmoid, xorTargets(), 10'000, 0.9, 1, QStringLiteral("backprop-sigmoid")));
        charts.setComparison(record(Rule::BackpropCrossEntropy, xorTargets(), 10'000, 0.9, 1, QStringLiteral("backprop-ce")));
        charts.setCurrentEpoch(800);
        for (Chart chart : {Chart::Loss, Chart::Outputs, Chart::Weights}) {
            charts.showChart(chart);
            charts.grab().save(dir + QStringLiteral("/charts-l3-compare-%1.png").arg(int(chart)));
        }
        charts.setComparison(nullptr);
        charts.setTrace(record(Rule::BackpropCrossEntropy, xorTargets(), 3000, 1e6));
        charts.showChart(Chart::Loss);
        charts.grab().save(dir + QStringLiteral("/charts-nonfinite.png"));
    }
};

QTEST_MAIN(TestTrainingCharts)
#include "tst_trainingcharts.moc"
