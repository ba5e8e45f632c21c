// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson narratives are data, not code: only images beside the lesson file load, nothing falls
// back to Qt opening a name itself, HTML stays text, and the worst Markdown within the bounds is
// laid out in well under a second.
#include "inputlimits.h"
#include "narrativebrowser.h"
#include "pixelprobe.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <sys/stat.h>

using deltatrace::InputLimits;
using deltatrace::NarrativeBrowser;

namespace {

// The colours of the test pictures: an image that must load is blue, one that must not is magenta.
const QColor Allowed(0x20, 0x40, 0xc0);
const QColor Forbidden(0xff, 0x00, 0xff);

QImage picture(const QColor &colour, int width = 24, int height = 24)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

using deltatrace::fixtures::showsColour;

// Shows `markdown` in a browser of a narrative pane's size, laid out in full and painted once.
// Returns the milliseconds that took: printed by the worst cases, never asserted (tests do not
// time anything; the machines are shared, and the sanitizer build is several times slower).
qint64 showAndLayOut(NarrativeBrowser &browser, const QString &markdown, const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    browser.showMarkdown(markdown, directory);
    browser.document()->documentLayout()->documentSize(); // the whole layout, not just what is visible
    browser.viewport()->grab();
    return timer.elapsed();
}

// `unit` repeated to `length` characters (whole units only).
QString repeated(const QString &unit, qsizetype length)
{
    QString text;
    text.reserve(length);
    while (text.size() + unit.size() <= length)
        text += unit;
    return text;
}

// Restores the working folder when it goes out of scope.
struct WorkingFolder
{
    QString saved = QDir::currentPath();
    explicit WorkingFolder(const QString &path) { QDir::setCurrent(path); }
    ~WorkingFolder() { QDir::setCurrent(saved); }
};

} // namespace

class TestNarrativeBrowser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString lessonDir() const { return m_root.filePath(QStringLiteral("lessons")); }
    QString path(const char *relative) const { return m_root.filePath(QLatin1String(relative)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("lessons/sub")));
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("cwd")));
        QVERIFY(picture(Allowed).save(path("lessons/boundary.png")));
        QVERIFY(picture(Forbidden).save(path("outside.png")));
        QVERIFY(picture(Forbidden).save(path("lessons/sub/deeper.png")));
        QVERIFY(picture(Forbidden).save(path("cwd/cwd.png")));
        QVERIFY(picture(Forbidden, NarrativeBrowser::MaxImageSide + 1, 1).save(path("lessons/too-wide.png")));
        QVERIFY(QFile::link(path("outside.png"), path("lessons/link.png")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path("lessons/zero.png")));
        QVERIFY(::mkfifo(QFile::encodeName(path("lessons/fifo.png")).constData(), 0600) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(path("outside-fifo.png")).constData(), 0600) == 0);
        QFile text(path("lessons/not-a-picture.png"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not a picture\n");
        text.close();
        // An SVG may name other files for Qt to read; narratives show pictures only.
        QFile svg(path("lessons/drawing.svg"));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"24\" "
                  "height=\"24\"><rect width=\"24\" height=\"24\" fill=\"#ff00ff\"/></svg>\n");
        svg.close();
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("loads");
        QTest::newRow("image beside the lesson") << QStringLiteral("boundary.png") << true;
        QTest::newRow("same, written ./") << QStringLiteral("./boundary.png") << true;
        QTest::newRow("network URL") << QStringLiteral("http://example.com/boundary.png") << false;
        QTest::newRow("https URL") << QStringLiteral("https://example.com/x.png") << false;
        QTest::newRow("file URL") << QUrl::fromLocalFile(path("outside.png")).toString() << false;
        QTest::newRow("file URL of /dev/zero") << QStringLiteral("file:///dev/zero") << false;
        QTest::newRow("absolute path") << path("outside.png") << false;
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << false;
        QTest::newRow("escape with ..") << QStringLiteral("../outside.png") << false;
        QTest::newRow("symlink out of the folder") << QStringLiteral("link.png") << false;
        QTest::newRow("symlink to /dev/zero") << QStringLiteral("zero.png") << false;
        QTest::newRow("FIFO beside the lesson") << QStringLiteral("fifo.png") << false;
        QTest::newRow("FIFO elsewhere") << path("outside-fifo.png") << false;
        QTest::newRow("relative to the working folder") << QStringLiteral("cwd.png") << false;
        QTest::newRow("subfolder") << QStringLiteral("sub/deeper.png") << false;
        QTest::newRow("missing file") << QStringLiteral("nothing.png") << false;
        QTest::newRow("not a picture") << QStringLiteral("not-a-picture.png") << false;
        QTest::newRow("SVG") << QStringLiteral("drawing.svg") << false;
        QTest::newRow("wider than allowed") << QStringLiteral("too-wide.png") << false;
        QTest::newRow("Qt resource") << QStringLiteral("qrc:/i18n/deltatrace_ko.qm") << false;
        QTest::newRow("data URL") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=") << false;
    }
    void imageReferences()
    {
        QFETCH(QString, reference);
        QFETCH(bool, loads);
        // The working folder holds cwd.png: Qt's own fallback would find it there.
        const WorkingFolder cwd(path("cwd"));
        NarrativeBrowser browser;
        browser.resize(360, 400);
        browser.show();
        showAndLayOut(browser, QStringLiteral("Before.\n\n![figure](%1)\n\nAfter.").arg(reference), lessonDir());
        // What the document holds for the reference is what was drawn: the picture or the placeholder.
        const QImage shown = browser.document()->resource(QTextDocument::ImageResource, QUrl(reference)).value<QImage>();
        QVERIFY(!shown.isNull());
        if (loads)
            QCOMPARE(shown.pixelColor(0, 0), Allowed);
        else
            QCOMPARE(shown, NarrativeBrowser::placeholderImage());
        QCOMPARE(showsColour(&browser, Allowed), loads);
        QVERIFY(!showsColour(&browser, Forbidden));
        // Asked directly, the view answers the same and never with nothing.
        const QVariant direct = browser.loadResource(QTextDocument::ImageResource, QUrl(reference));
        QVERIFY(direct.isValid());
        QCOMPARE(direct.value<QImage>() == NarrativeBrowser::placeholderImage(), !loads);
    }

    void noImagesWithoutALessonFolder()
    {
        // A narrative replayed from a trace file has no folder: nothing may load, not even an
        // image that Qt would find relative to the working folder.
        const WorkingFolder cwd(lessonDir());
        NarrativeBrowser browser;
        browser.resize(360, 400);
        browser.show();
        showAndLayOut(browser, QStringLiteral("![figure](boundary.png) ![escape](../outside.png)"), QString());
        QCOMPARE(browser.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("boundary.png"))).value<QImage>(),
                 NarrativeBrowser::placeholderImage());
        QVERIFY(!showsColour(&browser, Allowed));
        QVERIFY(!showsColour(&browser, Forbidden));
    }

    void imageReferencesAreBounded()
    {
        // However many references a narrative has, only the first few are looked up.
        NarrativeBrowser browser;
        QString markdown;
        for (int i = 0; i < NarrativeBrowser::MaxImageReferences; ++i)
            markdown += QStringLiteral("![%1](missing-%1.png)\n\n").arg(i);
        markdown += QStringLiteral("![late](boundary.png)");
        browser.showMarkdown(markdown, lessonDir());
        browser.document()->documentLayout()->documentSize();
        QCOMPARE(browser.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("boundary.png"))).value<QImage>(),
                 NarrativeBrowser::placeholderImage());
    }

    void otherResourcesNeverLoad()
    {
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("text"), lessonDir());
        for (int type : {int(QTextDocument::StyleSheetResource), int(QTextDocument::HtmlResource), int(QTextDocument::MarkdownResource)}) {
            // Empty, but not nothing: nothing would make Qt open the file itself.
            const QVariant loaded = browser.loadResource(type, QUrl(QStringLiteral("boundary.png")));
            QVERIFY(loaded.isValid());
            QVERIFY(loaded.toString().isEmpty());
            QVERIFY(browser.document()->resource(type, QUrl::fromLocalFile(path("outside.png"))).toString().isEmpty());
        }
    }

    void htmlStaysText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("image tag") << QStringLiteral("<img src=\"%1\">").arg(path("outside.png"));
        QTest::newRow("image tag inside a paragraph") << QStringLiteral("see <img src=\"%1\"> here").arg(path("outside.png"));
        QTest::newRow("table that hangs Qt's HTML layout") << QStringLiteral("<table cellpadding=100000000><tr><td>x</td></tr></table>");
        QTest::newRow("line height past the layout's range") << QStringLiteral("<p style=\"line-height:100000000px\">a</p>");
        QTest::newRow("huge font") << QStringLiteral("<span style=\"font-size:100000pt\">x</span>");
        QTest::newRow("style sheet link") << QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">").arg(path("outside.png"));
        QTest::newRow("background image") << QStringLiteral("<div style=\"background-image:url(%1)\">x</div>").arg(path("outside.png"));
    }
    void htmlStaysText()
    {
        QFETCH(QString, markdown);
        NarrativeBrowser browser;
        browser.resize(360, 400);
        browser.show();
        showAndLayOut(browser, markdown, lessonDir());
        QVERIFY(browser.refusal().isEmpty());
        // The tag is there to read, as written.
        const QString tag = QLatin1Char('<') + markdown.section(QLatin1Char('<'), 1, 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(browser.toPlainText().contains(tag), qPrintable(browser.toPlainText()));
        QVERIFY(!showsColour(&browser, Forbidden));
        QVERIFY(browser.document()->size().height() < 1000);
    }

    void inlineTags_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");           // a character of `text` whose format is checked, or -1
        QTest::addColumn<int>("alignment");    // its vertical alignment
        QTest::addColumn<bool>("bold");
        QTest::addColumn<bool>("italic");
        const int normal = QTextCharFormat::AlignNormal;
        const int sub = QTextCharFormat::AlignSubScript;
        const int sup = QTextCharFormat::AlignSuperScript;
        QTest::newRow("subscript") << QStringLiteral("x<sub>1</sub> + y") << QStringLiteral("x1 + y") << 1 << sub << false << false;
        QTest::newRow("after the subscript") << QStringLiteral("x<sub>1</sub> + y") << QStringLiteral("x1 + y") << 5 << normal << false << false;
        QTest::newRow("superscript") << QStringLiteral("e<sup>-v</sup>") << QStringLiteral("e-v") << 2 << sup << false << false;
        QTest::newRow("upper case") << QStringLiteral("x<SUB>2</SUB>") << QStringLiteral("x2") << 1 << sub << false << false;
        QTest::newRow("bold") << QStringLiteral("<b>W</b>x") << QStringLiteral("Wx") << 0 << normal << true << false;
        QTest::newRow("strong") << QStringLiteral("<strong>W</strong>x") << QStringLiteral("Wx") << 0 << normal << true << false;
        QTest::newRow("italic") << QStringLiteral("<i>v</i>") << QStringLiteral("v") << 0 << normal << false << true;
        QTest::newRow("em") << QStringLiteral("<em>v</em>") << QStringLiteral("v") << 0 << normal << false << true;
        QTest::newRow("nested") << QStringLiteral("<b>x<sub>1</sub></b>") << QStringLiteral("x1") << 1 << sub << true << false;
        QTest::newRow("line break") << QStringLiteral("a<br>b<br/>c") << QStringLiteral("a\u2028b\u2028c") << -1 << normal << false << false;
        QTest::newRow("unclosed stays text") << QStringLiteral("x<sub>1") << QStringLiteral("x<sub>1") << 1 << normal << false << false;
        QTest::newRow("unopened stays text") << QStringLiteral("x</sub>1") << QStringLiteral("x</sub>1") << -1 << normal << false << false;
        QTest::newRow("escaped stays text") << QStringLiteral("x\\<sub>1\\</sub>") << QStringLiteral("x<sub>1</sub>") << -1 << normal << false << false;
        QTest::newRow("in code stays text") << QStringLiteral("`x<sub>1</sub>`") << QStringLiteral("x<sub>1</sub>") << -1 << normal << false << false;
        QTest::newRow("in a code block stays text") << QStringLiteral("```\nx<sub>1</sub>\n```") << QStringLiteral("x<sub>1</sub>") << -1 << normal << false << false;
        QTest::newRow("other tags stay text") << QStringLiteral("<u>x</u> <font color=red>y</font>") << QStringLiteral("<u>x</u> <font color=red>y</font>") << -1 << normal << false << false;
        QTest::newRow("private-use marks in the text") << QStringLiteral("a\uE000b") << QStringLiteral("a\uFFFDb") << -1 << normal << false << false;
    }
    void inlineTags()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QFETCH(int, at);
        QFETCH(int, alignment);
        QFETCH(bool, bold);
        QFETCH(bool, italic);
        NarrativeBrowser browser;
        browser.showMarkdown(markdown, lessonDir());
        QCOMPARE(browser.document()->begin().text(), text);
        if (at < 0)
            return;
        QTextCursor cursor(browser.document());
        cursor.setPosition(at + 1); // the format of the character before the cursor
        QCOMPARE(int(cursor.charFormat().verticalAlignment()), alignment);
        QCOMPARE(cursor.charFormat().fontWeight() >= QFont::Bold, bold);
        QCOMPARE(cursor.charFormat().fontItalic(), italic);
    }

    void markdownRenders()
    {
        NarrativeBrowser browser;
        browser.showMarkdown(QStringLiteral("## 델타 규칙\n\n**v** = W x\n\n| a | b |\n| --- | --- |\n| 1 | 2 |"), lessonDir());
        QVERIFY(browser.refusal().isEmpty());
        QVERIFY(browser.toPlainText().contains(QStringLiteral("델타 규칙")));
        QVERIFY(!browser.toPlainText().contains(QLatin1Char('#')));
        QVERIFY(!browser.toPlainText().contains(QLatin1Char('|'))); // a table
        QCOMPARE(browser.document()->defaultFont(), browser.font());
    }

    void tooLargeIsRefusedInTheView_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("reason");
        QTest::newRow("longer than the window shows") << QString(NarrativeBrowser::MaxMarkdownChars + 1, QLatin1Char('a'))
                                                      << QStringLiteral("characters");
        QTest::newRow("a paragraph too long") << repeated(QStringLiteral("word "), NarrativeBrowser::MaxParagraphChars + 10)
                                              << QStringLiteral("paragraph has");
        QTest::newRow("a paragraph of too many runs") << repeated(QStringLiteral("*a* "), 4 * (NarrativeBrowser::MaxParagraphRuns + 1))
                                                      << QStringLiteral("changes its format");
        QTest::newRow("too many table cells") << QStringLiteral("| a |\n| --- |\n") + repeated(QStringLiteral("x\n"), 2 * NarrativeBrowser::MaxTableCells)
                                             << QStringLiteral("cells");
        QTest::newRow("too many combining marks") << QStringLiteral("a") + QString(NarrativeBrowser::MaxCombiningMarks + 1, QChar(0x0301))
                                                  << QStringLiteral("combining marks");
        QTest::newRow("a paragraph of too many directions") << repeated(QStringLiteral("a\u05D0 "), 3 * (NarrativeBrowser::MaxParagraphRuns + 1))
                                                            << QStringLiteral("direction");
    }
    void tooLargeIsRefusedInTheView()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, reason);
        NarrativeBrowser browser;
        browser.showMarkdown(markdown, lessonDir());
        QVERIFY2(browser.refusal().contains(reason), qPrintable(browser.refusal()));
        QVERIFY(browser.toPlainText().startsWith(QStringLiteral("This lesson text is not shown: ")));
        // The next narrative is shown again.
        browser.showMarkdown(QStringLiteral("fine"), lessonDir());
        QVERIFY(browser.refusal().isEmpty());
        QCOMPARE(browser.toPlainText(), QStringLiteral("fine"));
    }

    // The slowest Markdown we know of, as long as a narrative may be and as long as the window's
    // whole text may be (two narratives and two titles): each is shown, or refused in words, in
    // well under a second. The times are printed; the README quotes them.
    void worstCases_data()
    {
        QTest::addColumn<QString>("markdown");
        const QList<qsizetype> lengths = {InputLimits::MaxNarrativeChars, NarrativeBrowser::MaxMarkdownChars};
        for (const qsizetype n : lengths) {
            auto row = [n](const char *name, const QString &markdown) {
                QTest::addRow("%s, %lld characters", name, static_cast<long long>(markdown.size())) << markdown;
                Q_UNUSED(n);
            };
            const qsizetype p = NarrativeBrowser::MaxParagraphChars - 8; // a paragraph at the bound
            auto paragraphs = [n](const QString &paragraph) { return repeated(paragraph + QStringLiteral("\n\n"), n); };
            row("one unbreakable word", QString(n, QLatin1Char('a')));
            row("unbreakable words at the paragraph bound", paragraphs(QString(p, QLatin1Char('a'))));
            row("unbreakable Hangul at the paragraph bound", paragraphs(QString(p, QChar(0xAC00))));
            row("ordinary words at the paragraph bound", paragraphs(repeated(QStringLiteral("lorem ipsum "), p)));
            row("Latin and Hebrew alternating", repeated(QStringLiteral("a\u05D0"), n));
            // Paragraphs as long as allowed, with as many runs as allowed: the runs counted are
            // changes of format, script or direction, so each unit below adds two or four.
            const int two = NarrativeBrowser::MaxParagraphRuns / 2 - 2;
            const int four = NarrativeBrowser::MaxParagraphRuns / 4 - 2;
            row("Latin and Hebrew at both bounds", paragraphs(repeated(QString(p / four - 1, QLatin1Char('a')) + QChar(0x05D0), p)));
            row("emphasis *a", repeated(QStringLiteral("*a"), n));
            row("emphasis at both bounds", paragraphs(repeated(QStringLiteral("*") + QString(p / two - 3, QLatin1Char('a')) + QStringLiteral("* "), p)));
            row("strong **a", repeated(QStringLiteral("**a"), n));
            row("nested emphasis", repeated(QStringLiteral("*_"), n / 2) + repeated(QStringLiteral("_*"), n / 2));
            row("inline tags at both bounds", paragraphs(repeated(QStringLiteral("x<sub>1</sub>") + QString(p / four - 14, QLatin1Char('a')) + QLatin1Char(' '), p)));
            row("unclosed tags", repeated(QStringLiteral("<b>"), n));
            row("combining marks", QStringLiteral("a") + QString(n - 1, QChar(0x0301)));
            row("combining marks at the paragraph bound", paragraphs(QStringLiteral("a") + QString(p - 1, QChar(0x0301))));
            row("combining marks at both bounds",
                paragraphs(repeated(QStringLiteral("a") + QString(NarrativeBrowser::MaxCombiningMarks, QChar(0x0301)), p)));
            row("one line of nested quotes", QString(n - 2, QLatin1Char('>')) + QStringLiteral(" x"));
            row("nested quotes", [n] { QString s; for (int d = 1; s.size() + d + 3 < n; ++d) s += QString(d, QLatin1Char('>')) + QStringLiteral(" x\n"); return s; }());
            row("nested lists", [n] { QString s; for (int d = 0; s.size() + 2 * d + 4 < n; ++d) s += QString(2 * d, QLatin1Char(' ')) + QStringLiteral("- x\n"); return s; }());
            row("wide table", repeated(QStringLiteral("| a "), n / 2 - 2) + QStringLiteral("|\n") + repeated(QStringLiteral("| - "), n / 2 - 2) + QStringLiteral("|\n"));
            row("long table", QStringLiteral("| a | b |\n| --- | --- |\n") + repeated(QStringLiteral("| a | b |\n"), n - 24));
            row("long table of rows without '|'", QStringLiteral("| a |\n| --- |\n") + repeated(QStringLiteral("x\n"), n - 16));
            row("square table", [n] {
                const QString line = repeated(QStringLiteral("| a "), 4 * 128) + QStringLiteral("|\n");
                return line + repeated(QStringLiteral("| - "), 4 * 128) + QStringLiteral("|\n") + repeated(line, n - 2 * line.size());
            }());
            // Tables with as many cells as allowed: one long and narrow, one as wide as a
            // Markdown table can be, and many small ones.
            constexpr qsizetype cells = NarrativeBrowser::MaxTableCells;
            row("one column at the cell bound", QStringLiteral("| a |\n| --- |\n") + repeated(QStringLiteral("| a |\n"), 6 * (cells - 2)));
            row("128 columns at the cell bound", [] {
                const QString line = repeated(QStringLiteral("| a "), 4 * 128) + QStringLiteral("|\n");
                return line + repeated(QStringLiteral("| --- "), 6 * 128) + QStringLiteral("|\n")
                       + repeated(line, line.size() * (cells / 128 - 2));
            }());
            row("small tables at the cell bound", repeated(QStringLiteral("| a | b |\n| --- | --- |\n| c | d |\n\n"), 28 * (cells / 6)));
            row("images", repeated(QStringLiteral("![a](b) "), n));
            row("images, each a paragraph", repeated(QStringLiteral("![a](b%1.png)\n\n").arg(QLatin1Char('x')), n));
            row("links", repeated(QStringLiteral("[a](b) "), n));
            row("unclosed links", repeated(QStringLiteral("[a]("), n));
            row("brackets", QString(n, QLatin1Char('[')));
            row("backticks of growing length", [n] { QString s; for (int k = 1; s.size() + k + 2 < n; ++k) s += QString(k, QLatin1Char('`')) + QStringLiteral("a "); return s; }());
            row("inline code", repeated(QStringLiteral("`a` "), n));
            row("entities", repeated(QStringLiteral("&amp;"), n));
            row("headings", repeated(QStringLiteral("# a\n"), n));
            row("paragraphs", repeated(QStringLiteral("a\n\n"), n));
            row("rules", repeated(QStringLiteral("---\n\n"), n));
            row("code block lines", QStringLiteral("```\n") + repeated(QStringLiteral("x = 1\n"), n - 10) + QStringLiteral("```\n"));
            row("HTML table", QStringLiteral("<table>") + repeated(QStringLiteral("<tr><td>x</td></tr>"), n - 20) + QStringLiteral("</table>"));
            row("nested divs", repeated(QStringLiteral("<div>"), n));
            row("tabs", repeated(QStringLiteral("a\t"), n));
        }
    }
    void worstCases()
    {
        QFETCH(QString, markdown);
        NarrativeBrowser browser;
        browser.resize(360, 600);
        browser.show();
        const qint64 ms = showAndLayOut(browser, markdown, lessonDir());
        // The figure is for people (docs/UNTRUSTED-FILES.md quotes it); the test asserts that the
        // worst cases finish and show, not how fast.
        qInfo("%5lld ms  %s", static_cast<long long>(ms),
              browser.refusal().isEmpty() ? "shown" : qPrintable(QStringLiteral("refused: ") + browser.refusal()));
        QVERIFY(!browser.toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestNarrativeBrowser)
#include "tst_narrativebrowser.moc"
