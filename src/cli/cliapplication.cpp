// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"
#include "gradecommand.h"
#include "handoutcommand.h"

#include "runoutcome.h"
#include "seedexplorer.h"

#include "inputlimits.h"
#include "lessonlibrary.h"
#include "lessonloader.h"
#include "networkcommands.h"
#include "networktracefile.h"
#include "numberargument.h"
#include "numberformat.h"
#include "regularfile.h"
#include "runlimits.h"
#include "runoutcome.h"
#include "traceexporter.h"
#include "tracefile.h"
#include "trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <map>

namespace deltatrace {

namespace {

const char *const kUsage =
    "Usage:\n"
    "  deltatrace-cli list [DIR]\n"
    "      The lessons in DIR (default: ./lessons) and their experiments.\n"
    "  deltatrace-cli record LESSON_FILE --experiment ID [--seed N] [--epochs N] [--alpha A] [--full]\n"
    "                 --out TRACE_FILE\n"
    "      Train and save the trace (.dtrace): the run's inputs and a digest of its values, recomputed\n"
    "      and checked when opened (tens of kilobytes). --full keeps every value, for archives.\n"
    "  deltatrace-cli export TRACE_FILE --format jsonl|csv|py [--out FILE] [--epochs FROM:TO]\n"
    "      Write a trace as JSON Lines or CSV (stdout without --out). FROM and TO are\n"
    "      0-based epochs, both included. py: a numpy script that recomputes the run and\n"
    "      prints its final outputs, as the lesson's code does.\n"
    "  deltatrace-cli explore LESSON_FILE --experiment ID --seeds FROM:TO [--epochs N] [--alpha A]\n"
    "                 [--format csv|jsonl]\n"
    "      Train from every seed FROM..TO (both included) on all cores and print how each run\n"
    "      ended: seed, outcome, the epoch from which it stays solved, final losses (CSV by\n"
    "      default). A summary goes to stderr.\n"
    "  deltatrace-cli grade TRACE_FILE... [--out FILE]\n"
    "      Grade saved exercise traces: one CSV row per question (student, seed, exercise,\n"
    "      answer, correct, attempts, time in seconds, revealed, hinted, file), every answer\n"
    "      checked afresh against the recomputed run. A file that is not a trace, is damaged or\n"
    "      tampered with, or has no exercises is skipped with its name and the place on stderr;\n"
    "      the rest are graded, and the exit status is 1. --out writes UTF-8 with a byte-order mark.\n"
    "  deltatrace-cli handout TRACE_FILE --out FILE.pdf [--lang ko|en] [--at EPOCH:SAMPLE[:OP] | --tour]\n"
    "                 [--paper a4|letter] [--note TEXT] [--chart loss|outputs|weights] [--no-plane]\n"
    "      Write a PDF handout (fonts embedded, pictures as vectors) of one position or of every\n"
    "      stop of the lesson's tour; needs no display. See deltatrace-cli handout --help.\n"
    "  deltatrace-cli --help | --version\n"
    "\n"
    "Numbers are plain: N is digits only (no sign, no spaces); A is a decimal like 0.5 or 1e-3.\n"
    "--out never replaces a device, a FIFO, a folder or the command's own input file.\n"
    "\n"
    "Exit status: 0 success, 1 runtime error (bad file, write failure), 2 usage error.\n";

QString quoted(const QString &text) { return InputLimits::quoted(text); }

// QCommandLineParser's own message quotes an unknown option whole; an option name can be
// anything a script pasted, so it is quoted and cut like any other untrusted text.
QString parseError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return QStringLiteral("unknown option %1").arg(quoted(unknown.first()));
    return parser.errorText();
}

// Why `path` may not be written by a command that reads `inputs`, as one line naming the
// file, or an empty string. RegularFile decides; this only words it for the command line.
QString refusalToWrite(const QString &path, const QStringList &inputs)
{
    const QString why = RegularFile::refusalToWrite(path, inputs);
    return why.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
}

// The system's words for a failed write: errno, captured right after the call, says "No space
// left on device" where QSaveFile's errorString() would say "Unknown error".
QString writeError(int errorNumber, const QIODevice &device)
{
    return errorNumber != 0 ? RegularFile::systemError(errorNumber) : device.errorString();
}

// FROM:TO, two integers from 0 to `max` (digits only) with FROM <= TO; nothing otherwise.
std::optional<std::pair<unsigned long long, unsigned long long>> parseRange(const QString &text, unsigned long long max)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    std::optional<unsigned long long> from, to;
    if (parts.size() == 2) {
        from = NumberArgument::integer(parts[0], 0, max);
        to = NumberArgument::integer(parts[1], 0, max);
    }
    if (!from || !to || *from > *to)
        return std::nullopt;
    return std::make_pair(*from, *to);
}

// What the command line changes in an experiment's run; unset values keep the lesson's.
struct RunOverrides
{
    std::optional<unsigned long long> seed;
    std::optional<unsigned long long> epochs;
    std::optional<double> alpha;
};

// --seed N (record only: explore takes a range). The usage error, or an empty string.
QString readSeed(const QCommandLineParser &parser, const QCommandLineOption &seedOption, RunOverrides &overrides)
{
    if (!parser.isSet(seedOption))
        return QString();
    overrides.seed = NumberArgument::integer(parser.value(seedOption), 0, RunLimits::MaxSeed);
    if (!overrides.seed)
        return QStringLiteral("--seed must be an integer from 0 to %1 (digits only), not %2")
            .arg(RunLimits::MaxSeed).arg(quoted(parser.value(seedOption)));
    return QString();
}

// --epochs N and --alpha A, which record and explore share. The usage error, or an empty string.
QString readEpochsAndAlpha(const QCommandLineParser &parser, const QCommandLineOption &epochsOption,
                           const QCommandLineOption &alphaOption, RunOverrides &overrides)
{
    if (parser.isSet(epochsOption)) {
        overrides.epochs = NumberArgument::integer(parser.value(epochsOption), 1, RunLimits::MaxEpochs);
        if (!overrides.epochs)
            return QStringLiteral("--epochs must be an integer from 1 to %1 (digits only), not %2")
                .arg(RunLimits::MaxEpochs).arg(quoted(parser.value(epochsOption)));
    }
    if (parser.isSet(alphaOption)) {
        overrides.alpha = NumberArgument::decimal(parser.value(alphaOption));
        if (!overrides.alpha || *overrides.alpha <= 0.0 || *overrides.alpha > RunLimits::MaxAlpha)
            return QStringLiteral("--alpha must be a decimal number above 0, like 0.5 or 1e-3, not %1")
                .arg(quoted(parser.value(alphaOption)));
    }
    return QString();
}

// A run of `experiment` with the command line's changes. The seed is the caller's: record
// trains from one, explore from many.
TraceSpec runSpec(const Lesson &lesson, const Experiment &experiment, const RunOverrides &overrides)
{
    TraceSpec spec;
    spec.lessonId = lesson.id;
    spec.experimentId = experiment.id;
    spec.rule = experiment.rule;
    spec.alpha = overrides.alpha.value_or(experiment.alpha);
    spec.epochs = overrides.epochs ? static_cast<int>(*overrides.epochs) : experiment.epochs;
    spec.X = lesson.X;
    spec.D = lesson.D;
    return spec;
}

// The command line's changes as the lesson library takes them (the values are checked already).
LessonLibrary::Overrides libraryOverrides(const RunOverrides &overrides)
{
    LessonLibrary::Overrides library;
    if (overrides.seed)
        library.seed = static_cast<std::uint32_t>(*overrides.seed);
    if (overrides.epochs)
        library.epochs = static_cast<int>(*overrides.epochs);
    library.alpha = overrides.alpha;
    return library;
}

// A general network's run may not exceed the sample steps a lesson may ask for (the loader
// holds lessons to the same limit); the usage error, or an empty string.
QString networkRunTooLong(const NetworkRun &run)
{
    if (run.stepCount() <= RunLimits::MaxNetworkSteps)
        return QString();
    return QStringLiteral("--epochs %1 with %2 samples makes %3 sample steps; a general network's run may have at most %4")
        .arg(run.epochs).arg(run.sampleCount()).arg(run.stepCount()).arg(RunLimits::MaxNetworkSteps);
}

} // namespace

// A lesson file and the experiment a command names in it (the experiment points into the lesson).
struct CliApplication::ChosenExperiment
{
    LessonLoader::Result loaded;
    const Experiment *experiment = nullptr;

    const Lesson &lesson() const { return *loaded.lesson; }
};

CliApplication::CliApplication(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CliApplication::usageError(const QString &message)
{
    m_err << "deltatrace-cli: " << message << "\n"
          << "Try 'deltatrace-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int CliApplication::runtimeError(const QString &message)
{
    m_err << "deltatrace-cli: " << message << "\n";
    m_err.flush();
    return RuntimeError;
}

void CliApplication::printHelp()
{
    m_out << "deltatrace-cli " << QCoreApplication::applicationVersion()
          << ": record and export DeltaTrace training traces.\n\n"
          << kUsage;
    m_out.flush();
}

int CliApplication::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("missing command (list, record, export, explore, grade or handout)"));
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printHelp();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "deltatrace-cli " << QCoreApplication::applicationVersion() << "\n";
        m_out.flush();
        return Success;
    }
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("record"))
        return record(rest);
    if (command == QLatin1String("export"))
        return exportTrace(rest);
    if (command == QLatin1String("explore"))
        return explore(rest);
    if (command == QLatin1String("grade"))
        return GradeCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("handout"))
        return HandoutCommand(m_out, m_err).run(rest);
    return usageError(QStringLiteral("unknown command %1 (expected list, record, export, explore, grade or handout)").arg(quoted(command)));
}

int CliApplication::list(const QStringList &args)
{
    if (args.contains(QLatin1String("--help"))) {
        printHelp();
        return Success;
    }
    if (args.size() > 1)
        return usageError(QStringLiteral("list takes at most one folder"));
    const QString dir = args.isEmpty() ? QStringLiteral("lessons") : args.first();
    if (!QFileInfo(dir).isDir())
        return runtimeError(QStringLiteral("%1: not a folder").arg(dir));
    const QStringList files = LessonLoader::lessonFilesIn(dir);
    if (files.isEmpty())
        return runtimeError(QStringLiteral("%1: no lesson files (*.lesson.json)").arg(dir));

    int failures = 0;
    for (const QString &file : files) {
        const LessonLoader::Result result = LessonLoader::loadFile(file);
        if (!result.ok()) {
            // One bad lesson does not hide the good ones; it still makes the exit status 1.
            m_err << result.error << "\n";
            ++failures;
            continue;
        }
        const Lesson &lesson = *result.lesson;
        m_out << lesson.id << "  " << lesson.title.en << " / " << lesson.title.ko << "\n"
              << "    file: " << QDir::toNativeSeparators(file) << "\n";
        for (const Experiment &e : lesson.experiments) {
            m_out << "    " << e.id.leftJustified(18) << " "
                  << (e.network ? NetworkCommands::describe(e) : QStringLiteral("rule=") + QString::fromLatin1(ruleName(e.rule).data()))
                  << " epochs=" << e.epochs << " alpha=" << NumberFormat::exact(e.alpha)
                  << " seed=" << e.seed << "  " << e.title.en << " / " << e.title.ko << "\n";
        }
    }
    m_out.flush();
    m_err.flush();
    return failures == 0 ? Success : RuntimeError;
}

int CliApplication::record(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption experimentOption(QStringLiteral("experiment"), QString(), QStringLiteral("ID"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QString(), QStringLiteral("N"));
    const QCommandLineOption alphaOption(QStringLiteral("alpha"), QString(), QStringLiteral("A"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("TRACE_FILE"));
    const QCommandLineOption fullOption(QStringLiteral("full"));
    const QCommandLineOption helpOption(QStringLiteral("help"));
    parser.addOptions({experimentOption, seedOption, epochsOption, alphaOption, outOption, fullOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("LESSON_FILE"), QString());
    if (!parser.parse(QStringList{QStringLiteral("record")} + args))
        return usageError(parseError(parser));
    if (parser.isSet(helpOption)) {
        printHelp();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("record needs exactly one LESSON_FILE"));
    if (!parser.isSet(experimentOption))
        return usageError(QStringLiteral("record needs --experiment ID"));
    if (!parser.isSet(outOption))
        return usageError(QStringLiteral("record needs --out TRACE_FILE"));

    // Check the options before touching any file: a usage error is not a runtime error.
    RunOverrides overrides;
    QString badOption = readSeed(parser, seedOption, overrides);
    if (badOption.isEmpty())
        badOption = readEpochsAndAlpha(parser, epochsOption, alphaOption, overrides);
    if (!badOption.isEmpty())
        return usageError(badOption);

    // The target before the lesson: a refusal must not wait for a long recording. The lesson
    // is an input, so `--out` naming it is refused rather than replacing the lesson.
    const QString lessonPath = positional.first();
    const QString outPath = parser.value(outOption);
    if (const QString refusal = refusalToWrite(outPath, {lessonPath}); !refusal.isEmpty())
        return runtimeError(refusal);

    ChosenExperiment chosen;
    if (const int status = loadExperiment(lessonPath, parser.value(experimentOption), true, chosen); status != Success)
        return status;
    const Experiment &experiment = *chosen.experiment;
    if (experiment.network) {
        if (parser.isSet(fullOption))
            return usageError(QStringLiteral("--full is for lessons 1-3's traces; a general network's trace keeps its run and a digest "
                                             "and is recomputed and checked when opened"));
        const NetworkRun run = LessonLibrary::networkRunFor(chosen.lesson(), experiment, libraryOverrides(overrides));
        if (const QString tooLong = networkRunTooLong(run); !tooLong.isEmpty())
            return usageError(tooLong);
        return NetworkCommands(m_out, m_err).record(run, outPath);
    }
    if (experiment.rule == Rule::Forward && overrides.epochs && *overrides.epochs != 1)
        return usageError(QStringLiteral("experiment %1 is a forward pass only: --epochs must be 1").arg(quoted(experiment.id)));

    TraceSpec spec = runSpec(chosen.lesson(), experiment, overrides);
    spec.lessonSource = chosen.lesson().source;
    spec.seed = overrides.seed ? static_cast<std::uint32_t>(*overrides.seed) : experiment.seed;

    // A compact trace is recomputed when it is opened: only the epoch summaries are needed here
    // (for the outcome), so the run is recorded with checkpoints unless every value is kept.
    const bool full = parser.isSet(fullOption);
    if (full && Trainer::fullRecordBytes(spec) > Trainer::DefaultFullRecordBudget)
        return usageError(QStringLiteral("--full keeps every value, at most %1 MB; this run would take %2 MB (without --full the "
                                         "trace keeps its inputs and is recomputed when opened)")
                              .arg(Trainer::DefaultFullRecordBudget >> 20).arg(Trainer::fullRecordBytes(spec) >> 20));
    const std::optional<Trace> trace = recordWithProgress(spec, full);
    if (!trace)
        return runtimeError(QStringLiteral("recording was cancelled"));

    QString error;
    if (!TraceFile::write(*trace, outPath, &error, full ? TraceFile::Storage::Full : TraceFile::Storage::Compact))
        return runtimeError(error);
    printRecorded(spec, *trace, full, outPath);
    return Success;
}

int CliApplication::loadExperiment(const QString &lessonPath, const QString &experimentId, bool listOthers,
                                   ChosenExperiment &chosen)
{
    chosen.loaded = LessonLoader::loadFile(lessonPath);
    if (!chosen.loaded.ok())
        return runtimeError(chosen.loaded.error);
    chosen.experiment = chosen.lesson().experiment(experimentId);
    if (chosen.experiment)
        return Success;
    QString message = QStringLiteral("%1 has no experiment %2").arg(QDir::toNativeSeparators(lessonPath), quoted(experimentId));
    if (listOthers) {
        QStringList ids;
        for (const Experiment &e : chosen.lesson().experiments)
            ids << e.id;
        message += QStringLiteral(" (it has: %1)").arg(ids.join(QLatin1String(", ")));
    }
    return usageError(message);
}

std::optional<Trace> CliApplication::recordWithProgress(const TraceSpec &spec, bool full)
{
    // Progress only for runs that take longer than a moment, so short runs stay quiet.
    QElapsedTimer clock;
    clock.start();
    bool progressShown = false;
    long long shownPercent = -1;
    Trainer::Options options;
    options.fullRecordBudget = full ? Trainer::DefaultFullRecordBudget : 0;
    options.progress = [&](long long done, long long total) {
        const long long percent = done * 100 / total;
        if (clock.elapsed() > 400 && percent != shownPercent) {
            m_err << "\rrecording: " << percent << "% (" << done << " of " << total << " epochs)";
            m_err.flush();
            progressShown = true;
            shownPercent = percent;
        }
        return true;
    };
    std::optional<Trace> trace = Trainer::record(spec, options);
    if (progressShown)
        m_err << "\n";
    return trace;
}

void CliApplication::printRecorded(const TraceSpec &spec, const Trace &trace, bool full, const QString &outPath)
{
    const EpochSummary last = trace.epochSummary(trace.epochCount() - 1);
    m_out << "recorded " << spec.lessonId << " / " << spec.experimentId << ": seed " << spec.seed
          << ", alpha " << NumberFormat::exact(spec.alpha) << ", " << spec.epochs << (spec.epochs == 1 ? " epoch, " : " epochs, ")
          << trace.stepCount() << " sample steps"
          << (full ? " (every value kept)" : " (compact: recomputed and checked when opened)") << "\n"
          << "final outputs:";
    for (double y : last.outputs)
        m_out << " " << NumberFormat::value(y, 6);
    m_out << "\nmean squared error: " << NumberFormat::value(last.meanSquaredError, 6) << "\n";
    printOutcome(trace);
    if (trace.firstNonFiniteStep() >= 0) {
        const long long s = trace.firstNonFiniteStep();
        m_out << "warning: values stopped being finite at epoch " << s / SampleCount << ", sample "
              << s % SampleCount << " (" << QString::fromLatin1(quantityName(trace.firstNonFiniteQuantity()).data())
              << "); the learning rate is too large for this network\n";
    }
    m_out << "written: " << QDir::toNativeSeparators(outPath) << "\n";
    m_out.flush();
}

void CliApplication::printOutcome(const Trace &trace)
{
    const RunOutcome outcome = RunOutcome::of(trace);
    const RunOutcome::Kind kind = outcome.kind();
    if (kind == RunOutcome::Kind::NotTrained)
        return;
    QStringList samples;
    for (int k : outcome.unsettledSamples())
        samples << QString::number(k);
    const QString unsettled = samples.size() == 1 ? QStringLiteral("sample %1 is").arg(samples.first())
                                                  : QStringLiteral("samples %1 are").arg(samples.join(QStringLiteral(", ")));
    m_out << "outcome: " << QString::fromLatin1(RunOutcome::keyword(kind).data()) << " (";
    switch (kind) {
    case RunOutcome::Kind::Solved:
        m_out << "every output is on its target's side of 0.5";
        break;
    case RunOutcome::Kind::Stalled:
        m_out << unsettled << " on the wrong side of 0.5 or near it, and the loss has been flat since epoch "
              << outcome.flatFromEpoch()
              << (isTwoLayer(trace.rule()) ? "; more epochs or another seed may still get it off this plateau"
                                           : "; one neuron's boundary is a straight line: where no line separates the samples, "
                                             "as for XOR, no number of epochs and no seed solves the task");
        break;
    case RunOutcome::Kind::Learning:
        m_out << unsettled << " on the wrong side of 0.5 or near it, but the loss is still falling: more epochs would help";
        break;
    case RunOutcome::Kind::Saturated: {
        const RunOutcome::SaturatedSigmoid sigmoid = RunOutcome::firstSaturatedSigmoid(trace);
        m_out << unsettled << " on the wrong side of 0.5 or near it, and a sigmoid saturated ("
              << (sigmoid.output ? QStringLiteral("y") : QStringLiteral("y1[%1]").arg(sigmoid.unit))
              << " exactly 0 or 1 at epoch " << sigmoid.step / SampleCount << ", sample " << sigmoid.step % SampleCount << "): ";
        // The cross-entropy delta has no slope factor: a saturated output still moves W2.
        if (trace.rule() == Rule::BackpropCrossEntropy)
            m_out << "a saturated hidden unit's row of W1 stops learning, but the cross-entropy delta (e) has no slope, "
                     "so W2 keeps changing at every step; try a smaller alpha";
        else
            m_out << "its slope is 0, so learning through it stopped; try a smaller alpha";
        break;
    }
    case RunOutcome::Kind::NotFinite:
        m_out << "values stopped being finite";
        break;
    case RunOutcome::Kind::NotTrained:
        break;
    }
    m_out << ")\n";
}

int CliApplication::exportTrace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QString(), QStringLiteral("FROM:TO"));
    const QCommandLineOption helpOption(QStringLiteral("help"));
    parser.addOptions({formatOption, outOption, epochsOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("export")} + args))
        return usageError(parseError(parser));
    if (parser.isSet(helpOption)) {
        printHelp();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("export needs exactly one TRACE_FILE"));
    const QString formatName = parser.value(formatOption);
    TraceExporter::Format format;
    if (formatName == QLatin1String("jsonl"))
        format = TraceExporter::Format::JsonLines;
    else if (formatName == QLatin1String("csv"))
        format = TraceExporter::Format::Csv;
    else if (formatName == QLatin1String("py"))
        format = TraceExporter::Format::NumpyScript;
    else
        return usageError(parser.isSet(formatOption)
                              ? QStringLiteral("unknown --format %1 (expected jsonl, csv or py)").arg(quoted(formatName))
                              : QStringLiteral("export needs --format jsonl|csv|py"));
    if (format == TraceExporter::Format::NumpyScript && parser.isSet(epochsOption))
        return usageError(QStringLiteral("--epochs does not apply to --format py: the script recomputes the whole run"));

    std::optional<std::pair<unsigned long long, unsigned long long>> epochRange;
    if (parser.isSet(epochsOption)) {
        epochRange = parseRange(parser.value(epochsOption), RunLimits::MaxEpochs);
        if (!epochRange)
            return usageError(QStringLiteral("--epochs takes FROM:TO, two 0-based epochs (digits only) with FROM <= TO, not %1")
                                  .arg(quoted(parser.value(epochsOption))));
    }

    // The target before the trace is read (a refusal must not wait for a large trace), and
    // again by writeFile just before writing: a regular file or a new name, never the trace.
    const QString tracePath = positional.first();
    const bool toFile = parser.isSet(outOption);
    const QString path = parser.value(outOption);
    if (toFile) {
        if (const QString refusal = refusalToWrite(path, {tracePath}); !refusal.isEmpty())
            return runtimeError(refusal);
    }

    if (NetworkTraceFile::isGeneral(tracePath)) {
        NetworkCommands::ExportRequest request;
        request.tracePath = tracePath;
        request.format = formatName;
        request.outPath = toFile ? path : QString();
        if (epochRange)
            request.epochs = std::make_pair(static_cast<long long>(epochRange->first), static_cast<long long>(epochRange->second));
        return NetworkCommands(m_out, m_err).exportTrace(request);
    }
    const TraceFile::ReadResult read = TraceFile::read(tracePath);
    if (!read.ok())
        return runtimeError(read.error);
    const Trace &trace = *read.trace;

    TraceExporter::Range range;
    if (epochRange) {
        if (epochRange->second >= static_cast<quint64>(trace.epochCount()))
            return usageError(QStringLiteral("--epochs %1:%2 is outside the trace, which has epochs 0 to %3")
                                  .arg(epochRange->first).arg(epochRange->second).arg(trace.epochCount() - 1));
        range.firstEpoch = static_cast<int>(epochRange->first);
        range.lastEpoch = static_cast<int>(epochRange->second);
    }

    QString error;
    if (!toFile) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return runtimeError(QStringLiteral("cannot write to standard output"));
        if (!TraceExporter::write(trace, format, out, &error, range))
            return runtimeError(QStringLiteral("standard output: %1").arg(error));
        errno = 0;
        if (!out.flush()) {
            const int flushError = errno;
            return runtimeError(QStringLiteral("standard output: cannot write: %1").arg(writeError(flushError, out)));
        }
        return Success;
    }
    // Atomic, and the target is checked again just before writing.
    if (!TraceExporter::writeFile(trace, format, path, {tracePath}, &error, range))
        return runtimeError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error));
    return Success;
}

int CliApplication::explore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption experimentOption(QStringLiteral("experiment"), QString(), QStringLiteral("ID"));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"), QString(), QStringLiteral("FROM:TO"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QString(), QStringLiteral("N"));
    const QCommandLineOption alphaOption(QStringLiteral("alpha"), QString(), QStringLiteral("A"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption helpOption(QStringLiteral("help"));
    parser.addOptions({experimentOption, seedsOption, epochsOption, alphaOption, formatOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("explore")} + args))
        return usageError(parseError(parser));
    if (parser.isSet(helpOption)) {
        printHelp();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("explore needs exactly one LESSON_FILE"));
    if (!parser.isSet(experimentOption) || !parser.isSet(seedsOption))
        return usageError(QStringLiteral("explore needs --experiment ID and --seeds FROM:TO"));
    const QString formatName = parser.value(formatOption);
    if (parser.isSet(formatOption) && formatName != QLatin1String("csv") && formatName != QLatin1String("jsonl"))
        return usageError(QStringLiteral("unknown --format %1 (expected csv or jsonl)").arg(quoted(formatName)));
    const bool json = formatName == QLatin1String("jsonl");

    const auto seeds = parseRange(parser.value(seedsOption), RunLimits::MaxSeed);
    if (!seeds)
        return usageError(QStringLiteral("--seeds takes FROM:TO, two seeds from 0 to %1 (digits only) with FROM <= TO, not %2")
                              .arg(RunLimits::MaxSeed).arg(quoted(parser.value(seedsOption))));
    RunOverrides overrides;
    if (const QString badOption = readEpochsAndAlpha(parser, epochsOption, alphaOption, overrides); !badOption.isEmpty())
        return usageError(badOption);

    ChosenExperiment chosen;
    if (const int status = loadExperiment(positional.first(), parser.value(experimentOption), false, chosen); status != Success)
        return status;
    const auto firstSeed = static_cast<std::uint32_t>(seeds->first);
    const auto lastSeed = static_cast<std::uint32_t>(seeds->second);
    if (chosen.experiment->network) {
        const NetworkRun run = LessonLibrary::networkRunFor(chosen.lesson(), *chosen.experiment, libraryOverrides(overrides));
        if (const QString tooLong = networkRunTooLong(run); !tooLong.isEmpty())
            return usageError(tooLong);
        const auto results = exploreWithProgress(
            [&](const SeedExplorer::Options &options) { return SeedExplorer::explore(run, firstSeed, lastSeed, options); });
        printExploration(*results, json);
        return Success;
    }
    if (chosen.experiment->rule == Rule::Forward)
        return usageError(QStringLiteral("experiment %1 is a forward pass only: there is nothing to explore").arg(quoted(chosen.experiment->id)));

    const TraceSpec spec = runSpec(chosen.lesson(), *chosen.experiment, overrides);
    const auto results = exploreWithProgress(
        [&](const SeedExplorer::Options &options) { return SeedExplorer::explore(spec, firstSeed, lastSeed, options); });
    printExploration(*results, json);
    return Success;
}

std::optional<std::vector<SeedExplorer::Result>> CliApplication::exploreWithProgress(const Explore &explore)
{
    // Progress at most five times a second, and only for explorations longer than a moment.
    QElapsedTimer clock;
    clock.start();
    bool progressShown = false;
    qint64 shownAt = 0;
    SeedExplorer::Options options;
    options.progress = [&](long long done, long long total) {
        const qint64 now = clock.elapsed();
        if (now > 400 && (now - shownAt >= 200 || done == total)) {
            m_err << "\rexploring: " << done << " of " << total << " seeds";
            m_err.flush();
            progressShown = true;
            shownAt = now;
        }
        return true;
    };
    auto results = explore(options);
    if (progressShown)
        m_err << "\n";
    return results;
}

void CliApplication::printExploration(const std::vector<SeedExplorer::Result> &results, bool json)
{
    std::map<RunOutcome::Kind, long long> counts;
    std::vector<int> solvedFrom;
    if (!json)
        m_out << "seed,outcome,solved_from_epoch,final_mse,final_cross_entropy\n";
    for (const SeedExplorer::Result &r : results) {
        const QString outcome = QString::fromLatin1(RunOutcome::keyword(r.outcome).data());
        const QString from = r.solvedFromEpoch >= 0 ? QString::number(r.solvedFromEpoch) : QString();
        if (json)
            m_out << "{\"seed\": " << r.seed << ", \"outcome\": \"" << outcome << "\", \"solvedFromEpoch\": "
                  << (from.isEmpty() ? QStringLiteral("null") : from) << ", \"finalMse\": " << NumberFormat::exact(r.finalMeanSquaredError)
                  << ", \"finalCrossEntropy\": " << NumberFormat::exact(r.finalCrossEntropy) << "}\n";
        else
            m_out << r.seed << ',' << outcome << ',' << from << ',' << NumberFormat::exact(r.finalMeanSquaredError) << ','
                  << NumberFormat::exact(r.finalCrossEntropy) << "\n";
        ++counts[r.outcome];
        if (r.solvedFromEpoch >= 0)
            solvedFrom.push_back(r.solvedFromEpoch);
    }
    m_out.flush();

    // The summary a learner reads: how many starts each outcome has, and how fast the solved ones were.
    const auto total = static_cast<double>(results.size());
    QStringList parts;
    for (const auto &[kind, count] : counts)
        parts << QStringLiteral("%1 %2 (%3 %)").arg(QString::fromLatin1(RunOutcome::keyword(kind).data())).arg(count).arg(100.0 * static_cast<double>(count) / total, 0, 'f', 1);
    m_err << results.size() << " seeds: " << parts.join(QStringLiteral(", "));
    if (!solvedFrom.empty()) {
        std::sort(solvedFrom.begin(), solvedFrom.end());
        m_err << "; solved from epoch " << solvedFrom.front() << " to " << solvedFrom.back() << ", median "
              << solvedFrom[solvedFrom.size() / 2];
    }
    m_err << "\n";
    m_err.flush();
}

} // namespace deltatrace
