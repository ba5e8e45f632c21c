// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InputPlaneView: the network's output over the input plane for the weights of the current
// position, with the samples, the single neuron's straight boundary and XOR's lesson.
#include "coursefixtures.h"
#include "engine.h"
#include "inputplaneview.h"
#include "paintcounter.h"
#include "trainer.h"
#include "valuecolors.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace deltatrace;

namespace {

std::shared_ptr<const Trace> record(Rule rule, SampleVector D, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    return fixtures::recordShared(fixtures::courseSpec(rule, D, epochs, alpha, seed));
}

using fixtures::andTargets;
using fixtures::xorTargets;

TracePosition lastPosition(const Trace &trace)
{
    return {trace.stepCount() - 1, int(operationsOf(trace.rule()).size()) - 1};
}

int brightness(const QImage &image, double x1, double x2)
{
    const QPoint cell = InputPlaneView::heatMapCellFor(x1, x2);
    return qGray(image.pixel(cell));
}

// What the picture shows for the view's current weights (null heat map without finite ones).
InputPlaneField fieldOf(const InputPlaneView &view)
{
    const InputPlaneScene scene = view.scene();
    return scene.hasRun && scene.finite ? InputPlaneField::compute(scene.rule, scene.weights) : InputPlaneField{};
}

// The samples the picture marks as on the wrong side of the boundary.
int misclassifiedCount(const InputPlaneView &view)
{
    const InputPlaneScene scene = view.scene();
    int n = 0;
    for (int k = 0; k < SampleCount; ++k)
        n += (scene.sampleOutputs[static_cast<std::size_t>(k)] >= 0.5) != (scene.D(k) >= 0.5);
    return n;
}

double sampleOutput(const InputPlaneView &view, int sample) { return view.scene().sampleOutputs[static_cast<std::size_t>(sample)]; }

// On screen at a size the window gives it.
void showOnScreen(InputPlaneView &view, std::shared_ptr<const Trace> trace)
{
    view.resize(700, 600);
    view.setTrace(std::move(trace));
    view.show();
}

} // namespace

class TestInputPlaneView : public QObject
{
    Q_OBJECT
private slots:
    void trainedLessonOneIsBrightWhereTheTargetIsOne()
    {
        // D = x1: after training the output is near 1 at (1, 0) and near 0 at (0, 0).
        const auto trace = record(Rule::DeltaRule, andTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        const QImage map = fieldOf(view).heatMap;
        QCOMPARE(map.size(), QSize(InputPlaneView::Cells, InputPlaneView::Cells));
        QVERIFY2(brightness(map, 1.0, 0.0) > 200, qPrintable(QString::number(brightness(map, 1.0, 0.0))));
        QVERIFY2(brightness(map, 0.0, 0.0) < 80, qPrintable(QString::number(brightness(map, 0.0, 0.0))));
        // A pixel is exactly the colour of the network's output at its cell's centre.
        const QPoint cell = InputPlaneView::heatMapCellFor(0.8, 0.3);
        const double step = (InputPlaneView::DomainMax - InputPlaneView::DomainMin) / InputPlaneView::Cells;
        const InputVector x(InputPlaneView::DomainMin + (cell.x() + 0.5) * step, InputPlaneView::DomainMax - (cell.y() + 0.5) * step, 1);
        QCOMPARE(map.pixel(cell), ValueColors::sequentialRgb(Engine::output(Rule::DeltaRule, trace->finalWeights(), x)));
        QCOMPARE(misclassifiedCount(view), 0);
        for (int k = 0; k < 4; ++k)
            QCOMPARE(sampleOutput(view, k), trace->epochSummary(9999).outputs[static_cast<std::size_t>(k)]);
    }

    void theSingleNeuronsBoundaryIsTheLineWxEqualsZero()
    {
        const auto trace = record(Rule::DeltaRule, andTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        const auto line = fieldOf(view).boundary;
        QVERIFY(line.has_value());
        const SingleWeights W = trace->finalWeights().W;
        for (const QPointF &end : {line->p1(), line->p2()}) {
            QVERIFY(std::abs(W(0) * end.x() + W(1) * end.y() + W(2)) < 1e-9);
            QVERIFY(end.x() >= InputPlaneView::DomainMin - 1e-9 && end.x() <= InputPlaneView::DomainMax + 1e-9);
            QVERIFY(end.y() >= InputPlaneView::DomainMin - 1e-9 && end.y() <= InputPlaneView::DomainMax + 1e-9);
        }
        // D = x1 is learned with a nearly vertical line between x1 = 0 and x1 = 1.
        const double midX = (line->p1().x() + line->p2().x()) / 2;
        QVERIFY(midX > 0.2 && midX < 0.8);
        QCOMPARE(int(fieldOf(view).contourSegments.size()), 0);
    }

    void xorDefeatsTheSingleNeuron()
    {
        // Lesson 2: whatever the weights, one straight line leaves a sample on the wrong side.
        const auto trace = record(Rule::DeltaRule, xorTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        for (long long step : {0LL, 400LL, trace->stepCount() - 1}) {
            view.setPosition({step, 5});
            QVERIFY2(misclassifiedCount(view) >= 1, qPrintable(QString::number(step)));
        }
        QVERIFY(fieldOf(view).boundary.has_value());
    }

    void backpropSolvesXorWithACurvedBoundary()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 10'000);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        QCOMPARE(misclassifiedCount(view), 0);
        QVERIFY(!fieldOf(view).boundary.has_value());
        QVERIFY(int(fieldOf(view).contourSegments.size()) > 20);
        const QImage map = fieldOf(view).heatMap;
        QVERIFY(brightness(map, 0, 1) > 200 && brightness(map, 1, 0) > 200);
        QVERIFY(brightness(map, 0, 0) < 80 && brightness(map, 1, 1) < 80);
    }

    void recomputesOnlyWhenTheWeightsChange()
    {
        const auto trace = record(Rule::BackpropSigmoid, xorTargets(), 10);
        InputPlaneView view;
        view.setTrace(trace);
        view.setPosition({5, 0});
        const int before = view.imageComputationsForTesting();
        // Operations up to dW1 (index 8) leave the weights alone.
        for (int op = 0; op <= 8; ++op)
            view.setPosition({5, op});
        QCOMPARE(view.imageComputationsForTesting(), before);
        const QImage beforeUpdate = fieldOf(view).heatMap;
        view.setPosition({5, 9}); // W1 = W1 + dW1
        QCOMPARE(view.imageComputationsForTesting(), before + 1);
        view.setPosition({5, 10});
        QCOMPARE(view.imageComputationsForTesting(), before + 1);
        view.setPosition({5, 11}); // W2 = W2 + dW2
        QCOMPARE(view.imageComputationsForTesting(), before + 2);
        QVERIFY(fieldOf(view).heatMap != beforeUpdate);
        // The end of a step and the start of the next have the same weights.
        view.setPosition({6, 0});
        QCOMPARE(view.imageComputationsForTesting(), before + 2);
    }

    void thePaintedPictureIsAlwaysTheCurrentPositions()
    {
        // Whatever is painted is the current position's, never the one before, and the same as
        // painting it in a fresh view.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 400);
        InputPlaneView view;
        showOnScreen(view, trace);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const std::vector<TracePosition> route = {{0, 0}, {1000, 11}, {1000, 3}, {1599, 11}, {7, 9}};
        for (const TracePosition &at : route) {
            view.setPosition(at);
            const QImage shown = view.grab().toImage();
            InputPlaneView fresh;
            fresh.resize(view.size());
            fresh.setTrace(trace);
            fresh.setPosition(at);
            QCOMPARE(shown, fresh.grab().toImage());
        }
        // Moves that leave the weights alone reuse the picture; a move that changes them renders
        // one new picture.
        view.setPosition({20, 0});
        view.grab();
        const int renders = view.pictureRendersForTesting();
        for (int op = 0; op <= 8; ++op) {
            view.setPosition({20, op});
            view.grab();
        }
        QCOMPARE(view.pictureRendersForTesting(), renders);
        view.setPosition({20, 9});
        view.grab();
        QCOMPARE(view.pictureRendersForTesting(), renders + 1);
    }

    void everyMoveRepaintsAndOnlyNewWeightsRender()
    {
        // A move repaints the view; only a move to new weights renders a new picture.
        const auto trace = record(Rule::BackpropCrossEntropy, xorTargets(), 400);
        InputPlaneView view;
        showOnScreen(view, trace);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        fixtures::PaintCounter counter(&view);
        for (const TracePosition at : {TracePosition{1000, 11}, TracePosition{1000, 3}}) { // 3: W1, W2 not yet updated
            const int paints = counter.paints;
            const int renders = view.pictureRendersForTesting();
            view.setPosition(at);
            fixtures::PaintCounter::paintRequestedUpdates();
            QCOMPARE(counter.paints, paints + 1);
            QCOMPARE(view.pictureRendersForTesting(), renders + 1);
        }
        const int renders = view.pictureRendersForTesting();
        const int paints = counter.paints;
        view.setPosition({1000, 4}); // the same weights
        fixtures::PaintCounter::paintRequestedUpdates();
        QCOMPARE(counter.paints, paints + 1);
        QCOMPARE(view.pictureRendersForTesting(), renders);
    }

    void nonFiniteWeightsShowAMessage()
    {
        const auto trace = record(Rule::BackpropCrossEntropy, SampleVector(0, 1e308, 1, 0), 5);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        InputPlaneView view;
        view.resize(900, 600);
        view.setTrace(trace);
        view.setPosition(lastPosition(*trace));
        QVERIFY(fieldOf(view).heatMap.isNull());
        QVERIFY(!view.grab().isNull());
        view.setPosition({0, 0});
        QVERIFY(!fieldOf(view).heatMap.isNull());
    }

    void followsPositionsAcrossAMillionEpochRun()
    {
        // A checkpointed run: each move recomputes its step, and the picture's samples must say
        // what the network outputs with that position's weights. (Speed: deltatrace-guibench.)
        const auto trace = record(Rule::BackpropSigmoid, xorTargets(), 1'000'000);
        QVERIFY(!trace->hasFullRecord());
        InputPlaneView view;
        view.resize(900, 600);
        view.setTrace(trace);
        for (long long step : {0LL, 1'234'567LL, 3'999'999LL, 2'000'001LL}) {
            view.setPosition({step, 11}); // after both updates of the step
            const Weights w = trace->step(step).after;
            for (int k = 0; k < SampleCount; ++k)
                QCOMPARE(sampleOutput(view, k), Engine::output(trace->rule(), w, trace->spec().X.row(k).transpose()));
        }
    }
};

QTEST_MAIN(TestInputPlaneView)
#include "tst_inputplaneview.moc"
