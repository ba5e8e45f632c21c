// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

namespace deltatrace {

// Fixed sizes: the course's networks have 3 inputs (the third is the constant bias input 1),
// 4 samples, 4 hidden units and 1 output. Fixed-size Eigen types keep every step free of heap
// allocation and let the code read like the lesson's formulas.
inline constexpr int InputCount = 3;
inline constexpr int SampleCount = 4;
inline constexpr int HiddenCount = 4;

using InputVector = Eigen::Matrix<double, InputCount, 1>;
using HiddenVector = Eigen::Matrix<double, HiddenCount, 1>;
using SampleVector = Eigen::Matrix<double, SampleCount, 1>;
using SingleWeights = Eigen::Matrix<double, 1, InputCount, Eigen::RowMajor>;
using HiddenWeights = Eigen::Matrix<double, HiddenCount, InputCount, Eigen::RowMajor>;
using OutputWeights = Eigen::Matrix<double, 1, HiddenCount, Eigen::RowMajor>;
using InputMatrix = Eigen::Matrix<double, SampleCount, InputCount, Eigen::RowMajor>;

// The weights of either network. A single neuron uses W; the 3-4-1 network uses W1 and W2.
// Unused members stay zero.
struct Weights
{
    SingleWeights W = SingleWeights::Zero();
    HiddenWeights W1 = HiddenWeights::Zero();
    OutputWeights W2 = OutputWeights::Zero();

    bool operator==(const Weights &other) const
    {
        return W == other.W && W1 == other.W1 && W2 == other.W2;
    }
};

} // namespace deltatrace
