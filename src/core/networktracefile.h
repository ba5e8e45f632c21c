// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "networktrace.h"
#include "networktrainer.h"
#include "runlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace deltatrace {

// The trace file of a general network's run (lesson format 2): the same container as TraceFile's
// (*.dtrace, magic "DTRACE\r\n", little-endian, a JSON header, blocks, a CRC-32), with format
// version 3, which TraceFile (formats 1 and 2) refuses as "written by a newer version". The
// layout is documented in full in networktracefile.cpp. A file keeps the run (its network, data
// and training parameters), the embedded lesson source and a digest of the run's epochs; reading
// checks every declared size against the format's limits and the file's real size before
// allocating, checks the checksum, then recomputes the run (it is deterministic) and holds the
// stored numbers to it. It returns a whole trace or a message, never a partial trace.
class NetworkTraceFile
{
    Q_DECLARE_TR_FUNCTIONS(NetworkTraceFile)
public:
    // The format version of general runs. TraceFile::Version (2) is the newest of lessons 1-3.
    static constexpr quint32 Version = 3;
    // The longest run a general trace file holds: epochs times samples.
    static constexpr long long MaxSteps = RunLimits::MaxNetworkSteps;

    struct ReadResult
    {
        std::optional<NetworkTrace> trace;
        QString error; // "FILE: what is wrong (at byte N)" when trace is empty
        bool ok() const { return trace.has_value(); }
    };

    // Atomic (QSaveFile): on failure the old file at `path` is left untouched, and `error` gets
    // "PATH: what is wrong". Refuses a run that read() would refuse (runProblem).
    static bool write(const NetworkTrace &trace, const QString &path, QString *error);
    // `progress` is called while the run is recomputed; returning false cancels the reading.
    static ReadResult read(const QString &path, const NetworkTrainer::Progress &progress = {});
    // For tests and fuzzing: parse a whole file already in memory.
    static ReadResult parse(const QByteArray &bytes, const QString &sourceName, const NetworkTrainer::Progress &progress = {});

    // Whether the file at `path` is a trace file of format 3 (a general run), judged by its
    // first 16 bytes: the caller opens it with NetworkTraceFile, anything else with TraceFile
    // (which refuses what is not one of its own with its usual messages).
    static bool isGeneral(const QString &path);

    // What a reader would refuse in the run itself (the limits of lesson format 2, the data's
    // shape, finite numbers, the ids, the lesson source's size), or an empty string.
    static QString runProblem(const NetworkRun &run);
};

} // namespace deltatrace
