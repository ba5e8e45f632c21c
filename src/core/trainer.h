// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"

#include <functional>
#include <optional>

namespace deltatrace {

// Runs the training loop of a lesson: every epoch visits the 4 samples in order and updates
// the weights after each one (SGD), exactly as the lesson's numpy code does.
class Trainer
{
public:
    // Called now and then with the epochs done; returning false cancels the recording.
    using Progress = std::function<bool(long long epochsDone, long long epochsTotal)>;

    // Above this many bytes of per-step columns, a recording keeps epoch checkpoints only
    // and recomputes steps on demand (still bit-identical; see Trace).
    static constexpr std::size_t DefaultFullRecordBudget = std::size_t(160) << 20;

    struct Options
    {
        std::size_t fullRecordBudget = DefaultFullRecordBudget;
        Progress progress;
    };

    // Trace mode: records every value of every step. Returns nullopt when cancelled.
    static std::optional<Trace> record(const TraceSpec &spec, const Options &options);
    static std::optional<Trace> record(const TraceSpec &spec) { return record(spec, Options{}); }

    // Plain mode: the same arithmetic without recording; ends in bit-identical weights.
    static Weights trainPlain(const TraceSpec &spec);

    // Bytes the per-step columns of such a run would take.
    static std::size_t fullRecordBytes(const TraceSpec &spec);

    // An epoch's summary: the four outputs with the weights at the end of the epoch, their mean
    // squared error and cross-entropy.
    static EpochSummary summarize(const TraceSpec &spec, const Weights &weights);
    // The outputs of samples fromSample..3 of the 3-4-1 network with weights W1 (row-major), W2.
    static void twoLayerOutputs(const TraceSpec &spec, const double *W1, const double *W2, int fromSample,
                                std::array<double, SampleCount> &outputs);
    // The summary from outputs already computed with the weights at the end of an epoch.
    static EpochSummary summaryOfOutputs(const TraceSpec &spec, const std::array<double, SampleCount> &outputs);
};

} // namespace deltatrace
