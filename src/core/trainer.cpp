#include "trainer.h"

#include "cpustate.h"
#include "engine.h"
#include "epochsummarizer.h"

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

// One recorded quantity: which, how many numbers, and where they are in a step record.
template<Quantity Q, int N>
struct Field
{
    static constexpr Quantity quantity = Q;
    static constexpr int size = N;
    static const double *in(const StepRecord &r)
    {
        if constexpr (Q == Quantity::V1) return r.v1.data();
        else if constexpr (Q == Quantity::Y1) return r.y1.data();
        else if constexpr (Q == Quantity::V) return &r.v;
        else if constexpr (Q == Quantity::Y) return &r.y;
        else if constexpr (Q == Quantity::E) return &r.e;
        else if constexpr (Q == Quantity::Delta) return &r.delta;
        else if constexpr (Q == Quantity::E1) return r.e1.data();
        else if constexpr (Q == Quantity::Delta1) return r.delta1.data();
        else if constexpr (Q == Quantity::DW) return r.dW.data();
        else if constexpr (Q == Quantity::DW1) return r.dW1.data();
        else if constexpr (Q == Quantity::DW2) return r.dW2.data();
        else if constexpr (Q == Quantity::W) return r.after.W.data();
        else if constexpr (Q == Quantity::W1) return r.after.W1.data();
        else return r.after.W2.data();
    }
};

// Copies one step's values into the columns and tells whether any of them is non-finite.
//
// Why a template: with every size and place known to the compiler, recording a step is a few
// dozen plain moves that run in the shadow of the step's long chain of dependent floating-point
// operations. The generic loop over quantities (a memcpy call each) cost more than the
// arithmetic it recorded. The non-finite test ORs the bits of x * 0, which are those of a zero
// for a finite x and of a nan for inf or nan, so it needs no branch per number.
template<typename... Fields>
struct StepWriter
{
    template<bool Store>
    static bool write(const StepRecord &r, double *const *columns, std::size_t step)
    {
        std::uint64_t probe = 0;
        (copy<Fields, Store>(r, columns, step, probe), ...);
        constexpr std::uint64_t exponent = 0x7ff0000000000000ULL;
        return (probe & exponent) == exponent;
    }

    static bool matches(std::span<const Quantity> recorded)
    {
        const std::array<Quantity, sizeof...(Fields)> mine = {Fields::quantity...};
        const std::array<int, sizeof...(Fields)> sizes = {Fields::size...};
        if (recorded.size() != mine.size())
            return false;
        for (std::size_t i = 0; i < mine.size(); ++i)
            if (recorded[i] != mine[i] || quantityShape(mine[i]).size() != sizes[i])
                return false;
        return true;
    }

private:
    template<typename F, bool Store>
    static void copy(const StepRecord &r, double *const *columns, std::size_t step, std::uint64_t &probe)
    {
        const double *from = F::in(r);
        double *to = Store ? columns[static_cast<std::size_t>(F::quantity)] + step * F::size : nullptr;
        for (int i = 0; i < F::size; ++i) {
            if constexpr (Store)
                to[i] = from[i];
            const double zeroOrNan = from[i] * 0.0;
            std::uint64_t bits;
            std::memcpy(&bits, &zeroOrNan, sizeof bits);
            probe |= bits;
        }
    }
};

using Q = Quantity;
using ForwardWriter = StepWriter<Field<Q::V, 1>, Field<Q::Y, 1>>;
using DeltaRuleWriter = StepWriter<Field<Q::V, 1>, Field<Q::Y, 1>, Field<Q::E, 1>, Field<Q::Delta, 1>,
                                   Field<Q::DW, 3>, Field<Q::W, 3>>;
using BackpropWriter = StepWriter<Field<Q::V1, 4>, Field<Q::Y1, 4>, Field<Q::V, 1>, Field<Q::Y, 1>,
                                  Field<Q::E, 1>, Field<Q::Delta, 1>, Field<Q::E1, 4>, Field<Q::Delta1, 4>,
                                  Field<Q::DW1, 12>, Field<Q::W1, 12>, Field<Q::DW2, 4>, Field<Q::W2, 4>>;

// The first recorded quantity of a step that is non-finite (called once, when a step has one).
Quantity firstNonFinite(Rule rule, const StepRecord &r)
{
    for (Quantity q : recordedQuantities(rule))
        for (double x : r.values(q))
            if (!std::isfinite(x))
                return q;
    return recordedQuantities(rule).front();
}

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
    const int publishEvery = 16; // the summarizer hears of new checkpoints in batches
    EpochSummarizer summarizer(trace.m_spec, trace.m_checkpoints.data(), trace.m_summaries.data());

    // The loop, for the rule's writer; returns false when cancelled.
    auto train = [&]<typename Writer, bool Store>() -> bool {
        Q_ASSERT(Writer::matches(recordedQuantities(spec.rule)));
        StepRecord r;
        r.before = initial;
        std::size_t index = 0;
        for (int epoch = 0; epoch < spec.epochs; ++epoch) {
            Trace::weightsToArray(spec.rule, r.before, trace.m_checkpoints.data() + static_cast<size_t>(epoch) * weightCount);
            if (epoch % publishEvery == 0)
                summarizer.checkpointsWritten(epoch + 1);
            for (int k = 0; k < SampleCount; ++k, ++index) {
                r.x = spec.X.row(k).transpose();
                r.d = spec.D(k);
                Engine::step(spec.rule, spec.alpha, r);
                if (Writer::template write<Store>(r, columns.data(), index) && trace.m_firstNonFiniteStep < 0) [[unlikely]] {
                    trace.m_firstNonFiniteStep = static_cast<long long>(index);
                    trace.m_firstNonFiniteQuantity = firstNonFinite(spec.rule, r);
                }
                if (trace.m_firstSaturatedStep < 0 && saturated(spec.rule, r)) [[unlikely]]
                    trace.m_firstSaturatedStep = static_cast<long long>(index);
                r.before = r.after;
            }
            if (options.progress && (epoch + 1) % progressEvery == 0) {
                if (!options.progress(epoch + 1, spec.epochs))
                    return false;
                clearUpperVectorState(); // the callback may have run vector code of its own
            }
        }
        trace.m_final = r.before;
        return true;
    };
    auto trainFor = [&]<typename Writer>() {
        return full ? train.template operator()<Writer, true>() : train.template operator()<Writer, false>();
    };
    bool finished = false;
    switch (spec.rule) {
    case Rule::Forward: finished = trainFor.template operator()<ForwardWriter>(); break;
    case Rule::DeltaRule: finished = trainFor.template operator()<DeltaRuleWriter>(); break;
    case Rule::BackpropSigmoid:
    case Rule::BackpropCrossEntropy: finished = trainFor.template operator()<BackpropWriter>(); break;
    }
    if (!finished)
        return std::nullopt; // the summarizer stops and is waited for on the way out
    summarizer.finish(trace.m_final);
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
