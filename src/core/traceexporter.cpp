// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text exports of a trace.
//
// JSON Lines (one JSON value per line, "\n" line ends):
//   line 1, the header: {"lesson": ID, "experiment": ID, "rule": NAME, "seed": N, "alpha": A,
//     "epochs": N, "firstEpoch": N, "lastEpoch": N, "firstNonFiniteStep": N (-1 if none),
//     "firstSaturatedStep": N (-1 if none), "outcome": how the whole run ended (RunOutcome's
//     keyword: "solved", "stalled", "learning", "saturated", "notFinite" or "notTrained"),
//     "initial": {"W": [[...]]} or {"W1": [[...], ...], "W2": [[...]]}, "nonFinite": [...]}
//     firstEpoch..lastEpoch (inclusive, 0-based) is the range exported.
//   then one object per sample step, in order:
//     {"epoch": N, "sample": K (0-based), "x": [3], "d": D, then every quantity the rule records
//      (recordedQuantities) under its quantityName, then the weights "W" (or "W1", "W2") after
//      the step if the rule does not record them (forward: the unchanged weights),
//      "nonFinite": [...]}
//   "nonFinite", last on every line, lists the keys of that line whose value is or holds a
//   null: ["v", "y", "delta"], usually [] (see Numbers).
//   Shapes follow the lessons' numpy code (numpy's tolist(), as in tests/data/golden): the
//   weights W (1x3), W1 (4x3), W2 (1x4) and dW1 (4x3) are nested row-major lists; the vectors
//   x, v1, y1, e1, delta1, dW, dW2 are flat lists; the single values d, v, y, e, delta are
//   plain numbers.
//
// CSV: a header row, then one row per sample step:
//   epoch,sample,x[0],x[1],x[2],d, then one column per scalar of each quantity, in the same
//   order as JSON Lines, named with numpy's 0-based indexing as the app's table, network diagram
//   and charts name them: "v" for a single value, "y1[2]" for an element of a vector, "W1[2,0]"
//   for an element of a matrix (row 2, column 0; "W[0,1]", "W2[0,3]"). The names hold a comma,
//   so the CSV header quotes them: "W1[2,0]". Line ends are "\n".
//
// Numbers: 17 significant digits (printf's %.17g), which read back as the very same double;
// a value with neither a decimal point nor an exponent gets ".0" so that it reads as a
// floating-point number (and -0.0 keeps its sign). Values that are not finite are written
// null in JSON Lines, and the line's "nonFinite" list names the keys that hold them: strict
// JSON has no inf or nan (NaN and Infinity break jq and strict parsers), and null is what
// pandas reads as NaN and numpy turns into nan (np.array(values, dtype=float)), so a
// learner's plot shows a gap where the run blew up. Which of inf, -inf or nan it was is in
// the CSV export and in the trace; JSON Lines keeps only that the value is not finite.
// CSV writes nan, inf and -inf (what Python's float(), numpy and pandas read). A nan's sign
// and payload are not kept.
#include "traceexporter.h"

#include "exporttextwriter.h"
#include "numpyscript.h"
#include "regularfile.h"
#include "runoutcome.h"


#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace deltatrace {

namespace {

enum class Nesting { Single, Flat, Matrix };

Nesting nestingOf(Quantity q)
{
    const Shape s = quantityShape(q);
    if (s.size() == 1)
        return Nesting::Single;
    if (q == Quantity::W || q == Quantity::W1 || q == Quantity::W2 || (s.rows > 1 && s.cols > 1))
        return Nesting::Matrix;
    return Nesting::Flat;
}

// The quantities a step line carries, in order: the recorded ones, then the weights if the
// rule does not record them.
std::vector<Quantity> exportedQuantities(Rule rule)
{
    const auto recorded = recordedQuantities(rule);
    std::vector<Quantity> out(recorded.begin(), recorded.end());
    for (Quantity q : weightQuantities(rule))
        if (std::find(out.begin(), out.end(), q) == out.end())
            out.push_back(q);
    return out;
}

using Writer = ExportTextWriter;

void jsonValue(Writer &w, Quantity q, const double *values)
{
    const Shape s = quantityShape(q);
    switch (nestingOf(q)) {
    case Nesting::Single: w.number(values[0]); break;
    case Nesting::Flat: w.list(values, 0, s.size()); break;
    case Nesting::Matrix: w.list(values, s.rows, s.cols); break;
    }
}

void jsonWeights(Writer &w, Rule rule, const Weights &weights)
{
    w.put('{');
    bool first = true;
    for (Quantity q : weightQuantities(rule)) {
        if (!first)
            w.put(',');
        first = false;
        w.string(QString::fromLatin1(quantityName(q).data(), static_cast<qsizetype>(quantityName(q).size())));
        w.put(':');
        const double *data = q == Quantity::W ? weights.W.data() : q == Quantity::W1 ? weights.W1.data() : weights.W2.data();
        jsonValue(w, q, data);
    }
    w.put('}');
}

void csvHeader(Writer &w, const std::vector<Quantity> &quantities)
{
    w.put("epoch,sample,x[0],x[1],x[2],d");
    for (Quantity q : quantities) {
        for (int i = 0; i < quantityShape(q).size(); ++i) {
            w.put(',');
            w.csvName(elementName(q, i));
        }
    }
}

} // namespace

bool TraceExporter::write(const Trace &trace, Format format, QIODevice &out, QString *error, Range range)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    const int epochs = trace.epochCount();
    const int lastEpoch = range.lastEpoch == -1 ? epochs - 1 : range.lastEpoch;
    if (trace.stepCount() <= 0 || range.firstEpoch < 0 || lastEpoch < range.firstEpoch || lastEpoch >= epochs)
        return fail(TraceExporter::tr("epochs %1 to %2 are outside the trace, which has epochs 0 to %3")
                        .arg(range.firstEpoch).arg(range.lastEpoch).arg(epochs - 1));
    if (trace.checkpoints().size() != static_cast<size_t>(epochs) * static_cast<size_t>(Trace::weightCount(trace.rule())))
        return fail(TraceExporter::tr("cannot export an empty or incomplete trace"));
    if (!out.isWritable())
        return fail(TraceExporter::tr("cannot write: the output is not open for writing"));

    if (format == Format::NumpyScript) {
        if (range.firstEpoch != 0 || lastEpoch != epochs - 1)
            return fail(TraceExporter::tr("a numpy script recomputes the whole run; it cannot be limited to some epochs"));
        const QByteArray script = NumpyScript::of(trace);
        if (out.write(script) != script.size())
            return fail(TraceExporter::tr("cannot write: %1").arg(out.errorString()));
        return true;
    }

    const bool json = format == Format::JsonLines;
    const TraceSpec &spec = trace.spec();
    const Rule rule = trace.rule();
    const std::vector<Quantity> quantities = exportedQuantities(rule);

    Writer w(out, json);
    if (json) {
        w.put('{');
        w.key("lesson", true);
        w.string(spec.lessonId);
        w.key("experiment");
        w.string(spec.experimentId);
        w.key("rule");
        w.put('"');
        w.put(ruleName(rule));
        w.put('"');
        w.key("seed");
        w.integer(spec.seed);
        w.key("alpha");
        w.number(spec.alpha);
        w.key("epochs");
        w.integer(epochs);
        w.key("firstEpoch");
        w.integer(range.firstEpoch);
        w.key("lastEpoch");
        w.integer(lastEpoch);
        w.key("firstNonFiniteStep");
        w.integer(trace.firstNonFiniteStep());
        w.key("firstSaturatedStep");
        w.integer(trace.firstSaturatedStep());
        w.key("outcome");
        w.put('"');
        w.put(RunOutcome::keyword(RunOutcome::of(trace).kind()));
        w.put('"');
        w.key("initial");
        jsonWeights(w, rule, trace.initialWeights());
        w.endObject();
    } else {
        csvHeader(w, quantities);
    }
    w.endLine();

    const long long firstStep = static_cast<long long>(range.firstEpoch) * SampleCount;
    const long long endStep = (static_cast<long long>(lastEpoch) + 1) * SampleCount;
    for (long long i = firstStep; i < endStep; ++i) {
        const StepRecord r = trace.step(i);
        if (json) {
            w.put('{');
            w.key("epoch", true);
            w.integer(r.epoch);
            w.key("sample");
            w.integer(r.sample);
            w.key("x");
            w.list(r.x.data(), 0, InputCount);
            w.key("d");
            w.number(r.d);
            for (Quantity q : quantities) {
                w.key(quantityName(q));
                jsonValue(w, q, r.values(q).data());
            }
            w.endObject();
        } else {
            w.integer(r.epoch);
            w.put(',');
            w.integer(r.sample);
            for (int k = 0; k < InputCount; ++k) {
                w.put(',');
                w.number(r.x(k));
            }
            w.put(',');
            w.number(r.d);
            for (Quantity q : quantities) {
                for (double v : r.values(q)) {
                    w.put(',');
                    w.number(v);
                }
            }
        }
        if (!w.endLine())
            break;
    }
    // errno, when the device failed in a system call: QSaveFile's errorString() says "Unknown
    // error" for a full disk, where the system says "No space left on device".
    if (!w.flush())
        return fail(TraceExporter::tr("cannot write: %1")
                        .arg(w.failureErrno() != 0 ? RegularFile::systemError(w.failureErrno()) : out.errorString()));
    return true;
}

bool TraceExporter::writeFile(const Trace &trace, Format format, const QString &path, const QStringList &inputs,
                              QString *error, Range range)
{
    return ExportTextWriter::writeFile(path, inputs, error, [&](QIODevice &out, QString *problem) {
        return write(trace, format, out, problem, range);
    });
}

} // namespace deltatrace
