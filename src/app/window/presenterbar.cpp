// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterbar.h"

#include "untrustedtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace deltatrace {

PresenterBar::PresenterBar(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterBar"));
    m_title->setObjectName(QStringLiteral("presenterTitle"));
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    UntrustedText::makePlainLabel(m_title);
    // The title wraps rather than being cut; the hint is short and keeps its one line.
    m_title->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_hint);
    retranslate();
}

void PresenterBar::setTitle(const QString &title) { m_title->setText(title); }
QString PresenterBar::title() const { return m_title->text(); }
QString PresenterBar::hintText() const { return m_hint->text(); }

void PresenterBar::retranslate() { m_hint->setText(tr("V: next picture · Esc/F5: leave")); }

void PresenterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
