// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "quantity.h"
#include "runlisting.h"

#include <QList>
#include <QPlainTextEdit>

#include <optional>

class QAction;

namespace deltatrace {

class PythonHighlighter;

// An experiment's numpy listing, read-only, with line numbers in a gutter. The line computing
// the current operation is tinted and marked with an arrow in the gutter (as Python Tutor marks
// the line just executed), and scrolled into view. The text is monospace at the size of font(),
// so presenter mode and zooming enlarge it.
//
// Long lines wrap at the widget's width (the line number stands by the first row only), so the
// highlighted line can be read in full in a narrow panel. "Hide comments" (context menu,
// remembered in QSettings "codeListing/hideComments") hides comment-only lines and trailing
// comments; the other lines keep their numbers.
class CodeListingView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeListingView(QWidget *parent = nullptr);

    void setCode(const QList<CodeLine> &code);
    // The listing of the run shown: its seed, alpha and epochs written in, each value that
    // differs from the lesson's own marked, with the lesson's value in its tooltip.
    void setListing(const RunListing &listing);
    // The values marked as changed, in order.
    const std::vector<RunListing::Value> &changedValues() const { return m_changed; }
    const QList<CodeLine> &code() const { return m_code; }
    void setCurrentQuantity(std::optional<Quantity> q);
    std::optional<Quantity> currentQuantity() const { return m_current; }
    // The listing line (0-based) being highlighted, or -1.
    int highlightedLine() const { return m_highlighted; }

    // Whether the highlighted line is fully inside the viewport.
    bool isHighlightedLineVisible() const;
    // Where the highlighted line is, in this widget's coordinates (gutter included); empty if none.
    QRect highlightedLineRect() const;
    // The rows the highlighted line wraps into, each as wide as its text, in viewport coordinates.
    QList<QRectF> highlightedLineRows() const;
    // The line number the gutter shows at `y` (this widget's coordinates), or 0 where none is.
    int lineNumberAt(int y) const;

    QSize sizeHint() const override;

    // Whether comment-only lines and trailing comments are hidden.
    bool commentsHidden() const { return m_commentsHidden; }
    void setCommentsHidden(bool hidden);
    // The checkable "Hide comments" action of the context menu, for a window's menu too.
    QAction *hideCommentsAction() const { return m_hideComments; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeListingGutter;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void applyFont();
    void applyHighlight();
    void scrollToHighlight();
    void retranslate();
    // The listing's text into the document, comments hidden or not.
    void showCode();

    QTextEdit::ExtraSelection highlightSelection(int line) const;

    QList<CodeLine> m_code;
    std::vector<RunListing::Value> m_changed;
    std::optional<Quantity> m_current;
    int m_highlighted = -1;
    QWidget *m_gutter;
    PythonHighlighter *m_highlighter;
    QAction *m_hideComments;
    bool m_commentsHidden = false;
};

} // namespace deltatrace
