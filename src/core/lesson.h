// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network.h"
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
    InputMatrix X = InputMatrix::Zero();
    SampleVector D = SampleVector::Zero();
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
