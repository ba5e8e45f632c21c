// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SteppingToolbar: the buttons, keys, slider and play timer that drive a StepController.
#include "positionfixtures.h"
#include "stepcontroller.h"
#include "steppingtoolbar.h"

#include <QAction>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

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
    void toolbarActionsAndLabels()
    {
        StepController controller;
        SteppingToolbar toolbar(&controller);
        QCOMPARE(toolbar.stepText(), QStringLiteral("No run"));
        QVERIFY(!toolbar.action(SteppingToolbar::Action::NextOperation)->isEnabled());
        controller.setTrace(andTrace(Rule::DeltaRule, 3));
        QCOMPARE(toolbar.stepText(), QStringLiteral("Step 1 of 72"));
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 0, sample 0"));
        QVERIFY(!toolbar.action(SteppingToolbar::Action::PreviousOperation)->isEnabled());
        toolbar.action(SteppingToolbar::Action::NextEpoch)->trigger();
        QCOMPARE(controller.position(), P(3, 5));
        QCOMPARE(toolbar.stepText(), QStringLiteral("Step 24 of 72"));
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 0, sample 3"));
        QCOMPARE(toolbar.slider()->value(), 23);
        toolbar.action(SteppingToolbar::Action::NextOperation)->trigger();
        QCOMPARE(toolbar.placeText(), QStringLiteral("epoch 1, sample 0"));
        toolbar.slider()->setValue(71);
        QVERIFY(controller.atEnd());
        QVERIFY(!toolbar.action(SteppingToolbar::Action::NextSample)->isEnabled());
        toolbar.epochBox()->setValue(2);
        toolbar.goToEpochInBox();
        QCOMPARE(controller.position(), P(8, 0));
        // Every action names its shortcut in its tooltip.
        for (QAction *a : toolbar.allActions()) {
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
        }
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
