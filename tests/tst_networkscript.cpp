// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The numpy code DeltaTrace writes for a general network's run (lesson format 2): its tagged
// lines compute every quantity of a step exactly once, and the script, run by python3 with
// numpy, ends with the run's numbers: every quantity of the last step (the final weights among
// them) to 1e-12, relative (numpy's exp may round an argument differently in the last bit,
// docs/ARITHMETIC.md), and it prints the final outputs.
#include "networkscript.h"
#include "networktrainer.h"
#include "steplayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::NetworkRun)

namespace {

// The run of a spec file of tests/data/networkscript (the numpy reference's spec format), with
// `epochs` in place of the file's.
void loadRun(const QString &file, int epochs, NetworkRun &run)
{
    QFile in(QStringLiteral(DELTATRACE_TEST_DATA "/networkscript/") + file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    QJsonParseError error{};
    const QJsonObject spec = QJsonDocument::fromJson(in.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    run.lessonId = QStringLiteral("networkscript");
    run.experimentId = QFileInfo(file).completeBaseName();
    run.lessonSource = {};
    const QJsonArray X = spec[QLatin1String("X")].toArray();
    const QJsonArray D = spec[QLatin1String("D")].toArray();
    QVERIFY(!X.isEmpty() && X.size() == D.size());
    run.data = {};
    run.data.sampleCount = int(X.size());
    run.data.inputCount = int(X[0].toArray().size());
    run.data.outputCount = D[0].isArray() ? int(D[0].toArray().size()) : 1;
    for (const QJsonValue &row : X)
        for (const QJsonValue &v : row.toArray())
            run.data.x.push_back(v.toDouble());
    for (const QJsonValue &row : D) {
        if (row.isArray()) {
            for (const QJsonValue &v : row.toArray())
                run.data.d.push_back(v.toDouble());
        } else {
            run.data.d.push_back(row.toDouble());
        }
    }
    QCOMPARE(run.data.x.size(), std::size_t(run.data.sampleCount * run.data.inputCount));
    QCOMPARE(run.data.d.size(), std::size_t(run.data.sampleCount * run.data.outputCount));

    run.architecture = {};
    for (const QJsonValue &size : spec[QLatin1String("layers")].toArray())
        run.architecture.sizes.push_back(size.toInt());
    for (const QJsonValue &name : spec[QLatin1String("activations")].toArray()) {
        const std::optional<Activation> a = activationFromName(name.toString().toStdString());
        QVERIFY2(a, qPrintable(name.toString()));
        run.architecture.activations.push_back(*a);
    }
    const std::optional<OutputDelta> delta = outputDeltaFromName(spec[QLatin1String("delta")].toString().toStdString());
    QVERIFY(delta);
    run.architecture.delta = *delta;
    run.architecture.batch = spec[QLatin1String("batch")].toInt();
    run.architecture.momentum = spec[QLatin1String("momentum")].toDouble();
    QCOMPARE(run.architecture.inputCount(), run.data.inputCount);
    QCOMPARE(run.architecture.outputCount(), run.data.outputCount);
    QCOMPARE(run.architecture.sizes.size(), run.architecture.activations.size() + 1);
    run.alpha = spec[QLatin1String("alpha")].toDouble();
    run.seed = std::uint32_t(spec[QLatin1String("seed")].toDouble());
    run.epochs = epochs;
}

void addRuns()
{
    QTest::addColumn<NetworkRun>("run");
    const auto add = [](const char *file, int epochs) {
        NetworkRun run;
        loadRun(QString::fromLatin1(file), epochs, run);
        QTest::addRow("%s, %d epochs", file, epochs) << run;
    };
    add("backprop_momentum.json", 3);
    add("delta_batch.json", 3);
    add("rings_tanh_minibatch.json", 3);
    add("three_class_softmax.json", 3);
    add("relu_linear_regression.json", 3);
    add("tanh_output_sse.json", 3);
    add("softmax_eight_classes.json", 3);
    add("quadrants_many_samples.json", 3);
    // Long enough for a rounding difference to grow, if the order of operations differed.
    add("backprop_momentum.json", 500);
    add("rings_tanh_minibatch.json", 200);
}

QString quantityName(LayerQuantity q) { return QString::fromStdString(q.name()); }

// Python prints each quantity after the run as "VALUE name v0 v1 ...", every number repr()'d
// (the shortest text that reads back to the same double).
QByteArray harness(const StepLayout &layout)
{
    QStringList names;
    for (LayerQuantity q : layout.quantities())
        names << QLatin1Char('\'') + quantityName(q) + QLatin1Char('\'');
    return QStringLiteral("\n# tst_networkscript\n"
                          "for _name in [%1]:\n"
                          "    print('VALUE', _name, ' '.join(repr(float(_v)) for _v in np.ravel(globals()[_name])))\n")
        .arg(names.join(QStringLiteral(", ")))
        .toUtf8();
}

std::vector<double> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|nan|inf)"));
    std::vector<double> values;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured();
        values.push_back(n == QLatin1String("nan") ? std::nan("") : n == QLatin1String("inf") ? INFINITY : n.toDouble());
    }
    return values;
}

} // namespace

class TestNetworkScript : public QObject
{
    Q_OBJECT

    QString m_python;
    QTemporaryDir m_dir;
    // Relative (absolute below 1), over every compared number of every run, and over the final
    // weights alone.
    double m_largestDifference = 0.0;
    double m_largestWeightDifference = 0.0;
    qsizetype m_numbersCompared = 0;

    // Runs `script` with python3; its standard output, or a failure.
    void runPython(const QByteArray &script, QString &output)
    {
        const QString path = m_dir.filePath(QStringLiteral("run.py"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(script), qint64(script.size()));
        }
        QProcess python;
        python.start(m_python, {path});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, python.readAllStandardError().constData());
        output = QString::fromUtf8(python.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Debian's python3, where python3-numpy installs (scripts/install-deps.sh).
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import numpy")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            m_python = QStringLiteral("/usr/bin/python3");
    }

    void cleanupTestCase()
    {
        if (m_numbersCompared > 0)
            qInfo("numpy against the engine: %lld numbers, largest relative difference %.3g (final weights: %.3g)",
                  static_cast<long long>(m_numbersCompared), m_largestDifference, m_largestWeightDifference);
    }

    void tagsComputeEveryQuantityOnce_data() { addRuns(); }
    void tagsComputeEveryQuantityOnce()
    {
        QFETCH(NetworkRun, run);
        const StepLayout layout(run.architecture);
        std::map<std::string, int> computed;
        for (const NetworkCodeLine &line : NetworkScript::lines(run)) {
            if (!line.computes)
                continue;
            QVERIFY2(layout.has(*line.computes), qPrintable(line.text)); // nothing the run does not compute
            // The line assigns the quantity's own name, so a learner sees the same names everywhere.
            QVERIFY2(line.text.trimmed().startsWith(quantityName(*line.computes) + QStringLiteral(" = ")), qPrintable(line.text));
            ++computed[line.computes->name()];
        }
        for (LayerQuantity q : layout.quantities())
            QVERIFY2(computed[q.name()] == 1, qPrintable(QStringLiteral("%1 is computed by %2 lines").arg(quantityName(q)).arg(computed[q.name()])));
        QCOMPARE(computed.size(), layout.quantities().size());
    }

    void scriptIsTheLinesJoined_data() { addRuns(); }
    void scriptIsTheLinesJoined()
    {
        QFETCH(NetworkRun, run);
        QString joined;
        for (const NetworkCodeLine &line : NetworkScript::lines(run)) {
            QVERIFY2(!line.text.contains(QLatin1Char('\n')) && !line.text.contains(QLatin1Char('\r')), qPrintable(line.text));
            joined += line.text + QLatin1Char('\n');
        }
        QCOMPARE(NetworkScript::of(run), joined.toUtf8());
    }

    void reproducesTheRun_data() { addRuns(); }
    void reproducesTheRun()
    {
        QFETCH(NetworkRun, run);
        if (m_python.isEmpty())
            QSKIP("no /usr/bin/python3 with numpy here (Debian: python3-numpy, which scripts/install-deps.sh installs)");
        const std::optional<NetworkTrace> trace = NetworkTrainer::record(run);
        QVERIFY(trace);
        QString output;
        runPython(NetworkScript::of(run) + harness(trace->layout()), output);
        if (QTest::currentTestFailed())
            return;

        // Every quantity of the last step: a batch's last sample, so the update's too.
        const NetworkStep last = trace->step(trace->stepCount() - 1);
        QVERIFY(last.update);
        QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::map<QString, QStringList> printed;
        QStringList scriptOutput;
        for (const QString &line : lines) {
            QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() >= 2 && fields[0] == QLatin1String("VALUE"))
                printed[fields[1]] = fields.mid(2);
            else
                scriptOutput << line;
        }
        for (LayerQuantity q : trace->layout().quantities()) {
            const std::span<const double> engine = last.values(q);
            const QStringList numpy = printed[quantityName(q)];
            QCOMPARE(numpy.size(), qsizetype(engine.size()));
            for (std::size_t i = 0; i < engine.size(); ++i) {
                bool ok = false;
                const double fromNumpy = numpy[qsizetype(i)].toDouble(&ok);
                QVERIFY2(ok, qPrintable(numpy[qsizetype(i)]));
                const double difference = std::abs(fromNumpy - engine[i]) / std::max(1.0, std::abs(engine[i]));
                QVERIFY2(difference <= 1e-12 || (std::isnan(fromNumpy) && std::isnan(engine[i])),
                         qPrintable(QStringLiteral("%1: numpy %2, DeltaTrace %3")
                                        .arg(QString::fromStdString(q.elementName(run.architecture, int(i))))
                                        .arg(fromNumpy, 0, 'g', 17)
                                        .arg(engine[i], 0, 'g', 17)));
                m_largestDifference = std::max(m_largestDifference, difference);
                if (q.kind == LayerQuantity::Kind::W)
                    m_largestWeightDifference = std::max(m_largestWeightDifference, difference);
                ++m_numbersCompared;
            }
        }
        // The final weights are the last step's W1..WL, just compared; say so outright.
        std::vector<double> weights;
        for (int l = 1; l <= run.architecture.layerCount(); ++l)
            for (double w : last.values({LayerQuantity::Kind::W, l}))
                weights.push_back(w);
        QVERIFY(weights == trace->finalWeights());

        // The outputs the script prints, as numpy prints them (8 significant digits).
        const std::vector<double> outputs = numbersIn(scriptOutput.join(QLatin1Char(' ')));
        const std::vector<double> expected = trace->outputsAtEpochEnd(run.epochs - 1);
        QCOMPARE(outputs.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(outputs[i] - expected[i]) <= 1e-7 * std::max(1.0, std::abs(expected[i])) + 1e-12,
                     qPrintable(scriptOutput.join(QLatin1Char('\n'))));
    }

    // Only numbers and harmless ids come from the run: an id cannot end its comment line, so a
    // hostile one adds no code, and the script still runs.
    void idsCannotAddCode_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::newRow("newlines") << QStringLiteral("x\nimport os\nos.system('true')") << QStringLiteral("e\r\nprint('owned')");
        QTest::newRow("a carriage return alone") << QStringLiteral("x\rprint('owned')") << QStringLiteral("e");
        QTest::newRow("line and paragraph separators") << QStringLiteral("x\u2028print('owned')") << QStringLiteral("e\u2029print('owned')");
        QTest::newRow("form feed, vertical tab, NEL") << QStringLiteral("x\fprint('owned')\vprint('owned')") << QStringLiteral("e\u0085print('owned')");
        QTest::newRow("quotes") << QStringLiteral("x'''\"\"\" print('owned') #") << QStringLiteral("\\\"'");
    }
    void idsCannotAddCode()
    {
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        NetworkRun run;
        loadRun(QStringLiteral("relu_linear_regression.json"), 1, run);
        if (QTest::currentTestFailed())
            return;
        run.lessonId = lessonId;
        run.experimentId = experimentId;
        const QList<NetworkCodeLine> lines = NetworkScript::lines(run);
        for (const NetworkCodeLine &line : lines) {
            for (const QChar c : line.text)
                QVERIFY2(c.isPrint(), qPrintable(QStringLiteral("U+%1 in: %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(line.text)));
            QVERIFY2(line.text.trimmed().startsWith(QLatin1Char('#')) || !line.text.contains(QLatin1String("owned")), qPrintable(line.text));
        }
        if (m_python.isEmpty())
            QSKIP("no /usr/bin/python3 with numpy here");
        QString output;
        runPython(NetworkScript::of(run), output);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!output.contains(QLatin1String("owned")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestNetworkScript)
#include "tst_networkscript.moc"
