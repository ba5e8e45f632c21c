// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text exports of a general network's trace (lesson format 2).
//
// JSON Lines (one JSON value per line, "\n" line ends):
//   line 1, the header: {"lesson": ID, "experiment": ID, "layers": [n0, ..., nL],
//     "activations": [NAME, ...], "delta": "sse" | "ce", "batch": B, "momentum": BETA,
//     "seed": N, "alpha": A, "epochs": N, "firstEpoch": N, "lastEpoch": N,
//     "firstNonFiniteStep": N (-1 if none), "firstSaturatedStep": N (-1 if none),
//     "initial": {"W1": [[...], ...], ..., "WL": [[...]]}, "nonFinite": [...]}
//     firstEpoch..lastEpoch (inclusive, 0-based) is the range exported.
//   then one object per sample step, in order:
//     {"epoch": N, "sample": K (0-based), "x": [n0 numbers], "d": [nL numbers], then every
//      quantity the step computes, in the order of an update step's operations (StepLayout):
//      v1, y1, ..., vL, yL, eL, deltaL, ..., e1, delta1, then layer by layer dW1, dW1_sum,
//      dW1_avg, m1, W1, dW2, ... (dWl_sum and dWl_avg with batches, ml with momentum; dWl_avg,
//      ml and Wl, the weights after the update, only at a batch's last sample, where the update
//      happens), "nonFinite": [...]}
//   Shapes follow numpy's tolist() of the lesson code's arrays (as the course's golden files):
//   the vectors x, d, vl, yl, el, deltal are flat lists, even of one number; the matrices dWl,
//   dWl_sum, dWl_avg, ml and Wl are nested row-major lists (nl rows of n(l-1)).
//
// CSV: a header row, then one row per sample step:
//   epoch,sample,x[0],...,d[0],..., then one column per number of every quantity of an update
//   step, in the same order as JSON Lines, named with numpy's 0-based indexing: "y2[3]" for an
//   element of a vector, "W1[2,0]" for an element of a matrix (quoted in the header row, since
//   it holds a comma). On a step without an update the update's columns (dWl_avg, ml, Wl) are
//   empty. Line ends are "\n".
//
// Numbers and non-finite values are written as TraceExporter writes them (traceexporter.cpp):
// 17 significant digits, which read back as the very same double; null in JSON Lines with the
// key listed in the line's "nonFinite"; nan, inf, -inf in CSV.
#include "networktraceexporter.h"

#include "exporttextwriter.h"
#include "regularfile.h"

#include <string>
#include <vector>

namespace deltatrace {

namespace {

void jsonWeights(ExportTextWriter &w, const Architecture &a, const std::vector<double> &weights)
{
    w.put('{');
    const double *at = weights.data();
    for (int l = 1; l <= a.layerCount(); ++l) {
        if (l > 1)
            w.put(',');
        w.put("\"W");
        w.integer(l);
        w.put("\":");
        w.list(at, a.units(l), a.units(l - 1));
        at += a.weightCount(l);
    }
    w.put('}');
}

void jsonHeader(ExportTextWriter &w, const NetworkTrace &trace, int firstEpoch, int lastEpoch)
{
    const NetworkRun &run = trace.run();
    const Architecture &a = run.architecture;
    w.put('{');
    w.key("lesson", true);
    w.string(run.lessonId);
    w.key("experiment");
    w.string(run.experimentId);
    w.key("layers");
    w.put('[');
    for (size_t i = 0; i < a.sizes.size(); ++i) {
        if (i > 0)
            w.put(',');
        w.integer(a.sizes[i]);
    }
    w.put(']');
    w.key("activations");
    w.put('[');
    for (size_t i = 0; i < a.activations.size(); ++i) {
        if (i > 0)
            w.put(',');
        w.put('"');
        w.put(activationName(a.activations[i]));
        w.put('"');
    }
    w.put(']');
    w.key("delta");
    w.put('"');
    w.put(outputDeltaName(a.delta));
    w.put('"');
    w.key("batch");
    w.integer(a.batch);
    w.key("momentum");
    w.number(a.momentum);
    w.key("seed");
    w.integer(run.seed);
    w.key("alpha");
    w.number(run.alpha);
    w.key("epochs");
    w.integer(run.epochs);
    w.key("firstEpoch");
    w.integer(firstEpoch);
    w.key("lastEpoch");
    w.integer(lastEpoch);
    w.key("firstNonFiniteStep");
    w.integer(trace.firstNonFiniteStep());
    w.key("firstSaturatedStep");
    w.integer(trace.firstSaturatedStep());
    w.key("initial");
    jsonWeights(w, a, trace.initialWeights());
    w.endObject();
}

void csvHeader(ExportTextWriter &w, const NetworkTrace &trace)
{
    const Architecture &a = trace.architecture();
    w.put("epoch,sample");
    for (int i = 0; i < a.inputCount(); ++i) {
        w.put(",x[");
        w.integer(i);
        w.put(']');
    }
    for (int i = 0; i < a.outputCount(); ++i) {
        w.put(",d[");
        w.integer(i);
        w.put(']');
    }
    for (const LayerQuantity &q : trace.layout().quantities()) {
        for (int i = 0; i < q.shape(a).size(); ++i) {
            w.put(',');
            w.csvName(q.elementName(a, i));
        }
    }
}

void jsonStep(ExportTextWriter &w, const NetworkStep &s, const Architecture &a, const std::vector<LayerQuantity> &quantities,
              const std::vector<std::string> &names)
{
    w.put('{');
    w.key("epoch", true);
    w.integer(s.epoch);
    w.key("sample");
    w.integer(s.sample);
    w.key("x");
    w.list(s.input.data(), 0, static_cast<int>(s.input.size()));
    w.key("d");
    w.list(s.target.data(), 0, static_cast<int>(s.target.size()));
    for (size_t i = 0; i < quantities.size(); ++i) {
        const std::span<const double> values = s.values(quantities[i]);
        if (values.empty())
            continue; // an update's quantity on a step without one
        w.key(names[i]);
        const Shape shape = quantities[i].shape(a);
        w.list(values.data(), quantities[i].isMatrix() ? shape.rows : 0, quantities[i].isMatrix() ? shape.cols : shape.size());
    }
    w.endObject();
}

void csvStep(ExportTextWriter &w, const NetworkStep &s, const Architecture &a, const std::vector<LayerQuantity> &quantities)
{
    w.integer(s.epoch);
    w.put(',');
    w.integer(s.sample);
    for (double v : s.input) {
        w.put(',');
        w.number(v);
    }
    for (double v : s.target) {
        w.put(',');
        w.number(v);
    }
    for (const LayerQuantity &q : quantities) {
        const std::span<const double> values = s.values(q);
        if (values.empty()) {
            for (int i = 0; i < q.shape(a).size(); ++i)
                w.put(','); // not computed at this step: an empty field
            continue;
        }
        for (double v : values) {
            w.put(',');
            w.number(v);
        }
    }
}

} // namespace

bool NetworkTraceExporter::write(const NetworkTrace &trace, Format format, QIODevice &out, QString *error, Range range)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    // The messages are TraceExporter's: the same refusals, already translated.
    const int epochs = trace.epochCount();
    const int lastEpoch = range.lastEpoch == -1 ? epochs - 1 : range.lastEpoch;
    if (trace.stepCount() <= 0 || range.firstEpoch < 0 || lastEpoch < range.firstEpoch || lastEpoch >= epochs)
        return fail(TraceExporter::tr("epochs %1 to %2 are outside the trace, which has epochs 0 to %3")
                        .arg(range.firstEpoch).arg(range.lastEpoch).arg(epochs - 1));
    // A trace that was never recorded (NetworkTrainer::record sets the final weights last).
    if (trace.finalWeights().size() != static_cast<size_t>(trace.engine().totalWeightCount()))
        return fail(TraceExporter::tr("cannot export an empty or incomplete trace"));
    if (!out.isWritable())
        return fail(TraceExporter::tr("cannot write: the output is not open for writing"));

    const bool json = format == Format::JsonLines;
    const Architecture &a = trace.architecture();
    const std::vector<LayerQuantity> &quantities = trace.layout().quantities();
    std::vector<std::string> names; // the JSON keys, alive for every line (ExportTextWriter::key)
    for (const LayerQuantity &q : quantities)
        names.push_back(q.name());

    ExportTextWriter w(out, json);
    if (json)
        jsonHeader(w, trace, range.firstEpoch, lastEpoch);
    else
        csvHeader(w, trace);
    w.endLine();

    const long long N = trace.run().sampleCount();
    const long long endStep = (static_cast<long long>(lastEpoch) + 1) * N;
    for (long long i = static_cast<long long>(range.firstEpoch) * N; i < endStep; ++i) {
        const NetworkStep s = trace.step(i);
        if (json)
            jsonStep(w, s, a, quantities, names);
        else
            csvStep(w, s, a, quantities);
        if (!w.endLine())
            break;
    }
    if (!w.flush())
        return fail(TraceExporter::tr("cannot write: %1")
                        .arg(w.failureErrno() != 0 ? RegularFile::systemError(w.failureErrno()) : out.errorString()));
    return true;
}

bool NetworkTraceExporter::writeFile(const NetworkTrace &trace, Format format, const QString &path, const QStringList &inputs,
                                     QString *error, Range range)
{
    return ExportTextWriter::writeFile(path, inputs, error, [&](QIODevice &out, QString *problem) {
        return write(trace, format, out, problem, range);
    });
}

} // namespace deltatrace
