// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: in Korean, a refused lesson or trace file is explained in Korean to the end. The
// details that the core composes (the JSON syntax, the lesson format, the trace file) are
// translated like the window's own words, with the file's name and the place kept, no English
// left over, and no machine-made particle such as "ce1.dtrace을(를)" after a name. The
// translation is read as the application reads it (LanguageManager, the embedded catalogue).
#include "coursefixtures.h"
#include "fileactions.h"
#include "jsonlocator.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "regularfile.h"
#include "settings.h"
#include "tracefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace deltatrace;

namespace {

QByteArray lessonBytes()
{
    QFile file(QStringLiteral(DELTATRACE_LESSONS "/01-delta-rule.lesson.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A real trace of a short delta-rule run, as DeltaTrace writes it.
QByteArray traceBytes(const QString &scratch)
{
    const std::optional<Trace> trace = Trainer::record(fixtures::courseSpec(Rule::DeltaRule, fixtures::andTargets(), 5));
    const QString path = scratch + QStringLiteral("/good.dtrace");
    QString error;
    if (!trace || !TraceFile::write(*trace, path, &error, TraceFile::Storage::Checkpoints))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The "file:line:column: " of a lesson message at the first occurrence of `at`.
QString placeOf(const QString &name, const QByteArray &bytes, const QByteArray &at)
{
    return name + QLatin1Char(':') + JsonLocator::position(bytes, bytes.indexOf(at)).toString() + QStringLiteral(": ");
}

} // namespace

class TestKoreanErrors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("ko"));
        QCOMPARE(m_languages->language(), QStringLiteral("ko"));
        m_window = std::make_unique<MainWindow>(m_languages.get(), m_settings.get());
        m_window->setFullScreenAllowed(false);
        QVERIFY(m_window->loadLessonDirectory(QStringLiteral(DELTATRACE_LESSONS)) >= 3);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void refusalsAreKorean_data()
    {
        QTest::addColumn<QString>("name");        // the file's name
        QTest::addColumn<QByteArray>("bytes");    // its content; empty: the file does not exist
        QTest::addColumn<QString>("place");       // what the message must contain besides the name
        QTest::addColumn<QStringList>("english"); // words of the English detail that must not show

        const QByteArray lesson = lessonBytes();
        QVERIFY(!lesson.isEmpty());
        const QByteArray trace = traceBytes(m_dir.path());
        QVERIFY(!trace.isEmpty());
        const QString folder = m_dir.path() + QLatin1Char('/');

        // Cut inside the lesson id's string: "invalid JSON: the file ends inside a string".
        const QByteArray cut = lesson.left(lesson.indexOf("\"01-delta-rule\"") + 5);
        QTest::newRow("JSON cut inside a string")
            << QStringLiteral("cut.lesson.json") << cut << QString()
            << QStringList{QStringLiteral("invalid JSON"), QStringLiteral("ends inside"), QStringLiteral("cut short")};
        QTest::newRow("missing lesson file")
            << QStringLiteral("missing.lesson.json") << QByteArray() << folder + QStringLiteral("missing.lesson.json: ")
            << QStringList{QStringLiteral("no such file")};
        QByteArray wrongType = lesson;
        wrongType.replace(wrongType.indexOf("\"alpha\": 0.9"), 12, "\"alpha\": \"0.9\"");
        QTest::newRow("alpha is a string")
            << QStringLiteral("alpha.lesson.json") << wrongType
            << placeOf(folder + QStringLiteral("alpha.lesson.json"), wrongType, "\"0.9\"")
            << QStringList{QStringLiteral("must be"), QStringLiteral("a number"), QStringLiteral("not the string")};
        QByteArray untyped = lesson;
        untyped.replace(untyped.indexOf("\"format\": \"deltatrace-lesson\""), 29, "\"format\": 1");
        QTest::newRow("format is a number")
            << QStringLiteral("format.lesson.json") << untyped
            << placeOf(folder + QStringLiteral("format.lesson.json"), untyped, "1,")
            << QStringList{QStringLiteral("must be"), QStringLiteral("not the number"), QStringLiteral("this is not")};

        // The trace's header names a rule that does not exist (same length: the sizes still agree).
        QByteArray unknownRule = trace;
        QVERIFY(unknownRule.contains("\"rule\":\"delta-rule\""));
        unknownRule.replace("\"rule\":\"delta-rule\"", "\"rule\":\"delta-rulz\"");
        QTest::newRow("trace header with an unknown rule")
            << QStringLiteral("rule.dtrace") << unknownRule << QStringLiteral("'delta-rulz'")
            << QStringList{QStringLiteral("invalid header"), QStringLiteral("unknown rule"), QStringLiteral("expected")};
        // The header's length runs past the end of the file: refused at byte 12, where it is.
        QByteArray longHeader = trace;
        const quint32 huge = 0x00100000;
        std::memcpy(longHeader.data() + 12, &huge, sizeof huge);
        QTest::newRow("trace header longer than the file")
            << QStringLiteral("header.dtrace") << longHeader << QStringLiteral("12)")
            << QStringList{QStringLiteral("header length"), QStringLiteral("goes beyond"), QStringLiteral("at byte")};
        QTest::newRow("missing trace file")
            << QStringLiteral("missing.dtrace") << QByteArray() << folder + QStringLiteral("missing.dtrace: ")
            << QStringList{QStringLiteral("no such file")};
    }

    void refusalsAreKorean()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, place);
        QFETCH(QStringList, english);
        const QString path = m_dir.filePath(name);
        if (!bytes.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }

        QVERIFY(!m_window->fileActions()->openFile(path));
        const QString message = m_window->errorText();
        const QByteArray shown = message.toUtf8();
        QVERIFY2(message.contains(name), shown.constData());
        if (name.endsWith(QLatin1String(".lesson.json")) && place.isEmpty())
            QVERIFY2(QRegularExpression(QRegularExpression::escape(path) + QStringLiteral(":\\d+:\\d+: ")).match(message).hasMatch(),
                     shown.constData());
        QVERIFY2(message.contains(place), shown.constData());
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))), shown.constData());

        // What is left once the names are taken out is Korean: no words of the English detail,
        // no two English words in a row (identifiers such as backprop-ce stay as they are).
        QString words = message;
        words.remove(path).remove(name);
        for (const QString &word : english)
            QVERIFY2(!words.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" in ") + message));
        const QRegularExpression englishPhrase(QStringLiteral("\\b[A-Za-z]{2,} [A-Za-z]{2,}\\b"));
        QVERIFY2(!englishPhrase.match(words).hasMatch(), qPrintable(englishPhrase.match(words).captured() + QStringLiteral(" in ") + message));

        // No particle written for both endings, and none right after the file's name.
        for (const char *both : {"을(를)", "를(을)", "이(가)", "가(이)", "은(는)", "는(은)", "(으)로", "와(과)", "과(와)"})
            QVERIFY2(!message.contains(QString::fromUtf8(both)), shown.constData());
        QVERIFY2(!message.contains(QRegularExpression(QRegularExpression::escape(name) + QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))),
                 shown.constData());
    }

    // The system's words for a failed call, in Korean for the errors a learner meets, and the
    // system's own (C locale) words in English.
    void systemErrorsAreKorean()
    {
        for (const int error : {EACCES, ENOSPC, EROFS}) {
            const QString said = RegularFile::systemError(error);
            QVERIFY2(said.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))), qPrintable(said));
        }
        m_languages->setLanguage(QStringLiteral("en"));
        QCOMPARE(RegularFile::systemError(EACCES), QString::fromLocal8Bit(std::strerror(EACCES)));
        m_languages->setLanguage(QStringLiteral("ko"));
    }

    // The same refusal in English is the core's own English, untouched.
    void englishStaysEnglish()
    {
        m_languages->setLanguage(QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("absent.lesson.json"));
        QVERIFY(!m_window->fileActions()->openFile(path));
        QCOMPARE(m_window->errorText(), QStringLiteral("Could not open the lesson file: %1: no such file").arg(path));
        m_languages->setLanguage(QStringLiteral("ko"));
    }
};

QTEST_MAIN(TestKoreanErrors)
#include "tst_koreanerrors.moc"
