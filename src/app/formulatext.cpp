#include "formulatext.h"

#include "numberformat.h"
#include "valuecolors.h"

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
            m_formula.notes << FormulaText::tr("overflow: a number grew beyond what a double can hold (+inf or -inf), or "
                                               "became undefined (NaN). Every value computed from it is lost too.");
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

void build(Builder &b, Rule rule, double alpha, Quantity q, const StepRecord &r)
{
    const Pieces x = sym(QStringLiteral("x"), QStringLiteral("x"));
    const Pieces W = sym(QStringLiteral("W"), QStringLiteral("W"));
    const Pieces W1 = sym(QStringLiteral("W"), QStringLiteral("W"), "1");
    const Pieces W2 = sym(QStringLiteral("W"), QStringLiteral("W"), "2");
    const Pieces v1 = sym(QStringLiteral("v"), QStringLiteral("v"), "1");
    const Pieces y1 = sym(QStringLiteral("y"), QStringLiteral("y"), "1");
    const Pieces e1 = sym(QStringLiteral("e"), QStringLiteral("e"), "1");
    const Pieces delta = sym(QStringLiteral("δ"), QStringLiteral("delta"));
    const Pieces delta1 = sym(QStringLiteral("δ"), QStringLiteral("delta"), "1");
    const Pieces dW = sym(QStringLiteral("ΔW"), QStringLiteral("dW"));
    const Pieces dW1 = sym(QStringLiteral("ΔW"), QStringLiteral("dW"), "1");
    const Pieces dW2 = sym(QStringLiteral("ΔW"), QStringLiteral("dW"), "2");
    const Pieces alphaSym = {T(QStringLiteral("α"), QStringLiteral("alpha"))};
    const Pieces space = {T(QStringLiteral(" "))};
    const Pieces plus = {T(QStringLiteral(" + "))};
    const Pieces odot = {T(QStringLiteral(" ⊙ "), QStringLiteral(" * "))};
    const QString minus(Minus);

    switch (q) {
    case Quantity::V:
        b.begin(sym(QStringLiteral("v"), QStringLiteral("v")));
        if (isTwoLayer(rule)) {
            b.add(W2 + space + y1);
            b.equals();
            b.matrix(r.before.W2, 1, HiddenCount);
            b.space();
            b.matrix(r.y1, HiddenCount, 1);
            b.equals();
            dotProduct(b, r.before.W2, r.y1);
        } else {
            b.add(W + space + x);
            b.equals();
            b.matrix(r.before.W, 1, InputCount);
            b.space();
            b.matrix(r.x, InputCount, 1);
            b.equals();
            dotProduct(b, r.before.W, r.x);
        }
        b.equals();
        b.result(r.v);
        break;
    case Quantity::V1:
        b.begin(v1);
        b.add(W1 + space + x);
        b.equals();
        b.matrix(r.before.W1, HiddenCount, InputCount);
        b.space();
        b.matrix(r.x, InputCount, 1);
        b.equals();
        b.matrix(r.v1, HiddenCount, 1, true);
        break;
    case Quantity::Y:
        // The sigmoid spelled out, with e^(−v) as a number: where a huge v overflows, it shows.
        b.begin(sym(QStringLiteral("y"), QStringLiteral("y")));
        b.add({T(QStringLiteral("σ(v) = 1 / (1 + "), QStringLiteral("sigmoid(v) = 1 / (1 + ")), T(QStringLiteral("e"), QStringLiteral("exp(")),
               Sup(minus + QStringLiteral("v"), QStringLiteral("-v")), T(QStringLiteral(")"), QStringLiteral("))"))});
        b.equals();
        b.add({T(QStringLiteral("1 / (1 + ")), T(QStringLiteral("e"), QStringLiteral("exp("))});
        b.number(-r.v, Script::Super);
        b.text(QStringLiteral(")"), QStringLiteral("))"));
        b.equals();
        b.text(QStringLiteral("1 / (1 + "), QStringLiteral("1 / (1 + "));
        b.operand(std::exp(-r.v));
        b.text(QStringLiteral(")"), QStringLiteral(")"));
        b.equals();
        b.result(r.y);
        break;
    case Quantity::Y1:
        b.begin(y1);
        b.add(Pieces{T(QStringLiteral("σ("), QStringLiteral("sigmoid("))} + v1 + Pieces{T(QStringLiteral(")"))});
        b.equals();
        b.text(QStringLiteral("σ"), QStringLiteral("sigmoid("));
        b.matrix(r.v1, HiddenCount, 1);
        b.text(QString(), QStringLiteral(")"));
        b.equals();
        b.matrix(r.y1, HiddenCount, 1, true);
        b.note(FormulaText::tr("The sigmoid is applied to each hidden unit on its own."));
        break;
    case Quantity::E:
        b.begin(sym(QStringLiteral("e"), QStringLiteral("e")));
        b.text(QStringLiteral("d ") + minus + QStringLiteral(" y"), QStringLiteral("d - y"));
        b.equals();
        b.operand(r.d);
        b.minus();
        b.operand(r.y);
        b.equals();
        b.result(r.e);
        break;
    case Quantity::Delta:
        b.begin(delta);
        if (rule == Rule::BackpropCrossEntropy) {
            b.text(QStringLiteral("e"), QStringLiteral("e"));
            b.equals();
            b.result(r.delta);
            b.note(FormulaText::tr("Cross-entropy: the sigmoid's derivative y(1 - y) cancels, so the delta is the error itself."));
        } else {
            b.text(QStringLiteral("y(1 ") + minus + QStringLiteral(" y) e"), QStringLiteral("y (1 - y) e"));
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
        break;
    case Quantity::E1:
        b.begin(e1);
        b.add(transposed(W2) + space + delta);
        b.equals();
        b.matrix(r.before.W2, HiddenCount, 1);
        b.times();
        b.operand(r.delta);
        b.equals();
        b.matrix(r.e1, HiddenCount, 1, true);
        b.note(FormulaText::tr("The output's delta goes back through the weights W2 as they were before this step's update."));
        break;
    case Quantity::Delta1:
        b.begin(delta1);
        b.add(y1 + odot + Pieces{T(QStringLiteral("(1 ") + minus + QLatin1Char(' '), QStringLiteral("(1 - "))} + y1
              + Pieces{T(QStringLiteral(")"))} + odot + e1);
        b.equals();
        b.matrix(r.y1, HiddenCount, 1);
        b.add(odot);
        b.text(QStringLiteral("(1"), QStringLiteral("(1"));
        b.minus();
        b.matrix(r.y1, HiddenCount, 1);
        b.text(QStringLiteral(")"), QStringLiteral(")"));
        b.add(odot);
        b.matrix(r.e1, HiddenCount, 1);
        b.equals();
        b.matrix(r.delta1, HiddenCount, 1, true);
        b.note(FormulaText::tr("⊙ multiplies element by element: one delta per hidden unit."));
        break;
    case Quantity::DW:
        b.begin(dW);
        b.add(alphaSym + space + delta + space + transposed(x));
        b.equals();
        b.operand(alpha);
        b.times();
        b.operand(r.delta);
        b.times();
        b.matrix(r.x, 1, InputCount);
        b.equals();
        b.matrix(r.dW, 1, InputCount, true);
        break;
    case Quantity::DW1:
        b.begin(dW1);
        b.add(alphaSym + space + delta1 + space + transposed(x));
        b.equals();
        b.operand(alpha);
        b.times();
        b.matrix(r.delta1, HiddenCount, 1);
        b.space();
        b.matrix(r.x, 1, InputCount);
        b.equals();
        b.matrix(r.dW1, HiddenCount, InputCount, true);
        break;
    case Quantity::DW2:
        b.begin(dW2);
        b.add(alphaSym + space + delta + space + transposed(y1));
        b.equals();
        b.operand(alpha);
        b.times();
        b.operand(r.delta);
        b.times();
        b.matrix(r.y1, 1, HiddenCount);
        b.equals();
        b.matrix(r.dW2, 1, HiddenCount, true);
        break;
    case Quantity::W:
        b.begin(W);
        b.add(W + plus + dW);
        b.equals();
        b.matrix(r.before.W, 1, InputCount);
        b.add(plus);
        b.matrix(r.dW, 1, InputCount);
        b.equals();
        b.matrix(r.after.W, 1, InputCount, true);
        break;
    case Quantity::W1:
        b.begin(W1);
        b.add(W1 + plus + dW1);
        b.equals();
        b.matrix(r.before.W1, HiddenCount, InputCount);
        b.add(plus);
        b.matrix(r.dW1, HiddenCount, InputCount);
        b.equals();
        b.matrix(r.after.W1, HiddenCount, InputCount, true);
        break;
    case Quantity::W2:
        b.begin(W2);
        b.add(W2 + plus + dW2);
        b.equals();
        b.matrix(r.before.W2, 1, HiddenCount);
        b.add(plus);
        b.matrix(r.dW2, 1, HiddenCount);
        b.equals();
        b.matrix(r.after.W2, 1, HiddenCount, true);
        break;
    }
}

QString bracketBorder() { return QStringLiteral("2px solid #3a3a3a"); }

QString matrixTable(const std::vector<double> &values, int rows, int cols, bool isResult)
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    const QString border = bracketBorder();
    for (int r = 0; r < rows; ++r) {
        h += QStringLiteral("<tr>");
        // The brackets: a narrow cell on each side carries three of its borders. A space
        // inside gives it a width that grows with the font.
        if (r == 0)
            h += QStringLiteral("<td rowspan=\"%1\" style=\"border-left:%2; border-top:%2; border-bottom:%2;\">&nbsp;</td>")
                     .arg(rows)
                     .arg(border);
        for (int c = 0; c < cols; ++c) {
            const double v = values[static_cast<size_t>(r * cols + c)];
            h += QStringLiteral("<td align=\"right\" style=\"white-space: nowrap;\">&nbsp;")
                 + (isResult ? QStringLiteral("<b>") : QString()) + FormulaText::numberHtml(v)
                 + (isResult ? QStringLiteral("</b>") : QString()) + QStringLiteral("&nbsp;</td>");
        }
        if (r == 0)
            h += QStringLiteral("<td rowspan=\"%1\" style=\"border-right:%2; border-top:%2; border-bottom:%2;\">&nbsp;</td>")
                     .arg(rows)
                     .arg(border);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString pieceHtml(const Piece &p)
{
    QString h;
    if (p.kind == Piece::Kind::Number) {
        h = FormulaText::numberHtml(p.value);
        if (p.emphasized)
            h = QStringLiteral("<b>") + h + QStringLiteral("</b>");
    } else {
        h = p.text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        if (p.muted)
            h = QStringLiteral("<span style=\"color:#6a6a6a;\">") + h + QStringLiteral("</span>");
    }
    if (p.script == Script::Sub)
        return QStringLiteral("<sub>") + h + QStringLiteral("</sub>");
    if (p.script == Script::Super)
        return QStringLiteral("<sup>") + h + QStringLiteral("</sup>");
    return h;
}

// A line as one table row: runs of text in one cell, each matrix in its own, all centred on
// the line's middle so operators sit beside the middle of a matrix.
QString lineHtml(const Pieces &line)
{
    QString cells;
    QString pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            cells += QStringLiteral("<td valign=\"middle\" style=\"white-space: nowrap;\">") + pending + QStringLiteral("</td>");
        pending.clear();
    };
    for (const Piece &p : line) {
        if (p.kind == Piece::Kind::Matrix) {
            flush();
            cells += QStringLiteral("<td valign=\"middle\">") + matrixTable(p.values, p.rows, p.cols, p.emphasized)
                     + QStringLiteral("</td>");
        } else {
            pending += pieceHtml(p);
        }
    }
    flush();
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>") + cells + QStringLiteral("</tr></table>");
}

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

Quantity FormulaText::operationAt(Rule rule, int operation)
{
    const auto ops = operationsOf(rule);
    return ops[static_cast<size_t>(std::clamp(operation, 0, static_cast<int>(ops.size()) - 1))];
}

Formula FormulaText::formula(Rule rule, double alpha, Quantity q, const StepRecord &record)
{
    Builder b;
    build(b, rule, alpha, q, record);
    return b.finish();
}

Formula FormulaText::formula(const Trace &trace, TracePosition position, const StepRecord &record)
{
    return formula(trace.rule(), trace.spec().alpha, operationAt(trace.rule(), position.operation), record);
}

QString FormulaText::html(const Trace &trace, TracePosition position, const StepRecord &record)
{
    return html(formula(trace, position, record));
}

QString FormulaText::plainText(const Trace &trace, TracePosition position, const StepRecord &record)
{
    return plainText(formula(trace, position, record));
}

QString FormulaText::html(const Formula &f)
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QString lhs;
    for (const Piece &p : f.lhs)
        lhs += pieceHtml(p);
    for (size_t i = 0; i < f.lines.size(); ++i) {
        h += QStringLiteral("<tr>");
        if (f.aligned)
            h += QStringLiteral("<td align=\"right\" valign=\"middle\" style=\"white-space: nowrap;\">") + (i == 0 ? lhs : QString())
                 + QStringLiteral("</td><td valign=\"middle\">&nbsp;=&nbsp;</td>");
        h += QStringLiteral("<td valign=\"middle\">") + lineHtml(f.lines[i]) + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");
    for (qsizetype i = 0; i < f.notes.size(); ++i) {
        const bool warning = f.overflow && i == f.notes.size() - 1;
        h += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                 .arg(warning ? notFiniteColorName() : QStringLiteral("#505050"), f.notes[i].toHtmlEscaped());
    }
    return h;
}

QString FormulaText::plainText(const Formula &f)
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

Formula FormulaText::weightsFormula(Quantity weights, std::span<const double> values)
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

QString FormulaText::formulaName(Quantity q)
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

std::vector<FormulaPiece> FormulaText::symbol(Quantity q)
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

Formula FormulaText::textLine(const QString &text)
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
    }
    endRun();
    return line;
}

QString FormulaText::symbolHtml(Quantity q)
{
    QString h;
    for (const Piece &p : symbol(q))
        h += pieceHtml(p);
    return h;
}

QString FormulaText::matrixHtml(std::span<const double> values, int rows, int cols)
{
    return matrixTable(std::vector<double>(values.begin(), values.end()), rows, cols, false);
}

QString FormulaText::displayNumber(double value)
{
    QString s = NumberFormat::value(value, 4);
    s.replace(QLatin1Char('-'), Minus);
    return s;
}

QString FormulaText::numberHtml(double value)
{
    if (!NumberFormat::isFinite(value))
        return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(notFiniteColorName(), displayNumber(value));
    return displayNumber(value);
}

QString FormulaText::notFiniteColorName() { return ValueColors::notFinite().name(); }

} // namespace deltatrace
