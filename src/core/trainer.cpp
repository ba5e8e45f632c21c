// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "cpustate.h"
#include "engine.h"
#include "stepwriter.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>

namespace deltatrace {

std::size_t Trainer::fullRecordBytes(const TraceSpec &spec)
{
    std::size_t perStep = 0;
    for (Quantity q : recordedQuantities(spec.rule))
        perStep += static_cast<std::size_t>(quantityShape(q).size());
    return perStep * sizeof(double) * static_cast<std::size_t>(spec.stepCount());
}

namespace {

// -(d log(y) + (1 - d) log(1 - y)), the lesson's cross-entropy of one sample, bit for bit.
//
// Why two paths: with a target of exactly 0 or 1 and 0 < y < 1, one of the two products is
// 0 times a finite logarithm, a signed zero, and adding a signed zero to the other (finite,
// never -0) logarithm changes nothing; so one log() gives the same double as two, and the
// summaries (four of these per epoch) call log() half as often.
double crossEntropyTerm(double d, double y)
{
    if (y > 0.0 && y < 1.0) {
        if (d == 0.0)
            return -std::log(1.0 - y);
        if (d == 1.0)
            return -std::log(y);
    }
    return -(d * std::log(y) + (1.0 - d) * std::log(1.0 - y));
}

} // namespace

EpochSummary Trainer::summarize(const TraceSpec &spec, const Weights &weights)
{
    std::array<double, SampleCount> outputs;
    if (isTwoLayer(spec.rule)) {
        twoLayerOutputs(spec, weights.W1.data(), weights.W2.data(), 0, outputs);
    } else {
        for (int k = 0; k < SampleCount; ++k)
            outputs[static_cast<size_t>(k)] = Engine::output(spec.rule, weights, spec.X.row(k).transpose());
    }
    return summaryOfOutputs(spec, outputs);
}

void Trainer::twoLayerOutputs(const TraceSpec &spec, const double *W1, const double *W2, int fromSample,
                              std::array<double, SampleCount> &outputs)
{
    // Every hidden unit of every sample first, then the outputs: the hidden units' exp() calls
    // are independent and overlap, where sample after sample would wait on each output's exp()
    // in turn. The same operations, so the same doubles as Engine::output.
    double v1[SampleCount][HiddenCount];
    double y1[SampleCount][HiddenCount];
    for (int k = fromSample; k < SampleCount; ++k)
        Engine::hiddenLayer(W1, spec.X.row(k).data(), v1[k], y1[k]);
    double v = 0.0;
    for (int k = fromSample; k < SampleCount; ++k)
        outputs[static_cast<size_t>(k)] = Engine::outputLayer(W2, y1[k], v);
}

EpochSummary Trainer::summaryOfOutputs(const TraceSpec &spec, const std::array<double, SampleCount> &outputs)
{
    EpochSummary s;
    double squared = 0.0;
    double entropy = 0.0;
    for (int k = 0; k < SampleCount; ++k) {
        const double y = outputs[static_cast<size_t>(k)];
        const double d = spec.D(k);
        s.outputs[static_cast<size_t>(k)] = y;
        squared += (d - y) * (d - y);
        entropy += crossEntropyTerm(d, y);
    }
    s.meanSquaredError = squared / SampleCount;
    s.crossEntropy = entropy / SampleCount;
    return s;
}

namespace {

bool isSaturated(double y) { return (y == 0.0) | (y == 1.0); }

bool saturated(Rule rule, const StepRecord &r)
{
    if (isSaturated(r.y))
        return true;
    if (isTwoLayer(rule))
        for (double y1 : r.y1)
            if (isSaturated(y1))
                return true;
    return false;
}

// Asked at every step and almost always false: bitwise ors, not a branch per value.
bool saturated(Rule, const BackpropValues &s)
{
    bool any = isSaturated(s.y);
    for (double y1 : s.y1)
        any |= isSaturated(y1);
    return any;
}

// The first recorded quantity of a step that is non-finite (called once, when a step has one).
template<typename Values>
Quantity firstNonFinite(Rule rule, const Values &r)
{
    for (Quantity q : recordedQuantities(rule))
        for (double x : r.values(q))
            if (!std::isfinite(x))
                return q;
    return recordedQuantities(rule).front();
}

// The recording loop's view of one rule's arithmetic: do one step, show its values, move on.

// The single neuron's rules (forward only and the delta rule): each step is Engine::step filling
// one StepRecord, the simple way, because recording these small runs is never what a learner
// waits for; the 3-4-1 network has its own fast stepper below.
class SingleNeuronStepper
{
public:
    SingleNeuronStepper(const TraceSpec &spec, const Weights &initial) : m_spec(spec) { m_r.before = initial; }
    const StepRecord &step(int k)
    {
        m_r.x = m_spec.X.row(k).transpose();
        m_r.d = m_spec.D(k);
        Engine::step(m_spec.rule, m_spec.alpha, m_r);
        return m_r;
    }
    void advance() { m_r.before = m_r.after; }
    void writeWeights(double *to) const { Trace::weightsToArray(m_spec.rule, m_r.before, to); }
    Weights weights() const { return m_r.before; }

private:
    const TraceSpec &m_spec;
    StepRecord m_r;
};

// The 3-4-1 network: the weights and the step's values stay in plain arrays on the stack. Two
// sets of values take turns: a step reads the weights its predecessor left in the other set,
// so no copy of the weights stands between two steps on the loop's critical path (an epoch has
// an even number of samples, so every epoch starts from the same set).
template<bool CrossEntropy>
class BackpropStepper
{
    static_assert(SampleCount % 2 == 0);

public:
    BackpropStepper(const TraceSpec &spec, const Weights &initial) : m_alpha(spec.alpha)
    {
        std::copy_n(initial.W1.data(), W1Count, m_values[1].W1);
        std::copy_n(initial.W2.data(), HiddenCount, m_values[1].W2);
        for (int k = 0; k < SampleCount; ++k) {
            for (int j = 0; j < InputCount; ++j)
                m_x[k][j] = spec.X(k, j);
            m_d[k] = spec.D(k);
        }
    }
    const BackpropValues &step(int k)
    {
        const BackpropValues &before = m_values[(k + 1) % 2];
        BackpropValues &now = m_values[k % 2];
        Engine::backpropStep<CrossEntropy>(before.W1, before.W2, m_x[k], m_d[k], m_alpha, now);
        return now;
    }
    void advance() {}
    void writeWeights(double *to) const // at an epoch's start; Trace::weightsToArray's layout
    {
        std::memcpy(to, m_values[1].W1, sizeof(double) * W1Count);
        std::memcpy(to + W1Count, m_values[1].W2, sizeof(double) * HiddenCount);
    }
    Weights weights() const // at an epoch's start
    {
        Weights w;
        std::copy_n(m_values[1].W1, W1Count, w.W1.data());
        std::copy_n(m_values[1].W2, HiddenCount, w.W2.data());
        return w;
    }

private:
    static constexpr int W1Count = BackpropValues::WeightCount1;
    BackpropValues m_values[2];
    double m_x[SampleCount][InputCount];
    double m_d[SampleCount];
    double m_alpha;
};

} // namespace

std::optional<Trace> Trainer::record(const TraceSpec &spec, const Options &options)
{
    clearUpperVectorState();
    const Weights initial = Engine::initialWeights(spec.rule, spec.seed);
    const bool full = fullRecordBytes(spec) <= options.fullRecordBudget;
    Trace trace(spec, initial, full);
    std::array<double *, QuantityCount> columns{};
    for (Quantity q : recordedQuantities(spec.rule))
        columns[static_cast<size_t>(q)] = full ? trace.mutableColumn(q).data() : nullptr;

    const auto weightCount = static_cast<size_t>(Trace::weightCount(spec.rule));
    const int progressEvery = 1024;
    // An epoch's summary needs the four outputs with the weights at its end. Those weights are
    // the next epoch's start, and its first step computes sample 0's output from them with the
    // same operations (Engine::output and the steppers share hiddenLayer/outputLayer), so that
    // output is taken from the step instead of computed twice: the summaries cost 15 exp()
    // calls an epoch instead of 20, and the recording (or a seed of the explorer) about a tenth
    // less. Only the last epoch, with no step after it, computes sample 0 itself.
    std::array<double, SampleCount> pendingOutputs{};
    auto outputsAtEnd = [&](const Weights &atEnd, int fromSample) {
        if (isTwoLayer(spec.rule)) {
            twoLayerOutputs(spec, atEnd.W1.data(), atEnd.W2.data(), fromSample, pendingOutputs);
        } else {
            for (int k = fromSample; k < SampleCount; ++k)
                pendingOutputs[static_cast<size_t>(k)] = Engine::output(spec.rule, atEnd, spec.X.row(k).transpose());
        }
    };
    auto writeSummary = [&](int epoch) {
        const EpochSummary summary = summaryOfOutputs(spec, pendingOutputs);
        double *row = trace.m_summaries.data() + static_cast<size_t>(epoch) * Trace::SummaryWidth;
        row[0] = summary.meanSquaredError;
        row[1] = summary.crossEntropy;
        std::copy(summary.outputs.begin(), summary.outputs.end(), row + 2);
    };

    // One loop for every rule: each step's values go to the columns (a full record) or are only
    // probed for inf, nan and saturation (checkpoints only); each epoch leaves a checkpoint of
    // the weights at its start and a summary of the outputs at its end.
    auto train = [&]<typename Stepper, typename Writer>() -> bool {
        Q_ASSERT(Writer::matches(recordedQuantities(spec.rule)));
        Stepper stepper(spec, initial);
        std::size_t index = 0;
        for (int epoch = 0; epoch < spec.epochs; ++epoch) {
            stepper.writeWeights(trace.m_checkpoints.data() + static_cast<size_t>(epoch) * weightCount);
            for (int k = 0; k < SampleCount; ++k, ++index) {
                const auto &values = stepper.step(k);
                if (k == 0 && epoch > 0) {
                    pendingOutputs[0] = values.y; // the previous epoch's output of sample 0
                    writeSummary(epoch - 1);
                }
                const bool nonFinite = full ? Writer::template write<true>(values, columns.data(), index)
                                            : Writer::template write<false>(values, columns.data(), index);
                if (nonFinite && trace.m_firstNonFiniteStep < 0) [[unlikely]] {
                    trace.m_firstNonFiniteStep = static_cast<long long>(index);
                    trace.m_firstNonFiniteQuantity = firstNonFinite(spec.rule, values);
                }
                if (trace.m_firstSaturatedStep < 0 && saturated(spec.rule, values)) [[unlikely]]
                    trace.m_firstSaturatedStep = static_cast<long long>(index);
                stepper.advance();
            }
            const bool last = epoch + 1 == spec.epochs;
            outputsAtEnd(stepper.weights(), last ? 0 : 1);
            if (last)
                writeSummary(epoch);
            // The summary's log() may come from a libm that leaves the AVX registers' upper
            // halves dirty, which makes the loop's scalar arithmetic several times slower.
            clearUpperVectorState();
            if (options.progress && (epoch + 1) % progressEvery == 0) {
                if (!options.progress(epoch + 1, spec.epochs))
                    return false;
                clearUpperVectorState(); // the callback may have run vector code of its own
            }
        }
        trace.m_final = stepper.weights();
        return true;
    };
    bool finished = false;
    switch (spec.rule) {
    case Rule::Forward: finished = train.template operator()<SingleNeuronStepper, step_writers::Forward>(); break;
    case Rule::DeltaRule: finished = train.template operator()<SingleNeuronStepper, step_writers::DeltaRule>(); break;
    case Rule::BackpropSigmoid: finished = train.template operator()<BackpropStepper<false>, step_writers::Backprop>(); break;
    case Rule::BackpropCrossEntropy: finished = train.template operator()<BackpropStepper<true>, step_writers::Backprop>(); break;
    }
    if (!finished)
        return std::nullopt;
    if (options.progress)
        options.progress(spec.epochs, spec.epochs);
    return trace;
}

Weights Trainer::trainPlain(const TraceSpec &spec)
{
    clearUpperVectorState();
    const Weights initial = Engine::initialWeights(spec.rule, spec.seed);
    // The recording loop's steppers, with nothing written.
    auto train = [&]<typename Stepper>() {
        Stepper stepper(spec, initial);
        for (int epoch = 0; epoch < spec.epochs; ++epoch) {
            for (int k = 0; k < SampleCount; ++k) {
                stepper.step(k);
                stepper.advance();
            }
        }
        return stepper.weights();
    };
    switch (spec.rule) {
    case Rule::BackpropSigmoid: return train.template operator()<BackpropStepper<false>>();
    case Rule::BackpropCrossEntropy: return train.template operator()<BackpropStepper<true>>();
    case Rule::Forward:
    case Rule::DeltaRule: break;
    }
    return train.template operator()<SingleNeuronStepper>();
}

} // namespace deltatrace
