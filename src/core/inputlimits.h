#pragma once

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
};

} // namespace deltatrace
