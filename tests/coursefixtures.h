#pragma once

// The course's data as the tests need it: the four samples of every lesson, the two target
// vectors, and a spec for a run of any rule. One place, so no test spells out X by hand.
#include "trace.h"

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

} // namespace deltatrace::fixtures
