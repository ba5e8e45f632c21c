// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backpropvalues.h"
#include "quantity.h"
#include "steprecord.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace deltatrace {

// One recorded quantity: which, how many numbers, and where they are in a step record.
template<Quantity Q, int N, bool Probed = true>
struct RecordedField
{
    static constexpr Quantity quantity = Q;
    static constexpr int size = N;
    static constexpr bool probed = Probed; // whether write() tests its numbers for inf and nan
    static const double *in(const StepRecord &r)
    {
        if constexpr (Q == Quantity::V1) return r.v1.data();
        else if constexpr (Q == Quantity::Y1) return r.y1.data();
        else if constexpr (Q == Quantity::V) return &r.v;
        else if constexpr (Q == Quantity::Y) return &r.y;
        else if constexpr (Q == Quantity::E) return &r.e;
        else if constexpr (Q == Quantity::Delta) return &r.delta;
        else if constexpr (Q == Quantity::E1) return r.e1.data();
        else if constexpr (Q == Quantity::Delta1) return r.delta1.data();
        else if constexpr (Q == Quantity::DW) return r.dW.data();
        else if constexpr (Q == Quantity::DW1) return r.dW1.data();
        else if constexpr (Q == Quantity::DW2) return r.dW2.data();
        else if constexpr (Q == Quantity::W) return r.after.W.data();
        else if constexpr (Q == Quantity::W1) return r.after.W1.data();
        else return r.after.W2.data();
    }
    static const double *in(const BackpropValues &s)
    {
        if constexpr (Q == Quantity::V1) return s.v1;
        else if constexpr (Q == Quantity::Y1) return s.y1;
        else if constexpr (Q == Quantity::V) return &s.v;
        else if constexpr (Q == Quantity::Y) return &s.y;
        else if constexpr (Q == Quantity::E) return &s.e;
        else if constexpr (Q == Quantity::Delta) return &s.delta;
        else if constexpr (Q == Quantity::E1) return s.e1;
        else if constexpr (Q == Quantity::Delta1) return s.delta1;
        else if constexpr (Q == Quantity::DW1) return s.dW1;
        else if constexpr (Q == Quantity::W1) return s.W1;
        else if constexpr (Q == Quantity::DW2) return s.dW2;
        else if constexpr (Q == Quantity::W2) return s.W2;
        else static_assert(Q != Q, "the single neuron's quantities are not in BackpropValues");
    }
};

// Copies one step's values into the columns and tells whether any of them is non-finite.
//
// Why a template: with every size and place known to the compiler, recording a step is a few
// dozen plain moves that run in the shadow of the step's long chain of dependent floating-point
// operations. The generic loop over quantities (a memcpy call each) cost more than the
// arithmetic it recorded. The non-finite test ORs the bits of x * 0, which are those of a zero
// for a finite x and of a nan for inf or nan, so it needs no branch per number.
template<typename... Fields>
struct StepWriter
{
    template<bool Store, typename Source>
    static bool write(const Source &r, double *const *columns, std::size_t step)
    {
        std::uint64_t probe = 0;
        (copy<Fields, Store, Source>(r, columns, step, probe), ...);
        constexpr std::uint64_t exponent = 0x7ff0000000000000ULL;
        return (probe & exponent) == exponent;
    }

    // Whether the fields are exactly these quantities, in this order, each with its size.
    static bool matches(std::span<const Quantity> recorded)
    {
        const std::array<Quantity, sizeof...(Fields)> mine = {Fields::quantity...};
        return covers(recorded) && std::equal(recorded.begin(), recorded.end(), mine.begin(), mine.end());
    }
    // Whether each field is one of these quantities, with its size.
    static bool covers(std::span<const Quantity> recorded)
    {
        auto fits = [&](Quantity q, int size) {
            return quantityShape(q).size() == size && std::find(recorded.begin(), recorded.end(), q) != recorded.end();
        };
        return (fits(Fields::quantity, Fields::size) && ...);
    }
    static constexpr std::size_t count = sizeof...(Fields);

private:
    template<typename F, bool Store, typename Source>
    static void copy(const Source &r, double *const *columns, std::size_t step, std::uint64_t &probe)
    {
        const double *from = F::in(r);
        double *to = Store ? columns[static_cast<std::size_t>(F::quantity)] + step * F::size : nullptr;
        for (int i = 0; i < F::size; ++i) {
            if constexpr (Store)
                to[i] = from[i];
            if constexpr (F::probed) {
                const double zeroOrNan = from[i] * 0.0;
                std::uint64_t bits;
                std::memcpy(&bits, &zeroOrNan, sizeof bits);
                probe |= bits;
            }
        }
    }
};

// The writers of each rule, their fields in the order of recordedQuantities().
namespace step_writers {
using Q = Quantity;
using Forward = StepWriter<RecordedField<Q::V, 1>, RecordedField<Q::Y, 1>>;
using DeltaRule = StepWriter<RecordedField<Q::V, 1>, RecordedField<Q::Y, 1>, RecordedField<Q::E, 1>, RecordedField<Q::Delta, 1>,
                             RecordedField<Q::DW, 3>, RecordedField<Q::W, 3>>;
// The 3-4-1 network probes only v1, v and the updated weights, 21 numbers of 51: a step whose
// other values hold an inf or a nan always has one in W1 or W2 too. The weights before the step
// are finite (the previous step was probed), y1 and y are sigmoids of v1 and v (in [0, 1] when
// those are finite), and every other value flows into W1 or W2 through products and sums with
// finite numbers: e -> delta -> e1 -> delta1 -> dW1 -> W1 and delta, y1 -> dW2 -> W2. A product
// or sum with an inf or a nan is again inf or nan (inf * 0 is nan), so nothing non-finite is
// lost on the way, and the step the trace flags is the same. Probing a third of the numbers
// saves about 6 % of the explorer's and the plain recording's instructions.
using Backprop = StepWriter<RecordedField<Q::V1, 4>, RecordedField<Q::Y1, 4, false>, RecordedField<Q::V, 1>,
                            RecordedField<Q::Y, 1, false>, RecordedField<Q::E, 1, false>, RecordedField<Q::Delta, 1, false>,
                            RecordedField<Q::E1, 4, false>, RecordedField<Q::Delta1, 4, false>, RecordedField<Q::DW1, 12, false>,
                            RecordedField<Q::W1, 12>, RecordedField<Q::DW2, 4, false>, RecordedField<Q::W2, 4>>;
} // namespace step_writers

} // namespace deltatrace
