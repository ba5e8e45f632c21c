// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace deltatrace {

// Every value the engine records for one sample step. The names are the lesson's symbols;
// a code listing line names the quantity it computes, and an "operation" of the stepper is
// exactly one quantity being computed (W, W1 and W2 stand for the weight updates).
enum class Quantity : unsigned char {
    V1, Y1, V, Y, E, Delta, E1, Delta1, DW, DW1, DW2, W, W1, W2,
};
inline constexpr int QuantityCount = 14;

// Shape of a quantity as a rows x cols matrix (vectors are 1 x n or n x 1 as numpy had them).
struct Shape {
    int rows = 0;
    int cols = 0;
    constexpr int size() const { return rows * cols; }
};

std::string_view quantityName(Quantity q);
std::optional<Quantity> quantityFromName(std::string_view name);
Shape quantityShape(Quantity q);
// One number of a quantity, named as numpy indexes it, 0-based, the one notation of every view
// and export: "v" for a single value, "y1[2]" for a vector's element, "W1[2,0]" for a matrix's
// (the weights are matrices even with one row, "W[0,1]", as the listing creates them).
std::string elementName(Quantity q, int element);

} // namespace deltatrace
