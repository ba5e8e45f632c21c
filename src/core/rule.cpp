// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include <algorithm>
#include <array>

namespace deltatrace {

namespace {
using Q = Quantity;
constexpr std::array kForwardOps = {Q::V, Q::Y};
constexpr std::array kDeltaOps = {Q::V, Q::Y, Q::E, Q::Delta, Q::DW, Q::W};
constexpr std::array kBackpropOps = {Q::V1, Q::Y1, Q::V, Q::Y, Q::E, Q::Delta, Q::E1, Q::Delta1,
                                     Q::DW1, Q::W1, Q::DW2, Q::W2};
constexpr std::array kSingleWeights = {Q::W};
constexpr std::array kTwoWeights = {Q::W1, Q::W2};
constexpr std::array<std::string_view, 4> kRuleNames = {"forward", "delta-rule", "backprop-sigmoid",
                                                        "backprop-ce"};
} // namespace

std::string_view ruleName(Rule r) { return kRuleNames[static_cast<size_t>(r)]; }

std::optional<Rule> ruleFromName(std::string_view name)
{
    for (size_t i = 0; i < kRuleNames.size(); ++i)
        if (kRuleNames[i] == name)
            return static_cast<Rule>(i);
    return std::nullopt;
}

int hiddenUnits(Rule r) { return isTwoLayer(r) ? 4 : 0; }

std::span<const Quantity> operationsOf(Rule r)
{
    switch (r) {
    case Rule::Forward: return kForwardOps;
    case Rule::DeltaRule: return kDeltaOps;
    case Rule::BackpropSigmoid:
    case Rule::BackpropCrossEntropy: return kBackpropOps;
    }
    return {};
}

std::span<const Quantity> recordedQuantities(Rule r) { return operationsOf(r); }

int operationIndex(Rule r, Quantity q)
{
    const auto ops = operationsOf(r);
    const auto it = std::find(ops.begin(), ops.end(), q);
    return it == ops.end() ? -1 : static_cast<int>(it - ops.begin());
}

std::span<const Quantity> weightQuantities(Rule r)
{
    if (isTwoLayer(r))
        return kTwoWeights;
    return kSingleWeights;
}

} // namespace deltatrace
