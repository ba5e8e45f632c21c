#pragma once

#include "network.h"
#include "rule.h"
#include "steprecord.h"

#include <cmath>
#include <cstdint>

namespace deltatrace {

// The arithmetic of the course, one sample step at a time, in the order of operations of the
// lesson's numpy code (LESSONS.md), so that every double matches numpy's.
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

    // The network's output for one input, without recording (for summaries and the input plane).
    static double output(Rule rule, const Weights &weights, const InputVector &x);
};

} // namespace deltatrace
