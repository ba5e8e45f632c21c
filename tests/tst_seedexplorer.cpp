// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The seed explorer: many starts of one experiment, each judged as RunOutcome judges a run.
#include "coursefixtures.h"
#include "seedexplorer.h"
#include "trainer.h"

#include <QTest>

#include <atomic>

using namespace deltatrace;
using namespace deltatrace::fixtures;

class TestSeedExplorer : public QObject
{
    Q_OBJECT

private slots:
    // Every seed's result is what recording that seed alone gives, in seed order, whatever the
    // number of threads.
    void resultsAreThoseOfEachRunAlone_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("more threads than seeds") << 64;
    }
    void resultsAreThoseOfEachRunAlone()
    {
        QFETCH(int, threads);
        const TraceSpec spec = courseSpec(Rule::BackpropCrossEntropy, xorTargets(), 10000);
        SeedExplorer::Options options;
        options.threads = threads;
        const auto results = SeedExplorer::explore(spec, 0, 29, options);
        QVERIFY(results.has_value());
        QCOMPARE(results->size(), std::size_t(30));
        for (std::uint32_t seed = 0; seed < 30; ++seed) {
            const SeedExplorer::Result &r = (*results)[seed];
            QCOMPARE(r.seed, seed);
            TraceSpec alone = spec;
            alone.seed = seed;
            const SeedExplorer::Result expected = SeedExplorer::resultOf(record(alone, false));
            QCOMPARE(int(r.outcome), int(expected.outcome));
            QCOMPARE(r.solvedFromEpoch, expected.solvedFromEpoch);
            QVERIFY(sameBits(r.finalMeanSquaredError, expected.finalMeanSquaredError));
            QVERIFY(sameBits(r.finalCrossEntropy, expected.finalCrossEntropy));
        }
        // Seeds 1, 8, 16 and 28 of the cross-entropy delta are on a plateau at epoch 10 000.
        for (std::uint32_t seed : {1u, 8u, 16u, 28u})
            QCOMPARE(int((*results)[seed].outcome), int(RunOutcome::Kind::Stalled));
        QCOMPARE(int((*results)[0].outcome), int(RunOutcome::Kind::Solved));
    }

    // The epoch from which a solved run stays solved: solved at its end and at every later epoch,
    // not at the epoch before.
    void solvedFromIsWhereTheRunStaysSolved()
    {
        const Trace trace = record(courseSpec(Rule::BackpropSigmoid, xorTargets(), 10000), false);
        const SeedExplorer::Result r = SeedExplorer::resultOf(trace);
        QCOMPARE(int(r.outcome), int(RunOutcome::Kind::Solved));
        const auto settled = [&](int epoch) {
            const EpochSummary s = trace.epochSummary(epoch);
            for (int k = 0; k < SampleCount; ++k)
                if (!(std::abs(trace.spec().D(k) - s.outputs[std::size_t(k)]) < 0.5 - RunOutcome::Margin))
                    return false;
            return true;
        };
        QVERIFY(r.solvedFromEpoch > 0);
        QVERIFY(!settled(r.solvedFromEpoch - 1));
        for (int epoch = r.solvedFromEpoch; epoch < trace.epochCount(); ++epoch)
            QVERIFY(settled(epoch));
    }

    void cancelling()
    {
        std::atomic<long long> calls{0};
        SeedExplorer::Options options;
        options.threads = 2;
        options.progress = [&](long long, long long) { return ++calls < 3; };
        const TraceSpec spec = courseSpec(Rule::BackpropSigmoid, xorTargets(), 10000);
        QVERIFY(!SeedExplorer::explore(spec, 0, 999, options).has_value());
    }

    void anEmptyRangeHasNoResults()
    {
        const auto results = SeedExplorer::explore(courseSpec(Rule::DeltaRule, andTargets(), 10), 5, 4, {});
        QVERIFY(results && results->empty());
    }
};

QTEST_APPLESS_MAIN(TestSeedExplorer)
#include "tst_seedexplorer.moc"
