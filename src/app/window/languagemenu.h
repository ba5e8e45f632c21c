// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace deltatrace {

class LanguageManager;
class Settings;

// The languages to choose from: the system's, then each available one in its own name. A choice
// switches the language at once and is remembered.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    // `languages` may be null (no switching; nothing is checked).
    LanguageMenu(LanguageManager *languages, Settings *settings, QWidget *parent = nullptr);

    void retranslate();
    // Checks the language asked for.
    void updateChecked();

private:
    LanguageManager *m_languages;
    Settings *m_settings;
    QActionGroup *m_group;
    QAction *m_systemLanguage;
};

} // namespace deltatrace
