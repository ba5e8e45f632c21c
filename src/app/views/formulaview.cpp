// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaview.h"

#include "valuecolors.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace deltatrace {

namespace {
// The fonts of one scale; the scales' fonts follow each other in the text cache.
enum FontIndex { Normal, Bold, Script, ScriptNumber, ScriptNumberBold, FontsPerScale };

bool isRowVector(const FormulaPiece &p) { return p.kind == FormulaPiece::Kind::Matrix && p.rows == 1 && p.cols > 1; }

// Where a line may break: before an operator (" × ", " + ", " = "), after a space (between the
// words of a line of text, or between two matrices), between two matrices; never inside "(−0.5)",
// nor before a sub- or superscript.
bool mayBreakBefore(const std::vector<FormulaPiece> &pieces, size_t i)
{
    if (i == 0)
        return false;
    const FormulaPiece &p = pieces[i];
    const FormulaPiece &previous = pieces[i - 1];
    if (p.script != FormulaPiece::Script::Normal)
        return false;
    const bool isText = p.kind == FormulaPiece::Kind::Text;
    const bool previousText = previous.kind == FormulaPiece::Kind::Text;
    if (isText && (p.text.isEmpty() || p.text.startsWith(QLatin1Char(')'))))
        return false;
    if (previousText && previous.text.endsWith(QLatin1Char('(')))
        return false;
    if (isText && p.text.startsWith(QLatin1Char(' ')))
        return true;
    if (previousText && previous.text.endsWith(QLatin1Char(' ')))
        return true;
    return !isText && !previousText && p.kind == FormulaPiece::Kind::Matrix && previous.kind == FormulaPiece::Kind::Matrix;
}
} // namespace

FormulaView::FormulaView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Minimum);
    relayout();
}

void FormulaView::setFormula(Formula formula)
{
    m_formula = std::move(formula);
    relayout();
}

QSize FormulaView::sizeHint() const { return m_growOnly ? m_grownSize : m_size; }
QSize FormulaView::minimumSizeHint() const { return sizeHint(); }

void FormulaView::setGrowOnly(bool growOnly)
{
    m_growOnly = growOnly;
    resetGrowth();
}

void FormulaView::resetGrowth()
{
    m_grownSize = m_size;
    updateGeometry();
}

void FormulaView::setFitBox(int width, int height)
{
    if (width == m_fitWidth && height == m_fitHeight)
        return;
    m_fitWidth = std::max(0, width);
    m_fitHeight = std::max(0, height);
    m_grownSize = QSize(); // grown in another box: says nothing about this one
    relayout();
}

void FormulaView::setScales(std::vector<qreal> scales)
{
    if (scales.empty())
        scales = {1.0};
    if (scales == m_scales)
        return;
    m_scales = std::move(scales);
    m_text.setFonts({});
    m_grownSize = QSize();
    relayout();
}

void FormulaView::setNumberFloor(const QFont &font)
{
    if (font == m_numberFloor)
        return;
    m_numberFloor = font;
    m_text.setFonts({});
    relayout();
}

qreal FormulaView::scale() const { return m_scales[static_cast<size_t>(m_fontBase / FontsPerScale)]; }

QList<QRectF> FormulaView::paintedTextRects() const
{
    QList<QRectF> rects;
    for (const Glyphs &g : m_glyphs)
        if (g.text.advance > 0)
            rects.append(QRectF(g.baseline.x(), g.baseline.y() - g.text.ascent, g.text.advance, g.text.height));
    return rects;
}

qreal FormulaView::placeMatrix(const FormulaPiece &p, qreal x, qreal axisY, bool measureOnly, qreal *top, qreal *bottom)
{
    const QColor ink = palette().color(QPalette::Text);
    const int fontIndex = m_fontBase + (p.emphasized ? Bold : Normal);
    const QFontMetricsF mfm(m_text.font(fontIndex));
    // Spacing from the font's height, not its space: some fonts (Korean ones among
    // them) have very narrow spaces.
    const qreal em = mfm.height();
    const qreal rowHeight = mfm.height();
    const qreal vpad = rowHeight * 0.12;
    const qreal serif = std::max(3.0, mfm.height() * 0.26);
    // Compact: the last resort of a small view, where a little less air lets a matrix fit.
    const qreal outer = em * (m_compact ? 0.1 : 0.15);     // between the bracket and what stands beside it
    const qreal inner = em * (m_compact ? 0.2 : 0.45);     // between the bracket and the numbers
    const qreal columnGap = em * (m_compact ? 0.4 : 0.75); // between columns
    std::vector<QString> texts(p.values.size());
    std::vector<qreal> widths(static_cast<size_t>(p.cols), 0.0);
    for (size_t i = 0; i < p.values.size(); ++i) {
        texts[i] = FormulaBuilder::displayNumber(p.values[i]);
        const size_t c = i % static_cast<size_t>(p.cols);
        widths[c] = std::max(widths[c], m_text.shaped(fontIndex, texts[i]).advance);
    }
    qreal contentWidth = 0;
    for (qreal w : widths)
        contentWidth += w;
    contentWidth += columnGap * (p.cols - 1);
    const qreal height = p.rows * rowHeight + 2 * vpad;
    const qreal width = 2 * outer + 2 * inner + contentWidth;
    *top = std::max(*top, height / 2);
    *bottom = std::max(*bottom, height / 2);
    if (!measureOnly) {
        const qreal y0 = axisY - height / 2;
        const qreal y1 = axisY + height / 2;
        const qreal left = x + outer;
        const qreal right = x + width - outer;
        m_lines.push_back({QPointF(left, y0), QPointF(left, y1)});
        m_lines.push_back({QPointF(left, y0), QPointF(left + serif, y0)});
        m_lines.push_back({QPointF(left, y1), QPointF(left + serif, y1)});
        m_lines.push_back({QPointF(right, y0), QPointF(right, y1)});
        m_lines.push_back({QPointF(right - serif, y0), QPointF(right, y0)});
        m_lines.push_back({QPointF(right - serif, y1), QPointF(right, y1)});
        for (int r = 0; r < p.rows; ++r) {
            qreal columnRight = left + inner;
            for (int c = 0; c < p.cols; ++c) {
                columnRight += widths[static_cast<size_t>(c)];
                const size_t i = static_cast<size_t>(r * p.cols + c);
                const qreal baseline = y0 + vpad + r * rowHeight + mfm.ascent();
                const QColor color = std::isfinite(p.values[i]) ? ink : ValueColors::notFinite();
                const ShapedTextCache::Shaped &shaped = m_text.shaped(fontIndex, texts[i]);
                m_glyphs.push_back({QPointF(columnRight - shaped.advance, baseline), shaped, color});
                columnRight += columnGap;
            }
        }
    }
    return width;
}

qreal FormulaView::placeLine(const std::vector<FormulaPiece> &pieces, qreal x, qreal axisY, bool measureOnly, qreal *above,
                             qreal *below)
{
    const QFontMetricsF fm(m_text.font(m_fontBase + Normal));
    const qreal axis = fm.strikeOutPos();
    const qreal drop = fm.height() * 0.18;
    const qreal raise = fm.ascent() * 0.42;
    const QColor ink = palette().color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.55f);
    qreal top = fm.ascent() - axis;
    qreal bottom = fm.descent() + axis;
    const qreal start = x;

    for (const FormulaPiece &p : pieces) {
        if (p.kind == FormulaPiece::Kind::Matrix) {
            x += placeMatrix(p, x, axisY, measureOnly, &top, &bottom);
            continue;
        }

        const bool script = p.script != FormulaPiece::Script::Normal;
        const bool number = p.kind == FormulaPiece::Kind::Number;
        int fontIndex = Normal;
        if (script)
            fontIndex = number ? (p.emphasized ? ScriptNumberBold : ScriptNumber) : Script;
        else if (number && p.emphasized)
            fontIndex = Bold;
        fontIndex += m_fontBase;
        const QFontMetricsF pfm(m_text.font(fontIndex));
        const QString text = number ? FormulaBuilder::displayNumber(p.value) : p.text;
        qreal baseline = axisY + axis;
        if (p.script == FormulaPiece::Script::Sub)
            baseline += drop;
        else if (p.script == FormulaPiece::Script::Super)
            baseline -= raise;
        top = std::max(top, axisY - (baseline - pfm.ascent()));
        bottom = std::max(bottom, baseline + pfm.descent() - axisY);
        const ShapedTextCache::Shaped &shaped = m_text.shaped(fontIndex, text);
        if (!measureOnly && !text.isEmpty()) {
            QColor color = p.muted ? muted : ink;
            if (number && !std::isfinite(p.value))
                color = ValueColors::notFinite();
            m_glyphs.push_back({QPointF(x, baseline), shaped, color});
        }
        x += shaped.advance;
    }
    if (above)
        *above = top;
    if (below)
        *below = bottom;
    return x - start;
}

void FormulaView::updateFonts()
{
    if (m_text.fontCount() > 0 && m_fontsFor == font())
        return;
    m_fontsFor = font();
    const bool points = font().pointSizeF() > 0;
    const qreal size = points ? font().pointSizeF() : font().pixelSize();
    qreal floor = 0;
    if (m_numberFloor != QFont())
        floor = points ? m_numberFloor.pointSizeF() : m_numberFloor.pixelSize();
    auto sized = [&](qreal s, bool bold) {
        QFont f = font();
        if (points)
            f.setPointSizeF(s);
        else
            f.setPixelSize(std::max(6, qRound(s)));
        f.setBold(bold);
        return f;
    };
    std::vector<QFont> fonts;
    for (qreal scale : m_scales) {
        const qreal normal = size * scale;
        const qreal script = normal * 0.72;
        const qreal scriptNumber = std::min(normal, std::max(script, floor));
        fonts.push_back(sized(normal, font().bold()));
        fonts.push_back(sized(normal, true));
        fonts.push_back(sized(script, font().bold()));
        fonts.push_back(sized(scriptNumber, font().bold()));
        fonts.push_back(sized(scriptNumber, true));
    }
    m_text.setFonts(std::move(fonts));
}

std::vector<std::vector<FormulaPiece>> FormulaView::breakLine(const std::vector<FormulaPiece> &pieces, qreal first, qreal indent,
                                                              qreal right)
{
    // The runs between break points, each measured; a run wider than any row can hold has its
    // row vectors turned into columns (the numbers stay in their order).
    std::vector<std::vector<FormulaPiece>> runs;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (runs.empty() || mayBreakBefore(pieces, i))
            runs.emplace_back();
        runs.back().push_back(pieces[i]);
    }
    std::vector<qreal> widths;
    for (size_t r = 0; r < runs.size(); ++r) {
        qreal width = placeLine(runs[r], 0, 0, true, nullptr, nullptr);
        const qreal room = right - (r == 0 ? first : std::min(first, indent));
        if (width > room && std::any_of(runs[r].begin(), runs[r].end(), isRowVector)) {
            for (FormulaPiece &p : runs[r])
                if (isRowVector(p))
                    std::swap(p.rows, p.cols);
            width = placeLine(runs[r], 0, 0, true, nullptr, nullptr);
        }
        widths.push_back(width);
    }
    std::vector<std::vector<FormulaPiece>> rows(1);
    qreal x = first;
    for (size_t r = 0; r < runs.size(); ++r) {
        if (!rows.back().empty() && x + widths[r] > right) {
            rows.emplace_back();
            x = indent;
            // An operator starting a row needs no space before it.
            FormulaPiece &lead = runs[r].front();
            if (lead.kind == FormulaPiece::Kind::Text) {
                const qreal before = advance(Normal, lead.text);
                while (lead.text.startsWith(QLatin1Char(' ')) && lead.text.size() > 1)
                    lead.text.remove(0, 1);
                widths[r] -= before - advance(Normal, lead.text);
            }
        }
        rows.back().insert(rows.back().end(), runs[r].begin(), runs[r].end());
        x += widths[r];
    }
    return rows;
}

std::vector<std::vector<FormulaPiece>> FormulaView::joinedLines(qreal first, qreal hang, qreal right)
{
    FormulaPiece equals;
    equals.text = equals.plain = QStringLiteral(" = ");
    const qreal equalsWidth = advance(Normal, equals.text);
    std::vector<std::vector<FormulaPiece>> lines;
    qreal end = 0; // where the last line ends
    for (const std::vector<FormulaPiece> &line : m_formula.lines) {
        const qreal width = placeLine(line, 0, 0, true, nullptr, nullptr);
        if (!lines.empty() && (m_joined == Join::All || end + equalsWidth + width <= right)) {
            lines.back().push_back(equals);
            lines.back().insert(lines.back().end(), line.begin(), line.end());
            end += equalsWidth + width;
            continue;
        }
        lines.push_back(line);
        end = (lines.size() == 1 ? first : hang) + width;
    }
    return lines;
}

QSizeF FormulaView::layout(bool place, qreal *widest)
{
    const QFontMetricsF fm(m_text.font(m_fontBase + Normal));
    m_penWidth = std::max(1.0, std::round(fm.height() / 14.0));
    const qreal margin = std::ceil(m_penWidth) + 1;
    const qreal lineGap = fm.height() * 0.3;
    const qreal rowGap = fm.height() * 0.15;
    const QString equals = QStringLiteral(" = ");
    const qreal equalsWidth = advance(Normal, equals);
    const qreal right = m_fitWidth > 0 ? m_fitWidth - margin : std::numeric_limits<qreal>::max();

    qreal lhsAbove = 0, lhsBelow = 0;
    const qreal lhsWidth = m_formula.aligned ? placeLine(m_formula.lhs, 0, 0, true, &lhsAbove, &lhsBelow) : 0.0;
    const qreal contentX = margin + (m_formula.aligned ? lhsWidth + equalsWidth : 0.0);
    // Compact, the lines after the first hang at the left edge ("= ..." under the "W₁"), not
    // under the first line's right-hand side.
    const qreal hangX = m_compact ? margin + equalsWidth : contentX;
    // Continued rows go a little right of the line's start; where that leaves little room, they
    // start near the left edge instead.
    qreal indent = hangX + (m_formula.aligned ? fm.height() * 0.6 : 0.0);
    if (m_fitWidth > 0 && indent > m_fitWidth * 0.3)
        indent = margin + fm.height() * 0.6;

    std::vector<std::vector<FormulaPiece>> joined;
    if (m_joined != Join::None)
        joined = joinedLines(contentX, hangX, right);
    const std::vector<std::vector<FormulaPiece>> &lines = m_joined != Join::None ? joined : m_formula.lines;

    qreal y = margin;
    qreal maxRight = contentX;
    const QColor ink = palette().color(QPalette::Text);
    for (size_t i = 0; i < lines.size(); ++i) {
        const qreal lineX = i == 0 ? contentX : hangX;
        const auto rows = breakLine(lines[i], lineX, indent, right);
        for (size_t r = 0; r < rows.size(); ++r) {
            qreal above = 0, below = 0;
            placeLine(rows[r], 0, 0, true, &above, &below);
            if (i == 0 && r == 0 && m_formula.aligned) {
                above = std::max(above, lhsAbove);
                below = std::max(below, lhsBelow);
            }
            const qreal axisY = y + above;
            if (place && r == 0 && m_formula.aligned) {
                if (i == 0)
                    placeLine(m_formula.lhs, margin, axisY, false, nullptr, nullptr);
                m_glyphs.push_back({QPointF(lineX - equalsWidth, axisY + fm.strikeOutPos()),
                                    m_text.shaped(m_fontBase + Normal, equals), ink});
            }
            const qreal x = r == 0 ? lineX : indent;
            maxRight = std::max(maxRight, x + placeLine(rows[r], x, axisY, !place, nullptr, nullptr));
            const bool last = i + 1 == lines.size() && r + 1 == rows.size();
            y = axisY + below + (last ? 0.0 : r + 1 < rows.size() ? rowGap : lineGap);
        }
    }
    *widest = maxRight;
    return QSizeF(maxRight + margin, y + margin);
}

void FormulaView::relayout()
{
    updateFonts();
    m_glyphs.clear();
    m_lines.clear();

    // The first way that fits the box: a line per step at the largest scale that fits, else at
    // the smallest, compact; then the same with whole lines side by side, then with all of them
    // one run. What fits no way is laid out the way it is least tall at the smallest scale, no
    // wider than the box (or than a line per step), to scroll least.
    auto fitting = [this](QSizeF size) {
        return (m_fitWidth <= 0 || size.width() <= m_fitWidth + 0.5) && (m_fitHeight <= 0 || size.height() <= m_fitHeight + 0.5);
    };
    const int scales = static_cast<int>(m_scales.size());
    qreal widest = 0;
    auto measure = [&](Join join, bool compact, int scale) {
        m_joined = join;
        m_compact = compact;
        m_fontBase = scale * FontsPerScale;
        return layout(false, &widest);
    };
    const bool joinable = m_formula.aligned && m_formula.lines.size() > 1;
    bool found = false;
    for (Join join : {Join::None, Join::Lines, Join::All}) {
        if (join != Join::None && !joinable)
            break;
        for (int s = 0; s < scales && !found; ++s)
            found = fitting(measure(join, false, s));
        if (!found && m_formula.aligned)
            found = fitting(measure(join, true, scales - 1));
        if (found)
            break;
    }
    if (!found) {
        const QSizeF loose = measure(Join::None, false, scales - 1);
        const qreal widthLimit = std::max<qreal>(m_fitWidth > 0 ? m_fitWidth : 0, loose.width()) + 0.5;
        Join bestJoin = Join::None;
        bool bestCompact = false;
        qreal bestHeight = loose.height();
        for (Join join : {Join::None, Join::All}) {
            for (bool compact : {false, true}) {
                if ((join != Join::None && !joinable) || (compact && !m_formula.aligned))
                    continue;
                const QSizeF size = measure(join, compact, scales - 1);
                if (size.width() <= widthLimit && size.height() < bestHeight) {
                    bestJoin = join;
                    bestCompact = compact;
                    bestHeight = size.height();
                }
            }
        }
        m_joined = bestJoin;
        m_compact = bestCompact;
    }
    const QSizeF size = layout(true, &widest);
    m_fits = fitting(size);
    m_size = QSize(static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height())));
    if (m_fitWidth > 0 && m_size.width() > m_fitWidth && size.width() <= m_fitWidth + 0.5)
        m_size.setWidth(m_fitWidth);
    const QSize grown = m_grownSize.expandedTo(m_size);
    if (!m_growOnly || grown != m_grownSize) {
        m_grownSize = grown;
        updateGeometry();
    }
    update();
}

void FormulaView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintFormula(p);
}

void FormulaView::paintFormula(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QColor currentColor;
    for (const Glyphs &g : m_glyphs) {
        if (g.color != currentColor) {
            p.setPen(g.color);
            currentColor = g.color;
        }
        ShapedTextCache::draw(p, g.text, g.baseline);
    }
    QPen pen(palette().color(QPalette::Text), m_penWidth);
    pen.setCapStyle(Qt::SquareCap);
    p.setPen(pen);
    p.drawLines(m_lines.data(), static_cast<int>(m_lines.size()));
    p.restore();
}

void FormulaView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_grownSize = QSize(); // sizes measured in the old font say nothing now
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        relayout();
}

void FormulaView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy as text"), this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    menu.addSeparator();
    PictureExporter::addActions(menu, this, [this] { return picture(); });
    menu.exec(event->globalPos());
}

PictureExporter::Picture FormulaView::picture() const
{
    PictureExporter::Picture picture = PictureExporter::Picture::of(this, QStringLiteral("formula"));
    picture.paint = [view = QPointer<const FormulaView>(this)](QPainter &p, qreal) {
        if (view)
            view->paintFormula(p);
    };
    return picture;
}

} // namespace deltatrace
