// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stepcontroller.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>

class QAction;
class QBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace deltatrace {

// Every way of moving through a run, as actions with keyboard shortcuts and buttons, a slider
// over the whole run, play/pause with a speed, "go to epoch" (showing the current epoch), and the
// position in words ("Sample step 9617 of 40000 · operation 2 of 12", "epoch 2404, sample 1"),
// counted as traceposition.h says. It drives one StepController and follows its
// positionChanged like every view. The window adds the actions to itself and its menus, so the
// shortcuts work wherever the focus is in the window.
class SteppingToolbar : public QWidget
{
    Q_OBJECT
public:
    enum class Action {
        First, StartOfEpoch, PreviousEpoch, PreviousSample, PreviousOperation,
        NextOperation, NextSample, NextEpoch, EndOfEpoch, Last,
        PlayPause, Slower, Faster, GoToEpoch,
    };
    static constexpr int ActionCount = 14;

    explicit SteppingToolbar(StepController *controller, QWidget *parent = nullptr);

    QAction *action(Action which) const { return m_actions[static_cast<size_t>(which)]; }
    QList<QAction *> allActions() const;

    bool isPlaying() const { return m_playTimer.isActive(); }
    int speed() const { return m_speed; }
    static int speedCount();
    void setSpeed(int speed);

    // The position in words, as shown: the sample step (0-based, as the trace table's rows) and
    // the operation within it (from 1, as the arithmetic panel's header); the epoch and sample.
    QString stepText() const;
    QString placeText() const;

    // The slider's int range covers any run: past INT_MAX positions one slider notch spans
    // several positions.
    static long long sliderDivisor(long long positionCount);

    QSlider *slider() const { return m_slider; }
    QSpinBox *epochBox() const { return m_epochBox; }
    QComboBox *speedBox() const { return m_speedBox; }

public slots:
    void play();
    void pause();
    void togglePlay();
    void faster();
    void slower();
    void focusGoToEpoch();
    void goToEpochInBox();

signals:
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateIcons();
    void onTraceChanged();
    void onPositionChanged(TracePosition position);
    void showEpochInBox();
    void onTick();
    void updateEnabled();
    void updateIconSize();
    void reserveReadoutWidths();
    void placeReadouts();

    StepController *m_controller;
    std::array<QAction *, ActionCount> m_actions{};
    QList<QToolButton *> m_buttons;
    QSlider *m_slider;
    QComboBox *m_speedBox;
    QSpinBox *m_epochBox;
    QPushButton *m_goButton;
    QLabel *m_epochGroup;
    QLabel *m_sampleGroup;
    QLabel *m_operationGroup;
    QLabel *m_speedLabel;
    QLabel *m_goLabel;
    QLabel *m_stepLabel;
    QLabel *m_placeLabel;
    QLabel *m_operationLabel;
    QBoxLayout *m_positionRow = nullptr;
    QTimer m_playTimer;
    int m_speed = 2;
    long long m_divisor = 1;
    bool m_updatingSlider = false;
};

} // namespace deltatrace
