// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text exports: JSON Lines and CSV carry every recorded number of every exported step, and
// each reads back as the very same double; ranges export exactly their epochs, in either
// storage mode; values that overflowed are null in strict JSON (with the keys listed) and
// spelled out in CSV; a failing device is reported in the system's words.
#include "coursefixtures.h"
#include "runoutcome.h"
#include "traceexporter.h"
#include "trainer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::TraceExporter::Format)

namespace {

TraceSpec lessonSpec(Rule rule, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    TraceSpec spec = fixtures::courseSpec(rule, fixtures::xorTargets(), epochs, alpha, seed);
    spec.lessonId = QStringLiteral("03-backprop-xor");
    spec.experimentId = QLatin1String(ruleName(rule).data());
    return spec;
}

using fixtures::record;

QByteArray exported(const Trace &trace, TraceExporter::Format format, TraceExporter::Range range = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!TraceExporter::write(trace, format, buffer, &error, range))
        qFatal("export failed: %s", qPrintable(error));
    return buffer.data();
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    if (!text.endsWith('\n'))
        qFatal("the export does not end with a line end");
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast();
    return lines;
}

using fixtures::sameBits;

// How the export nests each quantity (numpy's shapes in the lessons' code).
bool nested(Quantity q) { return q == Quantity::W || q == Quantity::W1 || q == Quantity::W2 || q == Quantity::DW1; }

std::vector<Quantity> exportedQuantities(Rule rule)
{
    const auto recorded = recordedQuantities(rule);
    std::vector<Quantity> out(recorded.begin(), recorded.end());
    if (rule == Rule::Forward)
        out.push_back(Quantity::W);
    return out;
}

QString nameOf(Quantity q) { return QLatin1String(quantityName(q).data()); }

// A JSON number, or a null (a value that is not finite: the export writes null for inf, -inf
// and nan alike) as a nan.
std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isNull())
        return std::nan("");
    return std::nullopt;
}

// Same value, bit for bit; any nan equals any nan (the export does not keep nan payloads).
bool sameValue(double a, double b) { return (std::isnan(a) && std::isnan(b)) || sameBits(a, b); }

// After QJsonDocument: Qt 6 keeps a whole-number double as an integer, which drops the sign of
// -0.0 (Python's json keeps it). Zeros are compared by value here; countNegativeZeros() checks
// the text instead. A null (read as nan) stands for any value that is not finite.
bool sameParsedValue(double parsed, double expected)
{
    if (!std::isfinite(expected))
        return std::isnan(parsed);
    return expected == 0.0 ? parsed == 0.0 : sameValue(parsed, expected);
}

int countNegativeZeros(const QByteArray &line)
{
    static const QRegularExpression token(QStringLiteral("(?<![\\d.])-0\\.0(?=[,\\]}])"));
    int n = 0;
    for (auto it = token.globalMatch(QString::fromUtf8(line)); it.hasNext(); it.next())
        ++n;
    return n;
}

// The values of v in row-major order, checking the nesting: a plain number, a flat list or
// rows x cols nested lists.
std::optional<std::vector<double>> valuesOf(const QJsonValue &v, Quantity q)
{
    const Shape s = quantityShape(q);
    std::vector<double> out;
    if (s.size() == 1) {
        const auto x = numberOf(v);
        if (!x)
            return std::nullopt;
        out.push_back(*x);
        return out;
    }
    const QJsonArray outer = v.toArray();
    if (!v.isArray() || (nested(q) ? outer.size() != s.rows : outer.size() != s.size()))
        return std::nullopt;
    for (const QJsonValue &item : outer) {
        if (nested(q)) {
            const QJsonArray row = item.toArray();
            if (!item.isArray() || row.size() != s.cols)
                return std::nullopt;
            for (const QJsonValue &x : row) {
                if (!numberOf(x))
                    return std::nullopt;
                out.push_back(*numberOf(x));
            }
        } else {
            if (!numberOf(item))
                return std::nullopt;
            out.push_back(*numberOf(item));
        }
    }
    return out;
}

// The "nonFinite" list of a line.
QStringList nonFiniteKeys(const QJsonObject &o)
{
    QStringList keys;
    for (const QJsonValue &v : o.value(QLatin1String("nonFinite")).toArray())
        keys << v.toString();
    return keys;
}

struct Counts
{
    int nan = 0, positive = 0, negative = 0;
    void add(double v)
    {
        if (std::isnan(v))
            ++nan;
        else if (std::isinf(v))
            ++(v > 0 ? positive : negative);
    }
};

// Compares one exported JSON step line with the trace's step; returns what differs.
QString compareJsonStep(const QByteArray &line, const StepRecord &r, Rule rule, Counts *counts)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error); // strict JSON: no NaN, no Infinity
    if (!doc.isObject())
        return QStringLiteral("not a JSON object: %1").arg(error.errorString());
    const QJsonObject o = doc.object();
    QStringList expectedKeys{QStringLiteral("epoch"), QStringLiteral("sample"), QStringLiteral("x"), QStringLiteral("d"),
                             QStringLiteral("nonFinite")};
    for (Quantity q : exportedQuantities(rule))
        expectedKeys << nameOf(q);
    QStringList keys = o.keys();
    keys.sort();
    expectedKeys.sort();
    if (keys != expectedKeys)
        return QStringLiteral("keys %1").arg(keys.join(QLatin1Char(',')));
    if (o.value(QLatin1String("epoch")) != QJsonValue(r.epoch) || o.value(QLatin1String("sample")) != QJsonValue(r.sample))
        return QStringLiteral("epoch or sample");
    const QJsonArray x = o.value(QLatin1String("x")).toArray();
    if (x.size() != 3)
        return QStringLiteral("x");
    for (int k = 0; k < 3; ++k)
        if (!sameParsedValue(x.at(k).toDouble(), r.x(k)))
            return QStringLiteral("x");
    if (!numberOf(o.value(QLatin1String("d"))) || !sameParsedValue(*numberOf(o.value(QLatin1String("d"))), r.d))
        return QStringLiteral("d");
    // "nonFinite" names, in the line's order, exactly the keys that hold a value that is not finite.
    QStringList expectedNonFinite;
    if (!std::all_of(r.x.data(), r.x.data() + 3, [](double v) { return std::isfinite(v); }))
        expectedNonFinite << QStringLiteral("x");
    if (!std::isfinite(r.d))
        expectedNonFinite << QStringLiteral("d");
    for (Quantity q : exportedQuantities(rule)) {
        const auto values = r.values(q);
        if (!std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }))
            expectedNonFinite << nameOf(q);
    }
    if (nonFiniteKeys(o) != expectedNonFinite)
        return QStringLiteral("nonFinite is [%1], expected [%2]").arg(nonFiniteKeys(o).join(QLatin1Char(',')), expectedNonFinite.join(QLatin1Char(',')));
    int negativeZeros = (r.d == 0.0 && std::signbit(r.d)) ? 1 : 0;
    for (Quantity q : exportedQuantities(rule)) {
        const auto values = valuesOf(o.value(nameOf(q)), q);
        if (!values)
            return QStringLiteral("shape of %1").arg(nameOf(q));
        const auto expected = r.values(q);
        if (values->size() != expected.size())
            return QStringLiteral("size of %1").arg(nameOf(q));
        for (size_t i = 0; i < expected.size(); ++i) {
            negativeZeros += (expected[i] == 0.0 && std::signbit(expected[i])) ? 1 : 0;
            if (!sameParsedValue((*values)[i], expected[i]))
                return QStringLiteral("%1[%2]: %3 instead of %4").arg(nameOf(q)).arg(i).arg((*values)[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17);
            if (counts)
                counts->add(expected[i]);
        }
    }
    for (int k = 0; k < 3; ++k)
        negativeZeros += (r.x(k) == 0.0 && std::signbit(r.x(k))) ? 1 : 0;
    if (countNegativeZeros(line) != negativeZeros)
        return QStringLiteral("%1 negative zeros in the text, %2 in the step").arg(countNegativeZeros(line)).arg(negativeZeros);
    return {};
}

// The fields of a CSV line as RFC 4180 reads them (csv.reader, pandas): a comma inside double
// quotes belongs to the field, and the quotes are not part of it.
QList<QByteArray> csvFields(const QByteArray &line)
{
    QList<QByteArray> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(QByteArray());
        else
            fields.last().append(c);
    }
    return fields;
}

QString compareCsvRow(const QByteArray &row, const StepRecord &r, Rule rule)
{
    const QList<QByteArray> cells = row.split(',');
    std::vector<double> expected{r.x(0), r.x(1), r.x(2), r.d};
    for (Quantity q : exportedQuantities(rule))
        for (double v : r.values(q))
            expected.push_back(v);
    if (cells.size() != qsizetype(expected.size()) + 2)
        return QStringLiteral("%1 cells").arg(cells.size());
    if (cells[0].toInt() != r.epoch || cells[1].toInt() != r.sample)
        return QStringLiteral("epoch or sample");
    for (size_t i = 0; i < expected.size(); ++i) {
        const QByteArray cell = cells[qsizetype(i) + 2];
        char *end = nullptr;
        const double v = std::strtod(cell.constData(), &end);
        if (end != cell.constData() + cell.size() || !sameValue(v, expected[i]))
            return QStringLiteral("cell %1 is '%2'").arg(i + 2).arg(QString::fromUtf8(cell));
        if (!std::isfinite(expected[i]) && cell != (std::isnan(expected[i]) ? "nan" : expected[i] > 0 ? "inf" : "-inf"))
            return QStringLiteral("non-finite cell %1 is '%2'").arg(i + 2).arg(QString::fromUtf8(cell));
    }
    return {};
}

// Accepts `capacity` bytes, then refuses; remembers the largest single write.
class LimitedDevice : public QIODevice
{
public:
    explicit LimitedDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    qint64 written = 0;
    qint64 largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written += size;
        largestWrite = std::max(largestWrite, size);
        ++writes;
        return size;
    }

private:
    qint64 m_capacity;
};

// Runs a program to the end (killed after a minute: a test must never hang); its stdout, or
// an empty array and a failure message.
QByteArray runTool(const QString &program, const QStringList &arguments, QString *failure)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        *failure = QStringLiteral("%1 did not finish").arg(program);
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *failure = QStringLiteral("%1 exited %2: %3").arg(program).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

// Python's json module, made strict: parse_constant is called for NaN, Infinity and -Infinity
// (which json.loads would otherwise accept), and refuses them. Checks that every line's
// "nonFinite" lists exactly the keys that hold a null, in order; prints lines and nulls.
const char *const StrictPython = R"(
import json, sys
def refuse(name):
    raise ValueError('not JSON: ' + name)
def nulls(v):
    if v is None: return 1
    if isinstance(v, list): return sum(nulls(x) for x in v)
    if isinstance(v, dict): return sum(nulls(x) for x in v.values())
    return 0
lines = total = 0
with open(sys.argv[1], encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        o = json.loads(line, parse_constant=refuse)
        holding = [k for k, v in o.items() if k != 'nonFinite' and nulls(v) > 0]
        if o['nonFinite'] != holding:
            sys.exit('line %d: nonFinite %r, nulls in %r' % (n, o['nonFinite'], holding))
        lines += 1
        total += nulls(o)
print(lines, total)
)";

} // namespace

class TestTraceExporter : public QObject
{
    Q_OBJECT
private slots:
    void jsonHeader_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::newRow("backprop-ce") << Rule::BackpropCrossEntropy;
        QTest::newRow("delta-rule") << Rule::DeltaRule;
        QTest::newRow("forward") << Rule::Forward;
    }

    void jsonHeader()
    {
        QFETCH(Rule, rule);
        TraceSpec spec = lessonSpec(rule, rule == Rule::Forward ? 1 : 3, 0.5, 1);
        spec.experimentId = QStringLiteral("실험 \"1\"\n\\ tab\t");
        const Trace trace = record(spec);
        const QList<QByteArray> lines = linesOf(exported(trace, TraceExporter::Format::JsonLines));
        QCOMPARE(lines.size(), 1 + spec.epochs * 4);

        QJsonParseError error;
        const QJsonObject h = QJsonDocument::fromJson(lines[0], &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList keys = h.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("alpha"), QStringLiteral("epochs"), QStringLiteral("experiment"),
                                    QStringLiteral("firstEpoch"), QStringLiteral("firstNonFiniteStep"),
                                    QStringLiteral("firstSaturatedStep"), QStringLiteral("initial"), QStringLiteral("lastEpoch"),
                                    QStringLiteral("lesson"), QStringLiteral("nonFinite"), QStringLiteral("outcome"),
                                    QStringLiteral("rule"), QStringLiteral("seed")}));
        QVERIFY(h.value(QLatin1String("nonFinite")).isArray());
        QVERIFY(nonFiniteKeys(h).isEmpty());
        QCOMPARE(h.value(QLatin1String("lesson")).toString(), spec.lessonId);
        QCOMPARE(h.value(QLatin1String("experiment")).toString(), spec.experimentId);
        QCOMPARE(h.value(QLatin1String("rule")).toString(), QLatin1String(ruleName(rule).data()));
        QCOMPARE(h.value(QLatin1String("seed")).toInteger(), 1);
        QVERIFY(sameBits(h.value(QLatin1String("alpha")).toDouble(), 0.5));
        QCOMPARE(h.value(QLatin1String("epochs")).toInteger(), spec.epochs);
        QCOMPARE(h.value(QLatin1String("firstEpoch")).toInteger(), 0);
        QCOMPARE(h.value(QLatin1String("lastEpoch")).toInteger(), spec.epochs - 1);
        QCOMPARE(h.value(QLatin1String("firstNonFiniteStep")).toInteger(), -1);
        QCOMPARE(h.value(QLatin1String("firstSaturatedStep")).toInteger(), -1);
        const std::string_view outcome = RunOutcome::keyword(RunOutcome::of(trace).kind());
        QCOMPARE(h.value(QLatin1String("outcome")).toString(), QLatin1String(outcome.data()));
        if (rule == Rule::Forward)
            QCOMPARE(outcome, std::string_view("notTrained"));

        // The initial weights, nested as numpy's tolist(): [[w, w, w]] and 4 rows of 3.
        const QJsonObject initial = h.value(QLatin1String("initial")).toObject();
        QCOMPARE(initial.keys().size(), qsizetype(weightQuantities(rule).size()));
        for (Quantity q : weightQuantities(rule)) {
            const auto values = valuesOf(initial.value(nameOf(q)), q);
            QVERIFY2(values.has_value(), qPrintable(nameOf(q)));
            StepRecord initialRecord;
            initialRecord.after = trace.initialWeights();
            const auto expected = initialRecord.values(q);
            for (size_t i = 0; i < expected.size(); ++i)
                QVERIFY(sameBits((*values)[i], expected[i]));
        }
        if (isTwoLayer(rule)) {
            QCOMPARE(initial.value(QLatin1String("W1")).toArray().size(), 4);
            QCOMPARE(initial.value(QLatin1String("W2")).toArray().size(), 1);
            // np.random.seed(1); 2 * np.random.random() - 1
            QCOMPARE(initial.value(QLatin1String("W1")).toArray().first().toArray().first().toDouble(), 2 * 0.417022004702574 - 1);
        } else {
            QCOMPARE(initial.value(QLatin1String("W")).toArray().size(), 1);
        }
        // 17 significant digits, as documented.
        QVERIFY2(lines[0].contains("\"alpha\":0.5,"), lines[0].constData());
    }

    void jsonStepsCarryEveryValueExactly_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<bool>("full");
        for (const auto &[name, rule] : {std::pair{"forward", Rule::Forward}, std::pair{"delta-rule", Rule::DeltaRule},
                                         std::pair{"backprop-sigmoid", Rule::BackpropSigmoid}, std::pair{"backprop-ce", Rule::BackpropCrossEntropy}}) {
            QTest::addRow("%s full", name) << rule << true;
            QTest::addRow("%s checkpoints", name) << rule << false;
        }
    }

    void jsonStepsCarryEveryValueExactly()
    {
        QFETCH(Rule, rule);
        QFETCH(bool, full);
        const Trace trace = record(lessonSpec(rule, rule == Rule::Forward ? 1 : 40), full);
        const QByteArray text = exported(trace, TraceExporter::Format::JsonLines);
        const QList<QByteArray> lines = linesOf(text);
        QCOMPARE(lines.size(), 1 + trace.stepCount());
        for (long long i = 0; i < trace.stepCount(); ++i) {
            const QString diff = compareJsonStep(lines[qsizetype(i) + 1], trace.step(i), rule, nullptr);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2\n%3").arg(i).arg(diff, QString::fromUtf8(lines[qsizetype(i) + 1]))));
        }
        // Whole JSON values only: no inf or nan in a healthy run, and every list of them empty.
        QVERIFY(!text.contains("NaN") && !text.contains("Infinity") && !text.contains("null"));
        QCOMPARE(int(text.count(",\"nonFinite\":[]}\n")), lines.size());
    }

    void numbersKeepTheirBits()
    {
        // dW1 = alpha delta1 x^T with x = 0 and a negative delta1 is -0.0 in numpy and here.
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 2));
        const QByteArray text = exported(trace, TraceExporter::Format::JsonLines);
        QVERIFY(text.contains("[-0.0,-0.0,"));
        QVERIFY(text.contains("\"x\":[0.0,0.0,1.0],\"d\":0.0,"));
        // 17 significant digits.
        const QByteArray alpha09 = exported(record(lessonSpec(Rule::DeltaRule, 1)), TraceExporter::Format::JsonLines);
        QVERIFY2(alpha09.contains("\"alpha\":0.90000000000000002,"), alpha09.left(200).constData());
        QVERIFY(QRegularExpression(QStringLiteral("\"y\":0\\.\\d{17},")).match(QString::fromUtf8(text)).hasMatch());
    }

    void csvHeaderAndRows_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<bool>("full");
        QTest::addColumn<QString>("header"); // the start of the header row
        QTest::addColumn<int>("columns");
        QTest::newRow("forward") << Rule::Forward << true << QStringLiteral("epoch,sample,x[0],x[1],x[2],d,v,y,\"W[0,0]\",\"W[0,1]\",\"W[0,2]\"") << 11;
        QTest::newRow("delta-rule") << Rule::DeltaRule << true
                                    << QStringLiteral("epoch,sample,x[0],x[1],x[2],d,v,y,e,delta,dW[0],dW[1],dW[2],\"W[0,0]\",\"W[0,1]\",\"W[0,2]\"") << 16;
        QTest::newRow("delta-rule checkpoints") << Rule::DeltaRule << false << QStringLiteral("epoch,sample,x[0],x[1],x[2],d,v,y,e,delta,dW[0]") << 16;
        QTest::newRow("backprop-ce") << Rule::BackpropCrossEntropy << true
                                     << QStringLiteral("epoch,sample,x[0],x[1],x[2],d,v1[0],v1[1],v1[2],v1[3],y1[0],y1[1],y1[2],y1[3],v,y,e,delta,e1[0]")
                                     << 6 + 52;
        QTest::newRow("backprop-sigmoid checkpoints") << Rule::BackpropSigmoid << false << QStringLiteral("epoch,sample,x[0]") << 6 + 52;
    }

    void csvHeaderAndRows()
    {
        QFETCH(Rule, rule);
        QFETCH(bool, full);
        QFETCH(QString, header);
        QFETCH(int, columns);
        const Trace trace = record(lessonSpec(rule, rule == Rule::Forward ? 1 : 25), full);
        const QList<QByteArray> rows = linesOf(exported(trace, TraceExporter::Format::Csv));
        QCOMPARE(rows.size(), 1 + trace.stepCount());
        QVERIFY2(rows[0].startsWith(header.toUtf8()), rows[0].constData());
        // Matrix elements are named as numpy indexes them, W1[2,0]: quoted for the comma.
        const QList<QByteArray> names = csvFields(rows[0]);
        QCOMPARE(names.size(), columns);
        if (isTwoLayer(rule)) {
            QVERIFY(names.contains("W1[2,0]") && names.contains("dW1[3,2]") && names.contains("W2[0,3]") && names.contains("dW2[3]"));
            QCOMPARE(names.last(), QByteArray("W2[0,3]"));
            QVERIFY(rows[0].contains(",\"W1[2,0]\","));
        } else {
            QCOMPARE(names.last(), QByteArray("W[0,2]"));
        }
        QVERIFY(!rows[0].contains("]["));
        for (long long i = 0; i < trace.stepCount(); ++i) {
            const QString diff = compareCsvRow(rows[qsizetype(i) + 1], trace.step(i), rule);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("row %1: %2").arg(i + 1).arg(diff)));
        }
    }

    void rangeExportsOnlyItsEpochs_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("expectedLast");
        for (bool full : {true, false}) {
            const char *mode = full ? "full" : "checkpoints";
            QTest::addRow("%s 2..4", mode) << full << 2 << 4 << 4;
            QTest::addRow("%s 5..5", mode) << full << 5 << 5 << 5;
            QTest::addRow("%s 0..last", mode) << full << 0 << -1 << 9;
            QTest::addRow("%s 9..last", mode) << full << 9 << -1 << 9;
        }
    }

    void rangeExportsOnlyItsEpochs()
    {
        QFETCH(bool, full);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, expectedLast);
        const Trace trace = record(lessonSpec(Rule::BackpropSigmoid, 10), full);
        const int steps = (expectedLast - first + 1) * 4;

        const QList<QByteArray> lines = linesOf(exported(trace, TraceExporter::Format::JsonLines, {first, last}));
        QCOMPARE(lines.size(), 1 + steps);
        const QJsonObject h = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(h.value(QLatin1String("firstEpoch")).toInteger(), first);
        QCOMPARE(h.value(QLatin1String("lastEpoch")).toInteger(), expectedLast);
        for (int k = 0; k < steps; ++k) {
            const QString diff = compareJsonStep(lines[k + 1], trace.step(first * 4LL + k), trace.rule(), nullptr);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        const QList<QByteArray> rows = linesOf(exported(trace, TraceExporter::Format::Csv, {first, last}));
        QCOMPARE(rows.size(), 1 + steps);
        QVERIFY(rows[1].startsWith(QStringLiteral("%1,0,").arg(first).toUtf8()));
        QVERIFY(rows.last().startsWith(QStringLiteral("%1,3,").arg(expectedLast).toUtf8()));
        for (int k = 0; k < steps; ++k)
            QVERIFY(compareCsvRow(rows[k + 1], trace.step(first * 4LL + k), trace.rule()).isEmpty());
    }

    void rangesOutsideTheTraceAreRefused_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("negative first") << -1 << 2;
        QTest::newRow("first after last") << 3 << 2;
        QTest::newRow("last beyond the trace") << 0 << 10;
        QTest::newRow("first beyond the trace") << 10 << -1;
        QTest::newRow("last below -1") << 0 << -2;
    }

    void rangesOutsideTheTraceAreRefused()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        const Trace trace = record(lessonSpec(Rule::DeltaRule, 10));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!TraceExporter::write(trace, TraceExporter::Format::Csv, buffer, &error, {first, last}));
        QVERIFY2(error.contains(QLatin1String("outside the trace, which has epochs 0 to 9")), qPrintable(error));
        QVERIFY(buffer.data().isEmpty());
    }

    // Overflowed values are written null, with their keys in the line's "nonFinite" list (JSON
    // Lines, strict JSON), and nan / inf / -inf (CSV). A negative learning rate this large
    // (gradient ascent) drives the 3-4-1 network into all three within a few steps; a huge
    // positive one overflows v to +inf.
    void nonFiniteValuesAreSpelledOut_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<bool>("full");
        QTest::addColumn<bool>("allKinds");
        QTest::newRow("alpha -1.7e308") << -1.7e308 << true << true;
        QTest::newRow("alpha -1.7e308, checkpoints") << -1.7e308 << false << true;
        QTest::newRow("alpha 1.7e308") << 1.7e308 << true << false;
    }

    void nonFiniteValuesAreSpelledOut()
    {
        QFETCH(double, alpha);
        QFETCH(bool, full);
        QFETCH(bool, allKinds);
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 10, alpha), full);
        QVERIFY(trace.firstNonFiniteStep() >= 0);

        const QList<QByteArray> lines = linesOf(exported(trace, TraceExporter::Format::JsonLines));
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QLatin1String("firstNonFiniteStep")).toInteger(), trace.firstNonFiniteStep());
        Counts counts;
        for (long long i = 0; i < trace.stepCount(); ++i) {
            const QString diff = compareJsonStep(lines[qsizetype(i) + 1], trace.step(i), trace.rule(), &counts);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(i).arg(diff)));
        }
        QVERIFY(counts.positive > 0);
        if (allKinds)
            QVERIFY(counts.nan > 0 && counts.negative > 0);
        const QByteArray text = lines.join('\n');
        QVERIFY(!text.contains("NaN") && !text.contains("Infinity") && !text.contains("inf") && !text.contains("nan"));
        QCOMPARE(int(text.count("null")), counts.nan + counts.positive + counts.negative);

        const QList<QByteArray> rows = linesOf(exported(trace, TraceExporter::Format::Csv));
        for (long long i = 0; i < trace.stepCount(); ++i) {
            const QString diff = compareCsvRow(rows[qsizetype(i) + 1], trace.step(i), trace.rule());
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("row %1: %2").arg(i + 1).arg(diff)));
        }
    }

    // What a learner's script sees: strict parsers (Python's json with NaN and Infinity refused,
    // jq) read every line of an export full of inf, -inf and nan, and find a null wherever a
    // value stopped being finite.
    void strictParsersReadNonFiniteExports_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::newRow("python3 json, NaN and Infinity refused") << QStringLiteral("python3");
        QTest::newRow("jq") << QStringLiteral("jq");
    }

    void strictParsersReadNonFiniteExports()
    {
        QFETCH(QString, tool);
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed, so the export cannot be parsed by it").arg(tool)));
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 10, -1.7e308));
        Counts counts;
        for (long long i = 0; i < trace.stepCount(); ++i) {
            const StepRecord step = trace.step(i); // values() views into it: it must outlive the loop
            for (Quantity q : exportedQuantities(trace.rule()))
                for (double v : step.values(q))
                    counts.add(v);
        }
        QVERIFY(counts.nan > 0 && counts.positive > 0 && counts.negative > 0);
        const int nonFinite = counts.nan + counts.positive + counts.negative;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blow-up.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(TraceExporter::write(trace, TraceExporter::Format::JsonLines, file, &error), qPrintable(error));
        file.close();

        QString failure;
        QByteArray out;
        QByteArray expected;
        if (tool == QLatin1String("python3")) {
            out = runTool(program, {QStringLiteral("-c"), QLatin1String(StrictPython), path}, &failure);
            expected = QByteArray::number(1 + trace.stepCount()) + ' ' + QByteArray::number(nonFinite);
        } else {
            out = runTool(program, {QStringLiteral("-s"), QStringLiteral("map([.. | select(. == null)] | length) | add"), path}, &failure);
            expected = QByteArray::number(nonFinite);
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(out.trimmed(), expected);
    }

    void writeFailuresAreReported_data()
    {
        QTest::addColumn<TraceExporter::Format>("format");
        QTest::newRow("jsonl") << TraceExporter::Format::JsonLines;
        QTest::newRow("csv") << TraceExporter::Format::Csv;
    }

    void writeFailuresAreReported()
    {
        QFETCH(TraceExporter::Format, format);
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 200));
        LimitedDevice full(100000);
        QString error;
        QVERIFY(!TraceExporter::write(trace, format, full, &error));
        QCOMPARE(error, QStringLiteral("cannot write: No space left on device"));

        QBuffer closed;
        QVERIFY(!TraceExporter::write(trace, format, closed, &error));
        QVERIFY2(error.contains(QLatin1String("not open for writing")), qPrintable(error));

        // A real file on a full device: the system's words, whatever Qt's errorString() says.
        QFile deviceFull(QStringLiteral("/dev/full"));
        if (!deviceFull.open(QIODevice::WriteOnly))
            QSKIP("no /dev/full to write to (it is Linux's always-full device)");
        QVERIFY(!TraceExporter::write(trace, format, deviceFull, &error));
        QCOMPARE(error, QStringLiteral("cannot write: No space left on device"));
    }

    // writeFile: a new name or a regular file is written (replaced whole); anything else, and
    // the caller's own input, is refused before a byte is written.
    void writeFileReplacesOnlyRegularFiles_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem"); // empty: written
        QTest::newRow("a new name") << QStringLiteral("new") << QString();
        QTest::newRow("an earlier export") << QStringLiteral("regular") << QString();
        QTest::newRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("is not a regular file (a device, a FIFO or a socket); refusing to replace it");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder; give a file name");
        QTest::newRow("the input") << QStringLiteral("input") << QStringLiteral("is the file being read; refusing to overwrite it (choose another name)");
    }
    void writeFileReplacesOnlyRegularFiles()
    {
        QFETCH(QString, target);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("input.dtrace"));
        const QString path = target == QLatin1String("input") ? input : dir.filePath(QStringLiteral("out.csv"));
        auto writeBefore = [](const QString &name) {
            QFile f(name);
            return f.open(QIODevice::WriteOnly) && f.write("before\n") == 7;
        };
        QVERIFY(writeBefore(input));
        if (target == QLatin1String("regular"))
            QVERIFY(writeBefore(path));
        if (target == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0666) == 0);
        if (target == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        const Trace trace = record(lessonSpec(Rule::DeltaRule, 2));
        QString error;
        const bool written = TraceExporter::writeFile(trace, TraceExporter::Format::Csv, path, {input}, &error);
        if (problem.isEmpty()) {
            QVERIFY2(written, qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), exported(trace, TraceExporter::Format::Csv));
        } else {
            QVERIFY(!written);
            QCOMPARE(error, problem);
            QFile f(input);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("before\n"));
            const QFileInfo info(path);
            QVERIFY(target != QLatin1String("fifo") || (!info.isFile() && info.exists()));
            QVERIFY(target != QLatin1String("folder") || info.isDir());
        }
    }

    void emptyTraceIsRefused()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!TraceExporter::write(Trace(), TraceExporter::Format::JsonLines, buffer, &error));
        QCOMPARE(error, QStringLiteral("cannot export an empty or incomplete trace"));
        QVERIFY(buffer.data().isEmpty());
    }

    // The text goes out in pieces of about 64 KB, never as one block of the whole export.
    void exportIsStreamed()
    {
        const Trace trace = record(lessonSpec(Rule::BackpropCrossEntropy, 2000), false);
        LimitedDevice sink(std::numeric_limits<qint64>::max());
        QString error;
        QVERIFY(TraceExporter::write(trace, TraceExporter::Format::JsonLines, sink, &error));
        qInfo("%d writes, %lld bytes, largest %lld", sink.writes, sink.written, sink.largestWrite);
        QVERIFY(sink.written > 5'000'000);
        QVERIFY(sink.largestWrite < 80'000);
    }
};

QTEST_GUILESS_MAIN(TestTraceExporter)
#include "tst_traceexporter.moc"
