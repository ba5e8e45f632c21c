// Lesson narratives are data, not code: only images beside the lesson file load.
#include "narrativebrowser.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using deltatrace::NarrativeBrowser;

class TestNarrativeBrowser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString lessonDir() const { return m_root.filePath(QStringLiteral("lessons")); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("lessons/sub")));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_root.filePath(QStringLiteral("lessons/boundary.png"))));
        QVERIFY(image.save(m_root.filePath(QStringLiteral("outside.png"))));
        QVERIFY(image.save(m_root.filePath(QStringLiteral("lessons/sub/deeper.png"))));
        QVERIFY(QFile::link(m_root.filePath(QStringLiteral("outside.png")), m_root.filePath(QStringLiteral("lessons/link.png"))));
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("loads");
        QTest::newRow("image beside the lesson") << QStringLiteral("boundary.png") << true;
        QTest::newRow("same, written ./") << QStringLiteral("./boundary.png") << true;
        QTest::newRow("network URL") << QStringLiteral("http://example.com/boundary.png") << false;
        QTest::newRow("https URL") << QStringLiteral("https://example.com/x.png") << false;
        QTest::newRow("file URL") << QStringLiteral("file:///etc/hostname") << false;
        QTest::newRow("absolute path") << m_root.filePath(QStringLiteral("outside.png")) << false;
        QTest::newRow("escape with ..") << QStringLiteral("../outside.png") << false;
        QTest::newRow("symlink out of the folder") << QStringLiteral("link.png") << false;
        QTest::newRow("subfolder") << QStringLiteral("sub/deeper.png") << false;
        QTest::newRow("missing file") << QStringLiteral("nothing.png") << false;
        QTest::newRow("Qt resource") << QStringLiteral("qrc:/i18n/deltatrace_ko.qm") << false;
    }
    void imageReferences()
    {
        QFETCH(QString, reference);
        QFETCH(bool, loads);
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("![figure](%1)").arg(reference), lessonDir());
        const QVariant loaded = browser.loadResource(QTextDocument::ImageResource, QUrl(reference));
        QCOMPARE(loaded.isValid() && !loaded.value<QImage>().isNull(), loads);
    }

    void noImagesWithoutALessonFolder()
    {
        // A narrative replayed from a trace file has no folder: nothing may load.
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("![figure](boundary.png)"), QString());
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("boundary.png"))).isValid());
    }

    void stylesheetsAndDocumentsNeverLoad()
    {
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("text"), lessonDir());
        QVERIFY(!browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("boundary.png"))).isValid());
        QVERIFY(!browser.loadResource(QTextDocument::HtmlResource, QUrl(QStringLiteral("boundary.png"))).isValid());
    }

    void markdownRenders()
    {
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("## 델타 규칙\n\n**v** = W x"), lessonDir());
        QVERIFY(browser.toPlainText().contains(QStringLiteral("델타 규칙")));
        QVERIFY(!browser.toPlainText().contains(QLatin1Char('#')));
    }
};

QTEST_MAIN(TestNarrativeBrowser)
#include "tst_narrativebrowser.moc"
