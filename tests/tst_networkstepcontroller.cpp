// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Moving through a general network's run: positions counted through the step layout (a batch's
// last sample has the update's operations too), with StepController's rules for every move.
#include "networkstepcontroller.h"
#include "networktrainer.h"

#include <QSignalSpy>
#include <QTest>

using namespace deltatrace;

namespace {

// 10 samples in batches of 4 (the last batch has 2), two weight layers, momentum.
std::shared_ptr<const NetworkTrace> batchedTrace(int batch, double momentum, int epochs = 3)
{
    NetworkRun run;
    run.data.sampleCount = 10;
    run.data.inputCount = 3;
    run.data.outputCount = 1;
    for (int k = 0; k < 10; ++k) {
        run.data.x.insert(run.data.x.end(), {0.1 * k, 1.0 - 0.1 * k, 1.0});
        run.data.d.push_back(k % 2);
    }
    run.architecture.sizes = {3, 4, 1};
    run.architecture.activations = {Activation::Tanh, Activation::Sigmoid};
    run.architecture.delta = OutputDelta::CrossEntropy;
    run.architecture.batch = batch;
    run.architecture.momentum = momentum;
    run.alpha = 0.5;
    run.epochs = epochs;
    return std::make_shared<const NetworkTrace>(*NetworkTrainer::record(run));
}

} // namespace

class TestNetworkStepController : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryOperationOnce_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("momentum");
        QTest::newRow("SGD") << 1 << 0.0;
        QTest::newRow("SGD with momentum") << 1 << 0.9;
        QTest::newRow("mini-batches of 4, last of 2") << 4 << 0.5;
        QTest::newRow("whole batch") << 10 << 0.0;
    }

    // Walking forward one operation at a time visits every operation of every step once, in
    // order, and the linear index counts them.
    void countsEveryOperationOnce()
    {
        QFETCH(int, batch);
        QFETCH(double, momentum);
        NetworkStepController controller;
        const auto trace = batchedTrace(batch, momentum);
        controller.setTrace(trace);
        long long visited = 0;
        long long expectedStep = 0;
        int expectedOp = 0;
        while (true) {
            const NetworkPosition p = controller.position();
            QCOMPARE(p.step, expectedStep);
            QCOMPARE(p.operation, expectedOp);
            QCOMPARE(controller.linearIndex(), visited);
            QCOMPARE(controller.positionAt(visited), p);
            ++visited;
            if (controller.atEnd())
                break;
            controller.forward(NetworkStepController::Granularity::Operation);
            if (++expectedOp == int(trace->step(expectedStep).operations().size())) {
                expectedOp = 0;
                ++expectedStep;
            }
        }
        QCOMPARE(visited, controller.positionCount());
        QCOMPARE(expectedStep, trace->stepCount() - 1);
        // Every step's count agrees with the trace's own list of operations.
        for (long long s = 0; s < trace->stepCount(); ++s)
            QCOMPARE(controller.operationsAt(s), int(trace->step(s).operations().size()));
    }

    void movesBySampleAndEpoch()
    {
        NetworkStepController controller;
        const auto trace = batchedTrace(4, 0.5);
        controller.setTrace(trace);
        const int sampleOps = int(trace->layout().operations(false).size());
        const int updateOps = int(trace->layout().operations(true).size());
        QVERIFY(updateOps > sampleOps);
        // A sample finishes the current one, then the next.
        controller.forward(NetworkStepController::Granularity::Sample);
        QCOMPARE(controller.position(), (NetworkPosition{0, sampleOps - 1}));
        controller.forward(NetworkStepController::Granularity::Sample);
        controller.forward(NetworkStepController::Granularity::Sample);
        controller.forward(NetworkStepController::Granularity::Sample);
        QCOMPARE(controller.position(), (NetworkPosition{3, updateOps - 1})); // the batch's last: its update
        // The end of the epoch, then the next epoch's end.
        controller.toEndOfEpoch();
        QCOMPARE(controller.position(), (NetworkPosition{9, updateOps - 1}));
        controller.toEndOfEpoch();
        QCOMPARE(controller.position(), (NetworkPosition{19, updateOps - 1}));
        // Same place, an epoch back; then before the first epoch: the first position.
        controller.goTo(1, 2, 3);
        controller.moveByEpochs(-1);
        QCOMPARE(controller.position(), (NetworkPosition{2, 3}));
        controller.moveByEpochs(-5);
        QCOMPARE(controller.position(), (NetworkPosition{0, 0}));
        controller.moveByEpochs(99);
        QVERIFY(controller.atEnd());
        // Back by a sample goes to the end of the previous one; by an epoch to the previous epoch's end.
        controller.goTo(1, 4, 0);
        controller.back(NetworkStepController::Granularity::Sample);
        QCOMPARE(controller.position(), (NetworkPosition{13, updateOps - 1}));
        controller.back(NetworkStepController::Granularity::Epoch);
        QCOMPARE(controller.position(), (NetworkPosition{9, updateOps - 1}));
        controller.toStartOfEpoch();
        QCOMPARE(controller.position(), (NetworkPosition{0, 0}));
        // A position past a step's operations is clamped to its last one.
        controller.setPosition({5, 99});
        QCOMPARE(controller.position(), (NetworkPosition{5, sampleOps - 1}));
    }

    void readsPlacesAsTyped()
    {
        NetworkStepController controller;
        const auto trace = batchedTrace(4, 0.5);
        controller.setTrace(trace);
        QSignalSpy moved(&controller, &NetworkStepController::positionChanged);
        QVERIFY(controller.goToPlace(1, 3, QStringLiteral("W1"))); // an update step has W1
        const NetworkStep step = trace->step(controller.position().step);
        QCOMPARE(QString::fromStdString(step.operations()[size_t(controller.position().operation)].name()), u"W1"_qs);
        QCOMPARE(moved.count(), 1);
        QVERIFY(!controller.goToPlace(1, 2, QStringLiteral("W1")));       // not an update step
        QVERIFY(!controller.goToPlace(1, 2, QStringLiteral("dW1_avg")));  // nor its average
        QVERIFY(controller.goToPlace(1, 2, QStringLiteral("dW1_sum")));
        QVERIFY(controller.goToPlace(0, 0, QStringLiteral("delta2")));
        QVERIFY(controller.goToPlace(2, 9, QString()));                   // the step's last operation
        QVERIFY(controller.atEnd());
        QVERIFY(!controller.goToPlace(3, 0, QString()));                  // no epoch 3
        QVERIFY(!controller.goToPlace(0, 10, QString()));                 // no sample 10
        QVERIFY(!controller.goToPlace(0, 0, QStringLiteral("v3")));       // no layer 3
        QVERIFY(!controller.goToPlace(0, 0, QStringLiteral("99")));
        QVERIFY(controller.goToPlace(0, 0, QStringLiteral("2")));
        QCOMPARE(controller.position(), (NetworkPosition{0, 2}));
    }

    void withoutATraceNothingMoves()
    {
        NetworkStepController controller;
        controller.forward(NetworkStepController::Granularity::Epoch);
        controller.last();
        QCOMPARE(controller.position(), NetworkPosition{});
        QCOMPARE(controller.positionCount(), 0);
        QVERIFY(!controller.goToPlace(0, 0, QString()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkStepController)
#include "tst_networkstepcontroller.moc"
