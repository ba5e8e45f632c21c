#include "cliapplication.h"

#include "lessonloader.h"
#include "numberformat.h"
#include "runlimits.h"
#include "traceexporter.h"
#include "tracefile.h"
#include "trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

namespace deltatrace {

namespace {

const char *const kUsage =
    "Usage:\n"
    "  deltatrace-cli list [DIR]\n"
    "      The lessons in DIR (default: ./lessons) and their experiments.\n"
    "  deltatrace-cli record LESSON_FILE --experiment ID [--seed N] [--epochs N] [--alpha A] --out TRACE_FILE\n"
    "      Train with every value recorded and save the trace (.dtrace).\n"
    "  deltatrace-cli export TRACE_FILE --format jsonl|csv [--out FILE] [--epochs FROM:TO]\n"
    "      Write a trace as JSON Lines or CSV (stdout without --out). FROM and TO are\n"
    "      0-based epochs, both included.\n"
    "  deltatrace-cli --help | --version\n"
    "\n"
    "Exit status: 0 success, 1 runtime error (bad file, write failure), 2 usage error.\n";

// Parses an unsigned integer option strictly: the whole text must be digits within [min, max].
bool parseUnsigned(const QString &text, quint64 min, quint64 max, quint64 *value)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok, 10);
    if (!ok || text.startsWith(QLatin1Char('+')) || v < min || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

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
        return usageError(QStringLiteral("missing command (list, record or export)"));
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
    return usageError(QStringLiteral("unknown command '%1' (expected list, record or export)").arg(command));
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
            m_out << "    " << e.id.leftJustified(18) << " rule=" << QString::fromLatin1(ruleName(e.rule).data())
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
    const QCommandLineOption helpOption(QStringLiteral("help"));
    parser.addOptions({experimentOption, seedOption, epochsOption, alphaOption, outOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("LESSON_FILE"), QString());
    if (!parser.parse(QStringList{QStringLiteral("record")} + args))
        return usageError(parser.errorText());
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
    std::optional<quint64> seed, epochs;
    std::optional<double> alpha;
    if (parser.isSet(seedOption)) {
        quint64 v = 0;
        if (!parseUnsigned(parser.value(seedOption), 0, RunLimits::MaxSeed, &v))
            return usageError(QStringLiteral("--seed must be an integer from 0 to %1").arg(RunLimits::MaxSeed));
        seed = v;
    }
    if (parser.isSet(epochsOption)) {
        quint64 v = 0;
        if (!parseUnsigned(parser.value(epochsOption), 1, RunLimits::MaxEpochs, &v))
            return usageError(QStringLiteral("--epochs must be an integer from 1 to %1").arg(RunLimits::MaxEpochs));
        epochs = v;
    }
    if (parser.isSet(alphaOption)) {
        bool ok = false;
        const double v = parser.value(alphaOption).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v <= 0.0 || v > RunLimits::MaxAlpha)
            return usageError(QStringLiteral("--alpha must be a number above 0 and at most %1").arg(RunLimits::MaxAlpha));
        alpha = v;
    }

    const LessonLoader::Result loaded = LessonLoader::loadFile(positional.first());
    if (!loaded.ok())
        return runtimeError(loaded.error);
    const Lesson &lesson = *loaded.lesson;
    const QString experimentId = parser.value(experimentOption);
    const Experiment *experiment = lesson.experiment(experimentId);
    if (!experiment) {
        QStringList ids;
        for (const Experiment &e : lesson.experiments)
            ids << e.id;
        return usageError(QStringLiteral("%1 has no experiment '%2' (it has: %3)")
                              .arg(positional.first(), experimentId, ids.join(QLatin1String(", "))));
    }
    if (experiment->rule == Rule::Forward && epochs && *epochs != 1)
        return usageError(QStringLiteral("experiment '%1' is a forward pass only: --epochs must be 1").arg(experimentId));

    TraceSpec spec;
    spec.lessonId = lesson.id;
    spec.experimentId = experiment->id;
    spec.lessonSource = lesson.source;
    spec.rule = experiment->rule;
    spec.seed = seed ? static_cast<std::uint32_t>(*seed) : experiment->seed;
    spec.alpha = alpha.value_or(experiment->alpha);
    spec.epochs = epochs ? static_cast<int>(*epochs) : experiment->epochs;
    spec.X = lesson.X;
    spec.D = lesson.D;

    // Progress only for runs that take longer than a moment, so short runs stay quiet.
    QElapsedTimer clock;
    clock.start();
    bool progressShown = false;
    long long shownPercent = -1;
    Trainer::Options options;
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
    const std::optional<Trace> trace = Trainer::record(spec, options);
    if (progressShown)
        m_err << "\n";
    if (!trace)
        return runtimeError(QStringLiteral("recording was cancelled"));

    QString error;
    if (!TraceFile::write(*trace, parser.value(outOption), &error))
        return runtimeError(error);

    const EpochSummary last = trace->epochSummary(trace->epochCount() - 1);
    m_out << "recorded " << lesson.id << " / " << experiment->id << ": seed " << spec.seed
          << ", alpha " << NumberFormat::exact(spec.alpha) << ", " << spec.epochs << " epochs, "
          << trace->stepCount() << " sample steps"
          << (trace->hasFullRecord() ? "" : " (epoch checkpoints; steps recomputed on demand)") << "\n"
          << "final outputs:";
    for (double y : last.outputs)
        m_out << " " << NumberFormat::value(y, 6);
    m_out << "\nmean squared error: " << NumberFormat::value(last.meanSquaredError, 6) << "\n";
    if (trace->firstNonFiniteStep() >= 0) {
        const long long s = trace->firstNonFiniteStep();
        m_out << "warning: values stopped being finite at epoch " << s / SampleCount << ", sample "
              << s % SampleCount << " (" << QString::fromLatin1(quantityName(trace->firstNonFiniteQuantity()).data())
              << "); the learning rate is too large for this network\n";
    }
    m_out << "written: " << QDir::toNativeSeparators(parser.value(outOption)) << "\n";
    m_out.flush();
    return Success;
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
        return usageError(parser.errorText());
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
    else
        return usageError(parser.isSet(formatOption)
                              ? QStringLiteral("unknown --format '%1' (expected jsonl or csv)").arg(formatName)
                              : QStringLiteral("export needs --format jsonl|csv"));

    std::optional<std::pair<quint64, quint64>> epochRange;
    if (parser.isSet(epochsOption)) {
        const QStringList parts = parser.value(epochsOption).split(QLatin1Char(':'));
        quint64 from = 0, to = 0;
        if (parts.size() != 2 || !parseUnsigned(parts[0], 0, RunLimits::MaxEpochs, &from)
            || !parseUnsigned(parts[1], 0, RunLimits::MaxEpochs, &to) || from > to)
            return usageError(QStringLiteral("--epochs takes FROM:TO, two 0-based epochs with FROM <= TO"));
        epochRange = std::make_pair(from, to);
    }

    const TraceFile::ReadResult read = TraceFile::read(positional.first());
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
    if (!parser.isSet(outOption)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return runtimeError(QStringLiteral("cannot write to standard output"));
        if (!TraceExporter::write(trace, format, out, &error, range))
            return runtimeError(QStringLiteral("standard output: %1").arg(error));
        out.flush();
        return Success;
    }
    // Atomic: a failed export leaves any earlier file at that path as it was.
    const QString path = parser.value(outOption);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return runtimeError(QStringLiteral("%1: cannot write: %2").arg(path, out.errorString()));
    if (!TraceExporter::write(trace, format, out, &error, range)) {
        out.cancelWriting();
        return runtimeError(QStringLiteral("%1: %2").arg(path, error));
    }
    if (!out.commit())
        return runtimeError(QStringLiteral("%1: cannot write: %2").arg(path, out.errorString()));
    return Success;
}

} // namespace deltatrace
