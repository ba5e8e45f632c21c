// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace deltatrace {

// A number typed on a command line (deltatrace-cli and the window's options share these rules,
// so the same text means the same run in both). The syntax is deliberately plain, so that a
// typo or a stray quote never quietly means something else:
//   integer: ASCII digits only, at most 20 of them ("007" is 7). No sign, no spaces, no "1e3".
//   decimal: digits with an optional '.' and fraction (".5" and "5." too), then an optional
//            exponent e or E with an optional sign ("1e-3", "1.7e+308", as printf writes it).
//            No leading sign, no spaces, no group separators, no hex, no inf or nan.
class NumberArgument
{
public:
    // The value, if `text` is an integer in [min, max].
    static std::optional<unsigned long long> integer(QStringView text, unsigned long long min, unsigned long long max);
    // The value, if `text` is a decimal that a double holds: a value beyond the largest
    // double, or so small that it would read as zero ("1e-400"), is refused.
    static std::optional<double> decimal(QStringView text);
};

} // namespace deltatrace
