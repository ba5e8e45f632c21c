// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deltatrace {

// A place in a recorded run: sample step `step` (epoch * 4 + sample), with the operations
// 0..operation of that step done (operationsOf(rule)[operation] is the one just computed).
struct TracePosition
{
    long long step = 0;
    int operation = 0;

    bool operator==(const TracePosition &) const = default;
};

} // namespace deltatrace
