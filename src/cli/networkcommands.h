// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "networkrun.h"
#include "networktrace.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace deltatrace {

// deltatrace-cli's commands for general networks (lesson format 2): CliApplication parses the
// options and loads the lesson as for lessons 1-3, then hands a format-2 experiment or trace
// here. The words and exit statuses are the same as for lessons 1-3.
class NetworkCommands
{
public:
    NetworkCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // Trains `run` and writes its trace to `outPath` (checked by the caller). Exit status.
    int record(const NetworkRun &run, const QString &outPath);
    // export of a general trace file: the options as CliApplication checked them.
    struct ExportRequest
    {
        QString tracePath;
        QString format;  // jsonl, csv or py
        QString outPath; // "" for standard output
        std::optional<std::pair<long long, long long>> epochs; // FROM:TO, both included
    };
    int exportTrace(const ExportRequest &request);
    // What `list` says of a format-2 experiment after its id: "layers=3-4-1 activations=... ".
    static QString describe(const Experiment &experiment);
    // The outcome line `record` prints: how the run ended, in words.
    static QString outcomeLine(const NetworkTrace &trace);

private:
    std::optional<NetworkTrace> recordWithProgress(const NetworkRun &run);
    void printRecorded(const NetworkRun &run, const NetworkTrace &trace, const QString &outPath);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace deltatrace
