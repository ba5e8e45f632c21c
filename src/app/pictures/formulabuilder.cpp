// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulabuilder.h"

#include "numberformat.h"

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {

using Piece = FormulaPiece;
using Pieces = std::vector<FormulaPiece>;
using Script = FormulaPiece::Script;

constexpr QChar Minus(0x2212);

Piece T(const QString &shown, const QString &plain, Script script = Script::Normal)
{
    Piece p;
    p.text = shown;
    p.plain = plain;
    p.script = script;
    return p;
}
Piece T(const QString &same) { return T(same, same); }
Piece Sub(const QString &s) { return T(s, s, Script::Sub); }
Piece Sup(const QString &shown, const QString &plain) { return T(shown, plain, Script::Super); }

Pieces operator+(Pieces a, const Pieces &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Writes one formula piece by piece: begin() starts "lhs = ...", equals() each further line.
class Builder
{
public:
    void begin(const Pieces &lhs)
    {
        m_formula.lhs = lhs;
        m_formula.lines.emplace_back();
    }
    void equals() { m_formula.lines.emplace_back(); }
    void add(const Pieces &pieces)
    {
        auto &line = m_formula.lines.back();
        line.insert(line.end(), pieces.begin(), pieces.end());
    }
    void text(const QString &shown, const QString &plain) { add({T(shown, plain)}); }
    void space() { text(QStringLiteral(" "), QStringLiteral(" ")); }
    // An operator between operands: " × " / " * ".
    void op(const QString &shown, const QString &plain)
    {
        text(QLatin1Char(' ') + shown + QLatin1Char(' '), QLatin1Char(' ') + plain + QLatin1Char(' '));
    }
    void times() { op(QStringLiteral("×"), QStringLiteral("*")); }
    void minus() { op(QString(Minus), QStringLiteral("-")); }

    void number(double v, Script script = Script::Normal)
    {
        Piece p;
        p.kind = Piece::Kind::Number;
        p.value = v;
        p.script = script;
        add({p});
    }
    // A number inside an expression: negative ones in parentheses so "× (−0.73)" reads clearly.
    void operand(double v)
    {
        if (v < 0)
            text(QStringLiteral("("), QStringLiteral("("));
        number(v);
        if (v < 0)
            text(QStringLiteral(")"), QStringLiteral(")"));
    }
    // The value an equation ends in.
    void result(double v)
    {
        number(v);
        m_formula.lines.back().back().emphasized = true;
    }

    template<typename M>
    void matrix(const M &m, int rows, int cols, bool isResult = false)
    {
        Piece p;
        p.kind = Piece::Kind::Matrix;
        p.rows = rows;
        p.cols = cols;
        p.values.assign(m.data(), m.data() + m.size());
        p.emphasized = isResult;
        add({p});
    }

    void note(const QString &text) { m_formula.notes << text; }

    Formula finish()
    {
        for (const auto &line : m_formula.lines)
            for (const Piece &p : line) {
                if (p.kind == Piece::Kind::Number && !std::isfinite(p.value))
                    m_formula.overflow = true;
                if (p.kind == Piece::Kind::Matrix)
                    for (double v : p.values)
                        if (!std::isfinite(v))
                            m_formula.overflow = true;
            }
        if (m_formula.overflow)
            m_formula.notes << FormulaBuilder::tr("overflow: a number grew beyond what a double can hold (+inf or -inf), or "
                                               "became undefined (NaN). What is computed from it is inf or NaN too, except a sigmoid: "
                                               "it turns +inf into exactly 1 and -inf into exactly 0.");
        return std::move(m_formula);
    }

private:
    Formula m_formula;
};

Pieces sym(const QString &base, const QString &plain, const char *index = nullptr)
{
    Pieces p = {T(base, plain)};
    if (index)
        p.push_back(Sub(QLatin1String(index)));
    return p;
}
Pieces transposed(Pieces p)
{
    p.push_back(Sup(QStringLiteral("T"), QStringLiteral(".T")));
    return p;
}

// v = W x (or v = W2 y1) written out: the weights times the inputs, term by term.
template<typename A, typename B>
void dotProduct(Builder &b, const A &w, const B &x)
{
    for (int i = 0; i < static_cast<int>(w.size()); ++i) {
        if (i)
            b.op(QStringLiteral("+"), QStringLiteral("+"));
        b.operand(w(i));
        b.times();
        b.operand(x(i));
    }
}

// What an operation's formula is written from: the rule, the learning rate and the step's record.
struct Operands
{
    Rule rule;
    double alpha;
    const StepRecord &r;
};

Pieces symbolOf(Quantity q) { return FormulaBuilder::symbol(q); }
Pieces inputSymbol() { return sym(QStringLiteral("x"), QStringLiteral("x")); }
Pieces alphaSymbol() { return {T(QStringLiteral("α"), QStringLiteral("alpha"))}; }
Pieces space() { return {T(QStringLiteral(" "))}; }
Pieces plus() { return {T(QStringLiteral(" + "))}; }
Pieces odot() { return {T(QStringLiteral(" ⊙ "), QStringLiteral(" * "))}; }

// One function per operation, each writing "symbols = numbers = result".

void weightedSum(Builder &b, const Operands &o)
{
    const StepRecord &r = o.r;
    b.begin(symbolOf(Quantity::V));
    if (isTwoLayer(o.rule)) {
        b.add(symbolOf(Quantity::W2) + space() + symbolOf(Quantity::Y1));
        b.equals();
        b.matrix(r.before.W2, 1, HiddenCount);
        b.space();
        b.matrix(r.y1, HiddenCount, 1);
        b.equals();
        dotProduct(b, r.before.W2, r.y1);
    } else {
        b.add(symbolOf(Quantity::W) + space() + inputSymbol());
        b.equals();
        b.matrix(r.before.W, 1, InputCount);
        b.space();
        b.matrix(r.x, InputCount, 1);
        b.equals();
        dotProduct(b, r.before.W, r.x);
    }
    b.equals();
    b.result(r.v);
}

void hiddenWeightedSums(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::V1));
    b.add(symbolOf(Quantity::W1) + space() + inputSymbol());
    b.equals();
    b.matrix(o.r.before.W1, HiddenCount, InputCount);
    b.space();
    b.matrix(o.r.x, InputCount, 1);
    b.equals();
    b.matrix(o.r.v1, HiddenCount, 1, true);
}

// The sigmoid spelled out, with e^(−v) as a number: where a huge v overflows, it shows.
void output(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::Y));
    b.add({T(QStringLiteral("σ(v) = 1 / (1 + "), QStringLiteral("sigmoid(v) = 1 / (1 + ")), T(QStringLiteral("e"), QStringLiteral("exp(")),
           Sup(QString(Minus) + QStringLiteral("v"), QStringLiteral("-v")), T(QStringLiteral(")"), QStringLiteral("))"))});
    b.equals();
    b.add({T(QStringLiteral("1 / (1 + ")), T(QStringLiteral("e"), QStringLiteral("exp("))});
    b.number(-o.r.v, Script::Super);
    b.text(QStringLiteral(")"), QStringLiteral("))"));
    b.equals();
    b.text(QStringLiteral("1 / (1 + "), QStringLiteral("1 / (1 + "));
    b.operand(std::exp(-o.r.v));
    b.text(QStringLiteral(")"), QStringLiteral(")"));
    b.equals();
    b.result(o.r.y);
}

void hiddenOutputs(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::Y1));
    b.add(Pieces{T(QStringLiteral("σ("), QStringLiteral("sigmoid("))} + symbolOf(Quantity::V1) + Pieces{T(QStringLiteral(")"))});
    b.equals();
    b.text(QStringLiteral("σ"), QStringLiteral("sigmoid("));
    b.matrix(o.r.v1, HiddenCount, 1);
    b.text(QString(), QStringLiteral(")"));
    b.equals();
    b.matrix(o.r.y1, HiddenCount, 1, true);
    b.note(FormulaBuilder::tr("The sigmoid is applied to each hidden unit on its own."));
}

void error(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::E));
    b.text(QStringLiteral("d ") + Minus + QStringLiteral(" y"), QStringLiteral("d - y"));
    b.equals();
    b.operand(o.r.d);
    b.minus();
    b.operand(o.r.y);
    b.equals();
    b.result(o.r.e);
}

void outputDelta(Builder &b, const Operands &o)
{
    const StepRecord &r = o.r;
    b.begin(symbolOf(Quantity::Delta));
    if (o.rule == Rule::BackpropCrossEntropy) {
        b.text(QStringLiteral("e"), QStringLiteral("e"));
        b.equals();
        b.result(r.delta);
        b.note(FormulaBuilder::tr("Cross-entropy: the sigmoid's derivative y(1 - y) cancels, so the delta is the error itself."));
        return;
    }
    b.text(QStringLiteral("y(1 ") + Minus + QStringLiteral(" y) e"), QStringLiteral("y (1 - y) e"));
    b.equals();
    b.operand(r.y);
    b.times();
    b.text(QStringLiteral("(1"), QStringLiteral("(1"));
    b.minus();
    b.operand(r.y);
    b.text(QStringLiteral(")"), QStringLiteral(")"));
    b.times();
    b.operand(r.e);
    b.equals();
    b.result(r.delta);
}

void hiddenErrors(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::E1));
    b.add(transposed(symbolOf(Quantity::W2)) + space() + symbolOf(Quantity::Delta));
    b.equals();
    b.matrix(o.r.before.W2, HiddenCount, 1);
    b.times();
    b.operand(o.r.delta);
    b.equals();
    b.matrix(o.r.e1, HiddenCount, 1, true);
    b.note(FormulaBuilder::tr("The output's delta goes back through the weights W2 as they were before this sample step's update."));
}

void hiddenDeltas(Builder &b, const Operands &o)
{
    const Pieces y1 = symbolOf(Quantity::Y1);
    b.begin(symbolOf(Quantity::Delta1));
    b.add(y1 + odot() + Pieces{T(QStringLiteral("(1 ") + Minus + QLatin1Char(' '), QStringLiteral("(1 - "))} + y1 + Pieces{T(QStringLiteral(")"))}
          + odot() + symbolOf(Quantity::E1));
    b.equals();
    b.matrix(o.r.y1, HiddenCount, 1);
    b.add(odot());
    b.text(QStringLiteral("(1"), QStringLiteral("(1"));
    b.minus();
    b.matrix(o.r.y1, HiddenCount, 1);
    b.text(QStringLiteral(")"), QStringLiteral(")"));
    b.add(odot());
    b.matrix(o.r.e1, HiddenCount, 1);
    b.equals();
    b.matrix(o.r.delta1, HiddenCount, 1, true);
    b.note(FormulaBuilder::tr("⊙ multiplies element by element: one delta per hidden unit."));
}

void weightChange(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::DW));
    b.add(alphaSymbol() + space() + symbolOf(Quantity::Delta) + space() + transposed(inputSymbol()));
    b.equals();
    b.operand(o.alpha);
    b.times();
    b.operand(o.r.delta);
    b.times();
    b.matrix(o.r.x, 1, InputCount);
    b.equals();
    b.matrix(o.r.dW, 1, InputCount, true);
}

void hiddenWeightChange(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::DW1));
    b.add(alphaSymbol() + space() + symbolOf(Quantity::Delta1) + space() + transposed(inputSymbol()));
    b.equals();
    b.operand(o.alpha);
    b.times();
    b.matrix(o.r.delta1, HiddenCount, 1);
    b.space();
    b.matrix(o.r.x, 1, InputCount);
    b.equals();
    b.matrix(o.r.dW1, HiddenCount, InputCount, true);
}

void outputWeightChange(Builder &b, const Operands &o)
{
    b.begin(symbolOf(Quantity::DW2));
    b.add(alphaSymbol() + space() + symbolOf(Quantity::Delta) + space() + transposed(symbolOf(Quantity::Y1)));
    b.equals();
    b.operand(o.alpha);
    b.times();
    b.operand(o.r.delta);
    b.times();
    b.matrix(o.r.y1, 1, HiddenCount);
    b.equals();
    b.matrix(o.r.dW2, 1, HiddenCount, true);
}

// "W = W + dW" for any of the weight matrices: before, plus the change, equals after.
template<typename M>
void update(Builder &b, Quantity weights, Quantity change, const M &before, const M &delta, const M &after, int rows, int cols)
{
    b.begin(symbolOf(weights));
    b.add(symbolOf(weights) + plus() + symbolOf(change));
    b.equals();
    b.matrix(before, rows, cols);
    b.add(plus());
    b.matrix(delta, rows, cols);
    b.equals();
    b.matrix(after, rows, cols, true);
}

void weightUpdate(Builder &b, const Operands &o)
{
    update(b, Quantity::W, Quantity::DW, o.r.before.W, o.r.dW, o.r.after.W, 1, InputCount);
}

void hiddenWeightUpdate(Builder &b, const Operands &o)
{
    update(b, Quantity::W1, Quantity::DW1, o.r.before.W1, o.r.dW1, o.r.after.W1, HiddenCount, InputCount);
}

void outputWeightUpdate(Builder &b, const Operands &o)
{
    update(b, Quantity::W2, Quantity::DW2, o.r.before.W2, o.r.dW2, o.r.after.W2, 1, HiddenCount);
}

using WriteFormula = void (*)(Builder &, const Operands &);
constexpr std::pair<Quantity, WriteFormula> Writers[] = {
    {Quantity::V, weightedSum},       {Quantity::V1, hiddenWeightedSums}, {Quantity::Y, output},
    {Quantity::Y1, hiddenOutputs},    {Quantity::E, error},               {Quantity::Delta, outputDelta},
    {Quantity::E1, hiddenErrors},     {Quantity::Delta1, hiddenDeltas},   {Quantity::DW, weightChange},
    {Quantity::DW1, hiddenWeightChange}, {Quantity::DW2, outputWeightChange}, {Quantity::W, weightUpdate},
    {Quantity::W1, hiddenWeightUpdate}, {Quantity::W2, outputWeightUpdate},
};

QString piecePlain(const Piece &p)
{
    switch (p.kind) {
    case Piece::Kind::Text: return p.plain;
    case Piece::Kind::Number: return NumberFormat::value(p.value, 4);
    case Piece::Kind::Matrix: break;
    }
    auto at = [&](int i) { return NumberFormat::value(p.values[static_cast<size_t>(i)], 4); };
    QString s = QStringLiteral("[");
    if (p.cols == 1 && p.rows > 1) { // numpy's 1-D array
        for (int i = 0; i < p.rows; ++i)
            s += (i ? QStringLiteral(", ") : QString()) + at(i);
        return s + QLatin1Char(']');
    }
    for (int r = 0; r < p.rows; ++r) {
        s += r ? QStringLiteral(", [") : QStringLiteral("[");
        for (int c = 0; c < p.cols; ++c)
            s += (c ? QStringLiteral(", ") : QString()) + at(r * p.cols + c);
        s += QLatin1Char(']');
    }
    return s + QLatin1Char(']');
}

QString plainOf(const Pieces &pieces)
{
    QString s;
    for (const Piece &p : pieces)
        s += piecePlain(p);
    return s;
}

} // namespace

Quantity FormulaBuilder::operationAt(Rule rule, int operation)
{
    const auto ops = operationsOf(rule);
    return ops[static_cast<size_t>(std::clamp(operation, 0, static_cast<int>(ops.size()) - 1))];
}

Formula FormulaBuilder::formula(Rule rule, double alpha, Quantity q, const StepRecord &record)
{
    Builder b;
    const auto writer = std::find_if(std::begin(Writers), std::end(Writers), [q](const auto &w) { return w.first == q; });
    if (writer != std::end(Writers))
        writer->second(b, Operands{rule, alpha, record});
    return b.finish();
}

Formula FormulaBuilder::formula(const Trace &trace, TracePosition position, const StepRecord &record)
{
    return formula(trace.rule(), trace.spec().alpha, operationAt(trace.rule(), position.operation), record);
}

QString FormulaBuilder::plainText(const Trace &trace, TracePosition position, const StepRecord &record)
{
    return plainText(formula(trace, position, record));
}

QString FormulaBuilder::plainText(const Formula &f)
{
    QStringList out;
    const QString lhs = plainOf(f.lhs);
    const QString indent(lhs.size(), QLatin1Char(' '));
    for (size_t i = 0; i < f.lines.size(); ++i) {
        if (f.aligned)
            out << (i == 0 ? lhs : indent) + QStringLiteral(" = ") + plainOf(f.lines[i]);
        else
            out << plainOf(f.lines[i]);
    }
    out << f.notes;
    return out.join(QLatin1Char('\n'));
}

Formula FormulaBuilder::weightsFormula(Quantity weights, std::span<const double> values)
{
    Formula f;
    f.lhs = symbol(weights);
    const Shape s = quantityShape(weights);
    Piece m;
    m.kind = Piece::Kind::Matrix;
    m.rows = s.rows;
    m.cols = s.cols;
    m.values.assign(values.begin(), values.end());
    f.lines.push_back({m});
    for (double v : values)
        f.overflow |= !std::isfinite(v);
    return f;
}

QString FormulaBuilder::formulaName(Quantity q)
{
    switch (q) {
    case Quantity::V1: return tr("hidden weighted sums v₁");
    case Quantity::Y1: return tr("hidden outputs y₁");
    case Quantity::V: return tr("weighted sum v");
    case Quantity::Y: return tr("output y");
    case Quantity::E: return tr("error e");
    case Quantity::Delta: return tr("output delta δ");
    case Quantity::E1: return tr("hidden errors e₁");
    case Quantity::Delta1: return tr("hidden deltas δ₁");
    case Quantity::DW: return tr("weight change ΔW");
    case Quantity::DW1: return tr("weight change ΔW₁");
    case Quantity::DW2: return tr("weight change ΔW₂");
    case Quantity::W: return tr("weight update W");
    case Quantity::W1: return tr("weight update W₁");
    case Quantity::W2: return tr("weight update W₂");
    }
    return QString();
}

std::vector<FormulaPiece> FormulaBuilder::symbol(Quantity q)
{
    switch (q) {
    case Quantity::V1: return sym(QStringLiteral("v"), QStringLiteral("v"), "1");
    case Quantity::Y1: return sym(QStringLiteral("y"), QStringLiteral("y"), "1");
    case Quantity::V: return sym(QStringLiteral("v"), QStringLiteral("v"));
    case Quantity::Y: return sym(QStringLiteral("y"), QStringLiteral("y"));
    case Quantity::E: return sym(QStringLiteral("e"), QStringLiteral("e"));
    case Quantity::Delta: return sym(QStringLiteral("δ"), QStringLiteral("delta"));
    case Quantity::E1: return sym(QStringLiteral("e"), QStringLiteral("e"), "1");
    case Quantity::Delta1: return sym(QStringLiteral("δ"), QStringLiteral("delta"), "1");
    case Quantity::DW: return sym(QStringLiteral("ΔW"), QStringLiteral("dW"));
    case Quantity::DW1: return sym(QStringLiteral("ΔW"), QStringLiteral("dW"), "1");
    case Quantity::DW2: return sym(QStringLiteral("ΔW"), QStringLiteral("dW"), "2");
    case Quantity::W: return sym(QStringLiteral("W"), QStringLiteral("W"));
    case Quantity::W1: return sym(QStringLiteral("W"), QStringLiteral("W"), "1");
    case Quantity::W2: return sym(QStringLiteral("W"), QStringLiteral("W"), "2");
    }
    return {};
}

Formula FormulaBuilder::textLine(const QString &text)
{
    Formula line;
    line.aligned = false;
    line.lines.emplace_back();
    FormulaPiece run;
    auto endRun = [&] {
        if (!run.text.isEmpty())
            line.lines.back().push_back(run);
        run = FormulaPiece();
    };
    for (const QChar c : text) {
        const bool subscript = c == QChar(0x2081) || c == QChar(0x2082);
        const auto script = subscript ? FormulaPiece::Script::Sub : FormulaPiece::Script::Normal;
        if (run.script != script)
            endRun();
        run.script = script;
        run.text += subscript ? QChar(c.unicode() == 0x2081 ? u'1' : u'2') : c;
        run.plain = run.text;
        // A piece per word: a narrow view wraps the line between them.
        if (c == QLatin1Char(' '))
            endRun();
    }
    endRun();
    return line;
}

QString FormulaBuilder::displayNumber(double value)
{
    QString s = NumberFormat::value(value, 4);
    s.replace(QLatin1Char('-'), Minus);
    return s;
}

} // namespace deltatrace
