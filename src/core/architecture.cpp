// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecture.h"

namespace deltatrace {

int Architecture::totalWeightCount() const
{
    int total = 0;
    for (int l = 1; l <= layerCount(); ++l)
        total += weightCount(l);
    return total;
}

} // namespace deltatrace
