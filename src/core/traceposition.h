// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deltatrace {

// A place in a recorded run: sample step `step` (epoch * 4 + sample), with the operations
// 0..operation of that step done (operationsOf(rule)[operation] is the one just computed).
//
// How the window and the files count, everywhere (issue 12, "one notation"):
// - epoch, sample k and sample step are the lesson's numpy loop indices, 0-based:
//   `for epoch in range(N)`, `for k in range(4)`, sample step = epoch * 4 + k. The trace table's
//   row, the CSV's step column and the toolbar's "Sample step 9617 of 40000" agree.
// - an operation is one quantity of a sample step; "operation i of n" counts them within the
//   sample step from 1, as the arithmetic panel's header does (`operation` here is i - 1).
// - a bare "step" names neither in anything a user reads.
struct TracePosition
{
    long long step = 0;
    int operation = 0;

    bool operator==(const TracePosition &) const = default;
};

} // namespace deltatrace
