// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulabuilder.h"
#include "layerquantity.h"
#include "networkrun.h"
#include "networkstep.h"

#include <QCoreApplication>
#include <QString>

#include <span>
#include <vector>

namespace deltatrace {

// Builds the Formula of one operation of a general network (lesson format 2) for one element,
// with the step's numbers filled in, in the order NetworkEngine computes them, e.g. for the
// weighted sum of unit 1 of layer 2
//
//     v2[1] = W2[1,0] y1[0] + W2[1,1] y1[1] + … + W2[1,3] y1[3]
//           = (−0.12) × 0.53 + 0.31 × 0.1 + 0.8 × 0.2 + (−0.4) × 0.9
//           = −0.2366
//
// which FormulaView paints as FormulaBuilder's formulas of lessons 1-3 are painted. The first
// line is in symbols (the names of the numpy listing, NetworkScript, with numpy's 0-based
// indices), every further line holds only numbers, operators and brackets, and the last line is
// the result alone (emphasized). Every number piece holds the exact double the engine used, so
// evaluating the numbers of the first substituted line in the order written gives the result bit
// for bit. Constants (the 1 of 1 − y) are text, not numbers.
//
// The element is unit `unit` of a vector quantity or element [unit, column] of a matrix; the rest
// of the quantity is summarised by summary(): a few values, "…", the last, and their count.
class GeneralFormulaBuilder
{
    // The translations know its texts under this context.
    Q_DECLARE_TR_FUNCTIONS(GeneralFormulaText)
public:
    // What an operation's formula reads: the step and, for the two quantities that add to their
    // own earlier value, the steps holding that value.
    struct Operands
    {
        const NetworkRun *run = nullptr;
        const NetworkStep *step = nullptr;
        // The step before in the same batch (its dWl_sum is the sum before this sample); nullptr
        // at a batch's first sample, where the sum starts at 0.
        const NetworkStep *sumBefore = nullptr;
        // The last update before this one (its ml is the momentum before this update); nullptr at
        // the run's first update, where m starts at 0.
        const NetworkStep *momentumBefore = nullptr;
    };

    // The steps Operands::sumBefore and Operands::momentumBefore are read from, -1 for none.
    static long long sumBeforeStep(const NetworkRun &run, const NetworkStep &step);
    static long long momentumBeforeStep(const NetworkRun &run, const NetworkStep &step);
    // n: the size of the batch `sample` belongs to (the last batch of an epoch may be shorter).
    static int batchSize(const NetworkRun &run, int sample);

    // The formula of q for unit `unit` (row of a matrix) and, for a matrix, column `column`;
    // both clamped into q's shape.
    static Formula formula(const Operands &operands, LayerQuantity q, int unit, int column);
    // The whole of q around the element: the vector, or the element's row and the matrix's size,
    // a few values each, the element's own emphasized.
    static Formula summary(const Operands &operands, LayerQuantity q, int unit, int column);
    // The sample: x and d, summarised as summary() summarises.
    static Formula sampleLine(const NetworkRun &run, const NetworkStep &step);

    // What an operation computes, in words and name: "weighted sums v2", "momentum m1".
    static QString operationName(LayerQuantity q);
    // The note added when a number shown is not finite.
    static QString notFiniteNote();

    // Values shown in full up to this count; beyond it the first SummaryHead, "…", the last.
    static constexpr int SummaryFull = 6;
    static constexpr int SummaryHead = 3;
    // The indices summary() shows of `count` values with `current` among them (-1 for "…").
    static std::vector<int> summaryIndices(int count, int current);

    // numpy's np.sum of up to 15 numbers as NetworkEngine sums a softmax's exponentials: one
    // after another below 8, eight partial sums first from 8 on.
    static double numpySum(std::span<const double> values);
};

} // namespace deltatrace
