// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace deltatrace {

// The run's parameters (seed, learning rate alpha, epochs) with Run and Reset, and while a
// recording is in progress its progress bar and Cancel. Reset puts back the experiment's own
// values from the lesson file and runs them. The panel checks what is typed; the window builds
// the run from the values.
class ParametersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget *parent = nullptr);

    // The experiment whose defaults Reset restores; null disables the panel (a trace file
    // replayed on its own has nothing to re-record unless its lesson came with it).
    void setExperiment(const Experiment *experiment);
    void setValues(std::uint32_t seed, double alpha, int epochs);

    std::uint32_t seed() const;
    // nullopt while the text is not a finite number > 0.
    std::optional<double> alpha() const;
    int epochs() const;
    bool isValid() const { return alpha().has_value(); }

    // While recording: Run and the fields are disabled, the progress bar and Cancel show.
    void setRecording(bool recording);
    void setProgress(long long epochsDone, long long epochsTotal);

    static constexpr int ProgressDelayMs = 150;

    QPushButton *runButton() const { return m_run; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *editDataButton() const { return m_editData; }
    QLineEdit *alphaEdit() const { return m_alpha; }
    QSpinBox *epochsBox() const { return m_epochs; }

signals:
    void runRequested();
    void cancelRequested();
    // Edit Data…: the learner wants to change the lesson's targets before a run.
    void editDataRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void reset();

    QLabel *m_seedLabel;
    QLabel *m_alphaLabel;
    QLabel *m_epochsLabel;
    QDoubleSpinBox *m_seed; // a double holds every seed up to 2^32 - 1 exactly; QSpinBox stops at 2^31 - 1
    QLineEdit *m_alpha;     // free text: a learner may type 1e308 to watch the numbers blow up
    QSpinBox *m_epochs;
    QLabel *m_alphaProblem;
    QPushButton *m_run;
    QPushButton *m_reset;
    QPushButton *m_editData;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_progressLabel;

    bool m_hasExperiment = false;
    bool m_recording = false;
    bool m_forwardOnly = false;
    std::uint32_t m_defaultSeed = 0;
    double m_defaultAlpha = 0.9;
    int m_defaultEpochs = 1;
    long long m_done = 0;
    long long m_total = 0;
};

} // namespace deltatrace
