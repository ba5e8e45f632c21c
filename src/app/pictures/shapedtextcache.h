// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;

namespace deltatrace {

// Pieces of text shaped once per font and then measured and drawn from their glyphs.
//
// Why: measuring a string (QFontMetricsF::horizontalAdvance) and drawing it (QPainter::drawText)
// each run the text through HarfBuzz, and a view that lays out a formula measures every piece
// before it draws it; shaping is most of what drawing text costs. Formulas and labels repeat most
// of their pieces from one step to the next (symbols, operators, words and the weights that did
// not change), so each whole string is shaped once here and drawn as the glyphs found then, with
// the same positions drawText would give them.
class ShapedTextCache
{
public:
    struct Shaped
    {
        qreal advance = 0; // equal to QFontMetricsF::horizontalAdvance of the text
        qreal ascent = 0;  // of the line the text makes, font fallbacks included
        qreal height = 0;  // ascent plus descent
        QList<QGlyphRun> runs;
    };

    // The fonts texts are shaped in, by index; forgets everything shaped before.
    void setFonts(std::vector<QFont> fonts);
    const QFont &font(int index) const { return m_slots[static_cast<std::size_t>(index)].font; }
    int fontCount() const { return static_cast<int>(m_slots.size()); }

    const Shaped &shaped(int font, const QString &text);
    // Draws it with the painter's pen, its baseline starting at `baseline`.
    static void draw(QPainter &painter, const Shaped &shaped, QPointF baseline);

    // QPainter::drawText(rect, flags, text) for one line of text, in the painter's font and at
    // its device's resolution, from text shaped once per thread: the pictures rendered off the
    // GUI thread draw the same labels and many of the same numbers at every step. A line that does
    // not fit the rectangle is clipped to it, as drawText does; word-wrapped text goes to drawText.
    static void drawLine(QPainter &painter, const QRectF &rect, int flags, const QString &text);
    // The size drawLine gives a line of text in `font` on `device` (its advance by its height),
    // from the same per-thread cache, so that measuring and then drawing shapes it once.
    static QSizeF lineSize(const QFont &font, const QPaintDevice *device, const QString &text);
    // One line given as pieces drawn side by side, placed in `rect` by `flags` as drawLine places
    // a whole line. For a line with a new number in it at every step ("W2 = " and "0.3517"): the
    // words stay cached and only the number is shaped, where the whole line would be shaped anew.
    static void drawPieces(QPainter &painter, const QRectF &rect, int flags, const QStringList &pieces);
    // The advance of such a line.
    static qreal piecesAdvance(const QFont &font, const QPaintDevice *device, const QStringList &pieces);

private:
    // Enough for every piece of a few steps' formulas; past it the cache starts afresh rather
    // than grow with every number a long run shows.
    static constexpr qsizetype MaxPerFont = 4096;

    static Shaped shape(const QString &text, const QFont &font, const QPaintDevice *device);
    static const Shaped &shapedOnThisThread(const QFont &font, const QPaintDevice *device, const QString &text);

    // What is cached for one font at one resolution.
    struct Slot
    {
        QFont font;
        int dpiX = 0; // 0: shaped for the screen (no device)
        int dpiY = 0;
        QHash<QString, Shaped> shaped;

        const Shaped &get(const QString &text, const QPaintDevice *device);
    };

    std::vector<Slot> m_slots;
};

} // namespace deltatrace
