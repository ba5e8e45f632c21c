// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantity.h"

namespace deltatrace {

namespace {
constexpr std::array<std::string_view, QuantityCount> kNames = {
    "v1", "y1", "v", "y", "e", "delta", "e1", "delta1", "dW", "dW1", "dW2", "W", "W1", "W2",
};
// Shapes as numpy leaves them in the lessons' code: hidden vectors are 4-vectors, the output
// quantities 1-vectors, dW of the single neuron 1x3, dW1 4x3, dW2 1x4.
constexpr std::array<Shape, QuantityCount> kShapes = {{
    {4, 1}, {4, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}, {4, 1}, {4, 1},
    {1, 3}, {4, 3}, {1, 4}, {1, 3}, {4, 3}, {1, 4},
}};
} // namespace

std::string_view quantityName(Quantity q) { return kNames[static_cast<size_t>(q)]; }

std::optional<Quantity> quantityFromName(std::string_view name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<Quantity>(i);
    return std::nullopt;
}

Shape quantityShape(Quantity q) { return kShapes[static_cast<size_t>(q)]; }

std::string elementName(Quantity q, int element)
{
    std::string name(quantityName(q));
    const Shape s = quantityShape(q);
    if (s.size() == 1)
        return name;
    const bool matrix = q == Quantity::W || q == Quantity::W1 || q == Quantity::W2 || (s.rows > 1 && s.cols > 1);
    if (matrix)
        return name + '[' + std::to_string(element / s.cols) + ',' + std::to_string(element % s.cols) + ']';
    return name + '[' + std::to_string(element) + ']';
}

} // namespace deltatrace
