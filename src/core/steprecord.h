// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
#include "quantity.h"

#include <span>

namespace deltatrace {

// Everything that happened in one sample step: the sample, every intermediate value, and the
// weights before and after the update. A plain value type, so reading a step never allocates.
struct StepRecord
{
    long long index = 0; // global step index: epoch * 4 + sample
    int epoch = 0;
    int sample = 0;
    InputVector x = InputVector::Zero();
    double d = 0.0;

    HiddenVector v1 = HiddenVector::Zero();
    HiddenVector y1 = HiddenVector::Zero();
    double v = 0.0;
    double y = 0.0;
    double e = 0.0;
    double delta = 0.0;
    HiddenVector e1 = HiddenVector::Zero();
    HiddenVector delta1 = HiddenVector::Zero();
    SingleWeights dW = SingleWeights::Zero();
    HiddenWeights dW1 = HiddenWeights::Zero();
    OutputWeights dW2 = OutputWeights::Zero();

    Weights before;
    Weights after;

    // The values of one quantity, row-major; for W, W1, W2 the weights after this step's update.
    std::span<const double> values(Quantity q) const;
    std::span<double> values(Quantity q);
    // The weights before the update, for W, W1 or W2.
    std::span<const double> weightsBefore(Quantity q) const;
};

} // namespace deltatrace
