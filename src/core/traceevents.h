// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traceposition.h"

#include <QString>

#include <array>
#include <optional>

namespace deltatrace {

class Trace;

// The moments of a run worth stopping at, found once per trace so that stepping never pays for
// them. They depend on the seed and the learning rate, which is why a tour names them instead of
// a fixed epoch: the tour stays true for any run of its experiment. Each is defined precisely:
//
//   first-saturation  the first sigmoid that saturated, RunOutcome::firstSaturatedSigmoid(): at
//                     Trace::firstSaturatedStep(), the operation computing it (y1 when a hidden
//                     unit came first, else y). That value is exactly 0 or 1.
//   all-right-side    the first epoch at whose end every sample's output, computed with the
//                     weights after the epoch's last update (EpochSummary::outputs), is on its
//                     target's side of 0.5: |d - y| < 0.5 for all four samples. The position is
//                     the epoch's last operation (those weights are then complete). It may come
//                     before the run is solved in RunOutcome's sense, which asks for a margin.
//   stall-start       only in a run RunOutcome calls stalled: the first epoch of the plateau it
//                     sits on, RunOutcome::flatFromEpoch() (the first epoch from which the loss
//                     at each epoch's end stayed within FlatTolerance of its final value). The
//                     position is that epoch's last operation.
//   first-non-finite  the operation that first computed inf or nan (Trace::firstNonFiniteStep()).
//
// An event that does not happen in a run has no position.
class TraceEvents
{
public:
    enum class Event { FirstSaturation, AllRightSide, StallStart, FirstNonFinite };
    static constexpr int EventCount = 4;
    static constexpr std::array<Event, EventCount> AllEvents = {Event::FirstSaturation, Event::AllRightSide, Event::StallStart,
                                                                Event::FirstNonFinite};

    // Reads the epoch summaries once (O(epochs)) and recomputes at most one step.
    static TraceEvents find(const Trace &trace);

    std::optional<TracePosition> position(Event event) const { return m_positions[static_cast<size_t>(event)]; }

    // The event's name in tour files: "first-saturation", "all-right-side", "stall-start",
    // "first-non-finite"; and back (none for an unknown name).
    static QString name(Event event);
    static std::optional<Event> fromName(const QString &name);

private:
    std::array<std::optional<TracePosition>, EventCount> m_positions{};
};

} // namespace deltatrace
