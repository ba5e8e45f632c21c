#include "engine.h"

#include "numpyrandom.h"

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

void backpropStep(Rule rule, double alpha, StepRecord &r)
{
    const Weights &w = r.before;
    for (int i = 0; i < HiddenCount; ++i)               // v1 = W1 x
        r.v1(i) = dotInOrder(w.W1.row(i), r.x);
    for (int i = 0; i < HiddenCount; ++i)               // y1 = sigmoid(v1)
        r.y1(i) = Engine::sigmoid(r.v1(i));
    r.v = dotInOrder(w.W2, r.y1);                       // v = W2 y1
    r.y = Engine::sigmoid(r.v);                         // y = sigmoid(v)
    r.e = r.d - r.y;                                    // e = d - y
    r.delta = rule == Rule::BackpropSigmoid ? r.y * (1.0 - r.y) * r.e   // squared error through the sigmoid
                                            : r.e;                      // cross-entropy: the derivative cancels
    r.e1 = w.W2.transpose() * r.delta;                  // e1 = W2^T delta, with W2 before its update
    r.delta1 = r.y1.array() * (1.0 - r.y1.array()) * r.e1.array();  // delta1 = y1 (1 - y1) e1
    const HiddenVector alphaDelta1 = alpha * r.delta1;
    r.dW1 = alphaDelta1 * r.x.transpose();              // dW1 = alpha delta1 x^T
    r.after.W1 = w.W1 + r.dW1;                          // W1 = W1 + dW1
    const double alphaDelta = alpha * r.delta;
    r.dW2 = alphaDelta * r.y1.transpose();              // dW2 = alpha delta y1^T
    r.after.W2 = w.W2 + r.dW2;                          // W2 = W2 + dW2
    r.after.W = w.W;
}

} // namespace

void Engine::step(Rule rule, double alpha, StepRecord &record)
{
    if (isTwoLayer(rule))
        backpropStep(rule, alpha, record);
    else
        singleNeuronStep(rule, alpha, record);
}

double Engine::output(Rule rule, const Weights &weights, const InputVector &x)
{
    if (!isTwoLayer(rule))
        return sigmoid(dotInOrder(weights.W, x));
    HiddenVector y1;
    for (int i = 0; i < HiddenCount; ++i)
        y1(i) = sigmoid(dotInOrder(weights.W1.row(i), x));
    return sigmoid(dotInOrder(weights.W2, y1));
}

} // namespace deltatrace
