// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "numpyrandom.h"

#include <algorithm>
#include <cmath>

namespace deltatrace {

Weights Engine::initialWeights(Rule rule, std::uint32_t seed)
{
    NumpyRandom random(seed);
    Weights w;
    // numpy fills matrices row by row; our weight matrices are row-major, so data() order is numpy's.
    auto fill = [&random](double *data, int count) {
        for (int i = 0; i < count; ++i)
            data[i] = random.signedWeight();
    };
    if (isTwoLayer(rule)) {
        fill(w.W1.data(), static_cast<int>(w.W1.size()));
        fill(w.W2.data(), static_cast<int>(w.W2.size()));
    } else {
        fill(w.W.data(), static_cast<int>(w.W.size()));
    }
    return w;
}

namespace {

// A dot product summed left to right, as numpy's small-vector dot does; Eigen's vectorised
// reduction would pair the terms differently and drift from numpy in the last bit.
template<typename A, typename B>
double dotInOrder(const A &a, const B &b)
{
    double sum = a(0) * b(0);
    for (Eigen::Index i = 1; i < a.size(); ++i)
        sum += a(i) * b(i);
    return sum;
}

void singleNeuronStep(Rule rule, double alpha, StepRecord &r)
{
    r.v = dotInOrder(r.before.W, r.x);                 // v = W x
    r.y = Engine::sigmoid(r.v);                        // y = sigmoid(v)
    if (rule == Rule::Forward) {
        r.after = r.before;
        return;
    }
    r.e = r.d - r.y;                                   // e = d - y
    r.delta = r.y * (1.0 - r.y) * r.e;                 // delta = y (1 - y) e
    const double alphaDelta = alpha * r.delta;
    r.dW = alphaDelta * r.x.transpose();               // dW = alpha delta x^T
    r.after.W = r.before.W + r.dW;                     // W = W + dW
    r.after.W1 = r.before.W1;
    r.after.W2 = r.before.W2;
}

void backpropRecordStep(Rule rule, double alpha, StepRecord &r)
{
    BackpropValues s;
    const double *W1 = r.before.W1.data();
    const double *W2 = r.before.W2.data();
    if (rule == Rule::BackpropCrossEntropy)
        Engine::backpropStep<true>(W1, W2, r.x.data(), r.d, alpha, s);
    else
        Engine::backpropStep<false>(W1, W2, r.x.data(), r.d, alpha, s);
    std::copy_n(s.v1, HiddenCount, r.v1.data());
    std::copy_n(s.y1, HiddenCount, r.y1.data());
    r.v = s.v;
    r.y = s.y;
    r.e = s.e;
    r.delta = s.delta;
    std::copy_n(s.e1, HiddenCount, r.e1.data());
    std::copy_n(s.delta1, HiddenCount, r.delta1.data());
    std::copy_n(s.dW1, BackpropValues::WeightCount1, r.dW1.data());
    std::copy_n(s.W1, BackpropValues::WeightCount1, r.after.W1.data());
    std::copy_n(s.dW2, HiddenCount, r.dW2.data());
    std::copy_n(s.W2, HiddenCount, r.after.W2.data());
    r.after.W = r.before.W;
}

} // namespace

void Engine::step(Rule rule, double alpha, StepRecord &record)
{
    if (isTwoLayer(rule))
        backpropRecordStep(rule, alpha, record);
    else
        singleNeuronStep(rule, alpha, record);
}

double Engine::output(Rule rule, const Weights &weights, const InputVector &x)
{
    if (!isTwoLayer(rule))
        return sigmoid(dotInOrder(weights.W, x));
    double v1[HiddenCount];
    double y1[HiddenCount];
    double v = 0.0;
    hiddenLayer(weights.W1.data(), x.data(), v1, y1);
    return outputLayer(weights.W2.data(), y1, v);
}

} // namespace deltatrace
