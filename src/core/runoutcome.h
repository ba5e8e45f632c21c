// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace deltatrace {

class NetworkTrace;
class Trace;

// How a recorded run ended, judged from its last epochs, so that every view and the command
// line say the same thing about it. The criteria (docs/OUTCOMES.md gives them in words):
//
//   notTrained  the rule only runs the forward pass;
//   notFinite   some recorded value is inf or nan;
//   solved      every sample's output, with the final weights, is on its target's side of 0.5
//               by at least Margin (|d - y| < 0.5 - Margin);
//   saturated   not solved, and a sigmoid saturated on the way (y exactly 0 or 1): its slope is
//               0 (see firstSaturatedSigmoid for what that stops);
//   stalled     not solved, and the mean squared error has stayed within FlatTolerance of its
//               final value over at least the last FlatShare of the run (and MinFlatEpochs):
//               the run sits on a plateau. More epochs may still get it off: a plateau is not
//               a proof that the method cannot solve the task;
//   learning    not solved, and the loss is still falling: more epochs would help.
class RunOutcome
{
public:
    enum class Kind { NotTrained, NotFinite, Solved, Saturated, Stalled, Learning };

    static constexpr double Margin = 0.1;
    static constexpr double FlatTolerance = 0.01; // relative to the final loss
    static constexpr double FlatShare = 0.1;
    static constexpr int MinFlatEpochs = 10;

    static RunOutcome of(const Trace &trace);
    // A general network's run (lesson format 2), by the same criteria: a sample is settled when
    // every one of its outputs is within 0.5 - Margin of its target; saturation is a sigmoid
    // or tanh layer's output at its bound.
    static RunOutcome of(const NetworkTrace &trace);

    Kind kind() const { return m_kind; }
    // The samples whose final output is on the wrong side of 0.5 or closer to it than Margin.
    const std::vector<int> &unsettledSamples() const { return m_unsettled; }
    // The first epoch from which the loss stayed within FlatTolerance of its final value (the
    // start of the plateau a stalled run sits on); 0 for a run whose loss never moved.
    int flatFromEpoch() const { return m_flatFrom; }

    // The outcome's name in files and on the command line: "solved", "stalled", ...
    static std::string_view keyword(Kind kind);

    // The sigmoid that saturated first, at Trace::firstSaturatedStep(): the output y, or hidden
    // unit `unit` (y1[unit]). What saturation does depends on which one and on the rule: through
    // a saturated hidden unit the slope y1(1 - y1) is 0 and its row of W1 stops learning, but the
    // cross-entropy output delta (delta = e) has no slope factor, so a saturated output still
    // moves W2. The messages say which case it is.
    struct SaturatedSigmoid
    {
        long long step = -1; // -1: no sigmoid saturated
        bool output = false;
        int unit = -1;       // the hidden unit, when not the output
    };
    static SaturatedSigmoid firstSaturatedSigmoid(const Trace &trace);

private:
    // The verdict from what both kinds of run have: the loss of each epoch, the unsettled
    // samples at the end, and whether a value overflowed or a unit saturated.
    template<typename LossOfEpoch>
    static RunOutcome judge(int epochs, LossOfEpoch loss, std::vector<int> unsettled, bool notFinite, bool saturated);

    Kind m_kind = Kind::NotTrained;
    std::vector<int> m_unsettled;
    int m_flatFrom = 0;
};

} // namespace deltatrace
