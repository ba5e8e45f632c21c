// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trace file: a recorded run goes to disk and comes back bit for bit, in either storage
// mode and for every rule; anything that is not a whole, intact trace file is refused with a
// message naming the file and what is wrong, never a crash, never a partial trace, and never an
// allocation the file's real size does not justify. Writing is atomic.
#include "coursefixtures.h"
#include "trainer.h"
#include "tracefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/stat.h>
#include <sys/resource.h>
#endif

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)

namespace {

TraceSpec lessonSpec(Rule rule, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    TraceSpec spec;
    spec.lessonId = QStringLiteral("03-backprop-xor");
    spec.experimentId = QStringLiteral("실험-%1").arg(QLatin1String(ruleName(rule).data()));
    // Bytes a text transfer would mangle: CR LF, a NUL, UTF-8.
    spec.lessonSource = QByteArray("{\"id\": \"03-backprop-xor\",\r\n \"title\": \"역전파\"}\n\0tail", 52);
    spec.rule = rule;
    spec.epochs = epochs;
    spec.alpha = alpha;
    spec.seed = seed;
    spec.X = fixtures::courseInputs();
    spec.D = fixtures::xorTargets();
    return spec;
}

using fixtures::record;
using fixtures::sameBits;

bool sameWeights(const Weights &a, const Weights &b)
{
    return sameBits({a.W.data(), 3}, {b.W.data(), 3}) && sameBits({a.W1.data(), 12}, {b.W1.data(), 12})
        && sameBits({a.W2.data(), 4}, {b.W2.data(), 4});
}

// Every field, every stored array and (for small traces) every step, bit for bit.
QString difference(const Trace &a, const Trace &b)
{
    const TraceSpec &s = a.spec(), &t = b.spec();
    if (s.lessonId != t.lessonId || s.experimentId != t.experimentId)
        return QStringLiteral("ids");
    if (s.lessonSource != t.lessonSource)
        return QStringLiteral("lessonSource");
    if (s.rule != t.rule || s.seed != t.seed || s.epochs != t.epochs || !sameBits(s.alpha, t.alpha))
        return QStringLiteral("parameters");
    if (!sameBits({s.X.data(), 12}, {t.X.data(), 12}) || !sameBits({s.D.data(), 4}, {t.D.data(), 4}))
        return QStringLiteral("X or D");
    if (!sameWeights(a.initialWeights(), b.initialWeights()) || !sameWeights(a.finalWeights(), b.finalWeights()))
        return QStringLiteral("initial or final weights");
    if (a.hasFullRecord() != b.hasFullRecord())
        return QStringLiteral("storage mode");
    if (a.firstNonFiniteStep() != b.firstNonFiniteStep() || a.firstNonFiniteQuantity() != b.firstNonFiniteQuantity()
        || a.firstSaturatedStep() != b.firstSaturatedStep())
        return QStringLiteral("first non-finite or saturated step");
    for (int q = 0; q < QuantityCount; ++q)
        if (!sameBits(a.column(Quantity(q)), b.column(Quantity(q))))
            return QStringLiteral("column %1").arg(QLatin1String(quantityName(Quantity(q)).data()));
    if (!sameBits(a.checkpoints(), b.checkpoints()))
        return QStringLiteral("checkpoints");
    if (!sameBits(a.summaries(), b.summaries()))
        return QStringLiteral("summaries");
    if (a.stepCount() <= 4000) {
        for (long long i = 0; i < a.stepCount(); ++i) {
            const StepRecord x = a.step(i), y = b.step(i);
            for (Quantity q : recordedQuantities(a.rule()))
                if (!sameBits(x.values(q), y.values(q)))
                    return QStringLiteral("step %1").arg(i);
            if (!sameWeights(x.before, y.before) || !sameWeights(x.after, y.after))
                return QStringLiteral("weights of step %1").arg(i);
        }
    }
    return {};
}

// The standard CRC-32 written out here, independently of zlib: the file must use exactly it.
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

struct Parts
{
    quint32 version = 0;
    QJsonObject header;
    QByteArray body; // everything after the header, without the checksum
};

Parts split(const QByteArray &file)
{
    Parts p;
    p.version = u32At(file, 8);
    const quint32 length = u32At(file, 12);
    p.header = QJsonDocument::fromJson(file.mid(16, length)).object();
    p.body = file.mid(16 + length, file.size() - 16 - length - 4);
    return p;
}

// A file from parts, with the header text given as is and a correct checksum.
QByteArray assemble(quint32 version, const QByteArray &headerText, const QByteArray &body)
{
    QByteArray file = QByteArray(TraceFile::Magic, 8) + u32(version) + u32(quint32(headerText.size())) + headerText + body;
    return file + u32(crc32Of(file));
}

QByteArray assemble(const Parts &p)
{
    return assemble(p.version, QJsonDocument(p.header).toJson(QJsonDocument::Compact), p.body);
}

QByteArray writtenBytes(const Trace &trace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.dtrace"));
    QString error;
    if (!TraceFile::write(trace, path, &error))
        qFatal("write failed: %s", qPrintable(error));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot reopen");
    return f.readAll();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString Name = QStringLiteral("test.dtrace");

} // namespace

class TestTraceFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsBitIdentical_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<bool>("full");
        const struct { const char *name; Rule rule; int epochs; } rules[] = {
            {"forward", Rule::Forward, 1},
            {"delta-rule", Rule::DeltaRule, 300},
            {"backprop-sigmoid", Rule::BackpropSigmoid, 300},
            {"backprop-ce", Rule::BackpropCrossEntropy, 300},
        };
        for (const auto &r : rules) {
            QTest::addRow("%s full", r.name) << r.rule << r.epochs << 0.9 << true;
            QTest::addRow("%s checkpoints", r.name) << r.rule << r.epochs << 0.9 << false;
        }
        // Values that overflowed: inf, -inf and nan (with their payloads) must come back as they were.
        QTest::addRow("backprop-ce blow-up, full") << Rule::BackpropCrossEntropy << 10 << -1.7e308 << true;
        QTest::addRow("backprop-ce blow-up, checkpoints") << Rule::BackpropCrossEntropy << 10 << -1.7e308 << false;
        QTest::addRow("backprop-ce alpha 1.7e308") << Rule::BackpropCrossEntropy << 5 << 1.7e308 << true;
    }

    void roundTripIsBitIdentical()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        QFETCH(double, alpha);
        QFETCH(bool, full);
        const Trace original = record(lessonSpec(rule, epochs, alpha, 7), full);
        if (alpha < -1e300)
            QVERIFY(original.firstNonFiniteStep() >= 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dtrace"));
        QString error;
        QVERIFY2(TraceFile::write(original, path, &error), qPrintable(error));
        const TraceFile::ReadResult read = TraceFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.error.isEmpty());
        const QString diff = difference(original, *read.trace);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The same bytes parsed from memory give the same trace; writing it again gives the same bytes.
        const QByteArray bytes = fileBytes(path);
        const TraceFile::ReadResult parsed = TraceFile::parse(bytes, Name);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(difference(original, *parsed.trace).isEmpty());
        QCOMPARE(writtenBytes(*parsed.trace), bytes);
    }

    // A compact trace keeps the run's inputs and a digest; reading it recomputes the run, which
    // is the recorded run bit for bit (with a full record where a recording would keep one).
    void compactTracesRecomputeTheRun_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<double>("alpha");
        QTest::newRow("forward") << Rule::Forward << 1 << 0.9;
        QTest::newRow("delta-rule") << Rule::DeltaRule << 300 << 0.9;
        QTest::newRow("backprop-sigmoid") << Rule::BackpropSigmoid << 300 << 0.9;
        QTest::newRow("backprop-ce") << Rule::BackpropCrossEntropy << 10000 << 0.9;
        QTest::newRow("backprop-ce blow-up") << Rule::BackpropCrossEntropy << 10 << -1.7e308;
    }
    void compactTracesRecomputeTheRun()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        QFETCH(double, alpha);
        const Trace original = record(lessonSpec(rule, epochs, alpha, 7), true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dtrace"));
        QString error;
        QVERIFY2(TraceFile::write(original, path, &error, TraceFile::Storage::Compact), qPrintable(error));
        const QByteArray bytes = fileBytes(path);
        // Inputs only: the preamble, the header, the lesson, the parameters and the digest.
        const Parts parts = split(bytes);
        QCOMPARE(parts.version, 2u);
        QCOMPARE(parts.header.value(QLatin1String("storage")).toString(), QStringLiteral("compact"));
        QCOMPARE(parts.body.size(), qsizetype(52 + 8 * (17 + 2 * Trace::weightCount(rule)) + 8));
        const TraceFile::ReadResult read = TraceFile::parse(bytes, Name);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const QString diff = difference(original, *read.trace);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The trace read back, and a checkpoints-only recording of the same run, write the same file.
        const QString second = dir.filePath(QStringLiteral("again.dtrace"));
        QVERIFY(TraceFile::write(*read.trace, second, &error, TraceFile::Storage::Compact));
        QCOMPARE(fileBytes(second), bytes);
        QVERIFY(TraceFile::write(record(lessonSpec(rule, epochs, alpha, 7), false), second, &error, TraceFile::Storage::Compact));
        QCOMPARE(fileBytes(second), bytes);
    }

    // A compact trace whose digest is not the recomputed run's was recorded with other
    // arithmetic: its numbers are not shown, and the message says why.
    void aCompactTraceOfOtherArithmeticIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dtrace"));
        QString error;
        QVERIFY(TraceFile::write(record(lessonSpec(Rule::BackpropSigmoid, 100), false), path, &error, TraceFile::Storage::Compact));
        Parts p = split(fileBytes(path));
        p.body[p.body.size() - 1] = char(p.body[p.body.size() - 1] ^ 0x01); // the digest's last byte
        const TraceFile::ReadResult r = TraceFile::parse(assemble(p), Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("recorded by a DeltaTrace whose arithmetic differs from this one's")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("(at byte %1)").arg(16 + u32At(fileBytes(path), 12) + p.body.size() - 8)), qPrintable(r.error));
    }

    void compactStorageNeedsFormat2_data()
    {
        QTest::addColumn<quint32>("version");
        QTest::addColumn<QJsonValue>("storage");
        QTest::addColumn<bool>("fullRecord");
        QTest::newRow("in format 1") << 1u << QJsonValue(QStringLiteral("compact")) << false;
        QTest::newRow("another word") << 2u << QJsonValue(QStringLiteral("full")) << false;
        QTest::newRow("not a string") << 2u << QJsonValue(1) << false;
        QTest::newRow("with a full record") << 2u << QJsonValue(QStringLiteral("compact")) << true;
    }
    void compactStorageNeedsFormat2()
    {
        QFETCH(quint32, version);
        QFETCH(QJsonValue, storage);
        QFETCH(bool, fullRecord);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dtrace"));
        QString error;
        QVERIFY(TraceFile::write(record(lessonSpec(Rule::DeltaRule, 3), false), path, &error, TraceFile::Storage::Compact));
        Parts p = split(fileBytes(path));
        p.version = version;
        p.header.insert(QStringLiteral("storage"), storage);
        p.header.insert(QStringLiteral("fullRecord"), fullRecord);
        const TraceFile::ReadResult r = TraceFile::parse(assemble(p), Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("'storage' may only be")), qPrintable(r.error));
    }

    // Files written when format 1 was introduced (tests/data/traces) read back as the same
    // trace as a fresh recording: later versions must keep reading them.
    void version1FilesStayReadable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<bool>("full");
        QTest::newRow("delta-rule, full") << QStringLiteral("v1-delta-rule-full.dtrace") << Rule::DeltaRule << true;
        QTest::newRow("backprop-ce, checkpoints") << QStringLiteral("v1-backprop-ce-checkpoints.dtrace") << Rule::BackpropCrossEntropy << false;
    }

    void version1FilesStayReadable()
    {
        QFETCH(QString, file);
        QFETCH(Rule, rule);
        QFETCH(bool, full);
        const TraceFile::ReadResult r = TraceFile::read(QStringLiteral(DELTATRACE_TEST_DATA "/traces/") + file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString diff = difference(record(lessonSpec(rule, 2, 0.9, 7), full), *r.trace);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void emptyLessonSourceRoundTrips()
    {
        TraceSpec spec = lessonSpec(Rule::DeltaRule, 3);
        spec.lessonSource.clear();
        spec.lessonId.clear();
        const Trace original = record(spec, true);
        const TraceFile::ReadResult r = TraceFile::parse(writtenBytes(original), Name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.trace->spec().lessonSource.isEmpty());
        QVERIFY(difference(original, *r.trace).isEmpty());
    }

    // The layout documented in tracefile.cpp, checked byte by byte by an independent reader.
    void layoutIsAsDocumented_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("full") << true;
        QTest::newRow("checkpoints") << false;
    }

    void layoutIsAsDocumented()
    {
        QFETCH(bool, full);
        const TraceSpec spec = lessonSpec(Rule::BackpropCrossEntropy, 5, 0.5, 1);
        const Trace trace = record(spec, full);
        const QByteArray file = writtenBytes(trace);
        QCOMPARE(file.left(8), QByteArray("DTRACE\r\n"));
        QCOMPARE(u32At(file, 8), 1u);
        QCOMPARE(u32At(file, file.size() - 4), crc32Of(file.left(file.size() - 4)));

        const Parts p = split(file);
        const QJsonObject &h = p.header;
        QCOMPARE(h.value(QLatin1String("lessonId")).toString(), spec.lessonId);
        QCOMPARE(h.value(QLatin1String("experimentId")).toString(), spec.experimentId);
        QCOMPARE(h.value(QLatin1String("rule")).toString(), QStringLiteral("backprop-ce"));
        QCOMPARE(h.value(QLatin1String("seed")).toInteger(), 1);
        QCOMPARE(h.value(QLatin1String("epochs")).toInteger(), 5);
        QCOMPARE(h.value(QLatin1String("alpha")).toDouble(), 0.5);
        QCOMPARE(h.value(QLatin1String("fullRecord")).toBool(), full);
        QCOMPARE(h.value(QLatin1String("X")).toArray().at(1).toArray().at(1).toDouble(), 1.0);
        QCOMPARE(h.value(QLatin1String("D")).toArray().size(), 4);
        QCOMPARE(h.value(QLatin1String("initial")).toObject().value(QLatin1String("W1")).toArray().at(0).toArray().at(0).toDouble(),
                 trace.initialWeights().W1(0, 0));

        // Blocks: names and sizes, and their contents where the documentation puts them.
        const QJsonArray blocks = h.value(QLatin1String("blocks")).toArray();
        QStringList names;
        qint64 total = 0;
        for (const QJsonValue &b : blocks) {
            names << b.toObject().value(QLatin1String("name")).toString();
            total += b.toObject().value(QLatin1String("bytes")).toInteger();
        }
        QStringList expected{QStringLiteral("lesson-source"), QStringLiteral("parameters")};
        if (full)
            for (Quantity q : recordedQuantities(spec.rule))
                expected << QStringLiteral("column:") + QLatin1String(quantityName(q).data());
        expected << QStringLiteral("checkpoints") << QStringLiteral("summaries");
        QCOMPARE(names, expected);
        QCOMPARE(p.body.size(), total);
        QCOMPARE(p.body.left(spec.lessonSource.size()), spec.lessonSource);
        const char *parameters = p.body.constData() + spec.lessonSource.size();
        double alpha = 0, w2last = 0;
        std::memcpy(&alpha, parameters, 8);
        std::memcpy(&w2last, parameters + 8 * (17 + 16 + 15), 8);
        QVERIFY(sameBits(alpha, 0.5));
        QVERIFY(sameBits(w2last, trace.finalWeights().W2(0, 3)));
        const auto summaryBytes = static_cast<qsizetype>(trace.summaries().size_bytes());
        QCOMPARE(file.mid(file.size() - 4 - summaryBytes, summaryBytes),
                 QByteArray(reinterpret_cast<const char *>(trace.summaries().data()), summaryBytes));
    }

    void truncatedAtEveryOffsetIsRefused_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<int>("epochs");
        QTest::newRow("forward") << Rule::Forward << 1;
        QTest::newRow("delta-rule, 2 epochs") << Rule::DeltaRule << 2;
    }

    void truncatedAtEveryOffsetIsRefused()
    {
        QFETCH(Rule, rule);
        QFETCH(int, epochs);
        const QByteArray file = writtenBytes(record(lessonSpec(rule, epochs), true));
        QVERIFY(TraceFile::parse(file, Name).ok());
        for (qsizetype length = 0; length < file.size(); ++length) {
            const TraceFile::ReadResult r = TraceFile::parse(file.left(length), Name);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("a file cut to %1 bytes was accepted").arg(length)));
            QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ")), qPrintable(r.error));
        }
        // The messages say what happened.
        QVERIFY(TraceFile::parse(file.left(0), Name).error.contains(QLatin1String("empty")));
        QVERIFY(TraceFile::parse(file.left(12), Name).error.contains(QLatin1String("too short")));
        QVERIFY(TraceFile::parse(file.left(40), Name).error.contains(QLatin1String("beyond the end of the file")));
        const TraceFile::ReadResult cut = TraceFile::parse(file.left(file.size() - 9), Name);
        QVERIFY2(cut.error.contains(QLatin1String("truncated")), qPrintable(cut.error));
        QVERIFY2(cut.error.contains(QString::number(file.size())), qPrintable(cut.error));

        // And from disk, for a sample of the offsets.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.dtrace"));
        for (qsizetype length = 0; length < file.size(); length += 37) {
            QVERIFY(writeBytes(path, file.left(length)));
            const TraceFile::ReadResult r = TraceFile::read(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        }
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray file = writtenBytes(record(lessonSpec(Rule::DeltaRule, 2), true));
        int checksumErrors = 0;
        for (qsizetype at = 0; at < file.size(); ++at) {
            for (char mask : {char(0x01), char(0x80), char(0xFF)}) {
                QByteArray bad = file;
                bad[at] = char(bad[at] ^ mask);
                const TraceFile::ReadResult r = TraceFile::parse(bad, Name);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flipping byte %1 with %2 was not noticed").arg(at).arg(int(uchar(mask)))));
                QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ")), qPrintable(r.error));
                checksumErrors += r.error.contains(QLatin1String("corrupted: checksum mismatch")) ? 1 : 0;
            }
        }
        // Most of the file is data, which only the checksum can vouch for.
        QVERIFY(checksumErrors > file.size());

        // A flip in the data: the checksum names itself and where it is.
        QByteArray bad = file;
        bad[file.size() - 20] = char(bad[file.size() - 20] ^ 0x10);
        const QString error = TraceFile::parse(bad, Name).error;
        QVERIFY2(error.contains(QLatin1String("corrupted: checksum mismatch")), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("(at byte %1)").arg(file.size() - 4)), qPrintable(error));
    }

    void otherFilesAreNotTraceFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString notTrace = QStringLiteral("not a DeltaTrace trace file");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("the file is empty, not a DeltaTrace trace file");
        QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
                             << notTrace + QStringLiteral(" (a trace file starts with \"DTRACE\") (at byte 0)");
        QTest::newRow("text file") << QByteArray("DeltaTrace notes\nremember to record lesson 3\n")
                                   << notTrace + QStringLiteral(" (a trace file starts with \"DTRACE\") (at byte 1)");
        QTest::newRow("short text") << QByteArray("hi\n") << notTrace;
        QTest::newRow("lesson file") << QByteArray("{\"id\": \"01-delta-rule\", \"experiments\": []}\n") << notTrace;
        QTest::newRow("magic only") << QByteArray("DTRACE\r\n") << QStringLiteral("too short for a DeltaTrace trace file: 8 bytes");
        QTest::newRow("line ends rewritten") << QByteArray("DTRACE\n\x01\x00\x00\x00\x10\x00\x00\x00{}", 18)
                                             << notTrace + QStringLiteral(" (a trace file starts with \"DTRACE\") (at byte 6)");
    }

    void otherFilesAreNotTraceFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const TraceFile::ReadResult r = TraceFile::parse(bytes, Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ") + message), qPrintable(r.error));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.dtrace"));
        QVERIFY(writeBytes(path, bytes));
        const TraceFile::ReadResult fromDisk = TraceFile::read(path);
        QVERIFY(!fromDisk.ok());
        QCOMPARE(fromDisk.error, path + r.error.mid(Name.size()));
    }

    void newerVersionIsRefused()
    {
        const QByteArray file = writtenBytes(record(lessonSpec(Rule::DeltaRule, 2), true));
        Parts p = split(file);
        p.version = TraceFile::Version + 1;
        const TraceFile::ReadResult r = TraceFile::parse(assemble(p), Name);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Name + QStringLiteral(": written by a newer version of DeltaTrace (trace format %1; this version reads format %2) (at byte 8)")
                                     .arg(TraceFile::Version + 1).arg(TraceFile::Version));
        p.version = 0;
        QVERIFY(TraceFile::parse(assemble(p), Name).error.contains(QLatin1String("unknown trace format version 0")));
    }

    // A 1 KB file whose header claims a run of 10 million epochs with a full record (16 GB):
    // the sizes are compared before anything is allocated. Under a 1 GB address-space limit an
    // attempt to allocate would throw and fail the test.
    void hugeDeclaredSizesAreRefusedBeforeAllocating()
    {
        Parts p = split(writtenBytes(record(lessonSpec(Rule::BackpropCrossEntropy, 1), true)));
        const qint64 epochs = 10'000'000;
        p.header.insert(QStringLiteral("epochs"), epochs);
        QJsonArray blocks = p.header.value(QLatin1String("blocks")).toArray();
        qint64 declared = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QJsonObject b = blocks.at(i).toObject();
            const QString name = b.value(QLatin1String("name")).toString();
            if (name.startsWith(QLatin1String("column:")) || name == QLatin1String("checkpoints") || name == QLatin1String("summaries"))
                b.insert(QStringLiteral("bytes"), b.value(QLatin1String("bytes")).toInteger() * epochs);
            declared += b.value(QLatin1String("bytes")).toInteger();
            blocks.replace(i, b);
        }
        p.header.insert(QStringLiteral("blocks"), blocks);
        const QByteArray file = assemble(p);
        const QByteArray headerText = QJsonDocument(p.header).toJson(QJsonDocument::Compact);
        declared += 16 + headerText.size() + 4;
        QVERIFY(declared > (qint64(16) << 30));

        TraceFile::ReadResult r;
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_AS, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = std::min<rlim_t>(old.rlim_max, rlim_t(6) << 30); // far below 16 GB
        QCOMPARE(setrlimit(RLIMIT_AS, &limited), 0);
        r = TraceFile::parse(file, Name);
        QCOMPARE(setrlimit(RLIMIT_AS, &old), 0);
#else
        r = TraceFile::parse(file, Name);
#endif
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Name + QStringLiteral(": truncated: the file is %1 bytes, but its header declares %2 bytes (at byte %1)")
                                     .arg(file.size()).arg(declared));
    }

    void invalidHeadersAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown rule") << QStringLiteral("rule") << QJsonValue(QStringLiteral("hebbian")) << QStringLiteral("unknown rule 'hebbian'");
        QTest::newRow("rule not a string") << QStringLiteral("rule") << QJsonValue(3) << QStringLiteral("'rule' must be a string");
        QTest::newRow("missing rule") << QStringLiteral("rule") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("'rule' is missing");
        QTest::newRow("missing blocks") << QStringLiteral("blocks") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("'blocks' is missing");
        QTest::newRow("epochs 0") << QStringLiteral("epochs") << QJsonValue(0) << QStringLiteral("'epochs' must be a whole number from 1 to 10000000");
        QTest::newRow("epochs 10000001") << QStringLiteral("epochs") << QJsonValue(10000001) << QStringLiteral("'epochs' must be");
        QTest::newRow("epochs 1.5") << QStringLiteral("epochs") << QJsonValue(1.5) << QStringLiteral("'epochs' must be");
        QTest::newRow("epochs a string") << QStringLiteral("epochs") << QJsonValue(QStringLiteral("2")) << QStringLiteral("'epochs' must be");
        QTest::newRow("seed -1") << QStringLiteral("seed") << QJsonValue(-1) << QStringLiteral("'seed' must be a whole number from 0 to 4294967295");
        QTest::newRow("seed 2^32") << QStringLiteral("seed") << QJsonValue(qint64(4294967296)) << QStringLiteral("'seed' must be");
        QTest::newRow("alpha null (not finite)") << QStringLiteral("alpha") << QJsonValue(QJsonValue::Null) << QStringLiteral("'alpha' must be a finite number");
        QTest::newRow("alpha a string") << QStringLiteral("alpha") << QJsonValue(QStringLiteral("fast")) << QStringLiteral("'alpha' must be a finite number");
        QTest::newRow("X 3 rows") << QStringLiteral("X") << QJsonValue(QJsonArray{QJsonArray{0, 0, 1}, QJsonArray{0, 1, 1}, QJsonArray{1, 0, 1}})
                                  << QStringLiteral("'X' must be 4 rows of 3 numbers");
        QTest::newRow("D of strings") << QStringLiteral("D") << QJsonValue(QJsonArray{QStringLiteral("a"), 1, 1, 0}) << QStringLiteral("'D' must be");
        QTest::newRow("initial of another network") << QStringLiteral("initial") << QJsonValue(QJsonObject{{QStringLiteral("W1"), QJsonArray{}}})
                                                    << QStringLiteral("'initial' must hold the weights W (1 x 3)");
        QTest::newRow("fullRecord a number") << QStringLiteral("fullRecord") << QJsonValue(1) << QStringLiteral("'fullRecord' must be true or false");
        QTest::newRow("firstNonFiniteStep beyond the run") << QStringLiteral("firstNonFiniteStep") << QJsonValue(8) << QStringLiteral("'firstNonFiniteStep' must be -1 or a step of the run (0 to 7)");
        QTest::newRow("quantity the rule lacks") << QStringLiteral("firstNonFiniteQuantity") << QJsonValue(QStringLiteral("dW1")) << QStringLiteral("'firstNonFiniteQuantity' must name");
        QTest::newRow("firstSaturatedStep -2") << QStringLiteral("firstSaturatedStep") << QJsonValue(-2) << QStringLiteral("'firstSaturatedStep' must be");
        QTest::newRow("blocks not a list") << QStringLiteral("blocks") << QJsonValue(7) << QStringLiteral("'blocks' must be a list");
        QTest::newRow("no blocks") << QStringLiteral("blocks") << QJsonValue(QJsonArray{}) << QStringLiteral("the first block must be the lesson source");
        // Storage mode and block list must agree: a checkpoint trace cannot claim a full record.
        QTest::newRow("full record without columns") << QStringLiteral("fullRecord") << QJsonValue(true)
                                                     << QStringLiteral("it lists 4 blocks, but a delta-rule trace of 2 epochs with a full record has 10");
        // The readable copies must agree with the exact values (checked after the checksum).
        QTest::newRow("alpha disagrees") << QStringLiteral("alpha") << QJsonValue(0.5) << QStringLiteral("'alpha' does not agree with the exact value");
        QTest::newRow("X disagrees") << QStringLiteral("X") << QJsonValue(QJsonArray{QJsonArray{0, 0, 1}, QJsonArray{0, 1, 1}, QJsonArray{1, 0, 1}, QJsonArray{1, 1, 2}})
                                     << QStringLiteral("'X' does not agree");
    }

    void invalidHeadersAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        Parts p = split(writtenBytes(record(lessonSpec(Rule::DeltaRule, 2), false)));
        QVERIFY(TraceFile::parse(assemble(p), Name).ok()); // reassembling alone changes nothing
        if (value.isUndefined())
            p.header.remove(key);
        else
            p.header.insert(key, value);
        const TraceFile::ReadResult r = TraceFile::parse(assemble(p), Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(Name + QStringLiteral(": invalid header: ") + message), qPrintable(r.error));
    }

    void blockSizesMustMatchTheRun()
    {
        Parts p = split(writtenBytes(record(lessonSpec(Rule::DeltaRule, 2), false)));
        QJsonArray blocks = p.header.value(QLatin1String("blocks")).toArray();
        QJsonObject checkpoints = blocks.at(2).toObject();
        checkpoints.insert(QStringLiteral("bytes"), 8 * 3 * 3); // three epochs' worth
        blocks.replace(2, checkpoints);
        p.header.insert(QStringLiteral("blocks"), blocks);
        const QString error = TraceFile::parse(assemble(p), Name).error;
        QVERIFY2(error.contains(QLatin1String("block 2 must be 'checkpoints' of 48 bytes in a delta-rule trace of 2 epochs with epoch checkpoints only, not 'checkpoints' of 72 bytes")),
                 qPrintable(error));
    }

    void malformedHeadersAreRefused()
    {
        const QByteArray file = writtenBytes(record(lessonSpec(Rule::Forward, 1), true));
        const Parts p = split(file);
        const QByteArray text = QJsonDocument(p.header).toJson(QJsonDocument::Compact);

        QString error = TraceFile::parse(assemble(1, text.left(text.size() - 1) + ' ', p.body), Name).error;
        QVERIFY2(error.contains(QLatin1String("the header is not valid JSON")) && error.contains(QLatin1String("(at byte ")), qPrintable(error));
        error = TraceFile::parse(assemble(1, "[1, 2]", p.body), Name).error;
        QCOMPARE(error, Name + QStringLiteral(": the header is not a JSON object (at byte 16)"));
        error = TraceFile::parse(assemble(1, QByteArray(), p.body), Name).error;
        QVERIFY2(error.contains(QLatin1String("the header is not valid JSON")), qPrintable(error));

        // A header length past the end of the file.
        QByteArray bad = file;
        const QByteArray huge = u32(0xFFFFFFF0u);
        bad.replace(12, 4, huge);
        error = TraceFile::parse(bad, Name).error;
        QVERIFY2(error.contains(QLatin1String("the header length 4294967280 goes beyond the end of the file")) && error.endsWith(QLatin1String("(at byte 12)")),
                 qPrintable(error));

        // Bytes after the declared end.
        const QByteArray longer = assemble(1, text, p.body + QByteArray(8, '\0'));
        error = TraceFile::parse(longer, Name).error;
        QVERIFY2(error.contains(QLatin1String("unexpected data after the end")), qPrintable(error));
    }

    void unreadablePathsAreReported()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nothing-here.dtrace"));
        QCOMPARE(TraceFile::read(missing).error, missing + QStringLiteral(": no such file"));
        QCOMPARE(TraceFile::read(dir.path()).error, dir.path() + QStringLiteral(": is a folder, not a trace file"));
        QVERIFY(!TraceFile::read(missing).ok());
    }

    // CI runs as root, so permission bits prove nothing; these failures do not depend on them.
    void failedWritesLeaveNothingBehind()
    {
        const Trace trace = record(lessonSpec(Rule::DeltaRule, 2), true);
        QTemporaryDir dir;
        const QString regularFile = dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeBytes(regularFile, "not a folder"));

        const QString underAFile = regularFile + QStringLiteral("/trace.dtrace");
        QString error;
        QVERIFY(!TraceFile::write(trace, underAFile, &error));
        QVERIFY2(error.startsWith(underAFile + QStringLiteral(": cannot create the file")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(underAFile));
        QCOMPARE(fileBytes(regularFile), QByteArray("not a folder"));

        const QString noFolder = dir.filePath(QStringLiteral("no/such/folder/trace.dtrace"));
        error.clear();
        QVERIFY(!TraceFile::write(trace, noFolder, &error));
        QVERIFY2(error.startsWith(noFolder + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(noFolder));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("a-file")});
    }

    void incompleteTracesAreNotWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.dtrace"));
        QString error;
        QVERIFY(TraceFile::write(record(lessonSpec(Rule::Forward, 1), true), path, &error));
        const QByteArray before = fileBytes(path);
        QVERIFY(!TraceFile::write(Trace(), path, &error)); // a default trace has no arrays
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write an incomplete trace")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
    }

    // A write that fails half way (the file-size limit makes write() fail even for root) reports
    // the path and leaves the earlier file exactly as it was, with no temporary file left over.
    void failureHalfWayKeepsTheOldFile()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs RLIMIT_FSIZE to make a write fail half way");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.dtrace"));
        QString error;
        QVERIFY(TraceFile::write(record(lessonSpec(Rule::Forward, 1), true), path, &error));
        const QByteArray before = fileBytes(path);
        QVERIFY(before.size() < 8192);
        const Trace big = record(lessonSpec(Rule::BackpropCrossEntropy, 500), true); // ~850 KB

        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = 64 * 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool written = TraceFile::write(big, path, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("keep.dtrace")});
        QVERIFY(TraceFile::read(path).ok());
#endif
    }

    // Hostile files (tests/data/hostile, made by make_trace_reproducers.py): each is refused
    // with the file named and what is wrong, and none makes the reader allocate what the file
    // only claims. A *.head file is the front of a trace; the test extends it as a sparse file
    // to the size its header declares (gigabytes, a few KB on disk).
    void hostileTracesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full record of 10 000 000 epochs, delta rule, sparse")
            << QStringLiteral("trace-sparse-full-record-delta-rule.head") << QStringLiteral("DeltaTrace records a run that long with epoch checkpoints only");
        QTest::newRow("full record of 10 000 000 epochs, backprop, sparse")
            << QStringLiteral("trace-sparse-full-record-backprop.head") << QStringLiteral("DeltaTrace records a run that long with epoch checkpoints only");
        QTest::newRow("checkpoints of 10 000 000 epochs, sparse")
            << QStringLiteral("trace-sparse-checkpoints-backprop.head") << QStringLiteral("checksum mismatch");
        QTest::newRow("lesson 3's listing around a one-neuron run")
            << QStringLiteral("trace-lesson-rule-disagrees.dtrace") << QStringLiteral("the rule is delta-rule, but experiment \"backprop-ce\" of the embedded lesson uses backprop-ce");
        QTest::newRow("NaN column, no flag")
            << QStringLiteral("trace-nan-column-unflagged.dtrace") << QStringLiteral("block 'column:y' is the first to differ (at byte 16243)");
        QTest::newRow("overflow with its flag removed")
            << QStringLiteral("trace-nonfinite-flag-hidden.dtrace") << QStringLiteral("'firstNonFiniteStep' is -1 with 'v', but the run's first non-finite value is at step 2");
        QTest::newRow("checkpoint that is not the run's")
            << QStringLiteral("trace-checkpoint-disagrees.dtrace") << QStringLiteral("block 'checkpoints' is the first to differ");
        QTest::newRow("initial weights not the seed's")
            << QStringLiteral("trace-initial-not-seed.dtrace") << QStringLiteral("the initial weights are not those of seed 0 (at byte 16114)");
        QTest::newRow("lesson id of 256 K characters")
            << QStringLiteral("trace-lesson-id-256k.dtrace") << QStringLiteral("'lessonId' must be at most 64 printable characters, not \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"");
        QTest::newRow("lesson id with a line break and HTML")
            << QStringLiteral("trace-lesson-id-control-characters.dtrace") << QStringLiteral("'lessonId' must be at most 64 printable characters, not \"x\\n<b>bold</b>\"");
    }

    void hostileTracesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QString path = QStringLiteral(DELTATRACE_TEST_DATA "/hostile/") + file;
        QTemporaryDir dir;
        if (file.endsWith(QLatin1String(".head"))) {
            QFile head(path);
            QVERIFY(head.open(QIODevice::ReadOnly));
            const QByteArray front = head.readAll();
            const Parts p = split(front + QByteArray(4, '\0'));
            qint64 declared = 16 + u32At(front, 12) + 4;
            for (const QJsonValue b : p.header.value(QLatin1String("blocks")).toArray())
                declared += b.toObject().value(QLatin1String("bytes")).toInteger();
            QVERIFY(declared > (qint64(1) << 30));
            path = dir.filePath(QStringLiteral("sparse.dtrace"));
            QFile sparse(path);
            QVERIFY(sparse.open(QIODevice::WriteOnly));
            QCOMPARE(sparse.write(front), front.size());
            QVERIFY(sparse.resize(declared)); // a hole: nothing more is written to the disk
        }
        TraceFile::ReadResult r;
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
        // Room for the reader's own work, far from the gigabytes the sparse files declare.
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_AS, &old), 0);
        rlimit limited = old;
        limited.rlim_cur = std::min<rlim_t>(old.rlim_max, rlim_t(1) << 30);
        QCOMPARE(setrlimit(RLIMIT_AS, &limited), 0);
        r = TraceFile::read(path);
        QCOMPARE(setrlimit(RLIMIT_AS, &old), 0);
#else
        r = TraceFile::read(path);
#endif
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    // A nan's sign and payload depend on the compiler that made it (a gcc and a clang build make
    // nans of other signs): a trace holds any nan where its run makes one.
    void aNanOfAnotherSignIsTheSameNumber()
    {
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 10, -1.7e308), true);
        QByteArray file = writtenBytes(trace);
        const qsizetype summariesStart = file.size() - 4 - qsizetype(10 * Trace::SummaryWidth * sizeof(double));
        bool flipped = false;
        for (qsizetype at = summariesStart; at < file.size() - 4 && !flipped; at += 8) {
            double v;
            std::memcpy(&v, file.constData() + at, sizeof v);
            if (std::isnan(v)) {
                file[at + 7] = char(file[at + 7] ^ 0x80);
                flipped = true;
            }
        }
        QVERIFY(flipped);
        const TraceFile::ReadResult r = TraceFile::parse(assemble(split(file)), Name);
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    // Reading opens regular files only: a FIFO (or a link to one) is refused at once instead of
    // waiting for a writer forever, and so is a device.
    void nonRegularFilesAreRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << QStringLiteral("fifo");
        QTest::newRow("symlink to a FIFO") << QStringLiteral("link");
        QTest::newRow("device") << QStringLiteral("device");
    }

    void nonRegularFilesAreRefusedWithoutBlocking()
    {
#ifdef Q_OS_UNIX
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.dtrace"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString path = fifo;
        if (kind == QLatin1String("link")) {
            path = dir.filePath(QStringLiteral("link.dtrace"));
            QVERIFY(QFile::link(fifo, path));
        } else if (kind == QLatin1String("device")) {
            path = QStringLiteral("/dev/zero");
        }
        const TraceFile::ReadResult r = TraceFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("is not a regular file")), qPrintable(r.error));
#else
        QSKIP("FIFOs and device nodes are a Unix matter");
#endif
    }

    // The writer never replaces a device node or a FIFO with a regular file.
    void writesRefuseWhatIsNotARegularFile()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.dtrace"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString error;
        QVERIFY(!TraceFile::write(record(lessonSpec(Rule::Forward, 1), true), fifo, &error));
        QVERIFY2(error.startsWith(fifo + QStringLiteral(": ")) && error.contains(QLatin1String("not a regular file")), qPrintable(error));
        QVERIFY(!QFileInfo(fifo).isFile()); // still a FIFO
#else
        QSKIP("FIFOs are a Unix matter");
#endif
    }

    void overwritingReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.dtrace"));
        QString error;
        QVERIFY(TraceFile::write(record(lessonSpec(Rule::Forward, 1), true), path, &error));
        const Trace second = record(lessonSpec(Rule::DeltaRule, 4), false);
        QVERIFY(TraceFile::write(second, path, &error));
        const TraceFile::ReadResult r = TraceFile::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(difference(second, *r.trace).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_tracefile.moc"
