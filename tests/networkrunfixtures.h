// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs of general networks (lesson format 2) for the tests: the four experiments of the course's
// golden set for general networks (their "spec", written out here), with as many epochs as a
// test needs.
#include "networkrun.h"

#include <QString>

#include <initializer_list>
#include <vector>

namespace deltatrace::fixtures {

inline NetworkData networkData(int inputs, int outputs, std::initializer_list<double> x, std::initializer_list<double> d)
{
    NetworkData data;
    data.inputCount = inputs;
    data.outputCount = outputs;
    data.x = x;
    data.d = d;
    data.sampleCount = static_cast<int>(data.x.size()) / inputs;
    return data;
}

inline NetworkRun networkRun(const QString &experiment, std::vector<int> layers, std::vector<Activation> activations,
                             OutputDelta delta, int batch, double momentum, double alpha, int epochs, std::uint32_t seed,
                             NetworkData data)
{
    NetworkRun run;
    run.lessonId = QStringLiteral("04-general");
    run.experimentId = experiment;
    // Bytes a text transfer would mangle: CR LF, a NUL, UTF-8.
    static const char source[] = "{\"format\": 2,\r\n \"id\": \"04-general\", \"title\": \"일반 신경망\"}\n\0tail";
    run.lessonSource = QByteArray(source, sizeof source - 1);
    run.architecture.sizes = std::move(layers);
    run.architecture.activations = std::move(activations);
    run.architecture.delta = delta;
    run.architecture.batch = batch;
    run.architecture.momentum = momentum;
    run.data = std::move(data);
    run.alpha = alpha;
    run.epochs = epochs;
    run.seed = seed;
    return run;
}

// golden/general/delta_batch-seed0: Kim's batch delta rule, [3, 1], batch 4.
inline NetworkRun deltaBatch(int epochs)
{
    return networkRun(QStringLiteral("delta-batch"), {3, 1}, {Activation::Sigmoid}, OutputDelta::SquaredError, 4, 0.0, 0.9, epochs, 0,
                      networkData(3, 1, {0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1}, {0, 0, 1, 1}));
}

// golden/general/backprop_momentum-seed0: lesson 3's 3-4-1 network, sigmoid delta, momentum 0.9.
inline NetworkRun backpropMomentum(int epochs)
{
    return networkRun(QStringLiteral("backprop-momentum"), {3, 4, 1}, {Activation::Sigmoid, Activation::Sigmoid}, OutputDelta::SquaredError,
                      1, 0.9, 0.9, epochs, 0, networkData(3, 1, {0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1}, {0, 1, 1, 0}));
}

// golden/general/rings_tanh_minibatch-seed2: [3, 5, 3, 1] tanh-tanh-sigmoid, ce, mini-batch 4,
// momentum 0.5.
inline NetworkRun ringsTanhMinibatch(int epochs)
{
    return networkRun(QStringLiteral("rings"), {3, 5, 3, 1}, {Activation::Tanh, Activation::Tanh, Activation::Sigmoid},
                      OutputDelta::CrossEntropy, 4, 0.5, 0.3, epochs, 2,
                      networkData(3, 1,
                                  {0.0, 0.9, 1, 0.9, 0.0, 1, 0.0, -0.9, 1, -0.9, 0.0, 1,
                                   0.2, 0.3, 1, -0.3, 0.2, 1, 0.25, -0.2, 1, -0.1, -0.3, 1},
                                  {0, 0, 0, 0, 1, 1, 1, 1}));
}

// golden/general/three_class_softmax-seed5: [4, 6, 3] relu-softmax, ce, SGD.
inline NetworkRun threeClassSoftmax(int epochs)
{
    return networkRun(QStringLiteral("three-class"), {4, 6, 3}, {Activation::Relu, Activation::Softmax}, OutputDelta::CrossEntropy, 1, 0.0,
                      0.1, epochs, 5,
                      networkData(4, 3, {1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1},
                                  {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1}));
}

} // namespace deltatrace::fixtures
