// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formulabuilder.h"
#include "pictureexporter.h"
#include "shapedtextcache.h"

#include <QFont>
#include <QWidget>

#include <vector>

namespace deltatrace {

// Paints a Formula: the aligned "lhs = ..." lines, numbers (results in bold, non-finite ones in
// the not-finite colour), sub- and superscripts, and matrices between drawn brackets with their
// columns right-aligned. Everything is measured from font(), so presenter mode and zooming
// scale it.
//
// Given a box (setFitBox), it wraps: a long line breaks before an operator or between matrices and
// goes on indented under its first row, and a row vector too wide for a row of its own is drawn as
// a column. Given several scales (setScales), it takes the largest at which the formula fits the
// box, so that a big formula in a small panel is drawn smaller rather than cut or scrolled. Where
// it fits at no scale with a line per step, its steps run together ("v₁ = W₁ x = [..][..] = [..]"),
// first whole lines side by side, then as one run wrapped anywhere: a wide and short box (a
// presenter's panel) then holds it without scrolling.
//
// Why not a QLabel with rich text: Qt's rich-text engine lays out nested tables in several
// passes, and a QLabel lays its text out several times more, far too slow to follow a move
// through a run. This view measures once per formula and paints from that.
class FormulaView : public QWidget
{
    Q_OBJECT
public:
    explicit FormulaView(QWidget *parent = nullptr);

    void setFormula(Formula formula);
    const Formula &formula() const { return m_formula; }
    QString plainText() const { return FormulaBuilder::plainText(m_formula); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Grow-only sizing: the size hint is the largest of the formulas shown since the last
    // resetGrowth(). Stepping through a run (one operation at sample after sample, whose numbers
    // differ in width) then keeps the layout still, instead of moving everything below the
    // formula and rescaling the scroll bar at every move (which cost more than painting the
    // formula itself).
    void setGrowOnly(bool growOnly);
    void resetGrowth();

    // Wrap at `width` pixels (0: never) and, with setScales, take the largest scale whose layout
    // is at most `height` pixels tall (0: any height) as well as fitting the width.
    void setFitBox(int width, int height);
    // Sizes to try, as factors of font(), largest first; {1} by default.
    void setScales(std::vector<qreal> scales);
    // The smallest font a number may be drawn in (sub- and superscript numbers included); the
    // scripts of symbols ("1" of W₁) may be smaller. An invalid font: no floor.
    void setNumberFloor(const QFont &font);
    // The scale the formula is drawn at, and whether it fits the box at that scale.
    qreal scale() const;
    bool fits() const { return m_fits; }
    // Whether its steps run together rather than a line each, to fit the box.
    bool runsTogether() const { return m_joined != Join::None; }
    // The widget rectangle of every piece of text as laid out for the last paint (numbers inside
    // matrices included; brackets are lines, not text).
    QList<QRectF> paintedTextRects() const;
    // Paints the formula as laid out into any painter, in widget coordinates: paintEvent() paints
    // the widget with it, picture() an SVG or PNG (the glyphs stay outlines, the brackets lines).
    void paintFormula(QPainter &painter) const;
    // The formula as shown now, to save (its context menu) or print.
    PictureExporter::Picture picture() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Glyphs
    {
        QPointF baseline;
        ShapedTextCache::Shaped text;
        QColor color;
    };

    void relayout();
    // Lays the formula out at the current font base and fit width; places it (fills m_glyphs and
    // m_lines) when `place`, else only measures. Returns the size and the widest row's right edge.
    QSizeF layout(bool place, qreal *widest);
    // The formula's lines as laid out: its own, or run together as m_joined says (`first`: where
    // the first line starts, `hang`: the others, `right`: the right edge).
    std::vector<std::vector<FormulaPiece>> joinedLines(qreal first, qreal hang, qreal right);
    // One formula line cut into rows that fit between `first` (the first row's start), `indent`
    // (the other rows') and `right`; row vectors too wide for any row become columns.
    std::vector<std::vector<FormulaPiece>> breakLine(const std::vector<FormulaPiece> &pieces, qreal first, qreal indent,
                                                     qreal right);
    // The fonts (normal, bold, script, script bold) follow font(); a new one empties the cache.
    void updateFonts();
    qreal advance(int font, const QString &text) { return m_text.shaped(m_fontBase + font, text).advance; }
    // Measures a run of pieces placed with its axis (the middle of "=" and "−") at axisY,
    // starting at x; appends what to draw unless `measureOnly`. Returns the width, and the
    // extent above and below the axis.
    qreal placeLine(const std::vector<FormulaPiece> &pieces, qreal x, qreal axisY, bool measureOnly, qreal *above,
                    qreal *below);
    // A matrix between drawn brackets, its columns right-aligned, as placeLine places a piece:
    // returns its width and widens the extent above and below the axis to hold it.
    qreal placeMatrix(const FormulaPiece &p, qreal x, qreal axisY, bool measureOnly, qreal *top, qreal *bottom);

    Formula m_formula;
    ShapedTextCache m_text;
    QFont m_fontsFor; // the font() m_text's fonts were made from
    std::vector<Glyphs> m_glyphs;
    std::vector<QLineF> m_lines;
    qreal m_penWidth = 1.0;
    QSize m_size;        // what the current formula needs
    QSize m_grownSize;   // the largest m_size since resetGrowth(), when growing only
    bool m_growOnly = false;
    std::vector<qreal> m_scales{1.0};
    QFont m_numberFloor;
    int m_fitWidth = 0;
    int m_fitHeight = 0;
    int m_fontBase = 0; // the first of the chosen scale's fonts in m_text
    bool m_fits = true;
    bool m_compact = false; // matrices with less air, lines hanging at the left edge
    // How the lines are laid out: a line each; a line going on after the one before where both fit
    // side by side ("... = ..."); all of them one run, wrapped where it must.
    enum class Join { None, Lines, All };
    Join m_joined = Join::None;
};

} // namespace deltatrace
