// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistingview.h"

#include "pythonhighlighter.h"
#include "shapedtextcache.h"
#include "valuecolors.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QSettings>
#include <QTextLayout>
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

// Longer lines than this leave the listing unwrapped (see showCode).
constexpr qsizetype MaxWrappedLine = 1000;

const QString HideCommentsKey = QStringLiteral("codeListing/hideComments");

// Where a line's comment starts (a '#' outside string literals), or -1.
qsizetype commentStart(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return i;
        }
    }
    return -1;
}

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
    // Wrapped at the widget's width: a narrow panel still shows the whole highlighted line.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeListingView::updateGutter);
    m_hideComments = new QAction(this);
    m_hideComments->setObjectName(QStringLiteral("hideComments"));
    m_hideComments->setCheckable(true);
    m_commentsHidden = QSettings().value(HideCommentsKey, false).toBool();
    m_hideComments->setChecked(m_commentsHidden);
    connect(m_hideComments, &QAction::toggled, this, [this](bool hidden) {
        QSettings().setValue(HideCommentsKey, hidden);
        setCommentsHidden(hidden);
    });
    addAction(m_hideComments);
    applyFont();
    retranslate();
}

void CodeListingView::setCommentsHidden(bool hidden)
{
    m_hideComments->setChecked(hidden); // QSettings follow through the action
    if (hidden == m_commentsHidden)
        return;
    m_commentsHidden = hidden;
    showCode();
    m_highlighted = -1;
    applyHighlight();
}

void CodeListingView::showCode()
{
    // One block per listing line whatever is hidden, so block numbers stay line numbers: a
    // comment-only line becomes an invisible block, a trailing comment is cut off.
    QStringList lines;
    lines.reserve(m_code.size());
    for (const CodeLine &line : m_code) {
        QString text = line.text;
        if (m_commentsHidden) {
            if (const qsizetype at = commentStart(text); at >= 0)
                text = text.left(at);
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
        }
        lines << text;
    }
    // Wrapping lays a line out row by row at every width: a listing with a line far longer than
    // any real one (a damaged lesson file) is shown unwrapped instead, as it would take minutes.
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = std::max(longest, line.size());
    setLineWrapMode(longest <= MaxWrappedLine ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setPlainText(lines.join(QLatin1Char('\n')));
    if (m_commentsHidden) {
        for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
            const int n = block.blockNumber();
            if (n < m_code.size() && m_code[n].text.trimmed().startsWith(QLatin1Char('#')))
                block.setVisible(false);
        }
        document()->markContentsDirty(0, document()->characterCount());
    }
}

void CodeListingView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    menu->addAction(m_hideComments);
    menu->exec(event->globalPos());
    delete menu;
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
    showCode();
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

QList<QRectF> CodeListingView::highlightedLineRows() const
{
    QList<QRectF> rows;
    if (m_highlighted < 0)
        return rows;
    const QTextBlock block = document()->findBlockByNumber(m_highlighted);
    const QPointF origin = blockBoundingGeometry(block).translated(contentOffset()).topLeft();
    const QTextLayout *layout = block.layout();
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        const QTextLine row = layout->lineAt(i);
        rows.append(QRectF(origin.x() + row.x(), origin.y() + row.y(), row.naturalTextWidth(), row.height()));
    }
    return rows;
}

int CodeListingView::lineNumberAt(int y) const
{
    // As paintGutter places the numbers: by each visible line's first row.
    const qreal at = y - viewport()->geometry().top();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (r.top() > at)
            break;
        const QTextLayout *layout = block.layout();
        const qreal rowHeight = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : r.height();
        if (at < r.top() + rowHeight)
            return block.blockNumber() + 1;
    }
    return 0;
}

void CodeListingView::scrollToHighlight()
{
    if (m_highlighted < 0 || isHighlightedLineVisible())
        return;
    // The vertical scroll bar counts visual lines (wrapped rows, hidden lines none): centre the
    // line, so the lines around it (the loop it sits in) stay in sight; a line taller than the
    // viewport starts at its top.
    const QTextBlock block = document()->findBlockByNumber(m_highlighted);
    const qreal lineHeight = QFontMetricsF(document()->defaultFont()).lineSpacing();
    const int visible = lineHeight > 0 ? static_cast<int>(viewport()->height() / lineHeight) : 1;
    const int rows = std::max(1, block.lineCount());
    verticalScrollBar()->setValue(std::max(0, block.firstLineNumber() - std::max(0, (visible - rows) / 2)));
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
                const QTextLayout *layout = block.layout();
                const qreal rowHeight = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : height;
                ShapedTextCache::drawLine(p, QRectF(pad, top, arrowWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, QString(Arrow));
                QFont bold = mono;
                bold.setBold(true);
                p.setFont(bold);
                p.setPen(palette().color(QPalette::Text));
            } else {
                p.setFont(mono);
                p.setPen(palette().color(QPalette::PlaceholderText));
            }
            // By the first row of a wrapped line.
            const QTextLayout *layout = block.layout();
            const qreal rowHeight = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : height;
            ShapedTextCache::drawLine(p, QRectF(0, top, m_gutter->width() - pad, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                                      QString::number(number + 1));
            // The rows a long line wraps into carry a faint mark instead of a number: they go
            // on the line above, they are not lines of their own.
            if (layout && layout->lineCount() > 1) {
                // Drawn, not a glyph: not every monospace font has an arrow like ↪.
                p.setPen(QPen(palette().color(QPalette::PlaceholderText), std::max(1.0, fm.height() / 16.0)));
                const qreal w = fm.averageCharWidth();
                const qreal x = m_gutter->width() - pad - w * 1.5;
                for (int row = 1; row < layout->lineCount(); ++row) {
                    const QTextLine line = layout->lineAt(row);
                    const qreal middle = top + line.y() + line.height() / 2;
                    p.drawPolyline(QPolygonF({QPointF(x, middle - w * 0.6), QPointF(x, middle), QPointF(x + w * 1.2, middle)}));
                    p.drawPolyline(QPolygonF({QPointF(x + w * 0.8, middle - w * 0.35), QPointF(x + w * 1.2, middle),
                                              QPointF(x + w * 0.8, middle + w * 0.35)}));
                }
            }
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
    m_hideComments->setText(tr("Hide comments"));
    m_hideComments->setToolTip(tr("Hide comment lines and trailing comments; the other lines keep their numbers."));
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
