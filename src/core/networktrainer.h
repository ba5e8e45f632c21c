// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networktrace.h"

#include <functional>
#include <optional>

namespace deltatrace {

// Runs the training loop of a general network (lesson format 2): every epoch visits the samples
// in order, in batches of the architecture's size, and records every value of every step.
class NetworkTrainer
{
public:
    // Called now and then with the epochs done; returning false cancels the recording.
    using Progress = std::function<bool(long long epochsDone, long long epochsTotal)>;

    // Above this many bytes of step rows a recording keeps checkpoints only (NetworkTrace).
    static constexpr std::size_t DefaultFullRecordBudget = std::size_t(160) << 20;
    // The checkpoints' budget: beyond it they are taken every few epochs rather than every one.
    static constexpr std::size_t DefaultCheckpointBudget = std::size_t(32) << 20;

    struct Options
    {
        std::size_t fullRecordBudget = DefaultFullRecordBudget;
        std::size_t checkpointBudget = DefaultCheckpointBudget;
        Progress progress;
    };

    // Returns nullopt when cancelled.
    static std::optional<NetworkTrace> record(const NetworkRun &run, const Options &options);
    static std::optional<NetworkTrace> record(const NetworkRun &run) { return record(run, Options{}); }

    // The epoch's summary from the outputs (N x K) with the weights at its end.
    static NetworkEpochSummary summarize(const NetworkRun &run, const double *outputs);
};

} // namespace deltatrace
