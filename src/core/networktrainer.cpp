// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktrainer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace deltatrace {

namespace {

bool allFinite(const double *values, int count)
{
    for (int i = 0; i < count; ++i)
        if (!std::isfinite(values[i]))
            return false;
    return true;
}

// Whether a sigmoid or tanh layer's output reached its bound, where the derivative is 0.
bool saturated(const StepLayout &layout, const double *sampleRow)
{
    const Architecture &arch = layout.architecture();
    for (int l = 1; l <= arch.layerCount(); ++l) {
        const Activation a = arch.activation(l);
        if (a != Activation::Sigmoid && a != Activation::Tanh)
            continue;
        const LayerQuantity y{LayerQuantity::Kind::Y, l};
        const double low = a == Activation::Sigmoid ? 0.0 : -1.0;
        const double *values = sampleRow + layout.offset(y);
        for (int i = 0; i < layout.size(y); ++i)
            if (values[i] == low || values[i] == 1.0)
                return true;
    }
    return false;
}

} // namespace

NetworkEpochSummary NetworkTrainer::summarize(const NetworkRun &run, const double *outputs)
{
    const int N = run.sampleCount();
    const int K = run.architecture.outputCount();
    const Activation out = run.architecture.activation(run.architecture.layerCount());
    double squared = 0.0;
    double entropy = 0.0;
    double worst = 0.0;
    for (int k = 0; k < N; ++k) {
        const double *d = run.data.target(k).data();
        const double *y = outputs + static_cast<std::size_t>(k) * K;
        for (int i = 0; i < K; ++i) {
            const double e = d[i] - y[i];
            squared += e * e;
            worst = std::isnan(e) || std::abs(e) > worst ? std::abs(e) : worst;
            if (out == Activation::Softmax)
                entropy -= d[i] * std::log(y[i]);
            else
                entropy -= d[i] * std::log(y[i]) + (1.0 - d[i]) * std::log(1.0 - y[i]);
        }
    }
    NetworkEpochSummary summary;
    summary.meanSquaredError = squared / (static_cast<double>(N) * K);
    summary.crossEntropy = out == Activation::Sigmoid || out == Activation::Softmax
        ? entropy / N
        : std::numeric_limits<double>::quiet_NaN();
    summary.worstError = worst;
    return summary;
}

std::optional<NetworkTrace> NetworkTrainer::record(const NetworkRun &run, const Options &options)
{
    NetworkTrace trace(run);
    const NetworkEngine &engine = trace.m_engine;
    const StepLayout &layout = engine.layout();
    const int N = run.sampleCount();
    const int B = run.architecture.batch;
    const auto sampleWidth = static_cast<std::size_t>(layout.sampleWidth());
    const auto updateWidth = static_cast<std::size_t>(layout.updateWidth());

    NetworkEngine::State state = engine.initialState();
    trace.m_initialWeights = state.weights;
    trace.m_fullRecord = NetworkTrace::fullRecordBytes(run) <= options.fullRecordBudget;
    if (trace.m_fullRecord) {
        trace.m_sampleRows.resize(static_cast<std::size_t>(run.stepCount()) * sampleWidth);
        trace.m_updateRows.resize(static_cast<std::size_t>(run.updateCount()) * updateWidth);
    }
    const std::size_t stateWidth = state.weights.size() + state.momentum.size();
    const std::size_t checkpointBytes = sizeof(double) * stateWidth * static_cast<std::size_t>(run.epochs);
    trace.m_checkpointInterval = static_cast<int>(std::max<std::size_t>(1, (checkpointBytes + options.checkpointBudget - 1) / options.checkpointBudget));
    const int interval = trace.m_checkpointInterval;
    trace.m_checkpoints.reserve(stateWidth * static_cast<std::size_t>((run.epochs + interval - 1) / interval));
    trace.m_summaries.resize(NetworkEpochSummary::Width * static_cast<std::size_t>(run.epochs));

    std::vector<double> scratchSample(sampleWidth), scratchUpdate(updateWidth);
    std::vector<double> outputs(static_cast<std::size_t>(N) * run.architecture.outputCount());
    long long index = 0;
    long long updateIndex = 0;
    for (int epoch = 0; epoch < run.epochs; ++epoch) {
        if (epoch % interval == 0) {
            trace.m_checkpoints.insert(trace.m_checkpoints.end(), state.weights.begin(), state.weights.end());
            trace.m_checkpoints.insert(trace.m_checkpoints.end(), state.momentum.begin(), state.momentum.end());
        }
        for (int k = 0; k < N; ++k, ++index) {
            const int end = std::min(N, (k / B + 1) * B);
            const bool update = k == end - 1;
            double *sampleRow = trace.m_fullRecord ? trace.m_sampleRows.data() + static_cast<std::size_t>(index) * sampleWidth : scratchSample.data();
            double *updateRow = trace.m_fullRecord ? trace.m_updateRows.data() + static_cast<std::size_t>(updateIndex) * updateWidth : scratchUpdate.data();
            engine.step(state, k, update, end - (k / B) * B, sampleRow, updateRow);
            if (trace.m_firstNonFiniteStep < 0
                && (!allFinite(sampleRow, layout.sampleWidth()) || (update && !allFinite(updateRow, layout.updateWidth()))))
                trace.m_firstNonFiniteStep = index;
            if (trace.m_firstSaturatedStep < 0 && saturated(layout, sampleRow))
                trace.m_firstSaturatedStep = index;
            if (update)
                ++updateIndex;
        }
        for (int k = 0; k < N; ++k)
            engine.outputs(state.weights, run.data.input(k), outputs.data() + static_cast<std::size_t>(k) * run.architecture.outputCount());
        const NetworkEpochSummary summary = summarize(run, outputs.data());
        double *saved = trace.m_summaries.data() + NetworkEpochSummary::Width * static_cast<std::size_t>(epoch);
        saved[0] = summary.meanSquaredError;
        saved[1] = summary.crossEntropy;
        saved[2] = summary.worstError;
        if (options.progress && !options.progress(epoch + 1, run.epochs))
            return std::nullopt;
    }
    trace.m_finalWeights = state.weights;
    return trace;
}

} // namespace deltatrace
