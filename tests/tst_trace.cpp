// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trace's storage contract: every step readable, checkpoint mode bit-identical to a full
// record, numeric blow-ups flagged at the first step they appear, and recording cancellable.
#include "coursefixtures.h"
#include "positionfixtures.h"
#include "engine.h"
#include "trainer.h"

#include <QTest>

#include <cmath>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::Quantity)

namespace {

// Lessons 2 and 3's data (XOR), any rule.
TraceSpec lessonSpec(Rule rule, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    return fixtures::courseSpec(rule, fixtures::xorTargets(), epochs, alpha, seed);
}

using fixtures::sameBits;

bool sameRecord(const StepRecord &a, const StepRecord &b, Rule rule)
{
    if (a.epoch != b.epoch || a.sample != b.sample || a.x != b.x || !sameBits(a.d, b.d))
        return false;
    for (Quantity q : recordedQuantities(rule)) {
        const auto va = a.values(q), vb = b.values(q);
        for (size_t i = 0; i < va.size(); ++i)
            if (!sameBits(va[i], vb[i]))
                return false;
    }
    return a.before == b.before && a.after == b.after;
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::newRow("forward") << Rule::Forward;
        QTest::newRow("delta-rule") << Rule::DeltaRule;
        QTest::newRow("backprop-sigmoid") << Rule::BackpropSigmoid;
        QTest::newRow("backprop-ce") << Rule::BackpropCrossEntropy;
    }

    void checkpointModeIsBitIdenticalToFullRecord_data()
    {
        // A full record must give every bit that recomputing each step from a checkpoint gives.
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::newRow("forward") << Rule::Forward << 1;
        QTest::newRow("delta-rule") << Rule::DeltaRule << 50;
        for (int epochs : {50, 1031}) {
            QTest::addRow("backprop-sigmoid, %d epochs", epochs) << Rule::BackpropSigmoid << epochs;
            QTest::addRow("backprop-ce, %d epochs", epochs) << Rule::BackpropCrossEntropy << epochs;
        }
    }
    void checkpointModeIsBitIdenticalToFullRecord()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        const TraceSpec spec = lessonSpec(rule, epochs);
        const auto full = Trainer::record(spec);
        Trainer::Options lean;
        lean.fullRecordBudget = 0;
        const auto recomputed = Trainer::record(spec, lean);
        QVERIFY(full && recomputed);
        QVERIFY(full->hasFullRecord());
        QVERIFY(!recomputed->hasFullRecord());
        QVERIFY(recomputed->storedBytes() < full->storedBytes() || rule == Rule::Forward);
        for (long long i = 0; i < spec.stepCount(); ++i)
            QVERIFY2(sameRecord(full->step(i), recomputed->step(i), rule), qPrintable(QString::number(i)));
        QVERIFY(full->finalWeights() == recomputed->finalWeights());
    }

    void stepsChainWeightsBeforeAndAfter_data() { rules_data(); }
    void stepsChainWeightsBeforeAndAfter()
    {
        QFETCH(Rule, rule);
        const auto trace = Trainer::record(lessonSpec(rule, rule == Rule::Forward ? 1 : 3));
        QVERIFY(trace);
        QVERIFY(trace->step(0).before == trace->initialWeights());
        for (long long i = 1; i < trace->stepCount(); ++i)
            QVERIFY(trace->step(i).before == trace->step(i - 1).after);
        QVERIFY(trace->step(trace->stepCount() - 1).after == trace->finalWeights());
        if (!updatesWeights(rule))
            QVERIFY(trace->finalWeights() == trace->initialWeights());
    }

    void stepKnowsItsEpochSampleAndData()
    {
        const auto trace = Trainer::record(lessonSpec(Rule::DeltaRule, 5));
        const StepRecord r = trace->step(4 * 3 + 2);
        QCOMPARE(r.epoch, 3);
        QCOMPARE(r.sample, 2);
        QCOMPARE(r.x, InputVector(1, 0, 1));
        QCOMPARE(r.d, 1.0);
    }

    void forwardOnlyRecordsVAndYOfTheFourSamples()
    {
        const auto trace = Trainer::record(lessonSpec(Rule::Forward, 1));
        QCOMPARE(trace->stepCount(), 4LL);
        for (int k = 0; k < 4; ++k) {
            const StepRecord r = trace->step(k);
            QCOMPARE(r.y, Engine::sigmoid(r.v));
            QCOMPARE(r.y, Engine::output(Rule::Forward, trace->initialWeights(), r.x));
        }
    }

    void epochSummaryMeasuresTheEndOfEpochWeights_data()
    {
        // Every rule, both storage modes, short runs and long ones, must give the same bits as
        // summarizing afterwards (the recording takes sample 0's output from the next epoch's
        // first step).
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<bool>("checkpointsOnly");
        QTest::addRow("forward, 1 epoch") << Rule::Forward << 1 << false;
        for (Rule rule : {Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy}) {
            const char *name = rule == Rule::DeltaRule ? "delta rule" : rule == Rule::BackpropSigmoid ? "sigmoid" : "cross-entropy";
            for (int epochs : {1, 2, 20, 1023, 1024, 3001}) {
                QTest::addRow("%s, %d epochs, full record", name, epochs) << rule << epochs << false;
                QTest::addRow("%s, %d epochs, checkpoints only", name, epochs) << rule << epochs << true;
            }
        }
    }
    void epochSummaryMeasuresTheEndOfEpochWeights()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        QFETCH(bool, checkpointsOnly);
        const TraceSpec spec = lessonSpec(rule, epochs);
        Trainer::Options options;
        if (checkpointsOnly)
            options.fullRecordBudget = 0;
        const auto trace = Trainer::record(spec, options);
        QCOMPARE(trace->hasFullRecord(), !checkpointsOnly);
        for (int e = 0; e < epochs; ++e) {
            const EpochSummary s = trace->epochSummary(e);
            const Weights end = e + 1 < spec.epochs ? trace->weightsAtEpochStart(e + 1) : trace->finalWeights();
            const EpochSummary expected = Trainer::summarize(spec, end);
            double mse = 0.0;
            for (int k = 0; k < 4; ++k) {
                const double y = Engine::output(spec.rule, end, spec.X.row(k).transpose());
                QVERIFY2(sameBits(s.outputs[size_t(k)], y), qPrintable(QStringLiteral("epoch %1 sample %2").arg(e).arg(k)));
                mse += (spec.D(k) - y) * (spec.D(k) - y);
            }
            QVERIFY2(sameBits(s.meanSquaredError, mse / 4), qPrintable(QStringLiteral("epoch %1").arg(e)));
            QVERIFY2(sameBits(s.crossEntropy, expected.crossEntropy), qPrintable(QStringLiteral("epoch %1").arg(e)));
            QVERIFY(s.crossEntropy > 0);
        }
    }

    void cancellingALongRecordingStopsTheFinisherToo()
    {
        // Cancelled while the finishing thread runs: it must be stopped and joined, not left
        // reading a trace that no longer exists (ASan and the test's exit would catch either).
        for (int stopAt : {1024, 2048, 8192}) {
            Trainer::Options options;
            options.progress = [stopAt](long long done, long long) { return done < stopAt; };
            QVERIFY(!Trainer::record(lessonSpec(Rule::BackpropSigmoid, 20000), options).has_value());
        }
    }

    void storageIsAtMostEightBytesPerNumber()
    {
        const auto trace = Trainer::record(lessonSpec(Rule::BackpropCrossEntropy, 1000));
        QCOMPARE(trace->storedBytes(), trace->storedNumbers() * sizeof(double));
        // 52 recorded numbers per step, 16 checkpointed weights and 6 summaries per epoch.
        QCOMPARE(trace->storedNumbers(), size_t(1000) * (4 * 52 + 16 + 6));
    }

    void hugeAlphaIsFlaggedAtTheFirstNonFiniteStep_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<Quantity>("quantity");
        // Only the cross-entropy delta keeps pushing once the output saturates, so only it
        // overflows the weights themselves, and only at the very top of the double range: the
        // output's v overflows first. A target far outside [0, 1] overflows the backward half
        // first (e1 = W2 delta). A full record must flag the same step as a checkpoint-only
        // recording.
        for (int epochs : {200, 2000}) {
            QTest::addRow("backprop-ce alpha 1.7e308, %d epochs", epochs)
                << Rule::BackpropCrossEntropy << 1.7e308 << 1.0 << epochs << Quantity::V;
            QTest::addRow("backprop-ce alpha 1.75e308, %d epochs", epochs)
                << Rule::BackpropCrossEntropy << 1.0e308 * 1.75 << 1.0 << epochs << Quantity::V;
            QTest::addRow("backprop-ce alpha 10, target 1e308, %d epochs", epochs)
                << Rule::BackpropCrossEntropy << 10.0 << 1e308 << epochs << Quantity::E1;
            QTest::addRow("backprop-sigmoid alpha 1e3, target 1e308, %d epochs", epochs)
                << Rule::BackpropSigmoid << 1e3 << 1e308 << epochs << Quantity::E1;
        }
    }
    void hugeAlphaIsFlaggedAtTheFirstNonFiniteStep()
    {
        QFETCH(Rule, rule);
        QFETCH(double, alpha);
        QFETCH(double, target);
        QFETCH(int, epochs);
        QFETCH(Quantity, quantity);
        TraceSpec spec = lessonSpec(rule, epochs, alpha);
        spec.D(1) = target;
        const auto trace = Trainer::record(spec);
        QVERIFY(trace);
        QVERIFY(trace->hasFullRecord());
        // A checkpoint-only recording probes every value of every step on the loop's thread.
        Trainer::Options lean;
        lean.fullRecordBudget = 0;
        const auto recomputed = Trainer::record(spec, lean);
        QCOMPARE(trace->firstNonFiniteStep(), recomputed->firstNonFiniteStep());
        QCOMPARE(trace->firstNonFiniteQuantity(), recomputed->firstNonFiniteQuantity());
        QCOMPARE(trace->firstNonFiniteQuantity(), quantity);
        const long long first = trace->firstNonFiniteStep();
        QVERIFY2(first >= 0, "alpha 1e308 must overflow the weights");
        // Everything before the flagged step is finite, and the flagged step is not.
        auto finite = [&](long long i) {
            const StepRecord r = trace->step(i);
            for (Quantity q : recordedQuantities(rule))
                for (double v : r.values(q))
                    if (!std::isfinite(v))
                        return false;
            return true;
        };
        QVERIFY(!finite(first));
        for (long long i = 0; i < first; ++i)
            QVERIFY(finite(i));
        const StepRecord r = trace->step(first);
        bool flaggedQuantityIsNonFinite = false;
        for (double v : r.values(trace->firstNonFiniteQuantity()))
            flaggedQuantityIsNonFinite |= !std::isfinite(v);
        QVERIFY(flaggedQuantityIsNonFinite);
    }

    void largeAlphaSaturatesTheSigmoidsWithoutNonFiniteSteps_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<double>("alpha");
        QTest::newRow("delta-rule alpha 1e6") << Rule::DeltaRule << 1e6;
        QTest::newRow("delta-rule alpha 1e308") << Rule::DeltaRule << 1e308;
        QTest::newRow("backprop-sigmoid alpha 1e6") << Rule::BackpropSigmoid << 1e6;
        QTest::newRow("backprop-sigmoid alpha 1e300") << Rule::BackpropSigmoid << 1e300;
        QTest::newRow("backprop-ce alpha 1000") << Rule::BackpropCrossEntropy << 1000.0;
    }
    void largeAlphaSaturatesTheSigmoidsWithoutNonFiniteSteps()
    {
        // A huge alpha drives exp() past its range: y becomes exactly 0 or 1, y(1-y) = 0 and
        // learning freezes. Every recorded value stays finite; the saturation is what is flagged.
        QFETCH(Rule, rule);
        QFETCH(double, alpha);
        const auto trace = Trainer::record(lessonSpec(rule, 200, alpha));
        QCOMPARE(trace->firstNonFiniteStep(), -1LL);
        const long long s = trace->firstSaturatedStep();
        QVERIFY(s >= 0);
        const StepRecord r = trace->step(s);
        bool exact = r.y == 0.0 || r.y == 1.0;
        for (double y1 : r.y1)
            exact |= isTwoLayer(rule) && (y1 == 0.0 || y1 == 1.0);
        QVERIFY(exact);
    }

    void lessonAlphaNeverSaturates()
    {
        const auto trace = Trainer::record(lessonSpec(Rule::BackpropSigmoid, 1000));
        QCOMPARE(trace->firstSaturatedStep(), -1LL);
    }

    void firstProblemPosition_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("healthy");
        QTest::addColumn<Quantity>("quantity"); // the operation the position points at
        QTest::newRow("healthy delta-rule") << Rule::DeltaRule << 0.9 << 1.0 << true << Quantity::V;
        QTest::newRow("healthy backprop-ce") << Rule::BackpropCrossEntropy << 0.9 << 1.0 << true << Quantity::V;
        QTest::newRow("non-finite v, backprop-ce") << Rule::BackpropCrossEntropy << 1.7e308 << 1.0 << false << Quantity::V;
        QTest::newRow("non-finite e1, backprop-sigmoid") << Rule::BackpropSigmoid << 1e3 << 1e308 << false << Quantity::E1;
        QTest::newRow("saturated y, delta-rule") << Rule::DeltaRule << 1e6 << 1.0 << false << Quantity::Y;
        QTest::newRow("saturated y1, backprop-sigmoid") << Rule::BackpropSigmoid << 1e6 << 1.0 << false << Quantity::Y1;
    }
    void firstProblemPosition()
    {
        QFETCH(Rule, rule);
        QFETCH(double, alpha);
        QFETCH(double, target);
        QFETCH(bool, healthy);
        QFETCH(Quantity, quantity);
        TraceSpec spec = lessonSpec(rule, 200, alpha);
        spec.D(1) = target;
        const auto trace = Trainer::record(spec);
        QVERIFY(trace);
        const std::optional<TracePosition> position = trace->firstProblemPosition();
        if (healthy) {
            QVERIFY(!position);
            return;
        }
        QVERIFY(position);
        // A non-finite value wins over a saturation that may come before it.
        const long long step = trace->firstNonFiniteStep() >= 0 ? trace->firstNonFiniteStep() : trace->firstSaturatedStep();
        QCOMPARE(position->step, step);
        QCOMPARE(operationsOf(rule)[static_cast<size_t>(position->operation)], quantity);
    }

    void recordingCanBeCancelled()
    {
        Trainer::Options options;
        long long calls = 0;
        options.progress = [&calls](long long done, long long total) {
            ++calls;
            return done < total / 2;
        };
        QVERIFY(!Trainer::record(lessonSpec(Rule::DeltaRule, 100000), options).has_value());
        QVERIFY(calls > 0);
    }

    void progressReachesTheEnd()
    {
        Trainer::Options options;
        long long last = 0;
        options.progress = [&last](long long done, long long) { last = done; return true; };
        QVERIFY(Trainer::record(lessonSpec(Rule::DeltaRule, 5000), options));
        QCOMPARE(last, 5000LL);
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
