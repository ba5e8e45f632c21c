// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradecommand.h"

#include "answercheck.h"
#include "exerciserecord.h"
#include "regularfile.h"
#include "tracefile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace deltatrace {

namespace {

enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }

// "#2 0:1:v": the exercise's number in the lesson, then where the value is computed, as --goto
// names places (0-based epoch and sample, then the number as numpy indexes it).
QString exerciseLabel(const ExerciseSession::Question &q)
{
    return QStringLiteral("#%1 %2:%3:%4")
        .arg(q.exerciseIndex + 1)
        .arg(q.exercise.epoch)
        .arg(q.exercise.sample)
        .arg(QString::fromStdString(elementName(q.exercise.operation, q.element)));
}

// Seconds on the session's clock until the question was solved or revealed, or until the last
// answer of one still open; empty for a question not reached.
QString secondsOf(const ExerciseSession::Question &q)
{
    std::optional<qint64> at = q.revealedAt;
    if (!at && !q.attempts.isEmpty())
        at = q.attempts.last().msecs;
    return at ? QString::number(double(*at) / 1000.0, 'f', 1) : QString();
}

} // namespace

QString GradeCommand::header()
{
    return QStringLiteral("student,seed,exercise,answer,correct,attempts,time,revealed,hinted,file\n");
}

QString GradeCommand::field(const QString &text)
{
    QString out = text;
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection). A
    // plain number ("-0.25", an answer) is safe and stays a number.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!out.isEmpty() && formulaStarts.contains(out.front()) && !AnswerCheck::parse(out))
        out.prepend(QLatin1Char('\''));
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n'))
                       || out.contains(QLatin1Char('\r')) || (!out.isEmpty() && (out.front().isSpace() || out.back().isSpace()));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString GradeCommand::rows(const ExerciseSession &session, const QString &student, const QString &file)
{
    QString out;
    const QString seed = QString::number(session.trace()->spec().seed);
    for (const ExerciseSession::Question &q : session.questions()) {
        const QStringList cells{field(student),
                                seed,
                                field(exerciseLabel(q)),
                                field(q.attempts.isEmpty() ? QString() : q.attempts.last().typed),
                                yesNo(q.solved()),
                                QString::number(q.attempts.size()),
                                secondsOf(q),
                                yesNo(q.revealedAt.has_value()),
                                yesNo(q.hintedAt.has_value()),
                                field(QDir::toNativeSeparators(file))};
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

int GradeCommand::usageError(const QString &message)
{
    m_err << "deltatrace-cli: " << message << "\n"
          << "Try 'deltatrace-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int GradeCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (!parser.parse(QStringList{QStringLiteral("grade")} + args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QStringLiteral("grade needs at least one TRACE_FILE"));
    const bool toFile = parser.isSet(outOption);
    const QString outPath = parser.value(outOption);
    // Before any trace is read: never over a device, a folder or one of the traces graded.
    if (toFile) {
        if (const QString why = RegularFile::refusalToWrite(outPath, files); !why.isEmpty()) {
            m_err << "deltatrace-cli: " << QDir::toNativeSeparators(outPath) << ": " << why << "\n";
            m_err.flush();
            return RuntimeError;
        }
    }

    QString csv = header();
    int skipped = 0;
    for (const QString &file : files) {
        auto skip = [&](const QString &message) {
            m_err << "deltatrace-cli: skipped " << message << "\n";
            ++skipped;
        };
        TraceFile::ReadResult read = TraceFile::read(file);
        if (!read.ok()) {
            skip(read.error);
            continue;
        }
        if (!read.exercises) {
            skip(QStringLiteral("%1: no exercise record (the trace was saved without exercise mode)").arg(file));
            continue;
        }
        // Reading has replayed the record already; this is the same replay, kept.
        const auto exercises = ExerciseRecord::embeddedExercises(read.trace->spec());
        const ExerciseRecord::Restored restored =
            read.exercises->restore(std::make_shared<const Trace>(std::move(*read.trace)), exercises.value_or(QList<Exercise>()));
        if (!restored.session) {
            skip(QStringLiteral("%1: %2").arg(file, restored.problem.message()));
            continue;
        }
        csv += rows(*restored.session, read.exercises->student, file);
    }
    m_err.flush();

    if (!toFile) {
        m_out << csv;
        m_out.flush();
        return skipped > 0 ? RuntimeError : Success;
    }
    // Atomic: a failed write leaves no half-written grades. With a byte-order mark, so that a
    // spreadsheet reads the names as UTF-8 (Hangul included).
    QSaveFile out(outPath);
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << "deltatrace-cli: " << QDir::toNativeSeparators(outPath) << ": cannot write: " << out.errorString() << "\n";
        m_err.flush();
        return RuntimeError;
    }
    return skipped > 0 ? RuntimeError : Success;
}

} // namespace deltatrace
