// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exerciserecord.h"
#include "trace.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace deltatrace {

// The binary trace file (*.dtrace): a recorded run that replays without its lesson file.
// Layout, all little-endian (documented in full in tracefile.cpp):
//   magic "DTRACE\r\n" (8 bytes), format version (u32), header length (u32),
//   header (JSON: lesson id, experiment id, rule, seed, alpha, epochs, X, D, initial weights,
//   storage mode, byte size of every block), the embedded lesson source,
//   the blocks of doubles (the exact parameters and initial and final weights, the columns
//   when fully recorded, epoch checkpoints, epoch summaries; a compact trace has a digest of
//   its checkpoints and summaries instead),
//   and a CRC-32 of everything before it (u32, zlib's crc32).
// Reading checks every declared size against the file's real size and against what DeltaTrace
// itself writes for that run before allocating, checks the checksum, then recomputes the run
// (it is deterministic) and holds every stored number, flag and the embedded lesson to it. It
// returns a whole trace or a message, never a partial trace. Files written by a newer format
// version are refused with a message. Only regular files are read (RegularFile).
class TraceFile
{
    Q_DECLARE_TR_FUNCTIONS(TraceFile)
public:
    static constexpr char Magic[9] = "DTRACE\r\n";
    // The newest format this DeltaTrace reads and writes. Format 1 files (every trace written
    // with checkpoints or a full record) still open, and are still written for those.
    static constexpr quint32 Version = 2;
    static constexpr const char *Extension = "dtrace";

    struct ReadResult
    {
        std::optional<Trace> trace;
        // A learner's exercise session saved with the run (header key "exercises"), already
        // checked against the recomputed run and the embedded lesson's exercises.
        std::optional<ExerciseRecord> exercises;
        QString error; // "FILE: what is wrong (at byte N)" or "(at key K)" when trace is empty
        bool ok() const { return trace.has_value(); }
    };

    // What a file keeps of the run.
    enum class Storage {
        Compact,     // the inputs and a digest of every epoch; recomputed and checked on reading
        Checkpoints, // the weights at the start of every epoch and the epoch summaries
        Full,        // every value of every step, for archives (the trace must hold a full record)
        AsRecorded,  // Full for a trace with a full record, else Checkpoints
    };

    // Atomic (QSaveFile): on failure the old file at `path` is left untouched. `exercises`, when
    // given, is saved in the header (any format version: older readers ignore the key).
    static bool write(const Trace &trace, const QString &path, QString *error, Storage storage = Storage::AsRecorded,
                      const ExerciseRecord *exercises = nullptr);
    static ReadResult read(const QString &path);
    // For tests and fuzzing: parse a whole file already in memory.
    static ReadResult parse(const QByteArray &bytes, const QString &sourceName);

private:
    class Source; // bytes from a file or from memory, with a running CRC (tracefile.cpp)
    class Reader; // the steps of parseChecked that read from a Source (tracefile.cpp)
    static ReadResult parseFrom(Source &source, const QString &sourceName);
    static ReadResult parseChecked(Source &source, const QString &sourceName);
};

} // namespace deltatrace
