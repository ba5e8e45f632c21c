// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GeneralTrainingCharts: a general network's loss and outputs per epoch, read through QtCharts'
// public API and compared with NetworkTrace::epochSummary and outputsAtEpochEnd, for the golden
// specs, the largest network, a linear one, one epoch, ten million epochs and a blow-up; the
// marker at the position's epoch, cheap moves, and text that fits at the window's sizes.
#include "generaltracefixtures.h"
#include "generaltrainingcharts.h"
#include "numberformat.h"
#include "trainingchartview.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace deltatrace;
using Chart = GeneralTrainingCharts::Chart;

namespace {

TrainingChartView *chartView(GeneralTrainingCharts &charts, Chart which)
{
    charts.showChart(which);
    return dynamic_cast<TrainingChartView *>(charts.findChild<QTabWidget *>()->currentWidget()->findChild<QChartView *>());
}

// The chart's drawn lines, in the order they were added: visible series with points.
QList<QLineSeries *> lines(GeneralTrainingCharts &charts, Chart which)
{
    QList<QLineSeries *> found;
    for (QAbstractSeries *series : chartView(charts, which)->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->isVisible() && line->count() > 0)
            found << line;
    }
    return found;
}

// Every point of the lines called `name` (a line broken by non-finite values is several series).
QList<QPointF> pointsOf(GeneralTrainingCharts &charts, Chart which, const QString &name)
{
    QList<QPointF> points;
    for (QLineSeries *line : lines(charts, which))
        if (line->name() == name)
            points << line->points();
    return points;
}

QStringList lineNames(GeneralTrainingCharts &charts, Chart which)
{
    QStringList names;
    for (QLineSeries *line : lines(charts, which))
        if (!names.contains(line->name()))
            names << line->name();
    return names;
}

double markerEpoch(GeneralTrainingCharts &charts, Chart which)
{
    const auto &marker = chartView(charts, which)->marker();
    return marker ? marker->epoch : std::numeric_limits<double>::quiet_NaN();
}

// Where the marker's line stands, read back through the chart's epoch axis.
double markerLineEpoch(GeneralTrainingCharts &charts, Chart which)
{
    TrainingChartView *view = chartView(charts, which);
    const auto &marker = view->marker();
    if (!marker)
        return std::numeric_limits<double>::quiet_NaN();
    QChart *chart = view->chart();
    const QPointF at = chart->mapFromScene(marker->line.p1());
    return chart->mapToValue(at, chart->series().back()).x();
}

QString note(GeneralTrainingCharts &charts, Chart which)
{
    charts.showChart(which);
    const auto labels = charts.findChild<QTabWidget *>()->currentWidget()->findChildren<QLabel *>();
    if (labels.size() != 1)
        return QStringLiteral("(%1 labels)").arg(labels.size());
    return labels.front()->isHidden() ? QString() : labels.front()->text();
}

QString textProblem(const GeneralTrainingCharts &charts)
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

bool allFinite(const QList<QPointF> &points)
{
    return std::all_of(points.begin(), points.end(), [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

NetworkRun runNamed(const QString &name)
{
    if (name == QLatin1String("large"))
        return fixtures::largeSoftmaxRun(12);
    if (name == QLatin1String("linear"))
        return fixtures::linearRun(60);
    NetworkRun run = fixtures::goldenRun(name);
    run.epochs = std::min(run.epochs, 300);
    return run;
}

// One sigmoid output and 40 samples: more than the chart draws lines for.
NetworkRun manySamplesRun(int epochs)
{
    NetworkRun run;
    run.experimentId = QStringLiteral("many-samples");
    run.data.sampleCount = 40;
    run.data.inputCount = 2;
    run.data.outputCount = 1;
    for (int k = 0; k < 40; ++k) {
        const double a = -1.0 + 2.0 * k / 39.0;
        run.data.x.insert(run.data.x.end(), {a, 1.0});
        run.data.d.push_back(a > 0.1 ? 1.0 : 0.0);
    }
    run.architecture.sizes = {2, 1};
    run.architecture.activations = {Activation::Sigmoid};
    run.alpha = 0.5;
    run.epochs = epochs;
    return run;
}

} // namespace

class TestGeneralTrainingCharts : public QObject
{
    Q_OBJECT
private slots:
    void lossIsTheTracesSummary_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("crossEntropy");
        QTest::newRow("delta batch (sigmoid)") << QStringLiteral("delta_batch-seed0") << true;
        QTest::newRow("backprop momentum (sigmoid)") << QStringLiteral("backprop_momentum-seed0") << true;
        QTest::newRow("rings tanh (sigmoid)") << QStringLiteral("rings_tanh_minibatch-seed2") << true;
        QTest::newRow("three classes (softmax)") << QStringLiteral("three_class_softmax-seed5") << true;
        QTest::newRow("3-32-32-32-8 (softmax)") << QStringLiteral("large") << true;
        QTest::newRow("linear") << QStringLiteral("linear") << false;
    }
    // A short run is not thinned: every point is the epoch's own summary.
    void lossIsTheTracesSummary()
    {
        QFETCH(QString, name);
        QFETCH(bool, crossEntropy);
        const auto trace = fixtures::recordShared(runNamed(name));
        GeneralTrainingCharts charts;
        charts.setTrace(trace);
        const QString mse = QStringLiteral("mean squared error");
        const QString ce = QStringLiteral("cross-entropy");
        QCOMPARE(lineNames(charts, Chart::Loss), crossEntropy ? QStringList({mse, ce}) : QStringList({mse}));
        const QList<QPointF> msePoints = pointsOf(charts, Chart::Loss, mse);
        QCOMPARE(msePoints.size(), trace->epochCount());
        for (const QPointF &p : msePoints) {
            const int epoch = static_cast<int>(p.x());
            QCOMPARE(p.x(), double(epoch));
            QCOMPARE(p.y(), trace->epochSummary(epoch).meanSquaredError);
        }
        if (crossEntropy) {
            const QList<QPointF> cePoints = pointsOf(charts, Chart::Loss, ce);
            QCOMPARE(cePoints.size(), trace->epochCount());
            for (const QPointF &p : cePoints)
                QCOMPARE(p.y(), trace->epochSummary(static_cast<int>(p.x())).crossEntropy);
        }
        QCOMPARE(note(charts, Chart::Loss), QString());
        // The vertical axis shows every point.
        auto *axis = qobject_cast<QValueAxis *>(chartView(charts, Chart::Loss)->chart()->axes(Qt::Vertical).front());
        for (const QPointF &p : msePoints)
            QVERIFY(p.y() >= axis->min() && p.y() <= axis->max());
    }

    // One output: a line per sample, each point the sample's output recomputed at that epoch.
    void oneOutputIsALinePerSample_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("delta batch") << QStringLiteral("delta_batch-seed0");
        QTest::newRow("backprop momentum") << QStringLiteral("backprop_momentum-seed0");
        QTest::newRow("rings tanh") << QStringLiteral("rings_tanh_minibatch-seed2");
        QTest::newRow("linear") << QStringLiteral("linear");
    }
    void oneOutputIsALinePerSample()
    {
        QFETCH(QString, name);
        const auto trace = fixtures::recordShared(runNamed(name));
        const int n = trace->run().sampleCount();
        GeneralTrainingCharts charts;
        charts.setTrace(trace);
        QVERIFY(charts.outputEpochs().empty()); // not before the chart is looked at
        chartView(charts, Chart::Outputs);
        QCOMPARE(charts.outputEpochs(), trace->keptOutputEpochs());
        QCOMPARE(static_cast<int>(charts.outputEpochs().size()), trace->epochCount());
        QCOMPARE(static_cast<int>(charts.drawnSamples().size()), n);
        for (int s = 0; s < n; ++s) {
            const double d = trace->run().data.d[static_cast<std::size_t>(s)];
            const QString lineName = QStringLiteral("sample %1 (d = %2)").arg(s).arg(NumberFormat::value(d));
            const QList<QPointF> points = pointsOf(charts, Chart::Outputs, lineName);
            QCOMPARE(points.size(), trace->epochCount());
            for (const QPointF &p : points) {
                const int epoch = static_cast<int>(p.x());
                QCOMPARE(p.y(), trace->outputsAtEpochEnd(epoch)[static_cast<std::size_t>(s)]);
            }
        }
    }

    // Several outputs: the current sample's, one line per output with its target, following
    // the position's sample.
    void severalOutputsFollowTheSample_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("three classes") << QStringLiteral("three_class_softmax-seed5");
        QTest::newRow("3-32-32-32-8") << QStringLiteral("large");
    }
    void severalOutputsFollowTheSample()
    {
        QFETCH(QString, name);
        const auto trace = fixtures::recordShared(runNamed(name));
        const int n = trace->run().sampleCount();
        const int k = trace->architecture().outputCount();
        const int layers = trace->architecture().layerCount();
        GeneralTrainingCharts charts;
        charts.setTrace(trace);
        chartView(charts, Chart::Outputs);
        QCOMPARE(static_cast<int>(charts.outputEpochs().size()), trace->epochCount());
        for (const int sample : {0, n - 1, n / 2}) {
            charts.setPosition({static_cast<long long>(trace->epochCount() / 2) * n + sample, 1});
            QCOMPARE(charts.currentSample(), sample);
            for (int o = 0; o < k; ++o) {
                const QList<QPointF> points = pointsOf(charts, Chart::Outputs, QStringLiteral("y%1[%2]").arg(layers).arg(o));
                QCOMPARE(points.size(), trace->epochCount());
                for (const QPointF &p : points)
                    QCOMPARE(p.y(), trace->outputsAtEpochEnd(static_cast<int>(p.x()))[static_cast<std::size_t>(sample * k + o)]);
                const QList<QPointF> target = pointsOf(charts, Chart::Outputs, QStringLiteral("target d[%1]").arg(o));
                QCOMPARE(target.size(), 2);
                QCOMPARE(target.front().y(), trace->run().data.d[static_cast<std::size_t>(sample * k + o)]);
            }
            // The legend names the sample.
            // (ChartLegend has no meta-object of its own: findChild would take any widget.)
            const ChartLegend *legend = nullptr;
            for (QWidget *w : charts.findChild<QTabWidget *>()->currentWidget()->findChildren<QWidget *>())
                if (!legend)
                    legend = dynamic_cast<const ChartLegend *>(w);
            QVERIFY(legend && !legend->entries().isEmpty());
            QCOMPARE(legend->entries().front().text, QStringLiteral("sample %1:").arg(sample));
        }
        // Shown on the loss tab, a move to another sample waits for the outputs tab.
        charts.showChart(Chart::Loss);
        charts.setPosition({3, 0});
        QCOMPARE(pointsOf(charts, Chart::Outputs, QStringLiteral("target d[0]")).front().y(), trace->run().data.d[static_cast<std::size_t>(3 * k)]);
    }

    void moreThanEightSamplesDrawARepresentativeEight()
    {
        const auto trace = fixtures::recordShared(manySamplesRun(50));
        GeneralTrainingCharts charts;
        charts.resize(700, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QStringList names = lineNames(charts, Chart::Outputs);
        QCOMPARE(charts.drawnSamples(), (std::vector<int>{0, 6, 11, 17, 22, 28, 33, 39}));
        QStringList expected;
        for (int s : charts.drawnSamples())
            expected << QStringLiteral("sample %1 (d = %2)").arg(s).arg(NumberFormat::value(trace->run().data.d[static_cast<std::size_t>(s)]));
        // Each sample's line is followed by its target's (dotted, named "target d").
        QStringList withTargets = expected;
        withTargets.insert(1, QStringLiteral("target d"));
        QCOMPARE(names, withTargets);
        // Said where it is read: the legend's first entry.
        const QStringList texts = charts.paintedTexts();
        QVERIFY2(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.contains(QLatin1String("8 of the 40 samples")); }),
                 qPrintable(texts.join(QLatin1String(" | "))));
        for (int s : charts.drawnSamples()) {
            const QList<QPointF> points = pointsOf(charts, Chart::Outputs, expected[static_cast<int>(std::find(charts.drawnSamples().begin(), charts.drawnSamples().end(), s) - charts.drawnSamples().begin())]);
            QCOMPARE(points.size(), 50);
            QCOMPARE(points.back().y(), trace->outputsAtEpochEnd(49)[static_cast<std::size_t>(s)]);
        }
    }

    void markerStandsAtThePositionsEpoch()
    {
        const auto trace = fixtures::recordShared(runNamed(QStringLiteral("rings_tanh_minibatch-seed2")));
        const int n = trace->run().sampleCount();
        GeneralTrainingCharts charts;
        charts.resize(700, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (const Chart which : {Chart::Loss, Chart::Outputs}) {
            charts.showChart(which);
            for (const int epoch : {0, 123, 299}) {
                charts.setPosition({static_cast<long long>(epoch) * n + 5, 7});
                QCoreApplication::processEvents();
                QCOMPARE(charts.currentEpoch(), epoch);
                QCOMPARE(markerEpoch(charts, which), double(epoch));
                QVERIFY2(std::abs(markerLineEpoch(charts, which) - epoch) < 1.0,
                         qPrintable(QString::number(markerLineEpoch(charts, which))));
                QCOMPARE(chartView(charts, which)->marker()->label, QStringLiteral("epoch %1").arg(epoch));
            }
        }
        // The other tab takes the epoch when it is shown.
        charts.showChart(Chart::Loss);
        charts.setPosition({static_cast<long long>(77) * n, 0});
        QCOMPARE(markerEpoch(charts, Chart::Outputs), 77.0);
        // A click on a chart picks its epoch.
        QSignalSpy activated(&charts, &GeneralTrainingCharts::epochActivated);
        TrainingChartView *view = chartView(charts, Chart::Loss);
        QChart *chart = view->chart();
        const QPointF at = chart->mapToPosition(QPointF(200, 0.1), chart->series().back());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart->mapToScene(at)));
        QCOMPARE(activated.count(), 1);
        QVERIFY(std::abs(activated.front().front().toInt() - 200) <= 2);
    }

    void oneEpochRun()
    {
        NetworkRun run = fixtures::goldenRun(QStringLiteral("three_class_softmax-seed5"));
        run.epochs = 1;
        const auto trace = fixtures::recordShared(run);
        GeneralTrainingCharts charts;
        charts.resize(600, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QList<QPointF> loss = pointsOf(charts, Chart::Loss, QStringLiteral("mean squared error"));
        QCOMPARE(loss, (QList<QPointF>{QPointF(0, trace->epochSummary(0).meanSquaredError)}));
        auto *xAxis = qobject_cast<QValueAxis *>(chartView(charts, Chart::Loss)->chart()->axes(Qt::Horizontal).front());
        QVERIFY(xAxis->min() < 0.0 && xAxis->max() > 0.0); // epoch 0 in the plot, not on its edge
        QCOMPARE(markerEpoch(charts, Chart::Loss), 0.0);
        QCOMPARE(pointsOf(charts, Chart::Outputs, QStringLiteral("y2[1]")).size(), 1);
        QCOMPARE(charts.outputEpochs(), std::vector<int>{0});
        QCOMPARE(markerEpoch(charts, Chart::Outputs), 0.0);
        QVERIFY(!charts.hasElidedText());
    }

    // Ten million epochs: the loss thinned to a few thousand points that keep the first and last
    // epochs, the outputs recomputed at 400 epochs spread evenly, once, and moves that cost
    // nothing.
    void tenMillionEpochs()
    {
        QElapsedTimer timer;
        timer.start();
        NetworkRun run = fixtures::linearRun(10'000'000, 0.01);
        const auto trace = fixtures::recordShared(run);
        qInfo("recorded in %lld ms", timer.elapsed());
        timer.restart();
        GeneralTrainingCharts charts;
        charts.resize(700, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        qInfo("loss chart in %lld ms", timer.elapsed());
        const QList<QPointF> loss = pointsOf(charts, Chart::Loss, QStringLiteral("mean squared error"));
        QVERIFY2(loss.size() <= GeneralTrainingCharts::MaxPointsPerSeries + 2, qPrintable(QString::number(loss.size())));
        QVERIFY(loss.size() > 500);
        QCOMPARE(loss.front(), QPointF(0, trace->epochSummary(0).meanSquaredError));
        QCOMPARE(loss.back(), QPointF(9'999'999, trace->epochSummary(9'999'999).meanSquaredError));
        for (qsizetype i = 0; i < loss.size(); i += 97)
            QCOMPARE(loss[i].y(), trace->epochSummary(static_cast<int>(loss[i].x())).meanSquaredError);

        timer.restart();
        chartView(charts, Chart::Outputs);
        qInfo("outputs chart in %lld ms", timer.elapsed());
        const std::vector<int> &epochs = charts.outputEpochs();
        QCOMPARE(static_cast<int>(epochs.size()), NetworkTrace::MaxKeptOutputEpochs);
        QCOMPARE(epochs.front(), 0);
        QCOMPARE(epochs.back(), 9'999'999);
        for (std::size_t i = 1; i < epochs.size(); ++i)
            QVERIFY(std::abs((epochs[i] - epochs[i - 1]) - 9'999'999.0 / 399.0) <= 1.0);
        for (int s = 0; s < 3; ++s) {
            const QString lineName = QStringLiteral("sample %1 (d = %2)").arg(s).arg(NumberFormat::value(trace->run().data.d[static_cast<std::size_t>(s)]));
            const QList<QPointF> points = pointsOf(charts, Chart::Outputs, lineName);
            QCOMPARE(points.size(), NetworkTrace::MaxKeptOutputEpochs);
            for (int i : {0, 200, 399})
                QCOMPARE(points[i], QPointF(epochs[static_cast<std::size_t>(i)],
                                            trace->outputsAtEpochEnd(epochs[static_cast<std::size_t>(i)])[static_cast<std::size_t>(s)]));
        }
        qint64 worst = 0;
        std::vector<qint64> times;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer move;
            move.start();
            charts.setPosition({(i * 150'000'001LL) % trace->stepCount(), 0});
            times.push_back(move.nsecsElapsed());
            worst = std::max(worst, times.back());
        }
        std::sort(times.begin(), times.end());
        qInfo("median move: %.3f ms", double(times[times.size() / 2]) / 1e6);
        QCOMPARE(markerEpoch(charts, Chart::Outputs), double(charts.currentEpoch()));
        qInfo("slowest move: %.2f ms", double(worst) / 1e6);
        // The figure is printed, never asserted: the machines that run the tests are shared and
        // noisy (and sanitizers slow everything); deltatrace-networkbench measures speed.
    }

    // A move with the largest network's outputs shown (the sample changes at every step).
    void movesAreCheapForTheLargestNetwork()
    {
        const auto trace = fixtures::recordShared(fixtures::largeSoftmaxRun(30), fixtures::noFullRecord());
        GeneralTrainingCharts charts;
        charts.resize(700, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        chartView(charts, Chart::Outputs);
        qint64 worst = 0;
        std::vector<qint64> times;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer move;
            move.start();
            charts.setPosition({(i * 613LL) % trace->stepCount(), i % 5});
            times.push_back(move.nsecsElapsed());
            worst = std::max(worst, times.back());
            QCoreApplication::processEvents(); // paints, as the window would between moves
        }
        std::sort(times.begin(), times.end());
        qInfo("median move: %.3f ms, slowest %.2f, %.2f, %.2f ms", double(times[times.size() / 2]) / 1e6,
              double(worst) / 1e6, double(times[times.size() - 2]) / 1e6, double(times[times.size() - 3]) / 1e6);
        // The figure is printed, never asserted: the machines that run the tests are shared and
        // noisy (and sanitizers slow everything); deltatrace-networkbench measures speed.
    }

    void blowUpIsLeftOutAndSaidSo_data()
    {
        QTest::addColumn<bool>("sudden");
        QTest::newRow("alpha 1e300: not finite from the first epoch") << true;
        QTest::newRow("linear, alpha 2: grows until it overflows") << false;
    }
    // inf and NaN are left out (no point that is not finite reaches a chart), and a note says
    // from which epoch.
    void blowUpIsLeftOutAndSaidSo()
    {
        QFETCH(bool, sudden);
        const auto trace = fixtures::recordShared(sudden ? fixtures::blowUpRun(50) : fixtures::linearRun(1000, 2.0));
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        GeneralTrainingCharts charts;
        charts.resize(700, 400);
        charts.setTrace(trace);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (const Chart which : {Chart::Loss, Chart::Outputs}) {
            for (QLineSeries *line : lines(charts, which))
                QVERIFY(allFinite(line->points()));
            const QString text = note(charts, which);
            QVERIFY2(text.contains(QLatin1String("not finite")) || text.contains(QLatin1String("Not finite")), qPrintable(text));
            for (QAbstractAxis *axis : chartView(charts, which)->chart()->axes()) {
                auto *value = qobject_cast<QValueAxis *>(axis);
                QVERIFY(std::isfinite(value->min()) && std::isfinite(value->max()) && value->min() < value->max());
            }
        }
        // The finite epochs are still drawn as they are.
        int firstBad = -1;
        int finite = 0;
        for (int e = 0; e < trace->epochCount(); ++e) {
            const bool ok = std::isfinite(trace->epochSummary(e).meanSquaredError);
            finite += ok;
            if (!ok && firstBad < 0)
                firstBad = e;
        }
        QVERIFY(firstBad >= 0);
        const QList<QPointF> loss = pointsOf(charts, Chart::Loss, QStringLiteral("mean squared error"));
        QCOMPARE(loss.size(), finite);
        for (const QPointF &p : loss)
            QCOMPARE(p.y(), trace->epochSummary(static_cast<int>(p.x())).meanSquaredError);
        if (finite == 0)
            QVERIFY2(note(charts, Chart::Loss).contains(QLatin1String("at any epoch")), qPrintable(note(charts, Chart::Loss)));
        else
            QVERIFY2(note(charts, Chart::Loss).contains(QStringLiteral("from epoch %1").arg(firstBad)), qPrintable(note(charts, Chart::Loss)));
        QCOMPARE(sudden, finite == 0);
    }

    void nothingShownWithoutATrace()
    {
        GeneralTrainingCharts charts;
        charts.resize(600, 400);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.setPosition({5, 1});
        QVERIFY(lines(charts, Chart::Loss).isEmpty());
        QVERIFY(lines(charts, Chart::Outputs).isEmpty());
        QVERIFY(!chartView(charts, Chart::Loss)->marker());
        charts.setTrace(fixtures::recordShared(runNamed(QStringLiteral("linear"))));
        QVERIFY(!lines(charts, Chart::Loss).isEmpty());
        charts.setTrace(nullptr);
        QVERIFY(lines(charts, Chart::Loss).isEmpty());
        QVERIFY(lines(charts, Chart::Outputs).isEmpty());
    }

    void textFitsAtWindowSizes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("zoom");
        for (const QString &name : {QStringLiteral("large"), QStringLiteral("rings_tanh_minibatch-seed2"), QStringLiteral("many")}) {
            QTest::addRow("%s 1366x768", qPrintable(name)) << name << QSize(640, 330) << 1.0;
            QTest::addRow("%s 1024x768", qPrintable(name)) << name << QSize(480, 330) << 1.0;
            QTest::addRow("%s 1366x768 presenting", qPrintable(name)) << name << QSize(640, 330) << 1.6;
        }
    }
    // Every text on screen inside the view, apart from the others and whole, at the sizes of a
    // dock in 1366x768 and 1024x768 windows and with presenter-size type. (Pictures saved for a
    // look: /tmp/generaltrainingcharts-*.png.)
    void textFitsAtWindowSizes()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(qreal, zoom);
        const auto trace = fixtures::recordShared(name == QLatin1String("many") ? manySamplesRun(300) : runNamed(name));
        GeneralTrainingCharts charts;
        QFont font = charts.font();
        font.setPointSizeF(font.pointSizeF() * zoom);
        charts.setFont(font);
        charts.resize(size);
        charts.setTrace(trace);
        charts.setPosition({trace->stepCount() / 3, 0});
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (const Chart which : {Chart::Loss, Chart::Outputs}) {
            charts.showChart(which);
            QCoreApplication::processEvents();
            const QPixmap shot = charts.grab();
            shot.save(QStringLiteral("/tmp/generaltrainingcharts-%1-%2.png")
                          .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))
                          .arg(which == Chart::Loss ? QStringLiteral("loss") : QStringLiteral("outputs")));
            QVERIFY(!charts.hasElidedText());
            const QString problem = textProblem(charts);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(charts.paintedTexts().size() >= 4);
        }
    }
};

QTEST_MAIN(TestGeneralTrainingCharts)
#include "tst_generaltrainingcharts.moc"
