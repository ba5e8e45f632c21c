// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace deltatrace {

// The size limits on text that comes from a lesson or trace file. Every such file is untrusted
// (they are mailed and downloaded), so every piece of text in one has a bound low enough that
// the window can show it at once: a title is laid out many times per second, and a narrative's
// Markdown layout grows faster than linearly with its length. docs/UNTRUSTED-FILES.md gives the
// rules these serve.
struct InputLimits
{
    // Lesson and experiment ids: a-z, 0-9 and '-' (they name files and appear in titles).
    static constexpr qsizetype MaxIdChars = 64;
    // A lesson's or an experiment's title, in each language: one line, shown in a label.
    static constexpr qsizetype MaxTitleChars = 200;
    // A narrative in one language, in characters of Markdown. The slowest narrative of this
    // length (measured in tst_narrativebrowser's worst cases) lays out well under a second.
    static constexpr qsizetype MaxNarrativeChars = 64 * 1024;
    // Bytes of an image a narrative shows (a narrative is not a photo album).
    static constexpr qint64 MaxImageBytes = 8 << 20;
    // How much of an untrusted string an error message quotes.
    static constexpr qsizetype MaxQuotedChars = 40;

    // An untrusted string as a message shows it: in double quotes, cut after MaxQuotedChars
    // characters ("..." marks the cut; a surrogate pair is never split), with '"' and '\\'
    // escaped and every control or format character (line ends, terminal escapes, bidi
    // overrides) written as \n, \r, \t or \u{XXXX}, so the message stays one honest line.
    static QString quoted(QStringView text)
    {
        qsizetype cut = text.size() > MaxQuotedChars ? MaxQuotedChars : text.size();
        if (cut < text.size() && text.at(cut - 1).isHighSurrogate())
            --cut;
        QString shown;
        shown.reserve(cut + 8);
        shown += QLatin1Char('"');
        for (qsizetype i = 0; i < cut; ++i) {
            const QChar c = text.at(i);
            switch (c.unicode()) {
            case u'"': shown += QLatin1String("\\\""); continue;
            case u'\\': shown += QLatin1String("\\\\"); continue;
            case u'\n': shown += QLatin1String("\\n"); continue;
            case u'\r': shown += QLatin1String("\\r"); continue;
            case u'\t': shown += QLatin1String("\\t"); continue;
            default: break;
            }
            const bool pairedSurrogate = (c.isHighSurrogate() && i + 1 < cut && text.at(i + 1).isLowSurrogate())
                                         || (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate());
            const QChar::Category category = c.category();
            if ((c.isSurrogate() && !pairedSurrogate) || category == QChar::Other_Control || category == QChar::Other_Format
                || category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
                shown += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                continue;
            }
            shown += c;
        }
        if (cut < text.size())
            shown += QLatin1String("...");
        shown += QLatin1Char('"');
        return shown;
    }
};

} // namespace deltatrace
