// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktrace.h"

#include <algorithm>
#include <cmath>

namespace deltatrace {

NetworkTrace::NetworkTrace(const NetworkRun &run)
    : m_engine(run)
{
}

std::size_t NetworkTrace::fullRecordBytes(const NetworkRun &run)
{
    const StepLayout layout(run.architecture);
    return sizeof(double)
        * (static_cast<std::size_t>(run.stepCount()) * static_cast<std::size_t>(layout.sampleWidth())
           + static_cast<std::size_t>(run.updateCount()) * static_cast<std::size_t>(layout.updateWidth()));
}

NetworkEngine::State NetworkTrace::stateAtCheckpoint(int checkpoint) const
{
    NetworkEngine::State state = m_engine.initialState();
    const std::size_t weights = state.weights.size();
    const std::size_t width = weights + state.momentum.size();
    const double *saved = m_checkpoints.data() + static_cast<std::size_t>(checkpoint) * width;
    std::copy(saved, saved + weights, state.weights.begin());
    std::copy(saved + weights, saved + width, state.momentum.begin());
    return state;
}

namespace {
// The weights as the update row of an update holds them, all layers one after another.
void gatherWeights(const NetworkEngine &engine, const double *updateRow, std::vector<double> &weights)
{
    const StepLayout &layout = engine.layout();
    weights.resize(static_cast<size_t>(engine.totalWeightCount()));
    for (int l = 1; l <= layout.architecture().layerCount(); ++l) {
        const LayerQuantity W{LayerQuantity::Kind::W, l};
        std::copy_n(updateRow + layout.offset(W), layout.size(W), weights.begin() + engine.weightOffset(l));
    }
}
} // namespace

NetworkStep NetworkTrace::step(long long index) const
{
    const NetworkRun &r = run();
    const int N = r.sampleCount();
    const int B = r.architecture.batch;
    NetworkStep s;
    s.index = index;
    s.epoch = static_cast<int>(index / N);
    s.sample = static_cast<int>(index % N);
    const int batch = s.sample / B;
    s.update = s.sample == std::min(N, (batch + 1) * B) - 1;
    s.input = r.data.input(s.sample);
    s.target = r.data.target(s.sample);
    s.layout = &layout();
    if (!m_fullRecord) {
        recompute(index, s);
        return s;
    }
    const auto sampleWidth = static_cast<std::size_t>(layout().sampleWidth());
    const auto updateWidth = static_cast<std::size_t>(layout().updateWidth());
    const double *row = m_sampleRows.data() + static_cast<std::size_t>(index) * sampleWidth;
    s.sampleRow.assign(row, row + sampleWidth);
    const long long updateIndex = static_cast<long long>(s.epoch) * r.batchesPerEpoch() + batch;
    if (s.update) {
        const double *update = m_updateRows.data() + static_cast<std::size_t>(updateIndex) * updateWidth;
        s.updateRow.assign(update, update + updateWidth);
    }
    if (updateIndex == 0)
        s.weightsBefore = m_initialWeights;
    else
        gatherWeights(m_engine, m_updateRows.data() + static_cast<std::size_t>(updateIndex - 1) * updateWidth, s.weightsBefore);
    return s;
}

void NetworkTrace::recompute(long long index, NetworkStep &s) const
{
    const NetworkRun &r = run();
    const int N = r.sampleCount();
    const int B = r.architecture.batch;
    const int checkpoint = s.epoch / m_checkpointInterval;
    NetworkEngine::State state = stateAtCheckpoint(checkpoint);
    s.sampleRow.assign(static_cast<size_t>(layout().sampleWidth()), 0.0);
    std::vector<double> updateRow(static_cast<size_t>(layout().updateWidth()));
    for (long long i = static_cast<long long>(checkpoint) * m_checkpointInterval * N; i <= index; ++i) {
        const int k = static_cast<int>(i % N);
        const int end = std::min(N, (k / B + 1) * B);
        if (i == index)
            s.weightsBefore = state.weights;
        m_engine.step(state, k, k == end - 1, end - (k / B) * B, s.sampleRow.data(), updateRow.data());
    }
    if (s.update)
        s.updateRow = std::move(updateRow);
}

std::vector<double> NetworkTrace::weightsAtEpochStart(int epoch) const
{
    if (epoch <= 0)
        return m_initialWeights;
    if (epoch >= epochCount())
        return m_finalWeights;
    if (m_fullRecord) {
        const long long lastUpdate = static_cast<long long>(epoch) * run().batchesPerEpoch() - 1;
        std::vector<double> weights;
        gatherWeights(m_engine, m_updateRows.data() + static_cast<std::size_t>(lastUpdate) * static_cast<std::size_t>(layout().updateWidth()), weights);
        return weights;
    }
    if (epoch % m_checkpointInterval == 0)
        return stateAtCheckpoint(epoch / m_checkpointInterval).weights;
    // The step before the epoch's first one ends with an update: its weights after.
    const NetworkStep last = step(static_cast<long long>(epoch) * run().sampleCount() - 1);
    std::vector<double> weights;
    gatherWeights(m_engine, last.updateRow.data(), weights);
    return weights;
}

NetworkEpochSummary NetworkTrace::epochSummary(int epoch) const
{
    const double *s = m_summaries.data() + NetworkEpochSummary::Width * static_cast<std::size_t>(epoch);
    return {s[0], s[1], s[2]};
}

std::vector<double> NetworkTrace::outputsAtEpochEnd(int epoch) const
{
    const std::vector<double> weights = weightsAtEpochStart(epoch + 1);
    const int N = run().sampleCount();
    const int K = architecture().outputCount();
    std::vector<double> outputs(static_cast<size_t>(N) * K);
    for (int k = 0; k < N; ++k)
        m_engine.outputs(weights, run().data.input(k), outputs.data() + static_cast<std::size_t>(k) * K);
    return outputs;
}

std::vector<int> NetworkTrace::keptOutputEpochs(int epochs)
{
    std::vector<int> kept;
    const int count = std::min(epochs, MaxKeptOutputEpochs);
    for (int i = 0; i < count; ++i)
        kept.push_back(count == epochs ? i : static_cast<int>(std::llround(static_cast<double>(i) * (epochs - 1) / (count - 1))));
    return kept;
}

std::span<const double> NetworkTrace::keptOutputs(std::size_t i) const
{
    const auto width = static_cast<std::size_t>(run().sampleCount()) * static_cast<std::size_t>(architecture().outputCount());
    return std::span<const double>(m_keptOutputs).subspan(i * width, width);
}

std::optional<LayerQuantity> NetworkTrace::firstNonFiniteQuantity() const
{
    if (m_firstNonFiniteStep < 0)
        return std::nullopt;
    const NetworkStep s = step(m_firstNonFiniteStep);
    for (const LayerQuantity &q : s.operations())
        for (double value : s.values(q))
            if (!std::isfinite(value))
                return q;
    return std::nullopt;
}

std::size_t NetworkTrace::storedBytes() const
{
    return sizeof(double)
        * (m_sampleRows.size() + m_updateRows.size() + m_checkpoints.size() + m_summaries.size()
           + m_initialWeights.size() + m_finalWeights.size() + m_keptOutputs.size());
}

} // namespace deltatrace
