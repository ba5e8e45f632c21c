// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shapedtextcache.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <QVarLengthArray>

#include <algorithm>

namespace deltatrace {

void ShapedTextCache::setFonts(std::vector<QFont> fonts)
{
    m_slots.clear();
    for (QFont &font : fonts) {
        Slot slot;
        slot.font = std::move(font);
        m_slots.push_back(std::move(slot));
    }
}

const ShapedTextCache::Shaped &ShapedTextCache::Slot::get(const QString &text, const QPaintDevice *device)
{
    if (const auto found = shaped.constFind(text); found != shaped.constEnd())
        return *found;
    if (shaped.size() >= MaxPerFont)
        shaped.clear();
    return *shaped.insert(text, shape(text, font, device));
}

ShapedTextCache::Shaped ShapedTextCache::shape(const QString &text, const QFont &font, const QPaintDevice *device)
{
    // One unwrapped line: its advance is the one QFontMetricsF measures, and its glyph runs
    // are what QPainter::drawText would draw (the fallback fonts' runs included).
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setFlags(QTextOption::IncludeTrailingSpaces); // as drawText does for unwrapped text
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e9);
    layout.endLayout();
    Shaped s;
    if (line.isValid()) {
        s.advance = line.horizontalAdvance();
        s.ascent = line.ascent();
        s.height = line.height();
        s.runs = layout.glyphRuns();
    }
    return s;
}

const ShapedTextCache::Shaped &ShapedTextCache::shaped(int font, const QString &text)
{
    return m_slots[static_cast<std::size_t>(font)].get(text, nullptr);
}

const ShapedTextCache::Shaped &ShapedTextCache::shapedOnThisThread(const QFont &font, const QPaintDevice *device,
                                                                    const QString &text)
{
    // One cache per thread, for each font at each resolution it drew in lately.
    thread_local std::vector<Slot> perThread;
    const int dpiX = device->logicalDpiX();
    const int dpiY = device->logicalDpiY();
    auto slot = std::find_if(perThread.begin(), perThread.end(),
                             [&](const Slot &s) { return s.dpiX == dpiX && s.dpiY == dpiY && s.font == font; });
    if (slot == perThread.end()) {
        if (perThread.size() >= 16) // fonts of an earlier size or language
            perThread.erase(perThread.begin());
        Slot fresh;
        fresh.font = font;
        fresh.dpiX = dpiX;
        fresh.dpiY = dpiY;
        perThread.push_back(std::move(fresh));
        slot = perThread.end() - 1;
    }
    return slot->get(text, device);
}

QSizeF ShapedTextCache::lineSize(const QFont &font, const QPaintDevice *device, const QString &text)
{
    const Shaped &s = shapedOnThisThread(font, device, text);
    return {s.advance, s.height};
}

void ShapedTextCache::drawLine(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    const QPaintDevice *device = painter.device();
    if ((flags & Qt::TextWordWrap) || device == nullptr || text.isEmpty()) {
        painter.drawText(rect, flags, text);
        return;
    }
    const Shaped &s = shapedOnThisThread(painter.font(), device, text);
    // A line larger than its rectangle is placed by the same rule as one that fits, and clipped
    // to the rectangle, as drawText does (qt_format_text). It is common: a Korean fallback font
    // makes the line taller than a row sized to the Latin font, although its ink fits.
    const bool clipped = !(flags & Qt::TextDontClip) && (s.advance > rect.width() || s.height > rect.height());
    if (clipped) {
        painter.save();
        painter.setClipRect(rect, Qt::IntersectClip);
    }
    // Placed as QPainter::drawText places one line (qt_format_text).
    qreal x = rect.x();
    if (flags & Qt::AlignRight)
        x += rect.width() - s.advance;
    else if (flags & Qt::AlignHCenter)
        x += (rect.width() - s.advance) / 2;
    qreal y = rect.y();
    if (flags & Qt::AlignBottom)
        y += rect.height() - s.height;
    else if (flags & Qt::AlignVCenter)
        y += (rect.height() - s.height) / 2;
    draw(painter, s, QPointF(x, y + s.ascent));
    if (clipped)
        painter.restore();
}

qreal ShapedTextCache::piecesAdvance(const QFont &font, const QPaintDevice *device, const QStringList &pieces)
{
    qreal advance = 0;
    for (const QString &piece : pieces)
        advance += lineSize(font, device, piece).width();
    return advance;
}

void ShapedTextCache::drawPieces(QPainter &painter, const QRectF &rect, int flags, const QStringList &pieces)
{
    QVarLengthArray<qreal, 4> widths;
    qreal total = 0;
    for (const QString &piece : pieces) {
        widths.append(lineSize(painter.font(), painter.device(), piece).width());
        total += widths.back();
    }
    qreal x = rect.x();
    if (flags & Qt::AlignRight)
        x += rect.width() - total;
    else if (flags & Qt::AlignHCenter)
        x += (rect.width() - total) / 2;
    const int vertical = flags & Qt::AlignVertical_Mask;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        drawLine(painter, QRectF(x, rect.y(), widths[i], rect.height()), Qt::AlignLeft | vertical, pieces[i]);
        x += widths[i];
    }
}

void ShapedTextCache::draw(QPainter &painter, const Shaped &shaped, QPointF baseline)
{
    // The runs' positions are relative to the line's top-left corner, its baseline `ascent` below.
    const QPointF origin(baseline.x(), baseline.y() - shaped.ascent);
    for (const QGlyphRun &run : shaped.runs)
        painter.drawGlyphRun(origin, run);
}

} // namespace deltatrace
