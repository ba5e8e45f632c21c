// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentnamedialog.h"

#include "inputlimits.h"
#include "studentseed.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deltatrace {

StudentNameDialog::StudentNameDialog(const QString &name, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Start as Student"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Type your name. Your starting weights come from it, so your numbers are your own; "
                                      "your teacher can record the same run from your name to check your answers."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("studentName"));
    m_name->setMaxLength(int(InputLimits::MaxTitleChars));
    m_name->setPlaceholderText(tr("Your name"));
    m_name->setAccessibleName(tr("Your name"));
    layout->addWidget(m_name);
    m_seed = new QLabel(this);
    m_seed->setObjectName(QStringLiteral("studentSeed"));
    layout->addWidget(m_seed);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &StudentNameDialog::nameChanged);
    nameChanged();
}

QString StudentNameDialog::name() const { return m_name->text().simplified(); }

std::uint32_t StudentNameDialog::seed() const { return StudentSeed::forName(name()); }

QString StudentNameDialog::seedText() const { return m_seed->text(); }

void StudentNameDialog::nameChanged()
{
    const bool given = !StudentSeed::normalizedName(name()).isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(given);
    m_seed->setText(given ? tr("Your seed: %1").arg(seed()) : QString());
}

} // namespace deltatrace
