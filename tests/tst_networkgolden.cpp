// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The general network engine (lesson format 2) against numpy's own numbers
// (tests/data/golden/general, copied from the course's shared set; see its README), and against
// lessons 1-3's engine, which it must reproduce bit for bit when given their networks.
#include "coursefixtures.h"
#include "networktrainer.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace deltatrace;

namespace {

// numpy and the engine agree to about 1e-14 after thousands of epochs; above 1e-9 would mean
// the arithmetic or its order differs (golden/general/README.md).
constexpr double Tolerance = 1e-9;

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

double maxDifference(std::span<const double> ours, const std::vector<double> &numpy)
{
    if (ours.size() != numpy.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (size_t i = 0; i < ours.size(); ++i)
        worst = std::max(worst, std::abs(ours[i] - numpy[i]));
    return worst;
}

QJsonObject readGolden(const QString &name)
{
    QFile file(QStringLiteral(DELTATRACE_TEST_DATA "/golden/general/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

NetworkRun runOf(const QJsonObject &spec)
{
    NetworkRun run;
    const QJsonArray X = spec.value(u"X").toArray();
    const QJsonArray D = spec.value(u"D").toArray();
    run.data.sampleCount = static_cast<int>(X.size());
    run.data.inputCount = static_cast<int>(X.first().toArray().size());
    run.data.outputCount = D.first().isArray() ? static_cast<int>(D.first().toArray().size()) : 1;
    run.data.x = flatten(X);
    run.data.d = flatten(D);
    for (const QJsonValue &size : spec.value(u"layers").toArray())
        run.architecture.sizes.push_back(size.toInt());
    for (const QJsonValue &name : spec.value(u"activations").toArray())
        run.architecture.activations.push_back(*activationFromName(name.toString().toStdString()));
    run.architecture.delta = *outputDeltaFromName(spec.value(u"delta").toString(u"sse"_qs).toStdString());
    run.architecture.batch = spec.value(u"batch").toInt(1);
    run.architecture.momentum = spec.value(u"momentum").toDouble(0.0);
    run.alpha = spec.value(u"alpha").toDouble();
    run.epochs = spec.value(u"epochs").toInt();
    run.seed = static_cast<std::uint32_t>(spec.value(u"seed").toInteger());
    return run;
}

std::span<const double> layerWeights(const NetworkTrace &trace, const std::vector<double> &all, int layer)
{
    return std::span<const double>(all).subspan(static_cast<size_t>(trace.engine().weightOffset(layer)),
                                                static_cast<size_t>(trace.architecture().weightCount(layer)));
}

// Checkpoint recording with a checkpoint only every few epochs, to exercise recomputation.
NetworkTrainer::Options checkpointsOnly()
{
    NetworkTrainer::Options options;
    options.fullRecordBudget = 0;
    options.checkpointBudget = 1024;
    return options;
}

const QStringList Goldens = {
    QStringLiteral("delta_batch-seed0"),
    QStringLiteral("backprop_momentum-seed0"),
    QStringLiteral("rings_tanh_minibatch-seed2"),
    QStringLiteral("three_class_softmax-seed5"),
};

// Lessons 1-3's quantities and the general names of the same numbers.
struct NameMap
{
    Quantity v1;
    LayerQuantity general;
};

} // namespace

class TestNetworkGolden : public QObject
{
    Q_OBJECT

private slots:
    void matchesNumpy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("full");
        for (const QString &name : Goldens) {
            QTest::newRow(qPrintable(name + QStringLiteral(" full"))) << name << true;
            QTest::newRow(qPrintable(name + QStringLiteral(" checkpoints"))) << name << false;
        }
    }

    void matchesNumpy()
    {
        QFETCH(QString, name);
        QFETCH(bool, full);
        const QJsonObject golden = readGolden(name);
        const NetworkRun run = runOf(golden.value(u"spec").toObject());
        const std::optional<NetworkTrace> trace = full ? NetworkTrainer::record(run) : NetworkTrainer::record(run, checkpointsOnly());
        QVERIFY(trace);
        QCOMPARE(trace->hasFullRecord(), full);
        const int L = run.architecture.layerCount();

        const QJsonObject init = golden.value(u"init").toObject();
        for (int l = 1; l <= L; ++l)
            QCOMPARE_LE(maxDifference(layerWeights(*trace, trace->initialWeights(), l), flatten(init.value(QStringLiteral("W%1").arg(l)))), 0.0);

        double worst = 0.0;
        const QJsonArray steps = golden.value(u"steps").toArray();
        QVERIFY(steps.size() >= run.sampleCount());
        for (const QJsonValue &value : steps) {
            const QJsonObject expected = value.toObject();
            const long long index = expected.value(u"epoch").toInteger() * run.sampleCount() + expected.value(u"k").toInteger();
            const NetworkStep step = trace->step(index);
            for (const QString &key : expected.keys()) {
                if (key == u"epoch" || key == u"k")
                    continue;
                const std::optional<LayerQuantity> q = LayerQuantity::fromName(key.toStdString());
                QVERIFY2(q, qPrintable(key));
                const double difference = maxDifference(step.values(*q), flatten(expected.value(key)));
                worst = std::max(worst, difference);
                QVERIFY2(difference <= Tolerance, qPrintable(QStringLiteral("step %1, %2: %3").arg(index).arg(key).arg(difference)));
            }
            // The weights appear exactly at the batch's last sample, where the update happens.
            QCOMPARE(step.update, expected.contains(u"W1"));
        }

        const QJsonObject final = golden.value(u"final").toObject();
        for (int l = 1; l <= L; ++l) {
            const double difference = maxDifference(layerWeights(*trace, trace->finalWeights(), l), flatten(final.value(QStringLiteral("W%1").arg(l))));
            QVERIFY2(difference <= Tolerance, qPrintable(QStringLiteral("final W%1: %2").arg(l).arg(difference)));
        }
        const std::vector<double> outputs = trace->outputsAtEpochEnd(run.epochs - 1);
        const double outputDifference = maxDifference(outputs, flatten(golden.value(u"outputs")));
        QVERIFY(outputDifference <= Tolerance);
        qInfo("largest difference from numpy: steps %.3g, final outputs %.3g", worst, outputDifference);
    }

    // A step recomputed from a checkpoint is bit-identical to the recorded one: same engine,
    // same order.
    void checkpointsRecomputeExactly_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Goldens)
            QTest::newRow(qPrintable(name)) << name;
    }

    void checkpointsRecomputeExactly()
    {
        QFETCH(QString, name);
        NetworkRun run = runOf(readGolden(name).value(u"spec").toObject());
        run.epochs = std::min(run.epochs, 60);
        const std::optional<NetworkTrace> full = NetworkTrainer::record(run);
        const std::optional<NetworkTrace> sparse = NetworkTrainer::record(run, checkpointsOnly());
        QVERIFY(full && sparse);
        QVERIFY(sparse->checkpointInterval() > 1);
        for (long long i = 0; i < run.stepCount(); i += 7) {
            const NetworkStep a = full->step(i);
            const NetworkStep b = sparse->step(i);
            QCOMPARE(a.update, b.update);
            QVERIFY(a.sampleRow == b.sampleRow);
            QVERIFY(a.updateRow == b.updateRow);
            QVERIFY(a.weightsBefore == b.weightsBefore);
        }
        for (int epoch = 0; epoch <= run.epochs; ++epoch)
            QVERIFY(full->weightsAtEpochStart(epoch) == sparse->weightsAtEpochStart(epoch));
        QVERIFY(full->finalWeights() == sparse->finalWeights());
    }

    // The outputs the recording keeps for the charts are outputsAtEpochEnd's, bit for bit, at
    // every epoch of a short run and at 400 epochs spread over a long one (its first and last
    // included): from a full record and from checkpoints, measured inline and on the summaries'
    // second thread (a large network).
    void keepsTheOutputsOfSpreadEpochs_data()
    {
        QTest::addColumn<int>("epochs");
        QTest::addColumn<bool>("large");
        QTest::addColumn<bool>("full");
        for (const bool large : {false, true})
            for (const bool full : {true, false})
                for (const int epochs : {1, 60, 400, 401, 1000}) {
                    QTest::addRow("%s %s %d epochs", large ? "3-32-32-1" : "golden", full ? "full" : "checkpoints", epochs)
                        << epochs << large << full;
                }
    }

    void keepsTheOutputsOfSpreadEpochs()
    {
        QFETCH(int, epochs);
        QFETCH(bool, large);
        QFETCH(bool, full);
        NetworkRun run = runOf(readGolden(Goldens.front()).value(u"spec").toObject());
        run.epochs = epochs;
        if (large) {
            // Samples x weights >= 4096: the summaries are measured on a second thread.
            run.architecture.sizes = {run.architecture.sizes.front(), 32, 32, run.architecture.sizes.back()};
            run.architecture.activations = {Activation::Sigmoid, Activation::Sigmoid, Activation::Sigmoid};
            run.architecture.delta = OutputDelta::CrossEntropy;
            QVERIFY(static_cast<long long>(run.sampleCount()) * NetworkEngine(run).totalWeightCount() >= 4096);
        }
        const std::optional<NetworkTrace> trace = full ? NetworkTrainer::record(run) : NetworkTrainer::record(run, checkpointsOnly());
        QVERIFY(trace);
        const std::vector<int> &kept = trace->keptOutputEpochs();
        QCOMPARE(static_cast<int>(kept.size()), std::min(epochs, NetworkTrace::MaxKeptOutputEpochs));
        QCOMPARE(kept.front(), 0);
        QCOMPARE(kept.back(), epochs - 1);
        QVERIFY(std::ranges::adjacent_find(kept, std::greater_equal<>()) == kept.end()); // strictly increasing
        for (std::size_t i = 0; i < kept.size(); ++i) {
            const std::vector<double> expected = trace->outputsAtEpochEnd(kept[i]);
            const std::span<const double> got = trace->keptOutputs(i);
            QCOMPARE(got.size(), expected.size());
            QVERIFY2(std::memcmp(got.data(), expected.data(), expected.size() * sizeof(double)) == 0, qPrintable(QString::number(kept[i])));
        }
    }

    // Given lessons 1-3's networks, the general engine computes every value of every step
    // exactly as their own engine does (the arithmetic reduces to theirs, LESSONS.md).
    void reducesToTheCourseEngine_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("seed");
        for (Rule rule : {Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
            for (int seed : {0, 1, 7})
                QTest::addRow("%s seed %d", ruleName(rule).data(), seed) << int(rule) << seed;
    }

    void reducesToTheCourseEngine()
    {
        QFETCH(int, rule);
        QFETCH(int, seed);
        const Rule r = static_cast<Rule>(rule);
        const TraceSpec spec = fixtures::courseSpec(r, fixtures::xorTargets(), 300, 0.9, static_cast<quint32>(seed));
        const std::optional<Trace> course = Trainer::record(spec);
        QVERIFY(course);

        NetworkRun run;
        run.data.sampleCount = SampleCount;
        run.data.inputCount = InputCount;
        run.data.outputCount = 1;
        for (int k = 0; k < SampleCount; ++k) {
            for (int i = 0; i < InputCount; ++i)
                run.data.x.push_back(spec.X(k, i));
            run.data.d.push_back(spec.D(k));
        }
        using K = LayerQuantity::Kind;
        std::vector<NameMap> names;
        if (isTwoLayer(r)) {
            run.architecture.sizes = {InputCount, HiddenCount, 1};
            run.architecture.activations = {Activation::Sigmoid, Activation::Sigmoid};
            names = {{Quantity::V1, {K::V, 1}}, {Quantity::Y1, {K::Y, 1}}, {Quantity::V, {K::V, 2}}, {Quantity::Y, {K::Y, 2}},
                     {Quantity::E, {K::E, 2}}, {Quantity::Delta, {K::Delta, 2}}, {Quantity::E1, {K::E, 1}},
                     {Quantity::Delta1, {K::Delta, 1}}, {Quantity::DW1, {K::DW, 1}}, {Quantity::DW2, {K::DW, 2}},
                     {Quantity::W1, {K::W, 1}}, {Quantity::W2, {K::W, 2}}};
        } else {
            run.architecture.sizes = {InputCount, 1};
            run.architecture.activations = {Activation::Sigmoid};
            names = {{Quantity::V, {K::V, 1}}, {Quantity::Y, {K::Y, 1}}, {Quantity::E, {K::E, 1}},
                     {Quantity::Delta, {K::Delta, 1}}, {Quantity::DW, {K::DW, 1}}, {Quantity::W, {K::W, 1}}};
        }
        run.architecture.delta = r == Rule::BackpropCrossEntropy ? OutputDelta::CrossEntropy : OutputDelta::SquaredError;
        run.alpha = spec.alpha;
        run.epochs = spec.epochs;
        run.seed = spec.seed;
        const std::optional<NetworkTrace> general = NetworkTrainer::record(run);
        QVERIFY(general);
        for (long long i = 0; i < spec.stepCount(); ++i) {
            const StepRecord expected = course->step(i);
            const NetworkStep step = general->step(i);
            for (const NameMap &name : names) {
                const std::span<const double> a = expected.values(name.v1);
                const std::span<const double> b = step.values(name.general);
                QVERIFY2(std::equal(a.begin(), a.end(), b.begin(), b.end()),
                         qPrintable(QStringLiteral("step %1: %2").arg(i).arg(QString::fromStdString(name.general.name()))));
            }
        }
    }

    void quantityNamesRoundTrip()
    {
        using K = LayerQuantity::Kind;
        for (int kind = 0; kind < LayerQuantity::KindCount; ++kind)
            for (int layer = 1; layer <= 4; ++layer) {
                const LayerQuantity q{static_cast<K>(kind), layer};
                QCOMPARE(LayerQuantity::fromName(q.name()), std::optional<LayerQuantity>(q));
            }
        QCOMPARE(QString::fromStdString(LayerQuantity{K::DWSum, 2}.name()), u"dW2_sum"_qs);
        QCOMPARE(QString::fromStdString(LayerQuantity{K::DWAvg, 1}.name()), u"dW1_avg"_qs);
        QCOMPARE(QString::fromStdString(LayerQuantity{K::Momentum, 3}.name()), u"m3"_qs);
        for (const char *bad : {"v", "v0", "v01", "y-1", "dW1_", "dW1_mean", "W", "delta", "x1", "v12", ""})
            QVERIFY2(!LayerQuantity::fromName(bad), bad);
    }

    // The operations follow the lesson's code: forward, backward from the output, then layer by
    // layer the change and the update (lesson 3 likewise computes W1 before dW2).
    void operationOrder()
    {
        Architecture arch;
        arch.sizes = {3, 5, 3, 1};
        arch.activations = {Activation::Tanh, Activation::Tanh, Activation::Sigmoid};
        arch.batch = 4;
        arch.momentum = 0.5;
        const StepLayout layout(arch);
        auto names = [](const std::vector<LayerQuantity> &ops) {
            QStringList out;
            for (const LayerQuantity &q : ops)
                out << QString::fromStdString(q.name());
            return out.join(u' ');
        };
        QCOMPARE(names(layout.operations(false)),
                 u"v1 y1 v2 y2 v3 y3 e3 delta3 e2 delta2 e1 delta1 dW1 dW1_sum dW2 dW2_sum dW3 dW3_sum"_qs);
        QCOMPARE(names(layout.operations(true)),
                 u"v1 y1 v2 y2 v3 y3 e3 delta3 e2 delta2 e1 delta1 dW1 dW1_sum dW1_avg m1 W1 dW2 dW2_sum dW2_avg m2 W2 dW3 dW3_sum dW3_avg m3 W3"_qs);
        QCOMPARE(layout.sampleWidth(), (5 * 4 + 15 * 2) + (3 * 4 + 15 * 2) + (1 * 4 + 3 * 2));
        QCOMPARE(layout.updateWidth(), 15 * 3 + 15 * 3 + 3 * 3);
    }

    // Any architecture within the limits of lesson format 2, with any data: every step has every
    // value of its layout, full and checkpoint records agree bit for bit, and nothing crashes
    // (the address sanitizer build runs this too).
    void anyArchitectureRecordsConsistently()
    {
        std::mt19937 random(2026);
        auto uniform = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
        for (int trial = 0; trial < 150; ++trial) {
            NetworkRun run;
            const int layers = uniform(1, Architecture::MaxWeightLayers);
            run.architecture.sizes.push_back(uniform(1, 12));
            for (int l = 1; l <= layers; ++l)
                run.architecture.sizes.push_back(l == layers ? uniform(1, Architecture::MaxOutputs) : uniform(1, 12));
            for (int l = 1; l <= layers; ++l) {
                const bool softmaxAllowed = l == layers && run.architecture.sizes.back() >= 2;
                const auto a = static_cast<Activation>(uniform(0, softmaxAllowed ? 4 : 3));
                run.architecture.activations.push_back(a);
            }
            run.architecture.delta = run.architecture.activations.back() == Activation::Softmax || uniform(0, 1)
                                         ? OutputDelta::CrossEntropy
                                         : OutputDelta::SquaredError;
            run.data.sampleCount = uniform(1, 20);
            run.data.inputCount = run.architecture.sizes.front();
            run.data.outputCount = run.architecture.sizes.back();
            run.architecture.batch = uniform(1, run.data.sampleCount);
            run.architecture.momentum = uniform(0, 1) ? 0.0 : 0.9;
            std::uniform_real_distribution<double> value(-3.0, 3.0);
            for (int i = 0; i < run.data.sampleCount * run.data.inputCount; ++i)
                run.data.x.push_back(value(random));
            for (int i = 0; i < run.data.sampleCount * run.data.outputCount; ++i)
                run.data.d.push_back(uniform(0, 1));
            run.alpha = trial % 10 == 0 ? 1e6 : 0.5; // every tenth blows up
            run.epochs = uniform(1, 4);
            run.seed = static_cast<std::uint32_t>(trial);

            const std::optional<NetworkTrace> full = NetworkTrainer::record(run);
            const std::optional<NetworkTrace> sparse = NetworkTrainer::record(run, checkpointsOnly());
            QVERIFY(full && sparse);
            QVERIFY(full->hasFullRecord());
            const StepLayout &layout = full->layout();
            long long updates = 0;
            for (long long i = 0; i < run.stepCount(); ++i) {
                const NetworkStep a = full->step(i);
                const NetworkStep b = sparse->step(i);
                QCOMPARE(a.update, b.update);
                updates += a.update;
                // nan != nan: compare the bits.
                QCOMPARE(a.sampleRow.size(), b.sampleRow.size());
                QVERIFY(std::memcmp(a.sampleRow.data(), b.sampleRow.data(), a.sampleRow.size() * sizeof(double)) == 0);
                QCOMPARE(a.updateRow.size(), b.updateRow.size());
                QVERIFY(a.updateRow.empty() || std::memcmp(a.updateRow.data(), b.updateRow.data(), a.updateRow.size() * sizeof(double)) == 0);
                for (const LayerQuantity &q : a.operations())
                    QCOMPARE(int(a.values(q).size()), q.shape(run.architecture).size());
            }
            QCOMPARE(updates, run.updateCount());
            QCOMPARE(full->firstNonFiniteStep(), sparse->firstNonFiniteStep());
            QCOMPARE(full->firstSaturatedStep(), sparse->firstSaturatedStep());
            QCOMPARE(int(layout.operations(true).size()) > 0, true);
        }
    }

    // Huge alpha: the values overflow; the trace flags the first non-finite step and quantity.
    void blowUpIsFlagged()
    {
        NetworkRun run = runOf(readGolden(u"rings_tanh_minibatch-seed2"_qs).value(u"spec").toObject());
        run.architecture.activations = {Activation::Linear, Activation::Linear, Activation::Sigmoid};
        run.alpha = 1e300;
        run.epochs = 20;
        const std::optional<NetworkTrace> trace = NetworkTrainer::record(run);
        QVERIFY(trace);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        QVERIFY(trace->firstNonFiniteQuantity().has_value());
        const NetworkStep step = trace->step(trace->firstNonFiniteStep());
        bool anyNonFinite = false;
        for (double v : step.values(*trace->firstNonFiniteQuantity()))
            anyNonFinite |= !std::isfinite(v);
        QVERIFY(anyNonFinite);
    }
};

QTEST_GUILESS_MAIN(TestNetworkGolden)
#include "tst_networkgolden.moc"
