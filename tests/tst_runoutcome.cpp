// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How runs end: the outcome of known starts of the course's networks, as numpy computes them
// (these seeds were checked against the lesson's own numpy loop).
#include "coursefixtures.h"
#include "runoutcome.h"

#include <QTest>

#include <limits>

using namespace deltatrace;
using namespace deltatrace::fixtures;
using Kind = RunOutcome::Kind;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::RunOutcome::Kind)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {
QString word(Kind kind)
{
    const std::string_view keyword = RunOutcome::keyword(kind);
    return QString::fromLatin1(keyword.data(), qsizetype(keyword.size()));
}
} // namespace

class TestRunOutcome : public QObject
{
    Q_OBJECT

private slots:
    void knownStarts_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<bool>("xorTask");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("seed");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<std::vector<int>>("unsettled");

        QTest::newRow("lesson 1: the delta rule learns d = x1") << Rule::DeltaRule << false << 10000 << 0.9 << 0 << Kind::Solved << std::vector<int>{};
        QTest::newRow("lesson 1: the forward pass trains nothing") << Rule::Forward << false << 1 << 0.9 << 0 << Kind::NotTrained << std::vector<int>{};
        QTest::newRow("lesson 2: one neuron cannot fit XOR") << Rule::DeltaRule << true << 10000 << 0.9 << 0 << Kind::Stalled << std::vector<int>{0, 1, 2, 3};
        QTest::newRow("lesson 3 sigmoid delta, seed 0") << Rule::BackpropSigmoid << true << 10000 << 0.9 << 0 << Kind::Solved << std::vector<int>{};
        QTest::newRow("lesson 3 sigmoid delta, seed 14") << Rule::BackpropSigmoid << true << 10000 << 0.9 << 14 << Kind::Stalled << std::vector<int>{3};
        QTest::newRow("lesson 3 cross-entropy, seed 0") << Rule::BackpropCrossEntropy << true << 10000 << 0.9 << 0 << Kind::Solved << std::vector<int>{};
        QTest::newRow("lesson 3 cross-entropy, seed 1") << Rule::BackpropCrossEntropy << true << 10000 << 0.9 << 1 << Kind::Stalled << std::vector<int>{3};
        QTest::newRow("lesson 3 cross-entropy, seed 8") << Rule::BackpropCrossEntropy << true << 10000 << 0.9 << 8 << Kind::Stalled << std::vector<int>{1, 3};
        QTest::newRow("lesson 3 cross-entropy, seed 16") << Rule::BackpropCrossEntropy << true << 10000 << 0.9 << 16 << Kind::Stalled << std::vector<int>{3};
        QTest::newRow("lesson 3 cross-entropy, seed 28") << Rule::BackpropCrossEntropy << true << 10000 << 0.9 << 28 << Kind::Stalled << std::vector<int>{1};
        // A plateau is not the end: seed 1 leaves it after about 11 800 epochs.
        QTest::newRow("lesson 3 cross-entropy, seed 1, 20000 epochs") << Rule::BackpropCrossEntropy << true << 20000 << 0.9 << 1 << Kind::Solved << std::vector<int>{};
        // Seed 0 starts on a plateau too: after 100 (and 300) epochs every output is still within
        // 0.02 of 0.5.
        QTest::newRow("lesson 3 sigmoid delta, 100 epochs") << Rule::BackpropSigmoid << true << 100 << 0.9 << 0 << Kind::Stalled << std::vector<int>{0, 1, 2, 3};
        QTest::newRow("lesson 3 sigmoid delta, 1000 epochs") << Rule::BackpropSigmoid << true << 1000 << 0.9 << 0 << Kind::Learning << std::vector<int>{3};
        QTest::newRow("lesson 3 cross-entropy, alpha 1e6") << Rule::BackpropCrossEntropy << true << 1000 << 1e6 << 0 << Kind::Saturated << std::vector<int>{};
    }

    void knownStarts()
    {
        QFETCH(Rule, rule);
        QFETCH(bool, xorTask);
        QFETCH(int, epochs);
        QFETCH(double, alpha);
        QFETCH(int, seed);
        QFETCH(Kind, kind);
        QFETCH(std::vector<int>, unsettled);
        const Trace trace = record(courseSpec(rule, xorTask ? xorTargets() : andTargets(), epochs, alpha, quint32(seed)), false);
        const RunOutcome outcome = RunOutcome::of(trace);
        QCOMPARE(word(outcome.kind()), word(kind));
        if (kind != Kind::Saturated)
            QCOMPARE(outcome.unsettledSamples(), unsettled);
        if (kind == Kind::Stalled) // the plateau covers at least the last tenth of the run
            QVERIFY(outcome.flatFromEpoch() <= epochs - epochs / 10);
        if (kind == Kind::Learning)
            QVERIFY(outcome.flatFromEpoch() > epochs - epochs / 10);
    }

    // The loss within FlatTolerance of its final value from flatFromEpoch on, and not just before.
    void plateauStartsWhereTheLossSettles()
    {
        const Trace trace = record(courseSpec(Rule::BackpropSigmoid, xorTargets(), 10000, 0.9, 14), false);
        const int from = RunOutcome::of(trace).flatFromEpoch();
        QVERIFY(from > 0);
        const double final = trace.epochSummary(trace.epochCount() - 1).meanSquaredError;
        const double band = RunOutcome::FlatTolerance * final;
        for (int epoch = from; epoch < trace.epochCount(); ++epoch)
            QVERIFY(std::abs(trace.epochSummary(epoch).meanSquaredError - final) <= band);
        QVERIFY(std::abs(trace.epochSummary(from - 1).meanSquaredError - final) > band);
    }

    // The messages say which sigmoid saturated first, because what stops learning depends on it.
    void firstSaturatedSigmoidIsTheOneThatSaturated_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<bool>("saturates");
        QTest::newRow("delta rule, alpha 1e6") << Rule::DeltaRule << 1e6 << true;
        QTest::newRow("squared error, alpha 1e6") << Rule::BackpropSigmoid << 1e6 << true;
        QTest::newRow("squared error, alpha 1e3") << Rule::BackpropSigmoid << 1e3 << false;
        QTest::newRow("cross-entropy, alpha 1e6") << Rule::BackpropCrossEntropy << 1e6 << true;
        QTest::newRow("cross-entropy, alpha 50") << Rule::BackpropCrossEntropy << 50.0 << false;
        QTest::newRow("cross-entropy, lesson alpha") << Rule::BackpropCrossEntropy << 0.9 << false;
    }
    void firstSaturatedSigmoidIsTheOneThatSaturated()
    {
        QFETCH(Rule, rule);
        QFETCH(double, alpha);
        QFETCH(bool, saturates);
        const Trace trace = record(courseSpec(rule, rule == Rule::DeltaRule ? andTargets() : xorTargets(), 200, alpha, 0), true);
        const RunOutcome::SaturatedSigmoid s = RunOutcome::firstSaturatedSigmoid(trace);
        QCOMPARE(s.step, trace.firstSaturatedStep());
        auto saturated = [](double y) { return y == 0.0 || y == 1.0; };
        QCOMPARE(s.step >= 0, saturates);
        if (s.step < 0)
            return;
        const StepRecord r = trace.step(s.step);
        if (s.output) {
            QVERIFY(saturated(r.y));
            QCOMPARE(s.unit, -1);
            if (isTwoLayer(rule))
                for (double y1 : r.y1)
                    QVERIFY(!saturated(y1)); // a saturated hidden unit would have been named first
        } else {
            QVERIFY(isTwoLayer(rule));
            QVERIFY(s.unit >= 0 && s.unit < HiddenCount);
            QVERIFY(saturated(r.y1[std::size_t(s.unit)]));
            for (int i = 0; i < s.unit; ++i)
                QVERIFY(!saturated(r.y1[std::size_t(i)]));
        }
    }

    void nonFiniteValuesWin()
    {
        // No lesson may set an infinite alpha, but the engine takes one: inf times a zero input is nan.
        const Trace trace = record(courseSpec(Rule::BackpropCrossEntropy, xorTargets(), 10, std::numeric_limits<double>::infinity(), 0), false);
        QVERIFY(trace.firstNonFiniteStep() >= 0);
        QCOMPARE(word(RunOutcome::of(trace).kind()), QStringLiteral("notFinite"));
    }
};

QTEST_APPLESS_MAIN(TestRunOutcome)
#include "tst_runoutcome.moc"
