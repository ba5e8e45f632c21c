// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalformulabuilder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace deltatrace {

namespace {

using Piece = FormulaPiece;
using Pieces = std::vector<FormulaPiece>;
using Script = FormulaPiece::Script;
using Kind = LayerQuantity::Kind;

constexpr QChar Minus(0x2212);
const QString Ellipsis = QStringLiteral("…");

Piece T(const QString &shown, const QString &plain, Script script = Script::Normal)
{
    Piece p;
    p.text = shown;
    p.plain = plain;
    p.script = script;
    return p;
}
Piece T(const QString &same) { return T(same, same); }

QString nameOf(Kind kind, int layer) { return QString::fromStdString(LayerQuantity{kind, layer}.name()); }
QString at(const QString &name, int i) { return QStringLiteral("%1[%2]").arg(name).arg(i); }
QString at(const QString &name, int i, int j) { return QStringLiteral("%1[%2,%3]").arg(name).arg(i).arg(j); }
// What layer l multiplies: x for the first layer (the listing's y0), else y(l-1).
QString inputName(int layer) { return layer == 1 ? QStringLiteral("x") : nameOf(Kind::Y, layer - 1); }

// Writes one formula piece by piece, as FormulaBuilder's formulas are written: begin() starts
// "lhs = ...", equals() each further line.
class Writer
{
public:
    void begin(const QString &lhs)
    {
        m_formula.lhs = {T(lhs)};
        m_formula.lines.emplace_back();
    }
    void equals() { m_formula.lines.emplace_back(); }
    void add(const Piece &p) { m_formula.lines.back().push_back(p); }
    void text(const QString &shown, const QString &plain) { add(T(shown, plain)); }
    void text(const QString &same) { add(T(same)); }
    // An operator between operands: " × " / " * ". Its leading space lets a long line break there.
    void op(const QString &shown, const QString &plain) { text(QLatin1Char(' ') + shown + QLatin1Char(' '), QLatin1Char(' ') + plain + QLatin1Char(' ')); }
    void times() { op(QStringLiteral("×"), QStringLiteral("*")); }
    void plus() { op(QStringLiteral("+"), QStringLiteral("+")); }
    void minus() { op(QString(Minus), QStringLiteral("-")); }
    void divided() { op(QStringLiteral("/"), QStringLiteral("/")); }

    void number(double v, Script script = Script::Normal, bool emphasized = false)
    {
        Piece p;
        p.kind = Piece::Kind::Number;
        p.value = v;
        p.script = script;
        p.emphasized = emphasized;
        add(p);
    }
    // Secondary words (grey), such as a count after a summary.
    void muted(const QString &text)
    {
        Piece p = T(text);
        p.muted = true;
        add(p);
    }
    // A number inside an expression: negative ones in parentheses, "× (−0.73)".
    void operand(double v)
    {
        const bool negative = std::signbit(v) && v != 0.0; // -0 is shown as 0, without brackets
        if (negative)
            text(QStringLiteral("("));
        number(v);
        if (negative)
            text(QStringLiteral(")"));
    }
    // e^(power) with the power as a superscript number.
    void exponential(double power)
    {
        text(QStringLiteral("e"), QStringLiteral("exp("));
        number(power, Script::Super);
        text(QString(), QStringLiteral(")"));
    }
    // The value an equation ends in, on a line of its own.
    void result(double v)
    {
        equals();
        number(v);
        m_formula.lines.back().back().emphasized = true;
    }
    void note(const QString &text) { m_formula.notes << text; }

    Formula finish()
    {
        for (const auto &line : m_formula.lines)
            for (const Piece &p : line)
                if (p.kind == Piece::Kind::Number && !std::isfinite(p.value))
                    m_formula.overflow = true;
        if (m_formula.overflow)
            m_formula.notes << GeneralFormulaBuilder::notFiniteNote();
        return std::move(m_formula);
    }

private:
    Formula m_formula;
};

// `terms` written in symbols joined by " + ": all of them when few, else the first two, "…" and
// the last, so that the line of symbols stays short for a 32-unit layer (the numbers below are
// all there).
void symbolSum(Writer &w, int count, const std::function<QString(int)> &term)
{
    const bool all = count <= 4;
    for (int j = 0; j < count; ++j) {
        if (!all && j >= 2 && j < count - 1) {
            if (j == 2) {
                w.plus();
                w.text(Ellipsis, QStringLiteral("..."));
            }
            continue;
        }
        if (j > 0)
            w.plus();
        w.text(term(j));
    }
}

// A sum of `count` numbers written in the order numpy adds them (GeneralFormulaBuilder::numpySum):
// one after another below 8, in pairs of pairs for 8 (the most a softmax output has).
void numpySumTerms(Writer &w, int count, const std::function<void(int)> &term)
{
    if (count != 8) {
        for (int j = 0; j < count; ++j) {
            if (j > 0)
                w.plus();
            term(j);
        }
        return;
    }
    const auto pair = [&](int a) {
        w.text(QStringLiteral("("));
        term(a);
        w.plus();
        term(a + 1);
        w.text(QStringLiteral(")"));
    };
    for (int half = 0; half < 2; ++half) {
        if (half)
            w.plus();
        w.text(QStringLiteral("("));
        pair(half * 4);
        w.plus();
        pair(half * 4 + 2);
        w.text(QStringLiteral(")"));
    }
}

struct Context
{
    const NetworkRun &run;
    const NetworkStep &step;
    const GeneralFormulaBuilder::Operands &operands;
    LayerQuantity q;
    int unit;   // row
    int column; // matrices only
    const Architecture &arch() const { return run.architecture; }
    std::span<const double> values(Kind kind, int layer) const { return step.values({kind, layer}); }
    double value(Kind kind, int layer, int i) const
    {
        const auto v = values(kind, layer);
        return static_cast<size_t>(i) < v.size() ? v[static_cast<size_t>(i)] : std::nan("");
    }
    // Layer l's input y(l-1), x for the first layer.
    std::span<const double> input(int layer) const { return layer == 1 ? step.input : values(Kind::Y, layer - 1); }
    // The weights of layer l before this step.
    std::span<const double> weightsBefore(int layer) const
    {
        int offset = 0;
        for (int l = 1; l < layer; ++l)
            offset += arch().weightCount(l);
        return std::span<const double>(step.weightsBefore).subspan(static_cast<size_t>(offset), static_cast<size_t>(arch().weightCount(layer)));
    }
    int element() const { return q.isMatrix() ? unit * arch().units(q.layer - 1) + column : unit; }
    double result() const { return value(q.kind, q.layer, element()); }
};

double entry(std::span<const double> values, int i)
{
    return static_cast<size_t>(i) < values.size() ? values[static_cast<size_t>(i)] : std::nan("");
}

void weightedSum(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const int inputs = c.arch().units(l - 1);
    const QString W = nameOf(Kind::W, l);
    const QString in = inputName(l);
    const auto weights = c.weightsBefore(l);
    const auto input = c.input(l);
    w.begin(at(nameOf(Kind::V, l), c.unit));
    symbolSum(w, inputs, [&](int j) { return at(W, c.unit, j) + QLatin1Char(' ') + at(in, j); });
    w.equals();
    for (int j = 0; j < inputs; ++j) {
        if (j > 0)
            w.plus();
        w.operand(entry(weights, c.unit * inputs + j));
        w.times();
        w.operand(entry(input, j));
    }
    w.result(c.result());
    if (inputs > 1)
        w.note(GeneralFormulaBuilder::tr("Row %1 of %2 times %3, term by term, added from left to right.").arg(c.unit).arg(W, in));
}

void output(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const QString v = nameOf(Kind::V, l);
    const double vi = c.value(Kind::V, l, c.unit);
    w.begin(at(nameOf(Kind::Y, l), c.unit));
    switch (c.arch().activation(l)) {
    case Activation::Sigmoid:
        w.text(QStringLiteral("1 / (1 + "));
        w.text(QStringLiteral("e"), QStringLiteral("exp("));
        w.add(T(QString(Minus) + at(v, c.unit), QStringLiteral("-") + at(v, c.unit), Script::Super));
        w.text(QStringLiteral(")"), QStringLiteral("))"));
        w.equals();
        w.text(QStringLiteral("1 / (1 + "));
        w.exponential(-vi);
        w.text(QStringLiteral(")"));
        w.equals();
        w.text(QStringLiteral("1 / (1 + "));
        w.operand(std::exp(-vi));
        w.text(QStringLiteral(")"));
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("The sigmoid of each unit's own weighted sum."));
        break;
    case Activation::Tanh:
        w.text(QStringLiteral("tanh(") + at(v, c.unit) + QLatin1Char(')'));
        w.equals();
        w.text(QStringLiteral("tanh("));
        w.number(vi);
        w.text(QStringLiteral(")"));
        w.result(c.result());
        break;
    case Activation::Relu:
        w.text(QStringLiteral("max(") + at(v, c.unit) + QStringLiteral(", 0)"));
        w.equals();
        w.text(QStringLiteral("max("));
        w.number(vi);
        w.text(QStringLiteral(", 0)"));
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("relu: a negative sum becomes 0, a positive one passes unchanged."));
        break;
    case Activation::Linear:
        w.text(at(v, c.unit));
        w.equals();
        w.number(vi);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("Linear: the output is the weighted sum unchanged."));
        break;
    case Activation::Softmax: {
        const int units = c.arch().units(l);
        const auto vs = c.values(Kind::V, l);
        std::vector<double> ex(static_cast<size_t>(units));
        for (int j = 0; j < units; ++j)
            ex[static_cast<size_t>(j)] = std::exp(entry(vs, j));
        const auto symbolicPower = [&](int j) {
            w.text(QStringLiteral("e"), QStringLiteral("exp("));
            w.add(T(at(v, j), at(v, j), Script::Super));
            w.text(QString(), QStringLiteral(")"));
        };
        symbolicPower(c.unit);
        w.text(QStringLiteral(" / ("), QStringLiteral(" / ("));
        if (units <= 4) {
            for (int j = 0; j < units; ++j) {
                if (j > 0)
                    w.plus();
                symbolicPower(j);
            }
        } else {
            symbolicPower(0);
            w.plus();
            symbolicPower(1);
            w.plus();
            w.text(Ellipsis, QStringLiteral("..."));
            w.plus();
            symbolicPower(units - 1);
        }
        w.text(QStringLiteral(")"));
        w.equals();
        w.exponential(entry(vs, c.unit));
        w.text(QStringLiteral(" / ("), QStringLiteral(" / ("));
        numpySumTerms(w, units, [&](int j) { w.exponential(entry(vs, j)); });
        w.text(QStringLiteral(")"));
        w.equals();
        w.operand(ex[static_cast<size_t>(c.unit)]);
        w.text(QStringLiteral(" / ("), QStringLiteral(" / ("));
        numpySumTerms(w, units, [&](int j) { w.operand(ex[static_cast<size_t>(j)]); });
        w.text(QStringLiteral(")"));
        w.equals();
        w.operand(ex[static_cast<size_t>(c.unit)]);
        w.divided();
        w.operand(GeneralFormulaBuilder::numpySum(ex));
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("Softmax: every unit's exponential divided by their sum, so that the outputs add up to 1."));
        if (units == 8)
            w.note(GeneralFormulaBuilder::tr("numpy adds eight numbers in pairs, as the brackets show."));
        break;
    }
    }
}

void error(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    w.begin(at(nameOf(Kind::E, l), c.unit));
    if (l == c.arch().layerCount()) {
        const bool scalarTarget = c.arch().outputCount() == 1; // D is a list of numbers: d = D[k] is one
        w.text(QStringLiteral("%1 %2 %3").arg(scalarTarget ? QStringLiteral("d") : at(QStringLiteral("d"), c.unit), QString(Minus),
                                             at(nameOf(Kind::Y, l), c.unit)),
               QStringLiteral("%1 - %2").arg(scalarTarget ? QStringLiteral("d") : at(QStringLiteral("d"), c.unit), at(nameOf(Kind::Y, l), c.unit)));
        w.equals();
        w.operand(entry(c.step.target, c.unit));
        w.minus();
        w.operand(c.value(Kind::Y, l, c.unit));
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("The target minus the output."));
        return;
    }
    // el = W(l+1)^T delta(l+1): unit i of layer l collects the deltas of the units above through
    // column i of W(l+1).
    const int units = c.arch().units(l);
    const int above = c.arch().units(l + 1);
    const QString W = nameOf(Kind::W, l + 1);
    const QString delta = nameOf(Kind::Delta, l + 1);
    const auto weights = c.weightsBefore(l + 1);
    const auto deltas = c.values(Kind::Delta, l + 1);
    symbolSum(w, above, [&](int j) { return at(W, j, c.unit) + QLatin1Char(' ') + at(delta, j); });
    w.equals();
    for (int j = 0; j < above; ++j) {
        if (j > 0)
            w.plus();
        w.operand(entry(weights, j * units + c.unit));
        w.times();
        w.operand(entry(deltas, j));
    }
    w.result(c.result());
    w.note(GeneralFormulaBuilder::tr("%1 = %2.T %3: column %4 of %2 times %3, with %2 as it was before this sample step's update.")
               .arg(nameOf(Kind::E, l), W, delta)
               .arg(c.unit));
}

void delta(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const QString e = at(nameOf(Kind::E, l), c.unit);
    const QString y = at(nameOf(Kind::Y, l), c.unit);
    const QString v = at(nameOf(Kind::V, l), c.unit);
    const double ei = c.value(Kind::E, l, c.unit);
    const double yi = c.value(Kind::Y, l, c.unit);
    w.begin(at(nameOf(Kind::Delta, l), c.unit));
    if (l == c.arch().layerCount() && c.arch().delta == OutputDelta::CrossEntropy) {
        w.text(e);
        w.equals();
        w.number(ei);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("Cross-entropy: the output's derivative cancels, so the delta is the error itself."));
        return;
    }
    // f'(v) e with the derivative first, as NetworkEngine::derivativeTimes multiplies.
    switch (c.arch().activation(l)) {
    case Activation::Sigmoid:
        w.text(QStringLiteral("%1 (1 %2 %1) %3").arg(y, QString(Minus), e), QStringLiteral("%1 * (1 - %1) * %2").arg(y, e));
        w.equals();
        w.operand(yi);
        w.times();
        w.text(QStringLiteral("(1"));
        w.minus();
        w.operand(yi);
        w.text(QStringLiteral(")"));
        w.times();
        w.operand(ei);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("The sigmoid's derivative is y(1 − y)."));
        break;
    case Activation::Tanh:
        w.text(QStringLiteral("(1 %1 %2 %2) %3").arg(QString(Minus), y, e), QStringLiteral("(1 - %1 * %1) * %2").arg(y, e));
        w.equals();
        w.text(QStringLiteral("(1"));
        w.minus();
        w.operand(yi);
        w.times();
        w.operand(yi);
        w.text(QStringLiteral(")"));
        w.times();
        w.operand(ei);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("The derivative of tanh is 1 − y²."));
        break;
    case Activation::Relu: {
        const double vi = c.value(Kind::V, l, c.unit);
        w.text(QStringLiteral("(%1 > 0) %2").arg(v, e), QStringLiteral("(%1 > 0) * %2").arg(v, e));
        w.equals();
        w.text(QStringLiteral("("));
        w.number(vi);
        w.text(QStringLiteral(" > 0)"));
        w.times();
        w.operand(ei);
        w.equals();
        w.text(vi > 0.0 ? QStringLiteral("1") : QStringLiteral("0"));
        w.times();
        w.operand(ei);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("The derivative of relu is 1 where the sum is above 0, else 0."));
        break;
    }
    case Activation::Linear:
    case Activation::Softmax: // never with squared error (the loader refuses it); the engine takes f' = 1
        w.text(QStringLiteral("1 ") + QStringLiteral("× ") + e, QStringLiteral("1 * ") + e);
        w.equals();
        w.text(QStringLiteral("1"));
        w.times();
        w.operand(ei);
        w.result(c.result());
        w.note(GeneralFormulaBuilder::tr("A linear unit's derivative is 1: the delta is the error."));
        break;
    }
}

void weightChange(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    w.begin(at(nameOf(Kind::DW, l), c.unit, c.column));
    w.text(QStringLiteral("alpha %1 %2").arg(at(nameOf(Kind::Delta, l), c.unit), at(inputName(l), c.column)),
           QStringLiteral("alpha * %1 * %2").arg(at(nameOf(Kind::Delta, l), c.unit), at(inputName(l), c.column)));
    w.equals();
    w.operand(c.run.alpha);
    w.times();
    w.operand(c.value(Kind::Delta, l, c.unit));
    w.times();
    w.operand(entry(c.input(l), c.column));
    w.result(c.result());
    w.note(GeneralFormulaBuilder::tr("%1 = np.outer(alpha * %2, %3): alpha times the delta of unit %4, times input %5.")
               .arg(nameOf(Kind::DW, l), nameOf(Kind::Delta, l), inputName(l))
               .arg(c.unit)
               .arg(c.column));
}

void batchSum(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const QString sum = nameOf(Kind::DWSum, l);
    const int element = c.element();
    w.begin(at(sum, c.unit, c.column));
    w.text(QStringLiteral("%1 + %2").arg(at(sum, c.unit, c.column), at(nameOf(Kind::DW, l), c.unit, c.column)));
    w.equals();
    const NetworkStep *before = c.operands.sumBefore;
    w.operand(before ? entry(before->values(c.q), element) : 0.0);
    w.plus();
    w.operand(c.value(Kind::DW, l, element));
    w.result(c.result());
    if (before)
        w.note(GeneralFormulaBuilder::tr("%1 on the right: the batch's sum up to the sample before (k = %2).").arg(sum).arg(before->sample));
    else
        w.note(GeneralFormulaBuilder::tr("%1 on the right is 0: this is the batch's first sample.").arg(sum));
}

void batchAverage(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const int n = GeneralFormulaBuilder::batchSize(c.run, c.step.sample);
    w.begin(at(nameOf(Kind::DWAvg, l), c.unit, c.column));
    w.text(QStringLiteral("%1 / n").arg(at(nameOf(Kind::DWSum, l), c.unit, c.column)));
    w.equals();
    w.operand(c.value(Kind::DWSum, l, c.element()));
    w.divided();
    w.number(n);
    w.result(c.result());
    w.note(GeneralFormulaBuilder::tr("n = %1: the number of samples in this batch.").arg(n));
}

// What the update adds before momentum: the batch's average, or this sample's dW.
Kind updateKind(const Architecture &arch) { return arch.batched() ? Kind::DWAvg : Kind::DW; }

void momentum(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const QString m = nameOf(Kind::Momentum, l);
    const Kind update = updateKind(c.arch());
    w.begin(at(m, c.unit, c.column));
    w.text(QStringLiteral("%1 + beta %2").arg(at(nameOf(update, l), c.unit, c.column), at(m, c.unit, c.column)),
           QStringLiteral("%1 + beta * %2").arg(at(nameOf(update, l), c.unit, c.column), at(m, c.unit, c.column)));
    w.equals();
    const NetworkStep *before = c.operands.momentumBefore;
    w.operand(c.value(update, l, c.element()));
    w.plus();
    w.operand(c.arch().momentum);
    w.times();
    w.operand(before ? entry(before->values(c.q), c.element()) : 0.0);
    w.result(c.result());
    if (before)
        w.note(GeneralFormulaBuilder::tr("%1 on the right: as the last update left it (epoch %2, sample k = %3).")
                   .arg(m)
                   .arg(before->epoch)
                   .arg(before->sample));
    else
        w.note(GeneralFormulaBuilder::tr("%1 on the right is 0: this is the first update.").arg(m));
}

void weightUpdate(Writer &w, const Context &c)
{
    const int l = c.q.layer;
    const QString W = nameOf(Kind::W, l);
    const Kind change = c.arch().hasMomentum() ? Kind::Momentum : updateKind(c.arch());
    w.begin(at(W, c.unit, c.column));
    w.text(QStringLiteral("%1 + %2").arg(at(W, c.unit, c.column), at(nameOf(change, l), c.unit, c.column)));
    w.equals();
    w.operand(entry(c.weightsBefore(l), c.element()));
    w.plus();
    w.operand(c.value(change, l, c.element()));
    w.result(c.result());
    w.note(GeneralFormulaBuilder::tr("%1 on the right: the weights before this update.").arg(W));
}

// A row of values, a few of them when there are many: "[0.1, 0.2, 0.3, …, 0.9]".
void summarised(Writer &w, std::span<const double> values, int current)
{
    w.text(QStringLiteral("["));
    const std::vector<int> shown = GeneralFormulaBuilder::summaryIndices(static_cast<int>(values.size()), current);
    for (size_t s = 0; s < shown.size(); ++s) {
        if (s > 0)
            w.text(QStringLiteral(", "));
        if (shown[s] < 0) {
            w.text(Ellipsis, QStringLiteral("..."));
            continue;
        }
        w.number(values[static_cast<size_t>(shown[s])], Script::Normal, shown[s] == current);
    }
    w.text(QStringLiteral("]"));
}

} // namespace

long long GeneralFormulaBuilder::sumBeforeStep(const NetworkRun &run, const NetworkStep &step)
{
    if (!run.architecture.batched() || step.sample % run.architecture.batch == 0)
        return -1;
    return step.index - 1;
}

long long GeneralFormulaBuilder::momentumBeforeStep(const NetworkRun &run, const NetworkStep &step)
{
    if (!run.architecture.hasMomentum())
        return -1;
    // The step before this batch's first sample ends the batch before (every epoch's last
    // sample ends a batch).
    const int batchStart = step.sample / run.architecture.batch * run.architecture.batch;
    const long long before = step.index - (step.sample - batchStart) - 1;
    return before >= 0 ? before : -1;
}

int GeneralFormulaBuilder::batchSize(const NetworkRun &run, int sample)
{
    const int B = run.architecture.batch;
    const int start = sample / B * B;
    return std::min(run.sampleCount(), start + B) - start;
}

Formula GeneralFormulaBuilder::formula(const Operands &operands, LayerQuantity q, int unit, int column)
{
    Writer w;
    if (!operands.run || !operands.step || q.layer < 1 || q.layer > operands.run->architecture.layerCount())
        return w.finish();
    const Shape shape = q.shape(operands.run->architecture);
    const Context c{*operands.run, *operands.step, operands, q, std::clamp(unit, 0, shape.rows - 1),
                    q.isMatrix() ? std::clamp(column, 0, shape.cols - 1) : 0};
    if (operands.step->values(q).empty()) {
        w.begin(q.isMatrix() ? at(nameOf(q.kind, q.layer), c.unit, c.column) : at(nameOf(q.kind, q.layer), c.unit));
        w.text(tr("not computed at this step"));
        return w.finish();
    }
    switch (q.kind) {
    case Kind::V: weightedSum(w, c); break;
    case Kind::Y: output(w, c); break;
    case Kind::E: error(w, c); break;
    case Kind::Delta: delta(w, c); break;
    case Kind::DW: weightChange(w, c); break;
    case Kind::DWSum: batchSum(w, c); break;
    case Kind::DWAvg: batchAverage(w, c); break;
    case Kind::Momentum: momentum(w, c); break;
    case Kind::W: weightUpdate(w, c); break;
    }
    return w.finish();
}

Formula GeneralFormulaBuilder::summary(const Operands &operands, LayerQuantity q, int unit, int column)
{
    Writer w;
    if (!operands.run || !operands.step || q.layer < 1 || q.layer > operands.run->architecture.layerCount())
        return w.finish();
    const std::span<const double> values = operands.step->values(q);
    if (values.empty())
        return w.finish();
    const Shape shape = q.shape(operands.run->architecture);
    const int row = std::clamp(unit, 0, shape.rows - 1);
    const QString name = nameOf(q.kind, q.layer);
    if (!q.isMatrix()) {
        w.begin(name);
        summarised(w, values, row);
        // The count where values are left out (always several, so the plural is plain).
        if (shape.rows > SummaryFull)
            w.muted(QStringLiteral("  ") + tr("(%1 values)").arg(shape.rows));
    } else {
        w.begin(QStringLiteral("%1[%2,:]").arg(name).arg(row));
        summarised(w, values.subspan(static_cast<size_t>(row) * static_cast<size_t>(shape.cols), static_cast<size_t>(shape.cols)),
                   std::clamp(column, 0, shape.cols - 1));
        const QString size = tr("(row %1 of %2, a %3×%4 matrix)").arg(row).arg(name).arg(shape.rows).arg(shape.cols);
        w.muted(QStringLiteral("  ") + size);
    }
    return w.finish();
}

Formula GeneralFormulaBuilder::sampleLine(const NetworkRun &run, const NetworkStep &step)
{
    Writer line;
    line.begin(QString());
    line.text(tr("input x ="), tr("input x ="));
    line.text(QStringLiteral(" "));
    summarised(line, step.input, -1);
    line.text(QStringLiteral(",   "));
    line.text(tr("target d ="), tr("target d ="));
    line.text(QStringLiteral(" "));
    if (run.data.outputCount == 1 && !step.target.empty())
        line.operand(step.target[0]);
    else
        summarised(line, step.target, -1);
    Formula out = line.finish();
    out.aligned = false;
    out.lhs.clear();
    return out;
}

QString GeneralFormulaBuilder::operationName(LayerQuantity q)
{
    const QString name = QString::fromStdString(q.name());
    switch (q.kind) {
    case Kind::V: return tr("weighted sums %1").arg(name);
    case Kind::Y: return tr("outputs %1").arg(name);
    case Kind::E: return tr("errors %1").arg(name);
    case Kind::Delta: return tr("deltas %1").arg(name);
    case Kind::DW: return tr("weight change %1").arg(name);
    case Kind::DWSum: return tr("batch sum %1").arg(name);
    case Kind::DWAvg: return tr("batch average %1").arg(name);
    case Kind::Momentum: return tr("momentum %1").arg(name);
    case Kind::W: return tr("weight update %1").arg(name);
    }
    return name;
}

QString GeneralFormulaBuilder::notFiniteNote()
{
    return tr("Not a finite number: a value grew beyond what a double can hold (+inf or -inf) or became undefined (NaN). "
              "What is computed from it is inf or NaN too, except where a function saturates: a sigmoid turns +inf into 1 "
              "and -inf into 0, tanh turns them into 1 and -1, relu turns -inf into 0.");
}

std::vector<int> GeneralFormulaBuilder::summaryIndices(int count, int current)
{
    std::vector<int> shown;
    if (count <= SummaryFull) {
        for (int i = 0; i < count; ++i)
            shown.push_back(i);
        return shown;
    }
    for (int i = 0; i < SummaryHead; ++i)
        shown.push_back(i);
    if (current >= SummaryHead && current < count - 1) {
        if (current > SummaryHead)
            shown.push_back(-1);
        shown.push_back(current);
        if (current < count - 2)
            shown.push_back(-1);
    } else {
        shown.push_back(-1);
    }
    shown.push_back(count - 1);
    return shown;
}

double GeneralFormulaBuilder::numpySum(std::span<const double> values)
{
    // As NetworkEngine's numpySum (numpy's pairwise summation below its block size).
    const auto n = values.size();
    if (n < 8) {
        double sum = 0.0;
        for (double v : values)
            sum += v;
        return sum;
    }
    std::array<double, 8> r{};
    for (size_t j = 0; j < 8; ++j)
        r[j] = values[j];
    size_t i = 8;
    for (; i < n - n % 8; i += 8)
        for (size_t j = 0; j < 8; ++j)
            r[j] += values[i + j];
    double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i)
        sum += values[i];
    return sum;
}

} // namespace deltatrace
