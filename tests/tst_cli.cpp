// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// deltatrace-cli end to end, as a real process: what a user types, what they get back, and the
// exit status (0 success, 1 runtime error, 2 usage error). Hostile targets and arguments (issue
// 16): --out never replaces a device, a FIFO or the command's own input, numbers are plain,
// untrusted text in a message is quoted and cut, and nothing hangs.
#include "coursefixtures.h"
#include "exerciserecord.h"
#include "lessonlibrary.h"
#include "lessonloader.h"
#include "numberformat.h"
#include "studentseed.h"
#include "tracefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace deltatrace;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Every run has a deadline: a command that blocks (on a FIFO, say) fails the test instead of
// hanging it; exitCode stays -1.
Run cli(const QStringList &args, int timeoutMs = 120000, const QString &stdoutFile = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(DELTATRACE_CLI));
    p.setArguments(args);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString lesson(const char *name) { return QStringLiteral(DELTATRACE_LESSONS "/") + QLatin1String(name); }

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// What a path is, without following a symlink: "file", "char device", "fifo", "symlink", ...
QString kindOf(const QString &path)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("missing");
    if (S_ISREG(status.st_mode))
        return QStringLiteral("file");
    if (S_ISCHR(status.st_mode))
        return QStringLiteral("char device %1,%2").arg(major(status.st_rdev)).arg(minor(status.st_rdev));
    if (S_ISFIFO(status.st_mode))
        return QStringLiteral("fifo");
    if (S_ISLNK(status.st_mode))
        return QStringLiteral("symlink to ") + QFile::symLinkTarget(path);
    if (S_ISDIR(status.st_mode))
        return QStringLiteral("folder");
    return QStringLiteral("other");
}

QString repeated(char c, int n) { return QString(n, QLatin1Char(c)); }

// A student's saved exercise trace of lesson 1's forward pass (y of sample 0, then v of sample
// 1): a wrong answer and the right one at 4 s and 9 s, then the hint at 12 s and a reveal at 20 s.
void writeExerciseTrace(const QString &student, const QString &path)
{
    const LessonLoader::Result loaded = LessonLoader::loadFile(lesson("01-delta-rule.lesson.json"));
    Q_ASSERT(loaded.ok());
    const Experiment &experiment = loaded.lesson->experiments.first();
    const auto trace = fixtures::recordShared(LessonLibrary::specFor(*loaded.lesson, experiment, {StudentSeed::forName(student), {}, {}}));
    ExerciseSession session(trace, experiment.exercises);
    const double y = session.questions()[0].truth;
    session.answer(NumberFormat::value(y + 0.5), 4000);
    session.answer(NumberFormat::value(y), 9000);
    session.noteHint(12000);
    session.reveal(20000);
    const ExerciseRecord record = ExerciseRecord::of(session, student);
    QString error;
    if (!TraceFile::write(*trace, path, &error, TraceFile::Storage::Compact, &record))
        qFatal("%s", qPrintable(error));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QString m_trace; // a small delta-rule trace, the input of the export cases

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trace = path("input.dtrace");
        const Run r = cli({QStringLiteral("record"), lesson("01-delta-rule.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("delta-rule"), QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--out"), m_trace});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void helpAndVersionExitZero()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("record LESSON_FILE --experiment ID"));
        QVERIFY(help.out.contains("export TRACE_FILE --format jsonl|csv|py"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("deltatrace-cli "));
    }

    void listShowsEveryLessonAndExperiment()
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral(DELTATRACE_LESSONS)});
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"forward", "delta-rule", "delta-xor", "backprop-sigmoid", "backprop-ce"})
            QVERIFY2(r.out.contains(id), id);
        QVERIFY(r.out.indexOf("01-") < r.out.indexOf("02-"));
        QVERIFY(r.out.indexOf("02-") < r.out.indexOf("03-"));
        // Lessons 4-6 are general networks: their experiments say their layers and training.
        QVERIFY(r.out.indexOf("03-") < r.out.indexOf("04-"));
        QVERIFY(r.out.contains("layers=3-5-3-1 activations=tanh,tanh,sigmoid delta=ce batch=3 momentum=0"));
        QVERIFY(r.out.contains("layers=3-4-1 activations=sigmoid,sigmoid delta=sse batch=1 momentum=0.9"));
    }

    // A general network's lesson (format 2) is recorded, exported and explored like lessons 1-3.
    void generalLessonRecordsExportsAndExplores()
    {
        const QString trace = path("deep.dtrace");
        const Run rec = cli({QStringLiteral("record"), lesson("06-beyond-xor.lesson.json"), QStringLiteral("--experiment"),
                             QStringLiteral("deep"), QStringLiteral("--epochs"), QStringLiteral("4"), QStringLiteral("--out"), trace});
        QCOMPARE(rec.exitCode, 0);
        QVERIFY2(rec.out.contains("recorded 06-beyond-xor / deep: seed 0, alpha 0.3, 4 epochs, 48 sample steps"), rec.out);
        QVERIFY(rec.out.contains("outcome: learning") || rec.out.contains("outcome: stalled"));

        const Run jsonl = cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.exitCode, 0);
        QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 4 * 12);
        // Sample 2 ends the first mini-batch of 3: the update's values are there, not at sample 1.
        const QJsonObject middle = QJsonDocument::fromJson(lines[2]).object();
        const QJsonObject last = QJsonDocument::fromJson(lines[3]).object();
        QCOMPARE(last.value(u"sample").toInt(), 2);
        for (const char *key : {"v1", "y1", "v3", "y3", "e3", "delta3", "e1", "delta1", "dW1", "dW1_sum", "dW3_sum"}) {
            QVERIFY2(middle.contains(QLatin1String(key)), key);
            QVERIFY2(last.contains(QLatin1String(key)), key);
        }
        for (const char *key : {"dW1_avg", "W1", "W3"}) {
            QVERIFY2(!middle.contains(QLatin1String(key)), key);
            QVERIFY2(last.contains(QLatin1String(key)), key);
        }

        // The numpy script of the run, run by numpy, prints the outputs the recording printed.
        const QString script = path("deep.py");
        QCOMPARE(cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("py"), QStringLiteral("--out"), script}).exitCode, 0);
        QVERIFY(contents(script).contains("np.random.seed(0)"));
        QVERIFY(contents(script).contains("for epoch in range(4):"));
        if (QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"), {script});
            QVERIFY(python.waitForFinished(60000));
            if (python.exitCode() == 0) // without numpy the script cannot run; the rest still holds
                QVERIFY(python.readAllStandardOutput().contains("["));
        }

        const Run csv = cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"),
                             QStringLiteral("1:2")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.trimmed().split('\n').size(), 1 + 2 * 12);
        QVERIFY(csv.out.contains("W1[4,2]"));
        QCOMPARE(cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"),
                      QStringLiteral("1:9")}).exitCode, 2);

        const Run explore = cli({QStringLiteral("explore"), lesson("05-momentum.lesson.json"), QStringLiteral("--experiment"),
                                 QStringLiteral("momentum"), QStringLiteral("--seeds"), QStringLiteral("0:9"), QStringLiteral("--epochs"),
                                 QStringLiteral("300")});
        QCOMPARE(explore.exitCode, 0);
        QCOMPARE(explore.out.trimmed().split('\n').size(), 1 + 10);
        QVERIFY(explore.err.contains("10 seeds:"));

        // What does not apply to a general network is a usage error, before any work.
        QCOMPARE(cli({QStringLiteral("record"), lesson("06-beyond-xor.lesson.json"), QStringLiteral("--experiment"), QStringLiteral("deep"),
                      QStringLiteral("--full"), QStringLiteral("--out"), path("full.dtrace")}).exitCode, 2);
        const Run tooLong = cli({QStringLiteral("record"), lesson("06-beyond-xor.lesson.json"), QStringLiteral("--experiment"),
                                 QStringLiteral("deep"), QStringLiteral("--epochs"), QStringLiteral("9000000"), QStringLiteral("--out"),
                                 path("long.dtrace")});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.err.contains("at most 50000000"));
        QVERIFY(!QFile::exists(path("long.dtrace")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString l1 = lesson("01-delta-rule.lesson.json");
        QTest::newRow("no command") << QStringList{} << QByteArray("missing command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("train")} << QByteArray("unknown command");
        QTest::newRow("record without experiment") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--experiment");
        QTest::newRow("record without out") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule")} << QByteArray("--out");
        QTest::newRow("unknown experiment") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("nope"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("no experiment \"nope\" (it has: forward, delta-rule)");
        QTest::newRow("negative seed") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--seed"), QStringLiteral("-1"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--seed");
        QTest::newRow("seed above 2^32-1") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--seed"), QStringLiteral("4294967296"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--seed");
        QTest::newRow("zero epochs") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--epochs"), QStringLiteral("0"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--epochs");
        QTest::newRow("alpha not a number") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--alpha"), QStringLiteral("fast"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--alpha");
        QTest::newRow("alpha infinite") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--alpha"), QStringLiteral("inf"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--alpha");
        QTest::newRow("forward with epochs") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("forward"), QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("forward pass only");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--speed"), QStringLiteral("3")} << QByteArray("speed");
        QTest::newRow("export unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("xml")} << QByteArray("unknown --format");
        QTest::newRow("export bad range") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"), QStringLiteral("5:2")} << QByteArray("FROM:TO");

        // Numbers are plain (NumberArgument): integers are digits only, alpha a plain decimal.
        // Each refusal quotes what was typed.
        auto recordWith = [&](const char *option, const char *value) {
            return QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"),
                               QLatin1String(option), QString::fromUtf8(value), QStringLiteral("--out"), QStringLiteral("x.dtrace")};
        };
        const std::pair<const char *, const char *> badNumbers[] = {
            {"--seed", " 5"}, {"--seed", "5 "}, {"--seed", "+5"}, {"--seed", "0x10"}, {"--seed", "1e3"}, {"--seed", "5.0"},
            {"--seed", ""}, {"--seed", "Ù¥"}, // ARABIC-INDIC DIGIT FIVE
            {"--seed", "99999999999999999999999"},
            {"--epochs", " 3"}, {"--epochs", "+3"}, {"--epochs", "3abc"}, {"--epochs", "3.0"},
            {"--alpha", " 0.5"}, {"--alpha", "0.5 "}, {"--alpha", "+0.5"}, {"--alpha", "-0.5"}, {"--alpha", "0,5"},
            {"--alpha", "nan"}, {"--alpha", "inf"}, {"--alpha", "0x1p-3"}, {"--alpha", "1e400"}, {"--alpha", "1e-400"},
            {"--alpha", "."}, {"--alpha", "1e"}, {"--alpha", "0"}};
        auto refusal = [](const QByteArray &option) {
            if (option == "--seed")
                return QByteArray("--seed must be an integer from 0 to 4294967295 (digits only), not ");
            if (option == "--epochs")
                return QByteArray("--epochs must be an integer from 1 to 10000000 (digits only), not ");
            return QByteArray("--alpha must be a decimal number above 0, like 0.5 or 1e-3, not ");
        };
        for (const auto &[option, value] : badNumbers)
            QTest::addRow("%s '%s'", option, value) << recordWith(option, value) << refusal(option) + '"' + value + "\"\n";
        QTest::newRow("export --epochs ' 1:2'") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"), QStringLiteral(" 1:2")} << QByteArray("FROM:TO");
        QTest::newRow("export --epochs '+1:2'") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"), QStringLiteral("+1:2")} << QByteArray("FROM:TO");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.startsWith("deltatrace-cli: "));
        QVERIFY(!QFile::exists(QStringLiteral("x.dtrace")));
    }

    // The plain forms are all accepted, by the same rules as the window's options.
    void plainNumbersAreAccepted_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("summary");
        QTest::newRow("leading zeros") << QStringList{QStringLiteral("--seed"), QStringLiteral("007"), QStringLiteral("--epochs"), QStringLiteral("02")} << QByteArray("seed 7, alpha 0.9, 2 epochs");
        QTest::newRow("seed 2^32-1") << QStringList{QStringLiteral("--seed"), QStringLiteral("4294967295"), QStringLiteral("--epochs"), QStringLiteral("1")} << QByteArray("seed 4294967295,");
        QTest::newRow("alpha .5") << QStringList{QStringLiteral("--alpha"), QStringLiteral(".5"), QStringLiteral("--epochs"), QStringLiteral("1")} << QByteArray("alpha 0.5,");
        QTest::newRow("alpha 5.") << QStringList{QStringLiteral("--alpha"), QStringLiteral("5."), QStringLiteral("--epochs"), QStringLiteral("1")} << QByteArray("alpha 5,");
        QTest::newRow("alpha 1E-3") << QStringList{QStringLiteral("--alpha"), QStringLiteral("1E-3"), QStringLiteral("--epochs"), QStringLiteral("1")} << QByteArray("alpha 0.001,");
        QTest::newRow("alpha 2.5e+1") << QStringList{QStringLiteral("--alpha"), QStringLiteral("2.5e+1"), QStringLiteral("--epochs"), QStringLiteral("1")} << QByteArray("alpha 25,");
    }
    void plainNumbersAreAccepted()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, summary);
        const Run r = cli(QStringList{QStringLiteral("record"), lesson("01-delta-rule.lesson.json"), QStringLiteral("--experiment"),
                                      QStringLiteral("delta-rule"), QStringLiteral("--out"), path("plain.dtrace")} + options, 30000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(summary), r.out.constData());
    }

    // The command line says how a run ended, in words (RunOutcome; tst_runoutcome holds the
    // criteria to more starts).
    void recordSaysHowTheRunEnded_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("seed 0 solves XOR") << QStringList{QStringLiteral("--seed"), QStringLiteral("0")}
                                           << QByteArray("outcome: solved (every output is on its target's side of 0.5)\n");
        QTest::newRow("seed 14 stalls") << QStringList{QStringLiteral("--seed"), QStringLiteral("14")}
                                        << QByteArray("outcome: stalled (sample 3 is on the wrong side of 0.5 or near it, and the loss has been flat since epoch ");
        QTest::newRow("1000 epochs are not enough for seed 0")
            << QStringList{QStringLiteral("--epochs"), QStringLiteral("1000")}
            << QByteArray("outcome: learning (sample 3 is on the wrong side of 0.5 or near it, but the loss is still falling: more epochs would help)\n");
    }
    void recordSaysHowTheRunEnded()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, line);
        const Run r = cli(QStringList{QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                                      QStringLiteral("backprop-sigmoid"), QStringLiteral("--out"), path("outcome.dtrace")} + options, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(line), r.out.constData());
    }

    // export --format py writes the numpy script of the run (tst_numpyscript runs such scripts).
    void exportsANumpyScript()
    {
        const QString script = path("run.py");
        const Run r = cli({QStringLiteral("export"), m_trace, QStringLiteral("--format"), QStringLiteral("py"), QStringLiteral("--out"), script});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.startsWith("# DeltaTrace"), text.constData());
        QVERIFY2(text.contains("\nfor epoch in range(3):\n"), text.constData());
        const Run limited = cli({QStringLiteral("export"), m_trace, QStringLiteral("--format"), QStringLiteral("py"),
                                 QStringLiteral("--epochs"), QStringLiteral("0:1")});
        QCOMPARE(limited.exitCode, 2);
        QVERIFY2(limited.err.contains("--epochs does not apply to --format py"), limited.err.constData());
    }

    // --full keeps every value, where a recording can; the default file is compact.
    void fullKeepsEveryValue()
    {
        const QString compact = path("compact.dtrace"), full = path("full.dtrace");
        const QStringList run{QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                              QStringLiteral("backprop-ce"), QStringLiteral("--epochs"), QStringLiteral("1000")};
        QCOMPARE(cli(run + QStringList{QStringLiteral("--out"), compact}).exitCode, 0);
        const Run r = cli(run + QStringList{QStringLiteral("--full"), QStringLiteral("--out"), full});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("(every value kept)"), r.out.constData());
        QVERIFY(QFileInfo(compact).size() < 100000);
        QVERIFY(QFileInfo(full).size() > 1000 * 4 * 40 * 8);
        const TraceFile::ReadResult a = TraceFile::read(compact), b = TraceFile::read(full);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
        QVERIFY(a.trace->hasFullRecord() && b.trace->hasFullRecord());
        for (Quantity q : recordedQuantities(Rule::BackpropCrossEntropy))
            QVERIFY(fixtures::sameBits(a.trace->column(q), b.trace->column(q)));

        const Run tooLong = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                                 QStringLiteral("backprop-ce"), QStringLiteral("--epochs"), QStringLiteral("2000000"),
                                 QStringLiteral("--full"), QStringLiteral("--out"), path("never.dtrace")});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains("--full keeps every value, at most 160 MB"), tooLong.err.constData());
        QVERIFY(!QFileInfo::exists(path("never.dtrace")));
    }

    // explore: one CSV row per seed on stdout, the tally on stderr (tst_seedexplorer holds the
    // results to single runs).
    void exploreListsEverySeed()
    {
        const Run r = cli({QStringLiteral("explore"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("backprop-ce"), QStringLiteral("--seeds"), QStringLiteral("0:29")}, 120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 31);
        QCOMPARE(rows[0], QByteArray("seed,outcome,solved_from_epoch,final_mse,final_cross_entropy"));
        QVERIFY2(rows[1].startsWith("0,solved,"), rows[1].constData());
        QVERIFY2(rows[2].startsWith("1,stalled,,"), rows[2].constData());
        QVERIFY2(r.err.contains("30 seeds: solved "), r.err.constData());

        const Run json = cli({QStringLiteral("explore"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                              QStringLiteral("backprop-sigmoid"), QStringLiteral("--seeds"), QStringLiteral("14:14"),
                              QStringLiteral("--format"), QStringLiteral("jsonl")}, 60000);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY2(json.out.startsWith("{\"seed\": 14, \"outcome\": \"stalled\", \"solvedFromEpoch\": null,"), json.out.constData());
    }

    void exploreRefusesBadRanges_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--seeds"), QStringLiteral("9:3")} << QByteArray("--seeds takes FROM:TO");
        QTest::newRow("one number") << QStringList{QStringLiteral("--seeds"), QStringLiteral("9")} << QByteArray("--seeds takes FROM:TO");
        QTest::newRow("above 2^32-1") << QStringList{QStringLiteral("--seeds"), QStringLiteral("0:4294967296")} << QByteArray("--seeds takes FROM:TO");
        QTest::newRow("no seeds") << QStringList{} << QByteArray("explore needs --experiment ID and --seeds FROM:TO");
        QTest::newRow("format") << QStringList{QStringLiteral("--seeds"), QStringLiteral("0:1"), QStringLiteral("--format"), QStringLiteral("py")} << QByteArray("unknown --format");
    }
    void exploreRefusesBadRanges()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const Run r = cli(QStringList{QStringLiteral("explore"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                                      QStringLiteral("backprop-ce")} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // Text the user did not mean to be shown whole (a pasted file, a terminal escape) is quoted
    // and cut to InputLimits::MaxQuotedChars (40) in the one-line message. 100 000 characters:
    // Linux refuses a single argument above 128 KiB (MAX_ARG_STRLEN), so a 4 MB id cannot get
    // this far on the command line.
    void untrustedTextIsQuotedAndCut_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString l1 = lesson("01-delta-rule.lesson.json");
        const QString longId = repeated('a', 100000);
        const QByteArray cut = "\"" + QByteArray(40, 'a') + "...\"";
        QTest::newRow("long experiment id") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), longId, QStringLiteral("--out"), path("never.dtrace")}
                                            << QByteArray("has no experiment ") + cut + " (it has: forward, delta-rule)";
        QTest::newRow("experiment id with a terminal escape and a line end")
            << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("a\x1b[31mred\nb\u202e"), QStringLiteral("--out"), path("never.dtrace")}
            << QByteArray("has no experiment \"a\\u{001b}[31mred\\nb\\u{202e}\"");
        // The 40th character is the first half of a surrogate pair: the cut keeps the pair whole.
        QTest::newRow("cut inside a surrogate pair") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), repeated('a', 39) + QStringLiteral("\U0001F600b"), QStringLiteral("--out"), path("never.dtrace")}
                                                     << QByteArray("has no experiment \"") + QByteArray(39, 'a') + "...\" (it has";
        QTest::newRow("long command") << QStringList{repeated('c', 100000)} << QByteArray("unknown command \"") + QByteArray(40, 'c') + "...\"";
        QTest::newRow("long format") << QStringList{QStringLiteral("export"), m_trace, QStringLiteral("--format"), repeated('f', 100000)}
                                     << QByteArray("unknown --format \"") + QByteArray(40, 'f') + "...\"";
        QTest::newRow("long option") << QStringList{QStringLiteral("export"), m_trace, QStringLiteral("--") + repeated('o', 100000)}
                                     << QByteArray("unknown option \"") + QByteArray(40, 'o') + "...\"";
        QTest::newRow("long seed") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--seed"), repeated('9', 100000), QStringLiteral("--out"), path("never.dtrace")}
                                   << QByteArray("--seed must be an integer from 0 to 4294967295 (digits only), not \"") + QByteArray(40, '9') + "...\"";
    }
    void untrustedTextIsQuotedAndCut()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        // The message and the hint to --help; short, and no escape character reaches the terminal.
        QCOMPARE(r.err.count('\n'), 2);
        QVERIFY2(r.err.size() < 400, r.err.left(400).constData());
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(!QFile::exists(path("never.dtrace")));
    }

    // --out never turns a device node, a FIFO or a folder into a regular file, never follows a
    // dangling symlink, never replaces the command's own input; each refusal is one line naming
    // the file and the problem, exit 1, with the target exactly as it was.
    void outTargetsThatAreRefused_data()
    {
        QTest::addColumn<QString>("command"); // export or record
        QTest::addColumn<QString>("target");  // what the --out path is
        QTest::addColumn<QByteArray>("problem");
        const QByteArray notRegular = "is not a regular file (a device, a FIFO or a socket); refusing to replace it";
        for (const char *command : {"export", "record"}) {
            const QString c = QLatin1String(command);
            QTest::addRow("%s onto a character device like /dev/null", command) << c << QStringLiteral("char device") << notRegular;
            QTest::addRow("%s onto a FIFO", command) << c << QStringLiteral("fifo") << notRegular;
            QTest::addRow("%s onto a symlink to a FIFO", command) << c << QStringLiteral("symlink to fifo") << notRegular;
            QTest::addRow("%s onto a dangling symlink", command) << c << QStringLiteral("dangling symlink")
                                                                 << QByteArray("is a symbolic link to nothing; refusing to replace it");
            QTest::addRow("%s onto a folder", command) << c << QStringLiteral("folder") << QByteArray("is a folder; give a file name");
            QTest::addRow("%s onto its own input", command) << c << QStringLiteral("input")
                                                           << QByteArray("is the file being read; refusing to overwrite it (choose another name)");
            QTest::addRow("%s onto its own input, spelled ./", command) << c << QStringLiteral("input spelled ./")
                                                                       << QByteArray("is the file being read; refusing to overwrite it (choose another name)");
            QTest::addRow("%s onto a symlink to its own input", command) << c << QStringLiteral("symlink to input")
                                                                        << QByteArray("is the file being read; refusing to overwrite it (choose another name)");
        }
    }
    void outTargetsThatAreRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, target);
        QFETCH(QByteArray, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The input: a copy of the trace (export) or of lesson 1 (record), in the scratch folder.
        const bool exporting = command == QLatin1String("export");
        const QString input = dir.filePath(exporting ? QStringLiteral("t.dtrace") : QStringLiteral("l.lesson.json"));
        QVERIFY(QFile::copy(exporting ? m_trace : lesson("01-delta-rule.lesson.json"), input));
        const QByteArray inputBytes = contents(input);

        QString out = dir.filePath(QStringLiteral("out"));
        const QByteArray native = QFile::encodeName(out);
        if (target == QLatin1String("char device")) {
            if (geteuid() != 0)
                QSKIP("making a device node (mknod) needs root; CI runs as root");
            if (::mknod(native.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) // what /dev/null is
                QSKIP(qPrintable(QStringLiteral("mknod refused here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
        } else if (target == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(native.constData(), 0666) == 0);
        } else if (target == QLatin1String("symlink to fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0666) == 0);
            QVERIFY(QFile::link(QStringLiteral("fifo"), out));
        } else if (target == QLatin1String("dangling symlink")) {
            QVERIFY(QFile::link(QStringLiteral("nowhere"), out));
        } else if (target == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(out));
        } else if (target == QLatin1String("input")) {
            out = input;
        } else if (target == QLatin1String("input spelled ./")) {
            out = dir.path() + QStringLiteral("/./") + QFileInfo(input).fileName();
        } else if (target == QLatin1String("symlink to input")) {
            QVERIFY(QFile::link(QFileInfo(input).fileName(), out));
        }
        const QString kindBefore = kindOf(out);

        const QStringList args = exporting
            ? QStringList{QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out}
            : QStringList{QStringLiteral("record"), input, QStringLiteral("--experiment"), QStringLiteral("delta-rule"),
                          QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--out"), out};
        const Run r = cli(args, 30000);
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QCOMPARE(r.err, "deltatrace-cli: " + QFile::encodeName(out) + ": " + problem + '\n');
        QVERIFY(r.out.isEmpty());
        // Nothing changed: the target is what it was, the input has every byte, no stray file.
        QCOMPARE(kindOf(out), kindBefore);
        QCOMPARE(contents(input), inputBytes);
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : left)
            QVERIFY2(name == QLatin1String("out") || name == QLatin1String("fifo") || name == QFileInfo(input).fileName(), qPrintable(name));
    }

    // Export to a full standard output: the system's words, exit 1, not a silent success.
    void fullStandardOutputIsReported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full (Linux's always-full device) to send standard output to");
        const Run r = cli({QStringLiteral("export"), m_trace, QStringLiteral("--format"), QStringLiteral("jsonl")}, 30000,
                          QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("deltatrace-cli: standard output: cannot write: No space left on device\n"));
    }

    void runtimeErrorsExitOneWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing lesson file") << QStringList{QStringLiteral("record"), QStringLiteral("/nonexistent/l.lesson.json"), QStringLiteral("--experiment"), QStringLiteral("a"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("/nonexistent/l.lesson.json");
        QTest::newRow("missing trace file") << QStringList{QStringLiteral("export"), QStringLiteral("/nonexistent/t.dtrace"), QStringLiteral("--format"), QStringLiteral("csv")} << QByteArray("/nonexistent/t.dtrace");
        QTest::newRow("trace file that is a lesson") << QStringList{QStringLiteral("export"), lesson("01-delta-rule.lesson.json"), QStringLiteral("--format"), QStringLiteral("csv")} << QByteArray("01-delta-rule.lesson.json");
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("record"), lesson("01-delta-rule.lesson.json"), QStringLiteral("--experiment"), QStringLiteral("forward"), QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/x.dtrace")} << QByteArray("/nonexistent/dir/x.dtrace");
        QTest::newRow("list of a missing folder") << QStringList{QStringLiteral("list"), QStringLiteral("/nonexistent")} << QByteArray("not a folder");
    }
    void runtimeErrorsExitOneWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void recordThenExportJsonLines()
    {
        const QString trace = path("l3.dtrace");
        const Run rec = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                             QStringLiteral("backprop-ce"), QStringLiteral("--seed"), QStringLiteral("1"),
                             QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--alpha"), QStringLiteral("0.5"),
                             QStringLiteral("--out"), trace});
        QCOMPARE(rec.exitCode, 0);
        QVERIFY(QFile::exists(trace));

        const Run exp = cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(exp.exitCode, 0);
        const QList<QByteArray> lines = exp.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 * 4);
        const QJsonObject header = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(header.value(QLatin1String("lesson")).toString(), QStringLiteral("03-backprop-xor"));
        QCOMPARE(header.value(QLatin1String("experiment")).toString(), QStringLiteral("backprop-ce"));
        QCOMPARE(header.value(QLatin1String("seed")).toInt(), 1);
        QCOMPARE(header.value(QLatin1String("alpha")).toDouble(), 0.5);
        QCOMPARE(header.value(QLatin1String("epochs")).toInt(), 3);
        const QJsonObject init = header.value(QLatin1String("initial")).toObject();
        QVERIFY(init.contains(QLatin1String("W1")) && init.contains(QLatin1String("W2")));
        // np.random.seed(1); 2*np.random.random() - 1
        QCOMPARE(init.value(QLatin1String("W1")).toArray().first().toArray().first().toDouble(), 2 * 0.417022004702574 - 1);

        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QLatin1String("epoch")).toInt(), 2);
        QCOMPARE(last.value(QLatin1String("sample")).toInt(), 3);
        for (const char *key : {"x", "d", "v1", "y1", "v", "y", "e", "delta", "e1", "delta1", "dW1", "dW2", "W1", "W2"})
            QVERIFY2(last.contains(QLatin1String(key)), key);
    }

    void exportCsvToFileWithEpochRange()
    {
        const QString trace = path("l1.dtrace");
        QCOMPARE(cli({QStringLiteral("record"), lesson("01-delta-rule.lesson.json"), QStringLiteral("--experiment"),
                      QStringLiteral("delta-rule"), QStringLiteral("--epochs"), QStringLiteral("10"), QStringLiteral("--out"), trace}).exitCode, 0);
        const QString csv = path("part.csv");
        const Run r = cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--epochs"), QStringLiteral("2:4"), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 1 + 3 * 4);
        QVERIFY(rows[0].startsWith("epoch,sample,"));
        QVERIFY(rows[0].contains("\"W[0,0]\""));
        QVERIFY(rows[1].startsWith("2,0,"));
        QVERIFY(rows.last().startsWith("4,3,"));

        const Run outside = cli({QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--epochs"), QStringLiteral("8:12")});
        QCOMPARE(outside.exitCode, 2);
        QVERIFY(outside.err.contains("outside the trace"));
    }

    void hugeAlphaIsReportedNotACrash()
    {
        const Run r = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("backprop-ce"), QStringLiteral("--alpha"), QStringLiteral("1.7e308"),
                           QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--out"), path("blowup.dtrace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("stopped being finite"), r.out.constData());
    }

    // A saturated run says what stops: everything through the sigmoid for the squared error, but
    // not W2 for the cross-entropy delta, which has no slope factor.
    void saturationSaysWhatStops_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("squared error") << QStringLiteral("backprop-sigmoid") << QByteArray("learning through it stopped");
        QTest::newRow("cross-entropy") << QStringLiteral("backprop-ce") << QByteArray("so W2 keeps changing at every step");
    }
    void saturationSaysWhatStops()
    {
        QFETCH(QString, experiment);
        QFETCH(QByteArray, says);
        const Run r = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"), experiment,
                           QStringLiteral("--alpha"), QStringLiteral("1e6"), QStringLiteral("--out"), path("saturated.dtrace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("outcome: saturated ("), r.out.constData());
        QVERIFY2(r.out.contains(says), r.out.constData());
        QVERIFY2(r.out.contains(" exactly 0 or 1 at epoch "), r.out.constData());
    }

    void oneNeuronOnXorIsNotPromisedMoreEpochs()
    {
        const Run r = cli({QStringLiteral("record"), lesson("02-xor-single-neuron.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("delta-xor"), QStringLiteral("--out"), path("xor.dtrace")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("outcome: stalled ("), r.out.constData());
        QVERIFY2(r.out.contains("no number of epochs and no seed solves the task"), r.out.constData());
        QVERIFY2(!r.out.contains("more epochs or another seed may"), r.out.constData());
    }

    void oneEpochIsNotPlural()
    {
        const Run r = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("backprop-ce"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--out"),
                           path("one.dtrace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(", 1 epoch, 4 sample steps"), r.out.constData());
        QVERIFY2(!r.out.contains("1 epochs"), r.out.constData());
    }

    void gradeWritesARowPerQuestionAndSkipsBadFiles()
    {
        const QString kim = QStringLiteral("Kim Minji");
        // A name a spreadsheet would run as a formula, with a comma and quotes to quote.
        const QString formula = QStringLiteral("=HYPERLINK(\"http://x\"), Lee");
        writeExerciseTrace(kim, path("kim.dtrace"));
        writeExerciseTrace(formula, path("lee.dtrace"));
        QFile notATrace(path("notes.dtrace"));
        QVERIFY(notATrace.open(QIODevice::WriteOnly));
        notATrace.write("my answers: 0.55\n");
        notATrace.close();
        const Run r = cli({QStringLiteral("grade"), path("kim.dtrace"), path("notes.dtrace"), m_trace, path("lee.dtrace")});
        QCOMPARE(r.exitCode, 1); // some were skipped
        const QStringList errors = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].contains(path("notes.dtrace") + QStringLiteral(": not a DeltaTrace trace file")), qPrintable(errors[0]));
        QVERIFY2(errors[0].contains(QStringLiteral("(at byte 0)")), qPrintable(errors[0]));
        QVERIFY2(errors[1].contains(m_trace + QStringLiteral(": no exercise record")), qPrintable(errors[1]));

        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 + 2);
        QCOMPARE(lines[0], QStringLiteral("student,seed,exercise,answer,correct,attempts,time,revealed,hinted,file"));
        const QString kimSeed = QString::number(StudentSeed::forName(kim));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Kim Minji,%1,#1 0:0:y,").arg(kimSeed)), qPrintable(lines[1]));
        QVERIFY2(lines[1].endsWith(QStringLiteral(",yes,2,9.0,no,no,") + path("kim.dtrace")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Kim Minji,%1,#2 0:1:v,,no,0,20.0,yes,yes,").arg(kimSeed)), qPrintable(lines[2]));
        // Quoted, and defused with an apostrophe so that no spreadsheet runs it.
        const QString leeCell = QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\"), Lee\",%1,").arg(StudentSeed::forName(formula));
        QVERIFY2(lines[3].startsWith(leeCell + QStringLiteral("#1 0:0:y,")), qPrintable(lines[3]));
        QVERIFY2(lines[4].startsWith(leeCell + QStringLiteral("#2 0:1:v,")), qPrintable(lines[4]));
        // The two students worked out other numbers.
        QVERIFY(lines[1].section(QLatin1Char(','), 3, 3) != lines[3].section(QLatin1Char(','), 4, 4));
    }

    void gradeWritesAFileAtomically()
    {
        writeExerciseTrace(QStringLiteral("Kim Minji"), path("kim.dtrace"));
        const Run r = cli({QStringLiteral("grade"), path("kim.dtrace"), QStringLiteral("--out"), path("grades.csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QByteArray csv = contents(path("grades.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBFstudent,seed,"));
        QCOMPARE(csv.count('\n'), 3);
        // Never over one of the traces it grades.
        const Run over = cli({QStringLiteral("grade"), path("kim.dtrace"), QStringLiteral("--out"), path("kim.dtrace")});
        QCOMPARE(over.exitCode, 1);
        QVERIFY(TraceFile::read(path("kim.dtrace")).exercises.has_value());
        QCOMPARE(cli({QStringLiteral("grade")}).exitCode, 2);
    }

    void longRunShowsProgressOnStderr()
    {
        const Run r = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("backprop-ce"), QStringLiteral("--epochs"), QStringLiteral("2000000"),
                           QStringLiteral("--out"), path("long.dtrace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("recording:"), r.err.constData());
        QVERIFY(r.out.contains("(compact: recomputed and checked when opened)"));
        QVERIFY(QFileInfo(path("long.dtrace")).size() < 100000); // inputs and a digest, whatever the run's length
        QFile::remove(path("long.dtrace"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
