// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text exports of a general network's trace: JSON Lines and CSV carry every number of every
// exported step under its layer quantity's name, each reading back as the very same double, the
// update's quantities only where the weights change; ranges export exactly their epochs; values
// that overflowed are null in strict JSON (with the keys listed) and spelled out in CSV; files
// are written atomically, with the refusals of TraceExporter.
#include "networkrunfixtures.h"
#include "networktraceexporter.h"
#include "networktrainer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::NetworkRun)
Q_DECLARE_METATYPE(deltatrace::NetworkTraceExporter::Format)

namespace {

using Format = NetworkTraceExporter::Format;

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

QByteArray exported(const NetworkTrace &trace, Format format, NetworkTraceExporter::Range range = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!NetworkTraceExporter::write(trace, format, buffer, &error, range))
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

// The same bits, or both a nan (an export keeps no nan's sign or payload).
bool sameNumber(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)); }

QString nameOf(const LayerQuantity &q) { return QString::fromStdString(q.name()); }

// Whether a JSON value holds exactly these numbers, in the shape the export documents: a flat
// list for a vector, rows x cols nested lists for a matrix; null for a value that is not finite.
QString jsonDifference(const QJsonValue &v, std::span<const double> values, int rows, int cols)
{
    QJsonArray flat;
    if (rows == 0) {
        flat = v.toArray();
    } else {
        const QJsonArray nested = v.toArray();
        if (nested.size() != rows)
            return QStringLiteral("%1 rows, not %2").arg(nested.size()).arg(rows);
        for (const QJsonValue &row : nested) {
            if (row.toArray().size() != cols)
                return QStringLiteral("a row of %1, not %2").arg(row.toArray().size()).arg(cols);
            for (const QJsonValue &x : row.toArray())
                flat.append(x);
        }
    }
    if (flat.size() != static_cast<qsizetype>(values.size()))
        return QStringLiteral("%1 numbers, not %2").arg(flat.size()).arg(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const QJsonValue x = flat.at(static_cast<qsizetype>(i));
        // QJsonDocument reads "-0.0" as 0: the sign of a zero is checked in the text instead.
        const bool same = x.isDouble() && (sameNumber(x.toDouble(), values[i]) || (x.toDouble() == 0.0 && values[i] == 0.0));
        if (std::isfinite(values[i]) ? !same : !x.isNull())
            return QStringLiteral("element %1 is %2, not %3").arg(i).arg(x.toDouble(), 0, 'g', 17).arg(values[i], 0, 'g', 17);
    }
    return {};
}

// One CSV line's fields (the header's names quoted where they hold a comma).
QStringList csvFields(const QByteArray &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(std::exchange(field, QString()));
        else
            field.append(QLatin1Char(c));
    }
    fields.append(field);
    return fields;
}

} // namespace

class TestNetworkTraceExporter : public QObject
{
    Q_OBJECT
private slots:
    void runs_data()
    {
        QTest::addColumn<NetworkRun>("run");
        QTest::addColumn<bool>("full");
        QTest::newRow("delta batch [3,1]") << fixtures::deltaBatch(3) << true;
        QTest::newRow("backprop momentum [3,4,1]") << fixtures::backpropMomentum(3) << true;
        QTest::newRow("rings tanh mini-batch [3,5,3,1]") << fixtures::ringsTanhMinibatch(3) << true;
        QTest::newRow("rings, checkpoints") << fixtures::ringsTanhMinibatch(3) << false;
        QTest::newRow("three-class softmax [4,6,3]") << fixtures::threeClassSoftmax(3) << true;
    }

    // Every line of the JSON Lines export against NetworkTrace::step: the keys, in operation
    // order, and every number, bit for bit.
    void jsonLinesHoldEveryValueOfEveryStep_data() { runs_data(); }
    void jsonLinesHoldEveryValueOfEveryStep()
    {
        QFETCH(NetworkRun, run);
        QFETCH(bool, full);
        const NetworkTrace trace = recorded(run, full);
        const Architecture &a = trace.architecture();
        const QList<QByteArray> lines = linesOf(exported(trace, Format::JsonLines));
        QCOMPARE(lines.size(), qsizetype(trace.stepCount() + 1));

        const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(header.value(QLatin1String("lesson")).toString(), run.lessonId);
        QCOMPARE(header.value(QLatin1String("experiment")).toString(), run.experimentId);
        QJsonArray layers;
        for (int n : a.sizes)
            layers.append(n);
        QCOMPARE(header.value(QLatin1String("layers")).toArray(), layers);
        QCOMPARE(header.value(QLatin1String("activations")).toArray().size(), qsizetype(a.layerCount()));
        QCOMPARE(header.value(QLatin1String("activations")).toArray().last().toString(),
                 QString::fromLatin1(activationName(a.activation(a.layerCount())).data()));
        QCOMPARE(header.value(QLatin1String("delta")).toString(), QString::fromLatin1(outputDeltaName(a.delta).data()));
        QCOMPARE(header.value(QLatin1String("batch")).toInt(), a.batch);
        QCOMPARE(header.value(QLatin1String("momentum")).toDouble(), a.momentum);
        QCOMPARE(header.value(QLatin1String("alpha")).toDouble(), run.alpha);
        QCOMPARE(header.value(QLatin1String("seed")).toInteger(), qint64(run.seed));
        QCOMPARE(header.value(QLatin1String("epochs")).toInt(), run.epochs);
        QCOMPARE(header.value(QLatin1String("firstEpoch")).toInt(), 0);
        QCOMPARE(header.value(QLatin1String("lastEpoch")).toInt(), run.epochs - 1);
        QCOMPARE(header.value(QLatin1String("firstNonFiniteStep")).toInteger(), trace.firstNonFiniteStep());
        QCOMPARE(header.value(QLatin1String("firstSaturatedStep")).toInteger(), trace.firstSaturatedStep());
        const QJsonObject initial = header.value(QLatin1String("initial")).toObject();
        QCOMPARE(initial.size(), qsizetype(a.layerCount()));
        for (int l = 1, at = 0; l <= a.layerCount(); at += a.weightCount(l), ++l) {
            const QString diff = jsonDifference(initial.value(QStringLiteral("W%1").arg(l)),
                                                std::span(trace.initialWeights()).subspan(size_t(at), size_t(a.weightCount(l))), a.units(l), a.units(l - 1));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("initial W%1: %2").arg(l).arg(diff)));
        }

        for (long long i = 0; i < trace.stepCount(); ++i) {
            const NetworkStep s = trace.step(i);
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(qsizetype(i + 1)));
            QVERIFY2(document.isObject(), lines.at(qsizetype(i + 1)).constData());
            const QJsonObject line = document.object();
            // The keys: epoch, sample, x, d, the step's operations by name, nonFinite.
            QStringList expectedKeys{QStringLiteral("epoch"), QStringLiteral("sample"), QStringLiteral("x"), QStringLiteral("d"), QStringLiteral("nonFinite")};
            for (const LayerQuantity &q : s.operations())
                expectedKeys.append(nameOf(q));
            QStringList keys = line.keys();
            keys.sort();
            expectedKeys.sort();
            QCOMPARE(keys, expectedKeys);
            QCOMPARE(line.value(QLatin1String("epoch")).toInt(), s.epoch);
            QCOMPARE(line.value(QLatin1String("sample")).toInt(), s.sample);
            QVERIFY(jsonDifference(line.value(QLatin1String("x")), s.input, 0, 0).isEmpty());
            QVERIFY(jsonDifference(line.value(QLatin1String("d")), s.target, 0, 0).isEmpty());
            QCOMPARE(line.value(QLatin1String("nonFinite")).toArray(), QJsonArray());
            for (const LayerQuantity &q : s.operations()) {
                const Shape shape = q.shape(a);
                const QString diff = jsonDifference(line.value(nameOf(q)), s.values(q), q.isMatrix() ? shape.rows : 0, shape.cols);
                QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1, %2: %3").arg(i).arg(nameOf(q), diff)));
            }
            // The update's quantities exactly at a batch's last sample.
            QCOMPARE(line.contains(QStringLiteral("W%1").arg(a.layerCount())), s.update);
        }
        // The text keeps the order of operations, and numbers are printed to 17 digits.
        const QByteArray first = lines.at(1);
        QVERIFY(first.startsWith("{\"epoch\":0,\"sample\":0,\"x\":["));
        QVERIFY(first.indexOf("\"v1\":") < first.indexOf("\"y1\":"));
        QVERIFY(first.indexOf(QByteArray("\"e") + QByteArray::number(a.layerCount())) <= first.indexOf("\"e1\":"));
        QVERIFY(first.endsWith(",\"nonFinite\":[]}"));
        QVERIFY(first.contains("\"x\":[" + QByteArray(run.data.x.front() == 0 ? "0.0" : "1.0")));
        const NetworkStep step0 = trace.step(0);
        const bool negativeZero = std::any_of(step0.sampleRow.begin(), step0.sampleRow.end(), [](double v) { return v == 0.0 && std::signbit(v); });
        QVERIFY(negativeZero); // alpha delta y of an input 0 with a negative delta, in every run here
        QVERIFY(first.contains(":[-0.0,") || first.contains(",-0.0]") || first.contains(",-0.0,") || first.contains("[[-0.0,"));
    }

    // Every CSV row against NetworkTrace::step: one column per number, named as numpy indexes it,
    // the update's columns empty where there is no update.
    void csvHoldsEveryValueOfEveryStep_data() { runs_data(); }
    void csvHoldsEveryValueOfEveryStep()
    {
        QFETCH(NetworkRun, run);
        QFETCH(bool, full);
        const NetworkTrace trace = recorded(run, full);
        const Architecture &a = trace.architecture();
        const QList<QByteArray> lines = linesOf(exported(trace, Format::Csv));
        QCOMPARE(lines.size(), qsizetype(trace.stepCount() + 1));

        QStringList names{QStringLiteral("epoch"), QStringLiteral("sample")};
        for (int i = 0; i < a.inputCount(); ++i)
            names.append(QStringLiteral("x[%1]").arg(i));
        for (int i = 0; i < a.outputCount(); ++i)
            names.append(QStringLiteral("d[%1]").arg(i));
        for (const LayerQuantity &q : trace.layout().quantities())
            for (int i = 0; i < q.shape(a).size(); ++i)
                names.append(QString::fromStdString(q.elementName(a, i)));
        QCOMPARE(csvFields(lines.first()), names);
        QVERIFY(lines.first().contains(",\"W1[0,0]\","));
        QVERIFY(lines.first().contains(",v1[0],"));

        for (long long i = 0; i < trace.stepCount(); ++i) {
            const NetworkStep s = trace.step(i);
            const QStringList fields = csvFields(lines.at(qsizetype(i + 1)));
            QCOMPARE(fields.size(), names.size());
            QCOMPARE(fields.at(0).toInt(), s.epoch);
            QCOMPARE(fields.at(1).toInt(), s.sample);
            std::vector<double> expected(s.input.begin(), s.input.end());
            expected.insert(expected.end(), s.target.begin(), s.target.end());
            qsizetype column = 2 + qsizetype(expected.size());
            for (size_t k = 0; k < expected.size(); ++k)
                QVERIFY(sameNumber(fields.at(2 + qsizetype(k)).toDouble(), expected[k]));
            for (const LayerQuantity &q : trace.layout().quantities()) {
                const std::span<const double> values = s.values(q);
                const int size = q.shape(a).size();
                QCOMPARE(values.empty(), q.atUpdateOnly() && !s.update);
                for (int k = 0; k < size; ++k, ++column) {
                    const QString &field = fields.at(column);
                    if (values.empty()) {
                        QVERIFY2(field.isEmpty(), qPrintable(QStringLiteral("step %1, %2").arg(i).arg(names.at(column))));
                        continue;
                    }
                    bool ok = false;
                    const double v = field.toDouble(&ok);
                    QVERIFY2(ok && sameNumber(v, values[size_t(k)]),
                             qPrintable(QStringLiteral("step %1, %2: %3").arg(i).arg(names.at(column), field)));
                }
            }
            QCOMPARE(column, names.size());
        }
    }

    void rangesExportExactlyTheirEpochs_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("JSON Lines") << Format::JsonLines;
        QTest::newRow("CSV") << Format::Csv;
    }
    void rangesExportExactlyTheirEpochs()
    {
        QFETCH(Format, format);
        const NetworkTrace trace = recorded(fixtures::threeClassSoftmax(5));
        const QList<QByteArray> all = linesOf(exported(trace, format));
        const QList<QByteArray> some = linesOf(exported(trace, format, {1, 2}));
        QCOMPARE(some.size(), qsizetype(2 * 6 + 1));
        QCOMPARE(some.mid(1), all.mid(1 + 6, 2 * 6)); // the same steps, the same text
        if (format == Format::JsonLines) {
            const QJsonObject header = QJsonDocument::fromJson(some.first()).object();
            QCOMPARE(header.value(QLatin1String("firstEpoch")).toInt(), 1);
            QCOMPARE(header.value(QLatin1String("lastEpoch")).toInt(), 2);
        } else {
            QCOMPARE(some.first(), all.first());
        }
        QCOMPARE(linesOf(exported(trace, format, {4, -1})).size(), qsizetype(6 + 1));

        for (const NetworkTraceExporter::Range bad : {NetworkTraceExporter::Range{-1, 2}, NetworkTraceExporter::Range{3, 2},
                                                      NetworkTraceExporter::Range{0, 5}}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY(!NetworkTraceExporter::write(trace, format, buffer, &error, bad));
            QCOMPARE(error, QStringLiteral("epochs %1 to %2 are outside the trace, which has epochs 0 to 4").arg(bad.firstEpoch).arg(bad.lastEpoch));
            QVERIFY(buffer.data().isEmpty());
        }
    }

    // A run that overflows: null in JSON Lines, with the keys listed in "nonFinite" (strict JSON
    // has no inf or nan); nan, inf or -inf in CSV.
    void valuesThatAreNotFiniteAreMarked()
    {
        NetworkRun run = fixtures::backpropMomentum(4);
        run.architecture.activations = {Activation::Relu, Activation::Linear};
        run.alpha = 1e300;
        const NetworkTrace trace = recorded(run);
        const long long bad = trace.firstNonFiniteStep();
        QVERIFY(bad >= 0);
        const QString quantity = nameOf(*trace.firstNonFiniteQuantity());

        const QList<QByteArray> lines = linesOf(exported(trace, Format::JsonLines));
        const QJsonObject line = QJsonDocument::fromJson(lines.at(qsizetype(bad + 1))).object();
        QVERIFY2(!line.isEmpty(), "the line is not strict JSON");
        const QJsonArray nonFinite = line.value(QLatin1String("nonFinite")).toArray();
        QVERIFY(!nonFinite.isEmpty());
        QCOMPARE(nonFinite.first().toString(), quantity);
        QVERIFY(!lines.at(qsizetype(bad + 1)).contains("nan") && !lines.at(qsizetype(bad + 1)).contains("inf"));
        // Every key listed holds a null somewhere in its value.
        const std::function<bool(const QJsonValue &)> holdsNull = [&](const QJsonValue &v) {
            if (v.isNull())
                return true;
            const QJsonArray list = v.toArray();
            return std::any_of(list.begin(), list.end(), [&](const QJsonValue &x) { return holdsNull(x); });
        };
        for (const QJsonValue &key : nonFinite)
            QVERIFY2(holdsNull(line.value(key.toString())), qPrintable(key.toString()));
        // Steps before it have none.
        for (long long i = 0; i < bad; ++i)
            QVERIFY(lines.at(qsizetype(i + 1)).endsWith(",\"nonFinite\":[]}"));

        const QList<QByteArray> rows = linesOf(exported(trace, Format::Csv));
        const QStringList fields = csvFields(rows.at(qsizetype(bad + 1)));
        QVERIFY(fields.contains(QStringLiteral("nan")) || fields.contains(QStringLiteral("inf")) || fields.contains(QStringLiteral("-inf")));
    }

    void filesAreWrittenAtomically()
    {
        const NetworkTrace trace = recorded(fixtures::deltaBatch(2));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QString error;
        QVERIFY2(NetworkTraceExporter::writeFile(trace, Format::JsonLines, path, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exported(trace, Format::JsonLines));
        file.close();

        // One of the command's inputs, a folder, or a bad range: refused, the old file untouched.
        const QString input = dir.filePath(QStringLiteral("run.dtrace"));
        QVERIFY(QFile::copy(path, input));
        QVERIFY(!NetworkTraceExporter::writeFile(trace, Format::Csv, input, {input}, &error));
        QVERIFY2(!error.isEmpty() && !error.startsWith(input), qPrintable(error));
        QVERIFY(!NetworkTraceExporter::writeFile(trace, Format::Csv, dir.path(), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!NetworkTraceExporter::writeFile(trace, Format::Csv, path, {}, &error, {0, 9}));
        QCOMPARE(error, QStringLiteral("epochs 0 to 9 are outside the trace, which has epochs 0 to 1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exported(trace, Format::JsonLines));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{QStringLiteral("run.dtrace"), QStringLiteral("run.jsonl")}));
    }

    void incompleteTracesAndClosedDevicesAreRefused()
    {
        const NetworkTrace unrecorded(fixtures::deltaBatch(2));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!NetworkTraceExporter::write(unrecorded, Format::Csv, buffer, &error));
        QCOMPARE(error, QStringLiteral("cannot export an empty or incomplete trace"));
        QBuffer closed;
        QVERIFY(!NetworkTraceExporter::write(recorded(fixtures::deltaBatch(2)), Format::Csv, closed, &error));
        QCOMPARE(error, QStringLiteral("cannot write: the output is not open for writing"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkTraceExporter)
#include "tst_networktraceexporter.moc"
