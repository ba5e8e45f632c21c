// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturesizedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace deltatrace {

PictureSizeDialog::PictureSizeDialog(QSize onScreen, QSize initial, QWidget *parent)
    : QDialog(parent), m_onScreen(onScreen.expandedTo(QSize(1, 1)))
{
    setWindowTitle(tr("Picture Size"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    // Each side at most MaxSide, whichever is the longer: the other's range keeps the proportions.
    const qreal aspect = qreal(m_onScreen.width()) / m_onScreen.height();
    m_width->setRange(1, std::min(MaxSide, qRound(MaxSide * aspect)));
    m_height->setRange(1, std::min(MaxSide, qRound(MaxSide / aspect)));
    for (QSpinBox *box : {m_width, m_height})
        box->setSuffix(tr(" px"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    layout->addLayout(form);

    auto *presets = new QHBoxLayout;
    for (int factor = 1; factor <= 3; ++factor) {
        auto *button = new QPushButton(tr("%1×").arg(factor), this);
        button->setAutoDefault(false);
        button->setToolTip(tr("%1 times the size on screen").arg(factor));
        connect(button, &QPushButton::clicked, this, [this, factor] { setChosenSize(m_onScreen * factor); });
        presets->addWidget(button);
    }
    layout->addLayout(presets);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_width, &QSpinBox::valueChanged, this, &PictureSizeDialog::widthChanged);
    connect(m_height, &QSpinBox::valueChanged, this, &PictureSizeDialog::heightChanged);
    setChosenSize(initial);
}

QSize PictureSizeDialog::chosenSize() const { return {m_width->value(), m_height->value()}; }

void PictureSizeDialog::setChosenSize(QSize size)
{
    // The width leads; the height follows it in the picture's proportions.
    m_width->setValue(std::clamp(size.width(), 1, m_width->maximum()));
    widthChanged(m_width->value());
}

void PictureSizeDialog::widthChanged(int width)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int height = qRound(qreal(width) * m_onScreen.height() / m_onScreen.width());
    m_height->setValue(std::clamp(height, 1, m_height->maximum()));
    m_syncing = false;
}

void PictureSizeDialog::heightChanged(int height)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int width = qRound(qreal(height) * m_onScreen.width() / m_onScreen.height());
    m_width->setValue(std::clamp(width, 1, m_width->maximum()));
    m_syncing = false;
}

} // namespace deltatrace
