// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StepController: every way of moving, forward and back, at the edges of a run, for each rule.
#include "positionfixtures.h"
#include "stepcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace deltatrace;
using G = StepController::Granularity;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::StepController::Granularity)
Q_DECLARE_METATYPE(deltatrace::StepController::PlaceProblem)
using Problem = StepController::PlaceProblem;
using fixtures::P;
using fixtures::andTrace;

class TestStepController : public QObject
{
    Q_OBJECT
private slots:
    // Delta rule, 3 epochs: 12 steps of 6 operations (v, y, e, delta, dW, W), 72 positions.
    void move_data()
    {
        QTest::addColumn<TracePosition>("from");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<G>("granularity");
        QTest::addColumn<TracePosition>("to");

        QTest::newRow("next operation inside a step") << P(0, 0) << true << G::Operation << P(0, 1);
        QTest::newRow("next operation crosses to the next sample") << P(0, 5) << true << G::Operation << P(1, 0);
        QTest::newRow("next operation crosses to the next epoch") << P(3, 5) << true << G::Operation << P(4, 0);
        QTest::newRow("next operation at the end stays") << P(11, 5) << true << G::Operation << P(11, 5);
        QTest::newRow("previous operation inside a step") << P(2, 3) << false << G::Operation << P(2, 2);
        QTest::newRow("previous operation crosses to the previous sample") << P(1, 0) << false << G::Operation << P(0, 5);
        QTest::newRow("previous operation at the start stays") << P(0, 0) << false << G::Operation << P(0, 0);

        QTest::newRow("next sample finishes the current one") << P(0, 0) << true << G::Sample << P(0, 5);
        QTest::newRow("next sample from a finished one") << P(0, 5) << true << G::Sample << P(1, 5);
        QTest::newRow("next sample across an epoch") << P(3, 5) << true << G::Sample << P(4, 5);
        QTest::newRow("next sample in the last step finishes it") << P(11, 2) << true << G::Sample << P(11, 5);
        QTest::newRow("next sample at the end stays") << P(11, 5) << true << G::Sample << P(11, 5);
        QTest::newRow("previous sample goes to the end of the previous one") << P(2, 3) << false << G::Sample << P(1, 5);
        QTest::newRow("previous sample from a finished one") << P(1, 5) << false << G::Sample << P(0, 5);
        QTest::newRow("previous sample in the first step goes to its start") << P(0, 3) << false << G::Sample << P(0, 0);
        QTest::newRow("previous sample at the start stays") << P(0, 0) << false << G::Sample << P(0, 0);

        QTest::newRow("next epoch finishes the current one") << P(0, 0) << true << G::Epoch << P(3, 5);
        QTest::newRow("next epoch from the middle of one") << P(5, 2) << true << G::Epoch << P(7, 5);
        QTest::newRow("next epoch from a finished one") << P(3, 5) << true << G::Epoch << P(7, 5);
        QTest::newRow("next epoch into the last one") << P(7, 5) << true << G::Epoch << P(11, 5);
        QTest::newRow("next epoch at the end stays") << P(11, 5) << true << G::Epoch << P(11, 5);
        QTest::newRow("previous epoch in the first epoch goes to the start") << P(2, 3) << false << G::Epoch << P(0, 0);
        QTest::newRow("previous epoch from the middle of one") << P(5, 2) << false << G::Epoch << P(3, 5);
        QTest::newRow("previous epoch from the start of one") << P(4, 0) << false << G::Epoch << P(3, 5);
        QTest::newRow("previous epoch from the end") << P(11, 5) << false << G::Epoch << P(7, 5);
        QTest::newRow("previous epoch at the start stays") << P(0, 0) << false << G::Epoch << P(0, 0);
    }
    void move()
    {
        QFETCH(TracePosition, from);
        QFETCH(bool, forward);
        QFETCH(G, granularity);
        QFETCH(TracePosition, to);

        StepController controller;
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        QCOMPARE(controller.positionCount(), 72);
        controller.setPosition(from);
        QCOMPARE(controller.position(), from);
        QSignalSpy spy(&controller, &StepController::positionChanged);
        if (forward)
            controller.forward(granularity);
        else
            controller.back(granularity);
        QCOMPARE(controller.position(), to);
        // A move that goes nowhere (clamped at an edge) tells nobody.
        QCOMPARE(spy.count(), from == to ? 0 : 1);
        if (!spy.isEmpty())
            QCOMPARE(spy.first().first().value<TracePosition>(), to);
    }

    // Page Down / Page Up keep the sample and the operation and change the epoch. Backprop, 10
    // epochs: 40 sample steps of 12 operations; epoch 7, sample 2 is sample step 30.
    void moveByEpochs_data()
    {
        QTest::addColumn<TracePosition>("from");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<TracePosition>("to");

        QTest::newRow("PgDn: epoch 7 sample 2 operation 5 to epoch 8 sample 2 operation 5") << P(30, 5) << 1 << P(34, 5);
        QTest::newRow("PgUp: to epoch 6, same sample and operation") << P(30, 5) << -1 << P(26, 5);
        QTest::newRow("PgDn from an epoch's end: the next epoch's end") << P(31, 11) << 1 << P(35, 11);
        QTest::newRow("PgDn from an epoch's first operation") << P(4, 0) << 1 << P(8, 0);
        QTest::newRow("PgDn into the last epoch") << P(33, 7) << 1 << P(37, 7);
        QTest::newRow("PgDn in the last epoch clamps to the run's end") << P(38, 5) << 1 << P(39, 11);
        QTest::newRow("PgDn at the run's end stays") << P(39, 11) << 1 << P(39, 11);
        QTest::newRow("PgUp in the first epoch clamps to the run's start") << P(2, 5) << -1 << P(0, 0);
        QTest::newRow("PgUp at the run's start stays") << P(0, 0) << -1 << P(0, 0);
        QTest::newRow("seven epochs back: epoch 0, same sample and operation") << P(30, 5) << -7 << P(2, 5);
        QTest::newRow("three epochs on from epoch 7 is past the run") << P(30, 5) << 3 << P(39, 11);
        QTest::newRow("no epochs: stays") << P(30, 5) << 0 << P(30, 5);
    }
    void moveByEpochs()
    {
        QFETCH(TracePosition, from);
        QFETCH(int, epochs);
        QFETCH(TracePosition, to);

        StepController controller;
        controller.setTrace(andTrace(Rule::BackpropSigmoid, 10));
        QCOMPARE(controller.operationsPerStep(), 12);
        controller.setPosition(from);
        QSignalSpy spy(&controller, &StepController::positionChanged);
        controller.moveByEpochs(epochs);
        QCOMPARE(controller.position(), to);
        QCOMPARE(spy.count(), from == to ? 0 : 1);
    }

    // End of epoch / Start of epoch (Shift+PgDn / Shift+PgUp): sample 3's last operation, sample
    // 0's first; pressed again there, the next or previous epoch's. Same run as above.
    void epochEnds_data()
    {
        QTest::addColumn<TracePosition>("from");
        QTest::addColumn<bool>("toEnd");
        QTest::addColumn<TracePosition>("to");

        QTest::newRow("end of epoch 7 from its sample 2") << P(30, 5) << true << P(31, 11);
        QTest::newRow("end of epoch from its first operation") << P(28, 0) << true << P(31, 11);
        QTest::newRow("end of epoch from sample 3's first operation") << P(31, 0) << true << P(31, 11);
        QTest::newRow("end of epoch at an end: the next epoch's end") << P(31, 11) << true << P(35, 11);
        QTest::newRow("end of the last epoch") << P(37, 0) << true << P(39, 11);
        QTest::newRow("end of epoch at the run's end stays") << P(39, 11) << true << P(39, 11);
        QTest::newRow("start of epoch 7 from its sample 2") << P(30, 5) << false << P(28, 0);
        QTest::newRow("start of epoch from its second operation") << P(28, 1) << false << P(28, 0);
        QTest::newRow("start of epoch at a start: the previous epoch's start") << P(28, 0) << false << P(24, 0);
        QTest::newRow("start of epoch 0") << P(2, 3) << false << P(0, 0);
        QTest::newRow("start of epoch at the run's start stays") << P(0, 0) << false << P(0, 0);
    }
    void epochEnds()
    {
        QFETCH(TracePosition, from);
        QFETCH(bool, toEnd);
        QFETCH(TracePosition, to);

        StepController controller;
        controller.setTrace(andTrace(Rule::BackpropSigmoid, 10));
        controller.setPosition(from);
        if (toEnd)
            controller.toEndOfEpoch();
        else
            controller.toStartOfEpoch();
        QCOMPARE(controller.position(), to);
        // Forward by an epoch (playing at epoch speeds) is the same move as End of epoch.
        if (toEnd) {
            controller.setPosition(from);
            controller.forward(G::Epoch);
            QCOMPARE(controller.position(), to);
        }
    }

    void linearIndex_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<long long>("index");
        QTest::addColumn<TracePosition>("position");

        QTest::newRow("forward: first") << Rule::Forward << 1 << 0LL << P(0, 0);
        QTest::newRow("forward: y of sample 1") << Rule::Forward << 1 << 3LL << P(1, 1);
        QTest::newRow("forward: last") << Rule::Forward << 1 << 7LL << P(3, 1);
        QTest::newRow("forward: beyond the end clamps") << Rule::Forward << 1 << 8LL << P(3, 1);
        QTest::newRow("delta rule: dW of step 2") << Rule::DeltaRule << 3 << 16LL << P(2, 4);
        QTest::newRow("delta rule: negative clamps to the start") << Rule::DeltaRule << 3 << -5LL << P(0, 0);
        QTest::newRow("delta rule: far beyond clamps to the end") << Rule::DeltaRule << 3 << 1000000LL << P(11, 5);
        QTest::newRow("backprop: delta1 of step 5") << Rule::BackpropSigmoid << 2 << 67LL << P(5, 7);
        QTest::newRow("backprop: last") << Rule::BackpropCrossEntropy << 2 << 95LL << P(7, 11);
    }
    void linearIndex()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        QFETCH(long long, index);
        QFETCH(TracePosition, position);

        StepController controller;
        controller.setTrace(andTrace(rule, epochs));
        controller.setLinearIndex(index);
        QCOMPARE(controller.position(), position);
        QCOMPARE(controller.linearIndex(), std::clamp(index, 0LL, controller.positionCount() - 1));
        QCOMPARE(controller.atStart(), controller.linearIndex() == 0);
        QCOMPARE(controller.atEnd(), controller.linearIndex() == controller.positionCount() - 1);
    }

    void firstLastAndGoTo()
    {
        StepController controller;
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        QVERIFY(controller.atStart());
        controller.last();
        QCOMPARE(controller.position(), P(11, 5));
        QVERIFY(controller.atEnd());
        controller.first();
        QCOMPARE(controller.position(), P(0, 0));
        controller.goTo(1);
        QCOMPARE(controller.position(), P(7, 5)); // the end of epoch 1
        controller.goTo(1, 2, 3);
        QCOMPARE(controller.position(), P(6, 3));
        controller.goTo(2, 0, 0);
        QCOMPARE(controller.position(), P(8, 0));
        controller.goTo(99);
        QCOMPARE(controller.position(), P(11, 5));
        controller.setPosition(P(-4, -2));
        QCOMPARE(controller.position(), P(0, 0));
        controller.setPosition(P(100, 99));
        QCOMPARE(controller.position(), P(11, 5));
    }

    // An open exercise keeps every move at or before its limit; lifting it frees them again.
    void limitHoldsEveryMove()
    {
        StepController controller;
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        controller.setPosition(P(6, 1));
        controller.setLimit(P(4, 2)); // past it: back to it
        QCOMPARE(controller.position(), P(4, 2));
        QVERIFY(controller.atEnd());
        QSignalSpy moved(&controller, &StepController::positionChanged);
        controller.forward(StepController::Granularity::Operation);
        controller.forward(StepController::Granularity::Epoch);
        controller.moveByEpochs(1);
        controller.last();
        controller.setLinearIndex(1000);
        controller.goTo(2);
        QCOMPARE(controller.position(), P(4, 2));
        QCOMPARE(moved.count(), 0);
        // Backward is free, and forward again stops at the limit.
        controller.back(StepController::Granularity::Sample);
        QCOMPARE(controller.position(), P(3, 5));
        QVERIFY(!controller.atEnd());
        controller.forward(StepController::Granularity::Sample);
        QCOMPARE(controller.position(), P(4, 2));
        controller.setLimit(std::nullopt);
        controller.forward(StepController::Granularity::Operation);
        QCOMPARE(controller.position(), P(4, 3));
        // A new run starts without one.
        controller.setLimit(P(0, 1));
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        QVERIFY(!controller.limit());
        controller.last();
        QCOMPARE(controller.position(), P(11, 5));
    }

    // epoch:sample[:operation] as typed on the command line: 3 epochs of 4 samples.
    void goToPlace_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<TracePosition>("to"); // where the controller is afterwards (from {1, 1})

        const Rule delta = Rule::DeltaRule;
        const Rule backprop = Rule::BackpropSigmoid;
        const TracePosition stays = P(1, 1);
        QTest::newRow("a quantity name") << delta << 1 << 2 << QStringLiteral("delta") << Problem::None << P(6, 3);
        QTest::newRow("an index") << delta << 1 << 2 << QStringLiteral("3") << Problem::None << P(6, 3);
        QTest::newRow("the first operation by index") << delta << 2 << 0 << QStringLiteral("0") << Problem::None << P(8, 0);
        QTest::newRow("empty: the sample's last operation") << delta << 1 << 2 << QString() << Problem::None << P(6, 5);
        QTest::newRow("the very end") << delta << 2 << 3 << QStringLiteral("W") << Problem::None << P(11, 5);
        QTest::newRow("a hidden layer's quantity") << backprop << 1 << 3 << QStringLiteral("y1") << Problem::None
                                                   << P(7, operationIndex(backprop, Quantity::Y1));
        QTest::newRow("a quantity of another rule") << delta << 1 << 2 << QStringLiteral("y1") << Problem::UnknownOperation << stays;
        QTest::newRow("an unknown name") << delta << 1 << 2 << QStringLiteral("nope") << Problem::UnknownOperation << stays;
        QTest::newRow("an index past the last operation") << delta << 1 << 2 << QStringLiteral("6") << Problem::UnknownOperation << stays;
        QTest::newRow("a negative index") << delta << 1 << 2 << QStringLiteral("-1") << Problem::UnknownOperation << stays;
        QTest::newRow("an epoch past the run") << delta << 3 << 0 << QString() << Problem::EpochOutsideRun << stays;
        QTest::newRow("a negative epoch") << delta << -1 << 0 << QString() << Problem::EpochOutsideRun << stays;
        QTest::newRow("a fifth sample") << delta << 0 << 4 << QStringLiteral("v") << Problem::SampleOutsideRun << stays;
        QTest::newRow("a negative sample") << delta << 0 << -1 << QStringLiteral("v") << Problem::SampleOutsideRun << stays;
    }
    void goToPlace()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epoch);
        QFETCH(int, sample);
        QFETCH(QString, operation);
        QFETCH(Problem, problem);
        QFETCH(TracePosition, to);

        StepController controller;
        controller.setTrace(andTrace(rule, 3));
        controller.setPosition(P(1, 1));
        QCOMPARE(controller.goToPlace(epoch, sample, operation), problem);
        QCOMPARE(controller.position(), to);
        // The parsing alone agrees with the move.
        QCOMPARE(StepController::parseOperation(rule, operation).has_value(), problem != Problem::UnknownOperation);
    }

    void newTraceStartsAtTheBeginning()
    {
        StepController controller;
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        controller.last();
        QSignalSpy traces(&controller, &StepController::traceChanged);
        QSignalSpy positions(&controller, &StepController::positionChanged);
        controller.setTrace(andTrace(Rule::BackpropSigmoid, 2));
        QCOMPARE(traces.count(), 1);
        QCOMPARE(positions.count(), 1);
        QCOMPARE(controller.position(), P(0, 0));
        QCOMPARE(controller.operationsPerStep(), 12);
        QCOMPARE(controller.positionCount(), 96);
    }

    void withoutTraceNothingMoves()
    {
        StepController controller;
        QSignalSpy spy(&controller, &StepController::positionChanged);
        controller.forward(G::Operation);
        controller.back(G::Epoch);
        controller.moveByEpochs(1);
        controller.toEndOfEpoch();
        controller.toStartOfEpoch();
        controller.last();
        controller.setLinearIndex(5);
        controller.goTo(3);
        QCOMPARE(controller.goToPlace(0, 0, QString()), Problem::NoRun);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(controller.positionCount(), 0);
        QVERIFY(controller.atEnd());
    }
};

QTEST_GUILESS_MAIN(TestStepController)
#include "tst_stepcontroller.moc"
