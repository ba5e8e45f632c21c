// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedexplorer.h"

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace deltatrace {

class Trace;

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
