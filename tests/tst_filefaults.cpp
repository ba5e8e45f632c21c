// Saving never loses a learner's work: when a save fails (full disk, read-only folder, a folder
// that disappeared) the error is reported and any file already at that path stays as it was.
// A trace file replaced or truncated after it was opened does not disturb the trace in memory.
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
        QCOMPARE(contents(path), QByteArray("an earlier export\n"));
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
