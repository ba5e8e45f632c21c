// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "untrustedtext.h"

#include <QLabel>
#include <QTextBoundaryFinder>
#include <QTextDocument>

namespace deltatrace {

namespace {

constexpr QChar Ellipsis(0x2026);
constexpr QChar ZeroWidthSpace(0x200B);
constexpr QChar FirstStrongIsolate(0x2068);
constexpr QChar PopDirectionalIsolate(0x2069);

bool isExplicitBidiFormatting(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. An unbalanced one reorders everything
    // after it on the line; the marks LRM, RLM and ALM only affect their neighbours and stay.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreaking(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

// The first `count` UTF-16 units of `text`, or one fewer if the last would split a surrogate pair.
qsizetype headLength(const QString &text, qsizetype count)
{
    return count > 0 && text.at(count - 1).isHighSurrogate() ? count - 1 : count;
}

// The same for the last `count` units.
qsizetype tailStart(const QString &text, qsizetype count)
{
    const qsizetype start = text.size() - count;
    return start > 0 && text.at(start).isLowSurrogate() ? start + 1 : start;
}

} // namespace

QString UntrustedText::line(const QString &input, qsizetype maxChars)
{
    QString text = input;
    if (text.size() > maxChars) {
        const qsizetype head = headLength(text, (maxChars - 1) / 2);
        const qsizetype tail = tailStart(text, maxChars - 1 - (maxChars - 1) / 2);
        text = text.left(head) + Ellipsis + text.mid(tail);
    }
    bool rightToLeft = false;
    QString cleaned;
    cleaned.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isExplicitBidiFormatting(c.unicode()))
            continue;
        if (isLineBreaking(c)) {
            cleaned += QLatin1Char(' ');
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            const QChar::Direction direction = QChar::direction(ucs4);
            rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL;
            cleaned += c;
            cleaned += text.at(++i);
            continue;
        }
        rightToLeft = rightToLeft || c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
        cleaned += c;
    }
    // Right-to-left text keeps its own order inside, and the window's words around it keep theirs.
    if (rightToLeft)
        cleaned = FirstStrongIsolate + cleaned + PopDirectionalIsolate;
    return breakable(cleaned);
}

QString UntrustedText::breakable(const QString &text)
{
    // Runs between line-break opportunities (UAX #14, as QTextLayout wraps): at most a few
    // dozen characters in any language's ordinary words, so ordinary text stays as it is.
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    QString result;
    qsizetype copied = 0;
    qsizetype start = 0;
    for (qsizetype next = breaks.toNextBoundary(); next != -1; next = breaks.toNextBoundary()) {
        if (next - start > MaxUnbrokenChars) {
            if (result.isEmpty())
                result.reserve(text.size() + text.size() / MaxUnbrokenChars + 1);
            qsizetype run = 0;
            for (qsizetype i = start; i < next; ++i, ++run) {
                const QChar c = text.at(i);
                // Never inside a surrogate pair or before a combining mark.
                if (run >= MaxUnbrokenChars && !c.isLowSurrogate() && !c.isMark()) {
                    result += QStringView(text).mid(copied, i - copied);
                    result += ZeroWidthSpace;
                    copied = i;
                    run = 0;
                }
            }
        }
        start = next;
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

QString UntrustedText::toolTip(const QString &plainText)
{
    // Always a paragraph, so always taken as rich text, and escaped, so it shows as written.
    return Qt::convertFromPlainText(plainText, Qt::WhiteSpaceNormal);
}

QString UntrustedText::markdownLine(const QString &text)
{
    const QString plain = line(text);
    QString markdown;
    markdown.reserve(plain.size() * 2);
    // CommonMark lets a backslash escape any ASCII punctuation character, and only those.
    static const QString escapable = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    for (const QChar c : plain) {
        if (escapable.contains(c))
            markdown += QLatin1Char('\\');
        markdown += c;
    }
    return markdown;
}

void UntrustedText::makePlainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    // The layout decides the width; the text wraps (or is cut) within it. Without this a label
    // asks for the width of its longest unbreakable run, and the window grows to give it.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace deltatrace
