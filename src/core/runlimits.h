#pragma once

#include <cstdint>

namespace deltatrace {

// The limits every entry point enforces on a run's parameters (lesson files, trace files,
// command line, parameter panel), so that nothing accepts a run that another would refuse.
struct RunLimits
{
    static constexpr int MaxEpochs = 10'000'000;
    static constexpr double MaxAlpha = 1e6;
    static constexpr std::uint64_t MaxSeed = 4294967295ULL; // numpy's np.random.seed range
};

} // namespace deltatrace
