// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QTextDocument;

namespace deltatrace {

// A few short paragraphs of explanation under a formula, word-wrapped to the view's width.
//
// Why not a QLabel: a rich-text label lays out its text document again for every new text, and
// once more when the panel's layout asks its size. Stepping by operation shows another note at
// almost every move, but there are only a dozen different ones in a lesson: each is laid out
// once here (per width and font) and painted from that, and the layout is told of a new note only
// when its height differs.
class NotesView : public QWidget
{
    Q_OBJECT
public:
    struct Paragraph
    {
        QString text;
        QColor color;
        bool operator==(const Paragraph &) const = default;
    };

    explicit NotesView(QWidget *parent = nullptr);
    ~NotesView() override;

    void setParagraphs(const QList<Paragraph> &paragraphs);
    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }
    // The paragraphs, one per line: what "Copy" puts on the clipboard.
    QString plainText() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The current paragraphs laid out at `width` (from the cache, or laid out now).
    QTextDocument &document(int width) const;

    // Past this many distinct notes (a long session in two languages) the cache starts afresh.
    static constexpr qsizetype MaxCached = 64;

    QList<Paragraph> m_paragraphs;
    QString m_key; // the paragraphs as HTML: the cache's key
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_documents;
};

} // namespace deltatrace
