// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutcommand.h"

#include "cliapplication.h"
#include "inputlimits.h"
#include "lessonloader.h"
#include "network.h"
#include "numberargument.h"
#include "regularfile.h"
#include "rule.h"
#include "runlimits.h"
#include "stepcontroller.h"
#include "trace.h"
#include "tracefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#ifdef DELTATRACE_HANDOUT
#include "handoutwriter.h"
#include "languagemanager.h"

#include <QApplication>
#endif

#include <cstdio>
#include <cstring>

namespace deltatrace {

namespace {

const char *const kHandoutUsage =
    "Usage: deltatrace-cli handout TRACE_FILE --out FILE.pdf [--lang ko|en] [--at EPOCH:SAMPLE[:OPERATION]]\n"
    "                              [--paper a4|letter] [--note TEXT] [--chart loss|outputs|weights] [--no-plane]\n"
    "       deltatrace-cli handout TRACE_FILE --out FILE.pdf --tour [--lang ko|en] [--paper a4|letter] ...\n"
    "  Write a PDF handout of the trace, as the window's File > Export Handout does: the position's\n"
    "  title, the formula with its numbers, the network diagram, the input plane (unless --no-plane),\n"
    "  a training chart (with --chart) and the note.\n"
    "  --at: 0-based epoch and sample (0 to 3) and an operation (a name like delta, or its index\n"
    "  from 0); default: the run's last operation. --lang: the handout's language (default: the\n"
    "  system's). --paper: a4 (default) or letter. Needs no display.\n"
    "  --tour: a section per stop of the tour the trace's lesson gives its experiment, each with\n"
    "  the stop's note (a stop whose event does not happen in this run is left out).\n";

QString quoted(const QString &text) { return InputLimits::quoted(text); }

} // namespace

HandoutCommand::HandoutCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

std::unique_ptr<QCoreApplication> HandoutCommand::application(int &argc, char **argv)
{
#ifdef DELTATRACE_HANDOUT
    if (argc > 1 && std::strcmp(argv[1], "handout") == 0) {
        // Painting needs a platform; offscreen needs no display, and is forced so that a handout
        // is the same on a desktop and on a server.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's and the widgets' warnings about a desktop that a server has not (no
        // XDG_RUNTIME_DIR, no window manager to size a window) are noise on the command's
        // stderr, which says only what went wrong; the command reports its own errors.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int HandoutCommand::usageError(const QString &message)
{
    m_err << "deltatrace-cli: " << message << "\n"
          << "Try 'deltatrace-cli handout --help'.\n";
    m_err.flush();
    return CliApplication::UsageError;
}

int HandoutCommand::runtimeError(const QString &message)
{
    m_err << "deltatrace-cli: " << message << "\n";
    m_err.flush();
    return CliApplication::RuntimeError;
}

int HandoutCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANGUAGE"));
    const QCommandLineOption atOption(QStringLiteral("at"), QString(), QStringLiteral("PLACE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QString(), QStringLiteral("PAPER"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption chartOption(QStringLiteral("chart"), QString(), QStringLiteral("CHART"));
    const QCommandLineOption noPlaneOption(QStringLiteral("no-plane"));
    const QCommandLineOption tourOption(QStringLiteral("tour"));
    const QCommandLineOption helpOption(QStringLiteral("help"));
    parser.addOptions({outOption, langOption, atOption, paperOption, noteOption, chartOption, noPlaneOption, tourOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("handout")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        return usageError(unknown.isEmpty() ? parser.errorText() : QStringLiteral("unknown option %1").arg(quoted(unknown.first())));
    }
    if (parser.isSet(helpOption)) {
        m_out << kHandoutUsage;
        m_out.flush();
        return CliApplication::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("handout needs exactly one TRACE_FILE"));
    if (!parser.isSet(outOption))
        return usageError(QStringLiteral("handout needs --out FILE.pdf"));
    const QString language = parser.value(langOption);
    if (parser.isSet(langOption) && language != QLatin1String("ko") && language != QLatin1String("en"))
        return usageError(QStringLiteral("unknown --lang %1 (expected ko or en)").arg(quoted(language)));
    const QString paper = parser.value(paperOption);
    if (parser.isSet(paperOption) && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usageError(QStringLiteral("unknown --paper %1 (expected a4 or letter)").arg(quoted(paper)));
    const QString chart = parser.value(chartOption);
    if (parser.isSet(chartOption) && chart != QLatin1String("loss") && chart != QLatin1String("outputs") && chart != QLatin1String("weights"))
        return usageError(QStringLiteral("unknown --chart %1 (expected loss, outputs or weights)").arg(quoted(chart)));
    const bool tour = parser.isSet(tourOption);
    if (tour && (parser.isSet(atOption) || parser.isSet(noteOption)))
        return usageError(QStringLiteral("give --tour or --at/--note, not both (a tour's stops bring their places and notes)"));
    // EPOCH:SAMPLE[:OPERATION], the window's --goto; checked against the run once it is read.
    unsigned long long epoch = 0, sample = 0;
    QString operation;
    const bool at = parser.isSet(atOption);
    if (at) {
        const QStringList parts = parser.value(atOption).split(QLatin1Char(':'));
        const auto e = parts.size() >= 2 ? NumberArgument::integer(parts[0], 0, RunLimits::MaxEpochs - 1) : std::nullopt;
        const auto k = parts.size() >= 2 ? NumberArgument::integer(parts[1], 0, SampleCount - 1) : std::nullopt;
        if (parts.size() > 3 || !e || !k)
            return usageError(QStringLiteral("--at takes EPOCH:SAMPLE[:OPERATION], a 0-based epoch, a sample from 0 to %1 "
                                             "and an operation (a name like delta, or its index from 0), not %2")
                                  .arg(SampleCount - 1).arg(quoted(parser.value(atOption))));
        epoch = *e;
        sample = *k;
        operation = parts.size() == 3 ? parts[2] : QString();
    }

#ifndef DELTATRACE_HANDOUT
    Q_UNUSED(epoch);
    Q_UNUSED(sample);
    return runtimeError(QStringLiteral("this deltatrace-cli was built without the desktop application, which paints handouts"));
#else
    // The target before the trace is read: a refusal must not wait for a large trace.
    const QString tracePath = positional.first();
    const QString outPath = parser.value(outOption);
    if (const QString why = RegularFile::refusalToWrite(outPath, {tracePath}); !why.isEmpty())
        return runtimeError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(outPath), why));

    TraceFile::ReadResult read = TraceFile::read(tracePath);
    if (!read.ok())
        return runtimeError(read.error);
    auto trace = std::make_shared<const Trace>(std::move(*read.trace));
    if (trace->stepCount() <= 0)
        return runtimeError(QStringLiteral("%1: the trace has no sample step to print").arg(QDir::toNativeSeparators(tracePath)));

    const int operations = static_cast<int>(operationsOf(trace->rule()).size());
    TracePosition position{trace->stepCount() - 1, operations - 1};
    if (at) {
        if (epoch >= static_cast<unsigned long long>(trace->epochCount()))
            return usageError(QStringLiteral("--at: epoch %1 is outside the trace, which has epochs 0 to %2").arg(epoch).arg(trace->epochCount() - 1));
        const std::optional<int> index = StepController::parseOperation(trace->rule(), operation);
        if (!index)
            return usageError(QStringLiteral("--at: %1 is not an operation of this run").arg(quoted(operation)));
        position = {static_cast<long long>(epoch) * SampleCount + static_cast<long long>(sample), *index < 0 ? operations - 1 : *index};
    }

    // The handout's words in its language: the window's translators.
    LanguageManager languages;
    languages.setLanguage(language);
    HandoutWriter::Document document = HandoutWriter::of(trace, languages.language());
    document.paper = paper == QLatin1String("letter") ? HandoutWriter::Paper::Letter : HandoutWriter::Paper::A4;
    document.contents.inputPlane = !parser.isSet(noPlaneOption);
    if (chart == QLatin1String("loss"))
        document.contents.chart = HandoutWriter::Chart::Loss;
    else if (chart == QLatin1String("outputs"))
        document.contents.chart = HandoutWriter::Chart::Outputs;
    else if (chart == QLatin1String("weights"))
        document.contents.chart = HandoutWriter::Chart::Weights;
    if (tour) {
        // The tour travels in the trace with its lesson's source (the file was checked against it).
        const LessonLoader::Result lesson = LessonLoader::parse(trace->spec().lessonSource, trace->spec().lessonId);
        const Experiment *experiment = lesson.ok() ? lesson.lesson->experiment(trace->spec().experimentId) : nullptr;
        if (!experiment || !experiment->tour)
            return runtimeError(QStringLiteral("%1: the lesson in this trace has no tour for experiment %2")
                                    .arg(QDir::toNativeSeparators(tracePath), quoted(trace->spec().experimentId)));
        document.sections = HandoutWriter::tourSections(experiment->tour->resolve(*trace), languages.language());
        if (document.sections.empty())
            return runtimeError(QStringLiteral("%1: no stop of the tour is in this run").arg(QDir::toNativeSeparators(tracePath)));
    } else {
        document.sections.push_back({position, parser.value(noteOption)});
    }
    QString error;
    if (!HandoutWriter::write(document, outPath, &error))
        return runtimeError(error);
    m_out << "written: " << QDir::toNativeSeparators(outPath) << "\n";
    m_out.flush();
    return CliApplication::Success;
#endif
}

} // namespace deltatrace
