// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answercheck.h"

#include <QLocale>
#include <QString>

#include <cmath>
#include <limits>

namespace deltatrace {

std::optional<double> AnswerCheck::parse(QStringView typed)
{
    QString text = typed.trimmed().toString();
    // The formulas draw negative numbers with the typographic minus; a learner may copy one.
    text.replace(QChar(0x2212), QLatin1Char('-'));
    const QString lower = text.toLower();
    if (lower == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    for (const char *sign : {"", "+", "-"}) {
        for (const char *word : {"inf", "infinity"}) {
            if (lower == QLatin1String(sign) + QLatin1String(word))
                return sign[0] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        }
    }
    // The C locale: a decimal point, never a thousands separator ("1,5" is not a number here).
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool AnswerCheck::agrees(double answer, double truth, int digits)
{
    if (std::isnan(truth) || std::isnan(answer))
        return std::isnan(truth) && std::isnan(answer);
    if (std::isinf(truth) || std::isinf(answer))
        return answer == truth;
    const double difference = std::abs(answer - truth);
    return difference <= RoundOff || difference <= std::pow(10.0, 1 - digits) * std::abs(truth);
}

AnswerCheck::Verdict AnswerCheck::check(QStringView typed, double truth, int digits)
{
    const auto answer = parse(typed);
    if (!answer)
        return Verdict::Unreadable;
    return agrees(*answer, truth, digits) ? Verdict::Correct : Verdict::Wrong;
}

} // namespace deltatrace
