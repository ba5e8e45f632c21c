// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>

class QAction;

namespace deltatrace {

// The keyboard shortcuts, listed from the actions themselves so that the list is never out of
// date: each action's keys and its text, in the order given; actions without keys are left out.
class ShortcutsDialog : public QMessageBox
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The list as an HTML table.
    static QString table(const QList<QAction *> &actions);
};

} // namespace deltatrace
