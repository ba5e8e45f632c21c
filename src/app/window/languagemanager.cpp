// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace deltatrace {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager() { removeTranslators(); }

QStringList LanguageManager::available() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    // uiLanguages is the user's ordered preference; the first of ours that appears wins.
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &language : preferred) {
        if (language.startsWith(QLatin1String("ko")))
            return QStringLiteral("ko");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString LanguageManager::resolve(const QString &requested)
{
    if (requested.startsWith(QLatin1String("ko")))
        return QStringLiteral("ko");
    if (requested.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return systemLanguage();
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

void LanguageManager::setLanguage(const QString &requested)
{
    m_requested = requested == QLatin1String("ko") || requested == QLatin1String("en") ? requested : QString();
    const QString language = resolve(requested);
    const bool changed = language != m_language;
    m_language = language;

    removeTranslators();
    // The English .qm is empty (the sources are English) but loading it keeps both languages
    // on one path; Qt's own catalogue exists only for Korean here.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/deltatrace_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    QLocale::setDefault(QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    // Reinstalling the translators already sent LanguageChange to every widget; the signal is
    // for what is not a widget's own text (lesson titles and narratives, chosen by code).
    if (changed)
        emit languageChanged(m_language);
}

} // namespace deltatrace
