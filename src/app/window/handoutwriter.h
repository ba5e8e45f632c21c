// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tour.h"
#include "traceposition.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace deltatrace {

class Trace;

// A handout: a PDF of a recorded run for a class, one section per position (the current one, or
// later a tour's stops), each with the position's title, the sample, a note, the formula with its
// numbers and notes, the network diagram, and the input plane and/or a training chart. The
// pictures are painted by the views' own paint functions into the PDF, so the formula, the
// diagram, the chart and the plane's lines and text stay vectors (the plane's heat map is the one
// image) and the text can be extracted, Korean included (Qt embeds a subset of every font it uses).
//
// It paints with views of its own that are never shown, built from the trace: it needs a
// QApplication (the command line creates one on the offscreen platform) but no window. The text
// is in the language of the translators installed; `language` picks the lesson's titles and, for
// Korean, a Korean font.
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(deltatrace::HandoutWriter)

public:
    enum class Paper { A4, Letter };

    struct Section
    {
        TracePosition position;
        QString note; // plain text; empty: no note
    };

    // A training chart under the input plane, or in its place.
    enum class Chart { None, Loss, Outputs, Weights };

    // Which pictures each section has.
    struct Contents
    {
        bool formula = true;
        bool diagram = true;
        bool inputPlane = true;
        Chart chart = Chart::None;
    };

    struct Document
    {
        std::shared_ptr<const Trace> trace;
        QString lessonTitle;
        QString experimentTitle;
        QString language = QStringLiteral("en"); // "ko" or "en"
        Paper paper = Paper::A4;
        Contents contents;
        std::vector<Section> sections;
    };

    // A document of `trace` with its lesson's and experiment's titles in `language`, read from
    // the lesson the trace carries, and no sections yet.
    static Document of(std::shared_ptr<const Trace> trace, const QString &language);

    // Called after each section is laid out with (sections done, all sections); returning false
    // cancels the export (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    // Writes the PDF to `path`, whole or not at all (QSaveFile). On failure returns false and says
    // why in `error`, in plain words with the file's name.
    static bool write(const Document &document, const QString &path, QString *error = nullptr, const Progress &progress = {});

    // The paper a user of `locale` expects: Letter in the US and Canada, A4 elsewhere.
    static Paper defaultPaper(const QLocale &locale);
    // The position's title, as the arithmetic panel's header words it ("Epoch 250, sample k = 1 ·
    // operation 6 of 12: …").
    static QString sectionTitle(const Trace &trace, TracePosition position);
    // A section for every stop of a tour that has a place in the run, with its note in
    // `language` (a stop whose event did not happen in this run is left out).
    static std::vector<Section> tourSections(const QList<ResolvedStop> &stops, const QString &language);
};

} // namespace deltatrace
