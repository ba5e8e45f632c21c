// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Korean and English: the translators switch at run time, widgets follow, and the Korean
// catalogue is complete.
#include "languagemanager.h"
#include "parameterspanel.h"
#include "steppingtoolbar.h"

#include <QAction>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace deltatrace;

namespace {

QString translate(const char *context, const char *source) { return QCoreApplication::translate(context, source); }

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool plural = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.plural)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("language");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("ko");
        QTest::newRow("Korean with a region") << QStringLiteral("ko_KR") << QStringLiteral("ko");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("British English") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("system") << QString() << LanguageManager::systemLanguage();
    }
    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, language);
        QCOMPARE(LanguageManager::resolve(requested), language);
    }

    void switchesTranslatorsAtRunTime()
    {
        LanguageManager manager;
        QSignalSpy spy(&manager, &LanguageManager::languageChanged);
        manager.setLanguage(QStringLiteral("ko"));
        QCOMPARE(manager.language(), QStringLiteral("ko"));
        QCOMPARE(manager.requested(), QStringLiteral("ko"));
        QCOMPARE(spy.count(), 1);
        // Ours, embedded from resources/deltatrace_ko.ts ...
        QCOMPARE(translate("deltatrace::SteppingToolbar", "Next operation"), QStringLiteral("다음 연산"));
        QCOMPARE(translate("deltatrace::ParametersPanel", "&Run"), QStringLiteral("실행(&R)"));
        // ... and Qt's own, for standard dialogs.
        QCOMPARE(translate("QProgressDialog", "Cancel"), QStringLiteral("취소"));
        QCOMPARE(QLocale().language(), QLocale::Korean);

        manager.setLanguage(QStringLiteral("en"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(translate("deltatrace::SteppingToolbar", "Next operation"), QStringLiteral("Next operation"));
        QCOMPARE(translate("QProgressDialog", "Cancel"), QStringLiteral("Cancel"));
        // The same language again changes nothing.
        manager.setLanguage(QStringLiteral("en"));
        QCOMPARE(spy.count(), 2);
        // Follow the system: nothing requested, a language resolved.
        manager.setLanguage(QString());
        QCOMPARE(manager.requested(), QString());
        QCOMPARE(manager.language(), LanguageManager::systemLanguage());
    }

    void widgetsRetranslate()
    {
        LanguageManager manager;
        manager.setLanguage(QStringLiteral("en"));
        ParametersPanel panel;
        StepController controller;
        SteppingToolbar toolbar(&controller);
        QCOMPARE(panel.runButton()->text(), QStringLiteral("&Run"));
        QCOMPARE(toolbar.action(SteppingToolbar::Action::PreviousSample)->text(), QStringLiteral("Previous sample"));
        manager.setLanguage(QStringLiteral("ko"));
        QTRY_COMPARE(panel.runButton()->text(), QStringLiteral("실행(&R)"));
        QTRY_COMPARE(toolbar.action(SteppingToolbar::Action::PreviousSample)->text(), QStringLiteral("이전 샘플"));
        QCOMPARE(toolbar.stepText(), QStringLiteral("실행 없음"));
        manager.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(panel.runButton()->text(), QStringLiteral("&Run"));
        QCOMPARE(toolbar.stepText(), QStringLiteral("No run"));
    }

    // Every string of the interface has a finished Korean translation keeping its placeholders.
    void koreanCatalogueIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(DELTATRACE_RESOURCES "/deltatrace_ko.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type != QLatin1String("unfinished"), qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                if (m.type.isEmpty() && placeholders(m.source) != placeholders(t))
                    QFAIL(qPrintable(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + t));
            }
            // Korean means Hangul, except for strings that are names or symbols only.
            const bool symbolic = !QString(m.source).remove(QStringLiteral("DeltaTrace")).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")));
            if (!symbolic && m.type.isEmpty())
                QVERIFY2(m.translations.first().contains(hangul), qPrintable(QStringLiteral("not Korean: ") + where));
        }
    }

    void englishCatalogueIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(DELTATRACE_RESOURCES "/deltatrace_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message &m : messages)
            QVERIFY2(m.type != QLatin1String("unfinished"), qPrintable(m.context + QStringLiteral(": ") + m.source));
    }

    void koreanFontIsAvailable()
    {
        // Without a Hangul font Korean shows as empty boxes; fonts-nanum provides one.
        const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
        QVERIFY(!families.isEmpty());
        QVERIFY(QFontMetrics(QFont(families.first())).inFontUcs4(0xB2E4)); // '다'
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
