// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// NotesView: the notes under a formula, word-wrapped, each paragraph in its colour; a new note
// of the same height does not make the panel lay itself out again.
#include "notesview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QImage>
#include <QTest>
#include <QVBoxLayout>

using namespace deltatrace;

namespace {

const QColor Grey(0x50, 0x50, 0x50);
const QColor Warning(0xc0, 0x00, 0x00);

// Counts the layout requests a widget receives.
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

bool hasInk(const QImage &image, const QColor &color)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (QColor(image.pixel(x, y)) == color)
                return true;
    return false;
}

} // namespace

class TestNotesView : public QObject
{
    Q_OBJECT
private slots:
    void wrapsToItsWidth()
    {
        NotesView notes;
        notes.setParagraphs({{QStringLiteral("The output's delta goes back through the weights W2 as they were before this step's update."), Grey}});
        const int wide = notes.heightForWidth(2000);
        const int narrow = notes.heightForWidth(150);
        QVERIFY(wide > 0);
        QVERIFY2(narrow >= 3 * wide, qPrintable(QStringLiteral("%1 px at 150 px wide, %2 px on one line").arg(narrow).arg(wide)));
        notes.setParagraphs({});
        QCOMPARE(notes.heightForWidth(150), 0);
    }

    void paintsEachParagraphInItsColour()
    {
        NotesView notes;
        notes.setParagraphs({{QStringLiteral("A note."), Grey}, {QStringLiteral("overflow: this number is not finite."), Warning}});
        notes.resize(400, notes.heightForWidth(400));
        QImage image(notes.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        notes.render(&image);
        // Solid pixels of both colours: the inside of the glyphs' stems.
        QVERIFY(hasInk(image, Grey));
        QVERIFY(hasInk(image, Warning));
        QCOMPARE(notes.plainText(), QStringLiteral("A note.\noverflow: this number is not finite."));
    }

    void aNoteOfTheSameHeightLeavesTheLayoutAlone()
    {
        QWidget panel;
        auto *column = new QVBoxLayout(&panel);
        auto *notes = new NotesView(&panel);
        column->addWidget(notes);
        column->addStretch(1);
        notes->setParagraphs({{QStringLiteral("The sigmoid is applied to each hidden unit on its own."), Grey}});
        panel.resize(900, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();
        LayoutRequests requests;
        panel.installEventFilter(&requests);
        notes->setParagraphs({{QStringLiteral("Multiplies element by element: one delta per hidden unit."), Grey}});
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 0);
        // A note that needs more lines does ask for room.
        QString longer;
        for (int i = 0; i < 20; ++i)
            longer += QStringLiteral("A much longer note that wraps onto several lines. ");
        notes->setParagraphs({{longer, Grey}});
        QCoreApplication::processEvents();
        QVERIFY(requests.count >= 1);
        QCOMPARE(notes->height(), notes->heightForWidth(notes->width()));
    }
};

QTEST_MAIN(TestNotesView)
#include "tst_notesview.moc"
