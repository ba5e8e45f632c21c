// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace deltatrace {

// The text of the JSON Lines and CSV exports (TraceExporter, NetworkTraceExporter), buffered and
// handed to the device in large pieces, so that an export of millions of steps is never built
// whole in memory. Numbers are printed as the exporters document: 17 significant digits, ".0"
// added to a whole number; a value that is not finite is null in JSON (and its key listed in the
// line's "nonFinite") and nan, inf or -inf in CSV. Remembers the first failed write.
class ExportTextWriter
{
public:
    ExportTextWriter(QIODevice &device, bool json);

    bool failed() const { return m_failed; }
    // errno right after the failed write (0 if the device failed without a system call).
    int failureErrno() const { return m_failureErrno; }

    // Starts the value of `key` in a JSON object: ,"key": (no comma for the first key), and
    // makes it the key a non-finite number is listed under. The key's characters must stay
    // valid until the line ends (endObject).
    void key(std::string_view name, bool first = false);
    // Ends a JSON object: the line's "nonFinite" list, then '}'.
    void endObject();

    void put(std::string_view text) { m_buffer.append(text); }
    void put(char c) { m_buffer.push_back(c); }
    void integer(long long v);
    void number(double v);
    // A JSON string, escaped.
    void string(const QString &s);
    // A JSON list of numbers: flat when rows == 0, else rows lists of cols numbers.
    void list(const double *values, int rows, int cols);
    // A CSV column name, quoted when it holds a comma (numpy's "W1[2,0]"), as RFC 4180 asks, so
    // that csv.reader, pandas and spreadsheets read one column.
    void csvName(std::string_view name);

    // Ends a line; hands the buffer over once it is large.
    bool endLine();
    bool flush();

    // Writes an export to the file `path` atomically (QSaveFile: after a failure any earlier file
    // there is as it was), with `write` producing the text. Refuses, before writing anything, a
    // target that is not a regular file or a new name, or that is one of `inputs`
    // (RegularFile::refusalToWrite). A failed write is reported in the system's words ("No space
    // left on device"). `error` gets the problem without the path. (Its messages keep the
    // translation context TraceExporter, where they were first translated.)
    static bool writeFile(const QString &path, const QStringList &inputs, QString *error,
                          const std::function<bool(QIODevice &, QString *)> &write);

private:
    QIODevice &m_device;
    bool m_json;
    bool m_failed = false;
    int m_failureErrno = 0;
    std::string m_buffer;
    std::string_view m_key;                    // the JSON key being written
    std::vector<std::string_view> m_nonFinite; // keys of this line that hold a null
};

} // namespace deltatrace
