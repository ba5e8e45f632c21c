// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networkrun.h"
#include "runoutcome.h"
#include "trace.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace deltatrace {

class NetworkTrace;

// Trains one experiment from many random starts and says how each ended: the learner's way to
// find out that whether backpropagation solves XOR depends on the start, and how often. Each
// seed is a run recorded with epoch checkpoints only (the arithmetic of every other mode, and
// the summaries RunOutcome needs); the seeds are shared among threads.
class SeedExplorer
{
public:
    struct Result
    {
        std::uint32_t seed = 0;
        RunOutcome::Kind outcome = RunOutcome::Kind::NotTrained;
        // The first epoch from whose end on the run stays solved; -1 for a run that is not solved.
        int solvedFromEpoch = -1;
        double finalMeanSquaredError = 0.0;
        double finalCrossEntropy = 0.0;
    };

    // Called now and then with the seeds done; returning false cancels the exploration. It is
    // called from one of the worker threads.
    using Progress = std::function<bool(long long seedsDone, long long seedsTotal)>;

    struct Options
    {
        int threads = 0; // 0: one per core
        Progress progress;
    };

    // Seeds firstSeed..lastSeed (both included) of `spec` (whose own seed is ignored), in seed
    // order. Nullopt when cancelled.
    static std::optional<std::vector<Result>> explore(const TraceSpec &spec, std::uint32_t firstSeed, std::uint32_t lastSeed,
                                                      const Options &options);

    // The same for a general network's run (lesson format 2).
    static std::optional<std::vector<Result>> explore(const NetworkRun &run, std::uint32_t firstSeed, std::uint32_t lastSeed,
                                                      const Options &options);
    // How one recorded run ended, as explore() reports it.
    static Result resultOf(const Trace &trace);
    static Result resultOf(const NetworkTrace &trace);

private:
    // Runs `recordSeed(seed, keepGoing)` for every seed on the threads; it returns the seed's
    // result, or nullopt when its recording was cancelled (keepGoing() turned false).
    template<typename RecordSeed>
    static std::optional<std::vector<Result>> exploreSeeds(std::uint32_t firstSeed, std::uint32_t lastSeed,
                                                           const Options &options, RecordSeed recordSeed);
};

} // namespace deltatrace
