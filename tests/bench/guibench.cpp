// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// deltatrace-guibench: what a learner feels, printed, never asserted. Runs the real window
// (offscreen unless a display is given) and measures the work of one move with every view
// updated and repainted, at the lessons' size and at 1 000 000 epochs, the chart rebuild for a
// new run (and the thinning of its weights alone), opening a huge trace file, and the time from
// launch to a first rendered window.
//   --quick             skips the million-epoch part
//   --paint-breakdown   also prints each widget's paint time per move (300 operation moves;
//                       BREAKDOWN_STRIDE=12 for sample moves, BREAKDOWN_RANDOM=1 for jumps)
//   PAINT_TRACE=1       with --paint-breakdown: every paint's region, every layout event and
//                       where each move starts
#include "chartdecimator.h"
#include "coursefixtures.h"
#include "languagemanager.h"
#include "inputplaneview.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "networkdiagram.h"
#include "settings.h"
#include "trainingcharts.h"
#include "tracefile.h"
#include "trainer.h"

#include <QAction>
#include <QApplication>
#include <QPaintEvent>
#include <QScrollBar>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <map>
#include <cstdio>
#include <random>
#include <vector>

using namespace deltatrace;

namespace {

// With --paint-breakdown: the time each kind of widget spends handling its paint events, to see
// where a move's repaint goes.
class PaintTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool timing = false;
    const bool trace = qEnvironmentVariableIsSet("PAINT_TRACE");
    static QString eventName(const QEvent *event)
    {
        return event->type() == QEvent::Resize ? QStringLiteral("resize") : event->type() == QEvent::Move ? QStringLiteral("move") : QStringLiteral("layout request");
    }
    std::map<QString, double> seconds;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Layout churn during the measured moves (a widget that resizes at every step is a bug).
        const bool churn = event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::LayoutRequest;
        if (timing && trace && churn)
            std::fprintf(stderr, "layout: %s %s %s\n", qPrintable(eventName(event)), receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()));
        if (!timing || event->type() != QEvent::Paint)
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        QString name = QString::fromLatin1(receiver->metaObject()->className());
        // Name plain widgets by the nearest ancestor of our own, so that scroll bars and labels
        // say whose they are.
        for (QObject *up = receiver->parent(); up; up = up->parent()) {
            const QString owner = QString::fromLatin1(up->metaObject()->className());
            if (owner.startsWith(QStringLiteral("deltatrace::")) || up->parent() == nullptr) {
                if (owner != name)
                    name = owner + QStringLiteral(" > ") + name;
                break;
            }
        }
        seconds[name] += double(clock.nsecsElapsed()) * 1e-9;
        if (trace) { // what was repainted: a region as large as the widget every step is a clue
            const QRect r = static_cast<QPaintEvent *>(event)->region().boundingRect();
            std::fprintf(stderr, "paint: %s, region %dx%d at %d,%d, %.3f ms\n", qPrintable(name), r.width(), r.height(), r.x(), r.y(),
                         double(clock.nsecsElapsed()) * 1e-6);
        }
        return result;
    }
};

void row(const char *what, const QString &value, const char *target)
{
    std::printf("| %-58s | %18s | %-26s |\n", what, qPrintable(value), target);
    std::fflush(stdout);
}

QString ms(double seconds, int decimals = 2) { return QStringLiteral("%1 ms").arg(seconds * 1e3, 0, 'f', decimals); }

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool waitForIdle(MainWindow &w)
{
    QElapsedTimer clock;
    clock.start();
    while (w.isBusy() && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    settle();
    return !w.isBusy() && w.trace();
}

struct MoveCost
{
    double update = 0; // mean: the controller moves and every view takes the new position
    double paint = 0;  // mean: the window repaints what changed (as the event loop does)
    double p95 = 0;    // 95th percentile of the two together
};

// One move as the event loop sees it: the controller moves, the views update, and the posted
// repaint of the changed widgets runs (the input plane and the diagram render their pictures in
// that repaint).
MoveCost measureMoves(MainWindow &w, const std::vector<long long> &targets)
{
    std::vector<double> totals;
    totals.reserve(targets.size());
    MoveCost c;
    for (long long target : targets) {
        QElapsedTimer clock;
        clock.start();
        static const bool mark = qEnvironmentVariableIsSet("PAINT_TRACE"); // where each move starts
        if (mark)
            std::fprintf(stderr, "move: to %lld\n", target);
        w.controller()->setLinearIndex(target);
        const double updated = double(clock.nsecsElapsed()) * 1e-9;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const double total = double(clock.nsecsElapsed()) * 1e-9;
        c.update += updated;
        c.paint += total - updated;
        totals.push_back(total);
    }
    std::sort(totals.begin(), totals.end());
    c.update /= double(targets.size());
    c.paint /= double(targets.size());
    c.p95 = totals[totals.size() * 95 / 100];
    return c;
}

void report(const char *what, const MoveCost &c)
{
    row(what, ms(c.update + c.paint) + QStringLiteral(" avg"), "< 8 ms");
    row("  of which views updating / repainting", QStringLiteral("%1 / %2 ms").arg(c.update * 1e3, 0, 'f', 2).arg(c.paint * 1e3, 0, 'f', 2), "");
    row("  95th percentile", ms(c.p95), "");
}

std::vector<long long> randomTargets(long long count, int n)
{
    std::mt19937_64 random(7);
    std::uniform_int_distribution<long long> any(0, count - 1);
    std::vector<long long> t(static_cast<size_t>(n));
    for (auto &x : t)
        x = any(random);
    return t;
}

// Positions n moves apart, from `from`: 1 for the next operation, 12 (a step's operations) for
// the next sample, 48 for the next epoch of lesson 3.
std::vector<long long> sequentialTargets(long long from, int n, long long stride = 1)
{
    std::vector<long long> t(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        t[size_t(i)] = from + i * stride;
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    PaintTimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;

    std::printf("| %-58s | %18s | %-26s |\n", "measurement (GUI)", "figure", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(20, '-').constData(), QByteArray(28, '-').constData());

    // Start-up: a separate process, from launch to its window rendered into a PNG and exited.
    {
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/app/deltatrace");
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QElapsedTimer clock;
            clock.start();
            p.start(program, {QStringLiteral("--lesson"), QStringLiteral(DELTATRACE_LESSONS "/01-delta-rule.lesson.json"),
                          QStringLiteral("--experiment"), QStringLiteral("forward"),
                          QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("start.png"))});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                break;
            times.push_back(double(clock.nsecsElapsed()) * 1e-9);
        }
        if (times.empty()) {
            row("launch to first rendered window (lesson 1)", QStringLiteral("failed"), "< 0.5 s");
        } else {
            std::sort(times.begin(), times.end());
            row("launch to first rendered window, lesson 1 (median)", ms(times[times.size() / 2], 0), "< 500 ms");
        }
    }

    LanguageManager languages;
    Settings settings;
    MainWindow window(&languages, &settings);
    window.resize(1600, 1000);
    window.show();
    settle();

    // The lessons' size: lesson 3 with cross-entropy, 10 000 epochs (40 000 steps).
    window.loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS));
    window.startExperiment(QStringLiteral("03-backprop-xor"), QStringLiteral("backprop-ce"));
    if (!waitForIdle(window)) {
        std::printf("error: lesson 3 did not record: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    settle();
    const long long positions = window.controller()->positionCount();
    measureMoves(window, randomTargets(positions, 20)); // warm caches
    const long long opsPerSample = static_cast<long long>(operationsOf(Rule::BackpropCrossEntropy).size());
    MoveCost op = measureMoves(window, sequentialTargets(positions / 2, 300));
    const MoveCost sample = measureMoves(window, sequentialTargets(positions / 4, 300, opsPerSample));
    const MoveCost epoch = measureMoves(window, sequentialTargets(positions / 8, 300, opsPerSample * SampleCount));
    MoveCost jump = measureMoves(window, randomTargets(positions, 300));
    report("next operation, every view updated (10 000 epochs)", op);
    report("next sample, every view updated (10 000 epochs)", sample);
    report("next epoch, every view updated (10 000 epochs)", epoch);
    report("jump anywhere, every view updated (10 000 epochs)", jump);
    // The same moves at every screen size the layout is made for, in its default arrangement
    // there, and presenting on a 1024x768 projector.
    if (!quick) {
        struct Screen
        {
            QSize size;
            bool presenting;
        };
        window.setFullScreenAllowed(false);
        for (const Screen screen : {Screen{{1024, 768}, false}, Screen{{1280, 720}, false}, Screen{{1366, 768}, false},
                                    Screen{{1600, 1000}, false}, Screen{{1920, 1080}, false}, Screen{{2560, 1440}, false},
                                    Screen{{1024, 768}, true}}) {
            window.resize(screen.size);
            settle();
            window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
            window.resize(screen.size);
            window.setPresenterMode(screen.presenting);
            settle();
            measureMoves(window, randomTargets(positions, 20));
            const MoveCost c = measureMoves(window, sequentialTargets(positions / 2 + 1000, 200));
            const QString what = QStringLiteral("  next operation at %1x%2%3")
                                     .arg(screen.size.width())
                                     .arg(screen.size.height())
                                     .arg(screen.presenting ? QStringLiteral(", presenting") : QString());
            row(qPrintable(what), QStringLiteral("%1 avg, p95 %2").arg(ms(c.update + c.paint), ms(c.p95)), "< 8 ms");
            window.setPresenterMode(false);
        }
        window.resize(1600, 1000);
        settle();
    }
    if (app.arguments().contains(QStringLiteral("--paint-breakdown"))) {
        int rangeChanges = 0, valueChanges = 0;
        QObject counting; // the counters' lifetime: its end disconnects them
        for (QScrollBar *bar : window.findChildren<QScrollBar *>()) {
            QObject::connect(bar, &QScrollBar::rangeChanged, &counting, [&] { ++rangeChanges; });
            QObject::connect(bar, &QScrollBar::valueChanged, &counting, [&] { ++valueChanges; });
        }
        app.timing = true;
        const std::vector<long long> targets = qEnvironmentVariableIsSet("BREAKDOWN_RANDOM")
            ? randomTargets(positions, 300)
            : sequentialTargets(positions / 3, 300, qEnvironmentVariableIntValue("BREAKDOWN_STRIDE") > 0 ? qEnvironmentVariableIntValue("BREAKDOWN_STRIDE") : 1);
        measureMoves(window, targets);
        app.timing = false;
        std::printf("  scroll bars: %d range changes, %d value changes in %d moves\n", rangeChanges, valueChanges, int(targets.size()));
        std::vector<std::pair<double, QString>> byTime;
        for (const auto &[name, seconds] : app.seconds)
            byTime.emplace_back(seconds, name);
        std::sort(byTime.rbegin(), byTime.rend());
        for (const auto &[seconds, name] : byTime)
            std::printf("  paint %-44s %8.3f ms per move\n", qPrintable(name), seconds * 1e3 / double(targets.size()));
    }

    if (quick)
        return 0;

    // A million epochs, opened from a trace file.
    const QString path = dir.filePath(QStringLiteral("million.dtrace"));
    {
        const auto trace = Trainer::record(fixtures::lesson3CrossEntropySpec(1000000));
        QString error;
        if (!TraceFile::write(*trace, path, &error)) {
            std::printf("error: %s\n", qPrintable(error));
            return 1;
        }
        TrainingCharts charts;
        charts.resize(900, 600);
        charts.show();
        settle();
        std::shared_ptr<const Trace> shared = std::make_shared<const Trace>(*trace);
        std::vector<double> rebuild;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            charts.setTrace(shared);
            rebuild.push_back(double(clock.nsecsElapsed()) * 1e-9);
            charts.setTrace(nullptr);
        }
        std::sort(rebuild.begin(), rebuild.end());
        row("rebuild the charts for a new run (1 000 000 epochs)", ms(rebuild[2], 1), "< 30 ms");
        // Only the chart shown is built with the run; another is built when its tab is chosen.
        std::vector<double> firstLook;
        for (int i = 0; i < 5; ++i) {
            charts.showChart(TrainingCharts::Chart::Loss);
            charts.setTrace(shared);
            QElapsedTimer clock;
            clock.start();
            charts.showChart(TrainingCharts::Chart::Outputs);
            firstLook.push_back(double(clock.nsecsElapsed()) * 1e-9);
        }
        std::sort(firstLook.begin(), firstLook.end());
        row("  first look at the outputs chart of that run", ms(firstLook[2], 1), "");
        charts.showChart(TrainingCharts::Chart::Loss);
    }
    // The weights chart's thinning alone: 16 columns of a million rows in one pass, on numbers
    // that change at every row (the worst case for keeping each bucket's extremes).
    {
        const long long rows = 1'000'000;
        std::vector<double> weights(static_cast<std::size_t>(rows) * 16);
        std::mt19937 random(8);
        std::uniform_real_distribution<double> any(-1.0, 1.0);
        for (double &w : weights)
            w = any(random);
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            ChartDecimator thinning(16, rows, TrainingCharts::MaxPointsPerSeries);
            thinning.addRows(weights.data(), rows, 16);
            const std::vector<ChartDecimator::Column> columns = thinning.finish();
            times.push_back(double(clock.nsecsElapsed()) * 1e-9);
        }
        std::sort(times.begin(), times.end());
        row("  thin 16 weight columns of 1 000 000 epochs (median)", ms(times[2], 1), "");
    }
    QElapsedTimer clock;
    clock.start();
    if (!window.fileActions()->openFile(path)) {
        std::printf("error: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    waitForIdle(window);
    row("open a 1 000 000-epoch trace in the window, ready", ms(double(clock.nsecsElapsed()) * 1e-9, 0), "< 1 s");
    const long long bigPositions = window.controller()->positionCount();
    measureMoves(window, randomTargets(bigPositions, 20));
    op = measureMoves(window, sequentialTargets(bigPositions / 2, 300));
    jump = measureMoves(window, randomTargets(bigPositions, 300));
    report("next operation, every view updated (1 000 000 epochs)", op);
    report("jump anywhere, every view updated (1 000 000 epochs)", jump);
    return 0;
}
