// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A learner working through a run's fill-in exercises.
#include "coursefixtures.h"
#include "exercisesession.h"
#include "numberformat.h"

#include <QTest>

using namespace deltatrace;
using Verdict = AnswerCheck::Verdict;

namespace {
Exercise exercise(int epoch, int sample, Quantity q, std::optional<int> element = std::nullopt, int digits = 4)
{
    Exercise e;
    e.epoch = epoch;
    e.sample = sample;
    e.operation = q;
    e.element = element;
    e.digits = digits;
    return e;
}
} // namespace

class TestExerciseSession : public QObject
{
    Q_OBJECT

private slots:
    void questionsFollowTheRun()
    {
        const auto trace = fixtures::recordShared(fixtures::courseSpec(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 3));
        // delta at epoch 0 sample 1; every number of dW2 at epoch 2 sample 3; one of W1 (an update).
        ExerciseSession session(trace, {exercise(0, 1, Quantity::Delta), exercise(2, 3, Quantity::DW2), exercise(2, 3, Quantity::W1, 5)});
        QCOMPARE(session.questions().size(), 1 + 4 + 1);
        QCOMPARE(session.skipped(), 0);
        const auto ops = operationsOf(Rule::BackpropCrossEntropy);
        for (const ExerciseSession::Question &q : session.questions()) {
            // The truth is the trace's own number at that place.
            QCOMPARE(ops[std::size_t(q.position.operation)], q.exercise.operation);
            QVERIFY(fixtures::sameBits(q.truth, trace->step(q.position.step).values(q.exercise.operation)[std::size_t(q.element)]));
        }
        QCOMPARE(session.questions()[1].position.step, 2LL * SampleCount + 3);
        QCOMPARE(session.questions()[2].element, 1);
        QCOMPARE(session.questions()[5].element, 5);
    }

    void theLearnerCannotPassAnOpenQuestion()
    {
        const auto trace = fixtures::recordShared(fixtures::courseSpec(Rule::DeltaRule, fixtures::andTargets(), 2));
        ExerciseSession session(trace, {exercise(0, 1, Quantity::V), exercise(1, 0, Quantity::Delta, std::nullopt, 3)});
        // The first value of sample 1 is computed at (1, 0): the learner may go as far as the
        // last operation of sample 0.
        QCOMPARE(session.current(), std::optional<int>(0));
        QCOMPARE(session.barrier(), std::optional(TracePosition{0, 5}));
        const double v = session.questions()[0].truth;
        QCOMPARE(session.answer(QStringLiteral("what?"), 1000), Verdict::Unreadable);
        QCOMPARE(session.answer(NumberFormat::value(v + 1.0), 2000), Verdict::Wrong);
        // Still open: still barred.
        QCOMPARE(session.current(), std::optional<int>(0));
        QCOMPARE(session.questions()[0].wrongAttempts(), 1);
        QCOMPARE(session.answer(NumberFormat::value(v), 3000), Verdict::Correct);
        QCOMPARE(session.questions()[0].attempts.size(), 3);
        QCOMPARE(session.questions()[0].attempts.last().msecs, 3000);
        // On to delta of epoch 1, sample 0 (operation 3 of the step): barred at its e.
        QCOMPARE(session.current(), std::optional<int>(1));
        QCOMPARE(session.barrier(), std::optional(TracePosition{4, 2}));
        const auto shown = session.reveal(4000);
        QVERIFY(shown && fixtures::sameBits(*shown, session.questions()[1].truth));
        QVERIFY(!session.current());
        QVERIFY(!session.barrier());
        QCOMPARE(session.solvedCount(), 1);
        QCOMPARE(session.revealedCount(), 1);
        // Nothing is left to answer.
        QCOMPARE(session.answer(QStringLiteral("1"), 5000), Verdict::Unreadable);
        QCOMPARE(session.questions()[1].attempts.size(), 0);
    }

    void aShorterRunSkipsTheLaterExercises()
    {
        const auto trace = fixtures::recordShared(fixtures::courseSpec(Rule::DeltaRule, fixtures::andTargets(), 2));
        ExerciseSession session(trace, {exercise(1, 3, Quantity::DW, 0), exercise(2, 0, Quantity::Y), exercise(0, 0, Quantity::V1)});
        QCOMPARE(session.questions().size(), 1);
        QCOMPARE(session.skipped(), 2); // epoch 2 is not in the run; delta-rule has no v1
    }

    // What the views show of a value (four significant digits) is always a right answer at
    // four digits, whatever its size: the rule is relative.
    void theShownNumberIsAlwaysRight()
    {
        const auto trace = fixtures::recordShared(fixtures::courseSpec(Rule::BackpropSigmoid, fixtures::xorTargets(), 300));
        QList<Exercise> exercises;
        for (int epoch : {1, 50, 299})
            for (Quantity q : operationsOf(Rule::BackpropSigmoid))
                exercises << exercise(epoch, 2, q);
        ExerciseSession session(trace, exercises);
        QVERIFY(session.questions().size() > 100);
        int asked = 0;
        while (const auto i = session.current()) {
            const double truth = session.questions()[*i].truth;
            QCOMPARE(session.answer(NumberFormat::value(truth), 0), Verdict::Correct);
            ++asked;
        }
        QCOMPARE(asked, session.questions().size());
        QCOMPARE(session.solvedCount(), asked);
    }
};

QTEST_GUILESS_MAIN(TestExerciseSession)
#include "tst_exercisesession.moc"
