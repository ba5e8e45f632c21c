// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SteppingToolbar: the buttons, keys, slider and play timer that drive a StepController.
#include "positionfixtures.h"
#include "shortcutsdialog.h"
#include "stepcontroller.h"
#include "steppingtoolbar.h"
#include "tracetablemodel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

#include <climits>

using namespace deltatrace;
using G = StepController::Granularity;

Q_DECLARE_METATYPE(deltatrace::Rule)
Q_DECLARE_METATYPE(deltatrace::StepController::Granularity)
using fixtures::P;
using fixtures::andTrace;

class TestSteppingToolbar : public QObject
{
    Q_OBJECT
private slots:
    // The slider is an int; a run can hold more positions than an int counts.
    void sliderCoversAnyRun_data()
    {
        QTest::addColumn<long long>("positions");
        QTest::addColumn<long long>("divisor");
        QTest::newRow("empty") << 0LL << 1LL;
        QTest::newRow("lesson size: 10 000 epochs of backprop") << 480000LL << 1LL;
        QTest::newRow("1 000 000 epochs of backprop") << 48000000LL << 1LL;
        QTest::newRow("the epoch limit: 10 000 000 epochs of backprop") << 480000000LL << 1LL;
        QTest::newRow("exactly INT_MAX + 1 positions") << static_cast<long long>(INT_MAX) + 1 << 1LL;
        QTest::newRow("one more") << static_cast<long long>(INT_MAX) + 2 << 2LL;
        QTest::newRow("ten billion") << 10000000000LL << 5LL;
    }
    void sliderCoversAnyRun()
    {
        QFETCH(long long, positions);
        QFETCH(long long, divisor);
        QCOMPARE(SteppingToolbar::sliderDivisor(positions), divisor);
        // The last position fits in the slider's range and maps back inside the run.
        const long long lastValue = std::max(0LL, positions - 1) / divisor;
        QVERIFY(lastValue <= INT_MAX);
        QVERIFY(lastValue * divisor <= std::max(0LL, positions - 1));
    }

    // The toolbar drives the controller through its actions and follows it with its labels.
    // Delta rule, 3 epochs: 12 sample steps (0 to 11) of 6 operations (1 to 6).
    void toolbarActionsAndLabels()
    {
        StepController controller;
        SteppingToolbar toolbar(&controller);
        QCOMPARE(toolbar.stepText(), QStringLiteral("No run"));
        QVERIFY(!toolbar.action(SteppingToolbar::Action::NextOperation)->isEnabled());
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        QCOMPARE(toolbar.stepText(), QStringLiteral("Sample step 0 of 12 · operation 1 of 6"));
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 0, sample 0"));
        QVERIFY(!toolbar.action(SteppingToolbar::Action::PreviousOperation)->isEnabled());
        QVERIFY(!toolbar.action(SteppingToolbar::Action::StartOfEpoch)->isEnabled());
        toolbar.action(SteppingToolbar::Action::EndOfEpoch)->trigger();
        QCOMPARE(controller.position(), P(3, 5));
        QCOMPARE(toolbar.stepText(), QStringLiteral("Sample step 3 of 12 · operation 6 of 6"));
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 0, sample 3"));
        QCOMPARE(toolbar.slider()->value(), 23);
        toolbar.action(SteppingToolbar::Action::NextOperation)->trigger();
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 1, sample 0"));
        QCOMPARE(toolbar.stepText(), QStringLiteral("Sample step 4 of 12 · operation 1 of 6"));
        // Next epoch keeps the sample and the operation.
        toolbar.action(SteppingToolbar::Action::NextOperation)->trigger();
        toolbar.action(SteppingToolbar::Action::NextEpoch)->trigger();
        QCOMPARE(controller.position(), P(8, 1));
        toolbar.action(SteppingToolbar::Action::PreviousEpoch)->trigger();
        QCOMPARE(controller.position(), P(4, 1));
        toolbar.action(SteppingToolbar::Action::StartOfEpoch)->trigger();
        QCOMPARE(controller.position(), P(4, 0));
        toolbar.slider()->setValue(71);
        QVERIFY(controller.atEnd());
        QCOMPARE(toolbar.stepText(), QStringLiteral("Sample step 11 of 12 · operation 6 of 6"));
        QVERIFY(!toolbar.action(SteppingToolbar::Action::NextSample)->isEnabled());
        QVERIFY(!toolbar.action(SteppingToolbar::Action::EndOfEpoch)->isEnabled());
        toolbar.epochBox()->setValue(2);
        toolbar.goToEpochInBox();
        QCOMPARE(controller.position(), P(8, 0));
        // Every action names its shortcut in its tooltip, and no two share a key.
        QSet<QString> keys;
        for (QAction *a : toolbar.allActions()) {
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!keys.contains(key.toString()), qPrintable(key.toString()));
                keys.insert(key.toString());
            }
        }
        // Nothing a user reads says a bare "step": the positions are sample steps or operations.
        for (QAction *a : toolbar.allActions()) {
            const QString words = a->text() + QLatin1Char(' ') + a->toolTip();
            QVERIFY2(!words.contains(QRegularExpression(QStringLiteral("(?<!sample )\\bsteps?\\b"),
                                                         QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(words));
        }
    }

    // The keyboard shortcuts list (F1) names the new epoch keys with what they do.
    void shortcutsListNamesTheEpochKeys()
    {
        StepController controller;
        SteppingToolbar toolbar(&controller);
        const QString table = ShortcutsDialog::table(toolbar.allActions());
        for (const QString &row : {QStringLiteral("<b>Shift+PgDown</b></td><td>End of epoch"),
                                   QStringLiteral("<b>Shift+PgUp</b></td><td>Start of epoch"),
                                   QStringLiteral("<b>PgDown</b></td><td>Next epoch"),
                                   QStringLiteral("<b>Home</b></td><td>Start of the run"),
                                   QStringLiteral("<b>End</b></td><td>End of the run")})
            QVERIFY2(table.contains(row), qPrintable(row));
    }

    // The toolbar's sample step is the trace table's row and its step column; epoch and sample
    // are the table's too; the operation counts from 1. Backprop, 10 epochs, 12 operations.
    void labelMatchesTheTableRow_data()
    {
        QTest::addColumn<TracePosition>("position");
        QTest::newRow("the run's start") << P(0, 0);
        QTest::newRow("epoch 1, sample 2, delta") << P(6, operationIndex(Rule::BackpropSigmoid, Quantity::Delta));
        QTest::newRow("epoch 7, sample 2, operation 6") << P(30, 5);
        QTest::newRow("the run's end") << P(39, 11);
    }
    void labelMatchesTheTableRow()
    {
        QFETCH(TracePosition, position);
        const auto trace = andTrace(Rule::BackpropSigmoid, 10);
        StepController controller;
        SteppingToolbar toolbar(&controller);
        controller.setTrace(trace);
        TraceTableModel table;
        table.setTrace(trace);
        controller.setPosition(position);

        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^Sample step (\\d+) of (\\d+) · operation (\\d+) of (\\d+)$")).match(toolbar.stepText());
        QVERIFY2(match.hasMatch(), qPrintable(toolbar.stepText()));
        const int row = match.captured(1).toInt();
        QCOMPARE(row, position.step);
        QCOMPARE(match.captured(2).toInt(), table.rowCount());
        QCOMPARE(table.data(table.index(row, TraceTableModel::StepColumn)).toString(), match.captured(1));
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch %1, sample %2")
                                          .arg(table.data(table.index(row, TraceTableModel::EpochColumn)).toString(),
                                               table.data(table.index(row, TraceTableModel::SampleColumn)).toString()));
        QCOMPARE(match.captured(3).toInt(), position.operation + 1);
        QCOMPARE(match.captured(4).toInt(), 12);
    }

    // "Go to epoch" shows the epoch the learner is in, except while a number is being typed.
    void epochBoxFollowsThePosition()
    {
        StepController controller; // outlives the window: closing the window moves the focus
        QWidget window;
        auto *toolbar = new SteppingToolbar(&controller, &window);
        auto *elsewhere = new QPushButton(QStringLiteral("elsewhere"), &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(toolbar);
        layout->addWidget(elsewhere);
        window.addActions(toolbar->allActions());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus();

        controller.setTrace(andTrace(Rule::DeltaRule, 10));
        QSpinBox *box = toolbar->epochBox();
        QCOMPARE(box->value(), 0);
        controller.setPosition(P(30, 2));
        QCOMPARE(box->value(), 7);
        toolbar->action(SteppingToolbar::Action::NextEpoch)->trigger();
        QCOMPARE(box->value(), 8);
        toolbar->action(SteppingToolbar::Action::Last)->trigger();
        QCOMPARE(box->value(), 9);

        // Typing: the box keeps the learner's number while the run moves...
        toolbar->focusGoToEpoch();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClicks(box, QStringLiteral("3"));
        QCOMPARE(box->value(), 3);
        toolbar->action(SteppingToolbar::Action::StartOfEpoch)->trigger();
        QCOMPARE(controller.position(), P(36, 0));
        QCOMPARE(box->value(), 3);
        // ...and Go goes there, from a click too (it leaves the focus in the box).
        QTest::mouseClick(toolbar->findChild<QPushButton *>(), Qt::LeftButton);
        QCOMPARE(controller.position(), P(12, 0));
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("5"));
        QCOMPARE(box->value(), 5); // not gone to
        // Leaving the box drops the number that was not gone to.
        elsewhere->setFocus();
        QTRY_VERIFY(!box->hasFocus());
        QCOMPARE(box->value(), 3);
        controller.setPosition(P(24, 1));
        QCOMPARE(box->value(), 6);
    }

    // The keys, pressed on a window holding the toolbar as the main window does. Backprop, 10
    // epochs: epoch 7, sample 2 is sample step 30.
    void keysOnAWindow_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<TracePosition>("from");
        QTest::addColumn<TracePosition>("to");
        QTest::addColumn<QString>("text");
        const auto none = static_cast<int>(Qt::NoModifier);
        const auto shift = static_cast<int>(Qt::ShiftModifier);
        QTest::newRow("PgDown: the same place in the next epoch") << int(Qt::Key_PageDown) << none << P(30, 5) << P(34, 5)
                                                                  << QStringLiteral("Sample step 34 of 40 · operation 6 of 12");
        QTest::newRow("PgUp: the same place in the previous epoch") << int(Qt::Key_PageUp) << none << P(30, 5) << P(26, 5)
                                                                    << QStringLiteral("Sample step 26 of 40 · operation 6 of 12");
        QTest::newRow("PgDown in the last epoch: the run's end") << int(Qt::Key_PageDown) << none << P(38, 5) << P(39, 11)
                                                                 << QStringLiteral("Sample step 39 of 40 · operation 12 of 12");
        QTest::newRow("PgUp in the first epoch: the run's start") << int(Qt::Key_PageUp) << none << P(2, 5) << P(0, 0)
                                                                  << QStringLiteral("Sample step 0 of 40 · operation 1 of 12");
        QTest::newRow("Shift+PgDown: end of epoch") << int(Qt::Key_PageDown) << shift << P(30, 5) << P(31, 11)
                                                    << QStringLiteral("Sample step 31 of 40 · operation 12 of 12");
        QTest::newRow("Shift+PgUp: start of epoch") << int(Qt::Key_PageUp) << shift << P(30, 5) << P(28, 0)
                                                    << QStringLiteral("Sample step 28 of 40 · operation 1 of 12");
        QTest::newRow("Home: start of the run") << int(Qt::Key_Home) << none << P(30, 5) << P(0, 0)
                                                << QStringLiteral("Sample step 0 of 40 · operation 1 of 12");
        QTest::newRow("End: end of the run") << int(Qt::Key_End) << none << P(30, 5) << P(39, 11)
                                             << QStringLiteral("Sample step 39 of 40 · operation 12 of 12");
    }
    void keysOnAWindow()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(TracePosition, from);
        QFETCH(TracePosition, to);
        QFETCH(QString, text);

        StepController controller; // outlives the window: closing the window moves the focus
        QWidget window;
        auto *toolbar = new SteppingToolbar(&controller, &window);
        auto *elsewhere = new QPushButton(QStringLiteral("elsewhere"), &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(toolbar);
        layout->addWidget(elsewhere);
        window.addActions(toolbar->allActions());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus(); // not the epoch box, whose page keys change its number
        controller.setTrace(andTrace(Rule::BackpropSigmoid, 10));
        controller.setPosition(from);
        QTest::keyClick(&window, static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
        QCOMPARE(controller.position(), to);
        QCOMPARE(toolbar->findChild<QLabel *>(QStringLiteral("stepLabel"))->text(), text);
        QCOMPARE(toolbar->epochBox()->value(), static_cast<int>(to.step / 4));
    }

    // The longer read-outs ("Sample step 1001 of 40000 · operation 6 of 12") must not squeeze
    // the slider: beside it while the slider keeps room to aim at, under it otherwise. The
    // widths are the centre of the window from 1024 px up.
    void sliderKeepsRoomBesideTheReadouts_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("600 px") << 600;
        QTest::newRow("640 px") << 640;
        QTest::newRow("800 px") << 800;
        QTest::newRow("1000 px") << 1000;
        QTest::newRow("1400 px") << 1400;
    }
    void sliderKeepsRoomBesideTheReadouts()
    {
        QFETCH(int, width);
        StepController controller; // outlives the window: closing the window moves the focus
        QWidget window;
        auto *toolbar = new SteppingToolbar(&controller, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(toolbar);
        layout->addStretch();
        controller.setTrace(andTrace(Rule::BackpropSigmoid, 10000)); // lesson 3's run: 40000 sample steps
        controller.setPosition(P(1001, 5));
        window.resize(width, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(toolbar->width(), width);
        QSlider *slider = toolbar->slider();
        QVERIFY2(slider->width() >= 10 * toolbar->fontMetrics().height(), qPrintable(QString::number(slider->width())));
        bool beside = false;
        for (const char *name : {"stepLabel", "placeLabel", "operationLabel"}) {
            auto *label = toolbar->findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(toolbar->rect().contains(label->geometry()), name);
            QVERIFY2(!label->geometry().intersects(slider->geometry()), name);
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(), name);
            beside = beside || label->geometry().top() < slider->geometry().bottom();
        }
        // A wide toolbar keeps them on the slider's line, saving the window a line; the centre of
        // a 1024 or 1366 px window (about 620 px) puts them under it.
        if (width >= 1000)
            QVERIFY(beside);
        if (width <= 640)
            QVERIFY(!beside);
    }

    void playStepsOncePerTickAndStopsAtTheEnd()
    {
        StepController controller;
        SteppingToolbar toolbar(&controller);
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        toolbar.setSpeed(SteppingToolbar::speedCount() - 1); // full speed: an epoch per tick
        QSignalSpy moves(&controller, &StepController::positionChanged);
        toolbar.play();
        QVERIFY(toolbar.isPlaying());
        QTRY_VERIFY(controller.atEnd());
        QTRY_VERIFY(!toolbar.isPlaying());
        QCOMPARE(moves.count(), 3); // one per epoch, none queued
        // Playing from the end starts over.
        toolbar.setSpeed(0);
        toolbar.play();
        QCOMPARE(controller.position(), P(0, 0));
        toolbar.togglePlay();
        QVERIFY(!toolbar.isPlaying());
    }
};

QTEST_MAIN(TestSteppingToolbar)
#include "tst_steppingtoolbar.moc"
