// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networkrun.h"
#include "steplayout.h"

#include <cstdint>
#include <span>
#include <vector>

namespace deltatrace {

// The arithmetic of a general network (LESSONS.md, "General networks"), one sample step at a
// time, in the order of operations of numpy's code, so that the numbers are numpy's: dot
// products summed left to right, alpha times delta before the outer product, a batch's dW
// summed in sample order and divided by the batch's size, momentum m = update + beta m.
// Works on plain arrays laid out by StepLayout; one engine serves a whole run (it holds
// the run's layout and data, not its changing state).
class NetworkEngine
{
public:
    // What changes from step to step: all layers' weights, one after another (W1 row-major,
    // then W2, ...), their momentum terms and the running sums of the current batch.
    struct State
    {
        std::vector<double> weights;
        std::vector<double> momentum; // zero until the first update; empty without momentum
        std::vector<double> sums;     // zero at each batch's start; empty without batches
    };

    explicit NetworkEngine(const NetworkRun &run);

    const StepLayout &layout() const { return m_layout; }
    const NetworkRun &run() const { return m_run; }
    // Where layer l's (1-based) weights start in State::weights.
    int weightOffset(int layer) const { return m_weightOffsets[static_cast<size_t>(layer - 1)]; }
    int totalWeightCount() const { return m_weightOffsets.back(); }

    // np.random.seed(seed); Wl = 2 * np.random.random((nl, n(l-1))) - 1 for l = 1..L.
    static std::vector<double> initialWeights(const Architecture &architecture, std::uint32_t seed);
    State initialState() const;

    // One sample step: fills `sampleRow` (StepLayout::sampleWidth numbers) from the state's
    // weights and sample `sample`, adds dW to the batch's sums. When `update` (the batch's last
    // sample, of `batchSize` samples), also fills `updateRow` and updates the state's weights
    // and momentum and clears its sums.
    void step(State &state, int sample, bool update, int batchSize, double *sampleRow, double *updateRow) const;

    // The network's outputs (K numbers) for one input, with the given weights.
    void outputs(std::span<const double> weights, std::span<const double> input, double *outputs) const;

private:
    // v = W y (W units x inputs, row-major), summed left to right.
    static void weightedSums(const double *W, const double *in, int units, int inputs, double *v);
    static void activate(Activation a, const double *v, double *y, int units);
    // f'(v) e, elementwise, with the derivative computed first as numpy's code does.
    static void derivativeTimes(Activation a, const double *v, const double *y, const double *e, double *delta, int units);

    NetworkRun m_run;
    StepLayout m_layout;
    std::vector<int> m_weightOffsets; // per layer, plus the total at the end
};

} // namespace deltatrace
