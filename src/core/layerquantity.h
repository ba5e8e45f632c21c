// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "architecture.h"
#include "quantity.h"

#include <optional>
#include <string>
#include <string_view>

namespace deltatrace {

// One quantity of one layer of a general network: what a listing line computes, a column of
// an export, one operation of the stepper. Names (layer L, 1-based, the first weight layer 1):
//   vL, yL, eL, deltaL    the layer's sums, outputs, errors and deltas (vectors of its units)
//   dWL                   this sample's alpha delta y(L-1)^T
//   dWL_sum               the batch's running sum of dWL (batches of more than one sample)
//   dWL_avg               the sum divided by the batch's size, at the batch's last sample
//   mL                    the momentum term m = update + beta m, at an update
//   WL                    the weights after the update, at an update
struct LayerQuantity
{
    enum class Kind : unsigned char { V, Y, E, Delta, DW, DWSum, DWAvg, Momentum, W };
    static constexpr int KindCount = 9;

    Kind kind = Kind::V;
    int layer = 1;

    bool operator==(const LayerQuantity &other) const = default;

    // Whether the quantity is a matrix the shape of the layer's weights (dW, sums, m, W).
    bool isMatrix() const { return kind >= Kind::DW; }
    // Whether it exists only at a batch's last sample, where the weights are updated.
    bool atUpdateOnly() const { return kind >= Kind::DWAvg; }

    std::string name() const;
    static std::optional<LayerQuantity> fromName(std::string_view name);
    // rows x cols: a layer's vectors are units x 1, its matrices units x units(layer - 1).
    Shape shape(const Architecture &architecture) const;
    // One number as numpy indexes it: "y2[3]", "W1[2,0]".
    std::string elementName(const Architecture &architecture, int element) const;
};

} // namespace deltatrace
