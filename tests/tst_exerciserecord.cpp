// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A learner's exercise session saved with the trace, read back, and refused when tampered with.
#include "coursefixtures.h"
#include "exerciserecord.h"
#include "lessonlibrary.h"
#include "lessonloader.h"
#include "numberformat.h"
#include "studentseed.h"
#include "tracefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>

using namespace deltatrace;
using Verdict = AnswerCheck::Verdict;

namespace {

const QString Student = QStringLiteral("Kim Minji");
const QString Neighbour = QStringLiteral("Lee Jisoo");

// The standard CRC-32, written out here: a forger fixes the checksum, so the tests do too.
quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 u32At(const QByteArray &bytes, qsizetype at)
{
    quint32 v = 0;
    std::memcpy(&v, bytes.constData() + at, 4);
    return v;
}

QByteArray u32(quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); }

// The file with its header's "exercises" replaced (removed when `exercises` is undefined), and
// a correct checksum: what someone who edits the header with a script would write.
QByteArray withExercises(const QByteArray &file, const QJsonValue &exercises)
{
    const quint32 length = u32At(file, 12);
    QJsonObject header = QJsonDocument::fromJson(file.mid(16, length)).object();
    if (exercises.isUndefined())
        header.remove(QStringLiteral("exercises"));
    else
        header.insert(QStringLiteral("exercises"), exercises);
    const QByteArray headerText = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out = file.left(8) + u32(u32At(file, 8)) + u32(quint32(headerText.size())) + headerText
                     + file.mid(16 + length, file.size() - 16 - length - 4);
    return out + u32(crc32Of(out));
}

QJsonObject exercisesOf(const QByteArray &file)
{
    return QJsonDocument::fromJson(file.mid(16, u32At(file, 12))).object().value(QStringLiteral("exercises")).toObject();
}

// Lesson 1's forward pass for a student: its exercises ask y of sample 0, then v of sample 1.
struct Run
{
    Lesson lesson;
    QList<Exercise> exercises;
    std::shared_ptr<const Trace> trace;

    explicit Run(const QString &student)
    {
        LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/01-delta-rule.lesson.json"));
        Q_ASSERT(loaded.ok());
        lesson = *loaded.lesson;
        const Experiment &experiment = lesson.experiments.first();
        exercises = experiment.exercises;
        trace = fixtures::recordShared(LessonLibrary::specFor(lesson, experiment, {StudentSeed::forName(student), {}, {}}));
    }
};

// One wrong answer then the right one to the first question, the hint and a reveal on the second.
ExerciseRecord workedRecord(const Run &run, const QString &student)
{
    ExerciseSession session(run.trace, run.exercises);
    const double y = session.questions()[0].truth;
    session.answer(NumberFormat::value(y + 0.5), 4000);
    session.answer(NumberFormat::value(y), 9000);
    session.noteHint(12000);
    session.reveal(20000);
    return ExerciseRecord::of(session, student);
}

using Tamper = std::function<QJsonValue(const Run &, const QJsonObject &)>;

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestExerciseRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray savedFile(const Run &run, const ExerciseRecord &record)
    {
        const QString file = path(QStringLiteral("saved.dtrace"));
        QString error;
        if (!TraceFile::write(*run.trace, file, &error, TraceFile::Storage::Compact, &record))
            qFatal("%s", qPrintable(error));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read back");
        return f.readAll();
    }

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

private slots:
    void roundTripKeepsTheAttemptsAndRecomputesTheVerdicts()
    {
        const Run run(Student);
        const ExerciseRecord record = workedRecord(run, Student);
        QCOMPARE(record.questionCount, 2);
        QCOMPARE(record.answered.size(), 2);
        const QByteArray bytes = savedFile(run, record);
        // No verdict is stored: only what the learner typed and when.
        QVERIFY(!exercisesOf(bytes).contains(QStringLiteral("verdict")));
        QVERIFY(!QJsonDocument(exercisesOf(bytes)).toJson().contains("orrect"));

        const TraceFile::ReadResult read = TraceFile::read(path(QStringLiteral("saved.dtrace")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.exercises);
        QCOMPARE(read.exercises->student, Student);
        QCOMPARE(read.exercises->answered.size(), 2);
        QCOMPARE(read.exercises->answered[0].attempts.size(), 2);
        QCOMPARE(read.exercises->answered[0].attempts[1].msecs, 9000);
        QCOMPARE(read.exercises->answered[1].hintedAt, std::optional<qint64>(12000));
        QCOMPARE(read.exercises->answered[1].revealedAt, std::optional<qint64>(20000));
        QCOMPARE(read.exercises->lastMsecs(), 20000);

        const auto exercises = ExerciseRecord::embeddedExercises(read.trace->spec());
        QVERIFY(exercises);
        const ExerciseRecord::Restored restored = read.exercises->restore(std::make_shared<const Trace>(*read.trace), *exercises);
        QVERIFY2(restored.session, qPrintable(restored.problem.message()));
        const ExerciseSession &session = *restored.session;
        QCOMPARE(session.solvedCount(), 1);
        QCOMPARE(session.revealedCount(), 1);
        QCOMPARE(session.questions()[0].attempts[0].verdict, Verdict::Wrong);
        QCOMPARE(session.questions()[0].attempts[1].verdict, Verdict::Correct);
        QCOMPARE(session.current(), std::nullopt);
    }

    void aHalfDoneSessionResumesAtItsOpenQuestion()
    {
        const Run run(Student);
        ExerciseSession session(run.trace, run.exercises);
        session.answer(QStringLiteral("0.1"), 1500); // wrong: y is about 0.55
        savedFile(run, ExerciseRecord::of(session, Student));
        const TraceFile::ReadResult read = TraceFile::read(path(QStringLiteral("saved.dtrace")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        const auto restored = read.exercises->restore(std::make_shared<const Trace>(*read.trace), run.exercises);
        QVERIFY(restored.session);
        QCOMPARE(restored.session->current(), std::optional<int>(0));
        QCOMPARE(restored.session->questions()[0].wrongAttempts(), 1);
    }

    void aTraceWithoutARecordStillOpens()
    {
        const Run run(Student);
        QString error;
        QVERIFY2(TraceFile::write(*run.trace, path(QStringLiteral("plain.dtrace")), &error, TraceFile::Storage::Compact), qPrintable(error));
        const TraceFile::ReadResult read = TraceFile::read(path(QStringLiteral("plain.dtrace")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!read.exercises);
    }

    void anAnonymousSessionNeedsNoName()
    {
        const Run run{QString()}; // seed 0 is not the empty name's; without a name nothing is checked
        const ExerciseRecord record = workedRecord(run, QString());
        savedFile(run, record);
        const TraceFile::ReadResult read = TraceFile::read(path(QStringLiteral("saved.dtrace")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.exercises->student, QString());
    }

    // Hangul, and a Hanja outside the Basic Multilingual Plane (two UTF-16 halves).
    void aNameInAnyScriptIsKept()
    {
        const QString name = QStringLiteral("김\U00020000 민지");
        const Run run(name);
        savedFile(run, workedRecord(run, name));
        const TraceFile::ReadResult read = TraceFile::read(path(QStringLiteral("saved.dtrace")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.exercises->student, name);
    }

    void tamperingIsRefused_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("what");
        // Edits through ExerciseRecord itself recompute the digest, as a forger with
        // DeltaTrace's code would; the consistency checks must catch them.
        auto rewritten = [](const std::function<void(ExerciseRecord &)> &edit) {
            return Tamper([edit](const Run &run, const QJsonObject &) {
                ExerciseRecord record = workedRecord(run, Student);
                edit(record);
                return QJsonValue(record.toJson(run.trace->spec()));
            });
        };
        QTest::newRow("an answer edited by hand") << Tamper([](const Run &, const QJsonObject &o) {
            QJsonObject edited = o;
            QJsonArray answered = edited.value(QStringLiteral("answered")).toArray();
            QJsonObject first = answered[0].toObject();
            QJsonArray attempts = first.value(QStringLiteral("attempts")).toArray();
            attempts.removeFirst(); // the wrong answer never happened
            first.insert(QStringLiteral("attempts"), attempts);
            answered[0] = first;
            edited.insert(QStringLiteral("answered"), answered);
            return QJsonValue(edited);
        }) << "exercises.sha256" << "SHA-256";
        QTest::newRow("not an object") << Tamper([](const Run &, const QJsonObject &) { return QJsonValue(42); })
                                       << "exercises" << "JSON object";
        QTest::newRow("a neighbour's name") << rewritten([](ExerciseRecord &r) { r.student = Neighbour; })
                                            << "exercises.student" << "swapped";
        QTest::newRow("another question count") << rewritten([](ExerciseRecord &r) { r.questionCount = 3; })
                                                << "exercises.questions" << "ask 2";
        QTest::newRow("another exercise") << rewritten([](ExerciseRecord &r) { r.answered[1].exercise = 0; })
                                          << "exercises.answered[1]" << "the lesson asks";
        QTest::newRow("another element") << rewritten([](ExerciseRecord &r) { r.answered[0].element = 1; })
                                         << "exercises.answered[0]" << "the lesson asks";
        QTest::newRow("time backwards") << rewritten([](ExerciseRecord &r) { r.answered[0].attempts[1].msecs = 3000; })
                                        << "exercises.answered[0].attempts[1]" << "backwards";
        QTest::newRow("time backwards between questions") << rewritten([](ExerciseRecord &r) { r.answered[1].hintedAt = 8000; })
                                                          << "exercises.answered[1].hinted" << "backwards";
        QTest::newRow("negative time") << rewritten([](ExerciseRecord &r) { r.answered[0].attempts[0].msecs = -1; })
                                       << "exercises.answered[0].attempts[0]" << "milliseconds";
        QTest::newRow("an answer after the reveal")
            << rewritten([](ExerciseRecord &r) { r.answered[1].attempts.append({QStringLiteral("0.5"), 25000}); })
            << "exercises.answered[1].attempts[0]" << "after the answer was revealed";
        QTest::newRow("an answer after the right one")
            << rewritten([](ExerciseRecord &r) { r.answered[0].attempts.append({QStringLiteral("0.5"), 9500}); })
            << "exercises.answered[0].attempts[2]" << "after the right answer";
        QTest::newRow("a question skipped") << rewritten([](ExerciseRecord &r) { r.answered[0].attempts.removeLast(); })
                                            << "exercises.answered[1]" << "before the one before it";
        QTest::newRow("a long answer")
            << rewritten([](ExerciseRecord &r) { r.answered[0].attempts[0].typed = QString(ExerciseRecord::MaxAnswerChars + 1, QLatin1Char('1')); })
            << "exercises.answered[0].attempts[0]" << "at most 64";
        QTest::newRow("too many attempts") << rewritten([](ExerciseRecord &r) {
            r.answered[0].attempts = QList<ExerciseRecord::Attempt>(ExerciseRecord::MaxAttemptsPerQuestion + 1, {QStringLiteral("0"), 1});
        }) << "exercises.answered[0].attempts" << "at most 1000";
        QTest::newRow("an empty question") << rewritten([](ExerciseRecord &r) { r.answered[1] = ExerciseRecord::Question{1, 0, {}, {}, {}}; })
                                           << "exercises.answered[1]" << "must have an answer, a hint or a reveal";
    }

    void tamperingIsRefused()
    {
        QFETCH(Tamper, tamper);
        QFETCH(QString, key);
        QFETCH(QString, what);
        const Run run(Student);
        const QByteArray bytes = savedFile(run, workedRecord(run, Student));
        const QString file = writeBytes(QStringLiteral("tampered.dtrace"), withExercises(bytes, tamper(run, exercisesOf(bytes))));
        const TraceFile::ReadResult read = TraceFile::read(file);
        QVERIFY(!read.ok());
        QVERIFY(!read.exercises);
        QVERIFY2(read.error.startsWith(file + QStringLiteral(": ")), qPrintable(read.error));
        QVERIFY2(read.error.contains(QStringLiteral("(at key %1)").arg(key)), qPrintable(read.error));
        QVERIFY2(read.error.contains(what), qPrintable(read.error));
    }

    // A student who records a neighbour's run (or copies the neighbour's file) under their own
    // name hands in a seed that is not theirs.
    void aNeighboursRunUnderOnesOwnNameIsRefused()
    {
        const Run neighbours(Neighbour);
        ExerciseSession session(neighbours.trace, neighbours.exercises);
        session.answer(NumberFormat::value(session.questions()[0].truth), 1000);
        const ExerciseRecord record = ExerciseRecord::of(session, Student);
        // The writer refuses what no reader would accept.
        QString error;
        QVERIFY(!TraceFile::write(*neighbours.trace, path(QStringLiteral("swap.dtrace")), &error, TraceFile::Storage::Compact, &record));
        QVERIFY2(error.contains(QStringLiteral("swapped")), qPrintable(error));
        // Written by hand all the same, with a correct digest:
        QVERIFY(TraceFile::write(*neighbours.trace, path(QStringLiteral("swap.dtrace")), &error, TraceFile::Storage::Compact));
        QFile f(path(QStringLiteral("swap.dtrace")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString file = writeBytes(QStringLiteral("swap2.dtrace"), withExercises(f.readAll(), record.toJson(neighbours.trace->spec())));
        const TraceFile::ReadResult read = TraceFile::read(file);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(QStringLiteral("(at key exercises.student)")), qPrintable(read.error));
    }

    // Copied answers are graded against one's own numbers: they come out wrong.
    void aNeighboursAnswersAreWrongForOnesOwnRun()
    {
        const Run mine(Student);
        const Run neighbours(Neighbour);
        ExerciseSession session(mine.trace, mine.exercises);
        QCOMPARE(session.answer(NumberFormat::value(ExerciseSession(neighbours.trace, neighbours.exercises).questions()[0].truth), 1000),
                 Verdict::Wrong);
    }
};

QTEST_GUILESS_MAIN(TestExerciseRecord)
#include "tst_exerciserecord.moc"
