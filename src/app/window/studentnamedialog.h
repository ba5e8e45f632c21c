// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <cstdint>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace deltatrace {

// Asks a student for their name before the exercises (Lesson ▸ Start as Student…). The seed
// of the run comes from the name (StudentSeed), as with --student NAME, so that each student
// works out other numbers and the teacher, given the name, records the same run to grade it.
// The seed is shown as the name is typed; OK needs a name.
class StudentNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StudentNameDialog(const QString &name, QWidget *parent = nullptr);

    // The name as typed, spaces at the ends and runs of spaces inside dropped.
    QString name() const;
    std::uint32_t seed() const;

    QLineEdit *nameEdit() const { return m_name; }
    QString seedText() const;

private:
    void nameChanged();

    QLineEdit *m_name;
    QLabel *m_seed;
    QDialogButtonBox *m_buttons;
};

} // namespace deltatrace
