// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesview.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace deltatrace {

NotesView::NotesView(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

NotesView::~NotesView() = default;

void NotesView::setParagraphs(const QList<Paragraph> &paragraphs)
{
    if (paragraphs == m_paragraphs)
        return;
    const int before = heightForWidth(width());
    m_paragraphs = paragraphs;
    m_key.clear();
    for (const Paragraph &p : m_paragraphs)
        m_key += QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(p.color.name(), p.text.toHtmlEscaped());
    // Most notes are a line or two: a note of the same height leaves the panel's layout alone.
    if (heightForWidth(width()) != before)
        updateGeometry();
    update();
}

QString NotesView::plainText() const
{
    QStringList lines;
    for (const Paragraph &p : m_paragraphs)
        lines << p.text;
    return lines.join(QLatin1Char('\n'));
}

QTextDocument &NotesView::document(int width) const
{
    std::shared_ptr<QTextDocument> &slot = m_documents[m_key];
    if (!slot) {
        if (m_documents.size() > MaxCached) {
            m_documents.clear();
            return document(width);
        }
        slot = std::make_shared<QTextDocument>();
        slot->setDocumentMargin(0); // as a label's text sits
        slot->setDefaultFont(font());
        slot->setHtml(m_key);
    }
    if (slot->textWidth() != width)
        slot->setTextWidth(width);
    return *slot;
}

int NotesView::heightForWidth(int width) const
{
    if (m_paragraphs.isEmpty())
        return 0;
    return static_cast<int>(std::ceil(document(std::max(1, width)).size().height()));
}

QSize NotesView::sizeHint() const
{
    // As wide as the longest paragraph on one line, up to about sixty characters; the panel
    // gives it its own width, and the height follows (heightForWidth).
    if (m_paragraphs.isEmpty())
        return {0, 0};
    const QFontMetricsF fm(font());
    QTextDocument &doc = document(std::max(1, width()));
    const int ideal = static_cast<int>(std::ceil(std::min(doc.idealWidth(), fm.averageCharWidth() * 60)));
    return {ideal, heightForWidth(ideal)};
}

QSize NotesView::minimumSizeHint() const
{
    // As a word-wrapped label's: narrow, and as tall as the paragraphs on one line each; the
    // height at the width given comes from heightForWidth.
    if (m_paragraphs.isEmpty())
        return {0, 0};
    const QFontMetricsF fm(font());
    const int narrow = static_cast<int>(std::ceil(fm.averageCharWidth() * 16));
    return {narrow, heightForWidth(QWIDGETSIZE_MAX)};
}

void NotesView::paintEvent(QPaintEvent *event)
{
    if (m_paragraphs.isEmpty())
        return;
    QPainter p(this);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.clip = QRectF(event->rect());
    document(width()).documentLayout()->draw(&p, context);
}

void NotesView::changeEvent(QEvent *event)
{
    // Laid out in the old font: lay out again.
    if (event->type() == QEvent::FontChange) {
        m_documents.clear();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void NotesView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_paragraphs.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy as text"), this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    menu.exec(event->globalPos());
}

} // namespace deltatrace
