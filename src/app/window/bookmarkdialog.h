// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace deltatrace {

// Add Bookmark: the note for a tour stop at the position shown, in Korean, in English or in
// both, and the view to bring forward there.
class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    // `views` are the names a stop may show (Tour::viewNames()).
    explicit BookmarkDialog(const QStringList &views, QWidget *parent = nullptr);

    LocalizedText note() const;
    QString view() const; // "" for none

    QPlainTextEdit *koreanEdit() const { return m_ko; }
    QPlainTextEdit *englishEdit() const { return m_en; }

private:
    void updateOk();

    QPlainTextEdit *m_ko;
    QPlainTextEdit *m_en;
    QComboBox *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace deltatrace
