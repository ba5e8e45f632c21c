// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
#include "quantity.h"

#include <span>

namespace deltatrace {

// Every number of one backpropagation step of the 3-4-1 network, as plain arrays in the order
// the trace records them. W1 and W2 are the weights after this step's update.
//
// Why plain arrays and not StepRecord's Eigen members: this is what the recording loop keeps
// on its stack for each of millions of steps. Copying fixed arrays into the trace's columns
// compiles to a few moves, where filling and copying a whole StepRecord cost the loop a
// quarter of its time.
struct BackpropValues
{
    static constexpr int WeightCount1 = HiddenCount * InputCount;

    double v1[HiddenCount];
    double y1[HiddenCount];
    double v;
    double y;
    double e;
    double delta;
    double e1[HiddenCount];
    double delta1[HiddenCount];
    double dW1[WeightCount1]; // row-major, as HiddenWeights
    double W1[WeightCount1];
    double dW2[HiddenCount];
    double W2[HiddenCount];

    // The numbers of one quantity (empty for the single neuron's DW and W).
    std::span<const double> values(Quantity q) const;
};

} // namespace deltatrace
