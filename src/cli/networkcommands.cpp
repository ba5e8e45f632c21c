// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkcommands.h"

#include "networkscript.h"
#include "networktraceexporter.h"
#include "networktracefile.h"
#include "regularfile.h"
#include "networktrainer.h"
#include "numberformat.h"
#include "runoutcome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace deltatrace {

int NetworkCommands::exportTrace(const ExportRequest &request)
{
    auto runtimeError = [this](const QString &message) {
        m_err << "deltatrace-cli: " << message << "\n";
        m_err.flush();
        return 1;
    };
    const NetworkTraceFile::ReadResult read = NetworkTraceFile::read(request.tracePath);
    if (!read.ok())
        return runtimeError(read.error);
    const NetworkTrace &trace = *read.trace;
    NetworkTraceExporter::Range range;
    if (request.epochs) {
        if (request.epochs->second >= trace.epochCount()) {
            m_err << "deltatrace-cli: --epochs " << request.epochs->first << ':' << request.epochs->second
                  << " is outside the trace, which has epochs 0 to " << trace.epochCount() - 1 << "\nTry 'deltatrace-cli --help'.\n";
            m_err.flush();
            return 2;
        }
        range.firstEpoch = static_cast<int>(request.epochs->first);
        range.lastEpoch = static_cast<int>(request.epochs->second);
    }
    const bool script = request.format == QLatin1String("py");
    const auto format = request.format == QLatin1String("csv") ? NetworkTraceExporter::Format::Csv : NetworkTraceExporter::Format::JsonLines;
    QString error;
    if (request.outPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return runtimeError(QStringLiteral("cannot write to standard output"));
        const bool written = script ? out.write(NetworkScript::of(trace.run())) >= 0 : NetworkTraceExporter::write(trace, format, out, &error, range);
        if (!written || !out.flush())
            return runtimeError(QStringLiteral("standard output: %1").arg(error.isEmpty() ? out.errorString() : error));
        return 0;
    }
    if (script) {
        // Atomic, with the same refusals as every export.
        if (const QString refusal = RegularFile::refusalToWrite(request.outPath, {request.tracePath}); !refusal.isEmpty())
            return runtimeError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(request.outPath), refusal));
        QSaveFile file(request.outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(NetworkScript::of(trace.run())) < 0 || !file.commit())
            return runtimeError(QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(request.outPath), file.errorString()));
        return 0;
    }
    if (!NetworkTraceExporter::writeFile(trace, format, request.outPath, {request.tracePath}, &error, range))
        return runtimeError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(request.outPath), error));
    return 0;
}

QString NetworkCommands::describe(const Experiment &experiment)
{
    if (!experiment.network)
        return {};
    const Architecture &a = experiment.network->architecture;
    QStringList sizes, activations;
    for (int size : a.sizes)
        sizes << QString::number(size);
    for (Activation activation : a.activations)
        activations << QString::fromLatin1(activationName(activation).data());
    return QStringLiteral("layers=%1 activations=%2 delta=%3 batch=%4 momentum=%5")
        .arg(sizes.join(u'-'), activations.join(u','), QString::fromLatin1(outputDeltaName(a.delta).data()))
        .arg(a.batch)
        .arg(NumberFormat::exact(a.momentum));
}

int NetworkCommands::record(const NetworkRun &run, const QString &outPath)
{
    const std::optional<NetworkTrace> trace = recordWithProgress(run);
    if (!trace) {
        m_err << "deltatrace-cli: recording was cancelled\n";
        m_err.flush();
        return 1;
    }
    QString error;
    if (!NetworkTraceFile::write(*trace, outPath, &error)) {
        m_err << "deltatrace-cli: " << error << "\n";
        m_err.flush();
        return 1;
    }
    printRecorded(run, *trace, outPath);
    return 0;
}

std::optional<NetworkTrace> NetworkCommands::recordWithProgress(const NetworkRun &run)
{
    // Progress only for runs that take longer than a moment, so short runs stay quiet.
    QElapsedTimer clock;
    clock.start();
    bool progressShown = false;
    long long shownPercent = -1;
    NetworkTrainer::Options options;
    options.fullRecordBudget = 0; // the file keeps the run and a digest: only the summaries are needed here
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
    std::optional<NetworkTrace> trace = NetworkTrainer::record(run, options);
    if (progressShown)
        m_err << "\n";
    return trace;
}

QString NetworkCommands::outcomeLine(const NetworkTrace &trace)
{
    const RunOutcome outcome = RunOutcome::of(trace);
    QStringList samples;
    for (int k : outcome.unsettledSamples())
        samples << QString::number(k);
    const QString unsettled = samples.size() == 1 ? QStringLiteral("sample %1 is").arg(samples.first())
                                                  : QStringLiteral("samples %1 are").arg(samples.join(QStringLiteral(", ")));
    const QString keyword = QString::fromLatin1(RunOutcome::keyword(outcome.kind()).data());
    QString why;
    switch (outcome.kind()) {
    case RunOutcome::Kind::Solved:
        why = QStringLiteral("every output is within 0.4 of its target");
        break;
    case RunOutcome::Kind::Stalled:
        why = QStringLiteral("%1 not within 0.4 of the target, and the loss has been flat since epoch %2").arg(unsettled).arg(outcome.flatFromEpoch());
        // One weight layer draws straight boundaries only: no epochs and no seed help where
        // no line (plane) separates the samples. A deeper network may still leave its plateau.
        why += trace.architecture().layerCount() == 1
                   ? QStringLiteral("; one layer's boundaries are straight lines: where no line separates the samples, no number of "
                                    "epochs and no seed solves the task")
                   : QStringLiteral("; more epochs or another seed may still get it off this plateau");
        break;
    case RunOutcome::Kind::Learning:
        why = QStringLiteral("%1 not within 0.4 of the target, but the loss is still falling: more epochs would help").arg(unsettled);
        break;
    case RunOutcome::Kind::Saturated:
        why = QStringLiteral("%1 not within 0.4 of the target, and a sigmoid or tanh unit saturated at epoch %2, sample %3 "
                             "(its output exactly at its bound, its slope 0); try a smaller alpha")
                  .arg(unsettled)
                  .arg(trace.firstSaturatedStep() / trace.run().sampleCount())
                  .arg(trace.firstSaturatedStep() % trace.run().sampleCount());
        break;
    case RunOutcome::Kind::NotFinite:
        why = QStringLiteral("values stopped being finite");
        break;
    case RunOutcome::Kind::NotTrained:
        return {};
    }
    return QStringLiteral("outcome: %1 (%2)").arg(keyword, why);
}

void NetworkCommands::printRecorded(const NetworkRun &run, const NetworkTrace &trace, const QString &outPath)
{
    const int last = trace.epochCount() - 1;
    const NetworkEpochSummary summary = trace.epochSummary(last);
    m_out << "recorded " << run.lessonId << " / " << run.experimentId << ": seed " << run.seed << ", alpha "
          << NumberFormat::exact(run.alpha) << ", " << run.epochs << (run.epochs == 1 ? " epoch, " : " epochs, ")
          << trace.stepCount() << " sample steps (compact: recomputed and checked when opened)\n"
          << "final outputs:";
    const std::vector<double> outputs = trace.outputsAtEpochEnd(last);
    const int K = run.architecture.outputCount();
    for (int k = 0; k < run.sampleCount(); ++k) {
        m_out << (K > 1 ? " [" : " ");
        for (int i = 0; i < K; ++i)
            m_out << (i > 0 ? " " : "") << NumberFormat::value(outputs[static_cast<size_t>(k * K + i)], 6);
        m_out << (K > 1 ? "]" : "");
    }
    m_out << "\nmean squared error: " << NumberFormat::value(summary.meanSquaredError, 6) << "\n";
    if (const QString outcome = outcomeLine(trace); !outcome.isEmpty())
        m_out << outcome << "\n";
    if (trace.firstNonFiniteStep() >= 0) {
        const long long s = trace.firstNonFiniteStep();
        const std::optional<LayerQuantity> q = trace.firstNonFiniteQuantity();
        m_out << "warning: values stopped being finite at epoch " << s / run.sampleCount() << ", sample " << s % run.sampleCount()
              << " (" << (q ? QString::fromStdString(q->name()) : QString()) << "); the learning rate is too large for this network\n";
    }
    m_out << "written: " << QDir::toNativeSeparators(outPath) << "\n";
    m_out.flush();
}

} // namespace deltatrace
