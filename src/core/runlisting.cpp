// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runlisting.h"

#include "numberformat.h"

#include <QRegularExpression>

#include <algorithm>

namespace deltatrace {

namespace {

struct Convention
{
    RunListing::Parameter parameter;
    QRegularExpression pattern; // captures the value as group 1
};

const std::vector<Convention> &conventions()
{
    // A number as Python writes a literal: digits, a point, an exponent.
    static const std::vector<Convention> list{
        {RunListing::Parameter::Seed, QRegularExpression(QStringLiteral(R"(^\s*np\.random\.seed\(\s*([0-9]+)\s*\))"))},
        {RunListing::Parameter::Alpha, QRegularExpression(QStringLiteral(R"(^\s*alpha\s*=\s*([0-9.]+(?:[eE][-+]?[0-9]+)?)\b)"))},
        {RunListing::Parameter::Epochs, QRegularExpression(QStringLiteral(R"(^\s*for\s+epoch\s+in\s+range\(\s*([0-9]+)\s*\))"))},
    };
    return list;
}

QString runValue(RunListing::Parameter parameter, const TraceSpec &spec)
{
    switch (parameter) {
    case RunListing::Parameter::Seed: return QString::number(spec.seed);
    case RunListing::Parameter::Alpha: return NumberFormat::exact(spec.alpha);
    case RunListing::Parameter::Epochs: return QString::number(spec.epochs);
    }
    return {};
}

// Whether the listing's literal states the run's value (0.90 and 9e-1 state 0.9).
bool sameValue(RunListing::Parameter parameter, const QString &literal, const TraceSpec &spec)
{
    bool ok = false;
    switch (parameter) {
    case RunListing::Parameter::Seed: return literal.toULongLong(&ok) == spec.seed && ok;
    case RunListing::Parameter::Alpha: return literal.toDouble(&ok) == spec.alpha && ok;
    case RunListing::Parameter::Epochs: return literal.toLongLong(&ok) == spec.epochs && ok;
    }
    return false;
}

} // namespace

RunListing RunListing::of(const QList<CodeLine> &code, const TraceSpec &spec)
{
    RunListing listing;
    listing.m_code = code;
    for (int line = 0; line < listing.m_code.size(); ++line) {
        QString &text = listing.m_code[line].text;
        for (const Convention &convention : conventions()) {
            const QRegularExpressionMatch match = convention.pattern.match(text);
            if (!match.hasMatch())
                continue;
            const QString literal = match.captured(1);
            Value value;
            value.line = line;
            value.start = int(match.capturedStart(1));
            value.parameter = convention.parameter;
            value.changed = !sameValue(convention.parameter, literal, spec);
            value.lessonText = literal;
            const QString written = value.changed ? runValue(convention.parameter, spec) : literal;
            value.length = int(written.size());
            text.replace(value.start, literal.size(), written);
            listing.m_values.push_back(value);
        }
    }
    return listing;
}

bool RunListing::anyChanged() const
{
    return std::any_of(m_values.begin(), m_values.end(), [](const Value &v) { return v.changed; });
}

} // namespace deltatrace
