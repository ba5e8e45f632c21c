// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkdialog.h"

#include "tour.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deltatrace {

BookmarkDialog::BookmarkDialog(const QStringList &views, QWidget *parent)
    : QDialog(parent), m_ko(new QPlainTextEdit(this)), m_en(new QPlainTextEdit(this)), m_view(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bookmarkDialog"));
    setWindowTitle(tr("Add Bookmark"));
    m_ko->setObjectName(QStringLiteral("bookmarkKorean"));
    m_en->setObjectName(QStringLiteral("bookmarkEnglish"));
    m_view->setObjectName(QStringLiteral("bookmarkView"));
    for (QPlainTextEdit *edit : {m_ko, m_en}) {
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(tr("What to say at this stop (plain text)"));
    }
    // The views by the names the window gives them.
    const QStringList titles = {tr("Network"), tr("Input Plane"), tr("Training Charts"), tr("Code"), tr("Trace Table")};
    m_view->addItem(tr("(as it is)"), QString());
    for (qsizetype i = 0; i < views.size(); ++i)
        m_view->addItem(i < titles.size() ? titles[i] : views[i], views[i]);

    auto *form = new QFormLayout;
    form->addRow(tr("Note in Korean:"), m_ko);
    form->addRow(tr("Note in English:"), m_en);
    form->addRow(tr("Show:"), m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A tour stop at the position shown, with a note in one language or both."), this));
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ko, &QPlainTextEdit::textChanged, this, &BookmarkDialog::updateOk);
    connect(m_en, &QPlainTextEdit::textChanged, this, &BookmarkDialog::updateOk);
    updateOk();
}

LocalizedText BookmarkDialog::note() const
{
    // The same bounds as a tour file's, so that what is added here can be saved and read again.
    const auto text = [](const QPlainTextEdit *edit) {
        QString s = edit->toPlainText().trimmed().left(Tour::MaxNoteChars);
        s.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        s.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != QLatin1Char('\n'); });
        return s;
    };
    return LocalizedText{text(m_ko), text(m_en)};
}

QString BookmarkDialog::view() const { return m_view->currentData().toString(); }

void BookmarkDialog::updateOk()
{
    const LocalizedText text = note();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.ko.isEmpty() || !text.en.isEmpty());
}

} // namespace deltatrace
