// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The record's JSON, the "exercises" object of a trace file's header (tracefile.cpp):
//   "format"     1
//   "student"    the name as entered ("" without one), at most 200 printable characters
//   "questions"  how many questions the run's exercises give (answered or not)
//   "answered"   [{"exercise": index into the experiment's exercises, "element": row-major index,
//                  "attempts": [{"answer": TEXT of at most 64 characters, "ms": TIME}, ...],
//                  "hinted": TIME (optional), "revealed": TIME (optional)}, ...]
//   "sha256"     64 lowercase hex digits: SHA-256 of "DeltaTrace exercise record\n", the lesson
//                id, "\n", the experiment id, "\n", the seed in decimal, "\n", and the compact
//                JSON (sorted keys, as Qt writes it) of this object without "sha256"
// TIME is whole milliseconds since the session began.
#include "exerciserecord.h"

#include "inputlimits.h"
#include "lessonloader.h"
#include "studentseed.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace deltatrace {

namespace {

QString keyOf(int question) { return QStringLiteral("exercises.answered[%1]").arg(question); }
QString keyOf(int question, const char *field) { return keyOf(question) + QLatin1Char('.') + QLatin1String(field); }
QString attemptKey(int question, int attempt) { return keyOf(question) + QStringLiteral(".attempts[%1]").arg(attempt); }

std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

QByteArray digestOf(QJsonObject object, const TraceSpec &spec)
{
    object.remove(QStringLiteral("sha256"));
    QByteArray text = QByteArrayLiteral("DeltaTrace exercise record\n");
    text += spec.lessonId.toUtf8() + '\n' + spec.experimentId.toUtf8() + '\n' + QByteArray::number(spec.seed) + '\n';
    text += QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

// By code point: a name may hold characters beyond the BMP (rare Hanja, emoji), whose UTF-16
// halves are not printable on their own.
bool printable(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    return std::all_of(points.cbegin(), points.cend(), [](uint c) { return QChar::isPrint(char32_t(c)); });
}

} // namespace

QString ExerciseRecord::Problem::message() const
{
    return key.isEmpty() ? what : ExerciseRecord::tr("%1 (at key %2)").arg(what, key);
}

ExerciseRecord ExerciseRecord::of(const ExerciseSession &session, const QString &student)
{
    ExerciseRecord record;
    record.student = student;
    record.questionCount = int(session.questions().size());
    for (const ExerciseSession::Question &q : session.questions()) {
        if (q.attempts.isEmpty() && !q.hintedAt && !q.revealedAt)
            break; // the learner has not got here yet; nor to any question after it
        Question out{q.exerciseIndex, q.element, {}, q.hintedAt, q.revealedAt};
        for (const ExerciseSession::Attempt &a : q.attempts)
            out.attempts.append(Attempt{a.typed, a.msecs});
        record.answered.append(out);
    }
    return record;
}

QJsonObject ExerciseRecord::toJson(const TraceSpec &spec) const
{
    QJsonArray answeredJson;
    for (const Question &q : answered) {
        QJsonArray attempts;
        for (const Attempt &a : q.attempts)
            attempts.append(QJsonObject{{QStringLiteral("answer"), a.typed}, {QStringLiteral("ms"), a.msecs}});
        QJsonObject o{{QStringLiteral("exercise"), q.exercise}, {QStringLiteral("element"), q.element}, {QStringLiteral("attempts"), attempts}};
        if (q.hintedAt)
            o.insert(QStringLiteral("hinted"), *q.hintedAt);
        if (q.revealedAt)
            o.insert(QStringLiteral("revealed"), *q.revealedAt);
        answeredJson.append(o);
    }
    QJsonObject object{{QStringLiteral("format"), Format},
                       {QStringLiteral("student"), student},
                       {QStringLiteral("questions"), questionCount},
                       {QStringLiteral("answered"), answeredJson}};
    object.insert(QStringLiteral("sha256"), QString::fromLatin1(digestOf(object, spec)));
    return object;
}

std::optional<ExerciseRecord::Problem> ExerciseRecord::problemToWrite(const TraceSpec &spec) const
{
    // What fromJson would refuse, found by reading it back: one set of rules, not two.
    Problem problem;
    if (!fromJson(toJson(spec), spec, problem))
        return problem;
    return std::nullopt;
}

std::optional<ExerciseRecord> ExerciseRecord::fromJson(const QJsonValue &value, const TraceSpec &spec, Problem &problem)
{
    auto refuse = [&problem](const QString &what, const QString &key) {
        problem = Problem{what, key};
        return std::optional<ExerciseRecord>();
    };
    const QString top = QLatin1String(HeaderKey);
    if (!value.isObject())
        return refuse(tr("the exercise record must be a JSON object"), top);
    const QJsonObject o = value.toObject();
    if (wholeNumber(o.value(QStringLiteral("format")), Format, Format) != Format)
        return refuse(tr("unknown exercise record format (this DeltaTrace reads format %1)").arg(Format), top + QStringLiteral(".format"));
    // The digest first: an edit that did not recompute it is named as such, whatever it changed.
    if (o.value(QStringLiteral("sha256")).toString().toLatin1() != digestOf(o, spec))
        return refuse(tr("the exercise record was changed after it was saved (its SHA-256 digest does not match)"), top + QStringLiteral(".sha256"));

    ExerciseRecord record;
    const QJsonValue student = o.value(QStringLiteral("student"));
    record.student = student.toString();
    if (!student.isString() || record.student.size() > InputLimits::MaxTitleChars || !printable(record.student))
        return refuse(tr("the student's name must be text of at most %1 printable characters").arg(InputLimits::MaxTitleChars),
                      top + QStringLiteral(".student"));
    if (!record.student.isEmpty() && StudentSeed::forName(record.student) != spec.seed)
        return refuse(tr("the seed %1 is not the one of student %2 (%3): the run or the name was swapped")
                          .arg(spec.seed).arg(InputLimits::quoted(record.student)).arg(StudentSeed::forName(record.student)),
                      top + QStringLiteral(".student"));
    const auto count = wholeNumber(o.value(QStringLiteral("questions")), 0, MaxQuestions);
    if (!count)
        return refuse(tr("the number of questions must be a whole number from 0 to %1").arg(MaxQuestions), top + QStringLiteral(".questions"));
    record.questionCount = int(*count);
    const QJsonValue answered = o.value(QStringLiteral("answered"));
    if (!answered.isArray() || answered.toArray().size() > record.questionCount)
        return refuse(tr("the answered questions must be a list of at most the %1 questions").arg(record.questionCount),
                      top + QStringLiteral(".answered"));
    int attemptsTotal = 0;
    const QJsonArray list = answered.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject q = list.at(i).toObject();
        Question out;
        const auto exercise = wholeNumber(q.value(QStringLiteral("exercise")), 0, MaxQuestions);
        const auto element = wholeNumber(q.value(QStringLiteral("element")), 0, 15);
        if (!list.at(i).isObject() || !exercise || !element)
            return refuse(tr("a question must name its exercise (0 to %1) and element (0 to 15)").arg(MaxQuestions), keyOf(i));
        out.exercise = int(*exercise);
        out.element = int(*element);
        for (const char *field : {"hinted", "revealed"}) {
            if (!q.contains(QLatin1String(field)))
                continue;
            const auto at = wholeNumber(q.value(QLatin1String(field)), 0, MaxMsecs);
            if (!at)
                return refuse(tr("a time must be a whole number of milliseconds from 0 to %1").arg(MaxMsecs), keyOf(i, field));
            (field[0] == 'h' ? out.hintedAt : out.revealedAt) = *at;
        }
        const QJsonValue attempts = q.value(QStringLiteral("attempts"));
        if (!attempts.isArray() || attempts.toArray().size() > MaxAttemptsPerQuestion)
            return refuse(tr("the attempts must be a list of at most %1").arg(MaxAttemptsPerQuestion), keyOf(i, "attempts"));
        attemptsTotal += int(attempts.toArray().size());
        if (attemptsTotal > MaxAttempts)
            return refuse(tr("more than %1 attempts in all").arg(MaxAttempts), keyOf(i, "attempts"));
        const QJsonArray attemptList = attempts.toArray();
        for (int j = 0; j < attemptList.size(); ++j) {
            const QJsonObject a = attemptList.at(j).toObject();
            const QJsonValue typed = a.value(QStringLiteral("answer"));
            const auto ms = wholeNumber(a.value(QStringLiteral("ms")), 0, MaxMsecs);
            if (!typed.isString() || typed.toString().size() > MaxAnswerChars)
                return refuse(tr("an answer must be text of at most %1 characters").arg(MaxAnswerChars), attemptKey(i, j));
            if (!ms)
                return refuse(tr("a time must be a whole number of milliseconds from 0 to %1").arg(MaxMsecs), attemptKey(i, j));
            out.attempts.append(Attempt{typed.toString(), *ms});
        }
        if (out.attempts.isEmpty() && !out.hintedAt && !out.revealedAt)
            return refuse(tr("a question the learner got to must have an answer, a hint or a reveal"), keyOf(i));
        record.answered.append(out);
    }
    return record;
}

ExerciseRecord::Restored ExerciseRecord::restore(std::shared_ptr<const Trace> trace, const QList<Exercise> &exercises) const
{
    auto refuse = [](const QString &what, const QString &key) { return Restored{nullptr, Problem{what, key}}; };
    auto session = std::make_unique<ExerciseSession>(std::move(trace), exercises);
    const auto &questions = session->questions();
    if (questionCount != questions.size())
        return refuse(tr("the record has %1 questions, but the embedded lesson's exercises ask %2 in this run").arg(questionCount).arg(questions.size()),
                      QStringLiteral("exercises.questions"));
    qint64 previous = 0; // when the question before was solved or revealed
    for (int i = 0; i < answered.size(); ++i) {
        const Question &q = answered[i];
        const ExerciseSession::Question &asked = questions[i];
        if (q.exercise != asked.exerciseIndex || q.element != asked.element)
            return refuse(tr("question %1 is exercise %2, element %3, but the lesson asks exercise %4, element %5 there")
                              .arg(i + 1).arg(q.exercise + 1).arg(q.element).arg(asked.exerciseIndex + 1).arg(asked.element),
                          keyOf(i));
        if (session->current() != i)
            return refuse(tr("question %1 was reached before the one before it was solved or revealed").arg(i + 1), keyOf(i));
        if (q.hintedAt && *q.hintedAt < previous)
            return refuse(tr("the time goes backwards"), keyOf(i, "hinted"));
        if (q.hintedAt)
            session->noteHint(*q.hintedAt);
        qint64 last = previous;
        for (int j = 0; j < q.attempts.size(); ++j) {
            const Attempt &a = q.attempts[j];
            if (a.msecs < last)
                return refuse(tr("the time goes backwards"), attemptKey(i, j));
            if (q.revealedAt && a.msecs > *q.revealedAt)
                return refuse(tr("an answer given after the answer was revealed"), attemptKey(i, j));
            if (session->current() != i)
                return refuse(tr("an answer given after the right answer"), attemptKey(i, j));
            session->answer(a.typed, a.msecs);
            last = a.msecs;
        }
        if (q.revealedAt) {
            if (*q.revealedAt < last)
                return refuse(tr("the time goes backwards"), keyOf(i, "revealed"));
            if (session->current() != i)
                return refuse(tr("revealed after the right answer"), keyOf(i, "revealed"));
            session->reveal(*q.revealedAt);
            last = *q.revealedAt;
        }
        if (q.hintedAt && !session->questions()[i].open() && *q.hintedAt > last)
            return refuse(tr("the hint was asked for after the question was closed"), keyOf(i, "hinted"));
        previous = last;
    }
    return Restored{std::move(session), {}};
}

std::optional<QList<Exercise>> ExerciseRecord::embeddedExercises(const TraceSpec &spec)
{
    const LessonLoader::Result lesson = LessonLoader::parse(spec.lessonSource, spec.lessonId);
    if (!lesson.ok())
        return std::nullopt;
    const Experiment *experiment = lesson.lesson->experiment(spec.experimentId);
    if (!experiment)
        return std::nullopt;
    return experiment->exercises;
}

qint64 ExerciseRecord::lastMsecs() const
{
    qint64 last = 0;
    for (const Question &q : answered) {
        for (const Attempt &a : q.attempts)
            last = std::max(last, a.msecs);
        last = std::max({last, q.hintedAt.value_or(0), q.revealedAt.value_or(0)});
    }
    return last;
}

} // namespace deltatrace
