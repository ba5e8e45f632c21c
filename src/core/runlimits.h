// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace deltatrace {

// The limits on a run's parameters, shared by every entry point (lesson files, trace files,
// command line, parameter panel), so that nothing records a run that another would refuse to
// read. One deliberate difference: a lesson file's default alpha is a teacher's choice, and
// above LessonMaxAlpha it is a typo, so lesson files are held to that.
struct RunLimits
{
    static constexpr int MaxEpochs = 10'000'000;
    // Any finite learning rate is accepted: a learner who tries alpha = 1e308 should see the
    // weights overflow to inf and nan (flagged by the trace), not a refusal.
    static constexpr double MaxAlpha = std::numeric_limits<double>::max();
    static constexpr double LessonMaxAlpha = 1e6;
    static constexpr std::uint64_t MaxSeed = 4294967295ULL; // numpy's np.random.seed range
    // A general network's run (lesson format 2) may have up to 256 samples, so its epochs alone
    // do not bound the work: a lesson's epochs times its samples is held to this many sample
    // steps (lesson 3's 10 000 epochs of 4 samples are 40 000).
    static constexpr long long MaxNetworkSteps = 50'000'000;
};

} // namespace deltatrace
