// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backpropvalues.h"
#include "network.h"
#include "rule.h"
#include "steprecord.h"

#include <cmath>
#include <cstdint>

namespace deltatrace {

// The arithmetic of the course, one sample step at a time, in the order of operations of the
// lesson's numpy code (docs/ARITHMETIC.md), so that every double matches numpy's.
class Engine
{
public:
    // np.random.seed(seed); W = 2*np.random.random(shape) - 1, W1 drawn before W2.
    static Weights initialWeights(Rule rule, std::uint32_t seed);

    // Inline: it sits on the training loop's critical path, twice per step.
    static double sigmoid(double v) { return 1.0 / (1.0 + std::exp(-v)); }

    // Computes every quantity of one step from record.before, record.x and record.d, and
    // leaves the updated weights in record.after (equal to before for the forward-only rule).
    static void step(Rule rule, double alpha, StepRecord &record);

    // The forward pass of the 3-4-1 network in pieces: a caller with several inputs can start
    // all their exp() calls before waiting on any (the summaries do).
    // v1 = W1 x, W1 row-major.
    static void hiddenSums(const double *W1, const double *x, double *v1)
    {
        // Dot products are summed left to right, as numpy's small-vector dot does: a vectorised
        // reduction would pair the terms differently and drift from numpy in the last bit.
        for (int i = 0; i < HiddenCount; ++i) {
            double sum = W1[i * InputCount] * x[0];
            for (int j = 1; j < InputCount; ++j)
                sum += W1[i * InputCount + j] * x[j];
            v1[i] = sum;
        }
    }
    // v = W2 y1.
    static double outputSum(const double *W2, const double *y1)
    {
        double v = W2[0] * y1[0];
        for (int i = 1; i < HiddenCount; ++i)
            v += W2[i] * y1[i];
        return v;
    }
    // v1 = W1 x and y1 = sigmoid(v1).
    static void hiddenLayer(const double *W1, const double *x, double *v1, double *y1)
    {
        hiddenSums(W1, x, v1);
        for (int i = 0; i < HiddenCount; ++i)
            y1[i] = sigmoid(v1[i]);
    }
    // v = W2 y1; returns y = sigmoid(v).
    static double outputLayer(const double *W2, const double *y1, double &v)
    {
        v = outputSum(W2, y1);
        return sigmoid(v);
    }

    // One backpropagation step of the 3-4-1 network from plain arrays: weights before the step
    // (W1 row-major), the sample's input and target. The only place this arithmetic is
    // written: step() and the recording loop both call it, so a recorded step and a step
    // recomputed from a checkpoint are the same operations. Inline, for the recording loop.
    template<bool CrossEntropy>
    static void backpropStep(const double *W1, const double *W2, const double *x, double d, double alpha,
                             BackpropValues &s);
    // The backward half of backpropStep: from the forward half's y1 and y (and the same
    // weights and sample), fills s's e, delta, e1, delta1, dW1, W1, dW2 and W2. A recording
    // runs it a second time on another core, with y1 and y read from the trace, to fill those
    // columns while the training loop writes only the forward half.
    template<bool CrossEntropy>
    static void backwardPass(const double *W1, const double *W2, const double *x, double d, double alpha,
                             const double *y1, double y, BackpropValues &s);

    // The network's output for one input, without recording (for summaries and the input plane).
    static double output(Rule rule, const Weights &weights, const InputVector &x);
};

template<bool CrossEntropy>
inline void Engine::backpropStep(const double *W1, const double *W2, const double *x, double d, double alpha,
                                 BackpropValues &s)
{
    hiddenLayer(W1, x, s.v1, s.y1);                               // v1 = W1 x, y1 = sigmoid(v1)
    s.y = outputLayer(W2, s.y1, s.v);                             // v = W2 y1, y = sigmoid(v)
    backwardPass<CrossEntropy>(W1, W2, x, d, alpha, s.y1, s.y, s);
}

template<bool CrossEntropy>
inline void Engine::backwardPass(const double *W1, const double *W2, const double *x, double d, double alpha,
                                 const double *y1, double y, BackpropValues &s)
{
    constexpr int H = HiddenCount;
    constexpr int I = InputCount;
    s.e = d - y;                                                // e = d - y
    if constexpr (CrossEntropy)
        s.delta = s.e;                                            // cross-entropy: the derivative cancels
    else
        s.delta = y * (1.0 - y) * s.e;                        // squared error through the sigmoid
    for (int i = 0; i < H; ++i)                                   // e1 = W2^T delta (W2 before its update)
        s.e1[i] = W2[i] * s.delta;
    for (int i = 0; i < H; ++i)                                   // delta1 = y1 (1 - y1) e1
        s.delta1[i] = y1[i] * (1.0 - y1[i]) * s.e1[i];
    for (int i = 0; i < H; ++i) {
        const double alphaDelta1 = alpha * s.delta1[i];
        for (int j = 0; j < I; ++j) {
            s.dW1[i * I + j] = alphaDelta1 * x[j];                // dW1 = alpha delta1 x^T
            s.W1[i * I + j] = W1[i * I + j] + s.dW1[i * I + j];   // W1 = W1 + dW1
        }
    }
    const double alphaDelta = alpha * s.delta;
    for (int i = 0; i < H; ++i) {
        s.dW2[i] = alphaDelta * y1[i];                          // dW2 = alpha delta y1^T
        s.W2[i] = W2[i] + s.dW2[i];                               // W2 = W2 + dW2
    }
}

} // namespace deltatrace
