// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `deltatrace` executable, run as a user or a script would: screenshots of every
// lesson in both languages and in presenter mode, trace files, and refusals of bad arguments.
#include "commandlineoptions.h"
#include "studentseed.h"
#include "lessonloader.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using deltatrace::CommandLineOptions;
using deltatrace::LessonLoader;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The app's settings go to a scratch folder, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DELTATRACE_APP), arguments);
        Run result;
        if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish: ") + QString::fromLocal8Bit(process.readAllStandardError());
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        return static_cast<int>(colours.size());
    }

    static QStringList lessonFiles() { return LessonLoader::lessonFilesIn(QStringLiteral(DELTATRACE_LESSONS)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void screenshots_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QSize>("size");
        const QStringList files = lessonFiles();
        QVERIFY(files.size() >= 3);
        for (const QString &file : files) {
            const auto lesson = LessonLoader::loadFile(file);
            QVERIFY2(lesson.ok(), qPrintable(lesson.error));
            const QString name = QFileInfo(file).fileName();
            for (const auto &experiment : lesson.lesson->experiments) {
                for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
                    QTest::addRow("%s %s %s", qPrintable(name), qPrintable(experiment.id), qPrintable(lang))
                        << QStringList{QStringLiteral("--lesson"), file, QStringLiteral("--experiment"), experiment.id,
                                       QStringLiteral("--lang"), lang, QStringLiteral("--goto"), QStringLiteral("0:1")}
                        << QSize(1600, 1000);
                }
            }
            // Presenter mode is the main window's (lessons 4-6 open in a window of their own).
            if (lesson.lesson->version == 1)
                QTest::addRow("%s presenter ko", qPrintable(name))
                    << QStringList{QStringLiteral("--lesson"), file, QStringLiteral("--lang"), QStringLiteral("ko"),
                                   QStringLiteral("--presenter"), QStringLiteral("--goto"), QStringLiteral("0:2:y")}
                    << QSize(1600, 1000);
        }
        QTest::newRow("exercise mode ko")
            << QStringList{QStringLiteral("--lesson"), files.value(2), QStringLiteral("--experiment"), QStringLiteral("backprop-sigmoid"),
                           QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--exercises"), QStringLiteral("--size"), QStringLiteral("1366x768")}
            << QSize(1366, 768);
        QTest::newRow("a blow-up: alpha 1e308")
            << QStringList{QStringLiteral("--lesson"), files.value(0), QStringLiteral("--experiment"), QStringLiteral("delta-rule"),
                           QStringLiteral("--alpha"), QStringLiteral("1e308"), QStringLiteral("--epochs"), QStringLiteral("20"),
                           QStringLiteral("--goto"), QStringLiteral("1:0")}
            << QSize(1600, 1000);
        QTest::newRow("another size, another seed")
            << QStringList{QStringLiteral("--lesson"), files.value(0), QStringLiteral("--seed"), QStringLiteral("42"),
                           QStringLiteral("--size"), QStringLiteral("1280x800")}
            << QSize(1280, 800);
    }
    void screenshots()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(QStringLiteral("shot-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        const Run r = run(arguments + QStringList{QStringLiteral("--screenshot"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(out);
        QVERIFY2(!image.isNull(), qPrintable(out));
        QCOMPARE(image.size(), size);
        // Not blank: text, charts and the diagram give many colours.
        const int colours = distinctColours(image);
        QVERIFY2(colours > 100, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
    }

    void comparisonScreenshot()
    {
        // Lesson 3 compares its two experiments from the same start.
        QString lesson3;
        QStringList ids;
        for (const QString &file : lessonFiles()) {
            const auto loaded = LessonLoader::loadFile(file);
            QStringList backprop;
            for (const auto &e : loaded.lesson->experiments)
                if (deltatrace::isTwoLayer(e.rule))
                    backprop << e.id;
            if (backprop.size() >= 2) {
                lesson3 = file;
                ids = backprop;
            }
        }
        QVERIFY(!lesson3.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("compare.png"));
        const Run r = run({QStringLiteral("--lesson"), lesson3, QStringLiteral("--experiment"), ids[0], QStringLiteral("--compare"),
                           ids[1], QStringLiteral("--goto"), QStringLiteral("0:0:delta"), QStringLiteral("--screenshot"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1600, 1000));
    }

    void traceFileArgument()
    {
        // A trace recorded by the command-line tool opens in the desktop app.
        const QString trace = m_dir.filePath(QStringLiteral("run.dtrace"));
        const auto lesson = LessonLoader::loadFile(lessonFiles().value(0));
        QVERIFY2(lesson.ok(), qPrintable(lesson.error));
        QString experiment;
        for (const auto &e : lesson.lesson->experiments)
            if (e.rule == deltatrace::Rule::DeltaRule)
                experiment = e.id;
        QVERIFY(!experiment.isEmpty());
        QProcess cli;
        cli.start(QStringLiteral(DELTATRACE_CLI), {QStringLiteral("record"), lessonFiles().value(0), QStringLiteral("--experiment"),
                                                   experiment, QStringLiteral("--epochs"), QStringLiteral("20"),
                                                   QStringLiteral("--out"), trace});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString out = m_dir.filePath(QStringLiteral("trace.png"));
        const Run r = run({trace, QStringLiteral("--goto"), QStringLiteral("19:3"), QStringLiteral("--screenshot"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1600, 1000));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString lesson = lessonFiles().value(0);
        const QString out = m_dir.filePath(QStringLiteral("never.png"));
        auto shot = [&](QStringList args) { return args << QStringLiteral("--screenshot") << out; };
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("--lang");
        QTest::newRow("seed not a number") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--seed"), QStringLiteral("x")} << QStringLiteral("--seed");
        QTest::newRow("seed too large") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--seed"), QStringLiteral("4294967296")} << QStringLiteral("--seed");
        QTest::newRow("student and seed") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--student"), QStringLiteral("Ada")} << QStringLiteral("not both");
        QTest::newRow("student without a name") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--student"), QStringLiteral("   ")} << QStringLiteral("--student");
        QTest::newRow("student without a lesson") << QStringList{QStringLiteral("--student"), QStringLiteral("Ada")} << QStringLiteral("--lesson");
        QTest::newRow("alpha not a number") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--alpha"), QStringLiteral("fast")} << QStringLiteral("--alpha");
        QTest::newRow("alpha zero") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--alpha"), QStringLiteral("0")} << QStringLiteral("--alpha");
        QTest::newRow("epochs zero") << QStringList{QStringLiteral("--lesson"), lesson, QStringLiteral("--epochs"), QStringLiteral("0")} << QStringLiteral("--epochs");
        QTest::newRow("goto form") << QStringList{QStringLiteral("--goto"), QStringLiteral("1-2")} << QStringLiteral("--goto");
        QTest::newRow("goto sample 256") << QStringList{QStringLiteral("--goto"), QStringLiteral("0:256")} << QStringLiteral("--goto");
        QTest::newRow("experiment without lesson") << QStringList{QStringLiteral("--experiment"), QStringLiteral("x")} << QStringLiteral("--lesson");
        QTest::newRow("two trace files") << QStringList{QStringLiteral("a.dtrace"), QStringLiteral("b.dtrace")} << QStringLiteral("one trace file");
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << QStringLiteral("--size");
        QTest::newRow("tour stop zero") << QStringList{QStringLiteral("--tour"), QStringLiteral("0")} << QStringLiteral("--tour");
        QTest::newRow("tour stop not a number") << QStringList{QStringLiteral("--tour"), QStringLiteral("last")} << QStringLiteral("--tour");
        QTest::newRow("tour of a lesson without one") << shot({QStringLiteral("--lesson"), lesson, QStringLiteral("--tour"), QStringLiteral("1")})
                                                      << QStringLiteral("tour");
        QTest::newRow("tour stop past the last") << shot({QStringLiteral("--lesson"), QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"),
                                                          QStringLiteral("--experiment"), QStringLiteral("backprop-ce"), QStringLiteral("--epochs"),
                                                          QStringLiteral("20"), QStringLiteral("--tour"), QStringLiteral("99")})
                                                 << QStringLiteral("no stop 99");
        QTest::newRow("missing lesson file") << shot({QStringLiteral("--lesson"), m_dir.filePath(QStringLiteral("nope.lesson.json"))})
                                             << QStringLiteral("nope.lesson.json");
        QTest::newRow("unknown experiment") << shot({QStringLiteral("--lesson"), lesson, QStringLiteral("--experiment"), QStringLiteral("no-such")})
                                            << QStringLiteral("no-such");
        QTest::newRow("epoch outside the run") << shot({QStringLiteral("--lesson"), lesson, QStringLiteral("--goto"), QStringLiteral("9999999:0")})
                                               << QStringLiteral("9999999");
        QTest::newRow("operation not of the rule") << shot({QStringLiteral("--lesson"), lesson, QStringLiteral("--goto"), QStringLiteral("0:0:delta1")})
                                                   << QStringLiteral("delta1");
        QTest::newRow("garbage trace file") << shot({QStringLiteral(DELTATRACE_LESSONS "/../README.md")}) << QStringLiteral("README.md");
        QTest::newRow("screenshot folder missing") << QStringList{QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("no/dir/x.png"))}
                                                   << QStringLiteral("does not exist");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments, 60000);
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
    }

    // Numbers are plain, by the same rules as deltatrace-cli (NumberArgument): integers are
    // digits only, alpha a plain decimal. A refusal is a usage error (exit 2) that quotes what
    // was typed, cut to 40 characters.
    void numbersArePlain_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString seed = QStringLiteral("--seed must be an integer from 0 to 4294967295 (digits only); got ");
        const QString epochs = QStringLiteral("--epochs must be an integer from 1 to 10000000 (digits only); got ");
        const QString alpha = QStringLiteral("--alpha must be a decimal number above 0, like 0.5 or 1e-3; got ");
        const std::pair<const char *, const char *> rows[] = {
            {"--seed", " 5"}, {"--seed", "5 "}, {"--seed", "+5"}, {"--seed", "0x10"}, {"--seed", "1e3"}, {"--seed", "5.0"},
            {"--seed", "-1"}, {"--seed", "\xd9\xa5"}, // ARABIC-INDIC DIGIT FIVE
            {"--epochs", " 3"}, {"--epochs", "+3"}, {"--epochs", "3abc"}, {"--epochs", "3.0"},
            {"--alpha", " 0.5"}, {"--alpha", "0.5 "}, {"--alpha", "+0.5"}, {"--alpha", "-0.5"}, {"--alpha", "0,5"},
            {"--alpha", "nan"}, {"--alpha", "inf"}, {"--alpha", "0x1p-3"}, {"--alpha", "1e400"}, {"--alpha", "1e-400"},
            {"--alpha", "."}, {"--alpha", "1e"}};
        for (const auto &[option, value] : rows) {
            const QString o = QLatin1String(option);
            const QString v = QString::fromUtf8(value);
            const QString prefix = o == QLatin1String("--seed") ? seed : o == QLatin1String("--epochs") ? epochs : alpha;
            QTest::addRow("%s '%s'", option, value) << o << v << prefix + QLatin1Char('"') + v + QStringLiteral("\".");
        }
        QTest::newRow("--seed of 100 000 digits")
            << QStringLiteral("--seed") << QString(100000, QLatin1Char('9'))
            << seed + QLatin1Char('"') + QString(40, QLatin1Char('9')) + QStringLiteral("...\".");
    }
    void numbersArePlain()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("never.png"));
        const Run r = run({QStringLiteral("--lesson"), lessonFiles().value(0), option, value, QStringLiteral("--screenshot"), out}, 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.size() < 400, qPrintable(r.err.left(400)));
        QVERIFY(!QFile::exists(out));
        // The parser alone says the same.
        const auto parsed = CommandLineOptions::parse({QStringLiteral("deltatrace"), QStringLiteral("--lesson"), QStringLiteral("l.json"), option, value});
        QVERIFY(!parsed.ok());
        QVERIFY2(message.startsWith(parsed.error.left(30)), qPrintable(parsed.error));
    }

    void unknownOptionIsQuotedAndCut()
    {
        const Run r = run({QStringLiteral("--") + QString(100000, QLatin1Char('o'))}, 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown option \"") + QString(40, QLatin1Char('o')) + QStringLiteral("...\".")), qPrintable(r.err.left(400)));
        QVERIFY(r.err.size() < 400);
    }

    // The plain forms, and what they mean.
    void plainNumbersAreAccepted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<qint64>("seed");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("epochs");
        QTest::newRow("leading zeros") << QStringList{QStringLiteral("--seed"), QStringLiteral("007"), QStringLiteral("--epochs"), QStringLiteral("02")} << qint64(7) << -1.0 << 2;
        QTest::newRow("largest seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("4294967295")} << qint64(4294967295LL) << -1.0 << -1;
        QTest::newRow("alpha .5") << QStringList{QStringLiteral("--alpha"), QStringLiteral(".5")} << qint64(-1) << 0.5 << -1;
        QTest::newRow("alpha 5.") << QStringList{QStringLiteral("--alpha"), QStringLiteral("5.")} << qint64(-1) << 5.0 << -1;
        QTest::newRow("alpha 1E-3") << QStringList{QStringLiteral("--alpha"), QStringLiteral("1E-3")} << qint64(-1) << 1e-3 << -1;
        QTest::newRow("alpha 1.7e+308") << QStringList{QStringLiteral("--alpha=1.7e+308")} << qint64(-1) << 1.7e308 << -1;
    }
    void plainNumbersAreAccepted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, seed);
        QFETCH(double, alpha);
        QFETCH(int, epochs);
        const auto result = CommandLineOptions::parse(QStringList{QStringLiteral("deltatrace"), QStringLiteral("--lesson"), QStringLiteral("l.json")} + arguments);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.options.seed ? qint64(*result.options.seed) : qint64(-1), seed);
        QCOMPARE(result.options.alpha.value_or(-1.0), alpha);
        QCOMPARE(result.options.epochs.value_or(-1), epochs);
    }

    // Each student's own numbers: the seed comes from the name, however it is typed.
    void studentNamesGiveTheirOwnSeed()
    {
        const auto parse = [](const QString &name) {
            return CommandLineOptions::parse({QStringLiteral("deltatrace"), QStringLiteral("--lesson"), QStringLiteral("l.json"), QStringLiteral("--student"), name});
        };
        const auto kim = parse(QStringLiteral("김민준"));
        QVERIFY2(kim.ok(), qPrintable(kim.error));
        QCOMPARE(kim.options.seed, std::optional<std::uint32_t>(deltatrace::StudentSeed::forName(QStringLiteral("김민준"))));
        QCOMPARE(kim.options.student, QStringLiteral("김민준"));
        QCOMPARE(parse(QStringLiteral(" 김민준  ")).options.seed, kim.options.seed);
        QVERIFY(parse(QStringLiteral("김민지")).options.seed != kim.options.seed);
        // The name is kept as typed (the grades list it), the seed ignores case and spacing.
        const auto ada = parse(QStringLiteral("  Ada   Lovelace "));
        QCOMPARE(ada.options.student, QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.options.seed, parse(QStringLiteral("ada lovelace")).options.seed);
    }

    void plainNumbersRunTheWindow()
    {
        const QString out = m_dir.filePath(QStringLiteral("plain.png"));
        const Run r = run({QStringLiteral("--lesson"), lessonFiles().value(0), QStringLiteral("--experiment"), QStringLiteral("delta-rule"),
                           QStringLiteral("--seed"), QStringLiteral("007"), QStringLiteral("--alpha"), QStringLiteral(".5"),
                           QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--goto"), QStringLiteral("2:3"),
                           QStringLiteral("--screenshot"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(1600, 1000));
    }

    // A screenshot never replaces or blocks on what is not a regular file.
    void screenshotRefusesAFifo()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("shot-fifo.png"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run r = run({QStringLiteral("--lesson"), lessonFiles().value(0), QStringLiteral("--screenshot"), fifo}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a regular file")), qPrintable(r.err));
        QVERIFY(!QFileInfo(fifo).isFile()); // still the FIFO
#else
        QSKIP("FIFOs are a Unix matter");
#endif
    }

    // deltatrace-cli refuses --epochs other than 1 on a forward pass (a usage error); the window
    // quietly ran one epoch instead. It must refuse too, naming the experiment.
    void forwardPassRefusesEpochs()
    {
        const QString out = m_dir.filePath(QStringLiteral("forward-epochs.png"));
        const Run r = run({QStringLiteral("--lesson"), lessonFiles().value(0), QStringLiteral("--experiment"), QStringLiteral("forward"),
                           QStringLiteral("--epochs"), QStringLiteral("7"), QStringLiteral("--screenshot"), out}, 60000);
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("forward pass")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("forward")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // One epoch is what a forward pass is, and is accepted.
        const Run one = run({QStringLiteral("--lesson"), lessonFiles().value(0), QStringLiteral("--experiment"), QStringLiteral("forward"),
                             QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--screenshot"), out}, 60000);
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--screenshot")));
        QVERIFY(help.out.contains(QStringLiteral("--goto")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(DELTATRACE_VERSION)));
    }

    // The parser on its own: what each form means.
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("operation");
        QTest::newRow("epoch and sample") << QStringList{QStringLiteral("--goto"), QStringLiteral("12:3")} << 12 << 3 << QString();
        QTest::newRow("with a name") << QStringList{QStringLiteral("--goto"), QStringLiteral("0:1:delta")} << 0 << 1 << QStringLiteral("delta");
        QTest::newRow("with an index") << QStringList{QStringLiteral("--goto=5:0:2")} << 5 << 0 << QStringLiteral("2");
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, epoch);
        QFETCH(int, sample);
        QFETCH(QString, operation);
        const auto result = CommandLineOptions::parse(QStringList{QStringLiteral("deltatrace")} + arguments);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.options.goTo);
        QCOMPARE(result.options.goTo->epoch, epoch);
        QCOMPARE(result.options.goTo->sample, sample);
        QCOMPARE(result.options.goTo->operation, operation);
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
