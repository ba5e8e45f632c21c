// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercisesession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace deltatrace {

struct TraceSpec;

// What a trace file keeps of a learner's exercise session: the student's name and, for every
// question the learner got to (in the run's order), each answer as typed with its time, and
// when the hint was asked for and the answer revealed. No verdict is kept: reading replays the
// answers onto a fresh ExerciseSession of the recomputed run, which checks them against the
// numbers themselves (AnswerCheck), so a record cannot say that a wrong answer was right.
//
// Reading refuses a record that no session could have made: a name whose seed (StudentSeed)
// is not the run's, questions that are not those of the embedded lesson's exercises for this
// run, a question reached before the one before it was solved or revealed, times that go
// backwards or are negative, an answer after a reveal or after the right answer, and counts or
// sizes out of range. A SHA-256 digest over the record, the lesson and experiment ids and the
// seed names any edit that did not recompute it.
//
// What this cannot catch: the digest has no secret key (DeltaTrace is free software and a key
// in it would be no secret), so whoever rewrites a record with DeltaTrace's own code, or types
// the answers a copy of DeltaTrace showed them for their own seed, makes a file that reads as
// genuine. Nor can it tell who sat at the keyboard: a student who hands in a neighbour's whole
// file hands in the neighbour's name with it. The checks stop careless edits and copied
// answers (a neighbour's numbers are wrong for one's own seed), not a determined forger.
class ExerciseRecord
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseRecord)
public:
    struct Attempt
    {
        QString typed;
        qint64 msecs = 0;
    };
    struct Question
    {
        int exercise = 0; // index into the experiment's exercises
        int element = 0;  // row-major in the quantity
        QList<Attempt> attempts;
        std::optional<qint64> hintedAt;
        std::optional<qint64> revealedAt;
    };
    // Why a record is refused, and the header key where (e.g. "exercises.answered[2].attempts[0]").
    struct Problem
    {
        QString what;
        QString key;
        QString message() const; // "what (at key KEY)"
    };

    QString student;             // may be empty: exercise mode without a name
    int questionCount = 0;       // the session's questions, answered or not
    QList<Question> answered;    // the questions the learner got to, a prefix of the session's

    static constexpr int Format = 1;
    static constexpr int MaxQuestions = 100 * 16; // the lesson's 100 exercises, at most 16 numbers each
    static constexpr int MaxAttemptsPerQuestion = 1000;
    static constexpr int MaxAttempts = 4000;      // all questions together: the header is at most 1 MiB
    static constexpr int MaxAnswerChars = 64;     // the panel's answer box takes no more
    static constexpr qint64 MaxMsecs = qint64(1) << 42; // about 139 years

    static ExerciseRecord of(const ExerciseSession &session, const QString &student);

    // The header's "exercises" object, with its digest; bound to the run's ids and seed.
    QJsonObject toJson(const TraceSpec &spec) const;
    // Why this record could not be read back (sizes out of range), or nothing.
    std::optional<Problem> problemToWrite(const TraceSpec &spec) const;

    // The structure, the bounds, the digest and the student's seed; not yet the questions.
    // Nothing, with `problem` set, when the record is refused.
    static std::optional<ExerciseRecord> fromJson(const QJsonValue &value, const TraceSpec &spec, Problem &problem);

    // A session of `trace` with this record's answers replayed, every verdict recomputed; or the
    // first inconsistency.
    struct Restored
    {
        std::unique_ptr<ExerciseSession> session;
        Problem problem;
    };
    Restored restore(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises) const;

    // The embedded lesson's exercises of the trace's experiment; nothing when the embedded bytes
    // are no lesson or lack the experiment.
    static std::optional<QList<Exercise>> embeddedExercises(const TraceSpec &spec);

    // The latest time in the record (0 when empty): a resumed session's clock goes on from it.
    qint64 lastMsecs() const;

    static constexpr const char *HeaderKey = "exercises";
};

} // namespace deltatrace
