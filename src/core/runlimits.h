#pragma once

#include <cstdint>
#include <limits>

namespace deltatrace {

// The limits every entry point enforces on a run's parameters (lesson files, trace files,
// command line, parameter panel), so that nothing accepts a run that another would refuse.
struct RunLimits
{
    static constexpr int MaxEpochs = 10'000'000;
    // Any finite learning rate is accepted: a learner who tries alpha = 1e308 should see the
    // weights overflow to inf and nan (flagged by the trace), not a refusal.
    static constexpr double MaxAlpha = std::numeric_limits<double>::max();
    static constexpr std::uint64_t MaxSeed = 4294967295ULL; // numpy's np.random.seed range
};

} // namespace deltatrace
