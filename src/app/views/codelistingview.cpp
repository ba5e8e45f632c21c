// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistingview.h"

#include "pythonhighlighter.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <cmath>

namespace deltatrace {

namespace {

constexpr QChar Arrow(0x25B6); // ▶

QColor lineTint()
{
    // The shared highlight colour, softened so the syntax colours stay readable on top.
    const QColor h = ValueColors::highlight();
    auto mix = [](int c) { return (2 * c + 5 * 255) / 7; };
    return QColor(mix(h.red()), mix(h.green()), mix(h.blue()));
}

QColor arrowColor() { return ValueColors::highlight().darker(125); }

} // namespace

// The gutter: line numbers and the arrow at the current line. A child widget in the editor's
// left viewport margin, painted by the view (as in Qt's code editor example).
class CodeListingGutter : public QWidget
{
public:
    explicit CodeListingGutter(CodeListingView *view) : QWidget(view), m_view(view)
    {
        setObjectName(QStringLiteral("codeListingGutter"));
    }
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeListingView *m_view;
};

CodeListingView::CodeListingView(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new CodeListingGutter(this)), m_highlighter(new PythonHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeListingView::updateGutter);
    applyFont();
    retranslate();
}

void CodeListingView::setListing(const RunListing &listing)
{
    setCode(listing.code());
    for (const RunListing::Value &value : listing.values())
        if (value.changed)
            m_changed.push_back(value);
    applyHighlight();
}

void CodeListingView::setCode(const QList<CodeLine> &code)
{
    m_code = code;
    m_changed.clear();
    QStringList lines;
    lines.reserve(code.size());
    for (const CodeLine &line : code)
        lines << line.text;
    setPlainText(lines.join(QLatin1Char('\n')));
    m_highlighted = -1;
    setViewportMargins(gutterWidth(), 0, 0, 0);
    applyHighlight();
}

void CodeListingView::setCurrentQuantity(std::optional<Quantity> q)
{
    if (q == m_current && (m_highlighted >= 0 || !q))
        return;
    m_current = q;
    applyHighlight();
}

void CodeListingView::applyHighlight()
{
    const int previous = m_highlighted;
    int line = -1;
    if (m_current)
        for (int i = 0; i < m_code.size(); ++i)
            if (m_code[i].computes == m_current) {
                line = i;
                break;
            }
    m_highlighted = line;

    QList<QTextEdit::ExtraSelection> selections;
    if (line >= 0)
        selections << highlightSelection(line);
    // A value the run changed stands out in bold on the highlight colour, over the line's tint.
    for (const RunListing::Value &value : m_changed) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(ValueColors::highlight().lighter(150));
        mark.format.setFontWeight(QFont::Bold);
        mark.cursor = QTextCursor(document()->findBlockByNumber(value.line));
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, value.start);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, value.length);
        selections << mark;
    }
    setExtraSelections(selections);
    // The tint is an extra selection, which QPlainTextEdit paints itself. Of the gutter, only the
    // rows that change are repainted: the whole gutter overlaps the frame and the scroll bar, and
    // would repaint them with it at every step.
    for (int changed : {previous, line}) {
        if (changed < 0)
            continue;
        const QTextBlock block = document()->findBlockByNumber(changed);
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        m_gutter->update(0, static_cast<int>(std::floor(r.top())), m_gutter->width(), static_cast<int>(std::ceil(r.height())) + 1);
    }
    scrollToHighlight();
}

QTextEdit::ExtraSelection CodeListingView::highlightSelection(int line) const
{
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(lineTint());
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(document()->findBlockByNumber(line));
    selection.cursor.clearSelection();
    return selection;
}

bool CodeListingView::isHighlightedLineVisible() const
{
    if (m_highlighted < 0)
        return false;
    const QTextBlock block = document()->findBlockByNumber(m_highlighted);
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    return r.top() >= 0 && r.bottom() <= viewport()->height() + 0.5;
}

QRect CodeListingView::highlightedLineRect() const
{
    if (m_highlighted < 0)
        return {};
    const QTextBlock block = document()->findBlockByNumber(m_highlighted);
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    const QPoint origin = viewport()->geometry().topLeft();
    return QRect(0, qRound(r.top()) + origin.y(), origin.x() + viewport()->width(), qRound(r.height()));
}

void CodeListingView::scrollToHighlight()
{
    if (m_highlighted < 0 || isHighlightedLineVisible())
        return;
    // Without wrapping, the vertical scroll bar counts lines: centre the line, so the lines
    // around it (the loop it sits in) stay in sight.
    const QTextBlock first = document()->firstBlock();
    const qreal lineHeight = blockBoundingRect(first).height();
    const int visible = lineHeight > 0 ? static_cast<int>(viewport()->height() / lineHeight) : 1;
    verticalScrollBar()->setValue(std::max(0, m_highlighted - visible / 2));
}

int CodeListingView::gutterWidth() const
{
    const int lines = std::max(1, blockCount());
    int digits = 1;
    for (int n = lines; n >= 10; n /= 10)
        ++digits;
    const QFontMetrics fm(document()->defaultFont());
    return fm.horizontalAdvance(Arrow) + fm.horizontalAdvance(QLatin1Char('9')) * std::max(2, digits)
           + fm.averageCharWidth() * 2;
}

void CodeListingView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeListingView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    scrollToHighlight();
}

void CodeListingView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QColor base = palette().color(QPalette::Base);
    p.fillRect(event->rect(), base.darker(104));
    const QFont mono = document()->defaultFont();
    p.setFont(mono);
    const QFontMetrics fm(mono);
    const int arrowWidth = fm.horizontalAdvance(Arrow);
    const int pad = fm.averageCharWidth() / 2;

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            if (number == m_highlighted) {
                p.fillRect(QRectF(0, top, m_gutter->width(), height), lineTint());
                p.setPen(arrowColor());
                ShapedTextCache::drawLine(p, QRectF(pad, top, arrowWidth, height), Qt::AlignLeft | Qt::AlignVCenter, QString(Arrow));
                QFont bold = mono;
                bold.setBold(true);
                p.setFont(bold);
                p.setPen(palette().color(QPalette::Text));
            } else {
                p.setFont(mono);
                p.setPen(palette().color(QPalette::PlaceholderText));
            }
            ShapedTextCache::drawLine(p, QRectF(0, top, m_gutter->width() - pad, height), Qt::AlignRight | Qt::AlignVCenter,
                                      QString::number(number + 1));
        }
        block = block.next();
        top += height;
        ++number;
    }
}

void CodeListingView::applyFont()
{
    // Monospace, at the size the widget's own font has (presenter mode enlarges that).
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    else
        mono.setPixelSize(font().pixelSize());
    document()->setDefaultFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    m_gutter->update();
}

QSize CodeListingView::sizeHint() const
{
    const QFontMetrics fm(document()->defaultFont());
    return {gutterWidth() + fm.horizontalAdvance(QLatin1Char('x')) * 48, fm.lineSpacing() * 16};
}

bool CodeListingView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        for (const RunListing::Value &value : m_changed) {
            const int column = at.positionInBlock();
            if (at.blockNumber() == value.line && column >= value.start && column <= value.start + value.length) {
                QToolTip::showText(help->globalPos(),
                                   tr("This run's value. The lesson's listing says %1.").arg(value.lessonText.toHtmlEscaped()), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeListingView::retranslate()
{
    setPlaceholderText(tr("No code listing for this run."));
}

void CodeListingView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont(); // after the base class, which resets the document to font()
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace deltatrace
