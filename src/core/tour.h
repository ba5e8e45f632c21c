// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "rule.h"
#include "traceevents.h"
#include "traceposition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace deltatrace {

class Trace;

// One stop of a tour: a place in the run or an event of it (TraceEvents), what to say there,
// and optionally which view to bring forward.
struct TourStop
{
    std::optional<TraceEvents::Event> event; // none: the place below
    int epoch = 0;
    int sample = 0;
    std::optional<Quantity> operation;       // none: the sample step's last operation
    LocalizedText note;                      // plain text; one language may be empty
    QString view;                            // "", or one of Tour::viewNames()

    // The note in `language` ("ko..." or anything else for English), or in the other language
    // when the stop has none in this one.
    QString noteIn(const QString &language) const
    {
        const QString &own = note.in(language);
        return own.isEmpty() ? (language.startsWith(QLatin1String("ko")) ? note.en : note.ko) : own;
    }
    bool operator==(const TourStop &o) const
    {
        return event == o.event && epoch == o.epoch && sample == o.sample && operation == o.operation && note.ko == o.note.ko
               && note.en == o.note.en && view == o.view;
    }
};

// A stop applied to one run.
struct ResolvedStop
{
    // Why a stop has no place in this run.
    enum class Skip { None, EventDidNotHappen, OutsideRun };

    int index = 0; // in Tour::stops
    std::optional<TracePosition> position; // none: skipped, `skip` says why
    Skip skip = Skip::None;
    TourStop stop;
};

// A problem found while reading a tour: the JSON path of the value (see JsonLocator) and what is
// wrong. The lesson loader places it in the lesson file; a tour file places it itself.
struct TourProblem
{
    QString path;
    QString message;
    bool atKey = false; // placed at the key naming the value rather than at the value
};

// An instructor's tour of a run: the stops in the order they are shown. It comes from an
// experiment's "tour" key in a lesson file, or from a tour file (NAME.dtour.json) beside a
// lesson, which also names the lesson and the experiment. Both formats are documented in
// lessons/README.md, and every rule there is checked here.
struct TourFileResult;

class Tour
{
    Q_DECLARE_TR_FUNCTIONS(Tour)
public:
    static constexpr qsizetype MaxStops = 200;
    static constexpr qsizetype MaxNoteChars = 2000;  // per language
    static constexpr qint64 MaxFileBytes = 1 << 20;  // a tour file: 200 stops fit many times over
    static constexpr const char *FileSuffix = ".dtour.json";

    QString lessonId;     // tour files: the lesson and the experiment the tour is written for
    QString experimentId;
    QList<TourStop> stops;

    bool isEmpty() const { return stops.isEmpty(); }
    bool operator==(const Tour &) const = default;

    // The views a stop may bring forward, as the window names them.
    static QStringList viewNames();

    // Every stop at its place in this run, in the tour's order; a stop whose event does not
    // happen, or whose place is not in the run, has no position (and says why).
    QList<ResolvedStop> resolve(const Trace &trace, const TraceEvents &events) const;
    QList<ResolvedStop> resolve(const Trace &trace) const; // finds the events itself

    // The stops of an experiment's "tour" key (an array of stop objects), checked against the
    // experiment's rule and epochs when known. Problems are appended; none means the result holds.
    static QList<TourStop> parseStops(const QJsonValue &value, const QString &path, std::optional<Rule> rule,
                                      std::optional<qint64> epochs, QList<TourProblem> *problems);
    // The stops of a general experiment's "tour" (lesson format 2): places only, each checked
    // against the run's epochs and samples, and its operation against what `architecture`
    // computes at that sample (a batch's update only at the batch's last sample). Without an
    // architecture or a sample count (the lesson has problems there), those checks are left out.
    static QList<NetworkTourStop> parseNetworkStops(const QJsonValue &value, const QString &path, const std::optional<Architecture> &architecture,
                                                    std::optional<int> sampleCount, qint64 epochs, QList<TourProblem> *problems);

    using FileResult = struct TourFileResult;
    // A tour file, with the same rules as a lesson file: regular files only, at most
    // MaxFileBytes, strict JSON, every problem placed.
    static FileResult loadFile(const QString &path);
    static FileResult parse(const QByteArray &bytes, const QString &sourceName);

    // The tour as a tour file's bytes, and saved atomically (nothing half-written). Returns an
    // empty string, or what went wrong.
    QByteArray toJson() const;
    QString save(const QString &path) const;
};

struct TourFileResult
{
    std::optional<Tour> tour;
    QString error; // "FILE:LINE:COLUMN: what is wrong" (or "FILE: ...") when tour is empty
    bool ok() const { return tour.has_value(); }
};

} // namespace deltatrace
