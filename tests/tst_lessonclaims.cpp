// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the lessons tell the learner, recomputed from the engine (issue 12, "teaching truth").
//
// Every number a narrative quotes has a row here: the row names the text it is quoted in (which
// must appear, word for word, in the Korean and in the English narrative, so the text and this
// test cannot drift apart), the number as quoted, and how the engine computes it. Claims that
// are not a number ("stalled at the end of this run", "a 4-step cycle") are rows of their own.
//
// The statistics over seeds 0-999 are judged as `deltatrace-cli explore` judges them
// (SeedExplorer::resultOf, the criteria of docs/OUTCOMES.md), on every core; tst_seedexplorer
// holds explore() to resultOf of each seed recorded alone, and the claim "the seed survey is what
// explore reports" checks the first seeds here against explore() itself.
#include "coursefixtures.h"
#include "engine.h"
#include "lessonloader.h"
#include "runoutcome.h"
#include "seedexplorer.h"
#include "trainer.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <functional>
#include <map>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

using namespace deltatrace;
using namespace deltatrace::fixtures;
using Kind = RunOutcome::Kind;

using Numbers = QList<double>;
using Compute = std::function<Numbers()>;
using Check = std::function<bool()>;
Q_DECLARE_METATYPE(Compute)
Q_DECLARE_METATYPE(Check)

namespace {

const QString Lesson1 = QStringLiteral("01-delta-rule");
const QString Lesson2 = QStringLiteral("02-xor-single-neuron");
const QString Lesson3 = QStringLiteral("03-backprop-xor");
const QString WholeLesson; // the lesson's own narrative, not an experiment's

constexpr int Epochs = 10000; // every trained experiment of the course
constexpr double Alpha = 0.9;

// ---------------------------------------------------------------------------------------------
// The lesson files

const Lesson &lesson(const QString &id)
{
    static std::map<QString, Lesson> cache;
    auto it = cache.find(id);
    if (it == cache.end()) {
        LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/") + id + QStringLiteral(".lesson.json"));
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error));
        it = cache.emplace(id, std::move(*loaded.lesson)).first;
    }
    return it->second;
}

const LocalizedText &narrative(const QString &lessonId, const QString &experimentId)
{
    const Lesson &l = lesson(lessonId);
    if (experimentId.isEmpty())
        return l.narrative;
    const Experiment *e = l.experiment(experimentId);
    if (!e)
        qFatal("no experiment %s in %s", qPrintable(experimentId), qPrintable(lessonId));
    return e->narrative;
}

// A number as the narratives write it: `digits` decimals, or rounded to 10^-digits when digits
// is negative; integers of four digits and more with thousands separators ("2,012").
QString written(double value, int digits)
{
    if (digits > 0)
        return QString::number(value, 'f', digits);
    return QLocale(QLocale::English).toString(qint64(std::llround(value)));
}

bool roundsTo(double actual, double quoted, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::llround(actual * scale) == std::llround(quoted * scale);
}

// ---------------------------------------------------------------------------------------------
// Runs

Trace run(Rule rule, const SampleVector &D, int epochs, double alpha, quint32 seed, bool full = false)
{
    return record(courseSpec(rule, D, epochs, alpha, seed), full);
}

// A lesson-3 run at alpha 0.9; the long ones (checkpoints only) are recorded once.
Trace lesson3(Rule rule, quint32 seed, int epochs = Epochs, bool full = false)
{
    if (full)
        return run(rule, xorTargets(), epochs, Alpha, seed, true);
    static std::map<std::tuple<Rule, quint32, int>, Trace> cache;
    auto it = cache.find({rule, seed, epochs});
    if (it == cache.end())
        it = cache.emplace(std::make_tuple(rule, seed, epochs), run(rule, xorTargets(), epochs, Alpha, seed)).first;
    return it->second;
}

Numbers outputsAtEnd(const Trace &trace)
{
    const EpochSummary s = trace.epochSummary(trace.epochCount() - 1);
    return Numbers(s.outputs.begin(), s.outputs.end());
}

Numbers valuesOf(const HiddenVector &v) { return Numbers(v.data(), v.data() + v.size()); }

// Samples on their target's side of 0.5 (by any margin), with the weights at the end of an epoch.
int rightSamples(const Trace &trace, int epoch)
{
    const EpochSummary s = trace.epochSummary(epoch);
    int right = 0;
    for (int k = 0; k < SampleCount; ++k) // on the border (0.5, to rounding) is not right
        right += (s.outputs[std::size_t(k)] > 0.5) == (trace.spec().D(k) > 0.5) && std::abs(s.outputs[std::size_t(k)] - 0.5) > 1e-9;
    return right;
}

bool withinOfTargets(const Trace &trace, int epoch, double tolerance)
{
    const EpochSummary s = trace.epochSummary(epoch);
    for (int k = 0; k < SampleCount; ++k)
        if (!(std::abs(trace.spec().D(k) - s.outputs[std::size_t(k)]) < tolerance))
            return false;
    return true;
}

// The first epoch from whose end on all four outputs stay within 0.1 of their targets (the course
// notes' stricter "solved"); -1 if they are not at the end of the run.
int withinFromEpoch(const Trace &trace)
{
    int from = trace.epochCount() - 1;
    if (!withinOfTargets(trace, from, 0.1))
        return -1;
    while (from > 0 && withinOfTargets(trace, from - 1, 0.1))
        --from;
    return from;
}

int firstStepWhere(const Trace &trace, const std::function<bool(const StepRecord &)> &wanted)
{
    for (long long i = 0; i < trace.stepCount(); ++i)
        if (wanted(trace.step(i)))
            return int(i);
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Many seeds of lesson 3, judged as the explorer judges them, on every core

struct SeedRun
{
    SeedExplorer::Result result;
    int withinFrom = -1;
};

std::vector<SeedRun> runSeeds(Rule rule, double alpha, int epochs, const std::vector<quint32> &seeds)
{
    std::vector<SeedRun> runs(seeds.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next++) < seeds.size();) {
            const Trace trace = run(rule, xorTargets(), epochs, alpha, seeds[i]);
            runs[i] = {SeedExplorer::resultOf(trace), withinFromEpoch(trace)};
        }
    };
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    {
        std::vector<std::jthread> helpers;
        for (unsigned t = 1; t < threads; ++t)
            helpers.emplace_back(work);
        work();
    }
    return runs;
}

constexpr quint32 SurveySeeds = 1000; // seeds 0 to 999, as the narratives say

// Seeds 0-999 of a lesson-3 experiment at 10 000 epochs, computed once per rule and alpha.
const std::vector<SeedRun> &survey(Rule rule, double alpha = Alpha)
{
    static std::map<std::pair<Rule, double>, std::vector<SeedRun>> cache;
    auto it = cache.find({rule, alpha});
    if (it == cache.end()) {
        std::vector<quint32> seeds(SurveySeeds);
        for (quint32 s = 0; s < SurveySeeds; ++s)
            seeds[s] = s;
        it = cache.emplace(std::make_pair(rule, alpha), runSeeds(rule, alpha, Epochs, seeds)).first;
    }
    return it->second;
}

const std::vector<SeedRun> &squaredError(double alpha = Alpha) { return survey(Rule::BackpropSigmoid, alpha); }
const std::vector<SeedRun> &crossEntropy() { return survey(Rule::BackpropCrossEntropy); }

bool solved(const SeedRun &r) { return r.result.outcome == Kind::Solved; }

double count(const std::vector<SeedRun> &runs, Kind kind)
{
    return double(std::count_if(runs.begin(), runs.end(), [&](const SeedRun &r) { return r.result.outcome == kind; }));
}

double percent(double part, double whole) { return 100.0 * part / whole; }

// The median as `deltatrace-cli explore` prints it: the middle of the sorted epochs (the upper
// one of an even count).
double median(std::vector<int> epochs)
{
    std::sort(epochs.begin(), epochs.end());
    return epochs.empty() ? -1.0 : double(epochs[epochs.size() / 2]);
}

double medianSolvedFrom(const std::vector<SeedRun> &runs)
{
    std::vector<int> from;
    for (const SeedRun &r : runs)
        if (r.result.solvedFromEpoch >= 0)
            from.push_back(r.result.solvedFromEpoch);
    return median(from);
}

double medianWithinFrom(const std::vector<SeedRun> &runs)
{
    std::vector<int> from;
    for (const SeedRun &r : runs)
        if (r.withinFrom >= 0)
            from.push_back(r.withinFrom);
    return median(from);
}

// Starts both deltas solve, and those of them where cross-entropy is first (by the explorer's
// criterion, or by the stricter one).
std::pair<double, double> crossEntropyFirst(bool within)
{
    const auto &sq = squaredError();
    const auto &ce = crossEntropy();
    double both = 0, first = 0;
    for (quint32 s = 0; s < SurveySeeds; ++s) {
        const int a = within ? sq[s].withinFrom : sq[s].result.solvedFromEpoch;
        const int b = within ? ce[s].withinFrom : ce[s].result.solvedFromEpoch;
        if (a < 0 || b < 0)
            continue;
        ++both;
        first += b < a;
    }
    return {both, first};
}

// Starts only one delta leaves unsolved after 10 000 epochs.
double unsolvedOnlyBy(Rule rule)
{
    const auto &sq = squaredError();
    const auto &ce = crossEntropy();
    double n = 0;
    for (quint32 s = 0; s < SurveySeeds; ++s)
        n += rule == Rule::BackpropSigmoid ? (!solved(sq[s]) && solved(ce[s])) : (solved(sq[s]) && !solved(ce[s]));
    return n;
}

// The squared-error starts not solved after 10 000 epochs, trained again for 60 000.
std::pair<double, double> squaredErrorUnsolvedThenSolved()
{
    std::vector<quint32> unsolved;
    for (const SeedRun &r : squaredError())
        if (!solved(r))
            unsolved.push_back(r.result.seed);
    const auto longer = runSeeds(Rule::BackpropSigmoid, Alpha, 60000, unsolved);
    return {double(unsolved.size()), double(std::count_if(longer.begin(), longer.end(), solved))};
}

// ---------------------------------------------------------------------------------------------
// Lesson 2's end state

// W after each sample of an epoch.
std::array<SingleWeights, SampleCount> weightsThrough(const Trace &trace, int epoch)
{
    std::array<SingleWeights, SampleCount> w;
    for (int k = 0; k < SampleCount; ++k)
        w[std::size_t(k)] = trace.step(qint64(epoch) * SampleCount + k).after.W;
    return w;
}

// The smallest and largest non-zero |dW| entry of an epoch.
Numbers stepSizes(const Trace &trace, int epoch)
{
    double lo = 1e300, hi = 0.0;
    for (int k = 0; k < SampleCount; ++k)
        for (double d : trace.step(qint64(epoch) * SampleCount + k).dW)
            if (d != 0.0) {
                lo = std::min(lo, std::abs(d));
                hi = std::max(hi, std::abs(d));
            }
    return {lo, hi};
}

// How many samples each seed's end state gets right at a learning rate, seeds 0 to 99.
std::vector<int> lesson2RightBySeed(double alpha)
{
    std::vector<int> right;
    for (quint32 seed = 0; seed < 100; ++seed) {
        const Trace t = run(Rule::DeltaRule, xorTargets(), Epochs, alpha, seed);
        right.push_back(rightSamples(t, Epochs - 1));
    }
    return right;
}

// ---------------------------------------------------------------------------------------------
// Lesson 3's hand-made network: OR, AND and an always-on hidden neuron

HiddenWeights orAndOnWeights()
{
    HiddenWeights W1;
    W1 << 20, 20, -10, // OR
          20, 20, -30, // AND
          0, 0, 20,    // ON: near 1 for every input
          0, 0, 0;     // unused
    return W1;
}

// The hidden outputs OR, AND, ON and the output sum v for input (x[0], x[1]).
Numbers orAndOn(int k, const OutputWeights &W2)
{
    const InputVector x = courseInputs().row(k).transpose();
    const HiddenWeights W1 = orAndOnWeights();
    double v1[HiddenCount], y1[HiddenCount];
    Engine::hiddenLayer(W1.data(), x.data(), v1, y1);
    return {y1[0], y1[1], y1[2], Engine::outputSum(W2.data(), y1)};
}

OutputWeights xorFromOrAndOn()
{
    OutputWeights W2;
    W2 << 10, -20, -5, 0;
    return W2;
}

// The smallest v (to 0.01) from which sigmoid(v) is exactly 1, and the largest from which it
// is exactly 0.
double saturatesToOneFrom()
{
    double v = 0.0;
    while (Engine::sigmoid(v) != 1.0)
        v += 0.01;
    return v;
}
double saturatesToZeroFrom()
{
    double v = 0.0;
    while (Engine::sigmoid(v) != 0.0)
        v -= 0.01;
    return v;
}

// The symmetric starts of lesson 3's "why random": equal rows of W1 and equal entries of W2.
bool symmetryNeverBreaks(const Weights &start, Rule rule)
{
    StepRecord r;
    r.before = start;
    const InputMatrix X = courseInputs();
    const SampleVector D = xorTargets();
    for (int epoch = 0; epoch < 1000; ++epoch)
        for (int k = 0; k < SampleCount; ++k) {
            r.x = X.row(k).transpose();
            r.d = D(k);
            Engine::step(rule, Alpha, r);
            r.before = r.after;
        }
    const Weights &w = r.after;
    for (int i = 1; i < HiddenCount; ++i)
        if (!sameBits(std::span<const double>(w.W1.row(i).data(), InputCount), std::span<const double>(w.W1.row(0).data(), InputCount))
            || !sameBits(w.W2(i), w.W2(0)))
            return false;
    return w.W2(0) != start.W2(0); // and it did learn something
}

} // namespace

class TestLessonClaims : public QObject
{
    Q_OBJECT

    // A number (or numbers) quoted in `quote`, which both narratives contain.
    // `digits`: the decimals of each quoted number (one value: all of them); negative, rounded
    // to tens (-1) or hundreds (-2).
    static void number(const char *name, const QString &lessonId, const QString &experimentId, const QString &quoteKo,
                       const QString &quoteEn, const Numbers &quoted, const QList<int> &digits, const Compute &compute)
    {
        QTest::newRow(name) << lessonId << experimentId << quoteKo << quoteEn << quoted << digits << compute;
    }
    static void number(const char *name, const QString &lessonId, const QString &experimentId, const QString &quoteKo,
                       const QString &quoteEn, const Numbers &quoted, int digits, const Compute &compute)
    {
        number(name, lessonId, experimentId, quoteKo, quoteEn, quoted, QList<int>{digits}, compute);
    }
    static void number(const char *name, const QString &lessonId, const QString &experimentId, const QString &quote,
                       const Numbers &quoted, const QList<int> &digits, const Compute &compute)
    {
        number(name, lessonId, experimentId, quote, quote, quoted, digits, compute);
    }
    static void number(const char *name, const QString &lessonId, const QString &experimentId, const QString &quote,
                       const Numbers &quoted, int digits, const Compute &compute)
    {
        number(name, lessonId, experimentId, quote, quote, quoted, QList<int>{digits}, compute);
    }
    static void claim(const char *name, const QString &lessonId, const QString &experimentId, const QString &quoteKo,
                      const QString &quoteEn, const Check &check)
    {
        QTest::newRow(name) << lessonId << experimentId << quoteKo << quoteEn << check;
    }

    static void verifyQuoted(const QString &lessonId, const QString &experimentId, const QString &quoteKo, const QString &quoteEn)
    {
        const LocalizedText &text = narrative(lessonId, experimentId);
        if (!text.ko.contains(quoteKo))
            QFAIL(qPrintable(QStringLiteral("the Korean narrative does not say \"%1\"").arg(quoteKo)));
        if (!text.en.contains(quoteEn))
            QFAIL(qPrintable(QStringLiteral("the English narrative does not say \"%1\"").arg(quoteEn)));
    }

private slots:
    void lessonsLoad()
    {
        for (const QString &id : {Lesson1, Lesson2, Lesson3})
            QVERIFY(!lesson(id).narrative.ko.isEmpty());
    }

    // -----------------------------------------------------------------------------------------
    void numbers_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::addColumn<QString>("quoteKo");
        QTest::addColumn<QString>("quoteEn");
        QTest::addColumn<Numbers>("quoted");
        QTest::addColumn<QList<int>>("digits");
        QTest::addColumn<Compute>("compute");

        const QString forward = QStringLiteral("forward");
        const QString deltaRule = QStringLiteral("delta-rule");
        const QString deltaXor = QStringLiteral("delta-xor");
        const QString sq = QStringLiteral("backprop-sigmoid");
        const QString ce = QStringLiteral("backprop-ce");

        // Lesson 1 ------------------------------------------------------------------------
        const auto l1Forward = [] { return run(Rule::Forward, andTargets(), 1, Alpha, 0, true); };
        const auto l1 = [](int epochs = Epochs, quint32 seed = 0) { return run(Rule::DeltaRule, andTargets(), epochs, Alpha, seed, true); };
        number("L1 forward: starting weights of seed 0", Lesson1, forward, QStringLiteral("`W ≈ [0.0976, 0.4304, 0.2055]`"),
               {0.0976, 0.4304, 0.2055}, 4, [] {
                   const SingleWeights W = Engine::initialWeights(Rule::DeltaRule, 0).W;
                   return Numbers{W(0), W(1), W(2)};
               });
        number("L1 forward: sample 0's v and y", Lesson1, forward, QStringLiteral("`y = sigmoid(0.2055) ≈ 0.5512`"), {0.2055, 0.5512}, 4, [=] {
            const StepRecord s = l1Forward().step(0);
            return Numbers{s.v, s.y};
        });
        number("L1 forward: sample 3's v", Lesson1, forward, QStringLiteral("`0.7335`"), {0.7335}, 4, [=] { return Numbers{l1Forward().step(3).v}; });
        number("L1 forward: sample 3's y", Lesson1, forward, QStringLiteral("`y ≈ 0.6756`"), {0.6756}, 4, [=] { return Numbers{l1Forward().step(3).y}; });
        number("L1 forward: the four outputs", Lesson1, forward, QStringLiteral("`[0.5512, 0.6538, 0.5752, 0.6756]`"),
               {0.5512, 0.6538, 0.5752, 0.6756}, 4, [=] {
                   const Trace t = l1Forward();
                   return Numbers{t.step(0).y, t.step(1).y, t.step(2).y, t.step(3).y};
               });
        number("L1 delta rule: first step's e and delta", Lesson1, deltaRule, QStringLiteral("`delta ≈ -0.1364`"), {-0.1364}, 4,
               [=] { return Numbers{l1(1).step(0).delta}; });
        number("L1 delta rule: first step's e", Lesson1, deltaRule, QStringLiteral("`e ≈ -0.5512`"), {-0.5512}, 4,
               [=] { return Numbers{l1(1).step(0).e}; });
        number("L1 delta rule: first step's dW", Lesson1, deltaRule, QStringLiteral("`dW ≈ [0, 0, -0.1227]`"), {-0.1227}, 4, [=] {
            const StepRecord s = l1(1).step(0);
            return s.dW(0) == 0.0 && s.dW(1) == 0.0 ? Numbers{s.dW(2)} : Numbers{};
        });
        number("L1 delta rule: W[0,0] after 100 epochs", Lesson1, deltaRule, QStringLiteral("100 에포크 만에 약 4.5"), QStringLiteral("about 4.5 within"),
               {4.5}, 1, [=] { return Numbers{l1(100).finalWeights().W(0)}; });
        number("L1 delta rule: W[0,0] after 10 000 epochs", Lesson1, deltaRule, QStringLiteral("약 9.6까지"), QStringLiteral("about 9.6 after"), {9.6}, 1,
               [=] { return Numbers{l1().finalWeights().W(0)}; });
        for (const QString &where : {WholeLesson, deltaRule})
            number(where.isEmpty() ? "L1: final outputs" : "L1 delta rule: final outputs", Lesson1, where,
                   QStringLiteral("`[0.0102, 0.0083, 0.9932, 0.9917]`"), {0.0102, 0.0083, 0.9932, 0.9917}, 4, [=] { return outputsAtEnd(l1()); });
        number("L1: final weights", Lesson1, WholeLesson, QStringLiteral("`W = [9.57, -0.21, -4.58]`"), {9.57, -0.21, -4.58}, 2, [=] {
            const SingleWeights W = l1().finalWeights().W;
            return Numbers{W(0), W(1), W(2)};
        });
        number("L1: y is exactly 1 from v of about 37", Lesson1, WholeLesson, QStringLiteral("`v`가 약 37을 넘으면"), QStringLiteral("above about 37"),
               {37}, 0, [] { return Numbers{saturatesToOneFrom()}; });

        // Lesson 2 ------------------------------------------------------------------------
        const auto l2 = [](int epochs = Epochs, double alpha = Alpha, quint32 seed = 0) {
            return run(Rule::DeltaRule, xorTargets(), epochs, alpha, seed, true);
        };
        for (const QString &where : {WholeLesson, deltaXor}) {
            number(where.isEmpty() ? "L2: final weights" : "L2 delta rule: final weights", Lesson2, where,
                   QStringLiteral("[-0.238, -0.119, 0.119]`"), {-0.238, -0.119, 0.119}, 3, [=] {
                       const SingleWeights W = l2().finalWeights().W;
                       return Numbers{W(0), W(1), W(2)};
                   });
            number(where.isEmpty() ? "L2: final outputs" : "L2 delta rule: final outputs", Lesson2, where,
                   QStringLiteral("`[0.5297, 0.5000, 0.4703, 0.4409]`"), {0.5297, 0.5, 0.4703, 0.4409}, 4, [=] { return outputsAtEnd(l2()); });
            number(where.isEmpty() ? "L2: each non-zero dW entry of the last epoch" : "L2 delta rule: each non-zero dW entry of the last epoch",
                   Lesson2, where, QStringLiteral("±0.119"), {0.119, 0.119}, 3, [=] { return stepSizes(l2(), Epochs - 1); });
            number(where.isEmpty() ? "L2: W moves about 0.12 per sample" : "L2 delta rule: W moves about 0.12 per sample", Lesson2, where,
                   QStringLiteral("약 0.12씩"), QStringLiteral("by about 0.12"), {0.12}, 2, [=] { return Numbers{stepSizes(l2(), Epochs - 1)[1]}; });
        }
        number("L2: y when samples 0 and 3 are seen, and 1 and 2", Lesson2, WholeLesson, QStringLiteral("출력은 약 0.5297, 정답이 1인 샘플 1과 2를 볼 때의 출력은 약 0.4703"),
               QStringLiteral("about 0.5297 when\n  samples 0 and 3 (target 0) are seen, and about 0.4703"), {0.5297, 0.5297, 0.4703, 0.4703}, 4, [=] {
                   const Trace t = l2();
                   const qint64 last = qint64(Epochs - 1) * SampleCount;
                   return Numbers{t.step(last).y, t.step(last + 3).y, t.step(last + 1).y, t.step(last + 2).y};
               });
        number("L2 delta rule: y at each sample of the last epoch", Lesson2, deltaXor, QStringLiteral("약 0.5297, 정답이 1인 샘플에서는 약 0.4703"),
               QStringLiteral("about 0.5297 for the samples whose target is 0, about 0.4703"), {0.5297, 0.5297, 0.4703, 0.4703}, 4, [=] {
                   const Trace t = l2();
                   const qint64 last = qint64(Epochs - 1) * SampleCount;
                   return Numbers{t.step(last).y, t.step(last + 3).y, t.step(last + 1).y, t.step(last + 2).y};
               });
        number("L2 delta rule: the first step is lesson 1's", Lesson2, deltaXor, QStringLiteral("(`e ≈ -0.5512`, `dW ≈ [0, 0, -0.1227]`)"),
               {-0.5512, -0.1227}, 4, [=] {
                   const StepRecord a = l2(1).step(0), b = run(Rule::DeltaRule, andTargets(), 1, Alpha, 0, true).step(0);
                   return sameBits(a.e, b.e) && a.dW == b.dW ? Numbers{a.e, a.dW(2)} : Numbers{};
               });
        number("L2 delta rule: sample 1's error in the first epoch", Lesson2, deltaXor, QStringLiteral("`e ≈ +0.3744`"), {0.3744}, 4,
               [=] { return Numbers{l2(1).step(1).e}; });

        // Lesson 3: single runs -----------------------------------------------------------
        number("L3 squared error: first step's v1", Lesson3, sq, QStringLiteral("`[0.2055, 0.2918, 0.9273, 0.0578]`"), {0.2055, 0.2918, 0.9273, 0.0578}, 4,
               [] { return valuesOf(lesson3(Rule::BackpropSigmoid, 0, 1, true).step(0).v1); });
        for (const QString &where : {sq, ce}) {
            const Rule rule = where == sq ? Rule::BackpropSigmoid : Rule::BackpropCrossEntropy;
            number(where == sq ? "L3 squared error: first step's y" : "L3 cross-entropy: first step's y", Lesson3, where, QStringLiteral("`y ≈ 0.3829`"),
                   {0.3829}, 4, [=] { return Numbers{lesson3(rule, 0, 1, true).step(0).y}; });
            number(where == sq ? "L3 squared error: first step's e" : "L3 cross-entropy: first step's e", Lesson3, where, QStringLiteral("`e ≈ -0.3829`"),
                   {-0.3829}, 4, [=] { return Numbers{lesson3(rule, 0, 1, true).step(0).e}; });
        }
        for (const QString &where : {sq, ce})
            number(where == sq ? "L3 squared error: first step's delta" : "L3 cross-entropy: the squared-error delta it is compared with", Lesson3, where,
                   QStringLiteral("≈ -0.0905`"), {-0.0905}, 4, [] { return Numbers{lesson3(Rule::BackpropSigmoid, 0, 1, true).step(0).delta}; });
        number("L3 cross-entropy: first step's delta", Lesson3, ce, QStringLiteral("`delta = e ≈ -0.3829`"), {-0.3829}, 4,
               [] { return Numbers{lesson3(Rule::BackpropCrossEntropy, 0, 1, true).step(0).delta}; });
        number("L3 squared error: seed 0's final outputs", Lesson3, sq, QStringLiteral("`[0.0085, 0.9882, 0.9880, 0.0171]`"),
               {0.0085, 0.9882, 0.9880, 0.0171}, 4, [] { return outputsAtEnd(lesson3(Rule::BackpropSigmoid, 0)); });
        number("L3 cross-entropy: seed 0's final outputs", Lesson3, ce, QStringLiteral("`[0.0001, 0.9999, 0.9999, 0.0002]`"),
               {0.0001, 0.9999, 0.9999, 0.0002}, 4, [] { return outputsAtEnd(lesson3(Rule::BackpropCrossEntropy, 0)); });
        number("L3 squared error: seed 0 solved from", Lesson3, sq, QStringLiteral("시드 0은 2,012 에포크부터"), QStringLiteral("from epoch 2,012 on"),
               {2012}, 0, [] { return Numbers{double(SeedExplorer::resultOf(lesson3(Rule::BackpropSigmoid, 0)).solvedFromEpoch)}; });
        number("L3 squared error: seed 0 within 0.1 of the targets from", Lesson3, sq, QStringLiteral("2,233 에포크부터"),
               QStringLiteral("only from epoch\n  2,233"), {2233}, 0, [] { return Numbers{double(withinFromEpoch(lesson3(Rule::BackpropSigmoid, 0)))}; });
        number("L3 cross-entropy: seed 0 solved from", Lesson3, ce, QStringLiteral("시드 0은 455 에포크부터"), QStringLiteral("from epoch\n  455"), {455}, 0,
               [] { return Numbers{double(SeedExplorer::resultOf(lesson3(Rule::BackpropCrossEntropy, 0)).solvedFromEpoch)}; });
        number("L3 cross-entropy: seed 0 within 0.1 of the targets from", Lesson3, ce, QStringLiteral("470 에포크부터는"), QStringLiteral("from epoch 470"),
               {470}, 0, [] { return Numbers{double(withinFromEpoch(lesson3(Rule::BackpropCrossEntropy, 0)))}; });
        number("L3 squared error: seed 14's sample 3 at the end", Lesson3, sq, QStringLiteral("약 0.5007에"), QStringLiteral("about 0.5007 when"),
               {0.5007}, 4, [] { return Numbers{outputsAtEnd(lesson3(Rule::BackpropSigmoid, 14))[3]}; });
        number("L3 cross-entropy: seed 1's sample 3 at the end", Lesson3, ce, QStringLiteral("약 0.5001에"), QStringLiteral("about 0.5001 when"),
               {0.5001}, 4, [] { return Numbers{outputsAtEnd(lesson3(Rule::BackpropCrossEntropy, 1))[3]}; });
        number("L3: seed 8's two stalled outputs", Lesson3, WholeLesson, QStringLiteral("샘플 1과 3의 출력 ≈ 0.50"), QStringLiteral("samples 1 and 3 ≈ 0.50"),
               {0.50, 0.50}, 2, [] {
                   const Numbers y = outputsAtEnd(lesson3(Rule::BackpropCrossEntropy, 8));
                   return Numbers{y[1], y[3]};
               });
        for (const QString &where : {WholeLesson, sq})
            number(where.isEmpty() ? "L3: squared-error seed 14 solved from, given 50 000 epochs" : "L3 squared error: seed 14 solved from, given 50 000 epochs",
                   Lesson3, where, QStringLiteral("48,734 에포크부터"), QStringLiteral("solved from epoch 48,734"), {48734}, 0,
                   [] { return Numbers{double(SeedExplorer::resultOf(lesson3(Rule::BackpropSigmoid, 14, 50000)).solvedFromEpoch)}; });
        for (const QString &where : {WholeLesson, ce})
            number(where.isEmpty() ? "L3: cross-entropy seed 1 solved from, given 20 000 epochs" : "L3 cross-entropy: seed 1 solved from, given 20 000 epochs",
                   Lesson3, where, QStringLiteral("11,812 에포크부터"), QStringLiteral("solved from epoch 11,812"), {11812}, 0,
                   [] { return Numbers{double(SeedExplorer::resultOf(lesson3(Rule::BackpropCrossEntropy, 1, 20000)).solvedFromEpoch)}; });

        // Lesson 3: the seed table (explorer's criterion) ---------------------------------
        const auto solvedFrom = [](bool crossEntropyDelta, quint32 seed) {
            return Numbers{double((crossEntropyDelta ? crossEntropy() : squaredError())[seed].result.solvedFromEpoch)};
        };
        number("L3 table: seed 0, squared error", Lesson3, WholeLesson, QStringLiteral("| 0 | 풂 (2,012 에포크부터)"), QStringLiteral("| 0 | solved (from epoch 2,012)"),
               {2012}, 0, [=] { return solvedFrom(false, 0); });
        number("L3 table: seed 0, cross-entropy", Lesson3, WholeLesson, QStringLiteral("| 풂 (455 에포크부터) |"), QStringLiteral("| solved (from epoch 455) |"),
               {455}, 0, [=] { return solvedFrom(true, 0); });
        number("L3 table: seed 1, squared error", Lesson3, WholeLesson, QStringLiteral("| 1 | 풂 (340 에포크부터)"), QStringLiteral("| 1 | solved (from epoch 340)"),
               {340}, 0, [=] { return solvedFrom(false, 1); });
        number("L3 table: seed 8, squared error", Lesson3, WholeLesson, QStringLiteral("| 8 | 풂 (799 에포크부터)"), QStringLiteral("| 8 | solved (from epoch 799)"),
               {799}, 0, [=] { return solvedFrom(false, 8); });
        number("L3 table: seed 14, cross-entropy", Lesson3, WholeLesson, QStringLiteral("| 풂 (1,113 에포크부터) |"), QStringLiteral("| solved (from epoch 1,113) |"),
               {1113}, 0, [=] { return solvedFrom(true, 14); });

        // Lesson 3: seeds 0-999 ------------------------------------------------------------
        number("L3 seeds 0-999: solved", Lesson3, WholeLesson, QStringLiteral("| 942 (94.2 %) | 884 (88.4 %) |"), {942, 94.2, 884, 88.4}, {0, 1, 0, 1}, [] {
            const double a = count(squaredError(), Kind::Solved), b = count(crossEntropy(), Kind::Solved);
            return Numbers{a, percent(a, SurveySeeds), b, percent(b, SurveySeeds)};
        });
        number("L3 seeds 0-999: stalled at the end of this run", Lesson3, WholeLesson, QStringLiteral("| 이번 실행이 끝날 때 정체 | 57 | 114 |"),
               QStringLiteral("| stalled at the end of this run | 57 | 114 |"), {57, 114}, 0,
               [] { return Numbers{count(squaredError(), Kind::Stalled), count(crossEntropy(), Kind::Stalled)}; });
        number("L3 seeds 0-999: still learning", Lesson3, WholeLesson, QStringLiteral("| 아직 학습 중 | 1 | 2 |"), QStringLiteral("| still learning | 1 | 2 |"),
               {1, 2}, 0, [] { return Numbers{count(squaredError(), Kind::Learning), count(crossEntropy(), Kind::Learning)}; });
        number("L3 seeds 0-999: median solving epoch", Lesson3, WholeLesson, QStringLiteral("| 풀린 에포크의 중앙값 | 약 510 | 약 420 |"),
               QStringLiteral("| median solving epoch | about 510 | about 420 |"), {510, 420}, -1,
               [] { return Numbers{medianSolvedFrom(squaredError()), medianSolvedFrom(crossEntropy())}; });
        number("L3 seeds 0-999: cross-entropy first where both solve", Lesson3, WholeLesson, QStringLiteral("둘 다 푼 834개 가운데 530개(64 %)"),
               QStringLiteral("of the 834 starts both solve, cross-entropy is first in 530 (64 %)"), {834, 530, 64}, 0, [] {
                   const auto [both, first] = crossEntropyFirst(false);
                   return Numbers{both, first, percent(first, both)};
               });
        number("L3 seeds 0-999: medians within 0.1 of the targets", Lesson3, WholeLesson, QStringLiteral("제곱 오차 델타는\n  약 810, 교차 엔트로피는 약 430"),
               QStringLiteral("medians of\n  about 810 for the squared-error delta and about 430"), {810, 430}, -1,
               [] { return Numbers{medianWithinFrom(squaredError()), medianWithinFrom(crossEntropy())}; });
        number("L3 seeds 0-999: cross-entropy first within 0.1 of the targets", Lesson3, WholeLesson, QStringLiteral("631개(76 %)"),
               QStringLiteral("631\n  starts (76 %)"), {631, 76}, 0, [] {
                   const auto [both, first] = crossEntropyFirst(true);
                   return both == 834 ? Numbers{first, percent(first, both)} : Numbers{};
               });
        number("L3 seeds 0-999: stalled share", Lesson3, WholeLesson, QStringLiteral("114개(11.4 %), 제곱 오차 델타는 57개(5.7 %)"),
               QStringLiteral("114 starts (11.4 %) with cross-entropy, against 57 (5.7 %)"), {114, 11.4, 57, 5.7}, {0, 1, 0, 1}, [] {
                   const double c = count(crossEntropy(), Kind::Stalled), s = count(squaredError(), Kind::Stalled);
                   return Numbers{c, percent(c, SurveySeeds), s, percent(s, SurveySeeds)};
               });
        number("L3 seeds 0-999: unsolved by one delta only", Lesson3, WholeLesson, QStringLiteral("50개(5.0 %)"), QStringLiteral("50 starts (5.0 %)"),
               {50, 5.0}, {0, 1}, [] {
                   const double n = unsolvedOnlyBy(Rule::BackpropSigmoid);
                   return Numbers{n, percent(n, SurveySeeds)};
               });
        number("L3 seeds 0-999: unsolved by cross-entropy only", Lesson3, WholeLesson, QStringLiteral("108개(10.8 %)"), QStringLiteral("108 (10.8 %)"),
               {108, 10.8}, {0, 1}, [] {
                   const double n = unsolvedOnlyBy(Rule::BackpropCrossEntropy);
                   return Numbers{n, percent(n, SurveySeeds)};
               });
        number("L3 seeds 0-999: squared-error plateaus end within 60 000 epochs", Lesson3, WholeLesson, QStringLiteral("58개 가운데\n57개가 60,000 에포크 안에"),
               QStringLiteral("Of the 58 squared-error starts not solved after 10,000\nepochs, 57 are solved within 60,000"), {58, 57, 60000}, 0, [] {
                   const auto [unsolved, solvedLater] = squaredErrorUnsolvedThenSolved();
                   return Numbers{unsolved, solvedLater, 60000};
               });
        number("L3 learning rate: squared error at 2.7 against cross-entropy at 0.9", Lesson3, WholeLesson, QStringLiteral("약 440으로, 학습률 0.9의 교차 엔트로피 델타(약 420)"),
               QStringLiteral("epoch of about 440, about as fast as the cross-entropy delta at 0.9 (about 420)"), {440, 420}, -1,
               [] { return Numbers{medianSolvedFrom(squaredError(2.7)), medianSolvedFrom(crossEntropy())}; });

        // Lesson 3: saturation and the hand-made network -------------------------------------
        number("L3: y is exactly 1 from v of about 37", Lesson3, WholeLesson, QStringLiteral("`v`가 약 37을 넘으면"), QStringLiteral("once `v` is above about 37"),
               {37}, 0, [] { return Numbers{saturatesToOneFrom()}; });
        number("L3: y is exactly 0 below v of about -710", Lesson3, WholeLesson, QStringLiteral("`v`가 약 -710보다 작으면 `exp(-v)`가 inf로 넘쳐"),
               QStringLiteral("about -710, `exp(-v)` overflows to inf"),
               {-710}, 0, [] { return Numbers{saturatesToZeroFrom()}; });
        const char *tableRows[][2] = {{"| 0, 0 | 0 | 0 | 1 | -5 | 0 |", "| 0, 0 | 0 | 0 | 1 | -5 | 0 |"},
                                      {"| 0, 1 | 1 | 0 | 1 | 5 | 1 |", "| 0, 1 | 1 | 0 | 1 | 5 | 1 |"},
                                      {"| 1, 0 | 1 | 0 | 1 | 5 | 1 |", "| 1, 0 | 1 | 0 | 1 | 5 | 1 |"},
                                      {"| 1, 1 | 1 | 1 | 1 | -15 | 0 |", "| 1, 1 | 1 | 1 | 1 | -15 | 0 |"}};
        const Numbers tableValues[] = {{0, 0, 1, -5}, {1, 0, 1, 5}, {1, 0, 1, 5}, {1, 1, 1, -15}};
        const char *tableNames[] = {"L3: OR, AND, ON and v for (0, 0)", "L3: OR, AND, ON and v for (0, 1)", "L3: OR, AND, ON and v for (1, 0)",
                                    "L3: OR, AND, ON and v for (1, 1)"};
        for (int k = 0; k < SampleCount; ++k)
            number(tableNames[k], Lesson3, WholeLesson, QString::fromUtf8(tableRows[k][0]), QString::fromUtf8(tableRows[k][1]), tableValues[k], 0,
                   [k] { return orAndOn(k, xorFromOrAndOn()); });
    }

    void numbers()
    {
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        QFETCH(QString, quoteKo);
        QFETCH(QString, quoteEn);
        QFETCH(Numbers, quoted);
        QFETCH(QList<int>, digits);
        QFETCH(Compute, compute);
        const auto digitsOf = [&](qsizetype i) { return digits.size() == 1 ? digits[0] : digits[i]; };
        QVERIFY(digits.size() == 1 || digits.size() == quoted.size());

        verifyQuoted(lessonId, experimentId, quoteKo, quoteEn);
        // The quote holds the numbers this row verifies, as the narratives write them.
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            const QString w = written(quoted[i], digitsOf(i));
            if (!quoteKo.contains(w) || !quoteEn.contains(w))
                QFAIL(qPrintable(QStringLiteral("the quote does not hold %1").arg(w)));
        }
        const Numbers actual = compute();
        QCOMPARE(actual.size(), quoted.size());
        for (qsizetype i = 0; i < quoted.size(); ++i)
            if (!roundsTo(actual[i], quoted[i], digitsOf(i)))
                QFAIL(qPrintable(QStringLiteral("quoted %1, the engine gives %2").arg(written(quoted[i], digitsOf(i))).arg(actual[i], 0, 'g', 10)));
    }

    // -----------------------------------------------------------------------------------------
    void claims_data()
    {
        QTest::addColumn<QString>("lessonId");
        QTest::addColumn<QString>("experimentId");
        QTest::addColumn<QString>("quoteKo");
        QTest::addColumn<QString>("quoteEn");
        QTest::addColumn<Check>("check");

        const QString deltaRule = QStringLiteral("delta-rule");
        const QString deltaXor = QStringLiteral("delta-xor");
        const QString sq = QStringLiteral("backprop-sigmoid");
        const QString ce = QStringLiteral("backprop-ce");

        claim("L1: another seed ends at almost the same outputs", Lesson1, deltaRule, QStringLiteral("출발점이 달라도 거의 같은 출력에 도착합니다"),
              QStringLiteral("A different start ends at almost the same outputs"), [] {
                  const Numbers first = outputsAtEnd(run(Rule::DeltaRule, andTargets(), Epochs, Alpha, 0));
                  for (quint32 seed = 1; seed < 10; ++seed) {
                      const Numbers y = outputsAtEnd(run(Rule::DeltaRule, andTargets(), Epochs, Alpha, seed));
                      for (int k = 0; k < SampleCount; ++k)
                          if (!roundsTo(y[k], first[k], 4))
                              return false;
                  }
                  return true;
              });

        // Lesson 2
        const auto l2 = [] { return run(Rule::DeltaRule, xorTargets(), Epochs, Alpha, 0, true); };
        claim("L2: with the final weights only sample 3 is right and sample 1 is exactly 0.5", Lesson2, WholeLesson,
              QStringLiteral("맞히는 것은 샘플 3 하나뿐입니다. 샘플 1은 정확히 경계 위(0.5)"), QStringLiteral("only sample 3 is right. Sample 1 sits exactly on the border (0.5)"),
              [=] {
                  const Trace t = l2();
                  const Numbers y = outputsAtEnd(t);
                  return rightSamples(t, Epochs - 1) == 1 && y[3] < 0.5 && std::abs(y[1] - 0.5) < 1e-12 && y[0] > 0.5 && y[2] < 0.5;
              });
        claim("L2: the border passes through (0, 1) and (0.5, 0)", Lesson2, WholeLesson, QStringLiteral("(0, 1)과 (0.5, 0)을 지나는 직선"),
              QStringLiteral("the line through (0, 1) and\n  (0.5, 0)"), [=] {
                  const SingleWeights W = l2().finalWeights().W;
                  return std::abs(W(1) + W(2)) < 1e-12 && std::abs(0.5 * W(0) + W(2)) < 1e-12;
              });
        for (const QString &where : {WholeLesson, deltaXor})
            claim(where.isEmpty() ? "L2: a 4-step cycle, not a fixed point" : "L2 delta rule: a cycle, not a standstill", Lesson2, where,
                  where.isEmpty() ? QStringLiteral("**4단계 순환**") : QStringLiteral("멈춘 것이 아니라 도는 것입니다"),
                  where.isEmpty() ? QStringLiteral("**4-step cycle**") : QStringLiteral("the weights go round a cycle"), [=] {
                      const Trace t = l2();
                      const auto late = weightsThrough(t, Epochs - 2), last = weightsThrough(t, Epochs - 1);
                      for (int k = 0; k < SampleCount; ++k) {
                          // The same sample of consecutive epochs: the same weights...
                          if (!((late[std::size_t(k)] - last[std::size_t(k)]).cwiseAbs().maxCoeff() < 1e-12))
                              return false;
                          // ...while within the epoch every sample moves them by about 0.12.
                          const SingleWeights &before = last[std::size_t((k + 3) % 4)];
                          if (!((last[std::size_t(k)] - before).cwiseAbs().maxCoeff() > 0.11))
                              return false;
                      }
                      return true;
                  });
        claim("L2: every sample is on the wrong side when its turn comes", Lesson2, WholeLesson, QStringLiteral("자기 차례가 올 때마다 틀린 쪽에"),
              QStringLiteral("each sample is on the wrong side whenever its turn comes"), [=] {
                  const Trace t = l2();
                  for (int k = 0; k < SampleCount; ++k)
                      if (!(std::abs(t.step(qint64(Epochs - 1) * SampleCount + k).e) > 0.5))
                          return false;
                  return true;
              });
        // The weights at the end of each epoch come as close to the cycle's as the narratives show them
        // (3 decimals) within 300 epochs, and meet them exactly (to rounding) by the end of the run.
        for (const QString &where : {WholeLesson, deltaXor})
            claim(where.isEmpty() ? "L2: seeds 0-99 near the same cycle after 300 epochs, on it at 10 000" : "L2 delta rule: settled within 300 epochs", Lesson2, where,
                  where.isEmpty() ? QStringLiteral("이 순환의 가중치와 0.0001 안쪽으로") : QStringLiteral("300 에포크 안에"),
                  where.isEmpty() ? QStringLiteral("within 0.0001 of this cycle's weights") : QStringLiteral("within 300 epochs"), [] {
                      const SingleWeights final0 = run(Rule::DeltaRule, xorTargets(), Epochs, Alpha, 0).finalWeights().W;
                      for (quint32 seed = 0; seed < 100; ++seed) {
                          const Trace t = run(Rule::DeltaRule, xorTargets(), Epochs, Alpha, seed);
                          if (!((t.weightsAtEpochStart(300).W - final0).cwiseAbs().maxCoeff() < 1e-4)
                              || !((t.finalWeights().W - final0).cwiseAbs().maxCoeff() < 1e-12))
                              return false;
                      }
                      return true;
                  });
        claim("L2: at alpha 3 or 5 the end depends on the seed, three right at best", Lesson2, WholeLesson,
              QStringLiteral("학습률을 3이나 5로 올리면 끝 상태가 시드에 따라"), QStringLiteral("At 3 or 5 the end state depends on the seed, and some"), [] {
                  for (double alpha : {3.0, 5.0}) {
                      const std::vector<int> right = lesson2RightBySeed(alpha);
                      if (std::ranges::count(right, 3) == 0 || std::ranges::count(right, 4) != 0)
                          return false;
                  }
                  // At 0.9 every seed gets one right; at 3 the seeds disagree.
                  const std::vector<int> at09 = lesson2RightBySeed(Alpha), at3 = lesson2RightBySeed(3.0);
                  return std::ranges::count(at09, 1) == 100 && std::ranges::count(at3, 1) > 0;
              });
        claim("L2 delta rule: at alpha 3, seed 0 gets three right and seed 2 one", Lesson2, deltaXor,
              QStringLiteral("시드 0은 네 샘플 가운데 세 개를 맞히고,"), QStringLiteral("seed 0 ends with three of the four samples right"), [] {
                  const Trace seed0 = run(Rule::DeltaRule, xorTargets(), Epochs, 3.0, 0), seed2 = run(Rule::DeltaRule, xorTargets(), Epochs, 3.0, 2, true);
                  const auto late = weightsThrough(seed2, Epochs - 2), last = weightsThrough(seed2, Epochs - 1);
                  return rightSamples(seed0, Epochs - 1) == 3 && rightSamples(seed2, Epochs - 1) == 1
                      && (late[0] - last[0]).cwiseAbs().maxCoeff() < 1e-12 && (last[0] - last[3]).cwiseAbs().maxCoeff() > 0.1;
              });

        // Lesson 3
        claim("L3 squared error: seed 14 is stalled at 10 000 epochs, sample 3 near 0.5", Lesson3, WholeLesson,
              QStringLiteral("| 14 | 이번 실행이 끝날 때 정체: 샘플 3의 출력 ≈ 0.50 |"), QStringLiteral("| 14 | stalled at the end of this run: sample 3's output ≈ 0.50 |"), [] {
                  const RunOutcome o = RunOutcome::of(lesson3(Rule::BackpropSigmoid, 14));
                  return o.kind() == Kind::Stalled && o.unsettledSamples() == std::vector<int>{3};
              });
        claim("L3 cross-entropy: seed 1 is stalled at 10 000 epochs, sample 3 near 0.5", Lesson3, WholeLesson,
              QStringLiteral("| 1 | 풂 (340 에포크부터) | 이번 실행이 끝날 때 정체: 샘플 3의 출력 ≈ 0.50 |"),
              QStringLiteral("| 1 | solved (from epoch 340) | stalled at the end of this run: sample 3's output ≈ 0.50 |"), [] {
                  const RunOutcome o = RunOutcome::of(lesson3(Rule::BackpropCrossEntropy, 1));
                  return o.kind() == Kind::Stalled && o.unsettledSamples() == std::vector<int>{3};
              });
        for (const QString &where : {WholeLesson, ce})
            claim(where.isEmpty() ? "L3: cross-entropy seed 8 stalls with two outputs, still at 60 000 epochs" : "L3 cross-entropy: seed 8 stalls with two outputs",
                  Lesson3, where, where.isEmpty() ? QStringLiteral("60,000 에포크에서도 아직 정체") : QStringLiteral("시드 8에서는 샘플 1과 샘플 3, 두 출력이 함께 0.5 근처"),
                  where.isEmpty() ? QStringLiteral("still stalled at 60,000 epochs") : QStringLiteral("With seed 8, two outputs, samples 1 and 3, stay near 0.5"), [where] {
                      const RunOutcome o = RunOutcome::of(lesson3(Rule::BackpropCrossEntropy, 8));
                      if (o.kind() != Kind::Stalled || o.unsettledSamples() != std::vector<int>{1, 3})
                          return false;
                      return !where.isEmpty() || RunOutcome::of(lesson3(Rule::BackpropCrossEntropy, 8, 60000)).kind() == Kind::Stalled;
                  });
        claim("L3: the seed survey is what explore reports", Lesson3, WholeLesson, QStringLiteral("`deltatrace-cli explore`로 시드 0부터 999까지"),
              QStringLiteral("`deltatrace-cli explore`\nover the 1,000 starts of seeds 0 to 999"), [] {
                  for (Rule rule : {Rule::BackpropSigmoid, Rule::BackpropCrossEntropy}) {
                      const auto explored = SeedExplorer::explore(courseSpec(rule, xorTargets(), Epochs), 0, 19, {});
                      const auto &surveyed = survey(rule);
                      for (quint32 s = 0; s < 20; ++s)
                          if ((*explored)[s].outcome != surveyed[s].result.outcome || (*explored)[s].solvedFromEpoch != surveyed[s].result.solvedFromEpoch)
                              return false;
                  }
                  return true;
              });
        claim("L3: the output neuron has no bias: OR and AND alone leave (0, 0) at 0.5", Lesson3, WholeLesson, QStringLiteral("`v ≈ 0`, `y ≈ 0.5`가 되어 정답 0을 낼 수 없습니다"),
              QStringLiteral("`v ≈ 0` and `y ≈ 0.5`: the output cannot say 0"), [] {
                  // Whatever the output weights of OR and AND, the input (0, 0) gives v near 0.
                  for (double a : {1.0, 10.0, 100.0})
                      for (double b : {1.0, 10.0, 100.0}) {
                          OutputWeights W2;
                          W2 << a, -b, 0, 0;
                          if (!(std::abs(Engine::sigmoid(orAndOn(0, W2)[3]) - 0.5) < 0.02))
                              return false;
                      }
                  return true;
              });
        claim("L3: OR, AND and ON make XOR", Lesson3, WholeLesson, QStringLiteral("`v = 10·OR - 20·AND - 5·ON`"), QStringLiteral("`v = 10·OR - 20·AND - 5·ON`"), [] {
            for (int k = 0; k < SampleCount; ++k)
                if (!(std::abs(Engine::sigmoid(orAndOn(k, xorFromOrAndOn())[3]) - xorTargets()(k)) < 0.01))
                    return false;
            return true;
        });
        claim("L3: equal starting weights stay equal", Lesson3, WholeLesson, QStringLiteral("이 대칭은 끝까지 깨지지 않아서"), QStringLiteral("That symmetry never\nbreaks"), [] {
            Weights equal;
            equal.W1.rowwise() = (SingleWeights() << 0.3, -0.2, 0.1).finished();
            equal.W2.setConstant(0.4);
            return symmetryNeverBreaks(equal, Rule::BackpropSigmoid) && symmetryNeverBreaks(equal, Rule::BackpropCrossEntropy);
        });
        claim("L3: from all zeros the first step leaves W1 alone", Lesson3, WholeLesson, QStringLiteral("첫 단계에서는 `e1 = W2^T delta`가 0이라 `W1`이 아예 바뀌지 않고"),
              QStringLiteral("`e1 = W2^T delta` is 0 in the\nfirst step, so `W1` does not move at all"), [] {
                  StepRecord r;
                  r.x = courseInputs().row(0).transpose();
                  r.d = 0;
                  Engine::step(Rule::BackpropSigmoid, Alpha, r);
                  return r.e1.isZero(0) && r.after.W1.isZero(0) && !r.after.W2.isZero(0) && symmetryNeverBreaks(Weights{}, Rule::BackpropSigmoid);
              });
        claim("L3: the loss chart's values are the end-of-epoch weights' mean squared error and cross-entropy", Lesson3, WholeLesson,
              QStringLiteral("네 샘플의 `(d - y)²` 평균"), QStringLiteral("the mean of `(d - y)²` over the four samples"), [] {
                  const Trace t = lesson3(Rule::BackpropCrossEntropy, 0, 50, true);
                  const InputMatrix X = courseInputs();
                  for (int epoch : {0, 17, 49}) {
                      const Weights end = epoch + 1 < t.epochCount() ? t.weightsAtEpochStart(epoch + 1) : t.finalWeights();
                      double mse = 0.0, entropy = 0.0;
                      for (int k = 0; k < SampleCount; ++k) {
                          const double y = Engine::output(t.rule(), end, X.row(k).transpose()), d = t.spec().D(k);
                          mse += (d - y) * (d - y) / SampleCount;
                          entropy += -(d * std::log(y) + (1 - d) * std::log(1 - y)) / SampleCount;
                      }
                      const EpochSummary s = t.epochSummary(epoch);
                      if (!(std::abs(s.meanSquaredError - mse) < 1e-12 && std::abs(s.crossEntropy - entropy) < 1e-12))
                          return false;
                  }
                  return true;
              });
        claim("L3: no rule records inf or nan up to alpha 1e6; the sigmoids saturate", Lesson3, WholeLesson,
              QStringLiteral("학습률 1,000,000(1e6)에서도 이 과정의 세 학습 규칙(델타 규칙과 두 가지"),
              QStringLiteral("even at learning rate 1,000,000 (1e6) none of the course's three learning rules (the delta rule and"), [] {
                  for (double alpha : {10.0, 1e3, 1e6})
                      for (Rule rule : {Rule::DeltaRule, Rule::BackpropSigmoid, Rule::BackpropCrossEntropy})
                          for (const SampleVector &D : {andTargets(), xorTargets()}) {
                              const Trace t = run(rule, D, Epochs, alpha, 0);
                              if (t.firstNonFiniteStep() >= 0 || (alpha == 1e6 && t.firstSaturatedStep() < 0))
                                  return false;
                          }
                  return true;
              });
        claim("L3: saturation stops the squared-error delta, not the cross-entropy one", Lesson3, WholeLesson,
              QStringLiteral("`delta = e`는 출력이 포화되어도 0이 되지 않지만"),
              QStringLiteral("cross-entropy output delta `delta = e` does not vanish"), [] {
                  const Trace sqRun = run(Rule::BackpropSigmoid, xorTargets(), 100, 1e6, 0, true);
                  const Trace ceRun = run(Rule::BackpropCrossEntropy, xorTargets(), 100, 1e6, 0, true);
                  const auto wrongAndSaturated = [](const StepRecord &s) { return (s.y == 0.0 || s.y == 1.0) && s.y != s.d; };
                  const int a = firstStepWhere(sqRun, wrongAndSaturated), b = firstStepWhere(ceRun, wrongAndSaturated);
                  const auto saturatedHidden = [](const StepRecord &s) {
                      for (int i = 0; i < HiddenCount; ++i)
                          if (s.y1(i) == 1.0 || s.y1(i) == 0.0)
                              return s.delta1(i) == 0.0;
                      return false;
                  };
                  return a >= 0 && sqRun.step(a).delta == 0.0 && b >= 0 && std::abs(ceRun.step(b).delta) == 1.0
                      && firstStepWhere(ceRun, saturatedHidden) >= 0;
              });
        claim("L3: the start is a plateau (squared error, seed 0, 300 epochs)", Lesson3, WholeLesson,
              QStringLiteral("300 에포크가 지나도 네 출력이 모두 0.5에서 0.02 안에"), QStringLiteral("within\n  0.02 of 0.5 after 300 epochs"), [] {
                  for (double y : outputsAtEnd(lesson3(Rule::BackpropSigmoid, 0, 300)))
                      if (!(std::abs(y - 0.5) < 0.02))
                          return false;
                  return true;
              });
        claim("L3: the first step's y(1 - y) is about 0.25, the squared-error delta about a quarter of the cross-entropy one", Lesson3, WholeLesson,
              QStringLiteral("`y(1 - y)`가 0.25 안팎이고,\n같은 오차라도 제곱 오차 델타는 교차 엔트로피 델타의 4분의 1 정도입니다"),
              QStringLiteral("`y(1 - y)` is about\n0.25, and for the same error the squared-error delta is about a quarter"), [] {
                  const StepRecord s = lesson3(Rule::BackpropSigmoid, 0, 1, true).step(0);
                  const double slope = s.y * (1 - s.y);
                  return slope > 0.2 && slope <= 0.25 && std::abs(s.delta / s.e - slope) < 1e-15;
              });
        claim("L3: below about -710 exp(-v) overflows and y is exactly 0", Lesson3, WholeLesson, QStringLiteral("`exp(-v)`가 inf로 넘쳐(numpy는 경고를 냅니다)"),
              QStringLiteral("`exp(-v)` overflows to inf (numpy warns)"),
              [] { return std::isinf(std::exp(710.0)) && Engine::sigmoid(-710.0) == 0.0 && Engine::sigmoid(-709.0) > 0.0 && Engine::sigmoid(36.0) < 1.0; });
        claim("L3: a stalled run's loss drops, then sits on a plateau to the end", Lesson3, WholeLesson,
              QStringLiteral("손실이 떨어지다가 다시 평평한 구간에 들어가 끝까지 머뭅니다"), QStringLiteral("the loss drops, then sits on another plateau to the end"), [] {
                  for (const auto &[rule, seed] : {std::pair{Rule::BackpropSigmoid, 14u}, std::pair{Rule::BackpropCrossEntropy, 1u}}) {
                      const Trace t = lesson3(rule, seed);
                      const RunOutcome o = RunOutcome::of(t);
                      const double start = t.epochSummary(0).meanSquaredError, end = t.epochSummary(Epochs - 1).meanSquaredError;
                      if (o.kind() != Kind::Stalled || !(start > 0.2) || !(end < 0.07) || o.flatFromEpoch() > Epochs / 2)
                          return false;
                  }
                  return true;
              });
        claim("L3: the explore command is quoted as it runs", Lesson3, WholeLesson,
              QStringLiteral("`deltatrace-cli explore lessons/03-backprop-xor.lesson.json --experiment backprop-ce --seeds 0:999`"),
              QStringLiteral("`deltatrace-cli explore lessons/03-backprop-xor.lesson.json --experiment backprop-ce --seeds 0:999`"),
              [] { return QFile::exists(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json")) && lesson(Lesson3).experiment(QStringLiteral("backprop-ce")); });
        claim("L3 squared error: seed 14 stalled at the end of this run", Lesson3, sq, QStringLiteral("이번 실행이 끝날 때 정체한 것입니다"),
              QStringLiteral("The run\n  is stalled at its end"), [] { return RunOutcome::of(lesson3(Rule::BackpropSigmoid, 14)).kind() == Kind::Stalled; });
        claim("L3 cross-entropy: seed 1 stalled at the end of this run, solved by the squared-error delta", Lesson3, ce,
              QStringLiteral("이번 실행이 끝날 때 정체한 것이지, 풀 수 없는 것은 아닙니다"), QStringLiteral("The run is stalled at its end, which does\n  not mean it cannot solve XOR"), [] {
                  return RunOutcome::of(lesson3(Rule::BackpropCrossEntropy, 1)).kind() == Kind::Stalled
                      && RunOutcome::of(lesson3(Rule::BackpropSigmoid, 1)).kind() == Kind::Solved;
              });
        claim("L3 cross-entropy: delta is more than four times the squared-error delta", Lesson3, ce, QStringLiteral("4배가 넘습니다"),
              QStringLiteral("more than\n  four times"), [] {
                  const double a = lesson3(Rule::BackpropCrossEntropy, 0, 1, true).step(0).delta;
                  const double b = lesson3(Rule::BackpropSigmoid, 0, 1, true).step(0).delta;
                  return a / b > 4.0 && a / b < 5.0;
              });
    }

    void claims()
    {
        QFETCH(QString, lessonId);
        QFETCH(QString, experimentId);
        QFETCH(QString, quoteKo);
        QFETCH(QString, quoteEn);
        QFETCH(Check, check);
        verifyQuoted(lessonId, experimentId, quoteKo, quoteEn);
        QVERIFY(check());
    }

    // Words the lessons do not use any more (issue 12): the stalls of lesson 3 are not minima, and
    // the Korean narratives say 에포크 and 수업, 제곱 오차 델타 for the squared-error delta.
    void noRetiredWords()
    {
        const QStringList retiredKo = {QStringLiteral("에폭"), QStringLiteral("강의"), QStringLiteral("시그모이드 델타"), QStringLiteral("꺼진 입력"),
                                       QStringLiteral("크게 연결된"), QStringLiteral("국소 최솟값(")};
        const QStringList retiredEn = {QStringLiteral("(a local minimum)"), QStringLiteral("never solved")};
        for (const QString &id : {Lesson1, Lesson2, Lesson3}) {
            const Lesson &l = lesson(id);
            QList<LocalizedText> texts = {l.narrative, l.title};
            for (const Experiment &e : l.experiments)
                texts << e.narrative << e.title;
            for (const LocalizedText &t : texts) {
                for (const QString &word : retiredKo)
                    QVERIFY2(!t.ko.contains(word), qPrintable(id + QStringLiteral(": ") + word));
                for (const QString &word : retiredEn)
                    QVERIFY2(!t.en.contains(word), qPrintable(id + QStringLiteral(": ") + word));
            }
        }
    }

    // One notation for weights and vector elements (issue 12): numpy's 0-based indexing, as the
    // network diagram, the charts, the trace table and the CSV export write it: W[0,1], W1[2,0],
    // x[0]. Not w1 or x1 (1-based), x<sub>1</sub>, W1[2][0] or W1[2, 0].
    void oneNotationForElements()
    {
        const QRegularExpression other(QStringLiteral(
            R"(\b[wx][1-9]\b|x<sub>|\w\[\d+\]\[\d+\]|[A-Za-z]\w*\[\d+,\s+\d+\])"));
        QVERIFY(other.isValid());
        for (const QString &id : {Lesson1, Lesson2, Lesson3}) {
            const Lesson &l = lesson(id);
            QList<LocalizedText> texts = {l.narrative, l.title};
            for (const Experiment &e : l.experiments)
                texts << e.narrative << e.title;
            for (const LocalizedText &t : texts)
                for (const QString &text : {t.ko, t.en}) {
                    const QRegularExpressionMatch m = other.match(text);
                    QVERIFY2(!m.hasMatch(), qPrintable(id + QStringLiteral(": ") + m.captured()));
                }
        }
        // The weighted sum written out, and the XOR proof, in both languages.
        for (const QString &quote : {QStringLiteral("`v = W[0,0]·x[0] + W[0,1]·x[1] + W[0,2]`")})
            verifyQuoted(Lesson1, WholeLesson, quote, quote);
        for (const QString &quote : {QStringLiteral("`W[0,0]·x[0] + W[0,1]·x[1] + W[0,2] = 0`"), QStringLiteral("`W[0,2] < 0`"),
                                     QStringLiteral("`W[0,0] + W[0,1] + W[0,2] < 0`"), QStringLiteral("`W[0,1] + W[0,2] > 0`"),
                                     QStringLiteral("`W[0,0] + W[0,2] > 0`"), QStringLiteral("`W[0,0] + W[0,1] + 2·W[0,2] < 0`"),
                                     QStringLiteral("`W[0,0] + W[0,1] + 2·W[0,2] > 0`")})
            verifyQuoted(Lesson2, WholeLesson, quote, quote);
    }
};

QTEST_APPLESS_MAIN(TestLessonClaims)
#include "tst_lessonclaims.moc"
