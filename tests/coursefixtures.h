// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The course's data as the tests need it: the four samples of every lesson, the two target
// vectors, and a spec for a run of any rule. One place, so no test spells out X by hand.
#include "trace.h"
#include "trainer.h"

#include <cstring>
#include <memory>
#include <optional>
#include <span>

namespace deltatrace::fixtures {

// Rows are the samples (x1, x2, bias input 1), in the order every epoch visits them.
inline InputMatrix courseInputs()
{
    InputMatrix X;
    X << 0, 0, 1,
         0, 1, 1,
         1, 0, 1,
         1, 1, 1;
    return X;
}

inline SampleVector andTargets() { return SampleVector(0, 0, 1, 1); } // lesson 1: d = x1
inline SampleVector xorTargets() { return SampleVector(0, 1, 1, 0); } // lessons 2 and 3

// A run of the course's four samples with the given rule, targets and parameters.
inline TraceSpec courseSpec(Rule rule, const SampleVector &D, int epochs, double alpha = 0.9, quint32 seed = 0)
{
    TraceSpec spec;
    spec.rule = rule;
    spec.epochs = epochs;
    spec.alpha = alpha;
    spec.seed = seed;
    spec.X = courseInputs();
    spec.D = D;
    return spec;
}

// Lesson 3's cross-entropy experiment as the benchmarks and file tests run it (alpha 0.9, seed 0).
inline TraceSpec lesson3CrossEntropySpec(int epochs)
{
    TraceSpec spec = courseSpec(Rule::BackpropCrossEntropy, xorTargets(), epochs);
    spec.lessonId = QStringLiteral("03-backprop-xor");
    spec.experimentId = QStringLiteral("backprop-ce");
    return spec;
}

// Records a run and shares it the way the views receive it (nullptr only if cancelled).
inline std::shared_ptr<const Trace> recordShared(const TraceSpec &spec,
                                                 std::size_t fullRecordBudget = Trainer::DefaultFullRecordBudget)
{
    Trainer::Options options;
    options.fullRecordBudget = fullRecordBudget;
    auto trace = Trainer::record(spec, options);
    return trace ? std::make_shared<const Trace>(std::move(*trace)) : nullptr;
}

// Records a run: every value (full) or epoch checkpoints only.
inline Trace record(const TraceSpec &spec, bool full = true)
{
    Trainer::Options options;
    if (!full)
        options.fullRecordBudget = 0;
    std::optional<Trace> trace = Trainer::record(spec, options);
    Q_ASSERT(trace && trace->hasFullRecord() == full);
    return std::move(*trace);
}

// Bit for bit: -0.0 differs from 0.0, and a nan equals the same nan.
inline bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
inline bool sameBits(std::span<const double> a, std::span<const double> b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size_bytes()) == 0);
}

} // namespace deltatrace::fixtures
