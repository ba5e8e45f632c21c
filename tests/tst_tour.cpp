// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tours (lessons/README.md, "tour" and tour files): lesson 3's tour loads and fits its runs, the
// events a tour names are found where they are defined to be (TraceEvents), tour files round
// trip, and every kind of bad tour file is refused with its file, place and problem. The bad
// files under tests/data/tours/bad are each good/minimal.dtour.json with one defect.
#include "coursefixtures.h"
#include "lessonlibrary.h"
#include "lessonloader.h"
#include "runoutcome.h"
#include "tour.h"
#include "traceevents.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace deltatrace;
using namespace deltatrace::fixtures;
using Event = TraceEvents::Event;

Q_DECLARE_METATYPE(deltatrace::Rule)

namespace {

const QString TourData = QStringLiteral(DELTATRACE_TEST_DATA "/tours");
const QString Lesson3 = QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct BadFile
{
    const char *name;
    const char *place; // "line:column", or "" when no place applies
    QStringList phrases;
};

QString phrase(const char *text) { return QString::fromUtf8(text); }

const QList<BadFile> &badFileTable()
{
    static const QList<BadFile> files = {
        {"empty", "", {phrase("the file is empty")}},
        {"invalid-utf8", "7:89", {phrase("invalid UTF-8 (byte 0xFF)")}},
        {"truncated", "8:54", {phrase("invalid JSON")}},
        {"syntax-trailing-comma", "10:3", {phrase("invalid JSON")}},
        {"top-level-array", "1:1", {phrase("the top level must be a JSON object")}},
        {"duplicate-key", "7:78", {phrase("duplicate key \"ko\"")}},
        {"wrong-format", "2:13", {phrase("\"format\" must be \"deltatrace-tour\""), phrase("not a DeltaTrace tour file")}},
        {"newer-version", "3:14", {phrase("newer DeltaTrace"), phrase("version 2")}},
        {"unknown-key", "2:3", {phrase("unknown key \"colour\" in the top-level object")}},
        {"missing-lesson", "1:1", {phrase("missing key \"lesson\"")}},
        {"bad-lesson-id", "4:13", {phrase("lesson must be 1 to 64 characters"), phrase("\"03_Backprop\"")}},
        {"stops-not-array", "6:12", {phrase("stops must be an array of stops")}},
        {"empty-stops", "6:12", {phrase("stops must have 1 to 200 stops, not 0")}},
        {"too-many-stops", "6:12", {phrase("stops must have 1 to 200 stops, not 201")}},
        {"unknown-event", "9:15", {phrase("unknown event \"all-right\" in stops[2].event"), phrase("first-saturation, all-right-side, stall-start, first-non-finite")}},
        {"event-and-place", "9:6", {phrase("stops[2] names an event and a place")}},
        {"no-place", "8:5", {phrase("stops[1] needs \"epoch\" and \"sample\"")}},
        {"sample-out-of-range", "8:28", {phrase("stops[1].sample must be an integer from 0 to 3, not the number 4")}},
        {"negative-epoch", "8:15", {phrase("stops[1].epoch must be an integer from 0")}},
        {"fractional-epoch", "8:15", {phrase("stops[1].epoch must be an integer"), phrase("1.5")}},
        {"unknown-operation", "7:44", {phrase("unknown quantity \"gamma\" in stops[0].operation")}},
        {"missing-note", "8:5", {phrase("missing key \"note\" in stops[1]")}},
        {"empty-note", "8:39", {phrase("stops[1].note must have a note in \"ko\", in \"en\" or in both")}},
        {"blank-note", "8:46", {phrase("stops[1].note.en must not be empty")}},
        {"note-not-text", "8:46", {phrase("stops[1].note.en must be a string or an array of lines, not the number 42")}},
        {"note-control-character", "7:68", {phrase("stops[0].note.ko must not contain control characters")}},
        {"note-line-not-string", "9:56", {phrase("stops[2].note.ko[1] must be a string")}},
        {"note-too-long", "7:84", {phrase("stops[0].note.en is 2001 characters long; a note may have at most 2000")}},
        {"unknown-view", "7:107", {phrase("unknown view \"diagram\" in stops[0].view"), phrase("network, inputPlane, charts, code, table")}},
    };
    return files;
}

std::shared_ptr<const Trace> lesson3Run(const QString &experimentId, quint32 seed, int epochs = -1, double alpha = 0.0)
{
    const LessonLoader::Result loaded = LessonLoader::loadFile(Lesson3);
    if (!loaded.ok())
        return nullptr;
    LessonLibrary::Overrides overrides;
    overrides.seed = seed;
    if (epochs > 0)
        overrides.epochs = epochs;
    if (alpha > 0.0)
        overrides.alpha = alpha;
    return recordShared(LessonLibrary::specFor(*loaded.lesson, *loaded.lesson->experiment(experimentId), overrides));
}

} // namespace

class TestTour : public QObject
{
    Q_OBJECT

private slots:
    // --- lesson 3's tour ---------------------------------------------------------------------

    void lesson3HasATour()
    {
        const LessonLoader::Result loaded = LessonLoader::loadFile(Lesson3);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Experiment *ce = loaded.lesson->experiment(QStringLiteral("backprop-ce"));
        QVERIFY(ce && ce->tour);
        QCOMPARE(ce->tour->lessonId, QStringLiteral("03-backprop-xor"));
        QCOMPARE(ce->tour->experimentId, QStringLiteral("backprop-ce"));
        QVERIFY(ce->tour->stops.size() >= 8);
        bool usesEvents = false;
        for (const TourStop &s : ce->tour->stops) {
            // Presentable as it is, in either language.
            QVERIFY(!s.note.ko.trimmed().isEmpty());
            QVERIFY(!s.note.en.trimmed().isEmpty());
            usesEvents = usesEvents || s.event.has_value();
        }
        QVERIFY(usesEvents);
    }

    // Every place of the tour is in the lesson's run; of the two seed-dependent events, one
    // happens in a solved run and the other in a stalled one.
    void lesson3TourFitsItsRuns_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("stalls");
        QTest::newRow("seed 0 is solved") << 0u << false;
        QTest::newRow("seed 1 stalls") << 1u << true;
    }

    void lesson3TourFitsItsRuns()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, stalls);
        const LessonLoader::Result loaded = LessonLoader::loadFile(Lesson3);
        QVERIFY(loaded.ok());
        const std::shared_ptr<const Trace> trace = lesson3Run(QStringLiteral("backprop-ce"), seed);
        QVERIFY(trace);
        const QList<ResolvedStop> stops = loaded.lesson->experiment(QStringLiteral("backprop-ce"))->tour->resolve(*trace);
        for (const ResolvedStop &r : stops) {
            if (!r.stop.event) {
                QVERIFY2(r.position, qPrintable(QStringLiteral("stop %1 is not in the run").arg(r.index)));
                QCOMPARE(r.skip, ResolvedStop::Skip::None);
                QVERIFY(r.position->step < trace->stepCount());
            } else if (*r.stop.event == Event::AllRightSide) {
                QCOMPARE(r.position.has_value(), !stalls);
            } else if (*r.stop.event == Event::StallStart) {
                QCOMPARE(r.position.has_value(), stalls);
                QCOMPARE(r.skip, stalls ? ResolvedStop::Skip::None : ResolvedStop::Skip::EventDidNotHappen);
            }
        }
        // The first stop: epoch 0, sample 0, v1 (the rule's first operation).
        QCOMPARE(stops.first().position, (TracePosition{0, 0}));
    }

    // --- events --------------------------------------------------------------------------------

    // all-right-side: at the end of that epoch every output is on its target's side of 0.5, and
    // at the end of the epoch before, not.
    void allRightSide_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("sigmoid seed 0") << QStringLiteral("backprop-sigmoid") << 0u;
        QTest::newRow("cross-entropy seed 0") << QStringLiteral("backprop-ce") << 0u;
        QTest::newRow("cross-entropy seed 2") << QStringLiteral("backprop-ce") << 2u;
    }

    void allRightSide()
    {
        QFETCH(QString, experiment);
        QFETCH(quint32, seed);
        const std::shared_ptr<const Trace> trace = lesson3Run(experiment, seed);
        QVERIFY(trace);
        const auto position = TraceEvents::find(*trace).position(Event::AllRightSide);
        QVERIFY(position);
        QCOMPARE(position->step % SampleCount, SampleCount - 1);
        QCOMPARE(position->operation, int(operationsOf(trace->rule()).size()) - 1);
        const int epoch = int(position->step / SampleCount);
        QVERIFY(epoch > 0);
        const auto onItsSide = [&](int e) {
            const EpochSummary s = trace->epochSummary(e);
            for (int k = 0; k < SampleCount; ++k)
                if (!(std::abs(trace->spec().D(k) - s.outputs[size_t(k)]) < 0.5))
                    return false;
            return true;
        };
        QVERIFY(onItsSide(epoch));
        for (int e = 0; e < epoch; ++e)
            QVERIFY(!onItsSide(e));
        // The last step of that epoch computes the same outputs with the same weights: sample 3's y
        // is the summary's output only after the update, so check the weights agree instead.
        QCOMPARE(trace->step(position->step).after.W2, trace->weightsAtEpochStart(epoch + 1).W2);
    }

    // stall-start: RunOutcome's plateau of a stalled run, nothing in a solved one.
    void stallStart()
    {
        const std::shared_ptr<const Trace> stalled = lesson3Run(QStringLiteral("backprop-ce"), 1);
        QVERIFY(stalled);
        const RunOutcome outcome = RunOutcome::of(*stalled);
        QCOMPARE(outcome.kind(), RunOutcome::Kind::Stalled);
        const auto position = TraceEvents::find(*stalled).position(Event::StallStart);
        QVERIFY(position);
        QCOMPARE(position->step / SampleCount, outcome.flatFromEpoch());
        const std::shared_ptr<const Trace> solved = lesson3Run(QStringLiteral("backprop-ce"), 0);
        QVERIFY(!TraceEvents::find(*solved).position(Event::StallStart));
        QVERIFY(!TraceEvents::find(*solved).position(Event::FirstSaturation));
        QVERIFY(!TraceEvents::find(*solved).position(Event::FirstNonFinite));
    }

    // first-saturation: the operation shown computed a sigmoid that is exactly 0 or 1.
    void firstSaturation()
    {
        const std::shared_ptr<const Trace> trace = lesson3Run(QStringLiteral("backprop-ce"), 0, 1000, 1e6);
        QVERIFY(trace);
        const auto position = TraceEvents::find(*trace).position(Event::FirstSaturation);
        QVERIFY(position);
        QCOMPARE(position->step, trace->firstSaturatedStep());
        const Quantity q = operationsOf(trace->rule())[size_t(position->operation)];
        QVERIFY(q == Quantity::Y1 || q == Quantity::Y);
        const StepRecord r = trace->step(position->step);
        bool saturated = false;
        for (const double y : r.values(q))
            saturated = saturated || y == 0.0 || y == 1.0;
        QVERIFY(saturated);
    }

    // first-non-finite: the operation that computed inf or nan. A rate of 1.7e308 overflows the
    // cross-entropy network's weights (tst_trace).
    void firstNonFinite()
    {
        const std::shared_ptr<const Trace> trace = recordShared(courseSpec(Rule::BackpropCrossEntropy, xorTargets(), 3, 1.7e308, 0));
        QVERIFY(trace);
        QVERIFY(trace->firstNonFiniteStep() >= 0);
        const auto position = TraceEvents::find(*trace).position(Event::FirstNonFinite);
        QVERIFY(position);
        QCOMPARE(position->step, trace->firstNonFiniteStep());
        const auto ops = operationsOf(trace->rule());
        const Quantity q = ops[size_t(position->operation)];
        // The step is kept: values() is a view into it.
        const StepRecord record = trace->step(position->step);
        bool nonFinite = false;
        for (const double v : record.values(q))
            nonFinite = nonFinite || !std::isfinite(v);
        QVERIFY(nonFinite);
        // Every operation before it in that step is finite.
        for (int op = 0; op < position->operation; ++op)
            for (const double v : record.values(ops[size_t(op)]))
                QVERIFY(std::isfinite(v));
    }

    void eventNames()
    {
        for (Event e : TraceEvents::AllEvents)
            QCOMPARE(TraceEvents::fromName(TraceEvents::name(e)), e);
        QVERIFY(!TraceEvents::fromName(QStringLiteral("first")));
    }

    // --- tour files --------------------------------------------------------------------------

    void goodFile()
    {
        const Tour::FileResult result = Tour::loadFile(TourData + QStringLiteral("/good/minimal.dtour.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Tour &tour = *result.tour;
        QCOMPARE(tour.lessonId, QStringLiteral("03-backprop-xor"));
        QCOMPARE(tour.experimentId, QStringLiteral("backprop-sigmoid"));
        QCOMPARE(tour.stops.size(), 3);
        QCOMPARE(tour.stops[0].operation, Quantity::Delta);
        QCOMPARE(tour.stops[0].view, QStringLiteral("network"));
        QVERIFY(!tour.stops[1].operation);
        QCOMPARE(tour.stops[1].noteIn(QStringLiteral("ko")), QStringLiteral("The end of epoch 1, English only."));
        QCOMPARE(tour.stops[2].event, Event::AllRightSide);
        QCOMPARE(tour.stops[2].note.ko, QStringLiteral("첫 줄\n둘째 줄"));
        QCOMPARE(tour.stops[2].noteIn(QStringLiteral("en")), tour.stops[2].note.ko);

        // Applied to a run: delta is operation 5 of backprop's 12; no operation is the last.
        const std::shared_ptr<const Trace> trace = lesson3Run(QStringLiteral("backprop-sigmoid"), 0, 3);
        const QList<ResolvedStop> resolved = tour.resolve(*trace);
        QCOMPARE(resolved[0].position, (TracePosition{0, 5}));
        QCOMPARE(resolved[1].position, (TracePosition{7, 11}));
        // Three epochs are too few to reach the right side.
        QCOMPARE(resolved[2].skip, ResolvedStop::Skip::EventDidNotHappen);
        // A tour for a longer run: its place is outside this one.
        Tour longer = tour;
        longer.stops[1].epoch = 3;
        QCOMPARE(longer.resolve(*trace)[1].skip, ResolvedStop::Skip::OutsideRun);
    }

    void roundTrip()
    {
        const Tour::FileResult loaded = Tour::loadFile(TourData + QStringLiteral("/good/minimal.dtour.json"));
        QVERIFY(loaded.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.dtour.json"));
        QCOMPARE(loaded.tour->save(path), QString());
        const Tour::FileResult again = Tour::loadFile(path);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(*again.tour, *loaded.tour);
        // Saving never replaces a folder.
        QVERIFY(!loaded.tour->save(dir.path()).isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("missing file") << TourData + QStringLiteral("/bad/no-such.dtour.json") << QString() << QStringList{phrase("no such file")};
        QTest::newRow("folder") << TourData + QStringLiteral("/bad") << QString() << QStringList{phrase("is a folder")};
        QTest::newRow("oversized") << m_tmp.filePath(QStringLiteral("oversized.dtour.json")) << QString()
                                   << QStringList{phrase("1048577 bytes"), phrase("at most 1048576 bytes")};
        for (const BadFile &bad : badFileTable())
            QTest::newRow(bad.name) << TourData + QStringLiteral("/bad/") + QLatin1String(bad.name) + QStringLiteral(".dtour.json")
                                    << QString::fromLatin1(bad.place) << bad.phrases;
    }

    void badFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, place);
        QFETCH(QStringList, phrases);
        const Tour::FileResult result = Tour::loadFile(path);
        QVERIFY2(!result.ok(), "a bad file was accepted");
        const QString prefix = place.isEmpty() ? path + QStringLiteral(": ") : path + QLatin1Char(':') + place + QStringLiteral(": ");
        QVERIFY2(result.error.startsWith(prefix), qPrintable(QStringLiteral("expected \"%1...\", got: %2").arg(prefix, result.error)));
        for (const QString &p : phrases)
            QVERIFY2(result.error.contains(p), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(p, result.error)));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }

    void everyBadFileHasARow()
    {
        QStringList named;
        for (const BadFile &bad : badFileTable())
            named << QLatin1String(bad.name) + QStringLiteral(".dtour.json");
        const QStringList files = QDir(TourData + QStringLiteral("/bad")).entryList(QDir::Files);
        for (const QString &f : files)
            QVERIFY2(named.contains(f), qPrintable(f + QStringLiteral(" has no row in badFileTable()")));
        QCOMPARE(files.size(), named.size());
    }

    // Cut the good file at every byte: each piece is refused whole.
    void everyTruncationIsRefused()
    {
        const QByteArray bytes = readAll(TourData + QStringLiteral("/good/minimal.dtour.json"));
        const QByteArray whole = bytes.trimmed();
        for (qsizetype n = 0; n < whole.size(); ++n) {
            const Tour::FileResult result = Tour::parse(whole.left(n), QStringLiteral("cut"));
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted after %1 bytes").arg(n)));
            QVERIFY(result.error.startsWith(QLatin1String("cut")));
        }
    }

    // --- the "tour" key of a lesson file -----------------------------------------------------

    void badTourInALesson_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("an operation the rule does not compute")
            << QByteArray(R"("operation": "dW1", "note")") << QByteArray(R"("operation": "dW", "note")")
            << QStringLiteral("experiments[1].tour[7].operation is \"dW\", which rule \"backprop-ce\" does not compute");
        QTest::newRow("an epoch past the run")
            << QByteArray(R"("epoch": 9999, "sample": 3)") << QByteArray(R"("epoch": 10000, "sample": 3)")
            << QStringLiteral("experiments[1].tour[11].epoch must be an integer from 0 to 9999");
        QTest::newRow("an unknown key in a stop")
            << QByteArray(R"({"event": "stall-start", )") << QByteArray(R"({"event": "stall-start", "colour": 1, )")
            << QStringLiteral("unknown key \"colour\" in experiments[1].tour[10]");
    }

    void badTourInALesson()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, phrase);
        QByteArray bytes = readAll(Lesson3);
        QCOMPARE(bytes.count(from), 1);
        const qsizetype at = bytes.indexOf(from);
        bytes.replace(from, to);
        const LessonLoader::Result result = LessonLoader::parse(bytes, QStringLiteral("lesson"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(phrase), qPrintable(result.error));
        // Placed on the stop's line.
        const int line = int(bytes.left(at).count('\n')) + 1;
        QVERIFY2(result.error.startsWith(QStringLiteral("lesson:%1:").arg(line)), qPrintable(result.error));
    }

    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QFile big(m_tmp.filePath(QStringLiteral("oversized.dtour.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write(QByteArray(Tour::MaxFileBytes + 1, ' ')) == Tour::MaxFileBytes + 1);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestTour)
#include "tst_tour.moc"
