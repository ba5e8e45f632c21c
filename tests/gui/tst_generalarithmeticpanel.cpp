// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GeneralArithmeticPanel and GeneralFormulaBuilder: for every kind of operation of general
// networks (the four golden specs, a 3-32-32-32-8 softmax network on 256 samples, a 1-input linear
// network, squared error through tanh/relu/linear, a batched momentum run with a short last batch,
// a blow-up), the formula of the chosen element shows the step's numbers, and its numbers,
// evaluated in double in the order written, give the shown result bit for bit; large layers are
// summarised; non-finite numbers are flagged; the panel fits its sizes and moves fast.
#include "markingtranslator.h"
#include "formulaview.h"
#include "generalarithmeticpanel.h"
#include "generalformulabuilder.h"
#include "networktrainer.h"
#include "notesview.h"
#include "numberformat.h"
#include "valuecolors.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>

using namespace deltatrace;

using TracePtr = std::shared_ptr<const NetworkTrace>;
Q_DECLARE_METATYPE(TracePtr)

namespace {

using Kind = LayerQuantity::Kind;

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

// A golden spec (tests/data/golden/general) as a run, as tst_networkgolden builds it, for a few
// epochs only.
NetworkRun goldenRun(const QString &name, int epochs)
{
    QFile file(QStringLiteral(DELTATRACE_TEST_DATA "/golden/general/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden %s", qPrintable(name));
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object().value(u"spec").toObject();
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
    for (const QJsonValue &a : spec.value(u"activations").toArray())
        run.architecture.activations.push_back(*activationFromName(a.toString().toStdString()));
    run.architecture.delta = *outputDeltaFromName(spec.value(u"delta").toString(u"sse"_qs).toStdString());
    run.architecture.batch = spec.value(u"batch").toInt(1);
    run.architecture.momentum = spec.value(u"momentum").toDouble(0.0);
    run.alpha = spec.value(u"alpha").toDouble();
    run.epochs = epochs;
    run.seed = static_cast<std::uint32_t>(spec.value(u"seed").toInteger());
    return run;
}

// N samples of inputs (the last a bias of 1) and targets, from smooth functions of the sample.
NetworkRun syntheticRun(std::vector<int> sizes, std::vector<Activation> activations, OutputDelta delta, int samples, bool oneHot)
{
    NetworkRun run;
    run.architecture.sizes = std::move(sizes);
    run.architecture.activations = std::move(activations);
    run.architecture.delta = delta;
    const int M = run.architecture.inputCount();
    const int K = run.architecture.outputCount();
    run.data.sampleCount = samples;
    run.data.inputCount = M;
    run.data.outputCount = K;
    for (int k = 0; k < samples; ++k) {
        for (int j = 0; j < M; ++j)
            run.data.x.push_back(j + 1 == M && M > 1 ? 1.0 : std::sin(0.37 * k + 1.3 * j));
        for (int o = 0; o < K; ++o)
            run.data.d.push_back(oneHot ? (k % K == o ? 1.0 : 0.0) : 0.5 + 0.4 * std::cos(0.21 * k + o));
    }
    run.alpha = 0.1;
    run.epochs = 2;
    run.seed = 7;
    return run;
}

TracePtr record(const NetworkRun &run, bool checkpointsOnly = false)
{
    NetworkTrainer::Options options;
    if (checkpointsOnly)
        options.fullRecordBudget = 0; // a checkpoint per epoch: every step is recomputed from its epoch's start
    auto trace = NetworkTrainer::record(run, options);
    if (!trace)
        qFatal("recording failed");
    return std::make_shared<const NetworkTrace>(std::move(*trace));
}

NetworkRun wideSoftmaxRun()
{
    NetworkRun run = syntheticRun({3, 32, 32, 32, 8}, {Activation::Tanh, Activation::Relu, Activation::Sigmoid, Activation::Softmax},
                                  OutputDelta::CrossEntropy, 256, true);
    run.architecture.batch = 16;
    run.architecture.momentum = 0.9;
    return run;
}

NetworkRun oneInputLinearRun()
{
    NetworkRun run = syntheticRun({1, 1}, {Activation::Linear}, OutputDelta::SquaredError, 4, false);
    run.epochs = 3;
    return run;
}

// Squared error through every derivative: relu, tanh and linear hidden layers, a linear output.
NetworkRun squaredErrorRun()
{
    return syntheticRun({3, 5, 4, 3, 2}, {Activation::Relu, Activation::Tanh, Activation::Linear, Activation::Linear},
                        OutputDelta::SquaredError, 6, false);
}

// Batches of 3 of 8 samples, the last of 2, with momentum: every quantity of an update.
NetworkRun shortBatchMomentumRun()
{
    NetworkRun run = goldenRun(QStringLiteral("rings_tanh_minibatch-seed2"), 3);
    run.architecture.batch = 3;
    return run;
}

NetworkRun blowUpRun()
{
    // Lesson 3's network with a linear output: alpha 1e300 makes dW huge at once, then inf, then
    // W + inf - inf gives NaN.
    NetworkRun run = goldenRun(QStringLiteral("backprop_momentum-seed0"), 4);
    run.architecture.activations = {Activation::Tanh, Activation::Linear};
    run.alpha = 1e300;
    return run;
}

struct NamedRun
{
    const char *name;
    NetworkRun run;
    bool checkpointsOnly = false;
};

std::vector<NamedRun> allRuns()
{
    std::vector<NamedRun> runs;
    for (const char *golden : {"delta_batch-seed0", "backprop_momentum-seed0", "rings_tanh_minibatch-seed2", "three_class_softmax-seed5"})
        runs.push_back({golden, goldenRun(QString::fromLatin1(golden), 2)});
    runs.push_back({"3-32-32-32-8 softmax, 256 samples", wideSoftmaxRun(), true});
    runs.push_back({"1-input linear", oneInputLinearRun()});
    runs.push_back({"sse relu-tanh-linear", squaredErrorRun()});
    runs.push_back({"batches of 3 of 8, momentum", shortBatchMomentumRun()});
    runs.push_back({"blow-up alpha 1e300", blowUpRun()});
    return runs;
}

// Equal as doubles, NaN equal to NaN: what "the same number" means for a blow-up.
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// The formula's left-hand side as its plain text spells it: "v2[1]", "W1[0,2]".
QString lhsText(const Formula &f)
{
    QString s;
    for (const FormulaPiece &p : f.lhs)
        s += p.plain;
    return s;
}

std::vector<double> numbersOf(const std::vector<FormulaPiece> &line)
{
    std::vector<double> out;
    for (const FormulaPiece &p : line)
        if (p.kind == FormulaPiece::Kind::Number)
            out.push_back(p.value);
    return out;
}

std::span<const double> weightsBefore(const NetworkTrace &trace, const NetworkStep &step, int layer)
{
    return std::span<const double>(step.weightsBefore)
        .subspan(static_cast<size_t>(trace.engine().weightOffset(layer)), static_cast<size_t>(trace.architecture().weightCount(layer)));
}

std::span<const double> inputOf(const NetworkStep &step, int layer)
{
    return layer == 1 ? step.input : step.values({Kind::Y, layer - 1});
}

// numpy's np.sum of a softmax's exponentials (pairwise from 8 numbers on), written out here
// independently of the engine's and the builder's.
double pairwiseSum(const std::vector<double> &a)
{
    if (a.size() < 8) {
        double s = 0.0;
        for (double v : a)
            s += v;
        return s;
    }
    return ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]));
}

// The numbers the first substituted line (formula line 1) must hold, in order, read from the
// trace independently of the builder: the operands of the engine's arithmetic for the element.
std::vector<double> expectedOperands(const NetworkTrace &trace, const NetworkStep &step, LayerQuantity q, int i, int j)
{
    const Architecture &arch = trace.architecture();
    const int l = q.layer;
    const int cols = arch.units(l - 1);
    const int element = q.isMatrix() ? i * cols + j : i;
    const auto value = [&](Kind k, int layer, int index) { return step.values({k, layer})[static_cast<size_t>(index)]; };
    std::vector<double> out;
    switch (q.kind) {
    case Kind::V:
        for (int c = 0; c < cols; ++c) {
            out.push_back(weightsBefore(trace, step, l)[static_cast<size_t>(i * cols + c)]);
            out.push_back(inputOf(step, l)[static_cast<size_t>(c)]);
        }
        break;
    case Kind::Y:
        switch (arch.activation(l)) {
        case Activation::Sigmoid: out = {-value(Kind::V, l, i)}; break;
        case Activation::Softmax:
            out = {value(Kind::V, l, i)};
            for (int u = 0; u < arch.units(l); ++u)
                out.push_back(value(Kind::V, l, u));
            break;
        default: out = {value(Kind::V, l, i)}; break;
        }
        break;
    case Kind::E:
        if (l == arch.layerCount()) {
            out = {step.target[static_cast<size_t>(i)], value(Kind::Y, l, i)};
        } else {
            const int n = arch.units(l);
            for (int a = 0; a < arch.units(l + 1); ++a) {
                out.push_back(weightsBefore(trace, step, l + 1)[static_cast<size_t>(a * n + i)]);
                out.push_back(value(Kind::Delta, l + 1, a));
            }
        }
        break;
    case Kind::Delta:
        if (l == arch.layerCount() && arch.delta == OutputDelta::CrossEntropy) {
            out = {value(Kind::E, l, i)};
            break;
        }
        switch (arch.activation(l)) {
        case Activation::Sigmoid:
        case Activation::Tanh: out = {value(Kind::Y, l, i), value(Kind::Y, l, i), value(Kind::E, l, i)}; break;
        case Activation::Relu: out = {value(Kind::V, l, i), value(Kind::E, l, i)}; break;
        default: out = {value(Kind::E, l, i)}; break;
        }
        break;
    case Kind::DW: out = {trace.run().alpha, value(Kind::Delta, l, i), inputOf(step, l)[static_cast<size_t>(j)]}; break;
    case Kind::DWSum: {
        // The sum before: the previous sample's, unless this sample starts its batch.
        const bool first = step.sample % arch.batch == 0;
        out = {first ? 0.0 : trace.step(step.index - 1).values(q)[static_cast<size_t>(element)], value(Kind::DW, l, element)};
        break;
    }
    case Kind::DWAvg: {
        int n = 0;
        for (int k = step.sample / arch.batch * arch.batch; k < trace.run().sampleCount() && k / arch.batch == step.sample / arch.batch; ++k)
            ++n;
        out = {value(Kind::DWSum, l, element), static_cast<double>(n)};
        break;
    }
    case Kind::Momentum: {
        // m before: the last step before this one that updated, else 0.
        double before = 0.0;
        for (long long s = step.index - 1; s >= 0; --s) {
            const NetworkStep earlier = trace.step(s);
            if (earlier.update) {
                before = earlier.values(q)[static_cast<size_t>(element)];
                break;
            }
        }
        out = {value(arch.batched() ? Kind::DWAvg : Kind::DW, l, element), arch.momentum, before};
        break;
    }
    case Kind::W: {
        const Kind change = arch.hasMomentum() ? Kind::Momentum : arch.batched() ? Kind::DWAvg : Kind::DW;
        out = {weightsBefore(trace, step, l)[static_cast<size_t>(element)], value(change, l, element)};
        break;
    }
    }
    return out;
}

// Evaluates the formula's substituted lines in double, in the order written, as the engine
// computes; checks each intermediate line against the one before; returns the value.
double evaluate(const Architecture &arch, LayerQuantity q, const Formula &f)
{
    const std::vector<double> n = numbersOf(f.lines.at(1));
    const auto dot = [&n] {
        double s = n.at(0) * n.at(1);
        for (size_t t = 2; t + 1 < n.size(); t += 2)
            s += n[t] * n[t + 1];
        return s;
    };
    switch (q.kind) {
    case Kind::V: return dot();
    case Kind::Y:
        switch (arch.activation(q.layer)) {
        case Activation::Sigmoid: {
            const std::vector<double> e = numbersOf(f.lines.at(2));
            if (!same(e.at(0), std::exp(n.at(0))))
                return std::nan("1"); // the exponential shown is not e^(power shown)
            return 1.0 / (1.0 + e.at(0));
        }
        case Activation::Tanh: return std::tanh(n.at(0));
        case Activation::Relu: return std::isnan(n.at(0)) ? n[0] : (n[0] > 0.0 ? n[0] : 0.0);
        case Activation::Linear: return n.at(0);
        case Activation::Softmax: {
            const std::vector<double> ex = numbersOf(f.lines.at(2));
            const std::vector<double> quotient = numbersOf(f.lines.at(3));
            std::vector<double> all;
            for (size_t t = 0; t < n.size(); ++t) {
                if (!same(ex.at(t), std::exp(n[t])))
                    return std::nan("2");
                if (t > 0)
                    all.push_back(ex[t]);
            }
            if (!same(quotient.at(0), ex[0]) || !same(quotient.at(1), pairwiseSum(all)))
                return std::nan("3");
            return quotient[0] / quotient[1];
        }
        }
        break;
    case Kind::E: return q.layer == arch.layerCount() ? n.at(0) - n.at(1) : dot();
    case Kind::Delta:
        if (q.layer == arch.layerCount() && arch.delta == OutputDelta::CrossEntropy)
            return n.at(0);
        switch (arch.activation(q.layer)) {
        case Activation::Sigmoid: return n.at(0) * (1.0 - n.at(1)) * n.at(2);
        case Activation::Tanh: return (1.0 - n.at(0) * n.at(1)) * n.at(2);
        case Activation::Relu: return (n.at(0) > 0.0 ? 1.0 : 0.0) * n.at(1);
        default: return 1.0 * n.at(0);
        }
    case Kind::DW: return n.at(0) * n.at(1) * n.at(2);
    case Kind::DWSum: return n.at(0) + n.at(1);
    case Kind::DWAvg: return n.at(0) / n.at(1);
    case Kind::Momentum: return n.at(0) + n.at(1) * n.at(2);
    case Kind::W: return n.at(0) + n.at(1);
    }
    return std::nan("4");
}

// Steps worth looking at: the first, a batch's last sample (an update), the next epoch's
// second, the last, and the first step with a number that is not finite.
std::vector<long long> interestingSteps(const NetworkTrace &trace)
{
    const NetworkRun &run = trace.run();
    const int B = run.architecture.batch;
    std::vector<long long> steps = {0, std::min<long long>(B, run.sampleCount()) - 1, run.sampleCount() + 1, trace.stepCount() - 1};
    if (trace.firstNonFiniteStep() >= 0)
        steps.push_back(trace.firstNonFiniteStep());
    for (long long &s : steps)
        s = std::clamp<long long>(s, 0, trace.stepCount() - 1);
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

void showPanel(GeneralArithmeticPanel &panel, TracePtr trace, QSize size, double fontFactor)
{
    QFont font = panel.font();
    font.setPointSizeF(font.pointSizeF() * fontFactor);
    panel.setFont(font);
    panel.resize(size);
    panel.setTrace(std::move(trace));
    panel.show();
}

} // namespace

class TestGeneralArithmeticPanel : public QObject
{
    Q_OBJECT

private slots:
    // For every operation of several steps of every run, and for the first, a middle and the last
    // unit (and column) of its quantity: the formula's lhs names the element, its result is the
    // step's value, its first substituted line holds the engine's operands (read from the trace
    // here), and evaluating its numbers in the order written gives the result bit for bit.
    void formulaIsTheEnginesArithmetic_data()
    {
        QTest::addColumn<TracePtr>("trace");
        for (const NamedRun &run : allRuns())
            QTest::newRow(run.name) << record(run.run, run.checkpointsOnly);
    }
    void formulaIsTheEnginesArithmetic()
    {
        QFETCH(TracePtr, trace);
        const Architecture &arch = trace->architecture();
        GeneralArithmeticPanel panel;
        panel.resize(900, 600);
        panel.setTrace(trace);
        std::array<int, LayerQuantity::KindCount> seen{};
        for (long long index : interestingSteps(*trace)) {
            const NetworkStep step = trace->step(index);
            const auto &ops = step.operations();
            for (int o = 0; o < static_cast<int>(ops.size()); ++o) {
                const LayerQuantity q = ops[static_cast<size_t>(o)];
                const Shape shape = q.shape(arch);
                for (const auto &[i, j] : {std::pair{0, 0}, std::pair{shape.rows / 2, shape.cols / 2}, std::pair{shape.rows - 1, shape.cols - 1}}) {
                    panel.setUnit(i);
                    panel.setColumn(j);
                    panel.setPosition({index, o});
                    const Formula &f = panel.shownFormula();
                    const int element = q.isMatrix() ? i * shape.cols + j : i;
                    const double expected = step.values(q)[static_cast<size_t>(element)];
                    const QString where = QStringLiteral("step %1, %2, element %3").arg(index).arg(QString::fromStdString(q.elementName(arch, element))).arg(element);
                    QVERIFY2(f.lines.size() >= 3, qPrintable(where));
                    QCOMPARE(lhsText(f), QString::fromStdString(q.elementName(arch, element)));
                    // The last line is the result alone, emphasized.
                    const auto &last = f.lines.back();
                    QVERIFY2(last.size() == 1 && last[0].kind == FormulaPiece::Kind::Number && last[0].emphasized, qPrintable(where));
                    QVERIFY2(same(last[0].value, expected), qPrintable(QStringLiteral("%1: shows %2, the step has %3").arg(where).arg(last[0].value).arg(expected)));
                    // The operands as the engine used them.
                    const std::vector<double> operands = expectedOperands(*trace, step, q, i, j);
                    const std::vector<double> shown = numbersOf(f.lines[1]);
                    QVERIFY2(shown.size() == operands.size(), qPrintable(QStringLiteral("%1: %2 numbers, expected %3").arg(where).arg(shown.size()).arg(operands.size())));
                    for (size_t t = 0; t < shown.size(); ++t)
                        QVERIFY2(same(shown[t], operands[t]), qPrintable(QStringLiteral("%1: operand %2 is %3, expected %4").arg(where).arg(t).arg(shown[t]).arg(operands[t])));
                    // The substituted formula evaluates to the result.
                    const double evaluated = evaluate(arch, q, f);
                    QVERIFY2(same(evaluated, last[0].value),
                             qPrintable(QStringLiteral("%1: the numbers give %2, the result shown is %3").arg(where).arg(evaluated, 0, 'g', 17).arg(last[0].value, 0, 'g', 17)));
                    // The text copied from the formula has the result as every view prints it.
                    QVERIFY2(FormulaBuilder::plainText(f).endsWith(QStringLiteral(" = ") + NumberFormat::value(expected, 4)),
                             qPrintable(where + QStringLiteral(":\n") + FormulaBuilder::plainText(f)));
                    // Flagged exactly when a number shown is not finite.
                    bool finite = true;
                    for (const auto &line : f.lines)
                        for (double v : numbersOf(line))
                            finite = finite && std::isfinite(v);
                    QCOMPARE(f.overflow, !finite);
                    ++seen[static_cast<size_t>(q.kind)];
                }
            }
        }
        // Every kind the run computes has been checked.
        for (int k = 0; k < LayerQuantity::KindCount; ++k)
            if (trace->layout().has({static_cast<Kind>(k), 1}))
                QVERIFY2(seen[static_cast<size_t>(k)] > 0, qPrintable(QString::fromStdString(LayerQuantity{static_cast<Kind>(k), 1}.name())));
    }

    // The header says where we are ("operation i of n") and the sample line shows x and d.
    void headerAndSampleSayWhereWeAre()
    {
        const TracePtr trace = record(goldenRun(QStringLiteral("rings_tanh_minibatch-seed2"), 2));
        GeneralArithmeticPanel panel;
        panel.resize(900, 600);
        panel.setTrace(trace);
        const long long index = trace->run().sampleCount() + 3; // epoch 1, sample 3: a batch's last
        const NetworkStep step = trace->step(index);
        QVERIFY(step.update);
        const int operations = static_cast<int>(step.operations().size());
        panel.setPosition({index, 4});
        const LayerQuantity q = step.operations()[4];
        QCOMPARE(panel.headerText(), QStringLiteral("Epoch 1, sample k = 3 · operation 5 of %1: %2").arg(operations).arg(GeneralFormulaBuilder::operationName(q)));
        auto *sample = panel.findChild<FormulaView *>(QStringLiteral("sample"));
        QVERIFY(sample);
        const std::vector<double> numbers = numbersOf(sample->formula().lines.at(0));
        std::vector<double> expected(step.input.begin(), step.input.end());
        expected.push_back(step.target[0]);
        QCOMPARE(numbers, expected);
        QVERIFY(sample->plainText().contains(QStringLiteral("x = [-0.9, 0, 1]")));
        // A position past the end is clamped to the last step's last operation.
        panel.setPosition({trace->stepCount() + 5, 999});
        QCOMPARE(panel.position().step, trace->stepCount() - 1);
        QCOMPARE(panel.position().operation, static_cast<int>(trace->step(trace->stepCount() - 1).operations().size()) - 1);
        // No trace: nothing but a sentence.
        panel.setTrace(nullptr);
        QVERIFY(panel.shownFormula().lines.empty());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("empty"))->isVisibleTo(&panel));
    }

    // A 32-unit layer: the current unit's arithmetic in full (all 32 products), the rest of the
    // vector or of the matrix's row in a few values, the chosen one among them, and the count.
    void largeLayersAreSummarised()
    {
        const TracePtr trace = record(wideSoftmaxRun());
        GeneralArithmeticPanel panel;
        panel.resize(900, 600);
        panel.setTrace(trace);
        const NetworkStep step = trace->step(15); // the first batch's last sample: an update
        const auto &ops = step.operations();
        const auto opOf = [&ops](LayerQuantity q) { return static_cast<int>(std::find(ops.begin(), ops.end(), q) - ops.begin()); };

        panel.setUnit(17);
        panel.setPosition({15, opOf({Kind::V, 2})});
        QCOMPARE(numbersOf(panel.shownFormula().lines[1]).size(), size_t(64)); // 32 weights, 32 inputs
        Formula summary = panel.shownSummary();
        QCOMPARE(lhsText(summary), QStringLiteral("v2"));
        const auto v2 = step.values({Kind::V, 2});
        std::vector<double> expected = {v2[0], v2[1], v2[2], v2[17], v2[31]};
        QCOMPARE(numbersOf(summary.lines[0]), expected);
        const auto emphasized = std::count_if(summary.lines[0].begin(), summary.lines[0].end(), [](const FormulaPiece &p) { return p.emphasized; });
        QCOMPARE(emphasized, 1);
        QVERIFY(FormulaBuilder::plainText(summary).contains(QStringLiteral("v2 = [%1, %2, %3, ..., %4, ..., %5]  (32 values)")
                                                                .arg(NumberFormat::value(v2[0], 4), NumberFormat::value(v2[1], 4), NumberFormat::value(v2[2], 4),
                                                                     NumberFormat::value(v2[17], 4), NumberFormat::value(v2[31], 4))));

        // A 32x32 matrix: row 17, column 31.
        panel.setColumn(31);
        panel.setPosition({15, opOf({Kind::Momentum, 2})});
        summary = panel.shownSummary();
        QCOMPARE(lhsText(summary), QStringLiteral("m2[17,:]"));
        const auto m2 = step.values({Kind::Momentum, 2});
        expected = {m2[17 * 32 + 0], m2[17 * 32 + 1], m2[17 * 32 + 2], m2[17 * 32 + 31]};
        QCOMPARE(numbersOf(summary.lines[0]), expected);
        QVERIFY(FormulaBuilder::plainText(summary).contains(QStringLiteral("(row 17 of m2, a 32×32 matrix)")));
        // Never a wall of numbers: the panel's formula views hold a few dozen numbers at most.
        QVERIFY(numbersOf(summary.lines[0]).size() <= size_t(GeneralFormulaBuilder::SummaryFull + 2));

        // The output layer has 8 units: unit 17 is clamped to 7, and comes back after it.
        panel.setPosition({15, opOf({Kind::Y, 4})});
        QCOMPARE(lhsText(panel.shownFormula()), QStringLiteral("y4[7]"));
        auto *unitSpin = panel.findChild<QSpinBox *>(QStringLiteral("unit"));
        QCOMPARE(unitSpin->value(), 7);
        QCOMPARE(unitSpin->maximum(), 7);
        QCOMPARE(panel.unit(), 17);
        panel.setPosition({15, opOf({Kind::Y, 3})});
        QCOMPARE(lhsText(panel.shownFormula()), QStringLiteral("y3[17]"));
        // Softmax over 8 outputs: numpy's pairwise sum, bracketed as it adds.
        panel.setPosition({15, opOf({Kind::Y, 4})});
        QVERIFY(FormulaBuilder::plainText(panel.shownFormula()).contains(QStringLiteral(" / (((")));

        // The spin box picks the unit.
        panel.setPosition({15, opOf({Kind::Delta, 2})});
        unitSpin->setValue(4);
        QCOMPARE(panel.unit(), 4);
        QCOMPARE(lhsText(panel.shownFormula()), QStringLiteral("delta2[4]"));
        auto *columnSpin = panel.findChild<QSpinBox *>(QStringLiteral("column"));
        QVERIFY(!columnSpin->isVisibleTo(&panel));
        panel.setPosition({15, opOf({Kind::DWSum, 1})});
        QVERIFY(columnSpin->isVisibleTo(&panel));
        QCOMPARE(columnSpin->maximum(), 2);
        columnSpin->setValue(1);
        QCOMPARE(lhsText(panel.shownFormula()), QStringLiteral("dW1_sum[4,1]"));
    }

    // A blow-up: the first non-finite number is spelled out (inf, NaN), drawn in the not-finite
    // colour, and a note in that colour says what happened.
    void nonFiniteNumbersAreFlagged()
    {
        const TracePtr trace = record(blowUpRun());
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        const long long index = trace->firstNonFiniteStep();
        const NetworkStep step = trace->step(index);
        const LayerQuantity q = *trace->firstNonFiniteQuantity();
        const auto values = step.values(q);
        const int element = static_cast<int>(std::find_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }) - values.begin());
        const Shape shape = q.shape(trace->architecture());
        GeneralArithmeticPanel panel;
        showPanel(panel, trace, QSize(900, 600), 1.0);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setUnit(q.isMatrix() ? element / shape.cols : element);
        panel.setColumn(q.isMatrix() ? element % shape.cols : 0);
        const auto &ops = step.operations();
        panel.setPosition({index, static_cast<int>(std::find(ops.begin(), ops.end(), q) - ops.begin())});
        const Formula &f = panel.shownFormula();
        QVERIFY(f.overflow);
        const QString text = FormulaBuilder::plainText(f);
        QVERIFY2(text.contains(QStringLiteral("inf")) || text.contains(QStringLiteral("NaN")), qPrintable(text));
        auto *notes = panel.findChild<NotesView *>(QStringLiteral("notes"));
        QVERIFY(!notes->paragraphs().isEmpty());
        QCOMPARE(notes->paragraphs().last().text, GeneralFormulaBuilder::notFiniteNote());
        QCOMPARE(notes->paragraphs().last().color, ValueColors::notFinite());
        // The number itself is painted in the not-finite colour.
        QImage image = panel.findChild<FormulaView *>(QStringLiteral("formula"))->grab().toImage();
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; ++y)
            for (int x = 0; x < image.width() && !coloured; ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured = std::abs(c.red() - ValueColors::notFinite().red()) < 30 && std::abs(c.green() - ValueColors::notFinite().green()) < 30
                           && std::abs(c.blue() - ValueColors::notFinite().blue()) < 30;
            }
        QVERIFY(coloured);
        // Every later operation of the run still shows, whatever its numbers.
        for (long long s = index; s < std::min(index + 3, trace->stepCount()); ++s)
            for (int o = 0; o < static_cast<int>(trace->step(s).operations().size()); ++o) {
                panel.setPosition({s, o});
                QVERIFY(!panel.shownFormula().lines.empty());
            }
    }

    // In the panel sizes of a 1366x768 and a 1024x768 window, and in presenter type: the header,
    // the formula and the summary stay inside the viewport's width (no sideways scrolling), no
    // two pieces of text overlap, and the formula's numbers are never smaller than the
    // application font.
    void everythingFitsThePanel_data()
    {
        QTest::addColumn<TracePtr>("trace");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("fontFactor");
        const TracePtr wide = record(wideSoftmaxRun());
        const TracePtr rings = record(goldenRun(QStringLiteral("rings_tanh_minibatch-seed2"), 2));
        const TracePtr blowUp = record(blowUpRun());
        const std::pair<const char *, TracePtr> traces[] = {{"3-32-32-32-8", wide}, {"rings", rings}, {"blow-up", blowUp}};
        const std::pair<const char *, QSize> sizes[] = {{"1366x768 dock", QSize(660, 420)}, {"1024x768 dock", QSize(480, 360)}, {"1366x768 wide", QSize(1300, 300)}};
        for (const auto &[name, trace] : traces) {
            for (const auto &[where, size] : sizes)
                QTest::addRow("%s, %s", name, where) << trace << size << 1.0;
            QTest::addRow("%s, presenter 1024x768", name) << trace << QSize(1000, 330) << 1.6;
        }
    }
    void everythingFitsThePanel()
    {
        QFETCH(TracePtr, trace);
        QFETCH(QSize, size);
        QFETCH(double, fontFactor);
        GeneralArithmeticPanel panel;
        showPanel(panel, trace, size, fontFactor);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *scroll = panel.findChild<QScrollArea *>();
        const long long index = trace->firstNonFiniteStep() >= 0 ? trace->firstNonFiniteStep() : std::min<long long>(trace->stepCount() - 1, trace->architecture().batch - 1);
        const NetworkStep step = trace->step(index);
        panel.setUnit(1);
        panel.setColumn(1);
        for (int o = 0; o < static_cast<int>(step.operations().size()); ++o) {
            panel.setPosition({index, o});
            QCoreApplication::processEvents();
            const QString where = QString::fromStdString(step.operations()[static_cast<size_t>(o)].name());
            if (qEnvironmentVariableIsSet("GENERAL_ARITHMETIC_GRAB"))
                panel.grab().save(QStringLiteral("%1/%2-%3.png").arg(qEnvironmentVariable("GENERAL_ARITHMETIC_GRAB"), QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')), where));
            const QRectF viewport = QRectF(scroll->viewport()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
            QList<QRectF> all;
            for (const char *name : {"header", "sample", "formula", "summary"}) {
                auto *view = panel.findChild<FormulaView *>(QLatin1String(name));
                QVERIFY(view && view->isVisible());
                for (const QRectF &r : view->paintedTextRects()) {
                    const QRectF inViewport = r.translated(view->mapTo(scroll->viewport(), QPoint(0, 0)));
                    QVERIFY2(inViewport.left() >= viewport.left() && inViewport.right() <= viewport.right(),
                             qPrintable(QStringLiteral("%1, %2: text at x %3..%4 outside the viewport's width %5")
                                            .arg(where, QLatin1String(name)).arg(inViewport.left()).arg(inViewport.right()).arg(viewport.right())));
                    QVERIFY2(QRectF(view->rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(r),
                             qPrintable(QStringLiteral("%1, %2: text leaves its view").arg(where, QLatin1String(name))));
                    all.append(inViewport);
                }
            }
            for (qsizetype a = 0; a < all.size(); ++a)
                for (qsizetype b = a + 1; b < all.size(); ++b)
                    QVERIFY2(!all[a].adjusted(1, 1, -1, -1).intersects(all[b].adjusted(1, 1, -1, -1)),
                             qPrintable(QStringLiteral("%1: text pieces %2 and %3 overlap").arg(where).arg(a).arg(b)));
            auto *formula = panel.findChild<FormulaView *>(QStringLiteral("formula"));
            QVERIFY(formula->font().pointSizeF() * formula->scale() >= panel.font().pointSizeF() - 0.01);
            // The header is on screen without scrolling.
            auto *header = panel.findChild<FormulaView *>(QStringLiteral("header"));
            QVERIFY(header->mapTo(scroll->viewport(), QPoint(0, 0)).y() >= 0);
        }
    }

    // Moving costs little: stepping through the operations of a 3-32-32-32-8 network on 256
    // samples recorded with checkpoints only (every step recomputed from its epoch's start, as
    // NetworkTrace does for runs too long to keep whole).
    void movesReportTheirCost()
    {
        const TracePtr trace = record(wideSoftmaxRun(), true);
        QVERIFY(!trace->hasFullRecord());
        GeneralArithmeticPanel panel;
        showPanel(panel, trace, QSize(660, 420), 1.0);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // CPU time of this thread: on a shared machine the wall clock also counts other processes.
        const auto cpuNow = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
        };
        std::vector<double> times;
        for (long long s : {300LL, 301LL, 302LL, 303LL, 367LL, 511LL}) {
            const int ops = static_cast<int>(trace->step(s).operations().size());
            for (int o = 0; o < ops; ++o) {
                const double start = cpuNow();
                panel.setPosition({s, o});
                times.push_back(cpuNow() - start);
            }
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const double worst = times.back();
        qInfo("setPosition: median %.2f ms, worst %.2f ms of CPU time over %zu moves", median, worst, times.size());
        // The figures is printed, never asserted: the machines that run the tests are shared and
        // noisy (and sanitizers slow everything); deltatrace-networkbench measures speed.
    }

    // A language change retranslates the header and the notes.
    void followsTheLanguage()
    {
        const TracePtr trace = record(goldenRun(QStringLiteral("three_class_softmax-seed5"), 1));
        GeneralArithmeticPanel panel;
        panel.resize(700, 500);
        panel.setTrace(trace);
        panel.setPosition({0, 3});
        QVERIFY(!panel.headerText().contains(QStringLiteral("«")));
        fixtures::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY2(panel.headerText().startsWith(QStringLiteral("«Epoch")), qPrintable(panel.headerText()));
        auto *notes = panel.findChild<NotesView *>(QStringLiteral("notes"));
        QVERIFY(!notes->paragraphs().isEmpty());
        QVERIFY(notes->paragraphs().first().text.startsWith(QStringLiteral("«")));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY(!panel.headerText().contains(QStringLiteral("«")));
    }
};

QTEST_MAIN(TestGeneralArithmeticPanel)
#include "tst_generalarithmeticpanel.moc"
