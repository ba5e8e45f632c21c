// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trace file, format versions 1 and 2 (*.dtrace). Format 2 adds compact traces (below);
// every other trace is written as format 1, which every DeltaTrace reads.
//
// All integers and doubles are little-endian. Doubles are IEEE-754 binary64 stored as their
// 8 raw bytes, so every value reads back bit for bit (-0.0, infinities and nan payloads too).
// There is no padding anywhere.
//
//   offset        size  content
//   0             8     magic "DTRACE\r\n" (44 54 52 41 43 45 0D 0A); the CR LF makes a
//                       transfer that rewrites line ends visible
//   8             4     u32 format version, 1 or 2. Readers refuse a version newer than their own.
//   12            4     u32 H, the header's length in bytes (at most 1 MiB)
//   16            H     the header: one compact UTF-8 JSON object (keys below)
//   16 + H        ...   the blocks listed in the header's "blocks", in that order, back to back
//   size - 4      4     u32 CRC-32 of every byte before it (zlib's crc32: the polynomial
//                       0xEDB88320 of zip and PNG, starting value 0)
//
// Header keys, all required (readers ignore keys they do not know):
//   "lessonId", "experimentId"   strings
//   "rule"                       "forward" | "delta-rule" | "backprop-sigmoid" | "backprop-ce"
//   "seed"                       whole number 0 .. 4294967295
//   "epochs"                     whole number 1 .. 10 000 000
//   "alpha"                      finite number
//   "X"                          4 rows of 3 numbers
//   "D"                          4 numbers
//   "initial"                    the initial weights: {"W": [[3 numbers]]} for one neuron,
//                                {"W1": 4 rows of 3, "W2": [[4 numbers]]} for the 3-4-1 network
//   "fullRecord"                 true: the per-step columns are stored; false: only epoch
//                                checkpoints (steps are recomputed from them, bit-identically)
//   "firstNonFiniteStep"         -1, or the first step with an inf or nan value
//   "firstNonFiniteQuantity"     the name of that step's first non-finite quantity ("v" if none)
//   "firstSaturatedStep"         -1, or the first step at which a sigmoid saturated
//   "blocks"                     [{"name": NAME, "bytes": N}, ...], every block in file order
//   "storage"                    format 2 only, optional: "compact" (then "fullRecord" is false)
//   "exercises"                  optional, any format: a learner's exercise session on this run
//                                (its layout and checks in exerciserecord.cpp). Older readers
//                                ignore it; this one refuses the whole file when it is wrong.
// alpha, X, D and initial are readable copies for people and other tools; JSON numbers are
// printed shortest-exact, and non-finite values (which JSON cannot hold) are null. The exact
// doubles are in the "parameters" block, and a reader checks that the two agree.
//
// Blocks, in this order; n is the weight count (3: W; 16: W1 row-major then W2),
// S = 4 * epochs sample steps, E = epochs:
//   "lesson-source"   the lesson file's bytes as loaded (0 to 4 MiB, may be empty)
//   "parameters"      (17 + 2n) doubles: alpha, X row-major (12), D (4), initial weights (n),
//                     final weights (n)
//   "column:NAME"     only when fullRecord: one block for each recorded quantity of the rule,
//                     in recordedQuantities() order, named by quantityName(); S * size(q)
//                     doubles, step after step, each step's values row-major (for W, W1, W2
//                     the weights after that step's update)
//   "checkpoints"     E * n doubles: the weights before each epoch's first step
//   "summaries"       E * 6 doubles: per epoch the mean squared error, the cross-entropy and
//                     the 4 outputs, measured with the weights at the end of the epoch
// A compact trace ("storage": "compact") has, after "parameters", only:
//   "digest"          2 u32: the CRC-32 of the run's checkpoints block and of its summaries
//                     block, as a format 1 file would store them
// A reader recomputes the run and refuses the file when the digest differs: it was recorded by
// a DeltaTrace whose arithmetic differs, and showing this one's numbers would misrepresent it.
// Its size does not grow with the run: a lesson's run is tens of kilobytes, most of them the
// embedded lesson.
//
// Reading checks, in this order, and stops at the first problem: the file is a regular file and
// can be read; the magic; the length (at least 20 bytes); the version; the header length against
// the file; the header JSON; every header field; the block list, which must be exactly what the
// rule, epochs and storage mode imply (a full record only where a recording would keep one); the
// file's size, which must be exactly 16 + H + the blocks + 4. Then, with nothing big allocated:
// the checksum over a first pass through the file; the parameters (finite); the embedded lesson,
// when its bytes are a lesson (its ids, the experiment's rule, X and D); the initial weights,
// which must be the seed's; the readable copies against the exact values. Then the run is
// recomputed (it is deterministic) and a second pass holds every stored number to it, bit for
// bit, followed by the final weights and the non-finite and saturation flags. The trace returned
// is the recomputed one. A refusal reads "FILE: what is wrong (at byte N)" where a place is known.
#include "tracefile.h"

#include "engine.h"
#include "inputlimits.h"
#include "lessonloader.h"
#include "regularfile.h"
#include "runlimits.h"
#include "trainer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>

namespace deltatrace {

static_assert(std::endian::native == std::endian::little,
              "trace files are little-endian and are read with memcpy; a big-endian build needs byte swapping");
static_assert(std::numeric_limits<double>::is_iec559 && sizeof(double) == 8);

namespace {

constexpr quint64 PreambleBytes = 16;  // magic, version, header length
constexpr quint64 ChecksumBytes = 4;
constexpr quint64 MinimumFileBytes = PreambleBytes + ChecksumBytes;
constexpr quint32 MaxHeaderBytes = 1u << 20;
constexpr quint64 MaxLessonSourceBytes = static_cast<quint64>(LessonLoader::MaxFileBytes);
// Reads and writes go in chunks this big: the CRC of a chunk is computed while it is in cache.
constexpr quint64 IoChunkBytes = quint64(1) << 20;
constexpr int MaxParameterCount = 1 + 12 + 4 + 2 * 16;
constexpr quint64 DigestBytes = 2 * sizeof(quint32);

quint32 crcOf(quint32 crc, const char *data, quint64 size)
{
    uLong c = crc;
    while (size > 0) {
        const auto n = static_cast<uInt>(std::min(size, IoChunkBytes));
        c = crc32(c, reinterpret_cast<const Bytef *>(data), n);
        data += n;
        size -= n;
    }
    return static_cast<quint32>(c);
}

QString nameOf(Quantity q)
{
    const std::string_view name = quantityName(q);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString nameOf(Rule r)
{
    const std::string_view name = ruleName(r);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

int parameterCount(Rule rule) { return 1 + 12 + 4 + 2 * Trace::weightCount(rule); }

struct BlockSpec
{
    QString name;
    quint64 bytes = 0;
};

// The blocks a trace of this kind has, in file order. epochs <= 10^7 keeps every size far
// below 2^63.
std::vector<BlockSpec> blockLayout(Rule rule, int epochs, TraceFile::Storage storage, quint64 lessonBytes)
{
    const auto e = static_cast<quint64>(epochs);
    const quint64 steps = e * SampleCount;
    std::vector<BlockSpec> blocks;
    blocks.push_back({QStringLiteral("lesson-source"), lessonBytes});
    blocks.push_back({QStringLiteral("parameters"), static_cast<quint64>(parameterCount(rule)) * sizeof(double)});
    if (storage == TraceFile::Storage::Compact) {
        blocks.push_back({QStringLiteral("digest"), DigestBytes});
        return blocks;
    }
    if (storage == TraceFile::Storage::Full) {
        for (Quantity q : recordedQuantities(rule))
            blocks.push_back({QStringLiteral("column:") + nameOf(q),
                              steps * static_cast<quint64>(quantityShape(q).size()) * sizeof(double)});
    }
    blocks.push_back({QStringLiteral("checkpoints"), e * static_cast<quint64>(Trace::weightCount(rule)) * sizeof(double)});
    blocks.push_back({QStringLiteral("summaries"), e * Trace::SummaryWidth * sizeof(double)});
    return blocks;
}

// The digest of a compact trace: the CRC-32 of the run's epoch checkpoints and of its epoch
// summaries, as their bytes lie in memory (little-endian doubles). Every recorded value feeds
// the weights of the steps after it, so a run computed with other arithmetic shows in them.
std::array<quint32, 2> digestOf(const Trace &trace)
{
    const std::span<const double> checkpoints = trace.checkpoints();
    const std::span<const double> summaries = trace.summaries();
    return {crcOf(0, reinterpret_cast<const char *>(checkpoints.data()), checkpoints.size_bytes()),
            crcOf(0, reinterpret_cast<const char *>(summaries.data()), summaries.size_bytes())};
}

QString storageName(TraceFile::Storage storage)
{
    switch (storage) {
    case TraceFile::Storage::Compact: return QStringLiteral("compact");
    case TraceFile::Storage::Checkpoints: return QStringLiteral("checkpoints");
    case TraceFile::Storage::Full: return QStringLiteral("full");
    case TraceFile::Storage::AsRecorded: break;
    }
    return QString();
}

const double *weightData(const Weights &w, Quantity q)
{
    return q == Quantity::W ? w.W.data() : q == Quantity::W1 ? w.W1.data() : w.W2.data();
}

// --- the header's readable copies -----------------------------------------------------------

QJsonValue jsonNumber(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

// rows == 0: a flat list of cols numbers; otherwise rows nested lists of cols numbers.
QJsonArray jsonNumbers(const double *values, int rows, int cols)
{
    QJsonArray out;
    if (rows == 0) {
        for (int i = 0; i < cols; ++i)
            out.append(jsonNumber(values[i]));
        return out;
    }
    for (int r = 0; r < rows; ++r)
        out.append(jsonNumbers(values + r * cols, 0, cols));
    return out;
}

QJsonObject jsonWeights(Rule rule, const Weights &w)
{
    QJsonObject out;
    for (Quantity q : weightQuantities(rule)) {
        const Shape s = quantityShape(q);
        out.insert(nameOf(q), jsonNumbers(weightData(w, q), s.rows, s.cols));
    }
    return out;
}

// Whether v has the shape (numbers or nulls), and when `exact` is given, whether it agrees
// with those doubles: a finite double equals the number, a non-finite one is null.
bool jsonMatches(const QJsonValue &v, int rows, int cols, const double *exact = nullptr)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    if (rows == 0) {
        if (a.size() != cols)
            return false;
        for (int i = 0; i < cols; ++i) {
            const QJsonValue x = a.at(i);
            if (!x.isDouble() && !x.isNull())
                return false;
            if (exact && (std::isfinite(exact[i]) ? !(x.isDouble() && x.toDouble() == exact[i]) : !x.isNull()))
                return false;
        }
        return true;
    }
    if (a.size() != rows)
        return false;
    for (int r = 0; r < rows; ++r)
        if (!jsonMatches(a.at(r), 0, cols, exact ? exact + r * cols : nullptr))
            return false;
    return true;
}

bool jsonWeightsMatch(const QJsonValue &v, Rule rule, const Weights *exact)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (o.size() != static_cast<qsizetype>(weightQuantities(rule).size()))
        return false;
    for (Quantity q : weightQuantities(rule)) {
        const Shape s = quantityShape(q);
        if (!jsonMatches(o.value(nameOf(q)), s.rows, s.cols, exact ? weightData(*exact, q) : nullptr))
            return false;
    }
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

QString weightsDescription(Rule rule)
{
    return isTwoLayer(rule) ? TraceFile::tr("W1 (4 x 3) and W2 (1 x 4)") : TraceFile::tr("W (1 x 3)");
}

bool sameBits(const double *a, const double *b, int count)
{
    return std::memcmp(a, b, static_cast<size_t>(count) * sizeof(double)) == 0;
}

// The same number: the same bits, or both a nan. A nan's sign and payload depend on the
// compiler and the order of the operations that made it, not on the run (a gcc and a clang
// build of DeltaTrace make nans of other signs), so any nan stands for any other.
bool sameNumber(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

// The index of the first number that differs (by sameNumber), or count.
std::size_t firstDifferentNumber(const char *stored, const double *expected, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        double v;
        std::memcpy(&v, stored + i * sizeof(double), sizeof v);
        if (!sameNumber(v, expected[i]))
            return i;
    }
    return count;
}

QString hex32(quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); }

// --- refusals -------------------------------------------------------------------------------

// What is wrong with a file being read, and the byte where it is when a place is known. Every
// step of the reader returns one, or nothing when it found nothing wrong; parseChecked turns the
// first into the message "FILE: what is wrong (at byte N)".
struct Refusal
{
    QString what;
    std::optional<quint64> at;
};
using Problem = std::optional<Refusal>;

Refusal refuseAt(const QString &what, quint64 at) { return Refusal{what, at}; }
Refusal refuse(const QString &what) { return Refusal{what, std::nullopt}; }
Refusal invalidHeader(const QString &what) { return refuse(TraceFile::tr("invalid header: %1").arg(what)); }

TraceFile::ReadResult refused(const QString &name, const Refusal &refusal)
{
    TraceFile::ReadResult r;
    r.error = refusal.at ? TraceFile::tr("%1: %2 (at byte %3)").arg(name, refusal.what).arg(*refusal.at)
                         : QStringLiteral("%1: %2").arg(name, refusal.what);
    return r;
}

} // namespace

// The bytes of a trace file, from an open file or from memory, read front to back with a
// running CRC. Reads never go past the size known at the start.
class TraceFile::Source
{
public:
    Source(const char *data, quint64 size) : m_data(data), m_size(size) {}
    Source(QFile *file, quint64 size) : m_file(file), m_size(size) {}

    quint64 size() const { return m_size; }
    quint64 position() const { return m_position; }
    quint32 crc() const { return m_crc; }
    const QString &error() const { return m_error; }
    // Where reading stopped, and why.
    Refusal failure() const { return refuseAt(m_error, m_position); }

    // Goes back (or forward) to a byte already known to be in the file; the CRC is not touched.
    bool seek(quint64 to)
    {
        if (to > m_size || (m_file && !m_file->seek(static_cast<qint64>(to)))) {
            m_error = TraceFile::tr("cannot go back in the file: %1").arg(m_file ? m_file->errorString() : QString());
            return false;
        }
        m_position = to;
        return true;
    }

    // Reads exactly n bytes into `into`, adding them to the CRC unless `checksummed` is false.
    bool read(void *into, quint64 n, bool checksummed = true)
    {
        if (n > m_size - m_position) {
            m_error = TraceFile::tr("unexpected end of the file");
            return false;
        }
        char *to = static_cast<char *>(into);
        while (n > 0) {
            const quint64 chunk = std::min(n, IoChunkBytes);
            if (m_file) {
                quint64 done = 0;
                while (done < chunk) {
                    const qint64 got = m_file->read(to + done, static_cast<qint64>(chunk - done));
                    if (got <= 0) {
                        m_position += done;
                        m_error = got < 0 ? TraceFile::tr("cannot read: %1").arg(m_file->errorString())
                                          : TraceFile::tr("the file ended early (was it changed while being read?)");
                        return false;
                    }
                    done += static_cast<quint64>(got);
                }
            } else {
                std::memcpy(to, m_data + m_position, chunk);
            }
            if (checksummed)
                m_crc = crcOf(m_crc, to, chunk);
            to += chunk;
            n -= chunk;
            m_position += chunk;
        }
        return true;
    }

private:
    const char *m_data = nullptr;
    QFile *m_file = nullptr;
    quint64 m_size = 0;
    quint64 m_position = 0;
    quint32 m_crc = 0;
    QString m_error;
};

// --- writing --------------------------------------------------------------------------------

namespace {

// What a reader would refuse in the run itself, checked first: its length, alpha and lesson
// source. An empty QString when there is nothing to refuse.
QString refusalOfRun(const TraceSpec &spec)
{
    if (spec.epochs < 1 || spec.epochs > RunLimits::MaxEpochs)
        return TraceFile::tr("cannot write a trace of %1 epochs (the limit is 1 to %2)").arg(spec.epochs).arg(RunLimits::MaxEpochs);
    if (!std::isfinite(spec.alpha))
        return TraceFile::tr("cannot write a trace whose alpha is not a finite number");
    const auto lessonBytes = static_cast<quint64>(spec.lessonSource.size());
    if (lessonBytes > MaxLessonSourceBytes)
        return TraceFile::tr("cannot write a trace whose lesson source is %1 bytes (a lesson file is at most %2)")
            .arg(lessonBytes).arg(MaxLessonSourceBytes);
    return QString();
}

// The arrays to write, in block order after the lesson source and the parameters (a compact
// trace writes their digest instead, but the trace must still be whole).
std::vector<std::span<const double>> arraysToWrite(const Trace &trace, TraceFile::Storage storage)
{
    std::vector<std::span<const double>> arrays;
    if (storage == TraceFile::Storage::Full)
        for (Quantity q : recordedQuantities(trace.rule()))
            arrays.push_back(trace.column(q));
    arrays.push_back(trace.checkpoints());
    arrays.push_back(trace.summaries());
    return arrays;
}

// Whether the trace holds every array its blocks need, of the sizes its epochs imply, and flags
// that name steps of the run: a trace built by hand or cut short is not written.
bool isWhole(const Trace &trace, const std::vector<std::span<const double>> &arrays, TraceFile::Storage storage, quint64 lessonBytes)
{
    const TraceSpec &spec = trace.spec();
    const std::vector<BlockSpec> arrayBlocks = blockLayout(spec.rule, spec.epochs,
                                                           storage == TraceFile::Storage::Compact ? TraceFile::Storage::Checkpoints : storage, lessonBytes);
    const long long steps = spec.stepCount();
    bool whole = arrays.size() + 2 == arrayBlocks.size();
    for (size_t i = 0; whole && i < arrays.size(); ++i)
        whole = arrays[i].size_bytes() == arrayBlocks[i + 2].bytes;
    return whole && trace.firstNonFiniteStep() >= -1 && trace.firstNonFiniteStep() < steps
           && trace.firstSaturatedStep() >= -1 && trace.firstSaturatedStep() < steps;
}

// The header: one compact JSON object, every key the top comment lists.
QByteArray headerTextOf(const Trace &trace, TraceFile::Storage storage, const std::vector<BlockSpec> &blocks,
                       const ExerciseRecord *exercises)
{
    const TraceSpec &spec = trace.spec();
    const Rule rule = spec.rule;
    QJsonObject header;
    header.insert(QStringLiteral("lessonId"), spec.lessonId);
    header.insert(QStringLiteral("experimentId"), spec.experimentId);
    header.insert(QStringLiteral("rule"), nameOf(rule));
    header.insert(QStringLiteral("seed"), static_cast<qint64>(spec.seed));
    header.insert(QStringLiteral("epochs"), spec.epochs);
    header.insert(QStringLiteral("alpha"), jsonNumber(spec.alpha));
    header.insert(QStringLiteral("X"), jsonNumbers(spec.X.data(), SampleCount, InputCount));
    header.insert(QStringLiteral("D"), jsonNumbers(spec.D.data(), 0, SampleCount));
    header.insert(QStringLiteral("initial"), jsonWeights(rule, trace.initialWeights()));
    header.insert(QStringLiteral("fullRecord"), storage == TraceFile::Storage::Full);
    if (storage == TraceFile::Storage::Compact)
        header.insert(QStringLiteral("storage"), storageName(storage));
    header.insert(QStringLiteral("firstNonFiniteStep"), trace.firstNonFiniteStep());
    header.insert(QStringLiteral("firstNonFiniteQuantity"), nameOf(trace.firstNonFiniteQuantity()));
    header.insert(QStringLiteral("firstSaturatedStep"), trace.firstSaturatedStep());
    QJsonArray blockList;
    for (const BlockSpec &b : blocks)
        blockList.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("bytes"), static_cast<qint64>(b.bytes)}});
    header.insert(QStringLiteral("blocks"), blockList);
    if (exercises)
        header.insert(QLatin1String(ExerciseRecord::HeaderKey), exercises->toJson(spec));
    return QJsonDocument(header).toJson(QJsonDocument::Compact);
}

// The "parameters" block: alpha, X, D, the initial weights and the final weights.
std::array<double, MaxParameterCount> parametersOf(const Trace &trace)
{
    const TraceSpec &spec = trace.spec();
    const Rule rule = spec.rule;
    std::array<double, MaxParameterCount> parameters{};
    const int n = Trace::weightCount(rule);
    parameters[0] = spec.alpha;
    std::copy_n(spec.X.data(), 12, parameters.begin() + 1);
    std::copy_n(spec.D.data(), 4, parameters.begin() + 13);
    Trace::weightsToArray(rule, trace.initialWeights(), parameters.data() + 17);
    Trace::weightsToArray(rule, trace.finalWeights(), parameters.data() + 17 + n);
    return parameters;
}

// Streams the whole file into `file` (already open) and commits it: the preamble, the header,
// the blocks and the CRC-32 of them all. An empty QString on success; otherwise why not, and
// the old file at the path is left as it was.
QString writeAndCommit(QSaveFile &file, const Trace &trace, TraceFile::Storage storage, const QByteArray &headerText,
                       const std::array<double, MaxParameterCount> &parameters, quint64 parameterBytes,
                       const std::vector<std::span<const double>> &arrays)
{
    quint32 crc = 0;
    bool ok = true;
    int failure = 0; // errno of a failed write: Qt's own message for a full disk is "Unknown error"
    auto put = [&](const void *data, quint64 size) {
        const char *from = static_cast<const char *>(data);
        while (ok && size > 0) {
            const quint64 chunk = std::min(size, IoChunkBytes);
            crc = crcOf(crc, from, chunk);
            errno = 0;
            ok = file.write(from, static_cast<qint64>(chunk)) == static_cast<qint64>(chunk);
            failure = errno;
            from += chunk;
            size -= chunk;
        }
    };
    char preamble[PreambleBytes];
    // Compact traces need a reader that recomputes from the digest (format 2); the others stay
    // readable by every DeltaTrace (format 1).
    const quint32 version = storage == TraceFile::Storage::Compact ? TraceFile::Version : 1;
    const auto headerLength = static_cast<quint32>(headerText.size());
    std::memcpy(preamble, TraceFile::Magic, 8);
    std::memcpy(preamble + 8, &version, 4);
    std::memcpy(preamble + 12, &headerLength, 4);
    put(preamble, PreambleBytes);
    put(headerText.constData(), headerLength);
    put(trace.spec().lessonSource.constData(), static_cast<quint64>(trace.spec().lessonSource.size()));
    put(parameters.data(), parameterBytes);
    if (storage == TraceFile::Storage::Compact) {
        const std::array<quint32, 2> digest = digestOf(trace);
        put(digest.data(), DigestBytes);
    } else {
        for (std::span<const double> a : arrays)
            put(a.data(), a.size_bytes());
    }
    if (ok) {
        char stored[ChecksumBytes];
        std::memcpy(stored, &crc, ChecksumBytes);
        ok = file.write(stored, ChecksumBytes) == static_cast<qint64>(ChecksumBytes);
    }
    auto reason = [&] { return failure != 0 ? RegularFile::systemError(failure) : file.errorString(); };
    if (!ok) {
        const QString why = reason();
        file.cancelWriting(); // the temporary file is removed; the old file stays as it was
        return TraceFile::tr("cannot write: %1").arg(why);
    }
    errno = 0;
    if (!file.commit()) {
        failure = errno;
        return TraceFile::tr("cannot write: %1").arg(reason());
    }
    return QString();
}

} // namespace

bool TraceFile::write(const Trace &trace, const QString &path, QString *error, Storage storage, const ExerciseRecord *exercises)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, what);
        return false;
    };

    // Refuse what no reader would accept, so that every file written reads back.
    const TraceSpec &spec = trace.m_spec;
    if (const QString refusal = refusalOfRun(spec); !refusal.isEmpty())
        return fail(refusal);
    const auto lessonBytes = static_cast<quint64>(spec.lessonSource.size());
    if (storage == Storage::AsRecorded)
        storage = trace.m_fullRecord ? Storage::Full : Storage::Checkpoints;
    if (storage == Storage::Full && !trace.m_fullRecord)
        return fail(TraceFile::tr("cannot write every value of a run recorded with epoch checkpoints only"));
    const std::vector<BlockSpec> blocks = blockLayout(spec.rule, spec.epochs, storage, lessonBytes);
    const std::vector<std::span<const double>> arrays = arraysToWrite(trace, storage);
    if (!isWhole(trace, arrays, storage, lessonBytes))
        return fail(TraceFile::tr("cannot write an incomplete trace (its arrays do not match its %1 epochs)").arg(spec.epochs));

    if (exercises) {
        if (const auto problem = exercises->problemToWrite(spec))
            return fail(TraceFile::tr("cannot save the exercises: %1").arg(problem->message()));
    }
    const QByteArray headerText = headerTextOf(trace, storage, blocks, exercises);
    if (static_cast<quint64>(headerText.size()) > MaxHeaderBytes)
        return fail(TraceFile::tr("cannot write a trace whose header would be %1 bytes (the limit is %2; are the lesson and experiment ids that long?)")
                        .arg(headerText.size()).arg(MaxHeaderBytes));
    const std::array<double, MaxParameterCount> parameters = parametersOf(trace);

    if (const QString refusal = RegularFile::refusalToWrite(path); !refusal.isEmpty())
        return fail(refusal);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(TraceFile::tr("cannot create the file: %1").arg(file.errorString()));
    if (const QString failure = writeAndCommit(file, trace, storage, headerText, parameters, blocks[1].bytes, arrays); !failure.isEmpty())
        return fail(failure);
    return true;
}

TraceFile::ReadResult TraceFile::read(const QString &path)
{
    auto refuse = [&](const QString &what) {
        ReadResult r;
        r.error = QStringLiteral("%1: %2").arg(path, what);
        return r;
    };
    QFile file;
    // Unbuffered: large reads go straight from the file into the trace's arrays.
    if (const QString problem = RegularFile::openForReading(file, path, TraceFile::tr("a trace file")); !problem.isEmpty())
        return refuse(problem);
    Source source(&file, static_cast<quint64>(std::max<qint64>(file.size(), 0)));
    return parseFrom(source, path);
}

TraceFile::ReadResult TraceFile::parse(const QByteArray &bytes, const QString &sourceName)
{
    Source source(bytes.constData(), static_cast<quint64>(bytes.size()));
    return parseFrom(source, sourceName);
}

TraceFile::ReadResult TraceFile::parseFrom(Source &in, const QString &name)
{
    // The last line of defence: every size is bounded before it is allocated, but a machine
    // short of memory still gets a refusal naming the file rather than a crash.
    try {
        return parseChecked(in, name);
    } catch (const std::bad_alloc &) {
        ReadResult r;
        r.error = TraceFile::tr("%1: there is not enough memory to read this trace").arg(name);
        return r;
    }
}

// --- reading, step by step ------------------------------------------------------------------
// parseChecked runs these steps in the order the top comment lists, and reports the first
// problem. Until checkFileSize has held the file's real size to the sizes its header declares,
// nothing is allocated whose size the file chooses, except the header itself, which is at most
// 1 MiB and no longer than the file. A hostile file declaring gigabytes is refused before it
// costs more than that.

namespace {

// The fixed preamble's numbers.
struct Preamble
{
    quint32 version = 0;
    quint32 headerBytes = 0;
};

// The header's fields, each checked: what the run was and how the file keeps it.
struct HeaderFields
{
    QString ruleText; // as the header spells it, for messages
    Rule rule = Rule::DeltaRule;
    qint64 seed = 0;
    qint64 epochs = 0;
    bool fullRecord = false;
    bool compact = false;
    TraceFile::Storage storage = TraceFile::Storage::Checkpoints;
    qint64 firstNonFinite = -1;
    Quantity nonFiniteQuantity = Quantity::V;
    qint64 firstSaturated = -1;
    std::span<const Quantity> recorded; // the quantities the rule records
};

// The blocks of the file: what DeltaTrace writes for this run, which the header's list matched.
struct Layout
{
    qint64 lessonBytes = 0;
    std::vector<BlockSpec> blocks;
    QString kind;         // "a RULE trace of N epochs with ...", for messages
    quint64 declared = 0; // the file size they and the header add up to
};

QJsonValue field(const QJsonObject &header, const char *key) { return header.value(QLatin1String(key)); }

// The magic first, as far as the file goes (a short text file is "not a trace file"), then the
// length, the version and the header length, which must fit in the file and be plausible.
Problem checkPreamble(const char *preamble, quint64 size, Preamble &out)
{
    for (quint64 i = 0; i < std::min<quint64>(size, 8); ++i)
        if (preamble[i] != TraceFile::Magic[i])
            return refuseAt(TraceFile::tr("not a DeltaTrace trace file (a trace file starts with \"DTRACE\")"), i);
    if (size < MinimumFileBytes)
        return refuse(TraceFile::tr("too short for a DeltaTrace trace file: %1 bytes, less than the %2 of its fixed header and checksum (truncated?)")
                          .arg(size).arg(MinimumFileBytes));
    std::memcpy(&out.version, preamble + 8, 4);
    std::memcpy(&out.headerBytes, preamble + 12, 4);
    if (out.version > TraceFile::Version)
        return refuseAt(TraceFile::tr("written by a newer version of DeltaTrace (trace format %1; this version reads format %2)")
                            .arg(out.version).arg(TraceFile::Version), 8);
    if (out.version == 0)
        return refuseAt(TraceFile::tr("unknown trace format version 0"), 8);
    const quint64 room = size - MinimumFileBytes;
    if (out.headerBytes > room)
        return refuseAt(TraceFile::tr("the header length %1 goes beyond the end of the file (only %2 bytes follow before the checksum; truncated?)")
                            .arg(out.headerBytes).arg(room), 12);
    if (out.headerBytes > MaxHeaderBytes)
        return refuseAt(TraceFile::tr("the header length %1 is implausible (a header is at most %2 bytes)").arg(out.headerBytes).arg(MaxHeaderBytes), 12);
    return std::nullopt;
}

// The header must be one JSON object.
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

// Every key a reader needs is there ("storage" is optional, unknown keys are ignored).
Problem checkRequiredKeys(const QJsonObject &h)
{
    for (const char *key : {"lessonId", "experimentId", "rule", "seed", "epochs", "alpha", "X", "D", "initial", "fullRecord",
                            "firstNonFiniteStep", "firstNonFiniteQuantity", "firstSaturatedStep", "blocks"}) {
        if (!h.contains(QLatin1String(key)))
            return invalidHeader(TraceFile::tr("'%1' is missing").arg(QLatin1String(key)));
    }
    return std::nullopt;
}

// The run as the header states it: string ids, a known rule, a seed and epochs in range, and
// alpha, X, D and the initial weights of the right shapes (their values are held to the exact
// ones in the parameters block later, by checkReadableCopies).
Problem checkRunFields(const QJsonObject &h, HeaderFields &f)
{
    if (!field(h, "lessonId").isString())
        return invalidHeader(TraceFile::tr("'lessonId' must be a string"));
    if (!field(h, "experimentId").isString())
        return invalidHeader(TraceFile::tr("'experimentId' must be a string"));
    if (!field(h, "rule").isString())
        return invalidHeader(TraceFile::tr("'rule' must be a string"));
    f.ruleText = field(h, "rule").toString();
    const std::optional<Rule> rule = ruleFromName(f.ruleText.toStdString());
    if (!rule)
        return invalidHeader(TraceFile::tr("unknown rule '%1' (expected forward, delta-rule, backprop-sigmoid or backprop-ce)").arg(f.ruleText));
    f.rule = *rule;
    const auto seed = wholeNumber(field(h, "seed"), 0, static_cast<qint64>(RunLimits::MaxSeed));
    if (!seed)
        return invalidHeader(TraceFile::tr("'seed' must be a whole number from 0 to %1").arg(RunLimits::MaxSeed));
    f.seed = *seed;
    const auto epochs = wholeNumber(field(h, "epochs"), 1, RunLimits::MaxEpochs);
    if (!epochs)
        return invalidHeader(TraceFile::tr("'epochs' must be a whole number from 1 to %1").arg(RunLimits::MaxEpochs));
    f.epochs = *epochs;
    // JSON has no inf or nan: a non-finite alpha could only be null here.
    if (!field(h, "alpha").isDouble() || !std::isfinite(field(h, "alpha").toDouble()))
        return invalidHeader(TraceFile::tr("'alpha' must be a finite number"));
    if (!jsonMatches(field(h, "X"), SampleCount, InputCount))
        return invalidHeader(TraceFile::tr("'X' must be 4 rows of 3 numbers"));
    if (!jsonMatches(field(h, "D"), 0, SampleCount))
        return invalidHeader(TraceFile::tr("'D' must be a list of 4 numbers"));
    if (!jsonWeightsMatch(field(h, "initial"), f.rule, nullptr))
        return invalidHeader(TraceFile::tr("'initial' must hold the weights %1 of a %2 network").arg(weightsDescription(f.rule), f.ruleText));
    return std::nullopt;
}

// How the file keeps the run (a full record, checkpoints, or compact), and the flags, which
// must name steps of the run and a quantity the rule records.
Problem checkStorageAndFlags(const QJsonObject &h, quint32 version, HeaderFields &f)
{
    if (!field(h, "fullRecord").isBool())
        return invalidHeader(TraceFile::tr("'fullRecord' must be true or false"));
    f.fullRecord = field(h, "fullRecord").toBool();
    // Format 2 adds compact traces: the run's inputs and a digest of its values, recomputed on
    // reading. "storage" is "compact" for them; without it the blocks are format 1's.
    if (h.contains(QLatin1String("storage"))) {
        if (version < 2 || field(h, "storage").toString() != QLatin1String("compact") || f.fullRecord)
            return invalidHeader(TraceFile::tr("'storage' may only be \"compact\", in a trace of format 2 or later without a full record"));
        f.compact = true;
    }
    f.storage = f.compact ? TraceFile::Storage::Compact : f.fullRecord ? TraceFile::Storage::Full : TraceFile::Storage::Checkpoints;
    const qint64 steps = f.epochs * SampleCount;
    const auto firstNonFinite = wholeNumber(field(h, "firstNonFiniteStep"), -1, steps - 1);
    if (!firstNonFinite)
        return invalidHeader(TraceFile::tr("'firstNonFiniteStep' must be -1 or a step of the run (0 to %1)").arg(steps - 1));
    f.firstNonFinite = *firstNonFinite;
    const std::optional<Quantity> nonFiniteQuantity = quantityFromName(field(h, "firstNonFiniteQuantity").toString().toStdString());
    f.recorded = recordedQuantities(f.rule);
    if (!nonFiniteQuantity || std::find(f.recorded.begin(), f.recorded.end(), *nonFiniteQuantity) == f.recorded.end())
        return invalidHeader(TraceFile::tr("'firstNonFiniteQuantity' must name a quantity that the %1 rule records").arg(f.ruleText));
    f.nonFiniteQuantity = *nonFiniteQuantity;
    const auto firstSaturated = wholeNumber(field(h, "firstSaturatedStep"), -1, steps - 1);
    if (!firstSaturated)
        return invalidHeader(TraceFile::tr("'firstSaturatedStep' must be -1 or a step of the run (0 to %1)").arg(steps - 1));
    f.firstSaturated = *firstSaturated;
    return std::nullopt;
}

// Every header field, in the order of the top comment.
Problem checkHeaderFields(const QJsonObject &h, quint32 version, HeaderFields &f)
{
    if (Problem p = checkRequiredKeys(h))
        return p;
    if (Problem p = checkRunFields(h, f))
        return p;
    return checkStorageAndFlags(h, version, f);
}

// The block list must be exactly what the rule, epochs and storage mode imply, in that order.
// The sizes are DeltaTrace's own (blockLayout), bounded by the run's limits; the file's numbers
// only have to agree with them. The lesson source, the one size a file chooses, is at most 4 MiB.
Problem checkBlockList(const QJsonObject &h, const HeaderFields &f, quint32 headerBytes, Layout &out)
{
    if (!field(h, "blocks").isArray())
        return invalidHeader(TraceFile::tr("'blocks' must be a list"));
    const QJsonArray blockList = field(h, "blocks").toArray();
    const QJsonObject first = blockList.isEmpty() ? QJsonObject() : blockList.first().toObject();
    const auto lessonBytes = wholeNumber(first.value(QLatin1String("bytes")), 0, static_cast<qint64>(MaxLessonSourceBytes));
    if (first.value(QLatin1String("name")).toString() != QLatin1String("lesson-source") || !lessonBytes)
        return invalidHeader(TraceFile::tr("the first block must be the lesson source, of 0 to %1 bytes").arg(MaxLessonSourceBytes));
    out.lessonBytes = *lessonBytes;
    out.blocks = blockLayout(f.rule, static_cast<int>(f.epochs), f.storage, static_cast<quint64>(*lessonBytes));
    out.kind = TraceFile::tr("a %1 trace of %2 epochs with %3").arg(f.ruleText).arg(f.epochs)
                   .arg(f.compact      ? TraceFile::tr("its inputs and a digest")
                        : f.fullRecord ? TraceFile::tr("a full record")
                                       : TraceFile::tr("epoch checkpoints only"));
    const std::vector<BlockSpec> &blocks = out.blocks;
    if (blockList.size() != static_cast<qsizetype>(blocks.size()))
        return invalidHeader(TraceFile::tr("it lists %1 blocks, but %2 has %3").arg(blockList.size()).arg(out.kind).arg(blocks.size()));
    out.declared = PreambleBytes + headerBytes + ChecksumBytes;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = blockList.at(static_cast<qsizetype>(i)).toObject();
        const QString blockName = b.value(QLatin1String("name")).toString();
        const auto bytes = wholeNumber(b.value(QLatin1String("bytes")), 0, qint64(1) << 53);
        if (blockName != blocks[i].name || !bytes || static_cast<quint64>(*bytes) != blocks[i].bytes)
            return invalidHeader(TraceFile::tr("block %1 must be '%2' of %3 bytes in %4, not '%5' of %6 bytes")
                                     .arg(i).arg(blocks[i].name).arg(blocks[i].bytes).arg(out.kind, blockName,
                                          b.value(QLatin1String("bytes")).isDouble() ? QString::number(b.value(QLatin1String("bytes")).toDouble(), 'g', 17)
                                                                                      : QStringLiteral("?")));
        out.declared += blocks[i].bytes;
    }
    return std::nullopt;
}

// Every size is known now; the file must be exactly that long before anything is allocated.
Problem checkFileSize(quint64 size, quint64 declared)
{
    if (size < declared)
        return refuseAt(TraceFile::tr("truncated: the file is %1 bytes, but its header declares %2 bytes").arg(size).arg(declared), size);
    if (size > declared)
        return refuseAt(TraceFile::tr("the file is %1 bytes, but its header declares %2 bytes: unexpected data after the end").arg(size).arg(declared),
                        declared - ChecksumBytes);
    return std::nullopt;
}

} // namespace

namespace {

// The ids are shown in the window and used to find the lesson: one short line each. (Ids that
// a lesson would refuse are allowed here, since early traces were written with them; an
// embedded lesson, when it is one, must carry the same ids, checked by checkEmbeddedLesson.)
Problem checkIds(const QJsonObject &h, TraceSpec &spec)
{
    const QString lessonId = field(h, "lessonId").toString();
    const QString experimentId = field(h, "experimentId").toString();
    for (const auto &[key, value] : {std::pair{"lessonId", &lessonId}, std::pair{"experimentId", &experimentId}}) {
        const bool printable = std::all_of(value->cbegin(), value->cend(), [](QChar c) { return c.isPrint(); });
        if (value->size() > InputLimits::MaxIdChars || !printable)
            return invalidHeader(TraceFile::tr("'%1' must be at most %2 printable characters, not %3")
                                     .arg(QLatin1String(key)).arg(InputLimits::MaxIdChars).arg(InputLimits::quoted(*value)));
    }
    if (experimentId.isEmpty())
        return invalidHeader(TraceFile::tr("'experimentId' must not be empty"));
    spec.lessonId = lessonId;
    spec.experimentId = experimentId;
    return std::nullopt;
}

// The run's ids, rule, seed and epochs into `spec`, and the file no bigger than DeltaTrace
// itself would have written for this run: a full record only where a recording keeps one (a
// sparse file can declare gigabytes in a few bytes on disk).
Problem checkRun(const QJsonObject &h, const HeaderFields &f, const Layout &layout, TraceSpec &spec)
{
    if (Problem p = checkIds(h, spec))
        return p;
    spec.rule = f.rule;
    spec.seed = static_cast<std::uint32_t>(f.seed);
    spec.epochs = static_cast<int>(f.epochs);
    if (f.fullRecord && Trainer::fullRecordBytes(spec) > Trainer::DefaultFullRecordBudget)
        return invalidHeader(TraceFile::tr("%1 declares a full record of %2 bytes, but DeltaTrace records a run that long "
                                            "with epoch checkpoints only (a full record is at most %3 bytes)")
                                 .arg(layout.kind).arg(Trainer::fullRecordBytes(spec)).arg(Trainer::DefaultFullRecordBudget));
    return std::nullopt;
}

// The exact alpha, X and D into `spec`: the run is recomputed from them, so they must be finite.
Problem checkParameters(const std::array<double, MaxParameterCount> &parameters, quint64 parametersAt, TraceSpec &spec)
{
    spec.alpha = parameters[0];
    std::copy_n(parameters.begin() + 1, 12, spec.X.data());
    std::copy_n(parameters.begin() + 13, 4, spec.D.data());
    if (!std::isfinite(spec.alpha))
        return refuseAt(TraceFile::tr("alpha is not a finite number"), parametersAt);
    if (!std::all_of(parameters.begin() + 1, parameters.begin() + 17, [](double v) { return std::isfinite(v); }))
        return refuseAt(TraceFile::tr("X or D holds a value that is not a finite number"), parametersAt + sizeof(double));
    return std::nullopt;
}

// The embedded lesson, when it is one, must be the lesson this run came from: the window shows
// its listing and narrative beside the numbers. (Bytes that are no lesson at all are kept: the
// window says it cannot show them and replays the numbers alone.)
Problem checkEmbeddedLesson(const TraceSpec &spec, const QString &name, const QString &ruleText, quint64 parametersAt)
{
    if (const LessonLoader::Result lesson = LessonLoader::parse(spec.lessonSource, name); lesson.ok()) {
        const Experiment *experiment = lesson.lesson->experiment(spec.experimentId);
        if (lesson.lesson->id != spec.lessonId)
            return invalidHeader(TraceFile::tr("'lessonId' is %1, but the embedded lesson is %2")
                                     .arg(InputLimits::quoted(spec.lessonId), InputLimits::quoted(lesson.lesson->id)));
        if (!experiment)
            return invalidHeader(TraceFile::tr("the embedded lesson has no experiment %1").arg(InputLimits::quoted(spec.experimentId)));
        if (experiment->rule != spec.rule)
            return invalidHeader(TraceFile::tr("the rule is %1, but experiment %2 of the embedded lesson uses %3")
                                     .arg(ruleText, InputLimits::quoted(spec.experimentId), nameOf(experiment->rule)));
        if (!sameBits(lesson.lesson->X.data(), spec.X.data(), 12) || !sameBits(lesson.lesson->D.data(), spec.D.data(), 4))
            return refuseAt(TraceFile::tr("X and D differ from the embedded lesson's data"), parametersAt + sizeof(double));
    }
    return std::nullopt;
}

// The initial weights are not free: they are the seed's, bit for bit.
Problem checkInitialWeights(const std::array<double, MaxParameterCount> &parameters, quint64 parametersAt, const TraceSpec &spec)
{
    std::array<double, 16> expectedInitial{};
    Trace::weightsToArray(spec.rule, Engine::initialWeights(spec.rule, spec.seed), expectedInitial.data());
    if (!sameBits(expectedInitial.data(), parameters.data() + 17, Trace::weightCount(spec.rule)))
        return refuseAt(TraceFile::tr("the initial weights are not those of seed %1").arg(spec.seed),
                        parametersAt + 17 * sizeof(double));
    return std::nullopt;
}

// The readable copies must say what the exact values say (they do in every file DeltaTrace writes).
Problem checkReadableCopies(const QJsonObject &h, const std::array<double, MaxParameterCount> &parameters, const TraceSpec &spec)
{
    const Weights initial = Trace::weightsFromArray(spec.rule, parameters.data() + 17);
    if (field(h, "alpha").toDouble() != spec.alpha)
        return invalidHeader(TraceFile::tr("'alpha' does not agree with the exact value in the parameters block"));
    if (!jsonMatches(field(h, "X"), SampleCount, InputCount, spec.X.data()))
        return invalidHeader(TraceFile::tr("'X' does not agree with the exact values in the parameters block"));
    if (!jsonMatches(field(h, "D"), 0, SampleCount, spec.D.data()))
        return invalidHeader(TraceFile::tr("'D' does not agree with the exact values in the parameters block"));
    if (!jsonWeightsMatch(field(h, "initial"), spec.rule, &initial))
        return invalidHeader(TraceFile::tr("'initial' does not agree with the exact weights in the parameters block"));
    return std::nullopt;
}

// The run's inputs, read from the parameters block, in the order of the top comment.
Problem checkInputs(const QJsonObject &h, const HeaderFields &f, const std::array<double, MaxParameterCount> &parameters,
                    quint64 parametersAt, const QString &name, TraceSpec &spec)
{
    if (Problem p = checkParameters(parameters, parametersAt, spec))
        return p;
    if (Problem p = checkEmbeddedLesson(spec, name, f.ruleText, parametersAt))
        return p;
    if (Problem p = checkInitialWeights(parameters, parametersAt, spec))
        return p;
    return checkReadableCopies(h, parameters, spec);
}

// How to recompute the run: as recorded, and a compact trace as a recording of the run would be
// (a full record where it fits).
Trainer::Options recomputeOptions(const HeaderFields &f)
{
    Trainer::Options options;
    options.fullRecordBudget = f.compact ? Trainer::DefaultFullRecordBudget : f.fullRecord ? std::numeric_limits<std::size_t>::max() : 0;
    return options;
}

// Not corruption (the checksum held): a file whose parts disagree, or one written by a
// DeltaTrace whose arithmetic differs. Either way its numbers are not shown.
QString differsFromRun(const QString &ruleText, const TraceSpec &spec, const QString &what)
{
    return TraceFile::tr("the recorded values are not those of this run recomputed by DeltaTrace "
                          "(%1 rule, seed %2, alpha %3, %4 epochs): %5")
        .arg(ruleText).arg(spec.seed).arg(QString::number(spec.alpha, 'g', QLocale::FloatingPointShortest)).arg(spec.epochs).arg(what);
}

// The recomputed arrays that the stored blocks after the parameters must equal, in block order
// (none for a compact trace: its digest stands for them).
std::vector<std::span<const double>> arraysToCompare(const Trace &trace, const HeaderFields &f)
{
    std::vector<std::span<const double>> arrays;
    if (f.fullRecord)
        for (Quantity q : f.recorded)
            arrays.push_back(trace.column(q));
    if (!f.compact) {
        arrays.push_back(trace.checkpoints());
        arrays.push_back(trace.summaries());
    }
    return arrays;
}

// After every stored number: the final weights and the flags against the recomputed run's.
Problem checkFinalWeightsAndFlags(const Trace &trace, const HeaderFields &f, const TraceSpec &spec,
                                  const std::array<double, MaxParameterCount> &parameters, quint64 parametersAt)
{
    const int n = Trace::weightCount(f.rule);
    std::array<double, 16> recomputedFinal{};
    Trace::weightsToArray(f.rule, trace.finalWeights(), recomputedFinal.data());
    if (firstDifferentNumber(reinterpret_cast<const char *>(parameters.data() + 17 + n), recomputedFinal.data(), static_cast<std::size_t>(n))
        < static_cast<std::size_t>(n))
        return refuseAt(differsFromRun(f.ruleText, spec, TraceFile::tr("the final weights differ")),
                        parametersAt + static_cast<quint64>(17 + n) * sizeof(double));
    if (trace.firstNonFiniteStep() != f.firstNonFinite
        || (f.firstNonFinite >= 0 && trace.firstNonFiniteQuantity() != f.nonFiniteQuantity))
        return refuse(differsFromRun(f.ruleText, spec,
                                     TraceFile::tr("the header's 'firstNonFiniteStep' is %1 with '%2', but the run's first non-finite value is at step %3 (%4)")
                                         .arg(f.firstNonFinite).arg(nameOf(f.nonFiniteQuantity)).arg(trace.firstNonFiniteStep())
                                         .arg(nameOf(trace.firstNonFiniteQuantity()))));
    if (trace.firstSaturatedStep() != f.firstSaturated)
        return refuse(differsFromRun(f.ruleText, spec, TraceFile::tr("the header's 'firstSaturatedStep' is %1, but the run first saturates at step %2")
                                                           .arg(f.firstSaturated).arg(trace.firstSaturatedStep())));
    return std::nullopt;
}

// The exercise record, last: it is replayed on the recomputed run with the embedded lesson's
// exercises, which check every answer against the numbers (exerciserecord.h).
std::optional<ExerciseRecord::Problem> checkExercises(const QJsonObject &h, const std::shared_ptr<const Trace> &trace,
                                                      std::optional<ExerciseRecord> &record)
{
    ExerciseRecord::Problem problem;
    std::optional<ExerciseRecord> parsed = ExerciseRecord::fromJson(h.value(QLatin1String(ExerciseRecord::HeaderKey)), trace->spec(), problem);
    if (!parsed)
        return problem;
    const std::optional<QList<Exercise>> exercises = ExerciseRecord::embeddedExercises(trace->spec());
    if (!exercises)
        return ExerciseRecord::Problem{TraceFile::tr("an exercise record needs the embedded lesson, which is not a lesson with this experiment"),
                                       QLatin1String(ExerciseRecord::HeaderKey)};
    const ExerciseRecord::Restored restored = parsed->restore(trace, *exercises);
    if (!restored.session)
        return restored.problem;
    record = std::move(parsed);
    return std::nullopt;
}

} // namespace

// The steps of reading that read from the Source; the others are above, in the anonymous
// namespace. Each returns the first problem it finds, or nothing.
class TraceFile::Reader
{
public:
    // The fixed preamble: magic, version and header length (checkPreamble).
    static Problem readPreamble(Source &in, Preamble &preamble)
    {
        const quint64 size = in.size();
        if (size == 0)
            return refuse(TraceFile::tr("the file is empty, not a DeltaTrace trace file"));
        char bytes[PreambleBytes] = {};
        if (!in.read(bytes, std::min(size, PreambleBytes)))
            return in.failure();
        return checkPreamble(bytes, size, preamble);
    }

    // The header, whose length checkPreamble held to the file's real size and to 1 MiB before
    // it is allocated here.
    static Problem readHeader(Source &in, quint32 headerBytes, QJsonObject &header)
    {
        QByteArray headerText(static_cast<qsizetype>(headerBytes), Qt::Uninitialized);
        if (!in.read(headerText.data(), headerBytes))
            return in.failure();
        return parseHeader(headerText, header);
    }

    // The lesson source and the parameters. The lesson source is allocated only here, after
    // checkFileSize: the file is as long as its header says, and the block at most 4 MiB.
    static Problem readInputBlocks(Source &in, const Layout &layout, QByteArray &lessonSource,
                                   std::array<double, MaxParameterCount> &parameters)
    {
        lessonSource = QByteArray(static_cast<qsizetype>(layout.lessonBytes), Qt::Uninitialized);
        if (!in.read(lessonSource.data(), layout.blocks[0].bytes))
            return in.failure();
        if (!in.read(parameters.data(), layout.blocks[1].bytes))
            return in.failure();
        return std::nullopt;
    }

    // First pass: the checksum over the rest, without keeping it. A corrupted or forged file (a
    // sparse one can declare gigabytes) is refused here before anything big is allocated.
    static Problem checkChecksum(Source &in, quint64 arraysStart, std::vector<char> &chunk)
    {
        const quint64 size = in.size();
        for (quint64 left = size - ChecksumBytes - arraysStart; left > 0;) {
            const quint64 piece = std::min<quint64>(chunk.size(), left);
            if (!in.read(chunk.data(), piece))
                return in.failure();
            left -= piece;
        }
        const quint32 computed = in.crc();
        quint32 stored = 0;
        if (!in.read(&stored, ChecksumBytes, false))
            return in.failure();
        if (stored != computed)
            return refuseAt(TraceFile::tr("corrupted: checksum mismatch (the file says %1, its bytes give %2)").arg(hex32(stored), hex32(computed)),
                            size - ChecksumBytes);
        return std::nullopt;
    }

    // Second pass: every stored number against the recomputed run, bit for bit (any nan for
    // any nan), while the blocks stream past a chunk at a time; a compact trace: its digest.
    // The file's copy is never allocated.
    static Problem checkStoredNumbers(Source &in, const Trace &trace, const HeaderFields &f, const TraceSpec &spec,
                                      const Layout &layout, quint64 arraysStart, std::vector<char> &chunk)
    {
        if (!in.seek(arraysStart))
            return in.failure();
        if (f.compact) {
            std::array<quint32, 2> storedDigest{};
            if (!in.read(storedDigest.data(), DigestBytes, false))
                return in.failure();
            if (storedDigest != digestOf(trace))
                return refuseAt(differsFromRun(f.ruleText, spec,
                                               TraceFile::tr("its digest differs, so it was recorded by a DeltaTrace whose arithmetic "
                                                              "differs from this one's, and its numbers would not be the ones shown here")),
                                arraysStart);
        }
        const std::vector<std::span<const double>> arrays = arraysToCompare(trace, f);
        quint64 at = arraysStart;
        for (size_t blockIndex = 0; blockIndex < arrays.size(); ++blockIndex) {
            const BlockSpec &block = layout.blocks[blockIndex + 2];
            if (arrays[blockIndex].size_bytes() != block.bytes) // the layout and Trace agree by construction
                return refuse(TraceFile::tr("internal error: block '%1' does not fit the trace").arg(block.name));
            const char *expected = reinterpret_cast<const char *>(arrays[blockIndex].data());
            for (quint64 done = 0; done < block.bytes;) {
                const quint64 piece = std::min<quint64>(chunk.size(), block.bytes - done);
                if (!in.read(chunk.data(), piece, false))
                    return in.failure();
                if (std::memcmp(chunk.data(), expected + done, piece) != 0) {
                    const std::size_t count = static_cast<std::size_t>(piece / sizeof(double));
                    const std::size_t i = firstDifferentNumber(chunk.data(), arrays[blockIndex].data() + done / sizeof(double), count);
                    if (i < count)
                        return refuseAt(differsFromRun(f.ruleText, spec, TraceFile::tr("block '%1' is the first to differ").arg(block.name)),
                                        at + done + i * sizeof(double));
                }
                done += piece;
            }
            at += block.bytes;
        }
        return std::nullopt;
    }
};

TraceFile::ReadResult TraceFile::parseChecked(Source &in, const QString &name)
{
    // --- the fixed preamble, the header and its fields ------------------------------------------
    Preamble preamble;
    if (const Problem p = Reader::readPreamble(in, preamble))
        return refused(name, *p);
    QJsonObject header;
    if (const Problem p = Reader::readHeader(in, preamble.headerBytes, header))
        return refused(name, *p);
    HeaderFields fields;
    if (const Problem p = checkHeaderFields(header, preamble.version, fields))
        return refused(name, *p);

    // --- the blocks: exactly what the rule, epochs and storage mode imply -----------------------
    Layout layout;
    if (const Problem p = checkBlockList(header, fields, preamble.headerBytes, layout))
        return refused(name, *p);
    if (const Problem p = checkFileSize(in.size(), layout.declared))
        return refused(name, *p);

    // --- the run's inputs -----------------------------------------------------------------------
    // Only from here on is anything allocated whose size the file declares: the file is exactly
    // as long as its header says.
    TraceSpec spec;
    if (const Problem p = checkRun(header, fields, layout, spec))
        return refused(name, *p);
    const quint64 parametersAt = PreambleBytes + preamble.headerBytes + layout.blocks[0].bytes;
    const quint64 arraysStart = parametersAt + layout.blocks[1].bytes;
    std::array<double, MaxParameterCount> parameters{};
    if (const Problem p = Reader::readInputBlocks(in, layout, spec.lessonSource, parameters))
        return refused(name, *p);
    // Whole doubles: every block is a multiple of 8 bytes, and so is every piece read of it. At
    // most 1 MiB, and never more than the file.
    std::vector<char> chunk(static_cast<size_t>(std::max<quint64>(8, std::min<quint64>(IoChunkBytes, in.size()) / 8 * 8)));
    if (const Problem p = Reader::checkChecksum(in, arraysStart, chunk))
        return refused(name, *p);
    if (const Problem p = checkInputs(header, fields, parameters, parametersAt, name, spec))
        return refused(name, *p);

    // --- the run recomputed, and the second pass ------------------------------------------------
    // The run is deterministic: recompute it and hold every stored number to it. Memory is what
    // recording this run takes, and a file whose parts disagree (a rule that is not the data's,
    // checkpoints or flags that lie) is refused where they first disagree.
    std::optional<Trace> recomputed = Trainer::record(spec, recomputeOptions(fields));
    if (!recomputed || (!fields.compact && recomputed->hasFullRecord() != fields.fullRecord))
        return refused(name, refuse(TraceFile::tr("internal error: the run could not be recomputed")));
    Trace &trace = *recomputed;
    if (const Problem p = Reader::checkStoredNumbers(in, trace, fields, spec, layout, arraysStart, chunk))
        return refused(name, *p);
    if (const Problem p = checkFinalWeightsAndFlags(trace, fields, spec, parameters, parametersAt))
        return refused(name, *p);

    // The lesson source travels with the trace; the recomputed trace has every other value.
    trace.m_spec.lessonSource = std::move(spec.lessonSource);
    ReadResult result;
    if (header.contains(QLatin1String(ExerciseRecord::HeaderKey))) {
        auto shared = std::make_shared<Trace>(std::move(trace));
        if (const auto problem = checkExercises(header, shared, result.exercises))
            return refused(name, refuse(problem->message()));
        trace = std::move(*shared); // no session holds it any more
    }
    result.trace = std::move(trace);
    return result;
}

} // namespace deltatrace
