// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerquantity.h"
#include "steplayout.h"

#include <span>
#include <vector>

namespace deltatrace {

// Every value of one sample step of a general network, as NetworkTrace::step gives it: the
// sample, the weights before the step, the sample row and, at a batch's last sample, the
// update row (StepLayout). Owns copies of its numbers (a few kilobytes at most), so it stays
// valid on its own.
struct NetworkStep
{
    long long index = 0; // epoch * N + sample
    int epoch = 0;
    int sample = 0;
    bool update = false; // the batch's last sample: the weights change at this step
    std::span<const double> input;  // x: the run's data (valid while the trace lives)
    std::span<const double> target; // d
    const StepLayout *layout = nullptr;
    std::vector<double> sampleRow;
    std::vector<double> updateRow;      // empty unless `update`
    std::vector<double> weightsBefore;  // all layers, as NetworkEngine::State::weights

    // The values of q at this step, row-major; empty if the step does not compute q (the
    // update's quantities away from a batch's last sample, or one the run has not got).
    std::span<const double> values(LayerQuantity q) const
    {
        const int offset = layout->offset(q);
        if (offset < 0 || (q.atUpdateOnly() && !update))
            return {};
        const std::vector<double> &row = q.atUpdateOnly() ? updateRow : sampleRow;
        return std::span<const double>(row).subspan(static_cast<size_t>(offset), static_cast<size_t>(layout->size(q)));
    }
    // The operations of this step, in order.
    const std::vector<LayerQuantity> &operations() const { return layout->operations(update); }
};

} // namespace deltatrace
