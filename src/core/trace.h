// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
#include "rule.h"
#include "steprecord.h"
#include "numberarrayallocator.h"
#include "traceposition.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace deltatrace {

// What a run was: where it came from and its parameters. The lesson's source text travels
// with the trace so that a trace file replays without its lesson file.
struct TraceSpec
{
    QString lessonId;
    QString experimentId;
    QByteArray lessonSource; // the lesson file's bytes, as loaded
    Rule rule = Rule::DeltaRule;
    std::uint32_t seed = 0;
    double alpha = 0.9;
    int epochs = 1;
    InputMatrix X = InputMatrix::Zero();
    SampleVector D = SampleVector::Zero();

    long long stepCount() const { return static_cast<long long>(epochs) * SampleCount; }
};

// The chart's view of one epoch: measured with the weights at the end of the epoch.
struct EpochSummary
{
    double meanSquaredError = 0.0;   // mean over the 4 samples of (d - y)^2
    double crossEntropy = 0.0;       // mean of -(d log y + (1 - d) log(1 - y))
    std::array<double, SampleCount> outputs{};
};

// A recorded run, immutable once recorded. Values are stored column by column: one contiguous
// array per quantity, so any step is read in O(1) without allocating. Runs too long for the
// memory budget keep only the weights at the start of every epoch (checkpoints) and recompute
// a step on demand from its epoch's checkpoint; the arithmetic is the same code, so the values
// are bit-identical to a full record.
class Trace
{
public:
    Trace() = default;
    Trace(TraceSpec spec, const Weights &initial, bool fullRecord);

    const TraceSpec &spec() const { return m_spec; }
    Rule rule() const { return m_spec.rule; }
    const Weights &initialWeights() const { return m_initial; }
    const Weights &finalWeights() const { return m_final; }
    long long stepCount() const { return m_spec.stepCount(); }
    int epochCount() const { return m_spec.epochs; }
    bool hasFullRecord() const { return m_fullRecord; }

    StepRecord step(long long index) const;
    EpochSummary epochSummary(int epoch) const;
    Weights weightsAtEpochStart(int epoch) const;

    // The first step at which any recorded value stopped being finite (inf or nan), or -1.
    long long firstNonFiniteStep() const { return m_firstNonFiniteStep; }
    Quantity firstNonFiniteQuantity() const { return m_firstNonFiniteQuantity; }
    // The first step at which a sigmoid saturated: exp() overflowed or underflowed so that y (or
    // a hidden y1) is exactly 0 or 1, its derivative y(1 - y) is 0 and learning through it stops.
    // This is how a huge alpha usually shows: values stay finite, learning freezes. -1 if never.
    long long firstSaturatedStep() const { return m_firstSaturatedStep; }
    // Where a learner is taken to see the run's first problem: the operation that first computed
    // a non-finite value, or else the first sigmoid of the first saturated step (y1 in a
    // two-layer network, which comes before y). None for a healthy run.
    std::optional<TracePosition> firstProblemPosition() const;

    // Bytes held for recorded values, checkpoints and summaries (for benchmarks and limits).
    std::size_t storedBytes() const;
    // Count of recorded numbers (columns, checkpoints and summaries).
    std::size_t storedNumbers() const;

    // Raw storage, for the trace file and exporters. A column is empty without a full record.
    std::span<const double> column(Quantity q) const { return m_columns[static_cast<size_t>(q)]; }
    std::span<const double> checkpoints() const { return m_checkpoints; }
    std::span<const double> summaries() const { return m_summaries; }

    static int weightCount(Rule rule) { return isTwoLayer(rule) ? 16 : 3; }
    // The weights as stored in checkpoints and files: W1 then W2 row by row, or W.
    static void weightsToArray(Rule rule, const Weights &w, double *out);
    static Weights weightsFromArray(Rule rule, const double *in);
    static constexpr int SummaryWidth = 2 + SampleCount; // mse, cross-entropy, 4 outputs

private:
    friend class Trainer;
    friend class TraceFile;

    std::span<double> mutableColumn(Quantity q) { return m_columns[static_cast<size_t>(q)]; }
    StepRecord recompute(long long index) const;

    TraceSpec m_spec;
    Weights m_initial;
    Weights m_final;
    bool m_fullRecord = false;
    // Sized once and then written element by element, by the trainer or the trace file reader.
    using Numbers = std::vector<double, NumberArrayAllocator<double>>;
    std::array<Numbers, QuantityCount> m_columns;
    Numbers m_checkpoints; // weightCount per epoch: weights before the epoch's first step
    Numbers m_summaries;   // SummaryWidth per epoch
    long long m_firstNonFiniteStep = -1;
    Quantity m_firstNonFiniteQuantity = Quantity::V;
    long long m_firstSaturatedStep = -1;
};

} // namespace deltatrace
