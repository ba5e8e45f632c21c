// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The DeltaTrace desktop application: parses the command line, sets the language, opens the
// window on the requested lesson, experiment and position, and optionally renders it to a PNG.
#include "commandlineoptions.h"
#include "fileactions.h"
#include "languagemanager.h"
#include "lessonlibrary.h"
#include "exercisemode.h"
#include "generalrunwindow.h"
#include "generaltour.h"
#include "mainwindow.h"
#include "tourmode.h"
#include "regularfile.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace deltatrace;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "deltatrace: %s\n", message.toLocal8Bit().constData());
}

// Lets the event loop run until the window has no recording in progress (or the time is up).
bool waitUntilIdle(MainWindow &window, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (window.isBusy() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !window.isBusy();
}

void settle()
{
    // Layouts, posted resizes and chart updates need a few turns of the loop to land.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// --help, --version and argument errors, which need neither a display nor a window.
int runWithoutWindow(const CommandLineOptions::Result &parsed, int &argc, char **argv)
{
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deltatrace"));
    if (!parsed.ok()) {
        printError(parsed.error);
        std::fprintf(stderr, "Try 'deltatrace --help'.\n");
        return 2;
    }
    if (parsed.options.showHelp)
        std::fputs(CommandLineOptions::helpText().toLocal8Bit().constData(), stdout);
    else
        std::printf("deltatrace %s\n", DELTATRACE_VERSION);
    return 0;
}

void setApplicationNames()
{
    QApplication::setOrganizationName(QStringLiteral("DeltaTrace"));
    QApplication::setApplicationName(QStringLiteral("DeltaTrace"));
    QApplication::setApplicationVersion(QStringLiteral(DELTATRACE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("DeltaTrace"));
}

// Refuses an unwritable destination before any work is done; prints why.
bool canWriteScreenshot(const QString &path)
{
    const QFileInfo out(path);
    if (!out.absoluteDir().exists()) {
        printError(QStringLiteral("cannot write the screenshot: the folder %1 does not exist.").arg(out.absolutePath()));
        return false;
    }
    // Never a device node or a FIFO (a write would block or replace it).
    if (const QString refusal = RegularFile::refusalToWrite(path); !refusal.isEmpty()) {
        printError(QStringLiteral("cannot write the screenshot %1: %2").arg(path, refusal));
        return false;
    }
    return true;
}

// The trace file or lesson the command line asks for, or the default lesson; prints why not.
bool openRequested(MainWindow &window, const CommandLineOptions &options)
{
    if (!options.traceFile.isEmpty()) {
        if (window.fileActions()->openFile(options.traceFile))
            return true;
        printError(window.lastError());
        return false;
    }
    if (options.lessonFile.isEmpty()) {
        window.startDefault();
        return true;
    }
    QString error;
    const QString lessonId = window.openLesson(options.lessonFile, &error);
    if (lessonId.isEmpty()) {
        printError(error);
        return false;
    }
    // The student's name is saved with the exercises, beside the seed it gives.
    window.exerciseMode()->setStudent(options.student);
    if (!window.startExperiment(lessonId, options.experimentId, {options.seed, options.alpha, options.epochs})) {
        printError(window.lastError());
        return false;
    }
    return true;
}

// Waits for the recordings, then moves to the comparison and position asked for; prints why not.
bool reachRequested(MainWindow &window, const CommandLineOptions &options)
{
    if (!waitUntilIdle(window, 120000)) {
        printError(QStringLiteral("recording did not finish within two minutes."));
        return false;
    }
    // A general network's run is recorded or read in its own window; a refusal lands here.
    if (window.showsGeneral() && !window.generalWindow()->trace()) {
        printError(window.lastError());
        return false;
    }
    if (!options.compareExperimentId.isEmpty()) {
        if (!window.compareWith(options.compareExperimentId)) {
            printError(window.lastError());
            return false;
        }
        if (!waitUntilIdle(window, 120000)) {
            printError(QStringLiteral("recording the comparison did not finish within two minutes."));
            return false;
        }
    }
    if (options.goTo) {
        const QString problem = window.goTo(options.goTo->epoch, options.goTo->sample, options.goTo->operation);
        if (!problem.isEmpty()) {
            printError(problem);
            return false;
        }
    }
    if (options.exercises) {
        // After --goto: the position stops at the first open question if it is past it.
        window.exerciseMode()->setActive(true);
        if (!window.exerciseMode()->isActive()) {
            printError(QStringLiteral("this experiment has no exercises."));
            return false;
        }
    }
    if (options.tourStop && window.showsGeneral()) {
        // Checked after presenting (main), which may have started the tour.
        return true;
    }
    if (options.tourStop) {
        const TourMode *tour = window.tourMode();
        if (tour->tour().isEmpty()) {
            printError(QStringLiteral("this experiment has no tour."));
            return false;
        }
        if (!window.tourMode()->goToStop(*options.tourStop - 1)) {
            printError(QStringLiteral("the tour has no stop %1 in this run (it has %2 stops).").arg(*options.tourStop).arg(tour->tour().stops.size()));
            return false;
        }
    }
    return true;
}

// The exit status: 0, or 1 with the reason printed.
int writeScreenshot(MainWindow &window, const CommandLineOptions &options)
{
    // A general network's lesson is shown in its own window: that is the picture.
    QWidget *shown = window.showsGeneral() && window.generalWindow() ? static_cast<QWidget *>(window.generalWindow()) : &window;
    shown->resize(options.screenshotSize);
    settle();
    const QImage image = shown->grab().toImage();
    // Atomic, like every save: a failed write leaves no half-written picture.
    QSaveFile file(options.screenshotPath);
    QImageWriter writer(&file, "png");
    writer.setQuality(0); // PNG is lossless: this only asks for the strongest compression
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        const QString why = writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        printError(QStringLiteral("cannot write the screenshot %1: %2").arg(options.screenshotPath, why));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any window system is touched, so --help, --version and
    // argument errors work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLineOptions::Result parsed = CommandLineOptions::parse(arguments);
    if (!parsed.ok() || parsed.options.showHelp || parsed.options.showVersion)
        return runWithoutWindow(parsed, argc, argv);
    const CommandLineOptions &options = parsed.options;
    const bool screenshot = !options.screenshotPath.isEmpty();
    // A screenshot needs no screen: without a display, render offscreen instead of failing.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationNames();
    if (screenshot && !canWriteScreenshot(options.screenshotPath))
        return 1;

    // A screenshot depends on the arguments only: it neither reads nor changes the user's
    // remembered layout, language or lesson.
    QTemporaryDir scratch;
    std::unique_ptr<Settings> ownSettings = screenshot ? std::make_unique<Settings>(scratch.filePath(QStringLiteral("settings.ini")))
                                                       : std::make_unique<Settings>();
    Settings &settings = *ownSettings;
    LanguageManager languages;
    const QString language = !options.language.isEmpty() ? options.language : settings.language();
    languages.setLanguage(language);
    // The command line's language is for this session only; the menu's choice is what is remembered.

    MainWindow window(&languages, &settings);
    if (screenshot)
        window.setFullScreenAllowed(false);
    window.loadLessonDirectory(LessonLibrary::findDirectory());

    // Failures of the requested lesson, file or position: in the window for a person, as an
    // exit status for a script taking a screenshot.
    bool ok = openRequested(window, options);
    // A person gets the remembered geometry, or a sensible size the first time.
    if (screenshot || settings.windowGeometry().isEmpty())
        window.resize(options.screenshotSize);
    // A general network's lesson presents in its own window (below, once it is shown).
    if (options.presenter && !window.showsGeneral())
        window.setPresenterMode(true);
    window.show();
    ok = ok && reachRequested(window, options);
    if (ok && options.presenter && window.showsGeneral())
        window.generalWindow()->setPresenting(true);
    if (ok && options.tourStop && window.showsGeneral()) {
        GeneralTour *tour = window.generalWindow()->tour();
        if (tour->stops().isEmpty()) {
            printError(QStringLiteral("this experiment has no tour."));
            ok = false;
        } else if (!tour->goToStop(*options.tourStop - 1)) {
            printError(QStringLiteral("the tour has no stop %1 in this run (it has %2 stops).").arg(*options.tourStop).arg(tour->stops().size()));
            ok = false;
        }
    }

    if (screenshot)
        return ok ? writeScreenshot(window, options) : 1;
    return QApplication::exec();
}
