// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QCoreApplication>
#include <QString>
#include <QByteArray>

#include <optional>

namespace deltatrace {

// Reads and validates lesson files. A file is accepted whole or refused whole: on any problem
// the result carries a message naming the file, the place (line:column) and what is wrong.
// Format version 1 (lessons 1-3's shapes) fills Lesson::X, Lesson::D and each experiment's rule
// and code; version 2 (general networks, NetworkLessonReader) fills Lesson::data and every
// experiment's network. Lesson::version says which.
class LessonLoader
{
    // Messages are English unless a translator is installed (the window installs one; the
    // command line does not).
    Q_DECLARE_TR_FUNCTIONS(LessonLoader)
public:
    struct Result
    {
        std::optional<Lesson> lesson;
        QString error; // "FILE:LINE:COLUMN: what is wrong" when lesson is empty
        bool ok() const { return lesson.has_value(); }
    };

    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileBytes = 4 << 20;

    static Result loadFile(const QString &path);
    // Parses bytes already in memory; `sourceName` names them in messages. The lesson's
    // filePath stays empty (loadFile sets it).
    //
    // Messages are "SOURCE:LINE:COLUMN: what is wrong" (1-based; the column counts characters,
    // see JsonLocator), or "SOURCE: what is wrong" when no place in the file applies (a missing,
    // empty or oversized file). With several problems, the one earliest in the file is reported.
    static Result parse(const QByteArray &bytes, const QString &sourceName);

    // The lesson files of a folder (*.lesson.json, regular files only), sorted by name.
    static QStringList lessonFilesIn(const QString &directory);

    // Lesson and experiment ids: one or more of a-z, 0-9 and '-' (the length limit is apart,
    // InputLimits::MaxIdChars).
    static bool isValidId(const QString &id);
private:
    static Result parseChecked(const QByteArray &bytes, const QString &sourceName);
};

} // namespace deltatrace
