// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace deltatrace {

class Trace;

// A Python script (numpy only) that recomputes a run and prints its final outputs the way the
// lessons' listings do. Run with python3, it reproduces the run's numbers as closely as the
// golden tests hold the engine to numpy: the arithmetic is written in the engine's order
// (docs/ARITHMETIC.md), and only numpy's own exp may round an argument differently.
//
// The script is DeltaTrace's own code for the run's rule, never the listing text of the
// trace's lesson: a lesson file is untrusted, and a learner runs what this writes. Only numbers
// (inputs, targets, seed, alpha, epochs) and the ids, made harmless in a comment, come from the
// trace.
class NumpyScript
{
public:
    static QByteArray of(const Trace &trace);
};

} // namespace deltatrace
