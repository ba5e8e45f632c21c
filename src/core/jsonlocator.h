// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QCoreApplication>
#include <QString>

namespace deltatrace {

// Where each value of a JSON text sits in its bytes. QJsonDocument validates and decodes JSON but
// forgets positions, so a loader that wants to say "lesson.json:12:7: alpha must be above 0"
// parses with QJsonDocument first and then hands the same bytes to a JsonLocator.
//
// The scanner is a strict RFC 8259 recursive-descent parser. It also refuses what QJsonDocument
// quietly accepts (raw control characters and unknown escapes such as \x in strings, "1.",
// unpaired surrogate escapes), because other tools (Python's json module) reject such files, and
// numbers a double cannot hold (1e400), as QJsonDocument does. It records repeated keys, which
// QJsonDocument resolves silently by keeping the last one.
//
// Paths name values the way a reader writes them: "" is the top-level value, "title.ko" a key
// of an object, "data.X[2][0]" an array element. A key that is not made of letters, digits, '_'
// and '-' is written quoted, as in `a["odd key"]` (see childPath), so every path is unambiguous.
//
// Positions are 1-based. A column counts characters (Unicode code points of the UTF-8 text), not
// bytes, so a Korean syllable is one column as in an editor; a tab is one column. A line ends at
// "\n", "\r\n" or a lone "\r". A UTF-8 byte order mark at the very start is not counted.
class JsonLocator
{
    Q_DECLARE_TR_FUNCTIONS(JsonLocator)
public:
    struct Position
    {
        qsizetype line = 0;
        qsizetype column = 0;
        QString toString() const { return QStringLiteral("%1:%2").arg(line).arg(column); }
    };

    // A key that appeared more than once in the same object.
    struct DuplicateKey
    {
        QString objectPath;
        QString key;
        qsizetype keyOffset = -1; // of the repeated occurrence
    };

    // The same nesting limit as QJsonDocument: deeper documents are refused, which also bounds
    // the scanner's recursion.
    static constexpr int MaxDepth = 1024;

    explicit JsonLocator(const QByteArray &json);

    // False when the bytes are not strict JSON; errorOffset()/errorString() say where and why,
    // and no position is known.
    bool isValid() const { return m_errorOffset < 0; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorString() const { return m_errorString; }

    // Byte offset of the value's first byte ('{', '[', '"', a digit, '-', 't', 'f' or 'n'),
    // or -1 when there is no such value.
    qsizetype valueOffset(const QString &path) const;
    // Byte offset of the opening quote of the key naming the value, or -1 (array elements and
    // the top-level value have no key).
    qsizetype keyOffset(const QString &path) const;
    // Key offset when there is one, else the value offset.
    qsizetype offset(const QString &path) const;

    // Repeated keys in document order (the first occurrence is not listed).
    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // Line and column of a byte offset in the bytes given to the constructor; offsets past the
    // end give the position just after the last byte.
    Position position(qsizetype offset) const { return position(m_json, offset); }
    static Position position(const QByteArray &bytes, qsizetype offset);

    // Length of the valid UTF-8 sequence starting at offset (1..4), or 0 when the bytes there
    // are not valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF included).
    static qsizetype utf8SequenceLength(const QByteArray &bytes, qsizetype offset);
    // Offset of the first byte that is not valid UTF-8, or -1 when all of them are.
    static qsizetype invalidUtf8Offset(const QByteArray &bytes);

    static QString childPath(const QString &objectPath, const QString &key);
    static QString elementPath(const QString &arrayPath, qsizetype index);

private:
    struct Location
    {
        qsizetype key = -1;
        qsizetype value = -1;
    };

    class Scanner;
    friend class Scanner;

    QByteArray m_json;
    QHash<QString, Location> m_locations;
    QList<DuplicateKey> m_duplicates;
    qsizetype m_errorOffset = -1;
    QString m_errorString;
};

} // namespace deltatrace
