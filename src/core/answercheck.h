// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace deltatrace {

// Checks a learner's typed answer against the value the trace recorded. An exercise asks for
// a number to a given count of significant digits; a learner works from the rounded numbers
// the views show, so the rounding of several inputs adds up in the answer. The rule is
// therefore relative: an answer is right when it is within one unit of its last asked-for
// digit of the true value, |answer - truth| <= 10^(1 - digits) |truth|. Below 1e-12 numpy's
// arithmetic leaves round-off in place of an exact zero (lesson 2 shows W = 5.551e-17 where
// the learner computes 0), so differences that small always count as agreeing.
class AnswerCheck
{
public:
    enum class Verdict { Correct, Wrong, Unreadable };

    // The number the learner typed: a decimal number in C notation ("0.1234", "-1.5e-3",
    // "−0.25" with the minus sign the formulas show), or inf, -inf and nan for the values that
    // blew up. Surrounding spaces are ignored; anything else is not a number.
    static std::optional<double> parse(QStringView typed);
    // Whether `answer` agrees with `truth` to `digits` significant digits (the rule above;
    // non-finite values agree only with themselves).
    static bool agrees(double answer, double truth, int digits);
    static Verdict check(QStringView typed, double truth, int digits);

    static constexpr int MinDigits = 1;
    static constexpr int MaxDigits = 8;
    static constexpr double RoundOff = 1e-12;
};

} // namespace deltatrace
