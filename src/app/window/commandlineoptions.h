// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace deltatrace {

// The command line of the desktop app:
//   deltatrace [--lesson FILE --experiment ID [--seed N | --student NAME] [--alpha A] [--epochs N] [--compare ID]]
//              [--goto EPOCH:SAMPLE[:OPERATION]] [--lang ko|en] [--presenter] [--exercises] [--tour N]
//              [--screenshot OUT.png [--size WxH]] [TRACE_FILE]
// Parsing checks the form of every value; whether an epoch exists in the run or an operation
// belongs to the rule is only known once the run is recorded, so the window checks that.
// Numbers follow NumberArgument, as in deltatrace-cli: digits only for integers, a plain
// decimal for alpha. Values in an error message are quoted and cut (InputLimits::quoted).
struct CommandLineOptions
{
    struct GoTo
    {
        int epoch = 0;        // 0-based, as in the lesson's numpy loop
        int sample = 0;       // 0..3 (k)
        QString operation;    // empty (the step's last operation), a quantity name, or an index
    };

    QString lessonFile;
    QString experimentId;
    std::optional<std::uint32_t> seed; // --seed, or the seed of --student's name (StudentSeed)
    QString student;
    std::optional<double> alpha;
    std::optional<int> epochs;
    QString compareExperimentId;
    std::optional<GoTo> goTo;
    QString language; // "ko", "en" or empty (settings, then system)
    QString screenshotPath;
    QSize screenshotSize{1600, 1000};
    bool presenter = false;
    bool exercises = false; // exercise mode, once the run is there
    std::optional<int> tourStop; // --tour N: the experiment's tour at stop N (1-based)
    QString traceFile;

    bool showHelp = false;
    bool showVersion = false;

    struct Result;
    // `arguments` includes the program name first, as QCoreApplication::arguments() has it.
    static Result parse(const QStringList &arguments);
    static QString helpText();
};

struct CommandLineOptions::Result
{
    CommandLineOptions options;
    QString error; // a plain sentence naming the argument; empty on success
    bool ok() const { return error.isEmpty(); }
};

} // namespace deltatrace
