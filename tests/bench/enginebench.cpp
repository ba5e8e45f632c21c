// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// deltatrace-bench: the engine's figures, printed, never asserted.
//   deltatrace-bench            everything (10 000-epoch recording, numpy side by side, plain
//                               training, whole processes, the seed explorer, the 1 000 000-epoch
//                               run, its compact trace file, export)
//   deltatrace-bench --quick    skips the 1 000 000-epoch run
// Timings are the median of repeated runs; memory is the process's peak resident set (VmHWM),
// reset before each measured phase.
#include "coursefixtures.h"
#include "engine.h"
#include "seedexplorer.h"
#include "traceexporter.h"
#include "tracefile.h"
#include "trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace deltatrace;

namespace {

template<typename F>
double medianSeconds(int repeats, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) * 1e-9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long long readStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Linux: writing 5 to clear_refs resets the peak resident set size of this process.
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double peakMegabytes() { return double(readStatusKb("VmHWM:")) / 1024.0; }

// The same arithmetic as Engine, written by hand with plain fixed-size arrays: the reference
// for how much the readable Eigen code costs.
struct HandWritten
{
    double W1[4][3], W2[4];
    void train(const TraceSpec &spec)
    {
        const Weights w = Engine::initialWeights(spec.rule, spec.seed);
        for (int i = 0; i < 4; ++i) {
            for (int j = 0; j < 3; ++j)
                W1[i][j] = w.W1(i, j);
            W2[i] = w.W2(0, i);
        }
        for (int epoch = 0; epoch < spec.epochs; ++epoch) {
            for (int k = 0; k < 4; ++k) {
                const double x[3] = {spec.X(k, 0), spec.X(k, 1), spec.X(k, 2)};
                const double d = spec.D(k);
                double y1[4];
                for (int i = 0; i < 4; ++i)
                    y1[i] = 1.0 / (1.0 + std::exp(-(W1[i][0] * x[0] + W1[i][1] * x[1] + W1[i][2] * x[2])));
                const double v = W2[0] * y1[0] + W2[1] * y1[1] + W2[2] * y1[2] + W2[3] * y1[3];
                const double y = 1.0 / (1.0 + std::exp(-v));
                const double delta = d - y;
                double e1[4];
                for (int i = 0; i < 4; ++i)
                    e1[i] = W2[i] * delta;
                for (int i = 0; i < 4; ++i) {
                    const double ad1 = 0.9 * (y1[i] * (1.0 - y1[i]) * e1[i]);
                    for (int j = 0; j < 3; ++j)
                        W1[i][j] += ad1 * x[j];
                }
                for (int i = 0; i < 4; ++i)
                    W2[i] += 0.9 * delta * y1[i];
            }
        }
    }
};

// One run of the lesson's numpy loop in python3 (which prints the seconds of the loop alone),
// or -1 without python3 and numpy.
double numpyRunSeconds(int epochs)
{
    const QString script = QStringLiteral(DELTATRACE_BENCH_DIR "/numpy_backprop_ce.py");
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(python, {script, QString::number(epochs)});
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            continue;
        bool ok = false;
        const double s = p.readAllStandardOutput().trimmed().toDouble(&ok);
        if (ok)
            return s;
    }
    return -1.0;
}


// The median of three runs of the numpy script (each prints the seconds of its loop alone).
double numpySeconds(int epochs)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        const double s = numpyRunSeconds(epochs);
        if (s < 0)
            return -1.0;
        runs.push_back(s);
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

// Wall-clock seconds of a whole process (the median of three), or -1 if it fails.
double processSeconds(const QString &program, const QStringList &args)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(program, args);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return -1.0;
        runs.push_back(double(clock.nsecsElapsed()) * 1e-9);
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

// The numpy script as a whole process, with the python3 that has numpy.
double pythonProcessSeconds(int epochs)
{
    const QString script = QStringLiteral(DELTATRACE_BENCH_DIR "/numpy_backprop_ce.py");
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        const double s = processSeconds(python, {script, QString::number(epochs)});
        if (s > 0)
            return s;
    }
    return -1.0;
}

void row(const char *what, const QString &value, const char *target)
{
    std::printf("| %-58s | %18s | %-26s |\n", what, qPrintable(value), target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));

    std::printf("| %-58s | %18s | %-26s |\n", "measurement", "figure", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(60, '-').constData(), QByteArray(20, '-').constData(), QByteArray(28, '-').constData());

    // 1. Recording lesson 3 (cross-entropy), 10 000 epochs, every value. The first recording of
    // the process is shown apart: it also pays for first-touch page faults and cold caches.
    const TraceSpec spec = fixtures::lesson3CrossEntropySpec(10000);
    std::size_t bytes = 0, numbers = 0;
    const double firstSeconds = medianSeconds(1, [&] { Trainer::record(spec); });
    const double recordSeconds = medianSeconds(15, [&] {
        const auto trace = Trainer::record(spec);
        bytes = trace->storedBytes();
        numbers = trace->storedNumbers();
    });
    row("record backprop-ce, 10 000 epochs, every value", QStringLiteral("%1 ms").arg(recordSeconds * 1e3, 0, 'f', 2), "");
    row("  the first recording of the process (cold)", QStringLiteral("%1 ms").arg(firstSeconds * 1e3, 0, 'f', 2), "");
    row("  trace bytes in memory", QStringLiteral("%1 bytes").arg(bytes), "");
    row("  bytes per recorded number", QStringLiteral("%1").arg(double(bytes) / double(numbers), 0, 'f', 3), "<= 8 + small constant");

    // 2. Plain training against the hand-written arithmetic.
    Weights plain;
    const double plainSeconds = medianSeconds(15, [&] { plain = Trainer::trainPlain(spec); });
    HandWritten hand;
    const double handSeconds = medianSeconds(15, [&] { hand.train(spec); });
    row("plain training (no recording), 10 000 epochs", QStringLiteral("%1 ms").arg(plainSeconds * 1e3, 0, 'f', 2), "");
    row("hand-written fixed arrays, 10 000 epochs", QStringLiteral("%1 ms").arg(handSeconds * 1e3, 0, 'f', 2), "");
    row("  plain / hand-written", QStringLiteral("%1 x").arg(plainSeconds / handSeconds, 0, 'f', 2), "<= 3 x");
    if (std::abs(hand.W2[0] - plain.W2(0, 0)) > 1e-9)
        std::printf("warning: hand-written and engine disagree (%g vs %g)\n", hand.W2[0], plain.W2(0, 0));

    // numpy last: it runs in another process, and the figures above are this process's alone.
    const double numpy = numpySeconds(10000);
    if (numpy > 0) {
        row("numpy, same 10 000 epochs, no recording", QStringLiteral("%1 ms").arg(numpy * 1e3, 0, 'f', 1), "");
        row("  speed-up of recording over numpy", QStringLiteral("%1 x").arg(numpy / recordSeconds, 0, 'f', 0), ">= 100 x");
    } else {
        row("numpy, same 10 000 epochs", QStringLiteral("not available"), "(install python3-numpy)");
    }

    // Whole processes, as a user runs them: deltatrace-cli record (recording, the outcome, a
    // compact trace file) against python3 running the lesson's numpy loop.
    const double cliSeconds = processSeconds(QStringLiteral(DELTATRACE_CLI),
                                             {QStringLiteral("record"), QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"),
                                              QStringLiteral("--experiment"), QStringLiteral("backprop-ce"), QStringLiteral("--out"),
                                              QDir::temp().filePath(QStringLiteral("deltatrace-bench.dtrace"))});
    row("deltatrace-cli record lesson 3, whole process", QStringLiteral("%1 ms").arg(cliSeconds * 1e3, 0, 'f', 1), "");
    row("  its trace file (compact)", QStringLiteral("%1 KB").arg(double(QFileInfo(QDir::temp().filePath(QStringLiteral("deltatrace-bench.dtrace"))).size()) / 1e3, 0, 'f', 1), "<= 1 MB");
    const double numpyProcess = pythonProcessSeconds(10000);
    if (numpyProcess > 0 && cliSeconds > 0) {
        row("python3 numpy loop, whole process", QStringLiteral("%1 ms").arg(numpyProcess * 1e3, 0, 'f', 1), "");
        row("  speed-up of the whole record command", QStringLiteral("%1 x").arg(numpyProcess / cliSeconds, 0, 'f', 0), ">= 25 x");
    }

    // The seed explorer: lesson 3, 1 000 seeds of 10 000 epochs, on every core.
    {
        QElapsedTimer exploring;
        exploring.start();
        const auto results = SeedExplorer::explore(fixtures::lesson3CrossEntropySpec(10000), 0, 999, {});
        row("explore 1 000 seeds x 10 000 epochs (lesson 3), all cores",
            QStringLiteral("%1 s on %2 threads").arg(double(exploring.nsecsElapsed()) * 1e-9, 0, 'f', 2).arg(QThread::idealThreadCount()),
            "< 2 s on 2 cores");
        if (!results || results->size() != 1000)
            return 1;
    }

    if (quick)
        return 0;

    // 3. A million epochs: 4 000 000 sample steps, every step reachable.
    const TraceSpec big = fixtures::lesson3CrossEntropySpec(1000000);
    resetPeakMemory();
    const double baseline = double(readStatusKb("VmRSS:")) / 1024.0;
    QElapsedTimer clock;
    clock.start();
    auto trace = Trainer::record(big);
    const double bigSeconds = double(clock.nsecsElapsed()) * 1e-9;
    row("record backprop-ce, 1 000 000 epochs", QStringLiteral("%1 s").arg(bigSeconds, 0, 'f', 2), "");
    row("  peak memory of the process", QStringLiteral("%1 MB").arg(peakMegabytes(), 0, 'f', 1), "< 300 MB");
    row("  of which before recording", QStringLiteral("%1 MB").arg(baseline, 0, 'f', 1), "");
    row("  full record or checkpoints", trace->hasFullRecord() ? QStringLiteral("full") : QStringLiteral("checkpoints"), "");

    std::mt19937_64 random(1);
    std::uniform_int_distribution<long long> anyStep(0, trace->stepCount() - 1);
    const int lookups = 200000;
    double sink = 0;
    clock.restart();
    for (int i = 0; i < lookups; ++i)
        sink += trace->step(anyStep(random)).y;
    const double perLookup = double(clock.nsecsElapsed()) / lookups / 1e3;
    row("  go to any step (mean of 200 000 random)", QStringLiteral("%1 us").arg(perLookup, 0, 'f', 2), "< 1 ms");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.dtrace"));
    QString error;
    clock.restart();
    if (!TraceFile::write(*trace, path, &error, TraceFile::Storage::Compact)) {
        std::printf("error: %s\n", qPrintable(error));
        return 1;
    }
    const double writeSeconds = double(clock.nsecsElapsed()) * 1e-9;
    trace.reset();
    row("  compact trace file size", QStringLiteral("%1 KB").arg(double(QFileInfo(path).size()) / 1e3, 0, 'f', 1), "<= 50 MB");
    row("  trace file write", QStringLiteral("%1 s").arg(writeSeconds, 0, 'f', 2), "");

    resetPeakMemory();
    clock.restart();
    const TraceFile::ReadResult read = TraceFile::read(path);
    const double openSeconds = double(clock.nsecsElapsed()) * 1e-9;
    if (!read.ok()) {
        std::printf("error: %s\n", qPrintable(read.error));
        return 1;
    }
    const StepRecord lastStep = read.trace->step(read.trace->stepCount() - 1);
    sink += lastStep.y;
    row("  trace file open and verify (recomputed), ready to step", QStringLiteral("%1 ms").arg(openSeconds * 1e3, 0, 'f', 0), "< 1 s");
    row("  peak memory while opening", QStringLiteral("%1 MB").arg(peakMegabytes(), 0, 'f', 1), "< 300 MB");

    QFile devNull(QStringLiteral("/dev/null"));
    devNull.open(QIODevice::WriteOnly);
    TraceExporter::Range range{500000, 500009};
    clock.restart();
    TraceExporter::write(*read.trace, TraceExporter::Format::JsonLines, devNull, &error, range);
    row("  export epochs 500000:500009 as jsonl", QStringLiteral("%1 ms").arg(double(clock.nsecsElapsed()) * 1e-6, 0, 'f', 2), "");

    std::fprintf(stderr, "(checksum %g)\n", sink);
    return 0;
}
