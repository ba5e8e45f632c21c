// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quantity.h"

#include <optional>
#include <span>
#include <string_view>

namespace deltatrace {

// The learning rules of the course. Forward only runs the forward pass (lesson 1, part one).
enum class Rule : unsigned char { Forward, DeltaRule, BackpropSigmoid, BackpropCrossEntropy };

std::string_view ruleName(Rule r);                 // "forward", "delta-rule", "backprop-sigmoid", "backprop-ce"
std::optional<Rule> ruleFromName(std::string_view name);

constexpr bool isTwoLayer(Rule r) { return r == Rule::BackpropSigmoid || r == Rule::BackpropCrossEntropy; }
constexpr bool updatesWeights(Rule r) { return r != Rule::Forward; }
int hiddenUnits(Rule r);                           // 4 for backprop, 0 otherwise

// The operations of one sample step in the order the lesson computes them.
std::span<const Quantity> operationsOf(Rule r);
// The quantities recorded for every step (the operations, in storage order).
std::span<const Quantity> recordedQuantities(Rule r);
// Where quantity q comes in the rule's operations (0-based), or -1 if the rule does not compute it.
int operationIndex(Rule r, Quantity q);
// Which weight quantities a rule has: {W} or {W1, W2}.
std::span<const Quantity> weightQuantities(Rule r);

} // namespace deltatrace
