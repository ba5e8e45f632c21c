// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoutdialog.h"

#include "trace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace deltatrace {

HandoutDialog::HandoutDialog(std::shared_ptr<const Trace> trace, TracePosition position, const QString &language,
                             const QList<ResolvedStop> &tourStops, QWidget *parent)
    : QDialog(parent),
      m_trace(std::move(trace)),
      m_position(position),
      m_language(language),
      m_tourSections(HandoutWriter::tourSections(tourStops, language)),
      m_sections(new QComboBox(this)),
      m_paper(new QComboBox(this)),
      m_formula(new QCheckBox(tr("The formula with its numbers"), this)),
      m_diagram(new QCheckBox(tr("The network diagram"), this)),
      m_plane(new QCheckBox(tr("The input plane"), this)),
      m_chart(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Export Handout"));
    setObjectName(QStringLiteral("handoutDialog"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), static_cast<int>(HandoutWriter::Paper::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(HandoutWriter::Paper::Letter));
    // Where the user is, not the window's language: English is read on A4 too.
    m_paper->setCurrentIndex(HandoutWriter::defaultPaper(QLocale::system()) == HandoutWriter::Paper::Letter ? 1 : 0);
    m_formula->setObjectName(QStringLiteral("includeFormula"));
    m_diagram->setObjectName(QStringLiteral("includeDiagram"));
    m_plane->setObjectName(QStringLiteral("includePlane"));
    m_note->setObjectName(QStringLiteral("note"));
    m_chart->setObjectName(QStringLiteral("chart"));
    // The charts' own tab names, as the window shows them.
    m_chart->addItem(tr("No chart"), static_cast<int>(HandoutWriter::Chart::None));
    m_chart->addItem(QCoreApplication::translate("deltatrace::TrainingCharts", "Loss"), static_cast<int>(HandoutWriter::Chart::Loss));
    m_chart->addItem(QCoreApplication::translate("deltatrace::TrainingCharts", "Outputs"), static_cast<int>(HandoutWriter::Chart::Outputs));
    m_chart->addItem(QCoreApplication::translate("deltatrace::TrainingCharts", "Weights"), static_cast<int>(HandoutWriter::Chart::Weights));
    for (QCheckBox *box : {m_formula, m_diagram, m_plane})
        box->setChecked(true);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What to say at this point (optional)"));

    auto *pictures = new QVBoxLayout;
    pictures->addWidget(m_formula);
    pictures->addWidget(m_diagram);
    pictures->addWidget(m_plane);
    pictures->addWidget(m_chart);
    auto *form = new QFormLayout;
    m_sections->setObjectName(QStringLiteral("sections"));
    if (m_trace && m_trace->stepCount() > 0)
        m_sections->addItem(HandoutWriter::sectionTitle(*m_trace, m_position));
    if (!m_tourSections.empty()) {
        m_sections->addItem(tr("The tour: %n stop(s), each with its note", nullptr, static_cast<int>(m_tourSections.size())));
        // The stops bring their own notes.
        connect(m_sections, &QComboBox::currentIndexChanged, this, [this](int index) { m_note->setEnabled(index == 0); });
    }
    if (m_sections->count() > 0)
        form->addRow(tr("Position:"), m_sections);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Pictures:"), pictures);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

HandoutWriter::Document HandoutDialog::document() const
{
    HandoutWriter::Document document = HandoutWriter::of(m_trace, m_language);
    document.paper = static_cast<HandoutWriter::Paper>(m_paper->currentData().toInt());
    document.contents.formula = m_formula->isChecked();
    document.contents.diagram = m_diagram->isChecked();
    document.contents.inputPlane = m_plane->isChecked();
    document.contents.chart = static_cast<HandoutWriter::Chart>(m_chart->currentData().toInt());
    if (m_sections->currentIndex() == 1)
        document.sections = m_tourSections;
    else
        document.sections.push_back({m_position, m_note->toPlainText()});
    return document;
}

void HandoutDialog::exportHandout(QWidget *parent, std::shared_ptr<const Trace> trace, TracePosition position, const QString &language,
                                  const QList<ResolvedStop> &tourStops)
{
    if (!trace || trace->stepCount() <= 0)
        return;
    HandoutDialog dialog(trace, position, language, tourStops, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const HandoutWriter::Document document = dialog.document();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2.pdf").arg(trace->spec().lessonId, trace->spec().experimentId));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Handout"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    // A section takes a moment; a tour's many sections may take a few seconds.
    QProgressDialog progress(tr("Writing the handout…"), tr("Cancel"), 0, static_cast<int>(document.sections.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool written = HandoutWriter::write(document, path, &error, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written && !progress.wasCanceled())
        QMessageBox::warning(parent, tr("Export Handout"), error);
}

} // namespace deltatrace
