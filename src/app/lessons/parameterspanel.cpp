// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterspanel.h"

#include "runlimits.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace deltatrace {

ParametersPanel::ParametersPanel(QWidget *parent)
    : QWidget(parent),
      m_seedLabel(new QLabel(this)),
      m_alphaLabel(new QLabel(this)),
      m_epochsLabel(new QLabel(this)),
      m_seed(new QDoubleSpinBox(this)),
      m_alpha(new QLineEdit(this)),
      m_epochs(new QSpinBox(this)),
      m_alphaProblem(new QLabel(this)),
      m_run(new QPushButton(this)),
      m_reset(new QPushButton(this)),
      m_editData(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)),
      m_progressLabel(new QLabel(this))
{
    m_seed->setObjectName(QStringLiteral("seed"));
    m_alpha->setObjectName(QStringLiteral("alpha"));
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_run->setObjectName(QStringLiteral("run"));
    m_reset->setObjectName(QStringLiteral("reset"));
    m_editData->setObjectName(QStringLiteral("editData"));
    m_cancel->setObjectName(QStringLiteral("cancel"));

    m_seed->setDecimals(0);
    m_seed->setRange(0, static_cast<double>(RunLimits::MaxSeed));
    m_seed->setGroupSeparatorShown(false);
    m_epochs->setRange(1, RunLimits::MaxEpochs);
    m_epochs->setGroupSeparatorShown(true);
    m_alphaProblem->setWordWrap(true);
    m_alphaProblem->setVisible(false);
    m_alphaProblem->setStyleSheet(QStringLiteral("color: #b2182b;"));

    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_run->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_alphaLabel, m_alpha);
    form->addRow(QString(), m_alphaProblem);
    form->addRow(m_epochsLabel, m_epochs);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    // The data come before a run, as the parameters do; on a row of its own so the panel
    // stays narrow.
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_editData);
    dataRow->addStretch();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(dataRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressLabel);
    layout->addStretch();

    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_progressLabel->setVisible(false);

    connect(m_alpha, &QLineEdit::textChanged, this, &ParametersPanel::validate);
    connect(m_alpha, &QLineEdit::returnPressed, this, [this] {
        if (isValid() && !m_recording)
            emit runRequested();
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (isValid())
            emit runRequested();
    });
    connect(m_reset, &QPushButton::clicked, this, &ParametersPanel::reset);
    connect(m_cancel, &QPushButton::clicked, this, &ParametersPanel::cancelRequested);
    connect(m_editData, &QPushButton::clicked, this, &ParametersPanel::editDataRequested);

    retranslate();
    setExperiment(nullptr);
}

void ParametersPanel::setExperiment(const Experiment *experiment)
{
    m_hasExperiment = experiment != nullptr;
    if (experiment) {
        m_defaultSeed = experiment->seed;
        m_defaultAlpha = experiment->alpha;
        m_defaultEpochs = experiment->epochs;
        m_forwardOnly = experiment->rule == Rule::Forward;
        setValues(m_defaultSeed, m_defaultAlpha, m_defaultEpochs);
    }
    setRecording(m_recording);
}

void ParametersPanel::setValues(std::uint32_t seed, double alpha, int epochs)
{
    m_seed->setValue(static_cast<double>(seed));
    // The shortest text that reads back as the same double: 0.9, not 0.90000000000000002.
    m_alpha->setText(QString::number(alpha, 'g', QLocale::FloatingPointShortest));
    m_epochs->setValue(epochs);
    validate();
}

std::uint32_t ParametersPanel::seed() const { return static_cast<std::uint32_t>(std::llround(m_seed->value())); }

std::optional<double> ParametersPanel::alpha() const
{
    // Both the C locale's "0.5" and the user's own decimal comma are accepted.
    const QString text = m_alpha->text().trimmed();
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value) || value <= 0.0 || value > RunLimits::MaxAlpha)
        return std::nullopt;
    return value;
}

int ParametersPanel::epochs() const { return m_epochs->value(); }

void ParametersPanel::validate()
{
    const bool valid = isValid();
    m_alphaProblem->setVisible(!valid);
    m_alpha->setStyleSheet(valid ? QString() : QStringLiteral("border: 2px solid #b2182b;"));
    setRecording(m_recording);
}

void ParametersPanel::reset()
{
    if (!m_hasExperiment)
        return;
    setValues(m_defaultSeed, m_defaultAlpha, m_defaultEpochs);
    emit runRequested();
}

void ParametersPanel::setRecording(bool recording)
{
    m_recording = recording;
    const bool editable = m_hasExperiment && !recording;
    m_seed->setEnabled(editable);
    m_alpha->setEnabled(editable);
    // A forward pass learns nothing: one epoch shows it all, and the lesson format demands 1.
    m_epochs->setEnabled(editable && !m_forwardOnly);
    m_run->setEnabled(editable && isValid());
    m_reset->setEnabled(editable);
    m_editData->setEnabled(editable);
    // A lesson-sized run records in milliseconds: the progress bar only appears for a run that
    // takes long enough to be worth watching, so short ones do not make the panel flicker.
    if (recording) {
        QTimer::singleShot(ProgressDelayMs, this, [this] {
            if (!m_recording)
                return;
            m_progress->setVisible(true);
            m_cancel->setVisible(true);
            m_progressLabel->setVisible(true);
        });
    } else {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_progressLabel->setVisible(false);
        m_progress->setValue(0);
    }
}

void ParametersPanel::setProgress(long long epochsDone, long long epochsTotal)
{
    m_done = epochsDone;
    m_total = epochsTotal;
    const double fraction = epochsTotal > 0 ? static_cast<double>(epochsDone) / static_cast<double>(epochsTotal) : 0.0;
    m_progress->setValue(static_cast<int>(std::lround(1000.0 * fraction)));
    m_progressLabel->setText(tr("Recording: epoch %1 of %2").arg(epochsDone).arg(epochsTotal));
}

void ParametersPanel::retranslate()
{
    m_seedLabel->setText(tr("&Seed:"));
    m_seedLabel->setBuddy(m_seed);
    m_alphaLabel->setText(tr("&Learning rate (alpha):"));
    m_alphaLabel->setBuddy(m_alpha);
    m_epochsLabel->setText(tr("&Epochs:"));
    m_epochsLabel->setBuddy(m_epochs);
    m_seed->setToolTip(tr("np.random.seed(seed): the same seed gives the same initial weights."));
    m_alpha->setToolTip(tr("How far each update moves the weights. Try a huge value such as 1e6: the sigmoids saturate (outputs of exactly 0 or 1) and a banner says what that stops."));
    m_epochs->setToolTip(tr("How many times the four samples are visited."));
    m_alphaProblem->setText(tr("Alpha must be a number greater than 0."));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Record the run with these parameters"));
    m_reset->setText(tr("Rese&t"));
    m_reset->setToolTip(tr("Put back the lesson's parameters and record again"));
    m_editData->setText(tr("Edit &Data…"));
    m_editData->setToolTip(tr("Change the lesson's targets d (AND, OR, NAND, XOR or your own) before a run"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop recording; the run shown before stays"));
    if (m_total > 0)
        setProgress(m_done, m_total);
}

void ParametersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
