// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Handouts (issue 14): `deltatrace-cli handout` run as a real process on a lesson 3 trace it
// recorded, in Korean and English, and the PDF read back with poppler's tools as a reader's PDF
// viewer would: its text holds the formula's numbers as the window shows them, the section's
// title in the handout's language and the diagram's and the plane's labels (so they are text,
// not a picture of text), every font is embedded, the one image is the plane's heat map, and
// the paper is the one asked for. A failed write leaves no file; a hostile trace is refused
// with a message naming it. And the window's dialog makes the handout it shows.
#include "fileactions.h"
#include "formulabuilder.h"
#include "handoutdialog.h"
#include "handoutwriter.h"
#include "languagemanager.h"
#include "lessonloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "rule.h"
#include "trace.h"
#include "tracefile.h"

#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace deltatrace;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A real process with a deadline: one that hangs fails the test instead.
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("did not finish in time");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run cli(const QStringList &args) { return run(QStringLiteral(DELTATRACE_CLI), args); }

// A poppler tool's output for `pdf` (pdftotext writes to "-": standard output).
QString poppler(const char *tool, const QStringList &args)
{
    const Run r = run(QString::fromLatin1(tool), args);
    return r.exitCode == 0 ? r.out : QStringLiteral("<%1 failed: %2>").arg(QString::fromLatin1(tool), r.err);
}

// The text as pdftotext reads it, with every run of white space one space: a wrapped line or a
// column gap says nothing about whether the words are there.
QString pdfText(const QString &pdf)
{
    return poppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).simplified();
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_trace;
    std::shared_ptr<const Trace> m_read;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdffonts) is not installed; scripts/install-deps.sh installs it");
        QVERIFY(m_dir.isValid());
        // Lesson 3's cross-entropy run, recorded by the command line from the real lesson file.
        m_trace = path(QStringLiteral("xor-ce.dtrace"));
        const Run recorded = cli({QStringLiteral("record"), QStringLiteral(DELTATRACE_LESSONS "/03-backprop-xor.lesson.json"),
                                  QStringLiteral("--experiment"), QStringLiteral("backprop-ce"), QStringLiteral("--epochs"),
                                  QStringLiteral("400"), QStringLiteral("--out"), m_trace});
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        TraceFile::ReadResult read = TraceFile::read(m_trace);
        QVERIFY2(read.ok(), qPrintable(read.error));
        m_read = std::make_shared<const Trace>(std::move(*read.trace));
    }

    void handoutHasTheNumbersAndWordsAsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QStringList>("words");
        // The section's title (the arithmetic panel's header), the diagram's box names and the
        // plane's title, in the handout's language.
        const QStringList ko = {QStringLiteral("에포크 250, 샘플 k = 1"), QStringLiteral("연산"), QStringLiteral("은닉 1"),
                                QStringLiteral("출력"), QStringLiteral("입력 평면 위의 출력 y")};
        const QStringList en = {QStringLiteral("Epoch 250, sample k = 1"), QStringLiteral("operation"), QStringLiteral("hidden 1"),
                                QStringLiteral("output"), QStringLiteral("Output y over the input plane")};
        QTest::newRow("ko delta") << "ko" << "250:1:delta" << "delta" << ko;
        QTest::newRow("en delta") << "en" << "250:1:delta" << "delta" << en;
        QTest::newRow("ko e") << "ko" << "250:1:e" << "e" << ko;
        QTest::newRow("en v") << "en" << "250:1:v" << "v" << en;
    }

    void handoutHasTheNumbersAndWordsAsText()
    {
        QFETCH(QString, language);
        QFETCH(QString, at);
        QFETCH(QString, operation);
        QFETCH(QStringList, words);
        const QString pdf = path(QStringLiteral("handout-%1-%2.pdf").arg(language, operation));
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf, QStringLiteral("--lang"), language,
                           QStringLiteral("--at"), at});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).isFile());
        QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));

        const QString text = pdfText(pdf);
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(word, text.left(2000))));
        // Nothing a font maps wrongly (a space read back as U+0001 where two code points share a glyph).
        static const QRegularExpression control(QStringLiteral("[\\x{0}-\\x{1f}\\x{fffd}]"));
        QVERIFY2(!text.contains(control), qPrintable(text.left(2000)));
        // The formula's result as the window shows it: the value this operation computed.
        const StepRecord record = m_read->step(250LL * SampleCount + 1);
        double value = 0;
        if (operation == QLatin1String("delta"))
            value = record.delta;
        else if (operation == QLatin1String("e"))
            value = record.e;
        else
            value = record.v;
        const QString number = FormulaBuilder::displayNumber(value);
        QVERIFY2(text.contains(number), qPrintable(QStringLiteral("no %1 in: %2").arg(number, text.left(2000))));
        // The sample's inputs, drawn by the diagram ("x[0]") and printed on the sample line.
        QVERIFY2(text.contains(QStringLiteral("x[0]")), qPrintable(text.left(2000)));

        // Every font embedded: a reader without Korean fonts sees the same page.
        const QStringList fonts = poppler("pdffonts", {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(fonts.size() > 2, qPrintable(fonts.join(QLatin1Char('\n')))); // the header, the rule, a font at least
        for (const QString &line : fonts.mid(2)) {
            // name, type, encoding, emb, sub, uni, object, generation: "emb" is the fourth from the end
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        // Vectors: the one image is the plane's heat map; the formula and the diagram are not
        // pictures of themselves.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
            const QStringList images = poppler("pdfimages", {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(images.size() - 2, 1);
        }
    }

    // A training chart instead of the plane: its title and axis names are text, and with no
    // plane there is no image at all.
    void chartIsVectorsToo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("ko") << "ko" << QStringList{QStringLiteral("에포크별 손실"), QStringLiteral("에포크 250")};
        QTest::newRow("en") << "en" << QStringList{QStringLiteral("Loss per epoch"), QStringLiteral("epoch 250")};
    }

    void chartIsVectorsToo()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const QString pdf = path(QStringLiteral("chart-%1.pdf").arg(language));
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf, QStringLiteral("--lang"), language,
                           QStringLiteral("--at"), QStringLiteral("250:1:delta"), QStringLiteral("--chart"), QStringLiteral("loss"),
                           QStringLiteral("--no-plane")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(word, text.left(2000))));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
            const QStringList images = poppler("pdfimages", {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(images.size() - 2, 0);
        }
    }

    void paperIsTheOneAskedFor_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("a4") << "a4" << "595 x 842 pts (A4)";
        QTest::newRow("letter") << "letter" << "612 x 792 pts (letter)";
    }

    void paperIsTheOneAskedFor()
    {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("no pdfinfo");
        const QString pdf = path(QStringLiteral("paper-%1.pdf").arg(paper));
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--paper"), paper});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString info = poppler("pdfinfo", {pdf});
        QVERIFY2(info.contains(size), qPrintable(info));
    }

    void failedWriteLeavesNoFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << "no-such-folder/handout.pdf";
        QTest::newRow("folder is a file") << "xor-ce.dtrace/handout.pdf";
    }

    void failedWriteLeavesNoFile()
    {
        QFETCH(QString, target);
        const QString pdf = path(target);
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("handout.pdf")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
        const QFileInfo folder(QFileInfo(pdf).absolutePath());
        if (folder.isDir())
            QCOMPARE(QDir(folder.absoluteFilePath()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("handout")), QStringList());
    }

    void badTraceIsRefused_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<QString>("says");
        QTest::newRow("hostile") << QStringLiteral(DELTATRACE_TEST_DATA "/hostile/trace-checkpoint-disagrees.dtrace")
                                 << "trace-checkpoint-disagrees.dtrace";
        QTest::newRow("truncated") << "truncated.dtrace" << "truncated.dtrace";
        QTest::newRow("missing") << "missing.dtrace" << "missing.dtrace";
    }

    void badTraceIsRefused()
    {
        QFETCH(QString, trace);
        QFETCH(QString, says);
        if (trace == QLatin1String("truncated.dtrace")) {
            QFile whole(m_trace);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QFile half(path(trace));
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write(whole.read(whole.size() / 2));
        }
        const QString input = QFileInfo(trace).isAbsolute() ? trace : path(trace);
        const QString pdf = path(QStringLiteral("refused.pdf"));
        const Run r = cli({QStringLiteral("handout"), input, QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no out") << QStringList{QStringLiteral("t.dtrace")} << "--out";
        QTest::newRow("bad lang") << QStringList{QStringLiteral("t.dtrace"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                                 QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang";
        QTest::newRow("bad place") << QStringList{QStringLiteral("t.dtrace"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                                  QStringLiteral("--at"), QStringLiteral("1:9")} << "--at";
        QTest::newRow("bad paper") << QStringList{QStringLiteral("t.dtrace"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                                  QStringLiteral("--paper"), QStringLiteral("a3")} << "--paper";
        QTest::newRow("tour and place") << QStringList{QStringLiteral("t.dtrace"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                                       QStringLiteral("--tour"), QStringLiteral("--at"), QStringLiteral("1:1")} << "--tour";
        QTest::newRow("bad chart") << QStringList{QStringLiteral("t.dtrace"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                                                  QStringLiteral("--chart"), QStringLiteral("pie")} << "--chart";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = cli(QStringList{QStringLiteral("handout")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    // --tour: a section per stop of the tour the trace's lesson ships (lesson 3's, from the
    // embedded lesson), each with the stop's note in the handout's language.
    void tourGivesASectionPerStop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void tourGivesASectionPerStop()
    {
        QFETCH(QString, language);
        const LessonLoader::Result lesson = LessonLoader::parse(m_read->spec().lessonSource, m_read->spec().lessonId);
        QVERIFY2(lesson.ok(), qPrintable(lesson.error));
        const Experiment *experiment = lesson.lesson->experiment(m_read->spec().experimentId);
        QVERIFY(experiment && experiment->tour);
        const std::vector<HandoutWriter::Section> sections = HandoutWriter::tourSections(experiment->tour->resolve(*m_read), language);
        QVERIFY(sections.size() >= 5);

        const QString pdf = path(QStringLiteral("tour-%1.pdf").arg(language));
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf, QStringLiteral("--tour"), QStringLiteral("--lang"),
                           language, QStringLiteral("--no-plane")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList pages = poppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
        pages.removeIf([](const QString &page) { return page.trimmed().isEmpty(); });
        QVERIFY2(pages.size() >= int(sections.size()), qPrintable(QString::number(pages.size())));
        const QString text = pages.join(QLatin1Char(' ')).simplified();
        for (const HandoutWriter::Section &section : sections) {
            const QString start = section.note.simplified().left(24);
            QVERIFY2(!start.isEmpty() && text.contains(start), qPrintable(start));
        }
    }

    // The window's dialog offers the tour of the run on screen; choosing it gives its sections.
    void dialogOffersTheTour()
    {
        const LessonLoader::Result lesson = LessonLoader::parse(m_read->spec().lessonSource, m_read->spec().lessonId);
        QVERIFY(lesson.ok());
        const QList<ResolvedStop> stops = lesson.lesson->experiment(m_read->spec().experimentId)->tour->resolve(*m_read);
        HandoutDialog dialog(m_read, {0, 0}, QStringLiteral("en"), stops);
        auto *sections = dialog.findChild<QComboBox *>(QStringLiteral("sections"));
        QVERIFY(sections);
        QCOMPARE(sections->count(), 2);
        QCOMPARE(dialog.document().sections.size(), std::size_t(1));
        sections->setCurrentIndex(1);
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"))->isEnabled());
        const HandoutWriter::Document document = dialog.document();
        QCOMPARE(document.sections.size(), HandoutWriter::tourSections(stops, QStringLiteral("en")).size());
        QCOMPARE(document.sections.front().note, stops.front().stop.noteIn(QStringLiteral("en")));

        // Without a tour there is nothing to choose but the position.
        HandoutDialog plain(m_read, {0, 0}, QStringLiteral("en"));
        QCOMPARE(plain.findChild<QComboBox *>(QStringLiteral("sections"))->count(), 1);
    }

    void placeOutsideTheRunIsRefused()
    {
        const QString pdf = path(QStringLiteral("outside.pdf"));
        const Run r = cli({QStringLiteral("handout"), m_trace, QStringLiteral("--out"), pdf, QStringLiteral("--at"), QStringLiteral("400:0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("epochs 0 to 399")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    // The window's dialog: the current position, the choices made and the note become the handout.
    void dialogMakesTheHandoutItShows()
    {
        const TracePosition position{250LL * SampleCount + 1, operationIndex(m_read->rule(), Quantity::Delta)};
        HandoutDialog dialog(m_read, position, QStringLiteral("en"));
        dialog.findChild<QComboBox *>(QStringLiteral("paper"))->setCurrentIndex(1);
        dialog.findChild<QCheckBox *>(QStringLiteral("includePlane"))->setChecked(false);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"))->setPlainText(QStringLiteral("Ask what e is here."));
        const HandoutWriter::Document document = dialog.document();
        QCOMPARE(document.paper, HandoutWriter::Paper::Letter);
        QVERIFY(document.contents.formula && document.contents.diagram && !document.contents.inputPlane);
        QCOMPARE(document.sections.size(), std::size_t(1));
        QCOMPARE(document.sections.front().position, position);
        QCOMPARE(document.lessonTitle, QStringLiteral("Solving XOR with a hidden layer and backpropagation"));

        const QString pdf = path(QStringLiteral("dialog.pdf"));
        QString error;
        QVERIFY2(HandoutWriter::write(document, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Ask what e is here.")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("Solving XOR with a hidden layer")), qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QStringLiteral("Output y over the input plane")), qPrintable(text.left(2000)));
    }

    // Several sections (a tour's stops, later): each starts a page, every page is numbered of
    // all, and each has its own position's numbers.
    void sectionsStartPagesAndPagesAreNumbered()
    {
        HandoutWriter::Document document = HandoutWriter::of(m_read, QStringLiteral("en"));
        const int delta = operationIndex(m_read->rule(), Quantity::Delta);
        const std::vector<long long> steps = {10LL * SampleCount + 2, 250LL * SampleCount + 1, 399LL * SampleCount + 3};
        for (long long step : steps)
            document.sections.push_back({{step, delta}, QStringLiteral("Stop at step %1.").arg(step)});
        document.contents.inputPlane = false; // a short section: the page breaks are the sections'
        const QString pdf = path(QStringLiteral("sections.pdf"));
        QString error;
        QVERIFY2(HandoutWriter::write(document, pdf, &error), qPrintable(error));
        QStringList pages = poppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                                .split(QLatin1Char('\f')); // a form feed ends each page
        pages.removeIf([](const QString &page) { return page.trimmed().isEmpty(); });
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString page = pages.at(i).simplified();
            const long long step = steps[static_cast<std::size_t>(i)];
            QVERIFY2(page.contains(QStringLiteral("Page %1 of 3").arg(i + 1)), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Epoch %1, sample k = %2").arg(step / SampleCount).arg(step % SampleCount)), qPrintable(page));
            QVERIFY2(page.contains(FormulaBuilder::displayNumber(m_read->step(step).delta)), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Stop at step %1.").arg(step)), qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("seed 0")), qPrintable(page)); // the header
        }
    }

    // File ▸ Export Handout… in a Korean window at lesson 3's delta: the dialog, a note, the file
    // dialog, and a Korean PDF with the window's numbers.
    void windowExportsTheHandoutItShows()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings settings(path(QStringLiteral("settings.ini")));
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("ko"));
        MainWindow window(&languages, &settings);
        window.setFullScreenAllowed(false);
        window.resize(1366, 768);
        window.show();
        QSignalSpy shown(&window, &MainWindow::traceShown);
        QVERIFY(window.fileActions()->openFile(m_trace));
        QTRY_VERIFY_WITH_TIMEOUT(window.trace() != nullptr && !window.isBusy(), 60000);
        QCOMPARE(window.goTo(250, 1, QStringLiteral("delta")), QString());
        auto *action = window.findChild<QAction *>(QStringLiteral("exportHandoutAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        // The user: a note in the dialog, then the file's name typed in the file dialog.
        const QString pdf = path(QStringLiteral("window.pdf"));
        QStringList steps;
        QTimer user;
        user.setInterval(50);
        connect(&user, &QTimer::timeout, &user, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<HandoutDialog *>(modal)) {
                if (steps.contains(QStringLiteral("dialog")))
                    return;
                steps << QStringLiteral("dialog");
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"))->setPlainText(QStringLiteral("여기서 델타가 곧 오차인 까닭을 물어보세요."));
                dialog->accept();
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                if (steps.contains(QStringLiteral("file")))
                    return;
                steps << QStringLiteral("file");
                if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(pdf);
                static_cast<QDialog *>(files)->accept();
            }
        });
        user.start();
        action->trigger();
        user.stop();
        QCOMPARE(steps, (QStringList{QStringLiteral("dialog"), QStringLiteral("file")}));
        QVERIFY(QFileInfo(pdf).isFile());
        const QString text = pdfText(pdf);
        const StepRecord record = window.trace()->step(250LL * SampleCount + 1);
        for (const QString &word : {QStringLiteral("에포크 250, 샘플 k = 1"), QStringLiteral("은닉층과 역전파로 XOR 풀기"),
                                    QStringLiteral("여기서 델타가 곧 오차인 까닭을 물어보세요."), FormulaBuilder::displayNumber(record.delta)})
            QVERIFY2(text.contains(word), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(word, text.left(2000))));
        // One position with its note is one page: the note does not spill onto a page of its own.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QVERIFY(poppler("pdfinfo", {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))));
        languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
