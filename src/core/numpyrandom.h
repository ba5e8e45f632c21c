// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>

namespace deltatrace {

// numpy's legacy generator (np.random.seed(N) followed by np.random.random(...)).
// For an integer seed numpy seeds MT19937 exactly as std::mt19937(N) does, and builds each
// double from two consecutive 32-bit draws with 53 random bits, as below. A learner who runs
// the lesson's Python code with the same seed therefore sees the very same initial weights.
class NumpyRandom
{
public:
    explicit NumpyRandom(std::uint32_t seed) : m_engine(seed) {}

    // One draw of np.random.random(): uniform on [0, 1).
    double randomSample()
    {
        const std::uint32_t a = static_cast<std::uint32_t>(m_engine()) >> 5;
        const std::uint32_t b = static_cast<std::uint32_t>(m_engine()) >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    // 2 * random() - 1: the lessons' initial weight recipe, uniform on [-1, 1).
    double signedWeight() { return 2.0 * randomSample() - 1.0; }

private:
    std::mt19937 m_engine;
};

} // namespace deltatrace
