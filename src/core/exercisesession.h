// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answercheck.h"
#include "lesson.h"
#include "trace.h"
#include "traceposition.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace deltatrace {

// A learner working through a run's fill-in exercises. Each number asked for is a question:
// an exercise without an element asks for every number of its quantity, one question each.
// The questions come in the run's order; the learner answers the first open one, as often as
// it takes, or reveals it, and only then may step past it: barrier() is the last position
// where its value is still to be computed, and so still hidden in every view.
//
// The truth is read from the trace, which the trace file recomputes from its inputs when it is
// opened: grading a saved session checks the answers against the numbers themselves, never
// against a verdict stored beside them.
class ExerciseSession
{
public:
    struct Attempt
    {
        QString typed;
        AnswerCheck::Verdict verdict = AnswerCheck::Verdict::Unreadable;
        qint64 msecs = 0; // since the session began
    };
    struct Question
    {
        Exercise exercise;
        int exerciseIndex = 0;      // in the experiment's exercises
        int element = 0;            // row-major in the quantity
        TracePosition position;     // where the value is computed
        double truth = 0.0;
        QList<Attempt> attempts;    // unreadable ones included: the learner typed them
        std::optional<qint64> revealedAt;
        std::optional<qint64> hintedAt; // the first time the learner asked for the hint

        bool solved() const { return !attempts.isEmpty() && attempts.last().verdict == AnswerCheck::Verdict::Correct; }
        bool open() const { return !solved() && !revealedAt; }
        // Wrong answers given (an unreadable entry is not counted against the learner).
        int wrongAttempts() const;
    };

    // The questions of `exercises` that fall inside the run (a run recorded with fewer epochs
    // than the lesson's leaves the later ones out).
    ExerciseSession(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises);

    const std::shared_ptr<const Trace> &trace() const { return m_trace; }
    const QList<Question> &questions() const { return m_questions; }
    int skipped() const { return m_skipped; }

    // The first open question, if any.
    std::optional<int> current() const;
    // How far the learner may step while a question is open: the operation before its value.
    std::optional<TracePosition> barrier() const;

    // Answers the current question (nothing happens without one).
    AnswerCheck::Verdict answer(const QString &typed, qint64 msecs);
    // Gives up on the current question; its value is shown and the reveal counted.
    std::optional<double> reveal(qint64 msecs);
    // Notes that the learner looked at the current question's hint (the first time counts).
    void noteHint(qint64 msecs);

    int solvedCount() const;   // answered right, without a reveal
    int revealedCount() const;

private:
    std::shared_ptr<const Trace> m_trace;
    QList<Question> m_questions;
    int m_skipped = 0;
};

} // namespace deltatrace
