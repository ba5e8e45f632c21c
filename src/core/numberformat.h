// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deltatrace {

// How every view prints a number: fixed significant digits, and non-finite values spelled out
// so a blow-up is visible rather than hidden ("NaN", "+inf", "-inf").
class NumberFormat
{
public:
    static QString value(double v, int significantDigits = 4);
    static QString exact(double v); // the shortest text that reads back to the same double
    static bool isFinite(double v);
};

} // namespace deltatrace
