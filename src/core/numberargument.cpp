// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberargument.h"

#include <QByteArray>

#include <charconv>
#include <cmath>
#include <system_error>

namespace deltatrace {

namespace {

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

} // namespace

std::optional<unsigned long long> NumberArgument::integer(QStringView text, unsigned long long min, unsigned long long max)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    unsigned long long value = 0;
    for (const QChar c : text) {
        if (!isDigit(c))
            return std::nullopt;
        const unsigned long long digit = c.unicode() - u'0';
        if (value > (~0ULL - digit) / 10)
            return std::nullopt; // above 2^64 - 1
        value = value * 10 + digit;
    }
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> NumberArgument::decimal(QStringView text)
{
    // The grammar first, by hand: from_chars alone would accept "inf", "nan" and a leading '-'.
    qsizetype i = 0;
    const qsizetype n = text.size();
    qsizetype digits = 0;
    while (i < n && isDigit(text[i]))
        ++i, ++digits;
    if (i < n && text[i] == QLatin1Char('.')) {
        ++i;
        while (i < n && isDigit(text[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    if (i < n && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isDigit(text[i]))
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;

    const QByteArray latin1 = text.toLatin1(); // only ASCII is left
    double value = 0.0;
    const auto [end, error] = std::from_chars(latin1.constData(), latin1.constData() + latin1.size(), value);
    if (end != latin1.constData() + latin1.size())
        return std::nullopt;
    // out_of_range: too large for a double, or so small that it would be read as zero.
    if (error != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace deltatrace
