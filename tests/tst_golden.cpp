// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against numpy's own numbers (tests/data/golden, copied from the course's shared
// golden set; see its README). Every recorded step of the first two epochs, the last step, the
// final weights and the final outputs must agree to 1e-12. They agree to about 1e-14; a
// difference above 1e-9 would mean the arithmetic or its order differs from the lesson's.
#include "coursefixtures.h"
#include "engine.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace deltatrace;

namespace {

constexpr double Tolerance = 1e-12;

std::vector<double> flatten(const QJsonValue &value)
{
    std::vector<double> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const auto inner = flatten(v);
            out.insert(out.end(), inner.begin(), inner.end());
        }
    } else {
        out.push_back(value.toDouble());
    }
    return out;
}

TraceSpec specFor(const QString &rule, quint32 seed, int epochs, double alpha)
{
    TraceSpec spec;
    spec.seed = seed;
    spec.epochs = epochs;
    spec.alpha = alpha;
    spec.X = fixtures::courseInputs();
    if (rule == QLatin1String("delta_and")) {
        spec.rule = Rule::DeltaRule;
        spec.D = fixtures::andTargets();
    } else {
        spec.D = fixtures::xorTargets();
        spec.rule = rule == QLatin1String("delta_xor") ? Rule::DeltaRule
                  : rule == QLatin1String("backprop_sigmoid") ? Rule::BackpropSigmoid
                                                              : Rule::BackpropCrossEntropy;
    }
    return spec;
}

double maxDifference(std::span<const double> ours, const std::vector<double> &numpy)
{
    if (ours.size() != numpy.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (size_t i = 0; i < ours.size(); ++i)
        worst = std::max(worst, std::abs(ours[i] - numpy[i]));
    return worst;
}

std::span<const double> weightsSpan(const Weights &w, const QString &name)
{
    if (name == QLatin1String("W"))
        return {w.W.data(), 3};
    if (name == QLatin1String("W1"))
        return {w.W1.data(), 12};
    return {w.W2.data(), 4};
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
private slots:
    void matchesNumpy_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(DELTATRACE_TEST_DATA "/golden"));
        const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 8, "the golden files are missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void matchesNumpy()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        const QString ruleName = golden.value(QLatin1String("rule")).toString();
        const TraceSpec spec = specFor(ruleName, quint32(golden.value(QLatin1String("seed")).toInt()),
                                       golden.value(QLatin1String("epochs")).toInt(),
                                       golden.value(QLatin1String("alpha")).toDouble());

        // Initial weights: numpy's generator, W1 before W2.
        const Weights initial = Engine::initialWeights(spec.rule, spec.seed);
        const QJsonObject init = golden.value(QLatin1String("init")).toObject();
        for (const QString &name : init.keys())
            QCOMPARE(maxDifference(weightsSpan(initial, name), flatten(init.value(name))), 0.0);

        const auto trace = Trainer::record(spec);
        QVERIFY(trace.has_value());
        QVERIFY(trace->hasFullRecord());
        QCOMPARE(trace->firstNonFiniteStep(), -1LL);

        int checkedSteps = 0;
        double worst = 0.0;
        for (const QJsonValue &stepValue : golden.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = stepValue.toObject();
            const long long index = s.value(QLatin1String("epoch")).toInteger() * 4 + s.value(QLatin1String("k")).toInteger();
            const StepRecord r = trace->step(index);
            for (const QString &key : s.keys()) {
                if (key == QLatin1String("epoch") || key == QLatin1String("k"))
                    continue;
                const auto q = quantityFromName(key.toStdString());
                QVERIFY2(q.has_value(), qPrintable(QStringLiteral("unknown quantity ") + key));
                const double diff = maxDifference(r.values(*q), flatten(s.value(key)));
                worst = std::max(worst, diff);
                QVERIFY2(diff <= Tolerance, qPrintable(QStringLiteral("step %1 %2 differs by %3").arg(index).arg(key).arg(diff)));
            }
            ++checkedSteps;
        }
        QCOMPARE(checkedSteps, 9);

        const QJsonObject final = golden.value(QLatin1String("final")).toObject();
        for (const QString &name : final.keys()) {
            const double diff = maxDifference(weightsSpan(trace->finalWeights(), name), flatten(final.value(name)));
            worst = std::max(worst, diff);
            QVERIFY2(diff <= Tolerance, qPrintable(name));
        }
        const auto outputs = flatten(golden.value(QLatin1String("outputs")));
        const EpochSummary last = trace->epochSummary(trace->epochCount() - 1);
        const double outDiff = maxDifference(last.outputs, outputs);
        QVERIFY2(outDiff <= Tolerance, qPrintable(QString::number(outDiff)));
        qInfo("%s: worst difference from numpy %.3g", qPrintable(QFileInfo(path).fileName()), std::max(worst, outDiff));

        // Plain mode does the same arithmetic without recording: bit-identical weights.
        QVERIFY(Trainer::trainPlain(spec) == trace->finalWeights());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
