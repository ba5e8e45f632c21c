// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes given to the trace-file readers (TraceFile for lessons 1-3,
// NetworkTraceFile for general networks) end in a whole trace or a message, never a crash,
// hang, leak or an allocation larger than the file justifies. Both readers get every input: each
// must refuse the other's files as well as anything else.
#include "networktracefile.h"
#include "tracefile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto result = deltatrace::TraceFile::parse(bytes, QStringLiteral("fuzz.dtrace"));
    if (result.ok() == !result.error.isEmpty())
        std::abort();
    if (result.ok()) {
        // A trace that was accepted must be whole: every step readable.
        const auto &trace = *result.trace;
        const long long last = trace.stepCount() - 1;
        volatile double sink = trace.step(0).y + trace.step(last).y + trace.epochSummary(trace.epochCount() - 1).meanSquaredError;
        (void)sink;
    }
    const auto general = deltatrace::NetworkTraceFile::parse(bytes, QStringLiteral("fuzz.dtrace"));
    if (general.ok() == !general.error.isEmpty() || (general.ok() && result.ok()))
        std::abort();
    if (general.ok()) {
        const auto &trace = *general.trace;
        const deltatrace::NetworkStep first = trace.step(0), last = trace.step(trace.stepCount() - 1);
        volatile double sink = first.sampleRow.front() + last.updateRow.front() + trace.epochSummary(trace.epochCount() - 1).meanSquaredError;
        (void)sink;
    }
    return 0;
}
