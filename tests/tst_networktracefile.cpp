// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trace file of a general network (format 3): a recorded run goes to disk and comes back
// with every value of every step as recorded, for networks of every shape, recorded in full or
// with checkpoints; anything that is not a whole, intact general trace file is refused with a
// message naming the file and what is wrong, never a crash, never a partial trace, and never an
// allocation or a computation the format's limits do not allow. Files of lessons 1-3 and general
// files are told apart, each reader refusing the other's. Writing is atomic.
#include "networkrunfixtures.h"
#include "networktracefile.h"
#include "networktrainer.h"
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
#include <functional>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::NetworkRun)

namespace {

using RunMaker = std::function<NetworkRun(int)>;

NetworkTrace recorded(const NetworkRun &run, bool full = true)
{
    NetworkTrainer::Options options;
    if (!full)
        options.fullRecordBudget = 0;
    std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
    if (!trace)
        qFatal("recording failed");
    return std::move(*trace);
}

bool sameBits(std::span<const double> a, std::span<const double> b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size_bytes()) == 0);
}

// The same bits, or both a nan.
bool sameNumber(double a, double b) { return sameBits({&a, 1}, {&b, 1}) || (std::isnan(a) && std::isnan(b)); }

// The run, the flags, the summaries and the values of the given steps (every step when there
// are few), bit for bit.
QString difference(const NetworkTrace &a, const NetworkTrace &b)
{
    const NetworkRun &s = a.run(), &t = b.run();
    if (s.lessonId != t.lessonId || s.experimentId != t.experimentId)
        return QStringLiteral("ids");
    if (s.lessonSource != t.lessonSource)
        return QStringLiteral("lessonSource");
    if (!(s.architecture == t.architecture) || !(s.data == t.data) || s.seed != t.seed || s.epochs != t.epochs
        || std::memcmp(&s.alpha, &t.alpha, sizeof s.alpha) != 0)
        return QStringLiteral("the run");
    if (!sameBits(a.initialWeights(), b.initialWeights()) || !sameBits(a.finalWeights(), b.finalWeights()))
        return QStringLiteral("initial or final weights");
    if (a.firstNonFiniteStep() != b.firstNonFiniteStep() || a.firstNonFiniteQuantity() != b.firstNonFiniteQuantity()
        || a.firstSaturatedStep() != b.firstSaturatedStep())
        return QStringLiteral("first non-finite or saturated step");
    for (int e = 0; e < a.epochCount(); ++e) {
        const NetworkEpochSummary x = a.epochSummary(e), y = b.epochSummary(e);
        if (!sameNumber(x.meanSquaredError, y.meanSquaredError) || !sameNumber(x.crossEntropy, y.crossEntropy))
            return QStringLiteral("summary of epoch %1").arg(e);
    }
    std::vector<long long> steps;
    const long long count = a.stepCount();
    if (count <= 2000) {
        for (long long i = 0; i < count; ++i)
            steps.push_back(i);
    } else {
        for (long long i : {0LL, 1LL, count / 3, count / 2 + 1, count - a.run().sampleCount(), count - 1})
            steps.push_back(i);
    }
    for (long long i : steps) {
        const NetworkStep x = a.step(i), y = b.step(i);
        if (x.update != y.update || !sameBits(x.weightsBefore, y.weightsBefore))
            return QStringLiteral("step %1: weights before").arg(i);
        for (const LayerQuantity &q : a.layout().quantities())
            if (!sameBits(x.values(q), y.values(q)))
                return QStringLiteral("step %1: %2").arg(i).arg(QString::fromStdString(q.name()));
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

double doubleAt(const QByteArray &bytes, qsizetype at)
{
    double v = 0;
    std::memcpy(&v, bytes.constData() + at, 8);
    return v;
}

struct Parts
{
    quint32 version = 0;
    QJsonObject header;
    QByteArray body; // everything after the header, without the checksum
    qsizetype bodyAt = 0;
};

Parts split(const QByteArray &file)
{
    Parts p;
    p.version = u32At(file, 8);
    const quint32 length = u32At(file, 12);
    p.header = QJsonDocument::fromJson(file.mid(16, length)).object();
    p.bodyAt = 16 + length;
    p.body = file.mid(16 + length, file.size() - 16 - length - 4);
    return p;
}

// A file from parts, with a correct checksum.
QByteArray assemble(quint32 version, const QByteArray &headerText, const QByteArray &body)
{
    QByteArray file = QByteArray("DTRACE\r\n", 8) + u32(version) + u32(quint32(headerText.size())) + headerText + body;
    return file + u32(crc32Of(file));
}

QByteArray assemble(const Parts &p) { return assemble(p.version, QJsonDocument(p.header).toJson(QJsonDocument::Compact), p.body); }

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

QByteArray writtenBytes(const NetworkTrace &trace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.dtrace"));
    QString error;
    if (!NetworkTraceFile::write(trace, path, &error))
        qFatal("write failed: %s", qPrintable(error));
    return fileBytes(path);
}

// A small run's file, the base of the hostile files: three classes, 6 samples, 2 epochs.
QByteArray smallFile() { return writtenBytes(recorded(fixtures::threeClassSoftmax(2))); }

const QString Name = QStringLiteral("test.dtrace");

} // namespace

class TestNetworkTraceFile : public QObject
{
    Q_OBJECT
private slots:
    // Every shape of the golden set, with few epochs (a full record) and with checkpoints; one
    // run long enough that a recording keeps checkpoints only; a run that overflows.
    void roundTripKeepsEveryValue_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::addColumn<bool>("full");
        const struct { const char *name; RunMaker make; } shapes[] = {
            {"delta batch [3,1]", fixtures::deltaBatch},
            {"backprop momentum [3,4,1]", fixtures::backpropMomentum},
            {"rings tanh mini-batch [3,5,3,1]", fixtures::ringsTanhMinibatch},
            {"three-class softmax [4,6,3]", fixtures::threeClassSoftmax},
        };
        for (const auto &shape : shapes) {
            QTest::addRow("%s, full record", shape.name) << shape.make(25) << true;
            QTest::addRow("%s, checkpoints", shape.name) << shape.make(25) << false;
        }
        // 25 000 epochs of 8 samples: more than NetworkTrainer's full-record budget, so both the
        // recording and the reader keep checkpoints only.
        QTest::addRow("rings, 25000 epochs") << fixtures::ringsTanhMinibatch(25000) << true;
        NetworkRun blowUp = fixtures::backpropMomentum(4);
        blowUp.architecture.activations = {Activation::Relu, Activation::Linear};
        blowUp.alpha = 1e300;
        QTest::addRow("relu-linear, alpha 1e300 (overflows)") << blowUp << true;
        // Any output with the cross-entropy delta (deltaL = eL), as the lesson loader allows.
        NetworkRun ceLinear = fixtures::threeClassSoftmax(5);
        ceLinear.architecture.activations = {Activation::Tanh, Activation::Linear};
        QTest::addRow("tanh-linear with ce") << ceLinear << true;
    }

    void roundTripKeepsEveryValue()
    {
        QFETCH(NetworkRun, run);
        QFETCH(bool, full);
        const NetworkTrace original = recorded(run, full);
        if (run.alpha > 1e100)
            QVERIFY(original.firstNonFiniteStep() >= 0);
        if (run.epochs == 25000)
            QVERIFY(!original.hasFullRecord());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.dtrace"));
        QString error;
        QVERIFY2(NetworkTraceFile::write(original, path, &error), qPrintable(error));
        QVERIFY(NetworkTraceFile::isGeneral(path));
        const NetworkTraceFile::ReadResult read = NetworkTraceFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.error.isEmpty());
        const QString diff = difference(original, *read.trace);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Reading recomputes the run as a recording would keep it.
        QCOMPARE(read.trace->hasFullRecord(), NetworkTrace::fullRecordBytes(run) <= NetworkTrainer::DefaultFullRecordBudget);

        // The same bytes from memory give the same trace; writing it again gives the same bytes.
        const QByteArray bytes = fileBytes(path);
        const NetworkTraceFile::ReadResult parsed = NetworkTraceFile::parse(bytes, Name);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(difference(original, *parsed.trace).isEmpty());
        QCOMPARE(writtenBytes(*parsed.trace), bytes);
        // The file does not grow with the run.
        QVERIFY(bytes.size() < 8192);
    }

    void layoutIsAsDocumented()
    {
        const NetworkTrace trace = recorded(fixtures::ringsTanhMinibatch(3));
        const NetworkRun &run = trace.run();
        const QByteArray file = writtenBytes(trace);
        QCOMPARE(file.left(8), QByteArray("DTRACE\r\n", 8));
        QCOMPARE(u32At(file, 8), NetworkTraceFile::Version);
        QCOMPARE(NetworkTraceFile::Version, 3u);
        QCOMPARE(u32At(file, file.size() - 4), crc32Of(file.left(file.size() - 4)));
        const Parts p = split(file);
        const QJsonObject &h = p.header;
        QCOMPARE(h.value(QLatin1String("lessonId")).toString(), QStringLiteral("04-general"));
        QCOMPARE(h.value(QLatin1String("experimentId")).toString(), QStringLiteral("rings"));
        QCOMPARE(h.value(QLatin1String("layers")).toArray(), (QJsonArray{3, 5, 3, 1}));
        QCOMPARE(h.value(QLatin1String("activations")).toArray(),
                 (QJsonArray{QStringLiteral("tanh"), QStringLiteral("tanh"), QStringLiteral("sigmoid")}));
        QCOMPARE(h.value(QLatin1String("delta")).toString(), QStringLiteral("ce"));
        QCOMPARE(h.value(QLatin1String("batch")).toInt(), 4);
        QCOMPARE(h.value(QLatin1String("momentum")).toDouble(), 0.5);
        QCOMPARE(h.value(QLatin1String("alpha")).toDouble(), 0.3);
        QCOMPARE(h.value(QLatin1String("seed")).toInt(), 2);
        QCOMPARE(h.value(QLatin1String("epochs")).toInt(), 3);
        QCOMPARE(h.value(QLatin1String("X")).toArray().size(), 8);
        QCOMPARE(h.value(QLatin1String("X")).toArray().at(1).toArray(), (QJsonArray{0.9, 0.0, 1.0}));
        QCOMPARE(h.value(QLatin1String("D")).toArray(), (QJsonArray{0, 0, 0, 0, 1, 1, 1, 1})); // one output: a list of numbers
        QCOMPARE(h.value(QLatin1String("initial")).toObject().keys(), (QStringList{QStringLiteral("W1"), QStringLiteral("W2"), QStringLiteral("W3")}));
        QCOMPARE(h.value(QLatin1String("initial")).toObject().value(QLatin1String("W1")).toArray().at(0).toArray().at(0).toDouble(),
                 trace.initialWeights()[0]);
        QCOMPARE(h.value(QLatin1String("storage")).toString(), QStringLiteral("compact"));
        QCOMPARE(h.value(QLatin1String("firstNonFiniteStep")).toInt(), -1);
        QVERIFY(h.value(QLatin1String("firstNonFiniteQuantity")).isNull());
        QCOMPARE(h.value(QLatin1String("firstSaturatedStep")).toInteger(), trace.firstSaturatedStep());

        // The blocks: the lesson source, the parameters, the digest.
        const int T = 15 + 15 + 3;
        const qsizetype lessonBytes = run.lessonSource.size();
        const qsizetype parameterBytes = 8 * (2 + 8 * 3 + 8 * 1 + 2 * T);
        const QJsonArray blocks = h.value(QLatin1String("blocks")).toArray();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("lesson-source")}, {QStringLiteral("bytes"), lessonBytes}}));
        QCOMPARE(blocks.at(1).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("parameters")}, {QStringLiteral("bytes"), parameterBytes}}));
        QCOMPARE(blocks.at(2).toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("digest")}, {QStringLiteral("bytes"), 4}}));
        QCOMPARE(p.body.size(), lessonBytes + parameterBytes + 4);
        QCOMPARE(p.body.left(lessonBytes), run.lessonSource);
        const qsizetype at = lessonBytes;
        QCOMPARE(doubleAt(p.body, at), 0.3);
        QCOMPARE(doubleAt(p.body, at + 8), 0.5);
        QCOMPARE(doubleAt(p.body, at + 16 + 8 * 3), 0.9); // X[1,0]
        QCOMPARE(doubleAt(p.body, at + 16 + 8 * 24 + 8 * 4), 1.0); // D[4]
        const qsizetype initialAt = at + 16 + 8 * 32;
        QVERIFY(sameBits({reinterpret_cast<const double *>(p.body.constData() + initialAt), size_t(T)}, trace.initialWeights()));
        QVERIFY(sameBits({reinterpret_cast<const double *>(p.body.constData() + initialAt + 8 * T), size_t(T)}, trace.finalWeights()));
        // The digest: the CRC-32 of the epoch summaries, two doubles per epoch.
        QByteArray summaries;
        for (int e = 0; e < 3; ++e) {
            const NetworkEpochSummary s = trace.epochSummary(e);
            summaries.append(reinterpret_cast<const char *>(&s.meanSquaredError), 8);
            summaries.append(reinterpret_cast<const char *>(&s.crossEntropy), 8);
        }
        QCOMPARE(u32At(p.body, p.body.size() - 4), crc32Of(summaries));
    }

    // A general file and a file of lessons 1-3 are told apart by their first bytes, and each
    // reader refuses the other's with a message saying what the file is.
    void formatsAreToldApart()
    {
        QTemporaryDir dir;
        const QString general = dir.filePath(QStringLiteral("general.dtrace"));
        QVERIFY(writeBytes(general, smallFile()));
        const QString lesson3 = QStringLiteral(DELTATRACE_TEST_DATA "/traces/v1-delta-rule-full.dtrace");
        QVERIFY(NetworkTraceFile::isGeneral(general));
        QVERIFY(!NetworkTraceFile::isGeneral(lesson3));
        QVERIFY(!NetworkTraceFile::isGeneral(dir.filePath(QStringLiteral("missing.dtrace"))));
        QVERIFY(!NetworkTraceFile::isGeneral(dir.path()));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(text, "DTRACE\r\n"));
        QVERIFY(!NetworkTraceFile::isGeneral(text));

        // Today's reader of lessons 1-3 refuses a general file as a newer format.
        const TraceFile::ReadResult old = TraceFile::read(general);
        QVERIFY(!old.ok());
        QCOMPARE(old.error, general + QStringLiteral(": written by a newer version of DeltaTrace (trace format 3; this version reads format 2) (at byte 8)"));
        // The general reader refuses files of lessons 1-3, of either format, and they still open.
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::read(lesson3);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, lesson3 + QStringLiteral(": a run of lessons 1 to 3 (trace format 1), not of a general network (at byte 8)"));
        QVERIFY(TraceFile::read(lesson3).ok());
        Parts p = split(smallFile());
        p.version = 2;
        QCOMPARE(NetworkTraceFile::parse(assemble(p), Name).error,
                 Name + QStringLiteral(": a run of lessons 1 to 3 (trace format 2), not of a general network (at byte 8)"));
        p.version = 4;
        QCOMPARE(NetworkTraceFile::parse(assemble(p), Name).error,
                 Name + QStringLiteral(": written by a newer version of DeltaTrace (trace format 4; this version reads format 3) (at byte 8)"));
        p.version = 0;
        QCOMPARE(NetworkTraceFile::parse(assemble(p), Name).error, Name + QStringLiteral(": unknown trace format version 0 (at byte 8)"));
    }

    void truncatedAtEveryOffsetIsRefused()
    {
        const QByteArray file = smallFile();
        QVERIFY(NetworkTraceFile::parse(file, Name).ok());
        for (qsizetype length = 0; length < file.size(); ++length) {
            const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(file.left(length), Name);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("a file cut to %1 bytes was accepted").arg(length)));
            QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ")), qPrintable(r.error));
        }
        QCOMPARE(NetworkTraceFile::parse(file.left(0), Name).error, Name + QStringLiteral(": the file is empty, not a DeltaTrace trace file"));
        QVERIFY(NetworkTraceFile::parse(file.left(12), Name).error.contains(QLatin1String("too short")));
        QVERIFY(NetworkTraceFile::parse(file.left(40), Name).error.contains(QLatin1String("beyond the end of the file")));
        const QString cut = NetworkTraceFile::parse(file.left(file.size() - 9), Name).error;
        QCOMPARE(cut, Name + QStringLiteral(": truncated: the file is %1 bytes, but its header declares %2 bytes (at byte %1)").arg(file.size() - 9).arg(file.size()));
        const QString longer = NetworkTraceFile::parse(file + "x", Name).error;
        QCOMPARE(longer, Name + QStringLiteral(": the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end (at byte %3)")
                                    .arg(file.size() + 1).arg(file.size()).arg(file.size() - 4));

        // And from disk, every few bytes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.dtrace"));
        for (qsizetype length = 0; length < file.size(); length += 7) {
            QVERIFY(writeBytes(path, file.left(length)));
            const NetworkTraceFile::ReadResult r = NetworkTraceFile::read(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        }
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray file = smallFile();
        int checksumErrors = 0;
        for (qsizetype at = 0; at < file.size(); ++at) {
            for (char mask : {char(0x01), char(0x80), char(0xFF)}) {
                QByteArray bad = file;
                bad[at] = char(bad[at] ^ mask);
                const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(bad, Name);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flipping byte %1 with %2 was not noticed").arg(at).arg(int(uchar(mask)))));
                QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ")), qPrintable(r.error));
                checksumErrors += r.error.contains(QLatin1String("corrupted: checksum mismatch")) ? 1 : 0;
            }
        }
        QVERIFY(checksumErrors > file.size());
        QByteArray bad = file;
        bad[file.size() - 20] = char(bad[file.size() - 20] ^ 0x10);
        const QString error = NetworkTraceFile::parse(bad, Name).error;
        QVERIFY2(error.contains(QLatin1String("corrupted: checksum mismatch")), qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("(at byte %1)").arg(file.size() - 4)), qPrintable(error));
    }

    // Every header field out of its range or shape, in a file whose checksum is right: refused
    // whole, before the run is recomputed, with the key and the limit in the message.
    void invalidHeadersAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("message");
        const auto list = [](std::initializer_list<QJsonValue> values) { return QJsonValue(QJsonArray(values)); };
        const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
        QTest::newRow("missing layers") << QStringLiteral("layers") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("'layers' is missing");
        QTest::newRow("missing blocks") << QStringLiteral("blocks") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("'blocks' is missing");
        QTest::newRow("five weight layers") << QStringLiteral("layers") << list({4, 6, 6, 6, 6, 3})
                                            << QStringLiteral("'layers' must be a list of 2 to 5 layer sizes");
        QTest::newRow("one layer") << QStringLiteral("layers") << list({4}) << QStringLiteral("'layers' must be a list of 2 to 5 layer sizes");
        QTest::newRow("layers not a list") << QStringLiteral("layers") << QJsonValue(3) << QStringLiteral("'layers' must be a list");
        QTest::newRow("33 units") << QStringLiteral("layers") << list({4, 33, 3}) << QStringLiteral("'layers' must hold whole numbers from 1 to 32");
        QTest::newRow("0 units") << QStringLiteral("layers") << list({4, 0, 3}) << QStringLiteral("'layers' must hold whole numbers from 1 to 32");
        QTest::newRow("1.5 units") << QStringLiteral("layers") << list({4, 1.5, 3}) << QStringLiteral("'layers' must hold whole numbers");
        QTest::newRow("9 outputs") << QStringLiteral("layers") << list({4, 6, 9}) << QStringLiteral("the output layer has at most 8 units, not 9");
        QTest::newRow("softmax not last") << QStringLiteral("activations") << list({s("softmax"), s("softmax")})
                                          << QStringLiteral("softmax is for the output layer only, not layer 1");
        QTest::newRow("one activation for two layers") << QStringLiteral("activations") << list({s("relu")})
                                                       << QStringLiteral("'activations' must name one activation for each of the 2 weight layers");
        QTest::newRow("unknown activation") << QStringLiteral("activations") << list({s("swish"), s("softmax")})
                                            << QStringLiteral("'activations' may only hold sigmoid, tanh, relu, linear, softmax");
        QTest::newRow("softmax with sse") << QStringLiteral("delta") << s("sse") << QStringLiteral("a softmax output needs the cross-entropy delta");
        QTest::newRow("unknown delta") << QStringLiteral("delta") << s("mse") << QStringLiteral("'delta' must be \"sse\" or \"ce\"");
        QTest::newRow("momentum 1") << QStringLiteral("momentum") << QJsonValue(1) << QStringLiteral("the momentum must be a number from 0 up to (not including) 1");
        QTest::newRow("momentum -0.5") << QStringLiteral("momentum") << QJsonValue(-0.5) << QStringLiteral("the momentum must be");
        QTest::newRow("momentum a string") << QStringLiteral("momentum") << s("0.9") << QStringLiteral("'momentum' must be a number");
        QTest::newRow("batch 0") << QStringLiteral("batch") << QJsonValue(0) << QStringLiteral("'batch' must be a whole number from 1 to 6 (the samples)");
        QTest::newRow("batch 7 of 6 samples") << QStringLiteral("batch") << QJsonValue(7) << QStringLiteral("'batch' must be a whole number from 1 to 6");
        QTest::newRow("epochs 0") << QStringLiteral("epochs") << QJsonValue(0) << QStringLiteral("'epochs' must be a whole number from 1 to 10000000");
        QTest::newRow("epochs 10000001") << QStringLiteral("epochs") << QJsonValue(10000001) << QStringLiteral("'epochs' must be");
        QTest::newRow("epochs times samples over the limit") << QStringLiteral("epochs") << QJsonValue(8'333'334)
                                                             << QStringLiteral("8333334 epochs of 6 samples are 50000004 steps, more than the 50000000 of a general trace");
        QTest::newRow("seed -1") << QStringLiteral("seed") << QJsonValue(-1) << QStringLiteral("'seed' must be a whole number from 0 to 4294967295");
        QTest::newRow("alpha null") << QStringLiteral("alpha") << QJsonValue(QJsonValue::Null) << QStringLiteral("'alpha' must be a finite number");
        QTest::newRow("X rows of 3") << QStringLiteral("X") << list({list({1, 0, 0}), list({0, 1, 0})})
                                     << QStringLiteral("'X' must be 1 to 256 rows of 4 numbers (the network's inputs)");
        QJsonArray manyRows;
        for (int i = 0; i < 257; ++i)
            manyRows.append(QJsonArray{1, 0, 0, 1});
        QTest::newRow("X of 257 rows") << QStringLiteral("X") << QJsonValue(manyRows) << QStringLiteral("'X' must be 1 to 256 rows");
        QTest::newRow("X empty") << QStringLiteral("X") << list({}) << QStringLiteral("'X' must be 1 to 256 rows");
        QTest::newRow("D flat with 3 outputs") << QStringLiteral("D") << list({0, 1, 2, 0, 1, 2})
                                               << QStringLiteral("'D' must be 6 rows of 3 numbers (the network's outputs)");
        QTest::newRow("initial without W2") << QStringLiteral("initial") << QJsonValue(QJsonObject{{QStringLiteral("W1"), QJsonArray{}}})
                                            << QStringLiteral("'initial' must hold the weights W1 to W2 of this network");
        QTest::newRow("storage full") << QStringLiteral("storage") << s("full") << QStringLiteral("'storage' must be \"compact\"");
        QTest::newRow("firstNonFiniteStep beyond the run") << QStringLiteral("firstNonFiniteStep") << QJsonValue(12)
                                                           << QStringLiteral("'firstNonFiniteStep' must be -1 or a step of the run (0 to 11)");
        QTest::newRow("a quantity the run lacks") << QStringLiteral("firstNonFiniteQuantity") << s("m1")
                                                  << QStringLiteral("'firstNonFiniteQuantity' must be null or name a quantity that this network computes");
        QTest::newRow("a quantity of layer 3") << QStringLiteral("firstNonFiniteQuantity") << s("v3") << QStringLiteral("'firstNonFiniteQuantity' must be null or name");
        QTest::newRow("firstSaturatedStep -2") << QStringLiteral("firstSaturatedStep") << QJsonValue(-2) << QStringLiteral("'firstSaturatedStep' must be");
        QTest::newRow("lesson id with a line end") << QStringLiteral("lessonId") << s("04\ngeneral")
                                                   << QStringLiteral("'lessonId' must be at most 64 printable characters, not \"04\\ngeneral\"");
        QTest::newRow("empty experiment id") << QStringLiteral("experimentId") << s("") << QStringLiteral("'experimentId' must not be empty");
        QTest::newRow("blocks not a list") << QStringLiteral("blocks") << QJsonValue(7) << QStringLiteral("'blocks' must be a list");
        QTest::newRow("no blocks") << QStringLiteral("blocks") << list({}) << QStringLiteral("the first block must be the lesson source, of 0 to 4194304 bytes");
        // The readable copies must agree with the exact values (checked after the checksum).
        QTest::newRow("alpha disagrees") << QStringLiteral("alpha") << QJsonValue(0.5) << QStringLiteral("'alpha' does not agree with the exact value");
        QTest::newRow("momentum disagrees") << QStringLiteral("momentum") << QJsonValue(0.5) << QStringLiteral("'momentum' does not agree");
        QTest::newRow("D disagrees") << QStringLiteral("D") << list({list({1, 0, 0}), list({0, 1, 0}), list({0, 0, 1}), list({1, 0, 0}), list({0, 1, 0}), list({0, 1, 1})})
                                     << QStringLiteral("'D' does not agree with the exact values");
    }

    void invalidHeadersAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        Parts p = split(smallFile());
        QVERIFY(NetworkTraceFile::parse(assemble(p), Name).ok()); // reassembling alone changes nothing
        if (value.isUndefined())
            p.header.remove(key);
        else
            p.header.insert(key, value);
        bool recomputed = false;
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(assemble(p), Name, [&](long long, long long) {
            recomputed = true;
            return true;
        });
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(Name + QStringLiteral(": invalid header: ") + message), qPrintable(r.error));
        QVERIFY(!recomputed);
    }

    void blockSizesMustMatchTheRun()
    {
        Parts p = split(smallFile());
        QJsonArray blocks = p.header.value(QLatin1String("blocks")).toArray();
        QJsonObject parameters = blocks.at(1).toObject();
        const qint64 bytes = parameters.value(QLatin1String("bytes")).toInteger();
        parameters.insert(QStringLiteral("bytes"), bytes + 8);
        blocks.replace(1, parameters);
        p.header.insert(QStringLiteral("blocks"), blocks);
        p.body.append(QByteArray(8, '\0'));
        const QString error = NetworkTraceFile::parse(assemble(p), Name).error;
        QCOMPARE(error, Name + QStringLiteral(": invalid header: block 1 must be 'parameters' of %1 bytes for this network and data, not \"parameters\" of %2 bytes")
                                   .arg(bytes).arg(bytes + 8));
        blocks.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("summaries")}, {QStringLiteral("bytes"), 0}});
        p.header.insert(QStringLiteral("blocks"), blocks);
        QVERIFY(NetworkTraceFile::parse(assemble(p), Name).error.contains(QLatin1String("it lists 4 blocks, but a general trace has 3")));
    }

    // A 1 KB file that declares a 4 MiB lesson, a header of 1 MiB and more, and a sparse file of
    // a gigabyte: each refused from its sizes, before anything of that size is allocated or read.
    void hugeDeclaredSizesAreRefusedBeforeAllocating()
    {
        const QByteArray file = smallFile();
        Parts p = split(file);
        QJsonArray blocks = p.header.value(QLatin1String("blocks")).toArray();
        blocks.replace(0, QJsonObject{{QStringLiteral("name"), QStringLiteral("lesson-source")}, {QStringLiteral("bytes"), 4 << 20}});
        p.header.insert(QStringLiteral("blocks"), blocks);
        const QByteArray big = assemble(p);
        QVERIFY2(NetworkTraceFile::parse(big, Name).error.contains(QStringLiteral("truncated: the file is %1 bytes").arg(big.size())),
                 qPrintable(NetworkTraceFile::parse(big, Name).error));

        QByteArray longHeader = file;
        const quint32 huge = 0xFFFFFFF0u;
        std::memcpy(longHeader.data() + 12, &huge, 4);
        QVERIFY(NetworkTraceFile::parse(longHeader, Name).error.contains(QLatin1String("goes beyond the end of the file")));

        QTemporaryDir dir;
        const QString sparse = dir.filePath(QStringLiteral("sparse.dtrace"));
        {
            QFile f(sparse);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(file.left(16)) == 16);
            QVERIFY(f.resize(qint64(1) << 30));
        }
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::read(sparse);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(sparse + QStringLiteral(": the file is 1073741824 bytes, larger than any trace of a general network")), qPrintable(r.error));
    }

    // The checksum holds but the numbers are not the run's: the digest, the final weights, the
    // initial weights, the exact data or the flags. Refused where they first disagree.
    void numbersThatAreNotTheRunsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("digest") << QStringLiteral("digest")
                                << QStringLiteral("its digest differs, so it was recorded by a DeltaTrace whose arithmetic differs from this one's");
        QTest::newRow("final weights") << QStringLiteral("final") << QStringLiteral("the final weights differ");
        QTest::newRow("initial weights") << QStringLiteral("initial") << QStringLiteral("the initial weights are not those of seed 5");
        QTest::newRow("alpha not finite") << QStringLiteral("alpha") << QStringLiteral("alpha is not a finite number");
        QTest::newRow("X not finite") << QStringLiteral("X") << QStringLiteral("X or D holds a value that is not a finite number");
        QTest::newRow("momentum out of range") << QStringLiteral("momentum") << QStringLiteral("the momentum must be a number from 0 up to (not including) 1");
        QTest::newRow("saturation flag") << QStringLiteral("firstSaturatedStep")
                                         << QStringLiteral("the header's 'firstSaturatedStep' is 3, but the run first saturates at step -1");
        QTest::newRow("non-finite flag") << QStringLiteral("firstNonFiniteStep")
                                         << QStringLiteral("the header's 'firstNonFiniteStep' is 2 with 'y2', but the run's first non-finite value is at step -1 (none)");
    }

    void numbersThatAreNotTheRunsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        const NetworkTrace trace = recorded(fixtures::threeClassSoftmax(2));
        QCOMPARE(trace.firstSaturatedStep(), -1LL);
        const QByteArray file = writtenBytes(trace);
        Parts p = split(file);
        const qsizetype parametersAt = trace.run().lessonSource.size();
        const auto T = static_cast<qsizetype>(trace.initialWeights().size());
        const qsizetype initialAt = parametersAt + 8 * (2 + 6 * 4 + 6 * 3);
        qsizetype at = -1; // where, in the file, the refusal must point
        const auto setDouble = [&](qsizetype offset, double v) {
            std::memcpy(p.body.data() + offset, &v, 8);
            at = p.bodyAt + offset;
        };
        if (what == QLatin1String("digest")) {
            p.body[p.body.size() - 1] = char(p.body[p.body.size() - 1] ^ 0x01);
            at = p.bodyAt + p.body.size() - 4;
        } else if (what == QLatin1String("final")) {
            setDouble(initialAt + 8 * (T + 5), std::nextafter(trace.finalWeights()[5], 2.0));
        } else if (what == QLatin1String("initial")) {
            setDouble(initialAt + 8, std::nextafter(trace.initialWeights()[1], 2.0));
        } else if (what == QLatin1String("alpha")) {
            setDouble(parametersAt, std::numeric_limits<double>::infinity());
        } else if (what == QLatin1String("X")) {
            setDouble(parametersAt + 8 * 2 + 8 * 5, std::numeric_limits<double>::quiet_NaN());
            at = p.bodyAt + parametersAt + 16;
        } else if (what == QLatin1String("momentum")) {
            setDouble(parametersAt + 8, 2.0);
        } else if (what == QLatin1String("firstSaturatedStep")) {
            p.header.insert(what, 3);
        } else {
            p.header.insert(what, 2);
            p.header.insert(QStringLiteral("firstNonFiniteQuantity"), QStringLiteral("y2"));
        }
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(assemble(p), Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ")) && r.error.contains(message), qPrintable(r.error));
        if (at >= 0)
            QVERIFY2(r.error.endsWith(QStringLiteral("(at byte %1)").arg(at)), qPrintable(r.error));
    }

    void otherFilesAreNotTraceFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString notTrace = QStringLiteral("not a DeltaTrace trace file (a trace file starts with \"DTRACE\")");
        QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << notTrace + QStringLiteral(" (at byte 0)");
        QTest::newRow("lesson file") << QByteArray("{\"format\": 2, \"id\": \"04-general\"}\n") << notTrace + QStringLiteral(" (at byte 0)");
        QTest::newRow("magic only") << QByteArray("DTRACE\r\n") << QStringLiteral("too short for a DeltaTrace trace file: 8 bytes");
        QTest::newRow("header not JSON") << assemble(3, "{\"lessonId\": ", QByteArray()) << QStringLiteral("the header is not valid JSON");
        QTest::newRow("header a list") << assemble(3, "[1, 2]", QByteArray()) << QStringLiteral("the header is not a JSON object (at byte 16)");
    }

    void otherFilesAreNotTraceFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(bytes, Name);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(Name + QStringLiteral(": ") + message), qPrintable(r.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.dtrace"));
        QVERIFY(writeBytes(path, bytes));
        QCOMPARE(NetworkTraceFile::read(path).error, path + r.error.mid(Name.size()));
    }

    void unreadablePathsAreReported()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nothing-here.dtrace"));
        QCOMPARE(NetworkTraceFile::read(missing).error, missing + QStringLiteral(": no such file"));
        QCOMPARE(NetworkTraceFile::read(dir.path()).error, dir.path() + QStringLiteral(": is a folder, not a trace file"));
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(QStringLiteral("fifo.dtrace"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(NetworkTraceFile::read(fifo).error.contains(QLatin1String("is not a regular file")));
        QVERIFY(!NetworkTraceFile::isGeneral(fifo)); // without blocking
        QString error;
        QVERIFY(!NetworkTraceFile::write(recorded(fixtures::deltaBatch(1)), fifo, &error));
        QVERIFY2(error.startsWith(fifo + QStringLiteral(": ")) && error.contains(QLatin1String("not a regular file")), qPrintable(error));
#endif
    }

    // What a reader would refuse is not written, and the file already there stays as it was.
    void runsBeyondTheFormatAreNotWritten_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::addColumn<QString>("message");
        NetworkRun softmaxHidden = fixtures::threeClassSoftmax(1);
        softmaxHidden.architecture.activations = {Activation::Softmax, Activation::Softmax};
        QTest::newRow("softmax not last") << softmaxHidden << QStringLiteral("cannot write this run: softmax is for the output layer only, not layer 1");
        NetworkRun tooLong = fixtures::threeClassSoftmax(8'333'334);
        QTest::newRow("too many steps") << tooLong << QStringLiteral("cannot write this run: 8333334 epochs of 6 samples are 50000004 steps");
        NetworkRun nanData = fixtures::deltaBatch(1);
        nanData.data.x[4] = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nan in X") << nanData << QStringLiteral("cannot write this run: X or D holds a value that is not a finite number");
        NetworkRun wide = fixtures::deltaBatch(1);
        wide.architecture.sizes = {3, 40, 1};
        wide.architecture.activations = {Activation::Sigmoid, Activation::Sigmoid};
        QTest::newRow("40 hidden units") << wide << QStringLiteral("cannot write this run: every layer has 1 to 32 units");
        NetworkRun bigLesson = fixtures::deltaBatch(1);
        bigLesson.lessonSource = QByteArray((4 << 20) + 1, 'x');
        QTest::newRow("lesson source too big") << bigLesson << QStringLiteral("cannot write this run: the lesson source is 4194305 bytes");
        QTest::newRow("never recorded") << fixtures::deltaBatch(1) << QStringLiteral("cannot write an incomplete trace");
    }

    void runsBeyondTheFormatAreNotWritten()
    {
        QFETCH(NetworkRun, run);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.dtrace"));
        QString error;
        QVERIFY(NetworkTraceFile::write(recorded(fixtures::deltaBatch(2)), path, &error));
        const QByteArray before = fileBytes(path);
        const NetworkTrace unrecorded(run); // the writer refuses before it reads a value
        QVERIFY(!NetworkTraceFile::write(unrecorded, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ") + message), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("keep.dtrace")});
    }

    void failedWritesLeaveNothingBehind()
    {
        const NetworkTrace trace = recorded(fixtures::deltaBatch(2));
        QTemporaryDir dir;
        const QString regularFile = dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeBytes(regularFile, "not a folder"));
        const QString underAFile = regularFile + QStringLiteral("/trace.dtrace");
        QString error;
        QVERIFY(!NetworkTraceFile::write(trace, underAFile, &error));
        QVERIFY2(error.startsWith(underAFile + QStringLiteral(": cannot create the file")), qPrintable(error));
        QCOMPARE(fileBytes(regularFile), QByteArray("not a folder"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("a-file")});
    }

    void overwritingReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.dtrace"));
        QString error;
        QVERIFY(NetworkTraceFile::write(recorded(fixtures::deltaBatch(2)), path, &error));
        const NetworkTrace second = recorded(fixtures::backpropMomentum(3));
        QVERIFY(NetworkTraceFile::write(second, path, &error));
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(difference(second, *r.trace).isEmpty());
    }

    // The recomputation reports its progress and can be cancelled: a long run never holds the
    // caller hostage.
    void readingCanBeCancelled()
    {
        const QByteArray file = writtenBytes(recorded(fixtures::backpropMomentum(200)));
        long long calls = 0;
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::parse(file, Name, [&](long long done, long long total) {
            ++calls;
            return !(done >= 10 && total == 200);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error, Name + QStringLiteral(": reading was cancelled"));
        QCOMPARE(calls, 10LL);
    }

    // Files written when format 3 was introduced (tests/data/traces, also seeds of the trace
    // fuzzer) read back as the same trace as a fresh recording: later versions must keep
    // reading them.
    void version3FilesStayReadable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<NetworkRun>("run");
        QTest::newRow("three-class softmax") << QStringLiteral("v3-three-class-softmax.dtrace") << fixtures::threeClassSoftmax(3);
        QTest::newRow("rings tanh mini-batch") << QStringLiteral("v3-rings-tanh-minibatch.dtrace") << fixtures::ringsTanhMinibatch(3);
    }

    void version3FilesStayReadable()
    {
        QFETCH(QString, file);
        QFETCH(NetworkRun, run);
        const QString path = QStringLiteral(DELTATRACE_TEST_DATA "/traces/") + file;
        QVERIFY(NetworkTraceFile::isGeneral(path));
        const NetworkTraceFile::ReadResult r = NetworkTraceFile::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString diff = difference(recorded(run), *r.trace);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestNetworkTraceFile)
#include "tst_networktracefile.moc"
