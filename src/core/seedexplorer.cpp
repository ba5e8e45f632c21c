// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedexplorer.h"

#include "networktrainer.h"
#include "trainer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace deltatrace {

namespace {

bool settled(const TraceSpec &spec, const EpochSummary &summary)
{
    for (int k = 0; k < SampleCount; ++k)
        if (!(std::abs(spec.D(k) - summary.outputs[static_cast<std::size_t>(k)]) < 0.5 - RunOutcome::Margin))
            return false;
    return true;
}

} // namespace

SeedExplorer::Result SeedExplorer::resultOf(const Trace &trace)
{
    Result result;
    result.seed = trace.spec().seed;
    result.outcome = RunOutcome::of(trace).kind();
    const int epochs = trace.epochCount();
    if (epochs < 1)
        return result;
    const EpochSummary last = trace.epochSummary(epochs - 1);
    result.finalMeanSquaredError = last.meanSquaredError;
    result.finalCrossEntropy = last.crossEntropy;
    if (result.outcome == RunOutcome::Kind::Solved) {
        int from = epochs - 1;
        while (from > 0 && settled(trace.spec(), trace.epochSummary(from - 1)))
            --from;
        result.solvedFromEpoch = from;
    }
    return result;
}

SeedExplorer::Result SeedExplorer::resultOf(const NetworkTrace &trace)
{
    Result result;
    result.seed = trace.run().seed;
    result.outcome = RunOutcome::of(trace).kind();
    const int epochs = trace.epochCount();
    if (epochs < 1)
        return result;
    const NetworkEpochSummary last = trace.epochSummary(epochs - 1);
    result.finalMeanSquaredError = last.meanSquaredError;
    result.finalCrossEntropy = last.crossEntropy;
    if (result.outcome == RunOutcome::Kind::Solved) {
        int from = epochs - 1;
        while (from > 0 && trace.epochSummary(from - 1).worstError < 0.5 - RunOutcome::Margin)
            --from;
        result.solvedFromEpoch = from;
    }
    return result;
}

template<typename RecordSeed>
std::optional<std::vector<SeedExplorer::Result>> SeedExplorer::exploreSeeds(std::uint32_t firstSeed, std::uint32_t lastSeed,
                                                                            const Options &options, RecordSeed recordSeed)
{
    if (lastSeed < firstSeed)
        return std::vector<Result>{};
    const long long total = static_cast<long long>(lastSeed) - firstSeed + 1;
    std::vector<Result> results(static_cast<std::size_t>(total));
    std::atomic<long long> next{0};
    std::atomic<long long> done{0};
    std::atomic<bool> cancelled{false};

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int threads = static_cast<int>(std::min<long long>(total, options.threads > 0 ? options.threads : cores));
    auto keepGoing = [&cancelled] { return !cancelled; }; // a long seed stops too

    auto work = [&](bool reports) {
        for (long long i = next++; i < total && !cancelled; i = next++) {
            const std::optional<Result> result = recordSeed(static_cast<std::uint32_t>(firstSeed + i), keepGoing);
            if (!result)
                break; // cancelled
            results[static_cast<std::size_t>(i)] = *result;
            const long long finished = ++done;
            if (reports && options.progress && !options.progress(finished, total))
                cancelled = true;
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(work, false);
        work(true); // this thread reports progress
    }
    if (cancelled)
        return std::nullopt;
    if (options.progress)
        options.progress(total, total);
    return results;
}

std::optional<std::vector<SeedExplorer::Result>> SeedExplorer::explore(const TraceSpec &spec, std::uint32_t firstSeed,
                                                                       std::uint32_t lastSeed, const Options &options)
{
    return exploreSeeds(firstSeed, lastSeed, options, [&spec](std::uint32_t seed, const auto &keepGoing) -> std::optional<Result> {
        TraceSpec seeded = spec;
        seeded.seed = seed;
        // Checkpoints only: an exploration needs the summaries, not every value.
        Trainer::Options recordOptions;
        recordOptions.fullRecordBudget = 0;
        recordOptions.progress = [&keepGoing](long long, long long) { return keepGoing(); };
        const std::optional<Trace> trace = Trainer::record(seeded, recordOptions);
        return trace ? std::optional<Result>(resultOf(*trace)) : std::nullopt;
    });
}

std::optional<std::vector<SeedExplorer::Result>> SeedExplorer::explore(const NetworkRun &run, std::uint32_t firstSeed,
                                                                       std::uint32_t lastSeed, const Options &options)
{
    return exploreSeeds(firstSeed, lastSeed, options, [&run](std::uint32_t seed, const auto &keepGoing) -> std::optional<Result> {
        NetworkRun seeded = run;
        seeded.seed = seed;
        NetworkTrainer::Options recordOptions;
        recordOptions.fullRecordBudget = 0;
        recordOptions.progress = [&keepGoing](long long, long long) { return keepGoing(); };
        const std::optional<NetworkTrace> trace = NetworkTrainer::record(seeded, recordOptions);
        return trace ? std::optional<Result>(resultOf(*trace)) : std::nullopt;
    });
}

} // namespace deltatrace
