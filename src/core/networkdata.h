// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace deltatrace {

// The data of a general lesson (format 2): N samples of M inputs (X, N x M) and their targets
// (D, N x K), row-major, as numpy holds np.array(X) and np.array(D).
struct NetworkData
{
    int sampleCount = 0; // N
    int inputCount = 0;  // M
    int outputCount = 0; // K: 1 when D is a list of N numbers
    std::vector<double> x; // N * M
    std::vector<double> d; // N * K

    std::span<const double> input(int sample) const
    {
        return std::span<const double>(x).subspan(static_cast<size_t>(sample) * inputCount, inputCount);
    }
    std::span<const double> target(int sample) const
    {
        return std::span<const double>(d).subspan(static_cast<size_t>(sample) * outputCount, outputCount);
    }

    bool operator==(const NetworkData &other) const = default;
};

} // namespace deltatrace
