#include "trainer.h"

#include "cpustate.h"
#include "engine.h"

#include <cmath>
#include <cstring>

namespace deltatrace {

std::size_t Trainer::fullRecordBytes(const TraceSpec &spec)
{
    std::size_t perStep = 0;
    for (Quantity q : recordedQuantities(spec.rule))
        perStep += static_cast<std::size_t>(quantityShape(q).size());
    return perStep * sizeof(double) * static_cast<std::size_t>(spec.stepCount());
}

EpochSummary Trainer::summarize(const TraceSpec &spec, const Weights &weights)
{
    EpochSummary s;
    double squared = 0.0;
    double entropy = 0.0;
    for (int k = 0; k < SampleCount; ++k) {
        const double y = Engine::output(spec.rule, weights, spec.X.row(k).transpose());
        const double d = spec.D(k);
        s.outputs[static_cast<size_t>(k)] = y;
        squared += (d - y) * (d - y);
        entropy += -(d * std::log(y) + (1.0 - d) * std::log(1.0 - y));
    }
    s.meanSquaredError = squared / SampleCount;
    s.crossEntropy = entropy / SampleCount;
    return s;
}

namespace {

bool allFinite(std::span<const double> values)
{
    for (double v : values)
        if (!std::isfinite(v))
            return false;
    return true;
}

bool isSaturated(double y) { return y == 0.0 || y == 1.0; }

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

} // namespace

std::optional<Trace> Trainer::record(const TraceSpec &spec, const Options &options)
{
    clearUpperVectorState();
    const Weights initial = Engine::initialWeights(spec.rule, spec.seed);
    const bool full = fullRecordBytes(spec) <= options.fullRecordBudget;
    Trace trace(spec, initial, full);

    // Where each recorded quantity lives in the step record, and where its column starts.
    // The record is reused for every step, so these pointers stay valid and no step allocates.
    StepRecord r;
    struct Sink { const double *from; double *to; std::size_t size; Quantity q; };
    std::vector<Sink> sinks;
    for (Quantity q : recordedQuantities(spec.rule)) {
        const auto size = static_cast<std::size_t>(quantityShape(q).size());
        sinks.push_back({r.values(q).data(), full ? trace.mutableColumn(q).data() : nullptr, size, q});
    }

    const int weightCount = Trace::weightCount(spec.rule);
    const long long progressEvery = 1024;
    Weights w = initial;
    long long index = 0;
    for (int epoch = 0; epoch < spec.epochs; ++epoch) {
        Trace::weightsToArray(spec.rule, w, trace.m_checkpoints.data() + static_cast<size_t>(epoch) * static_cast<size_t>(weightCount));
        for (int k = 0; k < SampleCount; ++k, ++index) {
            r.before = w;
            r.x = spec.X.row(k).transpose();
            r.d = spec.D(k);
            Engine::step(spec.rule, spec.alpha, r);
            w = r.after;
            if (full) {
                for (Sink &s : sinks) {
                    std::memcpy(s.to, s.from, s.size * sizeof(double));
                    s.to += s.size;
                }
            }
            if (trace.m_firstSaturatedStep < 0 && saturated(spec.rule, r))
                trace.m_firstSaturatedStep = index;
            if (trace.m_firstNonFiniteStep < 0) {
                for (const Sink &s : sinks) {
                    if (!allFinite({s.from, s.size})) {
                        trace.m_firstNonFiniteStep = index;
                        trace.m_firstNonFiniteQuantity = s.q;
                        break;
                    }
                }
            }
        }
        const EpochSummary s = summarize(spec, w);
        double *row = trace.m_summaries.data() + static_cast<size_t>(epoch) * Trace::SummaryWidth;
        row[0] = s.meanSquaredError;
        row[1] = s.crossEntropy;
        std::memcpy(row + 2, s.outputs.data(), sizeof(double) * SampleCount);

        if (options.progress && (epoch + 1) % progressEvery == 0) {
            if (!options.progress(epoch + 1, spec.epochs))
                return std::nullopt;
            clearUpperVectorState(); // the callback may have run vector code of its own
        }
    }
    trace.m_final = w;
    if (options.progress)
        options.progress(spec.epochs, spec.epochs);
    return trace;
}

Weights Trainer::trainPlain(const TraceSpec &spec)
{
    clearUpperVectorState();
    StepRecord r;
    r.before = Engine::initialWeights(spec.rule, spec.seed);
    for (int epoch = 0; epoch < spec.epochs; ++epoch) {
        for (int k = 0; k < SampleCount; ++k) {
            r.x = spec.X.row(k).transpose();
            r.d = spec.D(k);
            Engine::step(spec.rule, spec.alpha, r);
            r.before = r.after;
        }
    }
    return r.before;
}

} // namespace deltatrace
