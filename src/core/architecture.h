// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

#include <vector>

namespace deltatrace {

// The shape and training of a general network (lesson format 2, LESSONS.md "General
// networks"): fully connected layers without separate biases (a bias is a column of ones in X),
// one activation per weight layer, the output delta, the batch size and the momentum.
// Weight layer l (1-based) maps sizes[l-1] units to sizes[l] units; its matrix is
// sizes[l] x sizes[l-1], row-major, as numpy draws it.
struct Architecture
{
    // The limits of lesson format 2; the loader refuses anything beyond them.
    static constexpr int MaxWeightLayers = 4;
    static constexpr int MaxUnits = 32;    // inputs and units of every layer
    static constexpr int MaxOutputs = 8;   // units of the output layer (width of D)
    static constexpr int MaxSamples = 256;

    std::vector<int> sizes;                // n0 (inputs), n1, ..., nL (outputs)
    std::vector<Activation> activations;   // one per weight layer
    OutputDelta delta = OutputDelta::SquaredError;
    int batch = 1;                         // samples per update: 1 = SGD, N = whole batch
    double momentum = 0.0;                 // beta; 0 = none

    int layerCount() const { return static_cast<int>(activations.size()); } // weight layers L
    int inputCount() const { return sizes.front(); }
    int outputCount() const { return sizes.back(); }
    int units(int layer) const { return sizes[static_cast<size_t>(layer)]; } // layer 0 = inputs
    // Weights of layer l (1-based): units(l) x units(l-1).
    int weightCount(int layer) const { return units(layer) * units(layer - 1); }
    int totalWeightCount() const;
    Activation activation(int layer) const { return activations[static_cast<size_t>(layer - 1)]; }
    bool batched() const { return batch > 1; }
    bool hasMomentum() const { return momentum != 0.0; }

    bool operator==(const Architecture &other) const = default;
};

} // namespace deltatrace
