// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving never loses a learner's work: when a save fails (full disk, read-only folder, a folder
// that disappeared) the error is reported and any file already at that path stays as it was.
// A trace file replaced or truncated after it was opened does not disturb the trace in memory.
// A full disk is reported in the system's words ("No space left on device"), never as Qt's
// "Unknown error".
#include "coursefixtures.h"
#include "traceexporter.h"
#include "tracefile.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace deltatrace;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small tmpfs gives a real "disk full" and a real read-only folder. Mounting needs root (CI
// runs as root); elsewhere these tests are skipped with that reason.
class TinyFilesystem
{
public:
    explicit TinyFilesystem(const QString &where, const char *size) : m_path(where)
    {
        if (geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + QLatin1String(size), QStringLiteral("tmpfs"), where}) == 0;
    }
    ~TinyFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool mounted() const { return m_mounted; }
    bool makeReadOnly() const
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path}) == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace

class TestFileFaults : public QObject
{
    Q_OBJECT
private slots:
    void diskFullKeepsTheOldTrace()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        TinyFilesystem fs(mountPoint, "256k");
        if (!fs.mounted())
            QSKIP("needs root to mount a 256 KiB tmpfs for a real disk-full error");
        const QString path = mountPoint + QStringLiteral("/lesson3.dtrace");
        QString error;
        const auto small = Trainer::record(fixtures::lesson3CrossEntropySpec(10));
        QVERIFY2(TraceFile::write(*small, path, &error), qPrintable(error));
        const QByteArray before = contents(path);

        const auto big = Trainer::record(fixtures::lesson3CrossEntropySpec(2000)); // ~1.7 MB: does not fit
        QVERIFY(!TraceFile::write(*big, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), before);
        QVERIFY(TraceFile::read(path).ok());
        // No temporary file is left behind to fill the disk further.
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void diskFullDuringExportKeepsTheOldExport()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        TinyFilesystem fs(mountPoint, "128k");
        if (!fs.mounted())
            QSKIP("needs root to mount a 128 KiB tmpfs for a real disk-full error");
        const QString path = mountPoint + QStringLiteral("/steps.csv");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export\n");
        }
        const auto trace = Trainer::record(fixtures::lesson3CrossEntropySpec(1000));
        QSaveFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        const bool written = TraceExporter::write(*trace, TraceExporter::Format::Csv, out, &error);
        const bool committed = written && out.commit();
        if (!written)
            out.cancelWriting();
        QVERIFY(!committed);
        // The export is larger than the disk: the write fails, and says why in the system's
        // words (QSaveFile's own errorString() would be "Unknown error").
        QVERIFY(!written);
        QCOMPARE(error, QStringLiteral("cannot write: No space left on device"));
        QCOMPARE(contents(path), QByteArray("an earlier export\n"));
    }

    // The same through deltatrace-cli, as a user meets it: one line naming the file and the
    // system's words, exit 1, the earlier file byte for byte, no temporary file left behind.
    void diskFullDuringCliCommandsIsReportedInTheSystemsWords_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("export --format csv --out") << QStringLiteral("export");
        QTest::newRow("record --out") << QStringLiteral("record");
    }
    void diskFullDuringCliCommandsIsReportedInTheSystemsWords()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        TinyFilesystem fs(mountPoint, "128k");
        if (!fs.mounted())
            QSKIP("needs root to mount a 128 KiB tmpfs for a real disk-full error");
        const QString trace = dir.filePath(QStringLiteral("big.dtrace")); // on the roomy disk
        QString error;
        QVERIFY2(TraceFile::write(*Trainer::record(fixtures::lesson3CrossEntropySpec(1000)), trace, &error), qPrintable(error));
        const bool exporting = command == QLatin1String("export");
        const QString path = mountPoint + (exporting ? QStringLiteral("/steps.csv") : QStringLiteral("/run.dtrace"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier file\n");
        }
        const QStringList args = exporting
            ? QStringList{QStringLiteral("export"), trace, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), path}
            : QStringList{QStringLiteral("record"), QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"),
                          QStringLiteral("--experiment"), QStringLiteral("backprop-ce"), QStringLiteral("--epochs"),
                          QStringLiteral("1000"), QStringLiteral("--full"), QStringLiteral("--out"), path}; // every value: 1.8 MB
        QProcess cli;
        cli.start(QStringLiteral(DELTATRACE_CLI), args);
        if (!cli.waitForFinished(60000)) {
            cli.kill();
            cli.waitForFinished(5000);
            QFAIL("deltatrace-cli did not finish within a minute");
        }
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("deltatrace-cli: " + QFile::encodeName(path) + ": "), err.constData());
        QVERIFY2(err.endsWith(": No space left on device\n"), err.constData());
        QCOMPARE(contents(path), QByteArray("an earlier file\n"));
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void readOnlyFolderIsReportedAndOldFileStays()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(mountPoint));
        TinyFilesystem fs(mountPoint, "1m");
        if (!fs.mounted())
            QSKIP("needs root to mount a tmpfs and make it read-only (root ignores folder permissions)");
        const QString path = mountPoint + QStringLiteral("/kept.dtrace");
        QString error;
        const auto trace = Trainer::record(fixtures::lesson3CrossEntropySpec(5));
        QVERIFY(TraceFile::write(*trace, path, &error));
        const QByteArray before = contents(path);
        QVERIFY(fs.makeReadOnly());
        QVERIFY(!TraceFile::write(*Trainer::record(fixtures::lesson3CrossEntropySpec(7)), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), before);
    }

    void folderThatDisappearedIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/t.dtrace");
        QVERIFY(QDir(folder).removeRecursively());
        QString error;
        QVERIFY(!TraceFile::write(*Trainer::record(fixtures::lesson3CrossEntropySpec(3)), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void pathWhoseParentIsAFileIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY(!TraceFile::write(*Trainer::record(fixtures::lesson3CrossEntropySpec(3)), file + QStringLiteral("/t.dtrace"), &error));
        QVERIFY(!error.isEmpty());
    }

    void traceReplacedAfterOpeningStaysIntactInMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("swap.dtrace"));
        QString error;
        const auto original = Trainer::record(fixtures::lesson3CrossEntropySpec(50));
        QVERIFY(TraceFile::write(*original, path, &error));
        const TraceFile::ReadResult opened = TraceFile::read(path);
        QVERIFY(opened.ok());

        // Truncate the file in place (what a careless copy over it does), then replace it.
        QVERIFY(QFile::resize(path, 10));
        const StepRecord last = opened.trace->step(opened.trace->stepCount() - 1);
        QCOMPARE(last.after, original->finalWeights());
        QVERIFY(QFile::remove(path));
        QFile replacement(path);
        QVERIFY(replacement.open(QIODevice::WriteOnly));
        replacement.write(QByteArray(4096, 'x'));
        replacement.close();
        for (long long i = 0; i < opened.trace->stepCount(); ++i)
            QCOMPARE(opened.trace->step(i).y, original->step(i).y);
        // Re-opening the replaced file is refused with a message, not a crash.
        const TraceFile::ReadResult again = TraceFile::read(path);
        QVERIFY(!again.ok());
        QVERIFY(again.error.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
