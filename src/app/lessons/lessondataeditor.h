// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "lessonwriter.h"

#include <QDialog>

#include <array>
#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace deltatrace {

// The lesson's four samples with their targets, before a run: the inputs x[0], x[1] as they
// are, the targets D editable one by one or set by a preset (AND, OR, NAND, XOR). Run records
// the current experiment on these targets; Save as Lesson writes the edited lesson as a lesson
// file (LessonWriter) that can be opened later. Problems are shown in the dialog in plain words.
class LessonDataEditor : public QDialog
{
    Q_OBJECT
public:
    LessonDataEditor(const Lesson &lesson, const QString &language, QWidget *parent = nullptr);

    SampleVector targets() const;
    void setTargets(const SampleVector &D);
    void applyPreset(LessonWriter::Preset preset);
    // Whether the targets differ from the lesson's own.
    bool isEdited() const;

    // The lesson to run: the lesson itself while its targets are unchanged, else the edited
    // lesson; nullopt with the reason shown when the targets are refused.
    std::optional<Lesson> lessonToRun();
    // Writes the edited lesson to `path` (atomically); false with the reason shown.
    bool saveAs(const QString &path);
    // What the dialog tells the learner under the table ("" when nothing).
    QString message() const;

    QPushButton *presetButton(LessonWriter::Preset preset) const;
    QPushButton *originalButton() const { return m_original; }
    QDoubleSpinBox *targetBox(int sample) const { return m_targets[static_cast<size_t>(sample)]; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *saveButton() const { return m_save; }

signals:
    // Run was pressed with acceptable targets; the dialog closes.
    void runRequested(const deltatrace::Lesson &lesson);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void run();
    void saveDialog();
    void showMessage(const QString &text, bool problem);

    Lesson m_lesson;
    QString m_language;
    QLabel *m_intro;
    QLabel *m_sampleHeader;
    QLabel *m_targetHeader;
    QLabel *m_presetsLabel;
    std::array<QDoubleSpinBox *, SampleCount> m_targets{};
    std::array<QPushButton *, 4> m_presets{};
    QPushButton *m_original;
    QLabel *m_state;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_messageIsProblem = false;
};

} // namespace deltatrace
