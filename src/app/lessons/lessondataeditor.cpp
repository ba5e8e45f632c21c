// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessondataeditor.h"

#include "untrustedtext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace deltatrace {

namespace {

const QString LessonSuffix = QStringLiteral(".lesson.json");

// A target as the lesson file and the code write it: "0", "1", "0.25", not "0.0000".
class TargetBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', decimals() + 1); }
    // Room for the longest target, though the range's ends are "0" and "1".
    QSize sizeHint() const override { return widened(QDoubleSpinBox::sizeHint()); }
    QSize minimumSizeHint() const override { return widened(QDoubleSpinBox::minimumSizeHint()); }

private:
    QSize widened(QSize size) const
    {
        size.rwidth() += fontMetrics().horizontalAdvance(QStringLiteral("0.0000")) - fontMetrics().horizontalAdvance(QStringLiteral("0"));
        return size;
    }
};

} // namespace

LessonDataEditor::LessonDataEditor(const Lesson &lesson, const QString &language, QWidget *parent)
    : QDialog(parent), m_lesson(lesson), m_language(language)
{
    setObjectName(QStringLiteral("lessonDataEditor"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    // One row per sample: k, x[0], x[1] → d. The inputs are fixed; only the targets change.
    auto *table = new QGridLayout;
    table->setHorizontalSpacing(16);
    m_sampleHeader = new QLabel(this);
    table->addWidget(m_sampleHeader, 0, 0);
    table->addWidget(new QLabel(QStringLiteral("x[0]"), this), 0, 1, Qt::AlignCenter);
    table->addWidget(new QLabel(QStringLiteral("x[1]"), this), 0, 2, Qt::AlignCenter);
    m_targetHeader = new QLabel(this);
    table->addWidget(m_targetHeader, 0, 4);
    for (int k = 0; k < SampleCount; ++k) {
        table->addWidget(new QLabel(QString::number(k), this), k + 1, 0, Qt::AlignCenter);
        for (int c = 0; c < 2; ++c)
            table->addWidget(new QLabel(QString::number(lesson.X(k, c)), this), k + 1, c + 1, Qt::AlignCenter);
        table->addWidget(new QLabel(QStringLiteral("→"), this), k + 1, 3, Qt::AlignCenter);
        auto *box = new TargetBox(this);
        box->setObjectName(QStringLiteral("target%1").arg(k));
        // A sigmoid's output lies in [0, 1]; a step of 1 lets the arrow keys flip 0 and 1.
        box->setRange(0.0, 1.0);
        box->setDecimals(4);
        box->setSingleStep(1.0);
        box->setLocale(QLocale::c()); // the numbers are written as in the lesson file and the code
        box->setValue(lesson.D(k));
        connect(box, &QDoubleSpinBox::valueChanged, this, &LessonDataEditor::refresh);
        table->addWidget(box, k + 1, 4);
        m_targets[static_cast<size_t>(k)] = box;
    }
    table->setColumnStretch(5, 1);
    layout->addLayout(table);

    auto *presets = new QHBoxLayout;
    m_presetsLabel = new QLabel(this);
    presets->addWidget(m_presetsLabel);
    const bool binaryInputs = LessonWriter::presetTargets(LessonWriter::Preset::And, lesson.X).has_value();
    for (size_t i = 0; i < m_presets.size(); ++i) {
        const LessonWriter::Preset preset = LessonWriter::Presets[i];
        // Alt+A, O, N, X: no other button of the dialog starts with these letters.
        auto *button = new QPushButton(QLatin1Char('&') + LessonWriter::presetName(preset), this);
        button->setObjectName(QStringLiteral("preset") + LessonWriter::presetName(preset));
        button->setCheckable(true);
        button->setAutoDefault(false);
        // A gate needs inputs that are 0 or 1.
        button->setEnabled(binaryInputs);
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
        presets->addWidget(button);
        m_presets[i] = button;
    }
    m_original = new QPushButton(this);
    m_original->setObjectName(QStringLiteral("originalTargets"));
    m_original->setAutoDefault(false);
    connect(m_original, &QPushButton::clicked, this, [this] { setTargets(m_lesson.D); });
    presets->addWidget(m_original);
    presets->addStretch();
    layout->addLayout(presets);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dataEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(this);
    m_run = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_run->setDefault(true);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save->setAutoDefault(false);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, &LessonDataEditor::run);
    connect(m_save, &QPushButton::clicked, this, &LessonDataEditor::saveDialog);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    retranslate();
}

SampleVector LessonDataEditor::targets() const
{
    SampleVector D;
    for (int k = 0; k < SampleCount; ++k)
        D(k) = m_targets[static_cast<size_t>(k)]->value();
    return D;
}

void LessonDataEditor::setTargets(const SampleVector &D)
{
    for (int k = 0; k < SampleCount; ++k) {
        QSignalBlocker quiet(m_targets[static_cast<size_t>(k)]);
        m_targets[static_cast<size_t>(k)]->setValue(D(k));
    }
    refresh();
}

void LessonDataEditor::applyPreset(LessonWriter::Preset preset)
{
    if (const auto D = LessonWriter::presetTargets(preset, m_lesson.X))
        setTargets(*D);
}

bool LessonDataEditor::isEdited() const { return targets() != m_lesson.D; }

QPushButton *LessonDataEditor::presetButton(LessonWriter::Preset preset) const
{
    return m_presets[static_cast<size_t>(preset)];
}

std::optional<Lesson> LessonDataEditor::lessonToRun()
{
    if (!isEdited())
        return m_lesson;
    const LessonLoader::Result edited = LessonWriter::withTargets(m_lesson, targets());
    if (!edited.ok()) {
        showMessage(edited.error, true);
        return std::nullopt;
    }
    return edited.lesson;
}

bool LessonDataEditor::saveAs(const QString &path)
{
    const LessonLoader::Result edited = LessonWriter::withTargets(m_lesson, targets());
    QString error = edited.error;
    if (edited.ok() && LessonWriter::save(*edited.lesson, path, &error)) {
        showMessage(tr("Saved the lesson as %1. Open it later with File ▸ Open.").arg(QDir::toNativeSeparators(path)), false);
        return true;
    }
    showMessage(error, true);
    return false;
}

QString LessonDataEditor::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void LessonDataEditor::run()
{
    if (const auto lesson = lessonToRun()) {
        emit runRequested(*lesson);
        accept();
    }
}

void LessonDataEditor::saveDialog()
{
    // Beside the original lesson file when there is one, so the lesson list can find it.
    const QString folder = m_lesson.filePath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                       : QFileInfo(m_lesson.filePath).absolutePath();
    const QString suggested = QDir(folder).filePath(LessonWriter::editedId(m_lesson.id) + LessonSuffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Save as Lesson"), suggested, tr("DeltaTrace lessons (*.lesson.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(LessonSuffix))
        path += LessonSuffix;
    saveAs(path);
}

void LessonDataEditor::showMessage(const QString &text, bool problem)
{
    m_messageIsProblem = problem;
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void LessonDataEditor::refresh()
{
    const SampleVector D = targets();
    const auto preset = LessonWriter::presetOf(D, m_lesson.X);
    for (size_t i = 0; i < m_presets.size(); ++i)
        m_presets[i]->setChecked(preset == LessonWriter::Presets[i]);
    const bool edited = isEdited();
    m_original->setEnabled(edited);
    m_save->setEnabled(edited);
    const QString name = preset ? LessonWriter::presetName(*preset) : QString();
    if (!edited)
        m_state->setText(name.isEmpty() ? tr("These are the lesson's own targets.") : tr("These are the lesson's own targets (%1).").arg(name));
    else
        m_state->setText(name.isEmpty() ? tr("Edited targets: the run will use your data, and the lesson's explanations will not apply.")
                                        : tr("Edited targets (%1): the run will use your data, and the lesson's explanations will not apply.").arg(name));
    m_message->setVisible(false);
}

void LessonDataEditor::retranslate()
{
    setWindowTitle(tr("Edit Data"));
    m_intro->setText(tr("%1: the four samples and their targets d. Choose a preset or type a target from 0 to 1, then run the "
                        "experiment on your data or save it as a new lesson.")
                         .arg(UntrustedText::line(m_lesson.title.in(m_language))));
    m_sampleHeader->setText(tr("Sample"));
    m_targetHeader->setText(tr("Target d"));
    m_presetsLabel->setText(tr("Presets:"));
    m_original->setText(tr("&Lesson's Own"));
    m_original->setToolTip(tr("Put back the lesson's own targets"));
    for (int k = 0; k < SampleCount; ++k)
        m_targets[static_cast<size_t>(k)]->setAccessibleName(tr("Target d of sample %1").arg(k));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Record the current experiment on these targets"));
    m_save->setText(tr("&Save as Lesson…"));
    m_save->setToolTip(tr("Write the lesson with these targets to a new lesson file"));
    if (!m_message->isVisible())
        refresh();
    else {
        const QString kept = m_message->text();
        refresh();
        showMessage(kept, m_messageIsProblem);
    }
}

void LessonDataEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace deltatrace
