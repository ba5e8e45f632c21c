// deltatrace-cli end to end, as a real process: what a user types, what they get back, and the
// exit status (0 success, 1 runtime error, 2 usage error).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(DELTATRACE_CLI));
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString lesson(const char *name) { return QStringLiteral(DELTATRACE_LESSONS "/") + QLatin1String(name); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void helpAndVersionExitZero()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("record LESSON_FILE --experiment ID"));
        QVERIFY(help.out.contains("export TRACE_FILE --format jsonl|csv"));
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
        QTest::newRow("unknown experiment") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("nope"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("no experiment 'nope'");
        QTest::newRow("negative seed") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--seed"), QStringLiteral("-1"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--seed");
        QTest::newRow("seed above 2^32-1") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--seed"), QStringLiteral("4294967296"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--seed");
        QTest::newRow("zero epochs") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--epochs"), QStringLiteral("0"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--epochs");
        QTest::newRow("alpha not a number") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--alpha"), QStringLiteral("fast"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--alpha");
        QTest::newRow("alpha infinite") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("delta-rule"), QStringLiteral("--alpha"), QStringLiteral("inf"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("--alpha");
        QTest::newRow("forward with epochs") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--experiment"), QStringLiteral("forward"), QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--out"), QStringLiteral("x.dtrace")} << QByteArray("forward pass only");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("record"), l1, QStringLiteral("--speed"), QStringLiteral("3")} << QByteArray("speed");
        QTest::newRow("export unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("xml")} << QByteArray("unknown --format");
        QTest::newRow("export bad range") << QStringList{QStringLiteral("export"), QStringLiteral("t.dtrace"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--epochs"), QStringLiteral("5:2")} << QByteArray("FROM:TO");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.startsWith("deltatrace-cli: "));
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
        QVERIFY(rows[0].contains("W[0]") || rows[0].contains("W[0][0]"));
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

    void longRunShowsProgressOnStderr()
    {
        const Run r = cli({QStringLiteral("record"), lesson("03-backprop-xor.lesson.json"), QStringLiteral("--experiment"),
                           QStringLiteral("backprop-ce"), QStringLiteral("--epochs"), QStringLiteral("2000000"),
                           QStringLiteral("--out"), path("long.dtrace")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("recording:"), r.err.constData());
        QVERIFY(r.out.contains("epoch checkpoints"));
        QFile::remove(path("long.dtrace"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
