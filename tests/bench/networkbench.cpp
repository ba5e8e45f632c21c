// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// deltatrace-networkbench: the general network engine's figures (lesson format 2), printed,
// never asserted.
//   - a 3-16-16-1 network on 256 samples, 1 000 epochs, every value recorded (in full when it
//     fits the memory budget, else from checkpoints), against the same loop in numpy
//     (numpy_network.py beside this file);
//   - reaching any of its steps: the median and the slowest of many random reads;
//   - lesson 3's network through the general engine, against lessons 1-3's own engine;
//   - memory: the trace's stored bytes and the process's peak resident set.
#include "coursefixtures.h"
#include "networktrainer.h"
#include "trainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

// CPU seconds this thread has used: on a shared, busy machine a steadier figure than the clock.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The same network and data as numpy_network.py.
NetworkRun gridRun(int epochs)
{
    NetworkRun run;
    run.data.sampleCount = 256;
    run.data.inputCount = 3;
    run.data.outputCount = 1;
    for (int i = 0; i < 16; ++i)
        for (int j = 0; j < 16; ++j) {
            const double a = -1 + 2.0 * i / 15;
            const double b = -1 + 2.0 * j / 15;
            run.data.x.insert(run.data.x.end(), {a, b, 1.0});
            run.data.d.push_back(a * a + b * b < 0.36 ? 1.0 : 0.0);
        }
    run.architecture.sizes = {3, 16, 16, 1};
    run.architecture.activations = {Activation::Tanh, Activation::Tanh, Activation::Sigmoid};
    run.architecture.delta = OutputDelta::CrossEntropy;
    run.alpha = 0.1;
    run.epochs = epochs;
    return run;
}

// Seconds numpy's loop takes for `epochs` (the median of three), or -1 without python3 + numpy;
// `record`: the loop keeps every value of every step, as a recorder in numpy would.
double numpySeconds(int epochs, bool record)
{
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral(DELTATRACE_BENCH_DIR "/numpy_network.py"), QString::number(epochs)}
                    + (record ? QStringList{QStringLiteral("--record")} : QStringList{}));
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return -1;
        times.push_back(p.readAllStandardOutput().trimmed().toDouble());
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Epochs = 1000;
    // numpy takes about a minute for the whole run: time a twentieth and scale (the loop's time
    // is linear in the epochs; nothing in it warms up).
    constexpr int NumpyEpochs = 50;
    const NetworkRun run = gridRun(Epochs);

    resetPeakMemory();
    std::optional<NetworkTrace> trace;
    const double cpuBefore = threadCpuSeconds();
    const double recordSeconds = medianSeconds(3, [&] { trace = NetworkTrainer::record(run); });
    const double recordCpu = (threadCpuSeconds() - cpuBefore) / 3;
    const double peak = peakMegabytes();
    std::printf("3-16-16-1, 256 samples, %d epochs (%lld steps):\n", Epochs, run.stepCount());
    std::printf("  record every value             %8.3f s  (%s; %.1f MB stored, checkpoint every %d epoch(s))\n",
                recordSeconds, trace->hasFullRecord() ? "full record" : "checkpoints", double(trace->storedBytes()) / 1e6,
                trace->checkpointInterval());
    std::printf("  (CPU time per recording        %8.3f s, %.2f us per step)\n", recordCpu, recordCpu * 1e6 / double(run.stepCount()));
    std::printf("  full record would take         %8.1f MB (budget %.0f MB)\n",
                double(NetworkTrace::fullRecordBytes(run)) / 1e6, double(NetworkTrainer::DefaultFullRecordBudget) / 1e6);
    std::printf("  peak resident set              %8.1f MB\n", peak);
    const double numpy = numpySeconds(NumpyEpochs, false);
    const double numpyRecording = numpySeconds(NumpyEpochs, true);
    if (numpy > 0 && numpyRecording > 0) {
        const double scaled = numpy * Epochs / NumpyEpochs;
        const double scaledRecording = numpyRecording * Epochs / NumpyEpochs;
        std::printf("  numpy loop keeping every value %8.3f s  (%d epochs timed: %.3f s)   ratio %.0fx  (target >= 50x)\n",
                    scaledRecording, NumpyEpochs, numpyRecording, scaledRecording / recordSeconds);
        std::printf("  numpy loop keeping nothing     %8.3f s  (%d epochs timed: %.3f s)   ratio %.0fx\n", scaled, NumpyEpochs,
                    numpy, scaled / recordSeconds);
    } else {
        std::printf("  numpy loop: python3 with numpy not found\n");
    }

    // Any step: random reads over the whole run.
    std::mt19937_64 random(1);
    std::uniform_int_distribution<long long> pick(0, run.stepCount() - 1);
    std::vector<double> reads;
    for (int i = 0; i < 2000; ++i) {
        const long long index = pick(random);
        QElapsedTimer clock;
        clock.start();
        const NetworkStep step = trace->step(index);
        reads.push_back(double(clock.nsecsElapsed()) * 1e-6);
        if (step.sampleRow.empty())
            return 1;
    }
    std::sort(reads.begin(), reads.end());
    std::printf("  reach a step (2000 random)     median %.3f ms, 99%% %.3f ms, slowest %.3f ms  (target < 1 ms)\n",
                reads[reads.size() / 2], reads[reads.size() * 99 / 100], reads.back());

    // Lesson 3's network, general engine against the course's own.
    const TraceSpec course = fixtures::courseSpec(Rule::BackpropCrossEntropy, fixtures::xorTargets(), 10000);
    NetworkRun lesson3;
    lesson3.data.sampleCount = 4;
    lesson3.data.inputCount = 3;
    lesson3.data.outputCount = 1;
    for (int k = 0; k < 4; ++k) {
        for (int i = 0; i < 3; ++i)
            lesson3.data.x.push_back(course.X(k, i));
        lesson3.data.d.push_back(course.D(k));
    }
    lesson3.architecture.sizes = {3, 4, 1};
    lesson3.architecture.activations = {Activation::Sigmoid, Activation::Sigmoid};
    lesson3.architecture.delta = OutputDelta::CrossEntropy;
    lesson3.alpha = course.alpha;
    lesson3.epochs = course.epochs;
    const double generalSeconds = medianSeconds(5, [&] { (void)NetworkTrainer::record(lesson3); });
    const double courseSeconds = medianSeconds(5, [&] { (void)Trainer::record(course); });
    std::printf("lesson 3 (backprop-ce), 10 000 epochs, every value recorded:\n");
    std::printf("  lessons 1-3's engine           %8.4f s\n", courseSeconds);
    std::printf("  general engine                 %8.4f s  (%.1fx the course engine's time)\n", generalSeconds,
                generalSeconds / courseSeconds);
    return 0;
}
