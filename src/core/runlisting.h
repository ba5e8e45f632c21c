// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "trace.h"

#include <QList>

#include <vector>

namespace deltatrace {

// A lesson's code listing as the code of one run: the seed, learning rate and number of epochs
// the run used are written into the lines that set them, so that a learner who types the
// listing into Python gets the numbers on screen.
//
// The lines are found by the conventions every listing follows (lessons/README.md):
//   np.random.seed(N)          the seed
//   alpha = A                  the learning rate
//   for epoch in range(N):     the number of epochs
// each at the start of a line (after indentation), so that comments are never rewritten.
// A listing without such a line shows the lesson's text unchanged there.
class RunListing
{
public:
    enum class Parameter { Seed, Alpha, Epochs };

    // Where a run's value was written in, and whether it differs from the lesson's own text.
    struct Value
    {
        int line = 0;
        int start = 0;  // in QChars, within the line
        int length = 0;
        Parameter parameter = Parameter::Seed;
        bool changed = false; // the run used another value than the lesson's listing states
        QString lessonText;   // the value as the lesson's listing writes it
    };

    static RunListing of(const QList<CodeLine> &code, const TraceSpec &spec);

    const QList<CodeLine> &code() const { return m_code; }
    const std::vector<Value> &values() const { return m_values; }
    bool anyChanged() const;

private:
    QList<CodeLine> m_code;
    std::vector<Value> m_values;
};

} // namespace deltatrace
