// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace deltatrace {

// Switches the language of the running application: our own strings (deltatrace_xx.qm,
// compiled from resources/*.ts and embedded under :/i18n) and Qt's own (qtbase_xx.qm, for
// standard dialogs and context menus). Installing a translator makes Qt send LanguageChange to
// every widget, which is where each one retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages the app ships, as codes: "ko", "en".
    static QStringList available();
    // The name of a language in itself ("한국어", "English"): never translated, so a learner
    // finds their language whatever the current one is.
    static QString nativeName(const QString &code);
    // "ko" when the system's UI languages put Korean before English, otherwise "en".
    static QString systemLanguage();
    // "ko"/"en" pass through; anything else ("", "system", "ko_KR") is resolved.
    static QString resolve(const QString &requested);

    // The language in use ("ko" or "en").
    QString language() const { return m_language; }
    // What the user asked for: "ko", "en" or empty for "follow the system".
    QString requested() const { return m_requested; }

public slots:
    // Empty follows the system. Returns through languageChanged once the translators are in.
    void setLanguage(const QString &requested);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    QString m_requested;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace deltatrace
