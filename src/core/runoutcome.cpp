// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runoutcome.h"

#include "networktrace.h"
#include "trace.h"

#include <cmath>

namespace deltatrace {

template<typename LossOfEpoch>
RunOutcome RunOutcome::judge(int epochs, LossOfEpoch loss, std::vector<int> unsettled, bool notFinite, bool saturated)
{
    RunOutcome outcome;
    outcome.m_unsettled = std::move(unsettled);
    // Walk back from the end while the loss stays near its final value.
    const double final = loss(epochs - 1);
    const double band = FlatTolerance * std::abs(final);
    int from = epochs - 1;
    while (from > 0 && std::abs(loss(from - 1) - final) <= band)
        --from;
    outcome.m_flatFrom = from;
    const int flatEpochs = epochs - from;
    const bool flat = flatEpochs >= MinFlatEpochs && flatEpochs >= FlatShare * epochs;

    if (notFinite)
        outcome.m_kind = Kind::NotFinite;
    else if (outcome.m_unsettled.empty())
        outcome.m_kind = Kind::Solved;
    else if (saturated)
        outcome.m_kind = Kind::Saturated;
    else
        outcome.m_kind = flat ? Kind::Stalled : Kind::Learning;
    return outcome;
}

RunOutcome RunOutcome::of(const Trace &trace)
{
    const int epochs = trace.epochCount();
    if (trace.rule() == Rule::Forward || epochs < 1)
        return RunOutcome(); // NotTrained
    const EpochSummary last = trace.epochSummary(epochs - 1);
    std::vector<int> unsettled;
    for (int k = 0; k < SampleCount; ++k) {
        const double y = last.outputs[static_cast<std::size_t>(k)];
        if (!(std::abs(trace.spec().D(k) - y) < 0.5 - Margin))
            unsettled.push_back(k);
    }
    return judge(
        epochs, [&trace](int epoch) { return trace.epochSummary(epoch).meanSquaredError; }, std::move(unsettled),
        trace.firstNonFiniteStep() >= 0, trace.firstSaturatedStep() >= 0);
}

RunOutcome RunOutcome::of(const NetworkTrace &trace)
{
    const int epochs = trace.epochCount();
    if (epochs < 1)
        return RunOutcome();
    const NetworkData &data = trace.run().data;
    const std::vector<double> outputs = trace.outputsAtEpochEnd(epochs - 1);
    std::vector<int> unsettled;
    for (int k = 0; k < data.sampleCount; ++k) {
        const std::span<const double> d = data.target(k);
        for (int i = 0; i < data.outputCount; ++i) {
            if (!(std::abs(d[static_cast<std::size_t>(i)] - outputs[static_cast<std::size_t>(k * data.outputCount + i)]) < 0.5 - Margin)) {
                unsettled.push_back(k);
                break;
            }
        }
    }
    return judge(
        epochs, [&trace](int epoch) { return trace.epochSummary(epoch).meanSquaredError; }, std::move(unsettled),
        trace.firstNonFiniteStep() >= 0, trace.firstSaturatedStep() >= 0);
}

RunOutcome::SaturatedSigmoid RunOutcome::firstSaturatedSigmoid(const Trace &trace)
{
    SaturatedSigmoid s;
    s.step = trace.firstSaturatedStep();
    if (s.step < 0)
        return s;
    // One step, recomputed from a checkpoint at most: the recording keeps only the step's index.
    const StepRecord r = trace.step(s.step);
    auto saturated = [](double y) { return y == 0.0 || y == 1.0; };
    if (isTwoLayer(trace.rule())) {
        for (int i = 0; i < HiddenCount; ++i) {
            if (saturated(r.y1[static_cast<std::size_t>(i)])) {
                s.unit = i; // hidden first: the forward pass reaches it before the output
                return s;
            }
        }
    }
    s.output = true;
    return s;
}

std::string_view RunOutcome::keyword(Kind kind)
{
    switch (kind) {
    case Kind::NotTrained: return "notTrained";
    case Kind::NotFinite: return "notFinite";
    case Kind::Solved: return "solved";
    case Kind::Saturated: return "saturated";
    case Kind::Stalled: return "stalled";
    case Kind::Learning: return "learning";
    }
    return "notTrained";
}

} // namespace deltatrace
