// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "architecture.h"
#include "layerquantity.h"

#include <array>
#include <optional>
#include <vector>

namespace deltatrace {

// Where each value of a general network's step lives. A step's values form two rows of numbers:
// the sample row, written at every sample (each layer's v, y, e, delta, dW, and the running sum
// of dW in batches of more than one sample), and the update row, written only at a batch's last
// sample (each layer's dW_avg, m and the new W, as the run has them). Both have a fixed width, so
// a trace stores them in flat arrays and finds any step's values by multiplication.
class StepLayout
{
public:
    StepLayout() = default;
    explicit StepLayout(const Architecture &architecture);

    const Architecture &architecture() const { return m_architecture; }
    int sampleWidth() const { return m_sampleWidth; }
    int updateWidth() const { return m_updateWidth; }

    // Whether the run computes q at all (dW_sum and dW_avg only with batches, m only with momentum).
    bool has(LayerQuantity q) const;
    // Offset of q within its row (the update row for atUpdateOnly() quantities), or -1.
    int offset(LayerQuantity q) const;
    int size(LayerQuantity q) const { return q.shape(m_architecture).size(); }

    // The operations of one sample step in the order the lesson's numpy code computes them:
    // forward v1, y1 ... vL, yL; backward eL, deltaL ... e1, delta1; then layer by layer dWl,
    // dWl_sum, and at an update dWl_avg, ml, Wl (lessons 1-3 likewise update W1 before dW2).
    // `update`: the step is a batch's last sample.
    const std::vector<LayerQuantity> &operations(bool update) const { return update ? m_updateOps : m_sampleOps; }
    // Every quantity the run records, in the operation order of an update step.
    const std::vector<LayerQuantity> &quantities() const { return m_updateOps; }

private:
    int &slot(LayerQuantity q) { return m_offsets[static_cast<size_t>(q.layer - 1)][static_cast<size_t>(q.kind)]; }

    Architecture m_architecture;
    int m_sampleWidth = 0;
    int m_updateWidth = 0;
    std::vector<std::array<int, LayerQuantity::KindCount>> m_offsets; // per layer, per kind; -1 absent
    std::vector<LayerQuantity> m_sampleOps;
    std::vector<LayerQuantity> m_updateOps;
};

} // namespace deltatrace
