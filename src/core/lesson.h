// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "architecture.h"
#include "layerquantity.h"
#include "network.h"
#include "networkdata.h"
#include "quantity.h"
#include "rule.h"

#include <QList>
#include <QString>
#include <QByteArray>

#include <cstdint>
#include <memory>
#include <optional>

namespace deltatrace {

class Tour;

// Text in the two languages of the course. Korean comes first for our learners.
struct LocalizedText
{
    QString ko;
    QString en;
    // "ko" gives Korean; anything else English.
    const QString &in(const QString &language) const { return language.startsWith(QLatin1String("ko")) ? ko : en; }
};

// One line of an experiment's numpy listing; `computes` names the quantity it computes, so the
// app can highlight the line of the current operation.
struct CodeLine
{
    QString text;
    std::optional<Quantity> computes;
};

// A fill-in exercise: at one place of the run the learner types the value the operation
// computes (one number of it, or each in turn) and the app checks it to `digits` significant
// digits (AnswerCheck).
struct Exercise
{
    int epoch = 0;
    int sample = 0;
    Quantity operation = Quantity::V;
    std::optional<int> element; // one number of the quantity (row-major); none: each in turn
    int digits = 4;
    LocalizedText prompt;       // Markdown; empty: the app asks for the operation's value

    // The numbers asked for, row-major indices into the quantity.
    QList<int> elements() const
    {
        if (element)
            return {*element};
        QList<int> all;
        for (int i = 0; i < quantityShape(operation).size(); ++i)
            all << i;
        return all;
    }
};

// One line of a general experiment's numpy listing (lesson format 2), tagged like CodeLine.
struct NetworkCodeLine
{
    QString text;
    std::optional<LayerQuantity> computes;
};

// What a format-2 experiment adds: its network and training (the keys layers, activations,
// delta, batch, momentum) and the lesson's own listing (`code`). Without one, the listing is
// the one DeltaTrace writes for the run on screen (NetworkScript::lines), made when shown,
// since it holds the run's seed, alpha and epochs.
// One stop of a general experiment's tour (lesson format 2): a place in the run, what to say
// there (plain text), and optionally which view to bring forward (Tour::viewNames()). Lessons
// 1-3's tours may also name events; a general tour names places.
struct NetworkTourStop
{
    int epoch = 0;
    int sample = 0;
    std::optional<LayerQuantity> operation; // none: the sample step's last operation
    LocalizedText note;
    QString view;

    // The note in `language`, or in the other language when the stop has none in this one.
    QString noteIn(const QString &language) const
    {
        const QString &own = note.in(language);
        return own.isEmpty() ? (language.startsWith(QLatin1String("ko")) ? note.en : note.ko) : own;
    }
};

struct NetworkExperiment
{
    Architecture architecture;
    QList<NetworkCodeLine> code; // empty when codeGenerated
    bool codeGenerated = false;  // the lesson gave no `code`
    QList<NetworkTourStop> tour; // an instructor's tour of the run; empty for none
};

struct Experiment
{
    QString id;
    LocalizedText title;
    LocalizedText narrative; // Markdown
    Rule rule = Rule::DeltaRule;
    double alpha = 0.9;
    int epochs = 1;
    std::uint32_t seed = 0;
    QList<CodeLine> code;
    QList<Exercise> exercises; // in the order the learner meets them in the run
    std::shared_ptr<const Tour> tour; // an instructor's tour of the run (tour.h); none when null
    // Format 2: the general network this experiment trains; `rule` and `code` then do not apply.
    std::optional<NetworkExperiment> network;

    // Index of the listing line computing q, or -1.
    int codeLineFor(Quantity q) const
    {
        for (int i = 0; i < code.size(); ++i)
            if (code[i].computes == q)
                return i;
        return -1;
    }
};

// A lesson as loaded from a lesson file (format documented in lessons/README.md).
struct Lesson
{
    QString id;
    LocalizedText title;
    LocalizedText narrative; // Markdown
    int version = 1;       // the lesson format's version: 1 (lessons 1-3's shapes) or 2 (general)
    InputMatrix X = InputMatrix::Zero();   // version 1
    SampleVector D = SampleVector::Zero(); // version 1
    NetworkData data;      // version 2: X is N x M, D is N x K
    QList<Experiment> experiments;

    QString filePath;   // where it was loaded from ("" when it came from a trace file)
    QByteArray source;  // the file's bytes, embedded in trace files

    const Experiment *experiment(const QString &experimentId) const
    {
        for (const Experiment &e : experiments)
            if (e.id == experimentId)
                return &e;
        return nullptr;
    }
};

} // namespace deltatrace
