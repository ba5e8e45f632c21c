// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networktrace.h"
#include "traceexporter.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace deltatrace {

// Writes a general network's trace (lesson format 2) as text for other tools, as TraceExporter
// does for lessons 1-3: JSON Lines (a header object, then one object per sample step, every
// quantity of the step under its LayerQuantity name) or CSV (one row per step, one column per
// number, named as numpy indexes it: "W1[2,0]"). Numbers, non-finite values, line ends and the
// streaming are TraceExporter's (ExportTextWriter). The format is documented in full in
// networktraceexporter.cpp.
class NetworkTraceExporter
{
public:
    enum class Format { JsonLines, Csv };
    using Range = TraceExporter::Range; // epochs firstEpoch to lastEpoch (-1: the last), inclusive

    // Returns false and sets error when the device refuses a write or the range is outside the
    // trace. The whole trace when no range is given.
    static bool write(const NetworkTrace &trace, Format format, QIODevice &out, QString *error, Range range);
    static bool write(const NetworkTrace &trace, Format format, QIODevice &out, QString *error)
    {
        return write(trace, format, out, error, Range{});
    }

    // To the file `path`, atomically, with TraceExporter::writeFile's refusals (a target that is
    // not a regular file or a new name, or one of `inputs`) and its messages, without the path.
    static bool writeFile(const NetworkTrace &trace, Format format, const QString &path, const QStringList &inputs,
                          QString *error, Range range);
    static bool writeFile(const NetworkTrace &trace, Format format, const QString &path, const QStringList &inputs, QString *error)
    {
        return writeFile(trace, format, path, inputs, error, Range{});
    }
};

} // namespace deltatrace
