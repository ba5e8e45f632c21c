// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace deltatrace {

class ExerciseSession;

// deltatrace-cli grade TRACE_FILE... [--out FILE]: one CSV row for every question of every
// saved exercise trace, graded afresh. Each file is read as the window reads it (TraceFile:
// the run recomputed, the record replayed and every answer checked against the numbers); a
// file that is not a trace, is damaged or tampered with, or has no exercise record is skipped
// with a line on stderr naming it and the place, and the others are graded. Exit status: 0 when
// every file was graded, 1 when any was skipped or the output could not be written, 2 for a
// usage error.
class GradeCommand
{
public:
    GradeCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &args); // the arguments after "grade"

    // The CSV's first line, and one field as a spreadsheet must get it: quoted when it holds a
    // comma, a quote, a line break or spaces at an end, and defused when a spreadsheet would
    // take it for a formula (a leading = + - @, tab or CR, unless it is a plain number).
    static QString header();
    static QString field(const QString &text);
    // The rows of one session, each ending in a line feed.
    static QString rows(const ExerciseSession &session, const QString &student, const QString &file);

private:
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace deltatrace
