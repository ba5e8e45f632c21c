// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networkengine.h"
#include "networkrun.h"
#include "networkstep.h"
#include "numberarrayallocator.h"

#include <optional>
#include <span>
#include <vector>

namespace deltatrace {

// The chart's view of one epoch of a general network, measured with the weights at its end.
struct NetworkEpochSummary
{
    double meanSquaredError = 0.0; // mean over samples and outputs of (d - y)^2
    // Mean over samples of the cross-entropy: -sum(d log y) for a softmax output, the binary
    // -(d log y + (1 - d) log(1 - y)) summed over the outputs for a sigmoid one; nan for others.
    double crossEntropy = 0.0;
    // The largest |d - y| over every sample and output: below 0.5 - RunOutcome::Margin, every
    // output is settled on its target's side (RunOutcome).
    double worstError = 0.0;

    static constexpr int Width = 3; // numbers per epoch in a trace's summaries
};

// A recorded run of a general network, immutable once recorded. Either every step's two rows
// are kept (StepLayout), so any step is read by multiplication, or, when they would not fit the
// memory budget, only the state (weights and momentum) at the start of every few epochs; a step
// is then recomputed from the checkpoint before it by the same engine, so its values are
// bit-identical to a full record's.
class NetworkTrace
{
public:
    explicit NetworkTrace(const NetworkRun &run);

    const NetworkRun &run() const { return m_engine.run(); }
    const Architecture &architecture() const { return run().architecture; }
    const StepLayout &layout() const { return m_engine.layout(); }
    const NetworkEngine &engine() const { return m_engine; }
    long long stepCount() const { return run().stepCount(); }
    int epochCount() const { return run().epochs; }
    bool hasFullRecord() const { return m_fullRecord; }
    int checkpointInterval() const { return m_checkpointInterval; } // epochs between checkpoints

    NetworkStep step(long long index) const;
    const std::vector<double> &initialWeights() const { return m_initialWeights; }
    const std::vector<double> &finalWeights() const { return m_finalWeights; }
    std::vector<double> weightsAtEpochStart(int epoch) const;
    NetworkEpochSummary epochSummary(int epoch) const;
    // yL for every sample (N x K, row-major) with the weights at the end of `epoch`. With
    // checkpoints, this replays the epochs since the one before: keptOutputs() is the cheap way
    // to follow the outputs over a whole run.
    std::vector<double> outputsAtEpochEnd(int epoch) const;

    // The epochs whose outputs the recording kept: every epoch of a run of up to
    // MaxKeptOutputEpochs, else that many spread evenly over it, the first and last included.
    static constexpr int MaxKeptOutputEpochs = 400;
    static std::vector<int> keptOutputEpochs(int epochs);
    const std::vector<int> &keptOutputEpochs() const { return m_keptOutputEpochs; }
    // The outputs at the end of keptOutputEpochs()[i], as outputsAtEpochEnd gives them (N x K),
    // measured while recording, so drawing their course never replays a long run.
    std::span<const double> keptOutputs(std::size_t i) const;

    // The first step with a value that is not finite (inf or nan), and the first such
    // quantity in its operations; -1 and none for a healthy run.
    long long firstNonFiniteStep() const { return m_firstNonFiniteStep; }
    std::optional<LayerQuantity> firstNonFiniteQuantity() const;
    // The first step at which a sigmoid or tanh layer saturated: an output exactly 0 or 1
    // (sigmoid) or -1 or 1 (tanh), where the derivative is 0 and learning through it stops.
    long long firstSaturatedStep() const { return m_firstSaturatedStep; }

    std::size_t storedBytes() const;

    // Bytes the two rows of every step of `run` would take.
    static std::size_t fullRecordBytes(const NetworkRun &run);

private:
    friend class NetworkTrainer;
    using Numbers = std::vector<double, NumberArrayAllocator<double>>;

    // Replays steps from the checkpoint before step `index` up to it, leaving its rows in
    // `step` and the weights before it in step.weightsBefore.
    void recompute(long long index, NetworkStep &step) const;
    NetworkEngine::State stateAtCheckpoint(int checkpoint) const;

    NetworkEngine m_engine;
    bool m_fullRecord = false;
    int m_checkpointInterval = 1;
    std::vector<double> m_initialWeights;
    std::vector<double> m_finalWeights;
    Numbers m_sampleRows;  // stepCount x sampleWidth, with a full record
    Numbers m_updateRows;  // updateCount x updateWidth, with a full record
    Numbers m_checkpoints; // per checkpoint: weights, then momentum (if any)
    Numbers m_summaries;   // NetworkEpochSummary::Width per epoch
    std::vector<int> m_keptOutputEpochs;
    Numbers m_keptOutputs; // N x K per kept epoch
    long long m_firstNonFiniteStep = -1;
    long long m_firstSaturatedStep = -1;
};

} // namespace deltatrace
