// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktrainer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <semaphore>
#include <thread>

namespace deltatrace {

namespace {

// x * 0 is 0 for every finite x and nan for inf and nan: four independent sums of those let
// the compiler keep the check in vector registers, where an early-exit loop of isfinite() took
// a tenth of a recording's time.
bool allFinite(const double *values, int count)
{
    double lanes[4] = {0.0, 0.0, 0.0, 0.0};
    int i = 0;
    for (; i + 4 <= count; i += 4)
        for (int j = 0; j < 4; ++j)
            lanes[j] += values[i + j] * 0.0;
    for (; i < count; ++i)
        lanes[0] += values[i] * 0.0;
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) == 0.0;
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

// Writes the epoch summaries: a forward pass over every sample with the weights at the epoch's
// end, whose outputs are also kept at the trace's kept epochs. On a large network that pass costs as much as the training's own forward passes, so it
// runs on a second thread, a few epochs behind the training, which hands it each epoch's final
// weights through a ring of slots. A small run measures inline: handing a thread a few
// microseconds of work costs more than it saves.
class EpochSummaries
{
public:
    // Numbers of work per epoch (samples x weights) from which the second thread pays.
    static constexpr long long ThreadedFrom = 4096;
    static constexpr int Slots = 32;

    EpochSummaries(const NetworkEngine &engine, double *summaries, const std::vector<int> &keptEpochs, double *keptOutputs)
        : m_engine(engine)
        , m_summaries(summaries)
        , m_keptEpochs(keptEpochs)
        , m_keptOutputs(keptOutputs)
        , m_weightCount(static_cast<std::size_t>(engine.totalWeightCount()))
        , m_outputs(static_cast<std::size_t>(engine.run().sampleCount()) * engine.run().architecture.outputCount())
    {
        if (static_cast<long long>(engine.run().sampleCount()) * engine.totalWeightCount() < ThreadedFrom)
            return;
        m_ring.resize(Slots * m_weightCount);
        m_worker = std::jthread([this] { work(); });
    }
    ~EpochSummaries() { finish(); }

    // The weights at the end of `epoch`; epochs come in order.
    void add(int epoch, const std::vector<double> &weights)
    {
        if (!m_worker.joinable()) {
            measure(epoch, weights.data(), m_outputs);
            return;
        }
        m_free.acquire();
        std::copy(weights.begin(), weights.end(), m_ring.begin() + static_cast<std::ptrdiff_t>(slot(epoch)));
        ++m_added;
        m_filled.release();
    }
    // Waits until every added epoch is measured.
    void finish()
    {
        if (!m_worker.joinable())
            return;
        m_filled.release(); // wakes the worker if it waits for an epoch that will not come
        m_worker.join();
    }

private:
    std::size_t slot(int epoch) const { return static_cast<std::size_t>(epoch % Slots) * m_weightCount; }

    void work()
    {
        std::vector<double> outputs(m_outputs.size());
        for (int epoch = 0;; ++epoch) {
            m_filled.acquire();
            if (epoch >= m_added) // only the wake-up of finish(): every added epoch is measured
                return;
            measure(epoch, m_ring.data() + slot(epoch), outputs);
            m_free.release();
        }
    }

    void measure(int epoch, const double *weights, std::vector<double> &outputs) const
    {
        const NetworkRun &run = m_engine.run();
        const int K = run.architecture.outputCount();
        const std::span<const double> w(weights, m_weightCount);
        for (int k = 0; k < run.sampleCount(); ++k)
            m_engine.outputs(w, run.data.input(k), outputs.data() + static_cast<std::size_t>(k) * K);
        const NetworkEpochSummary summary = NetworkTrainer::summarize(run, outputs.data());
        double *saved = m_summaries + NetworkEpochSummary::Width * static_cast<std::size_t>(epoch);
        saved[0] = summary.meanSquaredError;
        saved[1] = summary.crossEntropy;
        saved[2] = summary.worstError;
        if (const auto kept = std::ranges::lower_bound(m_keptEpochs, epoch); kept != m_keptEpochs.end() && *kept == epoch)
            std::ranges::copy(outputs, m_keptOutputs + static_cast<std::size_t>(kept - m_keptEpochs.begin()) * outputs.size());
    }

    const NetworkEngine &m_engine;
    double *m_summaries;
    const std::vector<int> &m_keptEpochs; // sorted
    double *m_keptOutputs;
    std::size_t m_weightCount;
    std::vector<double> m_outputs;
    std::vector<double> m_ring;
    std::counting_semaphore<Slots> m_free{Slots};
    std::counting_semaphore<Slots + 1> m_filled{0};
    std::atomic<int> m_added{0};
    std::jthread m_worker; // last: it starts after everything it uses
};

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
    trace.m_keptOutputEpochs = NetworkTrace::keptOutputEpochs(run.epochs);
    trace.m_keptOutputs.resize(trace.m_keptOutputEpochs.size() * static_cast<std::size_t>(N) * run.architecture.outputCount());

    std::vector<double> scratchSample(sampleWidth), scratchUpdate(updateWidth);
    EpochSummaries summaries(engine, trace.m_summaries.data(), trace.m_keptOutputEpochs, trace.m_keptOutputs.data());
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
        summaries.add(epoch, state.weights);
        if (options.progress && !options.progress(epoch + 1, run.epochs))
            return std::nullopt;
    }
    summaries.finish();
    trace.m_finalWeights = state.weights;
    return trace;
}

} // namespace deltatrace
