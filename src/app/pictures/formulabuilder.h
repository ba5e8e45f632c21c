// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quantity.h"
#include "rule.h"
#include "steprecord.h"
#include "trace.h"
#include "traceposition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace deltatrace {

// One piece of a formula: text (a symbol or operator, possibly a subscript or superscript), a
// number, or a matrix laid out as numpy has it (a column vector is numpy's 1-D array).
struct FormulaPiece
{
    enum class Kind { Text, Number, Matrix };
    enum class Script { Normal, Sub, Super };

    Kind kind = Kind::Text;
    Script script = Script::Normal;
    QString text;             // Text: as shown ("×", "−", "δ", "W")
    QString plain;            // Text: as the plain text spells it ("*", "-", "delta", "W")
    double value = 0.0;       // Number
    bool emphasized = false;  // Number, Matrix: the result of the operation (bold)
    bool muted = false;       // Text: secondary (grey)
    int rows = 0;             // Matrix
    int cols = 0;
    std::vector<double> values; // Matrix, row-major
};

// An aligned equation: "lhs = lines[0]", then "= lines[i]" under it. Without lhs and with
// aligned false, just the lines. Notes are sentences shown under it.
struct Formula
{
    std::vector<FormulaPiece> lhs;
    std::vector<std::vector<FormulaPiece>> lines;
    QStringList notes;
    bool aligned = true;
    bool overflow = false; // a number shown is not finite (a note says so)
};

// Builds the Formula of one operation with the actual numbers filled in, e.g. for the output
// delta
//
//     δ = y(1 − y) e
//       = 0.7311 × (1 − 0.7311) × (−0.7311)
//       = −0.1437
//
// which FormulaView paints; and the smaller formulas around it (a weight matrix, a header line).
// A plain class without widgets, so that what it builds is testable as values or as plain text.
//
// The plain text's first line is the formula in symbols (names as in the code: delta, W1, dW);
// each following line starts with "=" and holds only numbers, operators and brackets, every
// number printed by NumberFormat::value(x, 4) exactly (negative operands in parentheses, the
// constant 1 of 1 − y and 1/(1 + e^−v) written out). Notes follow as lines of words.
class FormulaBuilder
{
    // The translations (resources/*.ts) know its texts under this context.
    Q_DECLARE_TR_FUNCTIONS(FormulaText)
public:
    // The operation `position.operation` of the trace's rule, computed in `record` (the record
    // of sample step position.step).
    static Formula formula(const Trace &trace, TracePosition position, const StepRecord &record);
    static Formula formula(Rule rule, double alpha, Quantity q, const StepRecord &record);

    static QString plainText(const Trace &trace, TracePosition position, const StepRecord &record);
    static QString plainText(const Formula &formula);

    // "W₁ = [matrix]" for a weight quantity and its values.
    static Formula weightsFormula(Quantity weights, std::span<const double> values);

    // What an operation computes, in words and symbol: "output delta δ", "weight update W₁".
    static QString formulaName(Quantity q);
    // The quantity's symbol as pieces: "W" and a subscript "1".
    static std::vector<FormulaPiece> symbol(Quantity q);
    // One line of words, its Unicode subscript digits (₁, ₂) as real subscripts: those look like
    // commas in some Korean fonts. A piece per word, so that FormulaView can wrap it.
    static Formula textLine(const QString &text);

    // NumberFormat::value(value, 4) with a typographic minus (U+2212).
    static QString displayNumber(double value);

    // The operation a position is at, clamped into the rule's operations.
    static Quantity operationAt(Rule rule, int operation);
};

} // namespace deltatrace
