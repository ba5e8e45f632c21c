// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trace file of a general network (lesson format 2): trace format version 3 (*.dtrace).
//
// The container is TraceFile's (tracefile.cpp): all integers and doubles little-endian, doubles
// as their 8 raw IEEE-754 bytes, no padding.
//
//   offset        size  content
//   0             8     magic "DTRACE\r\n"
//   8             4     u32 format version: 3. TraceFile, which reads formats 1 and 2, refuses it
//                       as written by a newer version; this reader refuses 1 and 2 as runs of
//                       lessons 1-3, which TraceFile opens.
//   12            4     u32 H, the header's length in bytes (at most 1 MiB)
//   16            H     the header: one compact UTF-8 JSON object (keys below)
//   16 + H        ...   the blocks listed in the header's "blocks", in that order, back to back
//   size - 4      4     u32 CRC-32 of every byte before it (zlib's crc32)
//
// Header keys, all required (readers ignore keys they do not know):
//   "lessonId", "experimentId"   strings of at most 64 printable characters (the second not empty)
//   "seed"                       whole number 0 .. 4294967295
//   "epochs"                     whole number 1 .. 10 000 000, and epochs * N <= 50 000 000
//   "alpha"                      finite number
//   "layers"                     [n0, n1, ..., nL]: 1 to 4 weight layers, every size 1 .. 32, nL <= 8
//   "activations"                L names: sigmoid, tanh, relu, linear, softmax (softmax: last only)
//   "delta"                      "sse" or "ce" (softmax needs "ce")
//   "batch"                      whole number 1 .. N
//   "momentum"                   finite number, 0 <= momentum < 1
//   "X"                          N rows (1 .. 256) of n0 numbers
//   "D"                          N rows of nL numbers; a list of N numbers when nL is 1
//   "initial"                    {"W1": n1 rows of n0 numbers, ..., "WL": ...}
//   "storage"                    "compact" (the only storage of format 3)
//   "firstNonFiniteStep"         -1, or the first step with an inf or nan value
//   "firstNonFiniteQuantity"     null, or that step's first non-finite quantity ("delta2")
//   "firstSaturatedStep"         -1, or the first step at which a sigmoid or tanh layer saturated
//   "blocks"                     [{"name": NAME, "bytes": N}, ...], every block in file order
// alpha, momentum, X, D and initial are readable copies for people and other tools (JSON numbers
// are printed shortest-exact); the exact doubles are in the "parameters" block, and a reader
// checks that the two agree.
//
// Blocks, in this order; T is the number of weights of all layers:
//   "lesson-source"   the lesson file's bytes as loaded (0 to 4 MiB, may be empty)
//   "parameters"      (2 + N n0 + N nL + 2 T) doubles: alpha, momentum, X row-major, D row-major,
//                     the initial weights and the final weights (W1 row-major, then W2, ...)
//   "digest"          u32: the CRC-32 of the epoch summaries, per epoch the mean squared error
//                     and the cross-entropy as two doubles (every nan written as the quiet nan
//                     0x7ff8000000000000: a nan's sign and payload depend on the compiler)
// The run is deterministic, so nothing else is stored: a reader recomputes it with
// NetworkTrainer and refuses the file when the digest, the final weights or the flags differ (it
// was recorded by a DeltaTrace whose arithmetic differs, and showing this one's numbers would
// misrepresent it). The largest file is about 5.2 MiB, most of it the embedded lesson.
//
// Reading checks, in this order, and stops at the first problem: the file is a regular file, not
// larger than the largest file of this format; the magic; the length; the version; the header
// length; the header JSON; every header field (the network and the data within the limits of
// lesson format 2, epochs * N within 50 000 000); the block list, which must be exactly what the
// network and data imply; the file's size, exactly 16 + H + the blocks + 4. Then the checksum; the
// parameters (finite) against the readable copies; the initial weights, which must be the seed's.
// Then the run is recomputed and held to the digest, the final weights and the flags. The
// embedded lesson travels with the trace unchecked: this reader does not parse lessons. A refusal
// reads "FILE: what is wrong (at byte N)" where a place is known. Messages that are TraceFile's
// own are translated in its context (TraceFile::tr), so they read the same for either format.
#include "networktracefile.h"

#include "inputlimits.h"
#include "lessonloader.h"
#include "regularfile.h"
#include "runlimits.h"
#include "tracefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>

namespace deltatrace {

static_assert(std::endian::native == std::endian::little,
              "trace files are little-endian and are read with memcpy; a big-endian build needs byte swapping");

namespace {

constexpr char Magic[9] = "DTRACE\r\n";
constexpr quint64 PreambleBytes = 16; // magic, version, header length
constexpr quint64 ChecksumBytes = 4;
constexpr quint64 MinimumFileBytes = PreambleBytes + ChecksumBytes;
constexpr quint32 MaxHeaderBytes = 1u << 20;
constexpr quint64 MaxLessonSourceBytes = static_cast<quint64>(LessonLoader::MaxFileBytes);
constexpr quint64 DigestBytes = sizeof(quint32);
constexpr quint64 MaxParameterCount = 2 + Architecture::MaxSamples * Architecture::MaxUnits
    + Architecture::MaxSamples * Architecture::MaxOutputs
    + 2 * Architecture::MaxWeightLayers * Architecture::MaxUnits * Architecture::MaxUnits;
// No file of this format is larger; a larger one is refused before it is read.
constexpr quint64 MaxFileBytes = PreambleBytes + MaxHeaderBytes + MaxLessonSourceBytes + MaxParameterCount * sizeof(double)
    + DigestBytes + ChecksumBytes;

QString text(std::string_view s) { return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())); }
QString layerName(char kind, int layer) { return QStringLiteral("%1%2").arg(QLatin1Char(kind)).arg(layer); }

quint32 crcOf(quint32 crc, const char *data, quint64 size)
{
    uLong c = crc;
    while (size > 0) {
        const auto n = static_cast<uInt>(std::min<quint64>(size, quint64(1) << 20));
        c = crc32(c, reinterpret_cast<const Bytef *>(data), n);
        data += n;
        size -= n;
    }
    return static_cast<quint32>(c);
}

// The same number: the same bits, or both a nan (of any sign and payload).
bool sameNumber(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)); }

// The "digest" block: see the top comment.
quint32 digestOf(const NetworkTrace &trace)
{
    quint32 crc = 0;
    for (int epoch = 0; epoch < trace.epochCount(); ++epoch) {
        const NetworkEpochSummary s = trace.epochSummary(epoch);
        double pair[2] = {s.meanSquaredError, s.crossEntropy};
        for (double &v : pair)
            if (std::isnan(v))
                v = std::numeric_limits<double>::quiet_NaN();
        crc = crcOf(crc, reinterpret_cast<const char *>(pair), sizeof pair);
    }
    return crc;
}

// The "parameters" block's numbers, in order.
std::vector<double> parametersOf(const NetworkTrace &trace)
{
    const NetworkRun &run = trace.run();
    std::vector<double> p{run.alpha, run.architecture.momentum};
    p.insert(p.end(), run.data.x.begin(), run.data.x.end());
    p.insert(p.end(), run.data.d.begin(), run.data.d.end());
    p.insert(p.end(), trace.initialWeights().begin(), trace.initialWeights().end());
    p.insert(p.end(), trace.finalWeights().begin(), trace.finalWeights().end());
    return p;
}

quint64 parameterCount(const Architecture &a, int samples)
{
    return 2 + static_cast<quint64>(samples) * static_cast<quint64>(a.inputCount() + a.outputCount())
        + 2 * static_cast<quint64>(a.totalWeightCount());
}

struct BlockSpec
{
    QString name;
    quint64 bytes = 0;
};

std::vector<BlockSpec> blockLayout(const Architecture &a, int samples, quint64 lessonBytes)
{
    return {{QStringLiteral("lesson-source"), lessonBytes},
            {QStringLiteral("parameters"), parameterCount(a, samples) * sizeof(double)},
            {QStringLiteral("digest"), DigestBytes}};
}

// --- the header's readable copies -----------------------------------------------------------

// rows == 0: a flat list of cols numbers; otherwise rows nested lists of cols numbers.
QJsonArray jsonNumbers(const double *values, int rows, int cols)
{
    QJsonArray out;
    if (rows == 0) {
        for (int i = 0; i < cols; ++i)
            out.append(std::isfinite(values[i]) ? QJsonValue(values[i]) : QJsonValue(QJsonValue::Null));
        return out;
    }
    for (int r = 0; r < rows; ++r)
        out.append(jsonNumbers(values + static_cast<std::ptrdiff_t>(r) * cols, 0, cols));
    return out;
}

// Whether v is a list of that shape of numbers, and when `exact` is given, equal to them.
bool jsonMatches(const QJsonValue &v, int rows, int cols, const double *exact = nullptr)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    if (rows == 0) {
        if (a.size() != cols)
            return false;
        for (int i = 0; i < cols; ++i)
            if (!a.at(i).isDouble() || (exact && a.at(i).toDouble() != exact[i]))
                return false;
        return true;
    }
    if (a.size() != rows)
        return false;
    for (int r = 0; r < rows; ++r)
        if (!jsonMatches(a.at(r), 0, cols, exact ? exact + static_cast<std::ptrdiff_t>(r) * cols : nullptr))
            return false;
    return true;
}

// D as the lessons write it: N rows of K numbers, a list of N numbers when K is 1.
QJsonArray jsonTargets(const NetworkData &data)
{
    return data.outputCount == 1 ? jsonNumbers(data.d.data(), 0, data.sampleCount)
                                 : jsonNumbers(data.d.data(), data.sampleCount, data.outputCount);
}

bool jsonTargetsMatch(const QJsonValue &v, int samples, int outputs, const double *exact = nullptr)
{
    return outputs == 1 ? jsonMatches(v, 0, samples, exact) : jsonMatches(v, samples, outputs, exact);
}

QJsonObject jsonWeights(const Architecture &a, const std::vector<double> &weights)
{
    QJsonObject out;
    const double *at = weights.data();
    for (int l = 1; l <= a.layerCount(); ++l) {
        out.insert(layerName('W', l), jsonNumbers(at, a.units(l), a.units(l - 1)));
        at += a.weightCount(l);
    }
    return out;
}

bool jsonWeightsMatch(const QJsonValue &v, const Architecture &a, const double *exact = nullptr)
{
    if (!v.isObject() || v.toObject().size() != a.layerCount())
        return false;
    const QJsonObject o = v.toObject();
    for (int l = 1, at = 0; l <= a.layerCount(); at += a.weightCount(l), ++l)
        if (!jsonMatches(o.value(layerName('W', l)), a.units(l), a.units(l - 1), exact ? exact + at : nullptr))
            return false;
    return true;
}

std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) || d != std::trunc(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString quantityText(const std::optional<LayerQuantity> &q) { return q ? QString::fromStdString(q->name()) : QStringLiteral("none"); }

// --- refusals -------------------------------------------------------------------------------

struct Refusal
{
    QString what;
    std::optional<quint64> at;
};
using Problem = std::optional<Refusal>;

Refusal refuseAt(const QString &what, quint64 at) { return Refusal{what, at}; }
Refusal refuse(const QString &what) { return Refusal{what, std::nullopt}; }
Refusal invalidHeader(const QString &what) { return refuse(TraceFile::tr("invalid header: %1").arg(what)); }

NetworkTraceFile::ReadResult refused(const QString &name, const Refusal &refusal)
{
    NetworkTraceFile::ReadResult r;
    r.error = refusal.at ? TraceFile::tr("%1: %2 (at byte %3)").arg(name, refusal.what).arg(*refusal.at)
                         : QStringLiteral("%1: %2").arg(name, refusal.what);
    return r;
}

// --- the run's limits, shared by the writer and the reader ----------------------------------

QString architectureProblem(const Architecture &a)
{
    const int layers = a.layerCount();
    if (layers < 1 || layers > Architecture::MaxWeightLayers || a.sizes.size() != static_cast<size_t>(layers) + 1)
        return NetworkTraceFile::tr("a network has 1 to %1 weight layers, with one activation each").arg(Architecture::MaxWeightLayers);
    for (int units : a.sizes)
        if (units < 1 || units > Architecture::MaxUnits)
            return NetworkTraceFile::tr("every layer has 1 to %1 units").arg(Architecture::MaxUnits);
    if (a.outputCount() > Architecture::MaxOutputs)
        return NetworkTraceFile::tr("the output layer has at most %1 units, not %2").arg(Architecture::MaxOutputs).arg(a.outputCount());
    for (int l = 1; l < layers; ++l)
        if (a.activation(l) == Activation::Softmax)
            return NetworkTraceFile::tr("softmax is for the output layer only, not layer %1").arg(l);
    const Activation out = a.activation(layers);
    if (out == Activation::Softmax && a.delta != OutputDelta::CrossEntropy)
        return NetworkTraceFile::tr("a softmax output needs the cross-entropy delta (\"ce\")");
    if (!(std::isfinite(a.momentum) && a.momentum >= 0.0 && a.momentum < 1.0))
        return NetworkTraceFile::tr("the momentum must be a number from 0 up to (not including) 1");
    return QString();
}

// The epochs and the steps: epochs * samples within MaxSteps.
QString lengthProblem(qint64 epochs, qint64 samples)
{
    if (epochs < 1 || epochs > RunLimits::MaxEpochs)
        return NetworkTraceFile::tr("a run has 1 to %1 epochs, not %2").arg(RunLimits::MaxEpochs).arg(epochs);
    if (epochs * samples > NetworkTraceFile::MaxSteps)
        return NetworkTraceFile::tr("%1 epochs of %2 samples are %3 steps, more than the %4 of a general trace")
            .arg(epochs).arg(samples).arg(epochs * samples).arg(NetworkTraceFile::MaxSteps);
    return QString();
}

QString idProblem(const char *key, const QString &id)
{
    const bool printable = std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isPrint(); });
    if (id.size() > InputLimits::MaxIdChars || !printable)
        return TraceFile::tr("'%1' must be at most %2 printable characters, not %3")
            .arg(QLatin1String(key)).arg(InputLimits::MaxIdChars).arg(InputLimits::quoted(id));
    return QString();
}

} // namespace

QString NetworkTraceFile::runProblem(const NetworkRun &run)
{
    if (QString p = idProblem("lessonId", run.lessonId); !p.isEmpty())
        return p;
    if (QString p = idProblem("experimentId", run.experimentId); !p.isEmpty())
        return p;
    if (run.experimentId.isEmpty())
        return TraceFile::tr("'experimentId' must not be empty");
    if (static_cast<quint64>(run.lessonSource.size()) > MaxLessonSourceBytes)
        return tr("the lesson source is %1 bytes (a lesson file is at most %2)").arg(run.lessonSource.size()).arg(MaxLessonSourceBytes);
    const Architecture &a = run.architecture;
    if (QString p = architectureProblem(a); !p.isEmpty())
        return p;
    const NetworkData &data = run.data;
    if (data.sampleCount < 1 || data.sampleCount > Architecture::MaxSamples)
        return tr("a run has 1 to %1 samples, not %2").arg(Architecture::MaxSamples).arg(data.sampleCount);
    if (data.inputCount != a.inputCount() || data.outputCount != a.outputCount()
        || data.x.size() != static_cast<size_t>(data.sampleCount) * static_cast<size_t>(data.inputCount)
        || data.d.size() != static_cast<size_t>(data.sampleCount) * static_cast<size_t>(data.outputCount))
        return tr("the data are not %1 samples of %2 inputs and %3 targets").arg(data.sampleCount).arg(a.inputCount()).arg(a.outputCount());
    if (a.batch < 1 || a.batch > data.sampleCount)
        return tr("the batch must be 1 to %1 samples, not %2").arg(data.sampleCount).arg(a.batch);
    if (QString p = lengthProblem(run.epochs, data.sampleCount); !p.isEmpty())
        return p;
    if (!std::isfinite(run.alpha))
        return TraceFile::tr("alpha is not a finite number");
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!std::all_of(data.x.begin(), data.x.end(), finite) || !std::all_of(data.d.begin(), data.d.end(), finite))
        return TraceFile::tr("X or D holds a value that is not a finite number");
    return QString();
}

// --- writing --------------------------------------------------------------------------------

namespace {

QByteArray headerTextOf(const NetworkTrace &trace, const std::vector<BlockSpec> &blocks)
{
    const NetworkRun &run = trace.run();
    const Architecture &a = run.architecture;
    QJsonObject header;
    header.insert(QStringLiteral("lessonId"), run.lessonId);
    header.insert(QStringLiteral("experimentId"), run.experimentId);
    header.insert(QStringLiteral("seed"), static_cast<qint64>(run.seed));
    header.insert(QStringLiteral("epochs"), run.epochs);
    header.insert(QStringLiteral("alpha"), run.alpha);
    QJsonArray layers, activations;
    for (int units : a.sizes)
        layers.append(units);
    for (Activation f : a.activations)
        activations.append(text(activationName(f)));
    header.insert(QStringLiteral("layers"), layers);
    header.insert(QStringLiteral("activations"), activations);
    header.insert(QStringLiteral("delta"), text(outputDeltaName(a.delta)));
    header.insert(QStringLiteral("batch"), a.batch);
    header.insert(QStringLiteral("momentum"), a.momentum);
    header.insert(QStringLiteral("X"), jsonNumbers(run.data.x.data(), run.data.sampleCount, run.data.inputCount));
    header.insert(QStringLiteral("D"), jsonTargets(run.data));
    header.insert(QStringLiteral("initial"), jsonWeights(a, trace.initialWeights()));
    header.insert(QStringLiteral("storage"), QStringLiteral("compact"));
    header.insert(QStringLiteral("firstNonFiniteStep"), trace.firstNonFiniteStep());
    const std::optional<LayerQuantity> nonFinite = trace.firstNonFiniteQuantity();
    header.insert(QStringLiteral("firstNonFiniteQuantity"),
                  nonFinite ? QJsonValue(QString::fromStdString(nonFinite->name())) : QJsonValue(QJsonValue::Null));
    header.insert(QStringLiteral("firstSaturatedStep"), trace.firstSaturatedStep());
    QJsonArray blockList;
    for (const BlockSpec &b : blocks)
        blockList.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("bytes"), static_cast<qint64>(b.bytes)}});
    header.insert(QStringLiteral("blocks"), blockList);
    return QJsonDocument(header).toJson(QJsonDocument::Compact);
}

// The whole file: it is at most MaxFileBytes, so it is built in memory and written at once.
QByteArray fileBytesOf(const NetworkTrace &trace, const QByteArray &headerText, const std::vector<double> &parameters)
{
    QByteArray bytes;
    const QByteArray &lesson = trace.run().lessonSource;
    bytes.reserve(static_cast<qsizetype>(PreambleBytes) + headerText.size() + lesson.size()
                  + static_cast<qsizetype>(parameters.size() * sizeof(double) + DigestBytes + ChecksumBytes));
    const quint32 version = NetworkTraceFile::Version;
    const auto headerLength = static_cast<quint32>(headerText.size());
    const quint32 digest = digestOf(trace);
    bytes.append(Magic, 8);
    bytes.append(reinterpret_cast<const char *>(&version), 4);
    bytes.append(reinterpret_cast<const char *>(&headerLength), 4);
    bytes.append(headerText);
    bytes.append(lesson);
    bytes.append(reinterpret_cast<const char *>(parameters.data()), static_cast<qsizetype>(parameters.size() * sizeof(double)));
    bytes.append(reinterpret_cast<const char *>(&digest), static_cast<qsizetype>(DigestBytes));
    const quint32 crc = crcOf(0, bytes.constData(), static_cast<quint64>(bytes.size()));
    bytes.append(reinterpret_cast<const char *>(&crc), static_cast<qsizetype>(ChecksumBytes));
    return bytes;
}

} // namespace

bool NetworkTraceFile::write(const NetworkTrace &trace, const QString &path, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, what);
        return false;
    };
    // Refuse what no reader would accept, so that every file written reads back.
    const NetworkRun &run = trace.run();
    if (const QString problem = runProblem(run); !problem.isEmpty())
        return fail(tr("cannot write this run: %1").arg(problem));
    const auto weights = static_cast<size_t>(run.architecture.totalWeightCount());
    if (trace.initialWeights().size() != weights || trace.finalWeights().size() != weights)
        return fail(tr("cannot write an incomplete trace (its weights do not match its network)"));
    const std::vector<BlockSpec> blocks = blockLayout(run.architecture, run.sampleCount(), static_cast<quint64>(run.lessonSource.size()));
    const QByteArray headerText = headerTextOf(trace, blocks);
    if (static_cast<quint64>(headerText.size()) > MaxHeaderBytes)
        return fail(tr("cannot write a trace whose header would be %1 bytes (the limit is %2)").arg(headerText.size()).arg(MaxHeaderBytes));
    const QByteArray bytes = fileBytesOf(trace, headerText, parametersOf(trace));

    if (const QString refusal = RegularFile::refusalToWrite(path); !refusal.isEmpty())
        return fail(refusal);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(TraceFile::tr("cannot create the file: %1").arg(file.errorString()));
    // errno right after the failing call: Qt's own words for a full disk are "Unknown error".
    auto reason = [&](int failure) { return failure != 0 ? RegularFile::systemError(failure) : file.errorString(); };
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = reason(errno);
        file.cancelWriting(); // the temporary file is removed; the old file stays as it was
        return fail(TraceFile::tr("cannot write: %1").arg(why));
    }
    errno = 0;
    if (!file.commit())
        return fail(TraceFile::tr("cannot write: %1").arg(reason(errno)));
    return true;
}

// --- reading --------------------------------------------------------------------------------

namespace {

QJsonValue field(const QJsonObject &header, const char *key) { return header.value(QLatin1String(key)); }

// The magic (as far as the file goes), the length, the version and the header length.
Problem checkPreamble(const char *preamble, quint64 size, quint32 &headerBytes)
{
    if (size == 0)
        return refuse(TraceFile::tr("the file is empty, not a DeltaTrace trace file"));
    for (quint64 i = 0; i < std::min<quint64>(size, 8); ++i)
        if (preamble[i] != Magic[i])
            return refuseAt(TraceFile::tr("not a DeltaTrace trace file (a trace file starts with \"DTRACE\")"), i);
    if (size < MinimumFileBytes)
        return refuse(TraceFile::tr("too short for a DeltaTrace trace file: %1 bytes, less than the %2 of its fixed header and checksum (truncated?)")
                          .arg(size).arg(MinimumFileBytes));
    quint32 version = 0;
    std::memcpy(&version, preamble + 8, 4);
    std::memcpy(&headerBytes, preamble + 12, 4);
    if (version > NetworkTraceFile::Version)
        return refuseAt(TraceFile::tr("written by a newer version of DeltaTrace (trace format %1; this version reads format %2)")
                            .arg(version).arg(NetworkTraceFile::Version), 8);
    if (version == 0)
        return refuseAt(TraceFile::tr("unknown trace format version 0"), 8);
    if (version < NetworkTraceFile::Version)
        return refuseAt(NetworkTraceFile::tr("a run of lessons 1 to 3 (trace format %1), not of a general network").arg(version), 8);
    if (size > MaxFileBytes)
        return refuse(NetworkTraceFile::tr("the file is %1 bytes, larger than any trace of a general network (at most %2 bytes)").arg(size).arg(MaxFileBytes));
    const quint64 room = size - MinimumFileBytes;
    if (headerBytes > room)
        return refuseAt(TraceFile::tr("the header length %1 goes beyond the end of the file (only %2 bytes follow before the checksum; truncated?)")
                            .arg(headerBytes).arg(room), 12);
    if (headerBytes > MaxHeaderBytes)
        return refuseAt(TraceFile::tr("the header length %1 is implausible (a header is at most %2 bytes)").arg(headerBytes).arg(MaxHeaderBytes), 12);
    return std::nullopt;
}

Problem parseHeader(const QByteArray &headerText, QJsonObject &header)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(headerText, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return refuseAt(TraceFile::tr("the header is not valid JSON: %1").arg(jsonError.errorString()),
                        PreambleBytes + static_cast<quint64>(std::max(jsonError.offset, 0)));
    if (!document.isObject())
        return refuseAt(TraceFile::tr("the header is not a JSON object"), PreambleBytes);
    header = document.object();
    return std::nullopt;
}

// The header's fields, each checked.
struct HeaderFields
{
    NetworkRun run; // everything but the exact alpha, momentum, X and D (the parameters block's)
    qint64 firstNonFinite = -1;
    std::optional<LayerQuantity> nonFiniteQuantity;
    qint64 firstSaturated = -1;
};

Problem checkRequiredKeys(const QJsonObject &h)
{
    for (const char *key : {"lessonId", "experimentId", "seed", "epochs", "alpha", "layers", "activations", "delta", "batch", "momentum",
                            "X", "D", "initial", "storage", "firstNonFiniteStep", "firstNonFiniteQuantity", "firstSaturatedStep", "blocks"}) {
        if (!h.contains(QLatin1String(key)))
            return invalidHeader(TraceFile::tr("'%1' is missing").arg(QLatin1String(key)));
    }
    return std::nullopt;
}

Problem checkIdsAndParameters(const QJsonObject &h, NetworkRun &run)
{
    for (const char *key : {"lessonId", "experimentId"}) {
        if (!field(h, key).isString())
            return invalidHeader(NetworkTraceFile::tr("'%1' must be a string").arg(QLatin1String(key)));
        if (const QString p = idProblem(key, field(h, key).toString()); !p.isEmpty())
            return invalidHeader(p);
    }
    run.lessonId = field(h, "lessonId").toString();
    run.experimentId = field(h, "experimentId").toString();
    if (run.experimentId.isEmpty())
        return invalidHeader(TraceFile::tr("'experimentId' must not be empty"));
    const auto seed = wholeNumber(field(h, "seed"), 0, static_cast<qint64>(RunLimits::MaxSeed));
    if (!seed)
        return invalidHeader(TraceFile::tr("'seed' must be a whole number from 0 to %1").arg(RunLimits::MaxSeed));
    run.seed = static_cast<std::uint32_t>(*seed);
    if (!field(h, "alpha").isDouble())
        return invalidHeader(TraceFile::tr("'alpha' must be a finite number"));
    if (!field(h, "momentum").isDouble())
        return invalidHeader(NetworkTraceFile::tr("'momentum' must be a number from 0 up to (not including) 1"));
    return std::nullopt;
}

// The network: layers, activations, delta and momentum, within the limits of lesson format 2.
Problem checkArchitecture(const QJsonObject &h, Architecture &a)
{
    const QJsonValue layers = field(h, "layers");
    if (!layers.isArray() || layers.toArray().size() < 2 || layers.toArray().size() > Architecture::MaxWeightLayers + 1)
        return invalidHeader(NetworkTraceFile::tr("'layers' must be a list of 2 to %1 layer sizes").arg(Architecture::MaxWeightLayers + 1));
    for (const QJsonValue &units : layers.toArray()) {
        const auto n = wholeNumber(units, 1, Architecture::MaxUnits);
        if (!n)
            return invalidHeader(NetworkTraceFile::tr("'layers' must hold whole numbers from 1 to %1").arg(Architecture::MaxUnits));
        a.sizes.push_back(static_cast<int>(*n));
    }
    const QJsonValue activations = field(h, "activations");
    if (!activations.isArray() || activations.toArray().size() != layers.toArray().size() - 1)
        return invalidHeader(NetworkTraceFile::tr("'activations' must name one activation for each of the %1 weight layers")
                                 .arg(layers.toArray().size() - 1));
    for (const QJsonValue &name : activations.toArray()) {
        const std::optional<Activation> f = activationFromName(name.toString().toStdString());
        if (!name.isString() || !f)
            return invalidHeader(NetworkTraceFile::tr("'activations' may only hold %1").arg(text(activationNames())));
        a.activations.push_back(*f);
    }
    const std::optional<OutputDelta> delta = outputDeltaFromName(field(h, "delta").toString().toStdString());
    if (!field(h, "delta").isString() || !delta)
        return invalidHeader(NetworkTraceFile::tr("'delta' must be \"sse\" or \"ce\""));
    a.delta = *delta;
    a.momentum = field(h, "momentum").toDouble();
    if (const QString p = architectureProblem(a); !p.isEmpty())
        return invalidHeader(p);
    return std::nullopt;
}

// The data's shape (its values come from the parameters block), the batch and the run's length.
Problem checkDataShapeAndLength(const QJsonObject &h, NetworkRun &run)
{
    Architecture &a = run.architecture;
    const QJsonValue X = field(h, "X");
    const qsizetype samples = X.isArray() ? X.toArray().size() : 0;
    if (samples < 1 || samples > Architecture::MaxSamples || !jsonMatches(X, static_cast<int>(samples), a.inputCount()))
        return invalidHeader(NetworkTraceFile::tr("'X' must be 1 to %1 rows of %2 numbers (the network's inputs)")
                                 .arg(Architecture::MaxSamples).arg(a.inputCount()));
    const int N = static_cast<int>(samples);
    if (!jsonTargetsMatch(field(h, "D"), N, a.outputCount()))
        return invalidHeader(a.outputCount() == 1 ? NetworkTraceFile::tr("'D' must be a list of %1 numbers, one for each row of X").arg(N)
                                                  : NetworkTraceFile::tr("'D' must be %1 rows of %2 numbers (the network's outputs)").arg(N).arg(a.outputCount()));
    run.data.sampleCount = N;
    run.data.inputCount = a.inputCount();
    run.data.outputCount = a.outputCount();
    const auto batch = wholeNumber(field(h, "batch"), 1, N);
    if (!batch)
        return invalidHeader(NetworkTraceFile::tr("'batch' must be a whole number from 1 to %1 (the samples)").arg(N));
    a.batch = static_cast<int>(*batch);
    const auto epochs = wholeNumber(field(h, "epochs"), 1, RunLimits::MaxEpochs);
    if (!epochs)
        return invalidHeader(TraceFile::tr("'epochs' must be a whole number from 1 to %1").arg(RunLimits::MaxEpochs));
    if (const QString p = lengthProblem(*epochs, N); !p.isEmpty())
        return invalidHeader(p);
    run.epochs = static_cast<int>(*epochs);
    if (!jsonWeightsMatch(field(h, "initial"), a))
        return invalidHeader(NetworkTraceFile::tr("'initial' must hold the weights W1 to W%1 of this network").arg(a.layerCount()));
    return std::nullopt;
}

// The storage and the flags, which must name steps of the run and a quantity it computes.
Problem checkStorageAndFlags(const QJsonObject &h, HeaderFields &f)
{
    if (field(h, "storage").toString() != QLatin1String("compact"))
        return invalidHeader(NetworkTraceFile::tr("'storage' must be \"compact\""));
    const qint64 steps = f.run.stepCount();
    const auto firstNonFinite = wholeNumber(field(h, "firstNonFiniteStep"), -1, steps - 1);
    if (!firstNonFinite)
        return invalidHeader(TraceFile::tr("'firstNonFiniteStep' must be -1 or a step of the run (0 to %1)").arg(steps - 1));
    f.firstNonFinite = *firstNonFinite;
    const QJsonValue quantity = field(h, "firstNonFiniteQuantity");
    if (!quantity.isNull()) {
        f.nonFiniteQuantity = LayerQuantity::fromName(quantity.toString().toStdString());
        if (!quantity.isString() || !f.nonFiniteQuantity || !StepLayout(f.run.architecture).has(*f.nonFiniteQuantity))
            return invalidHeader(NetworkTraceFile::tr("'firstNonFiniteQuantity' must be null or name a quantity that this network computes"));
    }
    const auto firstSaturated = wholeNumber(field(h, "firstSaturatedStep"), -1, steps - 1);
    if (!firstSaturated)
        return invalidHeader(TraceFile::tr("'firstSaturatedStep' must be -1 or a step of the run (0 to %1)").arg(steps - 1));
    f.firstSaturated = *firstSaturated;
    return std::nullopt;
}

Problem checkHeaderFields(const QJsonObject &h, HeaderFields &f)
{
    if (Problem p = checkRequiredKeys(h))
        return p;
    if (Problem p = checkIdsAndParameters(h, f.run))
        return p;
    if (Problem p = checkArchitecture(h, f.run.architecture))
        return p;
    if (Problem p = checkDataShapeAndLength(h, f.run))
        return p;
    return checkStorageAndFlags(h, f);
}

// The block list must be exactly what the network and data imply; the lesson source, the one
// size a file chooses, is at most 4 MiB. Returns the file size they add up to in `declared`.
Problem checkBlockList(const QJsonObject &h, const NetworkRun &run, quint32 headerBytes, std::vector<BlockSpec> &blocks, quint64 &declared)
{
    if (!field(h, "blocks").isArray())
        return invalidHeader(TraceFile::tr("'blocks' must be a list"));
    const QJsonArray list = field(h, "blocks").toArray();
    const QJsonObject first = list.isEmpty() ? QJsonObject() : list.first().toObject();
    const auto lessonBytes = wholeNumber(first.value(QLatin1String("bytes")), 0, static_cast<qint64>(MaxLessonSourceBytes));
    if (first.value(QLatin1String("name")).toString() != QLatin1String("lesson-source") || !lessonBytes)
        return invalidHeader(TraceFile::tr("the first block must be the lesson source, of 0 to %1 bytes").arg(MaxLessonSourceBytes));
    blocks = blockLayout(run.architecture, run.sampleCount(), static_cast<quint64>(*lessonBytes));
    if (list.size() != static_cast<qsizetype>(blocks.size()))
        return invalidHeader(NetworkTraceFile::tr("it lists %1 blocks, but a general trace has %2").arg(list.size()).arg(blocks.size()));
    declared = PreambleBytes + headerBytes + ChecksumBytes;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = list.at(static_cast<qsizetype>(i)).toObject();
        const QString name = b.value(QLatin1String("name")).toString();
        const auto bytes = wholeNumber(b.value(QLatin1String("bytes")), 0, qint64(1) << 53);
        if (name != blocks[i].name || !bytes || static_cast<quint64>(*bytes) != blocks[i].bytes)
            return invalidHeader(NetworkTraceFile::tr("block %1 must be '%2' of %3 bytes for this network and data, not %4 of %5 bytes")
                                     .arg(i).arg(blocks[i].name).arg(blocks[i].bytes).arg(InputLimits::quoted(name))
                                     .arg(bytes ? QString::number(*bytes) : QStringLiteral("?")));
        declared += blocks[i].bytes;
    }
    return std::nullopt;
}

Problem checkFileSize(quint64 size, quint64 declared)
{
    if (size < declared)
        return refuseAt(TraceFile::tr("truncated: the file is %1 bytes, but its header declares %2 bytes").arg(size).arg(declared), size);
    if (size > declared)
        return refuseAt(TraceFile::tr("the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end").arg(size).arg(declared),
                        declared - ChecksumBytes);
    return std::nullopt;
}

Problem checkChecksum(const QByteArray &bytes)
{
    const auto size = static_cast<quint64>(bytes.size());
    const quint32 computed = crcOf(0, bytes.constData(), size - ChecksumBytes);
    quint32 stored = 0;
    std::memcpy(&stored, bytes.constData() + size - ChecksumBytes, ChecksumBytes);
    if (stored != computed)
        return refuseAt(TraceFile::tr("corrupted: checksum mismatch (the file says %1, its bytes give %2)")
                            .arg(QStringLiteral("0x%1").arg(stored, 8, 16, QLatin1Char('0')), QStringLiteral("0x%1").arg(computed, 8, 16, QLatin1Char('0'))),
                        size - ChecksumBytes);
    return std::nullopt;
}

// The exact alpha, momentum, X and D into the run, finite and as the readable copies say; the
// initial weights the seed's, bit for bit.
Problem checkParameters(const QJsonObject &h, const double *p, quint64 at, NetworkRun &run)
{
    const int N = run.sampleCount();
    const size_t xCount = static_cast<size_t>(N) * static_cast<size_t>(run.data.inputCount);
    const size_t dCount = static_cast<size_t>(N) * static_cast<size_t>(run.data.outputCount);
    run.alpha = p[0];
    run.architecture.momentum = p[1];
    run.data.x.assign(p + 2, p + 2 + xCount);
    run.data.d.assign(p + 2 + xCount, p + 2 + xCount + dCount);
    if (!std::isfinite(run.alpha))
        return refuseAt(TraceFile::tr("alpha is not a finite number"), at);
    if (const QString problem = architectureProblem(run.architecture); !problem.isEmpty())
        return refuseAt(problem, at + sizeof(double));
    const auto finite = [](double v) { return std::isfinite(v); };
    if (!std::all_of(p + 2, p + 2 + xCount + dCount, finite))
        return refuseAt(TraceFile::tr("X or D holds a value that is not a finite number"), at + 2 * sizeof(double));
    if (field(h, "alpha").toDouble() != run.alpha)
        return invalidHeader(TraceFile::tr("'alpha' does not agree with the exact value in the parameters block"));
    if (field(h, "momentum").toDouble() != run.architecture.momentum)
        return invalidHeader(NetworkTraceFile::tr("'momentum' does not agree with the exact value in the parameters block"));
    if (!jsonMatches(field(h, "X"), N, run.data.inputCount, run.data.x.data()))
        return invalidHeader(TraceFile::tr("'X' does not agree with the exact values in the parameters block"));
    if (!jsonTargetsMatch(field(h, "D"), N, run.data.outputCount, run.data.d.data()))
        return invalidHeader(TraceFile::tr("'D' does not agree with the exact values in the parameters block"));
    const quint64 initialAt = 2 + xCount + dCount;
    const std::vector<double> seeded = NetworkEngine::initialWeights(run.architecture, run.seed);
    for (size_t i = 0; i < seeded.size(); ++i)
        if (std::memcmp(&seeded[i], p + initialAt + i, sizeof(double)) != 0)
            return refuseAt(TraceFile::tr("the initial weights are not those of seed %1").arg(run.seed), at + (initialAt + i) * sizeof(double));
    if (!jsonWeightsMatch(field(h, "initial"), run.architecture, seeded.data()))
        return invalidHeader(TraceFile::tr("'initial' does not agree with the exact weights in the parameters block"));
    return std::nullopt;
}

// Not corruption (the checksum held): a file whose parts disagree, or one written by a
// DeltaTrace whose arithmetic differs. Either way its numbers are not shown.
QString differsFromRun(const NetworkRun &run, const QString &what)
{
    return NetworkTraceFile::tr("the recorded values are not those of this run recomputed by DeltaTrace "
                                "(seed %1, alpha %2, %3 epochs): %4")
        .arg(run.seed).arg(QString::number(run.alpha, 'g', QLocale::FloatingPointShortest)).arg(run.epochs).arg(what);
}

// The recomputed run against the digest, the final weights and the flags.
Problem checkAgainstRun(const NetworkTrace &trace, const HeaderFields &f, const double *finalWeights, quint64 finalAt, quint32 storedDigest,
                        quint64 digestAt)
{
    const NetworkRun &run = trace.run();
    if (storedDigest != digestOf(trace))
        return refuseAt(differsFromRun(run, TraceFile::tr("its digest differs, so it was recorded by a DeltaTrace whose arithmetic "
                                                                 "differs from this one's, and its numbers would not be the ones shown here")),
                        digestAt);
    const std::vector<double> &final = trace.finalWeights();
    for (size_t i = 0; i < final.size(); ++i) {
        double stored = 0.0;
        std::memcpy(&stored, finalWeights + i, sizeof stored);
        if (!sameNumber(stored, final[i]))
            return refuseAt(differsFromRun(run, TraceFile::tr("the final weights differ")), finalAt + i * sizeof(double));
    }
    const std::optional<LayerQuantity> nonFinite = trace.firstNonFiniteQuantity();
    if (trace.firstNonFiniteStep() != f.firstNonFinite || nonFinite != f.nonFiniteQuantity)
        return refuse(differsFromRun(run, TraceFile::tr("the header's 'firstNonFiniteStep' is %1 with '%2', but the run's first non-finite value is at step %3 (%4)")
                                              .arg(f.firstNonFinite).arg(quantityText(f.nonFiniteQuantity)).arg(trace.firstNonFiniteStep())
                                              .arg(quantityText(nonFinite))));
    if (trace.firstSaturatedStep() != f.firstSaturated)
        return refuse(differsFromRun(run, TraceFile::tr("the header's 'firstSaturatedStep' is %1, but the run first saturates at step %2")
                                              .arg(f.firstSaturated).arg(trace.firstSaturatedStep())));
    return std::nullopt;
}

NetworkTraceFile::ReadResult parseChecked(const QByteArray &bytes, const QString &name, const NetworkTrainer::Progress &progress)
{
    const auto size = static_cast<quint64>(bytes.size());
    quint32 headerBytes = 0;
    if (const Problem p = checkPreamble(bytes.constData(), size, headerBytes))
        return refused(name, *p);
    QJsonObject header;
    if (const Problem p = parseHeader(bytes.mid(static_cast<qsizetype>(PreambleBytes), static_cast<qsizetype>(headerBytes)), header))
        return refused(name, *p);
    HeaderFields fields;
    if (const Problem p = checkHeaderFields(header, fields))
        return refused(name, *p);
    std::vector<BlockSpec> blocks;
    quint64 declared = 0;
    if (const Problem p = checkBlockList(header, fields.run, headerBytes, blocks, declared))
        return refused(name, *p);
    if (const Problem p = checkFileSize(size, declared))
        return refused(name, *p);
    if (const Problem p = checkChecksum(bytes))
        return refused(name, *p);

    // Every size is the network's own from here on, and the file is exactly that long.
    NetworkRun &run = fields.run;
    const quint64 lessonAt = PreambleBytes + headerBytes;
    const quint64 parametersAt = lessonAt + blocks[0].bytes;
    const quint64 digestAt = parametersAt + blocks[1].bytes;
    run.lessonSource = bytes.mid(static_cast<qsizetype>(lessonAt), static_cast<qsizetype>(blocks[0].bytes));
    std::vector<double> parameters(static_cast<size_t>(blocks[1].bytes / sizeof(double)));
    std::memcpy(parameters.data(), bytes.constData() + parametersAt, blocks[1].bytes);
    if (const Problem p = checkParameters(header, parameters.data(), parametersAt, run))
        return refused(name, *p);
    if (const QString problem = NetworkTraceFile::runProblem(run); !problem.isEmpty()) // every limit checked above: a safety net
        return refused(name, invalidHeader(problem));

    // The run is deterministic: recompute it and hold the stored numbers to it.
    NetworkTrainer::Options options;
    options.progress = progress;
    std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
    if (!trace)
        return refused(name, refuse(NetworkTraceFile::tr("reading was cancelled")));
    const size_t weights = static_cast<size_t>(run.architecture.totalWeightCount());
    const size_t finalIndex = parameters.size() - weights;
    quint32 digest = 0;
    std::memcpy(&digest, bytes.constData() + digestAt, DigestBytes);
    if (const Problem p = checkAgainstRun(*trace, fields, parameters.data() + finalIndex, parametersAt + finalIndex * sizeof(double), digest, digestAt))
        return refused(name, *p);
    NetworkTraceFile::ReadResult result;
    result.trace = std::move(trace);
    return result;
}

NetworkTraceFile::ReadResult parseGuarded(const QByteArray &bytes, const QString &name, const NetworkTrainer::Progress &progress)
{
    // The last line of defence: every size is bounded before it is allocated, but a machine
    // short of memory still gets a refusal naming the file rather than a crash.
    try {
        return parseChecked(bytes, name, progress);
    } catch (const std::bad_alloc &) {
        NetworkTraceFile::ReadResult r;
        r.error = TraceFile::tr("%1: there is not enough memory to read this trace").arg(name);
        return r;
    }
}

} // namespace

NetworkTraceFile::ReadResult NetworkTraceFile::parse(const QByteArray &bytes, const QString &sourceName, const NetworkTrainer::Progress &progress)
{
    return parseGuarded(bytes, sourceName, progress);
}

NetworkTraceFile::ReadResult NetworkTraceFile::read(const QString &path, const NetworkTrainer::Progress &progress)
{
    QFile file;
    if (const QString problem = RegularFile::openForReading(file, path, TraceFile::tr("a trace file")); !problem.isEmpty()) {
        ReadResult r;
        r.error = QStringLiteral("%1: %2").arg(path, problem);
        return r;
    }
    // The preamble first: a file of another format or size is refused before it is read whole.
    const auto size = static_cast<quint64>(std::max<qint64>(file.size(), 0));
    const QByteArray preamble = file.read(static_cast<qint64>(PreambleBytes));
    auto unreadable = [&] {
        ReadResult r;
        r.error = QStringLiteral("%1: %2").arg(path, file.error() != QFile::NoError ? TraceFile::tr("cannot read: %1").arg(file.errorString())
                                                                                     : TraceFile::tr("the file ended early (was it changed while being read?)"));
        return r;
    };
    if (static_cast<quint64>(preamble.size()) != std::min(size, PreambleBytes))
        return unreadable();
    quint32 headerBytes = 0;
    if (const Problem p = checkPreamble(preamble.constData(), size, headerBytes))
        return refused(path, *p);
    // checkPreamble held the size to MaxFileBytes.
    const QByteArray bytes = preamble + file.read(static_cast<qint64>(size) - preamble.size());
    if (static_cast<quint64>(bytes.size()) != size)
        return unreadable();
    return parseGuarded(bytes, path, progress);
}

bool NetworkTraceFile::isGeneral(const QString &path)
{
    QFile file;
    if (!RegularFile::openForReading(file, path, TraceFile::tr("a trace file")).isEmpty())
        return false;
    char preamble[12] = {};
    if (file.read(preamble, sizeof preamble) != static_cast<qint64>(sizeof preamble) || std::memcmp(preamble, Magic, 8) != 0)
        return false;
    quint32 version = 0;
    std::memcpy(&version, preamble + 8, 4);
    return version == Version;
}

} // namespace deltatrace
