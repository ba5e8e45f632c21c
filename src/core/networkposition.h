// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deltatrace {

// A place in a general network's run (lesson format 2), as TracePosition is for lessons 1-3:
// sample step `step` (epoch * N + sample), with its operations 0..operation done, where
// NetworkTrace::step(step).operations()[operation] is the one just computed. A batch's last
// sample has more operations than the others (the update), so positions are not a fixed
// number per step.
struct NetworkPosition
{
    long long step = 0;
    int operation = 0;
    bool operator==(const NetworkPosition &) const = default;
};

} // namespace deltatrace
