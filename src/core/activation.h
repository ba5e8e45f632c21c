// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace deltatrace {

// The activation functions a layer of a general network may have (lesson format 2). Softmax is
// for the output layer only, with the cross-entropy delta; the others anywhere.
enum class Activation : unsigned char { Sigmoid, Tanh, Relu, Linear, Softmax };

std::string_view activationName(Activation a);   // "sigmoid", "tanh", "relu", "linear", "softmax"
std::optional<Activation> activationFromName(std::string_view name);
// All names, for error messages: "sigmoid, tanh, relu, linear, softmax".
std::string_view activationNames();

// The output delta of a general network: squared error through the output's derivative
// (f'(v) e, lessons 1-3's "backprop-sigmoid") or cross-entropy (e, "backprop-ce").
enum class OutputDelta : unsigned char { SquaredError, CrossEntropy };

std::string_view outputDeltaName(OutputDelta d);  // "sse", "ce"
std::optional<OutputDelta> outputDeltaFromName(std::string_view name);

} // namespace deltatrace
