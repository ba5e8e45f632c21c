// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export as numpy: the script DeltaTrace writes for a run, run by python3 with numpy, ends with
// the run's weights (to the golden tests' 1e-12, relative: numpy's exp may round an argument
// differently in the last bit, docs/ARITHMETIC.md) and prints its final outputs.
#include "coursefixtures.h"
#include "lessonloader.h"
#include "numpyscript.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace deltatrace;
using namespace deltatrace::fixtures;

Q_DECLARE_METATYPE(deltatrace::TraceSpec)

namespace {

// Runs the script, then prints every final weight as float.hex() (exact) on the last line.
constexpr const char *Harness = R"(import runpy, sys
g = runpy.run_path(sys.argv[1])
names = ['W'] if 'W' in g else ['W1', 'W2']
print(' '.join(float(v).hex() for n in names for v in g[n].ravel()))
)";

// A python3 with numpy: the one on PATH, or Debian's (python3-numpy installs there).
QString pythonWithNumpy()
{
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    candidates << QStringLiteral("/usr/bin/python3");
    for (const QString &python : candidates) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

std::vector<double> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"));
    std::vector<double> values;
    for (auto it = number.globalMatch(text); it.hasNext();)
        values.push_back(it.next().captured().toDouble());
    return values;
}

} // namespace

class TestNumpyScript : public QObject
{
    Q_OBJECT

    QString m_python;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = pythonWithNumpy();
    }

    void reproducesTheRun_data()
    {
        QTest::addColumn<TraceSpec>("spec");
        // Every experiment of the course's lessons, with its own parameters.
        const QStringList files = LessonLoader::lessonFilesIn(QStringLiteral(DELTATRACE_LESSONS));
        QVERIFY(files.size() >= 3);
        for (const QString &file : files) {
            const LessonLoader::Result r = LessonLoader::loadFile(file);
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (const Experiment &e : r.lesson->experiments) {
                if (e.network)
                    continue; // a general network's script is NetworkScript's (tst_networkscript)
                TraceSpec spec = courseSpec(e.rule, SampleVector::Zero(), e.epochs, e.alpha, e.seed);
                spec.X = r.lesson->X;
                spec.D = r.lesson->D;
                spec.lessonId = r.lesson->id;
                spec.experimentId = e.id;
                QTest::addRow("%s %s", qPrintable(r.lesson->id), qPrintable(e.id)) << spec;
            }
        }
        // Other starts and rates, a saturating one, and inputs that are not 0 or 1 (where the
        // grouping of alpha * delta1 * x shows in the last bit).
        QTest::newRow("sigmoid delta, seed 14, alpha 2.7") << courseSpec(Rule::BackpropSigmoid, xorTargets(), 3000, 2.7, 14);
        QTest::newRow("cross-entropy, alpha 1e6") << courseSpec(Rule::BackpropCrossEntropy, xorTargets(), 200, 1e6, 3);
        QTest::newRow("delta rule, seed 4294967295") << courseSpec(Rule::DeltaRule, andTargets(), 500, 0.1 + 0.2, 4294967295u);
        TraceSpec odd = courseSpec(Rule::BackpropCrossEntropy, xorTargets(), 500, 0.7, 5);
        odd.X << 0.3, -1.25, 1, 0.1, 2.5e-3, 1, 7, 0.5, 1, -0.2, 0.9, 1;
        odd.D << 0.25, 1, 0, 0.75;
        QTest::newRow("inputs and targets that are not 0 or 1") << odd;
    }

    void reproducesTheRun()
    {
        QFETCH(TraceSpec, spec);
        if (m_python.isEmpty())
            QSKIP("no python3 with numpy here (Debian: python3-numpy, which scripts/install-deps.sh installs)");
        const Trace trace = record(spec, false);
        const QString script = m_dir.filePath(QStringLiteral("run.py"));
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(NumpyScript::of(trace)) > 0);
        }
        QProcess python;
        python.start(m_python, {QStringLiteral("-c"), QLatin1String(Harness), script});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, python.readAllStandardError().constData());
        QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);

        // The final weights.
        const QStringList hex = lines.takeLast().split(QLatin1Char(' '));
        std::vector<double> weights(static_cast<std::size_t>(Trace::weightCount(trace.rule())));
        Trace::weightsToArray(trace.rule(), trace.finalWeights(), weights.data());
        QCOMPARE(hex.size(), qsizetype(weights.size()));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const double fromNumpy = std::strtod(hex[qsizetype(i)].toLatin1().constData(), nullptr);
            const double tolerance = 1e-12 * std::max(1.0, std::abs(weights[i]));
            QVERIFY2(std::abs(fromNumpy - weights[i]) <= tolerance || (std::isnan(fromNumpy) && std::isnan(weights[i])),
                     qPrintable(QStringLiteral("weight %1: numpy %2, DeltaTrace %3").arg(i).arg(fromNumpy, 0, 'g', 17).arg(weights[i], 0, 'g', 17)));
        }

        // The outputs the script prints, as numpy prints them (8 significant digits).
        const std::vector<double> printed = numbersIn(lines.join(QLatin1Char(' ')));
        if (trace.rule() == Rule::Forward) {
            QCOMPARE(printed.size(), std::size_t(3 * SampleCount)); // k, v, y per sample
            for (int k = 0; k < SampleCount; ++k) {
                const StepRecord step = trace.step(k);
                QCOMPARE(printed[std::size_t(3 * k)], double(k));
                QVERIFY(std::abs(printed[std::size_t(3 * k + 2)] - step.values(Quantity::Y)[0]) <= 1e-7);
            }
        } else {
            QCOMPARE(printed.size(), std::size_t(SampleCount));
            const EpochSummary last = trace.epochSummary(trace.epochCount() - 1);
            for (int k = 0; k < SampleCount; ++k)
                QVERIFY2(std::abs(printed[std::size_t(k)] - last.outputs[std::size_t(k)]) <= 1e-7 * std::max(1.0, std::abs(last.outputs[std::size_t(k)])) + 1e-12,
                         qPrintable(lines.join(QLatin1Char('\n'))));
        }
    }

    // Only numbers and harmless ids come from the trace: a hostile id cannot add a line of code.
    void idsCannotAddCode()
    {
        TraceSpec spec = courseSpec(Rule::DeltaRule, andTargets(), 1);
        spec.lessonId = QStringLiteral("x\nimport os\u2028os.system('true')");
        spec.experimentId = QStringLiteral("e\r\u2029print('owned')");
        const QString script = QString::fromUtf8(NumpyScript::of(record(spec, false)));
        for (const QString &line : script.split(QLatin1Char('\n')))
            QVERIFY2(line.startsWith(QLatin1Char('#')) || (!line.startsWith(QLatin1String("import os")) && !line.contains(QLatin1String("print('owned')"))),
                     qPrintable(line));
        QVERIFY(!script.contains(QChar(u'\r')) && !script.contains(QChar(0x2028)) && !script.contains(QChar(0x2029)));
    }
};

QTEST_GUILESS_MAIN(TestNumpyScript)
#include "tst_numpyscript.moc"
