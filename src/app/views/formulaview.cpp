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

#include <algorithm>
#include <cmath>

namespace deltatrace {

namespace {
enum FontIndex { Normal, Bold, Script, ScriptBold };
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

qreal FormulaView::placeMatrix(const FormulaPiece &p, qreal x, qreal axisY, bool measureOnly, qreal *top, qreal *bottom)
{
    const QColor ink = palette().color(QPalette::Text);
    const int fontIndex = p.emphasized ? Bold : Normal;
    const QFontMetricsF mfm(m_text.font(fontIndex));
    // Spacing from the font's height, not its space: some fonts (Korean ones among
    // them) have very narrow spaces.
    const qreal em = mfm.height();
    const qreal rowHeight = mfm.height();
    const qreal vpad = rowHeight * 0.12;
    const qreal serif = std::max(3.0, mfm.height() * 0.26);
    const qreal outer = em * 0.15;     // between the bracket and what stands beside it
    const qreal inner = em * 0.45;     // between the bracket and the numbers
    const qreal columnGap = em * 0.75; // between columns
    std::vector<QString> texts(p.values.size());
    std::vector<qreal> widths(static_cast<size_t>(p.cols), 0.0);
    for (size_t i = 0; i < p.values.size(); ++i) {
        texts[i] = FormulaBuilder::displayNumber(p.values[i]);
        const size_t c = i % static_cast<size_t>(p.cols);
        widths[c] = std::max(widths[c], advance(fontIndex, texts[i]));
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
    const QFontMetricsF fm(m_text.font(Normal));
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
        int fontIndex = script ? Script : Normal;
        if (p.kind == FormulaPiece::Kind::Number && p.emphasized)
            fontIndex = script ? ScriptBold : Bold;
        const QFontMetricsF pfm(m_text.font(fontIndex));
        const QString text = p.kind == FormulaPiece::Kind::Number ? FormulaBuilder::displayNumber(p.value) : p.text;
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
            if (p.kind == FormulaPiece::Kind::Number && !std::isfinite(p.value))
                color = ValueColors::notFinite();
            m_glyphs.push_back({QPointF(x, baseline), shaped, color});
        }
        const qreal width = shaped.advance;
        x += width;
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
    std::vector<QFont> fonts(4, font());
    fonts[Bold].setBold(true);
    for (int i : {int(Script), int(ScriptBold)}) {
        if (font().pointSizeF() > 0)
            fonts[static_cast<size_t>(i)].setPointSizeF(font().pointSizeF() * 0.72);
        else
            fonts[static_cast<size_t>(i)].setPixelSize(std::max(6, qRound(font().pixelSize() * 0.72)));
    }
    fonts[ScriptBold].setBold(true);
    m_text.setFonts(std::move(fonts));
}

void FormulaView::relayout()
{
    updateFonts();
    m_glyphs.clear();
    m_lines.clear();

    const QFontMetricsF fm(m_text.font(Normal));
    m_penWidth = std::max(1.0, std::round(fm.height() / 14.0));
    const qreal margin = std::ceil(m_penWidth) + 1;
    const qreal lineGap = fm.height() * 0.3;
    const QString equals = QStringLiteral(" = ");
    const qreal equalsWidth = advance(Normal, equals);

    qreal lhsAbove = 0, lhsBelow = 0;
    const qreal lhsWidth = m_formula.aligned ? placeLine(m_formula.lhs, 0, 0, true, &lhsAbove, &lhsBelow) : 0.0;
    const qreal contentX = margin + (m_formula.aligned ? lhsWidth + equalsWidth : 0.0);

    qreal y = margin;
    qreal right = contentX;
    const QColor ink = palette().color(QPalette::Text);
    for (size_t i = 0; i < m_formula.lines.size(); ++i) {
        qreal above = 0, below = 0;
        placeLine(m_formula.lines[i], 0, 0, true, &above, &below);
        if (i == 0 && m_formula.aligned) {
            above = std::max(above, lhsAbove);
            below = std::max(below, lhsBelow);
        }
        const qreal axisY = y + above;
        if (m_formula.aligned) {
            if (i == 0)
                placeLine(m_formula.lhs, margin, axisY, false, nullptr, nullptr);
            m_glyphs.push_back({QPointF(margin + lhsWidth, axisY + fm.strikeOutPos()), m_text.shaped(Normal, equals), ink});
        }
        right = std::max(right, contentX + placeLine(m_formula.lines[i], contentX, axisY, false, nullptr, nullptr));
        y = axisY + below + (i + 1 < m_formula.lines.size() ? lineGap : 0.0);
    }
    m_size = QSize(static_cast<int>(std::ceil(right + margin)), static_cast<int>(std::ceil(y + margin)));
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
    menu.exec(event->globalPos());
}

} // namespace deltatrace
