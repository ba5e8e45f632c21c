// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkengine.h"

#include "numpyrandom.h"

#include <array>
#include <cmath>

namespace deltatrace {

namespace {

using Kind = LayerQuantity::Kind;

// np.sum of a short vector: numpy's pairwise summation adds fewer than 8 numbers one after
// another, and 8 to 15 in eight partial sums first; a softmax over up to 8 outputs needs both.
double numpySum(const double *a, int n)
{
    if (n < 8) {
        double sum = 0.0;
        for (int i = 0; i < n; ++i)
            sum += a[i];
        return sum;
    }
    std::array<double, 8> r{};
    for (int j = 0; j < 8; ++j)
        r[j] = a[j];
    int i = 8;
    for (; i < n - n % 8; i += 8)
        for (int j = 0; j < 8; ++j)
            r[j] += a[i + j];
    double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i)
        sum += a[i];
    return sum;
}

} // namespace

NetworkEngine::NetworkEngine(const NetworkRun &run)
    : m_run(run)
    , m_layout(run.architecture)
{
    int offset = 0;
    for (int l = 1; l <= run.architecture.layerCount(); ++l) {
        m_weightOffsets.push_back(offset);
        offset += run.architecture.weightCount(l);
    }
    m_weightOffsets.push_back(offset);
}

std::vector<double> NetworkEngine::initialWeights(const Architecture &architecture, std::uint32_t seed)
{
    NumpyRandom random(seed);
    std::vector<double> weights(static_cast<size_t>(architecture.totalWeightCount()));
    // numpy fills each matrix row by row, layer after layer: the order of our storage.
    for (double &w : weights)
        w = random.signedWeight();
    return weights;
}

NetworkEngine::State NetworkEngine::initialState() const
{
    State state;
    state.weights = initialWeights(m_run.architecture, m_run.seed);
    if (m_run.architecture.hasMomentum())
        state.momentum.assign(state.weights.size(), 0.0);
    if (m_run.architecture.batched())
        state.sums.assign(state.weights.size(), 0.0);
    return state;
}

void NetworkEngine::weightedSums(const double *W, const double *in, int units, int inputs, double *v)
{
    // Left to right, as numpy's small matrix-vector products sum: a vectorised reduction would
    // pair the terms differently and differ from numpy in the last bit.
    for (int i = 0; i < units; ++i) {
        const double *row = W + i * inputs;
        double sum = row[0] * in[0];
        for (int j = 1; j < inputs; ++j)
            sum += row[j] * in[j];
        v[i] = sum;
    }
}

void NetworkEngine::activate(Activation a, const double *v, double *y, int units)
{
    switch (a) {
    case Activation::Sigmoid:
        for (int i = 0; i < units; ++i)
            y[i] = 1.0 / (1.0 + std::exp(-v[i]));
        return;
    case Activation::Tanh:
        for (int i = 0; i < units; ++i)
            y[i] = std::tanh(v[i]);
        return;
    case Activation::Relu:
        // np.maximum(v, 0.0): a nan stays nan.
        for (int i = 0; i < units; ++i)
            y[i] = std::isnan(v[i]) ? v[i] : (v[i] > 0.0 ? v[i] : 0.0);
        return;
    case Activation::Linear:
        for (int i = 0; i < units; ++i)
            y[i] = v[i];
        return;
    case Activation::Softmax: {
        // ex = np.exp(v); y = ex / np.sum(ex), with y holding ex until the sum is known.
        for (int i = 0; i < units; ++i)
            y[i] = std::exp(v[i]);
        const double sum = numpySum(y, units);
        for (int i = 0; i < units; ++i)
            y[i] = y[i] / sum;
        return;
    }
    }
}

void NetworkEngine::derivativeTimes(Activation a, const double *v, const double *y, const double *e, double *delta, int units)
{
    switch (a) {
    case Activation::Sigmoid:
        for (int i = 0; i < units; ++i)
            delta[i] = y[i] * (1.0 - y[i]) * e[i];
        return;
    case Activation::Tanh:
        for (int i = 0; i < units; ++i)
            delta[i] = (1.0 - y[i] * y[i]) * e[i];
        return;
    case Activation::Relu:
        for (int i = 0; i < units; ++i)
            delta[i] = (v[i] > 0.0 ? 1.0 : 0.0) * e[i];
        return;
    case Activation::Linear:
    case Activation::Softmax: // never with "sse": the loader refuses softmax with squared error
        for (int i = 0; i < units; ++i)
            delta[i] = 1.0 * e[i];
        return;
    }
}

void NetworkEngine::step(State &state, int sample, bool update, int batchSize, double *sampleRow, double *updateRow) const
{
    const Architecture &arch = m_run.architecture;
    const StepLayout &layout = m_layout;
    const int L = arch.layerCount();
    auto at = [&](Kind kind, int layer) { return sampleRow + layout.offset({kind, layer}); };
    const double *x = m_run.data.input(sample).data();
    const double *d = m_run.data.target(sample).data();

    // Forward: vl = Wl y(l-1), yl = fl(vl), with y0 = x.
    const double *in = x;
    for (int l = 1; l <= L; ++l) {
        const int n = arch.units(l);
        weightedSums(state.weights.data() + weightOffset(l), in, n, arch.units(l - 1), at(Kind::V, l));
        activate(arch.activation(l), at(Kind::V, l), at(Kind::Y, l), n);
        in = at(Kind::Y, l);
    }

    // The output's error and delta.
    {
        const int n = arch.outputCount();
        const double *y = at(Kind::Y, L);
        double *e = at(Kind::E, L);
        for (int i = 0; i < n; ++i)
            e[i] = d[i] - y[i];
        double *delta = at(Kind::Delta, L);
        if (arch.delta == OutputDelta::CrossEntropy) {
            for (int i = 0; i < n; ++i)
                delta[i] = e[i];
        } else {
            derivativeTimes(arch.activation(L), at(Kind::V, L), y, e, delta, n);
        }
    }

    // Backward: el = W(l+1)^T delta(l+1) with W(l+1) before its update, deltal = fl'(vl) el.
    for (int l = L - 1; l >= 1; --l) {
        const int n = arch.units(l);
        const int above = arch.units(l + 1);
        const double *W = state.weights.data() + weightOffset(l + 1); // above x n
        const double *deltaAbove = at(Kind::Delta, l + 1);
        double *e = at(Kind::E, l);
        // Row by row of W: each e[i] is still summed over j in order, and the inner loop
        // runs along a row, where the compiler can use vector instructions.
        for (int i = 0; i < n; ++i)
            e[i] = W[i] * deltaAbove[0];
        for (int j = 1; j < above; ++j)
            for (int i = 0; i < n; ++i)
                e[i] += W[j * n + i] * deltaAbove[j];
        derivativeTimes(arch.activation(l), at(Kind::V, l), at(Kind::Y, l), e, at(Kind::Delta, l), n);
    }

    // dWl = np.outer(alpha * deltal, y(l-1)); the batch's sums; at an update, the new weights.
    for (int l = 1; l <= L; ++l) {
        const int n = arch.units(l);
        const int m = arch.units(l - 1);
        const int count = n * m;
        const double *previous = l == 1 ? x : at(Kind::Y, l - 1);
        const double *delta = at(Kind::Delta, l);
        double *dW = at(Kind::DW, l);
        for (int i = 0; i < n; ++i) {
            const double alphaDelta = m_run.alpha * delta[i];
            for (int j = 0; j < m; ++j)
                dW[i * m + j] = alphaDelta * previous[j];
        }
        const double *change = dW; // what the update adds, before momentum
        if (arch.batched()) {
            double *sums = state.sums.data() + weightOffset(l);
            double *rowSums = at(Kind::DWSum, l);
            for (int i = 0; i < count; ++i)
                rowSums[i] = sums[i] = sums[i] + dW[i];
            change = rowSums;
        }
        if (!update)
            continue;
        if (arch.batched()) {
            double *avg = updateRow + layout.offset({Kind::DWAvg, l});
            const double size = batchSize;
            for (int i = 0; i < count; ++i)
                avg[i] = change[i] / size;
            change = avg;
        }
        if (arch.hasMomentum()) {
            double *momentum = state.momentum.data() + weightOffset(l);
            double *rowMomentum = updateRow + layout.offset({Kind::Momentum, l});
            for (int i = 0; i < count; ++i)
                rowMomentum[i] = momentum[i] = change[i] + arch.momentum * momentum[i];
            change = rowMomentum;
        }
        double *W = state.weights.data() + weightOffset(l);
        double *rowW = updateRow + layout.offset({Kind::W, l});
        for (int i = 0; i < count; ++i)
            rowW[i] = W[i] = W[i] + change[i];
    }
    if (update && arch.batched())
        std::fill(state.sums.begin(), state.sums.end(), 0.0);
}

void NetworkEngine::outputs(std::span<const double> weights, std::span<const double> input, double *outputs) const
{
    const Architecture &arch = m_run.architecture;
    std::array<double, Architecture::MaxUnits> v{}, a{}, b{};
    const double *in = input.data();
    double *y = a.data();
    for (int l = 1; l <= arch.layerCount(); ++l) {
        const int n = arch.units(l);
        weightedSums(weights.data() + weightOffset(l), in, n, arch.units(l - 1), v.data());
        y = (y == a.data()) ? b.data() : a.data();
        activate(arch.activation(l), v.data(), y, n);
        in = y;
    }
    for (int i = 0; i < arch.outputCount(); ++i)
        outputs[i] = in[i];
}

} // namespace deltatrace
