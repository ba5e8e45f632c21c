#include "shapedtextcache.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace deltatrace {

void ShapedTextCache::setFonts(std::vector<QFont> fonts)
{
    m_fonts = std::move(fonts);
    m_shaped.assign(m_fonts.size(), {});
}

const ShapedTextCache::Shaped &ShapedTextCache::shaped(int font, const QString &text)
{
    QHash<QString, Shaped> &cache = m_shaped[static_cast<std::size_t>(font)];
    if (const auto found = cache.constFind(text); found != cache.constEnd())
        return *found;
    if (cache.size() >= MaxPerFont)
        cache.clear();
    // One unwrapped line: its advance is the one QFontMetricsF measures, and its glyph runs
    // are what QPainter::drawText would draw (the fallback fonts' runs included).
    QTextLayout layout(text, m_fonts[static_cast<std::size_t>(font)]);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
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
        s.runs = layout.glyphRuns();
    }
    return *cache.insert(text, std::move(s));
}

void ShapedTextCache::draw(QPainter &painter, const Shaped &shaped, QPointF baseline)
{
    // The runs' positions are relative to the line's top-left corner, its baseline `ascent` below.
    const QPointF origin(baseline.x(), baseline.y() - shaped.ascent);
    for (const QGlyphRun &run : shaped.runs)
        painter.drawGlyphRun(origin, run);
}

} // namespace deltatrace
