// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backpropvalues.h"

namespace deltatrace {

std::span<const double> BackpropValues::values(Quantity q) const
{
    switch (q) {
    case Quantity::V1: return v1;
    case Quantity::Y1: return y1;
    case Quantity::V: return {&v, 1};
    case Quantity::Y: return {&y, 1};
    case Quantity::E: return {&e, 1};
    case Quantity::Delta: return {&delta, 1};
    case Quantity::E1: return e1;
    case Quantity::Delta1: return delta1;
    case Quantity::DW1: return dW1;
    case Quantity::W1: return W1;
    case Quantity::DW2: return dW2;
    case Quantity::W2: return W2;
    case Quantity::DW:
    case Quantity::W: break;
    }
    return {};
}

} // namespace deltatrace
