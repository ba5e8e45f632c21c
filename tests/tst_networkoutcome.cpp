// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How a general network's run ended (RunOutcome) and the seed explorer over general runs: the
// same verdicts as lessons 1-3's engine gives their networks, and sensible ones for others.
#include "coursefixtures.h"
#include "networktrainer.h"
#include "runoutcome.h"
#include "seedexplorer.h"

#include <QTest>

using namespace deltatrace;

namespace {

// Lessons 1-3's data and network as a general run.
NetworkRun courseRun(Rule rule, const SampleVector &D, int epochs)
{
    NetworkRun run;
    run.data.sampleCount = SampleCount;
    run.data.inputCount = InputCount;
    run.data.outputCount = 1;
    const InputMatrix X = fixtures::courseInputs();
    for (int k = 0; k < SampleCount; ++k) {
        for (int i = 0; i < InputCount; ++i)
            run.data.x.push_back(X(k, i));
        run.data.d.push_back(D(k));
    }
    if (isTwoLayer(rule)) {
        run.architecture.sizes = {InputCount, HiddenCount, 1};
        run.architecture.activations = {Activation::Sigmoid, Activation::Sigmoid};
    } else {
        run.architecture.sizes = {InputCount, 1};
        run.architecture.activations = {Activation::Sigmoid};
    }
    run.architecture.delta = rule == Rule::BackpropCrossEntropy ? OutputDelta::CrossEntropy : OutputDelta::SquaredError;
    run.alpha = 0.9;
    run.epochs = epochs;
    return run;
}

} // namespace

class TestNetworkOutcome : public QObject
{
    Q_OBJECT

private slots:
    // Over many seeds, the general explorer agrees with the course's on the course's networks.
    void explorerAgreesWithTheCourse_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("isXor");
        QTest::addColumn<int>("epochs");
        QTest::newRow("delta rule, AND-like D") << int(Rule::DeltaRule) << false << 2000;
        QTest::newRow("delta rule, XOR") << int(Rule::DeltaRule) << true << 2000;
        QTest::newRow("backprop sigmoid, XOR") << int(Rule::BackpropSigmoid) << true << 3000;
        QTest::newRow("backprop ce, XOR") << int(Rule::BackpropCrossEntropy) << true << 3000;
    }

    void explorerAgreesWithTheCourse()
    {
        QFETCH(int, rule);
        QFETCH(bool, isXor);
        QFETCH(int, epochs);
        const Rule r = static_cast<Rule>(rule);
        const SampleVector D = isXor ? fixtures::xorTargets() : fixtures::andTargets();
        const auto course = SeedExplorer::explore(fixtures::courseSpec(r, D, epochs), 0, 39, {});
        const auto general = SeedExplorer::explore(courseRun(r, D, epochs), 0, 39, {});
        QVERIFY(course && general);
        QCOMPARE(general->size(), course->size());
        int solved = 0;
        for (size_t i = 0; i < course->size(); ++i) {
            const SeedExplorer::Result &a = (*course)[i];
            const SeedExplorer::Result &b = (*general)[i];
            QCOMPARE(b.seed, a.seed);
            QCOMPARE(RunOutcome::keyword(b.outcome), RunOutcome::keyword(a.outcome));
            QCOMPARE(b.solvedFromEpoch, a.solvedFromEpoch);
            QVERIFY(std::abs(b.finalMeanSquaredError - a.finalMeanSquaredError) <= 1e-15);
            solved += b.outcome == RunOutcome::Kind::Solved;
        }
        // The verdicts are not all the same: the comparison means something.
        if (r == Rule::DeltaRule)
            QCOMPARE(solved, isXor ? 0 : 40);
        else
            QVERIFY(solved > 0);
    }

    // Three classes with a softmax output: solved when every output is within 0.4 of its
    // one-hot target, and the epoch it got there.
    void softmaxRunIsJudgedPerOutput()
    {
        NetworkRun run;
        run.data.sampleCount = 3;
        run.data.inputCount = 3;
        run.data.outputCount = 3;
        run.data.x = {1, 0, 1, 0, 1, 1, 0, 0, 1};
        run.data.d = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        run.architecture.sizes = {3, 4, 3};
        run.architecture.activations = {Activation::Tanh, Activation::Softmax};
        run.architecture.delta = OutputDelta::CrossEntropy;
        run.alpha = 0.2;
        run.epochs = 400;
        const std::optional<NetworkTrace> trace = NetworkTrainer::record(run);
        QVERIFY(trace);
        const RunOutcome outcome = RunOutcome::of(*trace);
        QCOMPARE(RunOutcome::keyword(outcome.kind()), std::string_view("solved"));
        const SeedExplorer::Result result = SeedExplorer::resultOf(*trace);
        QVERIFY(result.solvedFromEpoch > 0 && result.solvedFromEpoch < run.epochs);
        // At that epoch's end every output is settled, and just before it one is not.
        QVERIFY(trace->epochSummary(result.solvedFromEpoch).worstError < 0.5 - RunOutcome::Margin);
        QVERIFY(trace->epochSummary(result.solvedFromEpoch - 1).worstError >= 0.5 - RunOutcome::Margin);
        const std::vector<double> outputs = trace->outputsAtEpochEnd(result.solvedFromEpoch);
        for (size_t i = 0; i < outputs.size(); ++i)
            QVERIFY(std::abs(run.data.d[i] - outputs[i]) < 0.4);
    }

    void blowUpIsNotFinite()
    {
        NetworkRun run = courseRun(Rule::BackpropSigmoid, fixtures::xorTargets(), 50);
        run.architecture.activations = {Activation::Linear, Activation::Linear};
        run.alpha = 1e200;
        const std::optional<NetworkTrace> trace = NetworkTrainer::record(run);
        QVERIFY(trace);
        QCOMPARE(RunOutcome::keyword(RunOutcome::of(*trace).kind()), std::string_view("notFinite"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkOutcome)
#include "tst_networkoutcome.moc"
