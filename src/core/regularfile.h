// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace deltatrace {

// The one place where DeltaTrace decides which files it may read and which it may replace.
// Lesson and trace files are untrusted, and so are the names they make us touch: a read must
// never block on a FIFO or a device (a symlink named *.lesson.json can point at one), and a
// write must never turn a device node or a FIFO into a regular file, nor replace the very file
// it is reading. docs/UNTRUSTED-FILES.md lists the rules.
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)
public:
    // Opens `path` for reading if, and only if, it is a regular file (after following
    // symlinks), checked on the open descriptor itself so that the answer cannot change between
    // the check and the open. Opening never blocks. Returns an empty string on success, or what
    // is wrong in plain words ("no such file", "is a folder, not ...", "is not a regular file
    // (a device, a FIFO or a socket)"). `what` names the expected kind: "a lesson file".
    static QString openForReading(QFile &file, const QString &path, const QString &what);

    // Whether `path` may be written (atomically, with QSaveFile): it does not exist yet, or it
    // is a regular file that is not one of `inputs` (the files the command reads). Returns an
    // empty string when it may, or the reason it may not.
    static QString refusalToWrite(const QString &path, const QStringList &inputs = {});

    // The system's own words for the last failed call (errno), e.g. "No space left on device",
    // where Qt's error string would only say "Unknown error".
    static QString systemError(int errorNumber);
};

} // namespace deltatrace
