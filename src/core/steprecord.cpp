// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "steprecord.h"

namespace deltatrace {

namespace {
template<typename Record>
auto valuesOf(Record &r, Quantity q) -> std::span<std::remove_pointer_t<decltype(r.v1.data())>>
{
    switch (q) {
    case Quantity::V1: return {r.v1.data(), 4};
    case Quantity::Y1: return {r.y1.data(), 4};
    case Quantity::V: return {&r.v, 1};
    case Quantity::Y: return {&r.y, 1};
    case Quantity::E: return {&r.e, 1};
    case Quantity::Delta: return {&r.delta, 1};
    case Quantity::E1: return {r.e1.data(), 4};
    case Quantity::Delta1: return {r.delta1.data(), 4};
    case Quantity::DW: return {r.dW.data(), 3};
    case Quantity::DW1: return {r.dW1.data(), 12};
    case Quantity::DW2: return {r.dW2.data(), 4};
    case Quantity::W: return {r.after.W.data(), 3};
    case Quantity::W1: return {r.after.W1.data(), 12};
    case Quantity::W2: return {r.after.W2.data(), 4};
    }
    return {};
}
} // namespace

std::span<const double> StepRecord::values(Quantity q) const { return valuesOf(*this, q); }
std::span<double> StepRecord::values(Quantity q) { return valuesOf(*this, q); }

std::span<const double> StepRecord::weightsBefore(Quantity q) const
{
    switch (q) {
    case Quantity::W: return {before.W.data(), 3};
    case Quantity::W1: return {before.W1.data(), 12};
    case Quantity::W2: return {before.W2.data(), 4};
    default: return {};
    }
}

} // namespace deltatrace
