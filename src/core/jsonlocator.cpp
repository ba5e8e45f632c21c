// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <QSet>

#include <algorithm>

namespace deltatrace {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomLength = 3;

bool startsWithBom(const QByteArray &bytes) { return bytes.startsWith(QByteArrayView(Bom, BomLength)); }

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

bool isSimpleKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool simple = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                            || u == u'_' || u == u'-';
        if (!simple)
            return false;
    }
    return true;
}

} // namespace

// Strict RFC 8259 recursive descent over the bytes, recording the offset of every value.
class JsonLocator::Scanner
{
public:
    explicit Scanner(JsonLocator &out)
        : m_out(out), m_data(out.m_json.constData()), m_size(out.m_json.size())
    {
    }

    void run()
    {
        if (startsWithBom(m_out.m_json))
            m_pos = BomLength;
        skipWhitespace();
        if (!value(QString(), -1, 0))
            return;
        skipWhitespace();
        if (m_pos < m_size)
            fail(JsonLocator::tr("unexpected text after the end of the JSON document"));
    }

private:
    bool fail(const QString &message)
    {
        // Only the first problem counts: everything after it is a consequence.
        if (m_out.m_errorOffset < 0) {
            m_out.m_errorOffset = m_pos;
            m_out.m_errorString = message;
        }
        return false;
    }

    bool atEnd() const { return m_pos >= m_size; }
    unsigned char peek() const { return static_cast<unsigned char>(m_data[m_pos]); }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const unsigned char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool value(const QString &path, qsizetype keyOffset, int depth)
    {
        if (atEnd())
            return fail(JsonLocator::tr("the file ends where a value was expected (is it cut short?)"));
        // Last occurrence wins, as in QJsonDocument, so positions describe the values it holds.
        m_out.m_locations.insert(path, Location{keyOffset, m_pos});
        switch (peek()) {
        case '{': return object(path, depth + 1);
        case '[': return array(path, depth + 1);
        case '"': return string(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        case ']':
        case '}': return fail(JsonLocator::tr("expected a value (JSON allows no comma before a closing bracket)"));
        default: break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
            return number();
        return fail(JsonLocator::tr("not a JSON value (strings need double quotes; true, false and null are lower-case; no comments)"));
    }

    bool object(const QString &path, int depth)
    {
        if (depth > MaxDepth)
            return fail(JsonLocator::tr("the document is nested too deeply"));
        ++m_pos; // '{'
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        QSet<QString> keys;
        for (;;) {
            if (atEnd())
                return fail(JsonLocator::tr("the file ends inside an object (is it cut short?)"));
            if (peek() == '}')
                return fail(JsonLocator::tr("expected a key (JSON allows no comma before a closing '}')"));
            if (peek() != '"')
                return fail(JsonLocator::tr("expected a key in double quotes"));
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!string(&key))
                return false;
            if (keys.contains(key))
                m_out.m_duplicates.append(DuplicateKey{path, key, keyOffset});
            else
                keys.insert(key);
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return fail(JsonLocator::tr("expected ':' after the key"));
            ++m_pos;
            skipWhitespace();
            if (!value(childPath(path, key), keyOffset, depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(JsonLocator::tr("the file ends inside an object (is it cut short?)"));
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonLocator::tr("expected ',' or '}' after an object member"));
            ++m_pos;
            skipWhitespace();
        }
    }

    bool array(const QString &path, int depth)
    {
        if (depth > MaxDepth)
            return fail(JsonLocator::tr("the document is nested too deeply"));
        ++m_pos; // '['
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            if (!value(elementPath(path, index), -1, depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(JsonLocator::tr("the file ends inside an array (is it cut short?)"));
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail(JsonLocator::tr("expected ',' or ']' after an array element"));
            ++m_pos;
            skipWhitespace();
        }
    }

    bool literal(const char *word)
    {
        const QByteArrayView expected(word);
        if (QByteArrayView(m_data + m_pos, std::min(m_size - m_pos, expected.size())) != expected)
            return fail(JsonLocator::tr("not a JSON value (strings need double quotes; true, false and null are lower-case; no comments)"));
        m_pos += expected.size();
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        // A malformed number is reported at its first character, where the reader looks.
        const qsizetype start = m_pos;
        const auto failAtStart = [&](const QString &message) {
            m_pos = start;
            return fail(message);
        };
        if (peek() == '-')
            ++m_pos;
        if (atEnd() || peek() < '0' || peek() > '9')
            return failAtStart(JsonLocator::tr("a '-' must be followed by a digit"));
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && peek() >= '0' && peek() <= '9')
                return failAtStart(JsonLocator::tr("a number must not start with 0"));
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return failAtStart(JsonLocator::tr("a number needs a digit after the decimal point"));
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return failAtStart(JsonLocator::tr("a number needs a digit in its exponent"));
        }
        // QJsonDocument refuses what a double cannot hold; so does the scanner, but at the
        // number's first character.
        bool inRange = false;
        [[maybe_unused]] const double value = QByteArrayView(m_data + start, m_pos - start).toDouble(&inRange);
        if (!inRange)
            return failAtStart(JsonLocator::tr("the number is out of range (a double holds magnitudes from about 1e-308 to 1.8e308)"));
        return true;
    }

    // Four hex digits of a \u escape.
    bool hex4(char32_t *unit)
    {
        if (m_size - m_pos < 4)
            return fail(JsonLocator::tr("a \\u escape needs four hexadecimal digits"));
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const unsigned char c = peek();
            char32_t d = 0;
            if (c >= '0' && c <= '9')
                d = char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = char32_t(c - 'A' + 10);
            else
                return fail(JsonLocator::tr("a \\u escape needs four hexadecimal digits"));
            v = v * 16 + d;
            ++m_pos;
        }
        *unit = v;
        return true;
    }

    // Validates a string; decodes it into *decoded when given (keys are needed for paths,
    // other strings only need checking).
    bool string(QString *decoded)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        for (;;) {
            if (atEnd())
                return fail(JsonLocator::tr("the file ends inside a string (a closing '\"' is missing, or the file is cut short)"));
            const unsigned char c = peek();
            if (c == '"') {
                ++m_pos;
                if (decoded)
                    *decoded = QString::fromUtf8(utf8);
                return true;
            }
            if (c < 0x20)
                return fail(JsonLocator::tr("a control character (such as a tab or a line break) inside a string; write it as \\t or \\n"));
            if (c == '\\') {
                if (!escape(decoded ? &utf8 : nullptr))
                    return false;
                continue;
            }
            if (c < 0x80) {
                if (decoded)
                    utf8.append(char(c));
                ++m_pos;
                continue;
            }
            const qsizetype length = utf8SequenceLength(m_out.m_json, m_pos);
            if (length == 0)
                return fail(JsonLocator::tr("invalid UTF-8 in a string"));
            if (decoded)
                utf8.append(m_data + m_pos, length);
            m_pos += length;
        }
    }

    bool escape(QByteArray *utf8)
    {
        const qsizetype start = m_pos;
        ++m_pos; // backslash
        if (atEnd())
            return fail(JsonLocator::tr("the file ends inside a string (is it cut short?)"));
        const unsigned char c = peek();
        ++m_pos;
        char simple = 0;
        switch (c) {
        case '"': simple = '"'; break;
        case '\\': simple = '\\'; break;
        case '/': simple = '/'; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 't': simple = '\t'; break;
        case 'u': break;
        default:
            m_pos = start;
            return fail(JsonLocator::tr("invalid escape sequence in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"));
        }
        if (simple) {
            if (utf8)
                utf8->append(simple);
            return true;
        }
        char32_t unit = 0;
        if (!hex4(&unit))
            return false;
        char32_t codePoint = unit;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            m_pos = start;
            return fail(JsonLocator::tr("a \\u escape of a low surrogate without a high surrogate before it"));
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            char32_t low = 0;
            if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u') {
                m_pos = start;
                return fail(JsonLocator::tr("a \\u escape of a high surrogate must be followed by a low surrogate"));
            }
            m_pos += 2;
            if (!hex4(&low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF) {
                m_pos = start;
                return fail(JsonLocator::tr("a \\u escape of a high surrogate must be followed by a low surrogate"));
            }
            codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        if (utf8)
            utf8->append(QString::fromUcs4(&codePoint, 1).toUtf8());
        return true;
    }

    JsonLocator &m_out;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

JsonLocator::JsonLocator(const QByteArray &json) : m_json(json)
{
    Scanner(*this).run();
    if (!isValid()) {
        // A half-scanned document gives no positions rather than some wrong ones.
        m_locations.clear();
        m_duplicates.clear();
    }
}

qsizetype JsonLocator::valueOffset(const QString &path) const
{
    const auto it = m_locations.constFind(path);
    return it == m_locations.cend() ? -1 : it->value;
}

qsizetype JsonLocator::keyOffset(const QString &path) const
{
    const auto it = m_locations.constFind(path);
    return it == m_locations.cend() ? -1 : it->key;
}

qsizetype JsonLocator::offset(const QString &path) const
{
    const qsizetype key = keyOffset(path);
    return key >= 0 ? key : valueOffset(path);
}

qsizetype JsonLocator::utf8SequenceLength(const QByteArray &bytes, qsizetype offset)
{
    const qsizetype size = bytes.size();
    if (offset < 0 || offset >= size)
        return 0;
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(offset);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07u;
    } else {
        return 0; // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF (F5..FF)
    }
    if (size - offset < length)
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        if (!isContinuationByte(byte(offset + i)))
            return 0;
        codePoint = (codePoint << 6) | (byte(offset + i) & 0x3Fu);
    }
    const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    if (overlong || surrogate || codePoint > 0x10FFFF)
        return 0;
    return length;
}

qsizetype JsonLocator::invalidUtf8Offset(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

JsonLocator::Position JsonLocator::position(const QByteArray &bytes, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, bytes.size());
    Position p{1, 1};
    qsizetype i = startsWithBom(bytes) && end >= BomLength ? BomLength : 0;
    for (; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++p.line;
            p.column = 1;
        } else if (c != '\r' && !isContinuationByte(c)) {
            ++p.column;
        }
    }
    return p;
}

QString JsonLocator::childPath(const QString &objectPath, const QString &key)
{
    if (isSimpleKey(key))
        return objectPath.isEmpty() ? key : objectPath + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return objectPath + QLatin1String("[\"") + escaped + QLatin1String("\"]");
}

QString JsonLocator::elementPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace deltatrace
