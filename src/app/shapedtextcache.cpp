#include "shapedtextcache.h"

#include <algorithm>

#include <QPainter>
#include <QPaintDevice>
#include <QTextLayout>
#include <QTextOption>

namespace deltatrace {

void ShapedTextCache::setFonts(std::vector<QFont> fonts)
{
    m_fonts = std::move(fonts);
    m_shaped.assign(m_fonts.size(), {});
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
    QHash<QString, Shaped> &cache = m_shaped[static_cast<std::size_t>(font)];
    if (const auto found = cache.constFind(text); found != cache.constEnd())
        return *found;
    if (cache.size() >= MaxPerFont)
        cache.clear();
    return *cache.insert(text, shape(text, m_fonts[static_cast<std::size_t>(font)], nullptr));
}

const ShapedTextCache::Shaped &ShapedTextCache::shapedOnThisThread(const QFont &font, const QPaintDevice *device,
                                                                    const QString &text)
{
    // One cache per thread, for each font at each resolution it drew in lately.
    struct Entry
    {
        QFont font;
        int dpiX = 0;
        int dpiY = 0;
        QHash<QString, Shaped> shaped;
    };
    thread_local std::vector<Entry> caches;
    const int dpiX = device->logicalDpiX();
    const int dpiY = device->logicalDpiY();
    auto entry = std::find_if(caches.begin(), caches.end(),
                              [&](const Entry &e) { return e.dpiX == dpiX && e.dpiY == dpiY && e.font == font; });
    if (entry == caches.end()) {
        if (caches.size() >= 16) // fonts of an earlier size or language
            caches.erase(caches.begin());
        caches.push_back({font, dpiX, dpiY, {}});
        entry = caches.end() - 1;
    }
    auto found = entry->shaped.constFind(text);
    if (found == entry->shaped.constEnd()) {
        if (entry->shaped.size() >= MaxPerFont)
            entry->shaped.clear();
        found = entry->shaped.insert(text, shape(text, font, device));
    }
    return *found;
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
    if (s.advance > rect.width() || s.height > rect.height()) {
        painter.drawText(rect, flags, text);
        return;
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
}

void ShapedTextCache::draw(QPainter &painter, const Shaped &shaped, QPointF baseline)
{
    // The runs' positions are relative to the line's top-left corner, its baseline `ascent` below.
    const QPointF origin(baseline.x(), baseline.y() - shaped.ascent);
    for (const QGlyphRun &run : shaped.runs)
        painter.drawGlyphRun(origin, run);
}

} // namespace deltatrace
