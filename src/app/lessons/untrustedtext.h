// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputlimits.h"

#include <QString>

class QLabel;

namespace deltatrace {

// Text that came from a lesson or a trace file (titles, ids, file names), made safe to show in
// the window. Such text is data: it is never interpreted as HTML or Markdown, it cannot reorder
// or break the window's own words around it, and however long it is it cannot make a label
// wider than the window. The core refuses over-long text (InputLimits); these are the window's
// own bounds, so text from any future path is safe too. docs/UNTRUSTED-FILES.md has the rules.
class UntrustedText
{
public:
    // Beyond this many characters a label shows the start and the end with "…" between.
    static constexpr qsizetype MaxLineChars = InputLimits::MaxTitleChars;
    // A run of characters with no place to break a line, longer than this, gets invisible break
    // opportunities (zero-width spaces) so a word-wrapped label can always wrap it.
    static constexpr qsizetype MaxUnbrokenChars = 40;

    // One line of plain text for a label, a list item or a window title: control characters and
    // line or paragraph separators become spaces, explicit bidirectional formatting characters
    // are dropped and right-to-left text is isolated (so neither can reorder the words around
    // it), the middle of an over-long text is cut with "…", and long unbreakable runs are made
    // breakable. Text within the limits and without such characters comes back unchanged.
    static QString line(const QString &text, qsizetype maxChars = MaxLineChars);

    // Only the last step of line(): break opportunities inside runs longer than MaxUnbrokenChars.
    static QString breakable(const QString &text);

    // Rich text that shows exactly `plainText` (line breaks kept), for tooltips and legends,
    // whose text Qt otherwise guesses to be HTML when it looks like a tag.
    static QString toolTip(const QString &plainText);

    // line(), written as Markdown that renders as that literal text (every ASCII punctuation
    // character escaped), for a title placed in a narrative.
    static QString markdownLine(const QString &text);

    // A label for file text: plain text, never rich, and never wider than its layout gives it,
    // whatever its text. Word wrap is left as it was set.
    static void makePlainLabel(QLabel *label);
};

} // namespace deltatrace
