// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "languagemanager.h"
#include "settings.h"

#include <QActionGroup>

namespace deltatrace {

LanguageMenu::LanguageMenu(LanguageManager *languages, Settings *settings, QWidget *parent)
    : QMenu(parent), m_languages(languages), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    m_systemLanguage = addAction(QString());
    m_systemLanguage->setObjectName(QStringLiteral("language-system"));
    // An empty code follows the system.
    m_systemLanguage->setData(QString());
    addSeparator();
    QList<QAction *> actions{m_systemLanguage};
    for (const QString &code : LanguageManager::available()) {
        QAction *a = addAction(LanguageManager::nativeName(code));
        a->setObjectName(QStringLiteral("language-%1").arg(code));
        a->setData(code);
        actions << a;
    }
    for (QAction *a : actions) {
        a->setCheckable(true);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] {
            const QString code = a->data().toString();
            m_settings->setLanguage(code);
            m_languages->setLanguage(code);
        });
    }
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System Language"));
}

void LanguageMenu::updateChecked()
{
    const QString requested = m_languages ? m_languages->requested() : QString();
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == requested);
}

} // namespace deltatrace
