// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceevents.h"

#include "runoutcome.h"
#include "trace.h"

#include <cmath>

namespace deltatrace {

namespace {
// The last operation of an epoch: where its end-of-epoch weights are complete.
TracePosition endOfEpoch(const Trace &trace, int epoch)
{
    const auto operations = static_cast<int>(operationsOf(trace.rule()).size());
    return TracePosition{static_cast<long long>(epoch) * SampleCount + (SampleCount - 1), operations - 1};
}
} // namespace

TraceEvents TraceEvents::find(const Trace &trace)
{
    TraceEvents events;
    const auto set = [&events](Event e, TracePosition p) { events.m_positions[static_cast<size_t>(e)] = p; };
    if (trace.epochCount() < 1)
        return events;

    if (trace.firstNonFiniteStep() >= 0) {
        set(Event::FirstNonFinite,
            TracePosition{trace.firstNonFiniteStep(), std::max(0, operationIndex(trace.rule(), trace.firstNonFiniteQuantity()))});
    }

    const RunOutcome::SaturatedSigmoid saturated = RunOutcome::firstSaturatedSigmoid(trace);
    if (saturated.step >= 0) {
        const Quantity q = saturated.output ? Quantity::Y : Quantity::Y1;
        set(Event::FirstSaturation, TracePosition{saturated.step, std::max(0, operationIndex(trace.rule(), q))});
    }

    // The forward rule never updates: its outputs are those of the initial weights throughout,
    // so "the first epoch on the right side" says nothing about learning there.
    if (updatesWeights(trace.rule())) {
        const auto &D = trace.spec().D;
        for (int epoch = 0; epoch < trace.epochCount(); ++epoch) {
            const EpochSummary summary = trace.epochSummary(epoch);
            bool all = true;
            for (int k = 0; k < SampleCount && all; ++k)
                all = std::abs(D(k) - summary.outputs[static_cast<size_t>(k)]) < 0.5; // false for nan
            if (all) {
                set(Event::AllRightSide, endOfEpoch(trace, epoch));
                break;
            }
        }
        const RunOutcome outcome = RunOutcome::of(trace);
        if (outcome.kind() == RunOutcome::Kind::Stalled)
            set(Event::StallStart, endOfEpoch(trace, outcome.flatFromEpoch()));
    }
    return events;
}

QString TraceEvents::name(Event event)
{
    switch (event) {
    case Event::FirstSaturation: return QStringLiteral("first-saturation");
    case Event::AllRightSide: return QStringLiteral("all-right-side");
    case Event::StallStart: return QStringLiteral("stall-start");
    case Event::FirstNonFinite: break;
    }
    return QStringLiteral("first-non-finite");
}

std::optional<TraceEvents::Event> TraceEvents::fromName(const QString &name)
{
    for (Event e : AllEvents)
        if (TraceEvents::name(e) == name)
            return e;
    return std::nullopt;
}

} // namespace deltatrace
