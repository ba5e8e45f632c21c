// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace deltatrace {

bool NumberFormat::isFinite(double v) { return std::isfinite(v); }

QString NumberFormat::value(double v, int significantDigits)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+inf") : QStringLiteral("-inf");
    if (v == 0.0)
        return QStringLiteral("0"); // also hides the sign of numpy's -0.0
    return QString::number(v, 'g', significantDigits);
}

QString NumberFormat::exact(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+inf") : QStringLiteral("-inf");
    // The shortest text that reads back to the same double: 0.9, not 0.90000000000000002.
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace deltatrace
