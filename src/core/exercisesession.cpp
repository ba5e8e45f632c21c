// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisesession.h"

#include <algorithm>

namespace deltatrace {

int ExerciseSession::Question::wrongAttempts() const
{
    return int(std::count_if(attempts.begin(), attempts.end(), [](const Attempt &a) { return a.verdict == AnswerCheck::Verdict::Wrong; }));
}

ExerciseSession::ExerciseSession(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises) : m_trace(std::move(trace))
{
    const auto ops = operationsOf(m_trace->rule());
    for (int index = 0; index < exercises.size(); ++index) {
        const Exercise &exercise = exercises[index];
        const long long step = static_cast<long long>(exercise.epoch) * SampleCount + exercise.sample;
        const auto op = std::find(ops.begin(), ops.end(), exercise.operation);
        // The loader lets through only places and operations of the lesson's run; a run of
        // other epochs or another rule (a trace file's) may still lack them.
        if (step >= m_trace->stepCount() || op == ops.end() || (step == 0 && op == ops.begin())) {
            ++m_skipped;
            continue;
        }
        const StepRecord record = m_trace->step(step);
        const auto values = record.values(exercise.operation);
        for (int element : exercise.elements()) {
            if (element < 0 || element >= int(values.size())) {
                ++m_skipped;
                continue;
            }
            Question q;
            q.exercise = exercise;
            q.exerciseIndex = index;
            q.element = element;
            q.position = TracePosition{step, int(op - ops.begin())};
            q.truth = values[std::size_t(element)];
            m_questions.append(q);
        }
    }
}

std::optional<int> ExerciseSession::current() const
{
    for (int i = 0; i < m_questions.size(); ++i)
        if (m_questions[i].open())
            return i;
    return std::nullopt;
}

std::optional<TracePosition> ExerciseSession::barrier() const
{
    const auto i = current();
    if (!i)
        return std::nullopt;
    const TracePosition at = m_questions[*i].position;
    if (at.operation > 0)
        return TracePosition{at.step, at.operation - 1};
    return TracePosition{at.step - 1, int(operationsOf(m_trace->rule()).size()) - 1};
}

AnswerCheck::Verdict ExerciseSession::answer(const QString &typed, qint64 msecs)
{
    const auto i = current();
    if (!i)
        return AnswerCheck::Verdict::Unreadable;
    Question &q = m_questions[*i];
    const AnswerCheck::Verdict verdict = AnswerCheck::check(typed, q.truth, q.exercise.digits);
    q.attempts.append(Attempt{typed, verdict, msecs});
    return verdict;
}

std::optional<double> ExerciseSession::reveal(qint64 msecs)
{
    const auto i = current();
    if (!i)
        return std::nullopt;
    m_questions[*i].revealedAt = msecs;
    return m_questions[*i].truth;
}

void ExerciseSession::noteHint(qint64 msecs)
{
    if (const auto i = current(); i && !m_questions[*i].hintedAt)
        m_questions[*i].hintedAt = msecs;
}

int ExerciseSession::solvedCount() const
{
    return int(std::count_if(m_questions.begin(), m_questions.end(), [](const Question &q) { return q.solved() && !q.revealedAt; }));
}

int ExerciseSession::revealedCount() const
{
    return int(std::count_if(m_questions.begin(), m_questions.end(), [](const Question &q) { return q.revealedAt.has_value(); }));
}

} // namespace deltatrace
