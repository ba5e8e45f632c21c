// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttextwriter.h"

#include "regularfile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>

namespace deltatrace {

namespace {
constexpr std::size_t FlushBytes = std::size_t(1) << 16;
} // namespace

ExportTextWriter::ExportTextWriter(QIODevice &device, bool json)
    : m_device(device)
    , m_json(json)
{
    m_buffer.reserve(FlushBytes + 4096);
}

void ExportTextWriter::key(std::string_view name, bool first)
{
    if (!first)
        put(',');
    put('"');
    put(name);
    put("\":");
    m_key = name;
}

void ExportTextWriter::endObject()
{
    put(",\"nonFinite\":[");
    for (size_t i = 0; i < m_nonFinite.size(); ++i) {
        if (i > 0)
            put(',');
        put('"');
        put(m_nonFinite[i]);
        put('"');
    }
    put("]}");
    m_nonFinite.clear();
}

void ExportTextWriter::integer(long long v)
{
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, v);
    m_buffer.append(text, result.ptr);
}

void ExportTextWriter::number(double v)
{
    if (!std::isfinite(v)) {
        if (m_json) {
            put("null");
            if (std::find(m_nonFinite.begin(), m_nonFinite.end(), m_key) == m_nonFinite.end())
                m_nonFinite.push_back(m_key);
        } else {
            put(std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
        }
        return;
    }
    char text[40];
    const auto result = std::to_chars(text, text + sizeof text, v, std::chars_format::general, 17);
    m_buffer.append(text, result.ptr);
    if (std::memchr(text, '.', static_cast<size_t>(result.ptr - text)) == nullptr
        && std::memchr(text, 'e', static_cast<size_t>(result.ptr - text)) == nullptr)
        m_buffer.append(".0");
}

void ExportTextWriter::string(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    put('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            put('\\');
            put(c);
        } else if (u < 0x20) {
            static constexpr char Hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', Hex[u >> 4], Hex[u & 15]};
            m_buffer.append(escaped, sizeof escaped);
        } else {
            put(c);
        }
    }
    put('"');
}

void ExportTextWriter::list(const double *values, int rows, int cols)
{
    put('[');
    if (rows == 0) {
        for (int i = 0; i < cols; ++i) {
            if (i > 0)
                put(',');
            number(values[i]);
        }
    } else {
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                put(',');
            list(values + static_cast<std::ptrdiff_t>(r) * cols, 0, cols);
        }
    }
    put(']');
}

void ExportTextWriter::csvName(std::string_view name)
{
    const bool quoted = name.find(',') != std::string_view::npos;
    if (quoted)
        put('"');
    put(name);
    if (quoted)
        put('"');
}

bool ExportTextWriter::endLine()
{
    put('\n');
    return m_buffer.size() < FlushBytes || flush();
}

bool ExportTextWriter::flush()
{
    if (m_failed)
        return false;
    const auto size = static_cast<qint64>(m_buffer.size());
    errno = 0;
    if (size > 0 && m_device.write(m_buffer.data(), size) != size) {
        m_failed = true;
        m_failureErrno = errno;
    }
    m_buffer.clear();
    return !m_failed;
}

bool ExportTextWriter::writeFile(const QString &path, const QStringList &inputs, QString *error,
                                 const std::function<bool(QIODevice &, QString *)> &write)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return false;
    };
    if (const QString refusal = RegularFile::refusalToWrite(path, inputs); !refusal.isEmpty())
        return fail(refusal);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("TraceExporter", "cannot write: %1").arg(file.errorString()));
    QString problem;
    if (!write(file, &problem)) {
        file.cancelWriting();
        return fail(problem);
    }
    // The last piece is still in QFileDevice's buffer: flush it here, where errno is fresh,
    // rather than inside commit(), which would report a full disk as "Unknown error".
    auto systemWords = [&](int errorNumber) {
        return errorNumber != 0 ? RegularFile::systemError(errorNumber) : file.errorString();
    };
    errno = 0;
    if (!file.flush()) {
        const int flushError = errno;
        file.cancelWriting();
        return fail(QCoreApplication::translate("TraceExporter", "cannot write: %1").arg(systemWords(flushError)));
    }
    errno = 0;
    if (!file.commit()) {
        const int commitError = errno;
        return fail(QCoreApplication::translate("TraceExporter", "cannot write: %1").arg(systemWords(commitError)));
    }
    return true;
}

} // namespace deltatrace
