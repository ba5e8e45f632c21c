// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Positions in a run as the stepping tests write and print them.
#include "coursefixtures.h"
#include "traceposition.h"

#include <QTest>

Q_DECLARE_METATYPE(deltatrace::TracePosition)

namespace deltatrace::fixtures {

// A run of `epochs` epochs of lesson 1's data (AND) with the given rule, shared as views get it.
inline std::shared_ptr<const Trace> andTrace(Rule rule, int epochs)
{
    return recordShared(courseSpec(rule, andTargets(), epochs));
}

// {sample step, operation}, short enough for tables of moves.
inline TracePosition P(long long step, int operation) { return {step, operation}; }

} // namespace deltatrace::fixtures

namespace QTest {
template <>
inline char *toString(const deltatrace::TracePosition &p)
{
    return qstrdup(QByteArray("{step ") + QByteArray::number(p.step) + ", op " + QByteArray::number(p.operation) + "}");
}
} // namespace QTest
