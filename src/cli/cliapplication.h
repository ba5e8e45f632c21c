// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedexplorer.h"

#include <QStringList>
#include <QTextStream>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace deltatrace {

class Trace;
struct TraceSpec;

// deltatrace-cli: list lessons, record a run to a trace file, export a trace as JSON Lines or
// CSV. Exit status: 0 success, 1 runtime error (bad file, write failure), 2 usage error.
class CliApplication
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments[0] is the program name

    enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

private:
    int list(const QStringList &args);
    int record(const QStringList &args);
    int exportTrace(const QStringList &args);
    int explore(const QStringList &args);
    struct ChosenExperiment;
    // Loads the lesson and finds the experiment in it; Success, or the exit status once the
    // error is printed. A missing experiment's message names the lesson's others if
    // `listOthers`.
    int loadExperiment(const QString &lessonPath, const QString &experimentId, bool listOthers, ChosenExperiment &chosen);
    // The long-running work, with progress on stderr once it takes more than a moment.
    std::optional<Trace> recordWithProgress(const TraceSpec &spec, bool full);
    // Runs one of SeedExplorer's explorations with progress on stderr.
    using Explore = std::function<std::optional<std::vector<SeedExplorer::Result>>(const SeedExplorer::Options &)>;
    std::optional<std::vector<SeedExplorer::Result>> exploreWithProgress(const Explore &explore);
    // What record says about the run it wrote to `outPath`.
    void printRecorded(const TraceSpec &spec, const Trace &trace, bool full, const QString &outPath);
    // How the run ended, in words, on one line (nothing for a forward pass).
    void printOutcome(const Trace &trace);
    void printExploration(const std::vector<SeedExplorer::Result> &results, bool json);
    int usageError(const QString &message);
    int runtimeError(const QString &message);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace deltatrace
