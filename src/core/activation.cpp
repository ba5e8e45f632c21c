// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activation.h"

#include <array>

namespace deltatrace {

namespace {
constexpr std::array<std::string_view, 5> kActivationNames = {"sigmoid", "tanh", "relu", "linear", "softmax"};
constexpr std::array<std::string_view, 2> kDeltaNames = {"sse", "ce"};
} // namespace

std::string_view activationName(Activation a) { return kActivationNames[static_cast<size_t>(a)]; }

std::optional<Activation> activationFromName(std::string_view name)
{
    for (size_t i = 0; i < kActivationNames.size(); ++i)
        if (kActivationNames[i] == name)
            return static_cast<Activation>(i);
    return std::nullopt;
}

std::string_view activationNames() { return "sigmoid, tanh, relu, linear, softmax"; }

std::string_view outputDeltaName(OutputDelta d) { return kDeltaNames[static_cast<size_t>(d)]; }

std::optional<OutputDelta> outputDeltaFromName(std::string_view name)
{
    for (size_t i = 0; i < kDeltaNames.size(); ++i)
        if (kDeltaNames[i] == name)
            return static_cast<OutputDelta>(i);
    return std::nullopt;
}

} // namespace deltatrace
