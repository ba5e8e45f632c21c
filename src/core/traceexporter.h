// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace.h"

#include <QIODevice>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace deltatrace {

// Writes a trace as text for other tools: JSON Lines (a header object, then one object per
// sample step) or CSV (one row per step, one column per scalar). Numbers are printed with 17
// significant digits so they read back as the same doubles; inf and nan as null, with the
// line's "nonFinite" list naming the keys that hold them (JSON Lines: strict JSON), or as
// nan, inf, -inf (CSV). The format is documented in full in traceexporter.cpp. Text is
// streamed to the device in pieces, never built whole in memory. The third format is a numpy
// script that recomputes the run (NumpyScript).
class TraceExporter
{
    Q_DECLARE_TR_FUNCTIONS(TraceExporter)
public:
    enum class Format { JsonLines, Csv, NumpyScript };

    struct Range
    {
        int firstEpoch = 0;
        int lastEpoch = -1; // inclusive; -1 means the last epoch
    };

    // Returns false and sets error when the device refuses a write or the range is outside
    // the trace. The whole trace when no range is given. (An overload rather than a default
    // argument: GCC cannot use Range's member initializers before TraceExporter is complete.)
    static bool write(const Trace &trace, Format format, QIODevice &out, QString *error, Range range);
    static bool write(const Trace &trace, Format format, QIODevice &out, QString *error)
    {
        return write(trace, format, out, error, Range{});
    }

    // Writes the export to the file `path`, atomically (QSaveFile: after a failure any earlier
    // file there is as it was). Refuses, before writing anything, a target that is not a regular
    // file or a new name, or that is one of `inputs`, the files the caller read (the rules are
    // RegularFile::refusalToWrite's). A failed write is reported in the system's words ("No
    // space left on device"), not QSaveFile's "Unknown error". `error` gets the problem without
    // the path, for the caller to word: "is not a regular file (...)", "cannot write: ...".
    static bool writeFile(const Trace &trace, Format format, const QString &path, const QStringList &inputs,
                          QString *error, Range range);
    static bool writeFile(const Trace &trace, Format format, const QString &path, const QStringList &inputs, QString *error)
    {
        return writeFile(trace, format, path, inputs, error, Range{});
    }
};

} // namespace deltatrace
