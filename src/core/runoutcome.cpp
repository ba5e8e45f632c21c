// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runoutcome.h"

#include "trace.h"

#include <cmath>

namespace deltatrace {

RunOutcome RunOutcome::of(const Trace &trace)
{
    RunOutcome outcome;
    const int epochs = trace.epochCount();
    if (trace.rule() == Rule::Forward || epochs < 1)
        return outcome; // NotTrained

    const EpochSummary last = trace.epochSummary(epochs - 1);
    for (int k = 0; k < SampleCount; ++k) {
        const double y = last.outputs[static_cast<std::size_t>(k)];
        if (!(std::abs(trace.spec().D(k) - y) < 0.5 - Margin))
            outcome.m_unsettled.push_back(k);
    }

    // Walk back from the end while the loss stays near its final value.
    const double final = last.meanSquaredError;
    const double band = FlatTolerance * std::abs(final);
    int from = epochs - 1;
    while (from > 0 && std::abs(trace.epochSummary(from - 1).meanSquaredError - final) <= band)
        --from;
    outcome.m_flatFrom = from;

    const int flatEpochs = epochs - from;
    const bool flat = flatEpochs >= MinFlatEpochs && flatEpochs >= FlatShare * epochs;
    if (trace.firstNonFiniteStep() >= 0)
        outcome.m_kind = Kind::NotFinite;
    else if (outcome.m_unsettled.empty())
        outcome.m_kind = Kind::Solved;
    else if (trace.firstSaturatedStep() >= 0)
        outcome.m_kind = Kind::Saturated;
    else
        outcome.m_kind = flat ? Kind::Stalled : Kind::Learning;
    return outcome;
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
