// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineoptions.h"

#include "architecture.h"

#include "inputlimits.h"
#include "numberargument.h"
#include "runlimits.h"
#include "studentseed.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace deltatrace {

namespace {

// Digits only, as in deltatrace-cli (NumberArgument): "+3", " 3" and "3.0" are refused, so a
// typo never means something else.
bool parseUnsigned(const QString &text, unsigned long long max, unsigned long long *out)
{
    const std::optional<unsigned long long> value = NumberArgument::integer(text, 0, max);
    if (!value)
        return false;
    *out = *value;
    return true;
}

// An argument as a message shows it: quoted and cut (a script can pass anything).
QString quoted(const QString &text) { return InputLimits::quoted(text); }

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption lesson{QStringLiteral("lesson"), QStringLiteral("Open the lesson file FILE."), QStringLiteral("FILE")};
    QCommandLineOption experiment{QStringLiteral("experiment"), QStringLiteral("Record the experiment ID of the lesson."), QStringLiteral("ID")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Initial weights from seed N (0 to 4294967295) instead of the lesson's."), QStringLiteral("N")};
    QCommandLineOption student{QStringLiteral("student"), QStringLiteral("Initial weights of this student's own (the seed comes from NAME), so that each student works out other numbers."), QStringLiteral("NAME")};
    QCommandLineOption alpha{QStringLiteral("alpha"), QStringLiteral("Learning rate A (a decimal number above 0, like 0.5 or 1e-3) instead of the lesson's."), QStringLiteral("A")};
    QCommandLineOption epochs{QStringLiteral("epochs"), QStringLiteral("Train for N epochs (1 to 10000000) instead of the lesson's."), QStringLiteral("N")};
    QCommandLineOption compare{QStringLiteral("compare"), QStringLiteral("Compare with the experiment ID of the same lesson, from the same initial weights."), QStringLiteral("ID")};
    QCommandLineOption goTo{QStringLiteral("goto"),
                            QStringLiteral("Open at epoch EPOCH (0-based), sample SAMPLE (0-based: 0 to 3 in lessons 1-3) and, optionally, "
                                           "the operation OPERATION (a quantity name like delta or delta2, or its index among the sample step's "
                                           "operations, from 0); without it, the sample's last operation."),
                            QStringLiteral("EPOCH:SAMPLE[:OPERATION]")};
    QCommandLineOption language{QStringLiteral("lang"), QStringLiteral("Language of the window: ko or en (default: the system's)."), QStringLiteral("ko|en")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QStringLiteral("Render the window to the PNG file OUT and exit."), QStringLiteral("OUT.png")};
    QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1600x1000)."), QStringLiteral("WxH")};
    QCommandLineOption presenter{QStringLiteral("presenter"), QStringLiteral("Start in presenter mode (full screen, large type).")};
    QCommandLineOption exercises{QStringLiteral("exercises"), QStringLiteral("Start in exercise mode: work out the values the experiment's exercises ask for.")};
    QCommandLineOption tour{QStringLiteral("tour"), QStringLiteral("Go to stop N (1 for the first) of the experiment's tour."), QStringLiteral("N")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(
            QStringLiteral("DeltaTrace: step through every number a sigmoid network computes while it learns.\n"
                           "Without arguments it opens lesson 1 (or the lesson last worked on)."));
        parser.addOptions({lesson, experiment, seed, student, alpha, epochs, compare, goTo, language, screenshot, size, presenter, exercises, tour, help, version});
        parser.addPositionalArgument(QStringLiteral("TRACE_FILE"), QStringLiteral("A recorded trace (.dtrace) to replay."),
                                     QStringLiteral("[TRACE_FILE]"));
    }
};

// The trace file, or the lesson with its experiment and the one to compare with. The error,
// or an empty string.
QString readWhatToOpen(const Parser &p, CommandLineOptions &o)
{
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() > 1)
        return QStringLiteral("Only one trace file can be opened; got %1 file arguments.").arg(positional.size());
    if (!positional.isEmpty())
        o.traceFile = positional.first();

    o.lessonFile = p.parser.value(p.lesson);
    o.experimentId = p.parser.value(p.experiment);
    o.compareExperimentId = p.parser.value(p.compare);
    if (p.parser.isSet(p.lesson) && o.lessonFile.isEmpty())
        return QStringLiteral("--lesson needs a file name.");
    if (!o.traceFile.isEmpty() && !o.lessonFile.isEmpty())
        return QStringLiteral("Give either a trace file or --lesson, not both.");
    if (!o.experimentId.isEmpty() && o.lessonFile.isEmpty())
        return QStringLiteral("--experiment needs --lesson FILE.");
    if (!o.lessonFile.isEmpty() && o.experimentId.isEmpty() && p.parser.isSet(p.experiment))
        return QStringLiteral("--experiment needs an experiment id.");
    return QString();
}

// --seed, --alpha and --epochs, which change the lesson's run (a trace file has its own), and
// --compare. Read after readWhatToOpen. The error, or an empty string.
QString readRunChanges(const Parser &p, CommandLineOptions &o)
{
    if (p.parser.isSet(p.seed)) {
        unsigned long long seed = 0;
        if (!parseUnsigned(p.parser.value(p.seed), RunLimits::MaxSeed, &seed))
            return QStringLiteral("--seed must be an integer from 0 to %1 (digits only); got %2.")
                .arg(RunLimits::MaxSeed).arg(quoted(p.parser.value(p.seed)));
        if (o.lessonFile.isEmpty())
            return QStringLiteral("--seed needs --lesson FILE (a trace file has its own seed).");
        o.seed = static_cast<std::uint32_t>(seed);
    }
    if (p.parser.isSet(p.student)) {
        // Kept as typed, for the saved record and the grades; the seed ignores case and spacing.
        o.student = p.parser.value(p.student).simplified();
        if (StudentSeed::normalizedName(o.student).isEmpty() || o.student.size() > InputLimits::MaxTitleChars)
            return QStringLiteral("--student needs a name of 1 to %1 characters; got %2.").arg(InputLimits::MaxTitleChars).arg(quoted(p.parser.value(p.student)));
        if (o.seed)
            return QStringLiteral("give --seed or --student, not both (a student's seed comes from the name).");
        if (o.lessonFile.isEmpty())
            return QStringLiteral("--student needs --lesson FILE (a trace file has its own seed).");
        o.seed = StudentSeed::forName(o.student);
    }
    if (p.parser.isSet(p.alpha)) {
        const std::optional<double> alpha = NumberArgument::decimal(p.parser.value(p.alpha));
        if (!alpha || *alpha <= 0.0 || *alpha > RunLimits::MaxAlpha)
            return QStringLiteral("--alpha must be a decimal number above 0, like 0.5 or 1e-3; got %1.")
                .arg(quoted(p.parser.value(p.alpha)));
        o.alpha = *alpha;
    }
    if (p.parser.isSet(p.epochs)) {
        unsigned long long epochs = 0;
        if (!parseUnsigned(p.parser.value(p.epochs), RunLimits::MaxEpochs, &epochs) || epochs == 0)
            return QStringLiteral("--epochs must be an integer from 1 to %1 (digits only); got %2.")
                .arg(RunLimits::MaxEpochs).arg(quoted(p.parser.value(p.epochs)));
        o.epochs = static_cast<int>(epochs);
    }
    if ((o.alpha || o.epochs) && o.lessonFile.isEmpty())
        return QStringLiteral("--alpha and --epochs need --lesson FILE (a trace file has its own).");
    if (!o.compareExperimentId.isEmpty() && o.lessonFile.isEmpty())
        return QStringLiteral("--compare needs --lesson FILE.");
    return QString();
}

// Where the window opens and how it looks: --goto, --lang, --screenshot, --size, --presenter.
// The error, or an empty string.
QString readView(const Parser &p, CommandLineOptions &o)
{
    if (p.parser.isSet(p.goTo)) {
        const QString text = p.parser.value(p.goTo);
        const QStringList parts = text.split(QLatin1Char(':'));
        unsigned long long epoch = 0, sample = 0;
        if (parts.size() < 2 || parts.size() > 3 || !parseUnsigned(parts[0], RunLimits::MaxEpochs - 1, &epoch)
            || !parseUnsigned(parts[1], Architecture::MaxSamples - 1, &sample) || (parts.size() == 3 && parts[2].isEmpty()))
            return QStringLiteral("--goto takes EPOCH:SAMPLE[:OPERATION] (0-based epoch and sample, "
                                  "operation a name like delta or an index); got %1.").arg(quoted(text));
        o.goTo = CommandLineOptions::GoTo{static_cast<int>(epoch), static_cast<int>(sample), parts.size() == 3 ? parts[2] : QString()};
    }
    if (p.parser.isSet(p.language)) {
        o.language = p.parser.value(p.language);
        if (o.language != QLatin1String("ko") && o.language != QLatin1String("en"))
            return QStringLiteral("--lang must be ko or en; got %1.").arg(quoted(o.language));
    }
    if (p.parser.isSet(p.screenshot)) {
        o.screenshotPath = p.parser.value(p.screenshot);
        if (o.screenshotPath.isEmpty())
            return QStringLiteral("--screenshot needs a file name.");
    }
    if (p.parser.isSet(p.size)) {
        const QStringList parts = p.parser.value(p.size).split(QLatin1Char('x'));
        unsigned long long w = 0, h = 0;
        if (parts.size() != 2 || !parseUnsigned(parts[0], 8000, &w) || !parseUnsigned(parts[1], 8000, &h) || w < 320 || h < 240)
            return QStringLiteral("--size takes WIDTHxHEIGHT from 320x240 to 8000x8000; got %1.")
                .arg(quoted(p.parser.value(p.size)));
        o.screenshotSize = QSize(static_cast<int>(w), static_cast<int>(h));
    }
    o.presenter = p.parser.isSet(p.presenter);
    o.exercises = p.parser.isSet(p.exercises);
    if (p.parser.isSet(p.tour)) {
        unsigned long long stop = 0;
        if (!parseUnsigned(p.parser.value(p.tour), 1000, &stop) || stop == 0)
            return QStringLiteral("--tour takes the number of a tour stop, 1 for the first; got %1.").arg(quoted(p.parser.value(p.tour)));
        o.tourStop = static_cast<int>(stop);
    }
    return QString();
}

} // namespace

QString CommandLineOptions::helpText()
{
    Parser p;
    // helpText() names the program from QCoreApplication; keep it stable for the message.
    QString text = p.parser.helpText();
    text += QStringLiteral("\nExamples:\n"
                           "  deltatrace --lesson lessons/01-delta-rule.lesson.json --experiment delta-rule --goto 0:2:delta\n"
                           "  deltatrace --lesson lessons/03-backprop-xor.lesson.json --experiment backprop-sigmoid "
                           "--compare backprop-ce --screenshot out.png\n"
                           "  deltatrace run.dtrace\n");
    return text;
}

CommandLineOptions::Result CommandLineOptions::parse(const QStringList &arguments)
{
    Result result;
    CommandLineOptions &o = result.options;
    Parser p;
    if (!p.parser.parse(arguments)) {
        // The parser's own message quotes an unknown option whole, however long it is.
        const QStringList unknown = p.parser.unknownOptionNames();
        result.error = unknown.isEmpty() ? p.parser.errorText()
                                         : QStringLiteral("Unknown option %1.").arg(quoted(unknown.first()));
        return result;
    }
    o.showHelp = p.parser.isSet(p.help);
    o.showVersion = p.parser.isSet(p.version);
    if (o.showHelp || o.showVersion)
        return result;
    // In this order: the later checks need the lesson file the first one reads.
    result.error = readWhatToOpen(p, o);
    if (result.ok())
        result.error = readRunChanges(p, o);
    if (result.ok())
        result.error = readView(p, o);
    return result;
}

} // namespace deltatrace
