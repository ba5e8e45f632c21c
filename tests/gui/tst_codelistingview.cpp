// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CodeListingView: the line computing the current operation is highlighted (tint and gutter
// arrow) and scrolled into view, for every operation of every experiment of the real lessons;
// the listing is monospace at the widget's font size and follows the language.
#include "codelistingview.h"
#include "lessonloader.h"
#include "markingtranslator.h"
#include "pythonhighlighter.h"
#include "valuecolors.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QImage>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QAction>
#include <QTextLayout>
#include <QTest>

#include <span>
#include <QTextBlock>
#include <QToolTip>
#include <QTranslator>

using namespace deltatrace;

Q_DECLARE_METATYPE(deltatrace::Quantity)

namespace {

CodeLine line(const char *text, std::optional<Quantity> computes = std::nullopt)
{
    return {QString::fromLatin1(text), computes};
}

// A delta-rule listing, padded with context lines so that it needs scrolling.
QList<CodeLine> handMadeListing()
{
    QList<CodeLine> code = {line("import numpy as np"), line("")};
    for (int i = 0; i < 30; ++i)
        code << line("# context line, to make the listing taller than the view");
    code << line("for epoch in range(10000):") << line("    for k in range(4):") << line("        x = X[k, :].T")
         << line("        d = D[k]") << line("        v = np.dot(W, x)", Quantity::V) << line("        y = sigmoid(v)", Quantity::Y)
         << line("        e = d - y", Quantity::E) << line("        delta = y * (1 - y) * e", Quantity::Delta)
         << line("        dW = alpha * delta * x", Quantity::DW) << line("        W = W + dW", Quantity::W);
    for (int i = 0; i < 30; ++i)
        code << line("# more context below");
    return code;
}

// Pixels near the highlight's hue in a column strip of the image.
int highlightPixels(const QImage &image, int x0, int x1, int y0, int y1)
{
    const int hue = ValueColors::highlight().hsvHue();
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(image.height(), y1); ++y)
        for (int x = std::max(0, x0); x < std::min(image.width(), x1); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 25 && std::abs(c.hsvHue() - hue) <= 12)
                ++n;
        }
    return n;
}

} // namespace

class TestCodeListingView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Settings of their own, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DeltaTraceTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_codelistingview"));
    }

    void highlightsTheLineComputingTheQuantity_data()
    {
        QTest::addColumn<Quantity>("quantity");
        for (Quantity q : operationsOf(Rule::DeltaRule))
            QTest::newRow(quantityName(q).data()) << q;
    }
    void highlightsTheLineComputingTheQuantity()
    {
        QFETCH(Quantity, quantity);
        const QList<CodeLine> code = handMadeListing();
        CodeListingView view;
        view.resize(600, 200);
        view.setCode(code);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.highlightedLine(), -1);
        view.setCurrentQuantity(quantity);
        const int expected = static_cast<int>(std::find_if(code.begin(), code.end(), [&](const CodeLine &l) {
                                                  return l.computes == quantity;
                                              }) - code.begin());
        QCOMPARE(view.highlightedLine(), expected);
        QCOMPARE(view.document()->findBlockByNumber(expected).text(), code[expected].text);
        // Tinted across the whole line, scrolled into view.
        const auto selections = view.extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections[0].cursor.blockNumber(), expected);
        QVERIFY(selections[0].format.property(QTextFormat::FullWidthSelection).toBool());
        QVERIFY(view.isHighlightedLineVisible());
        QVERIFY(view.verticalScrollBar()->value() > 0);
    }

    void arrowMarksTheLineInTheGutter()
    {
        CodeListingView view;
        view.resize(600, 400);
        view.setCode(handMadeListing());
        view.setCurrentQuantity(Quantity::Delta);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        const QRect lineRect = view.highlightedLineRect();
        QVERIFY(!lineRect.isEmpty());
        const int gutterRight = view.viewport()->x();
        // The gutter holds the arrow (and tint) on the highlighted line only.
        const int onLine = highlightPixels(image, 0, gutterRight, lineRect.top(), lineRect.bottom());
        const int elsewhere = highlightPixels(image, 0, gutterRight, 0, lineRect.top() - 2)
                              + highlightPixels(image, 0, gutterRight, lineRect.bottom() + 2, image.height());
        QVERIFY2(onLine > 20, qPrintable(QString::number(onLine)));
        QCOMPARE(elsewhere, 0);
        // And the line itself is tinted in the text area.
        QVERIFY(highlightPixels(image, gutterRight, image.width(), lineRect.top(), lineRect.bottom()) > 100);
    }

    void noQuantityNoHighlight()
    {
        CodeListingView view;
        view.setCode(handMadeListing());
        view.setCurrentQuantity(Quantity::V);
        QVERIFY(view.highlightedLine() >= 0);
        view.setCurrentQuantity(std::nullopt);
        QCOMPARE(view.highlightedLine(), -1);
        QVERIFY(view.extraSelections().isEmpty());
        // A quantity the listing does not compute (a hidden layer in a single-neuron listing).
        view.setCurrentQuantity(Quantity::V1);
        QCOMPARE(view.highlightedLine(), -1);
        // A new listing keeps following the current quantity.
        view.setCurrentQuantity(Quantity::E);
        QList<CodeLine> other = {line("e = d - y", Quantity::E)};
        view.setCode(other);
        QCOMPARE(view.highlightedLine(), 0);
        view.setCode({});
        QCOMPARE(view.highlightedLine(), -1);
        QVERIFY(view.document()->isEmpty());
    }

    void realLessons_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<Quantity>("quantity");
        const QStringList files = LessonLoader::lessonFilesIn(QStringLiteral(DELTATRACE_LESSONS));
        QVERIFY2(files.size() >= 3, "the course's lessons must be there");
        for (const QString &file : files) {
            const LessonLoader::Result loaded = LessonLoader::loadFile(file);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            for (const Experiment &e : loaded.lesson->experiments)
                for (Quantity q : e.network ? std::span<const Quantity>() : operationsOf(e.rule)) // lessons 4-6: tst_generalrunwindow
                    QTest::addRow("%s %s %s", qPrintable(QFileInfo(file).baseName()), qPrintable(e.id), quantityName(q).data())
                        << file << e.id << q;
        }
    }
    void realLessons()
    {
        QFETCH(QString, file);
        QFETCH(QString, experiment);
        QFETCH(Quantity, quantity);
        const LessonLoader::Result loaded = LessonLoader::loadFile(file);
        QVERIFY(loaded.ok());
        const Experiment *e = loaded.lesson->experiment(experiment);
        QVERIFY(e);
        CodeListingView view;
        view.resize(500, 160); // short: most lines need scrolling to
        view.setCode(e->code);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentQuantity(quantity);
        const int expected = e->codeLineFor(quantity);
        QVERIFY(expected >= 0);
        QCOMPARE(view.highlightedLine(), expected);
        QCOMPARE(view.document()->findBlockByNumber(expected).text(), e->code[expected].text);
        QVERIFY(view.isHighlightedLineVisible());
    }

    // In a narrow listing, the highlighted line is readable in full: every row it wraps into lies
    // inside the viewport, nothing beyond its right edge; with comments shown and hidden.
    void highlightedLineReadableWhenNarrow_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<Quantity>("quantity");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("hideComments");
        const LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        for (const Experiment &e : loaded.lesson->experiments)
            for (Quantity q : operationsOf(e.rule))
                for (int width : {250, 350, 500})
                    for (bool hide : {false, true})
                        QTest::addRow("%s %s %d%s", qPrintable(e.id), quantityName(q).data(), width, hide ? " hidden comments" : "")
                            << e.id << q << width << hide;
    }
    void highlightedLineReadableWhenNarrow()
    {
        QFETCH(QString, experiment);
        QFETCH(Quantity, quantity);
        QFETCH(int, width);
        QFETCH(bool, hideComments);
        const LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"));
        const Experiment *e = loaded.lesson->experiment(experiment);
        QVERIFY(e);
        CodeListingView view;
        view.resize(width, 300);
        view.setCommentsHidden(hideComments);
        view.setCode(e->code);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentQuantity(quantity);
        QCoreApplication::processEvents();
        const int line = e->codeLineFor(quantity);
        QCOMPARE(view.highlightedLine(), line);
        const QTextBlock block = view.document()->findBlockByNumber(line);
        QVERIFY(block.isVisible());
        const QTextLayout *layout = block.layout();
        QVERIFY(layout && layout->lineCount() > 0);
        const QList<QRectF> rows = view.highlightedLineRows();
        QCOMPARE(rows.size(), layout->lineCount());
        const QRectF viewport = view.viewport()->rect();
        int shown = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine row = layout->lineAt(i);
            const QRectF r = rows[i];
            QVERIFY2(r.left() >= viewport.left() - 0.5 && r.right() <= viewport.right() + 0.5 && r.top() >= viewport.top() - 0.5
                         && r.bottom() <= viewport.bottom() + 0.5,
                     qPrintable(QStringLiteral("row %1 of the line at %2,%3 %4x%5 outside the viewport %6x%7")
                                    .arg(i).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).arg(viewport.width()).arg(viewport.height())));
            shown += row.textLength();
        }
        QCOMPARE(shown, block.length() - 1); // every character of the line is on a row
        QVERIFY(e->code[line].text.startsWith(block.text()));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    }

    // Hiding comments hides comment lines and trailing comments; every other line keeps its
    // number, and the highlighted line stays the current operation's.
    void hidingCommentsKeepsLineNumbers()
    {
        QList<CodeLine> code = {line("import numpy as np"), line("# a comment line"), line("    # an indented one"),
                                line("x = 'a # in a string'  # and a trailing comment"), line("")};
        for (int i = 0; i < 17; ++i)
            code << line("# more comment");
        code << line("delta = y * (1 - y) * e  # the output delta", Quantity::Delta) << line("W = W + dW", Quantity::W);
        QCOMPARE(code.size(), 24); // the delta is line 23
        CodeListingView view;
        view.resize(400, 200);
        view.setCommentsHidden(false);
        view.setCode(code);
        view.setCurrentQuantity(Quantity::Delta);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.highlightedLine(), 22);
        view.setCommentsHidden(true);
        QVERIFY(view.hideCommentsAction()->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("codeListing/hideComments")).toBool(), true);
        QCOMPARE(view.highlightedLine(), 22); // line 23, as the gutter numbers it
        QCOMPARE(view.document()->blockCount(), code.size());
        QCOMPARE(view.document()->findBlockByNumber(22).text(), QStringLiteral("delta = y * (1 - y) * e"));
        QCOMPARE(view.document()->findBlockByNumber(3).text(), QStringLiteral("x = 'a # in a string'"));
        QVERIFY(!view.document()->findBlockByNumber(1).isVisible());
        QVERIFY(!view.document()->findBlockByNumber(2).isVisible());
        QVERIFY(view.document()->findBlockByNumber(0).isVisible());
        QVERIFY(view.isHighlightedLineVisible());
        // The gutter shows 23 by the highlighted line.
        const QRect rect = view.highlightedLineRect();
        QVERIFY(!rect.isEmpty());
        QCOMPARE(view.lineNumberAt(rect.center().y()), 23);
        // The action toggles it back.
        view.hideCommentsAction()->trigger();
        QVERIFY(!view.commentsHidden());
        QCOMPARE(QSettings().value(QStringLiteral("codeListing/hideComments")).toBool(), false);
        QCOMPARE(view.document()->findBlockByNumber(22).text(), code[22].text);
        QVERIFY(view.document()->findBlockByNumber(1).isVisible());
        QVERIFY(!view.hideCommentsAction()->text().isEmpty());
    }

    void paintsTheTextAsQPlainTextEditDoes()
    {
        // After the tint has moved about and the view has scrolled, its text area must show what
        // a plain QPlainTextEdit paints for the same text, font, tint and scroll position: the
        // gutter and the highlight change nothing else.
        const QList<CodeLine> code = handMadeListing();
        CodeListingView view;
        view.resize(600, 220);
        view.setCode(code);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (Quantity q : {Quantity::V, Quantity::Delta, Quantity::E, Quantity::W, Quantity::Y})
            view.setCurrentQuantity(q);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 2); // lines painted before, and new ones
        QCoreApplication::processEvents();
        view.setCurrentQuantity(Quantity::DW);
        QCoreApplication::processEvents();

        QPlainTextEdit reference;
        reference.setReadOnly(true);
        reference.setLineWrapMode(QPlainTextEdit::NoWrap);
        reference.setFrameShape(view.frameShape());
        reference.document()->setDocumentMargin(view.document()->documentMargin());
        reference.setFont(view.font());
        reference.document()->setDefaultFont(view.document()->defaultFont());
        reference.setTabStopDistance(view.tabStopDistance());
        reference.setPlainText(view.toPlainText());
        new PythonHighlighter(reference.document());
        QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
        QCOMPARE(selections.size(), 1);
        const int at = selections[0].cursor.position();
        selections[0].cursor = QTextCursor(reference.document());
        selections[0].cursor.setPosition(at);
        reference.setExtraSelections(selections);
        reference.resize(view.viewport()->width() + 2 * reference.frameWidth() + reference.verticalScrollBar()->sizeHint().width(),
                         view.viewport()->height() + 2 * reference.frameWidth() + reference.horizontalScrollBar()->sizeHint().height());
        reference.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        reference.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        reference.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reference));
        reference.verticalScrollBar()->setValue(view.verticalScrollBar()->value());
        QCoreApplication::processEvents();

        const QImage ours = view.viewport()->grab().toImage();
        const QImage theirs = reference.viewport()->grab().toImage();
        QCOMPARE(ours.size(), theirs.size());
        QVERIFY(highlightPixels(ours, 0, ours.width(), 0, ours.height()) > 0);
        QCOMPARE(ours, theirs);
    }

    void monospaceAtTheWidgetsSize()
    {
        CodeListingView view;
        view.setCode(handMadeListing());
        QFont f = view.font();
        f.setPointSizeF(22);
        view.setFont(f);
        const QFont shown = view.document()->defaultFont();
        QCOMPARE(shown.pointSizeF(), 22.0);
        QVERIFY(QFontInfo(shown).fixedPitch());
        // The gutter widens with the font.
        const int wide = view.viewport()->x();
        f.setPointSizeF(9);
        view.setFont(f);
        QVERIFY(view.viewport()->x() < wide);
        QCOMPARE(view.document()->defaultFont().pointSizeF(), 9.0);
    }

    void readOnly()
    {
        CodeListingView view;
        view.setCode(handMadeListing());
        QVERIFY(view.isReadOnly());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString before = view.toPlainText();
        QTest::keyClicks(view.viewport(), QStringLiteral("abc"));
        QCOMPARE(view.toPlainText(), before);
    }

    void followsTheLanguage()
    {
        CodeListingView view;
        QVERIFY(!view.placeholderText().isEmpty());
        fixtures::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents(); // the language change is posted to the windows
        const QString marked = view.placeholderText();
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY2(marked.startsWith(QStringLiteral("«")), qPrintable(marked));
        QVERIFY(!view.placeholderText().startsWith(QStringLiteral("«")));
    }
    // The listing of a run with other parameters: the values are written in and marked, and the
    // tooltip over one names the lesson's value.
    void aRunsChangedValuesAreMarked()
    {
        const LessonLoader::Result loaded = LessonLoader::loadFile(QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Experiment &e = loaded.lesson->experiments.first();
        TraceSpec spec;
        spec.rule = e.rule;
        spec.seed = 14;
        spec.alpha = e.alpha;
        spec.epochs = 20000;
        CodeListingView view;
        view.resize(700, 700);
        view.setListing(RunListing::of(e.code, spec));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(int(view.changedValues().size()), 2); // the seed and the epochs; alpha is the lesson's
        for (const RunListing::Value &value : view.changedValues()) {
            const QString shown = view.document()->findBlockByNumber(value.line).text().mid(value.start, value.length);
            QCOMPARE(shown, value.parameter == RunListing::Parameter::Seed ? QStringLiteral("14") : QStringLiteral("20000"));
        }
        // Marked in bold on the highlight colour, exactly over the value.
        int marks = 0;
        for (const QTextEdit::ExtraSelection &selection : view.extraSelections()) {
            if (selection.format.fontWeight() != QFont::Bold)
                continue;
            ++marks;
            QVERIFY(selection.cursor.selectedText() == QStringLiteral("14") || selection.cursor.selectedText() == QStringLiteral("20000"));
        }
        QCOMPARE(marks, 2);
        // The tooltip over the seed names the lesson's seed.
        const RunListing::Value &seed = view.changedValues().front().parameter == RunListing::Parameter::Seed
                                            ? view.changedValues().front() : view.changedValues().back();
        QTextCursor inside(view.document()->findBlockByNumber(seed.line));
        inside.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, seed.start + 1);
        const QPoint at = view.cursorRect(inside).center();
        QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("This run's value. The lesson's listing says %1.").arg(seed.lessonText));
        QCOMPARE(seed.lessonText, QString::number(e.seed));
        QToolTip::hideText();
        // A listing of the lesson's own parameters marks nothing.
        spec.seed = e.seed;
        spec.epochs = e.epochs;
        view.setListing(RunListing::of(e.code, spec));
        QVERIFY(view.changedValues().empty());
        QCOMPARE(view.extraSelections().size(), 0);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestCodeListingView)
#include "tst_codelistingview.moc"
