// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handoutwriter.h"
#include "traceposition.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace deltatrace {

class Trace;

// File ▸ Export Handout…: the paper, which pictures each section has, and the sections: the
// current position with a note, or, when the run has a tour, one section per tour stop with
// the stop's note. The handout is in the window's language.
class HandoutDialog : public QDialog
{
    Q_OBJECT
public:
    // `tourStops`: the tour of the run on screen, as the window resolved it (none: no tour).
    HandoutDialog(std::shared_ptr<const Trace> trace, TracePosition position, const QString &language,
                  const QList<ResolvedStop> &tourStops = {}, QWidget *parent = nullptr);

    // The handout as chosen: the current position with the note, or a section per tour stop
    // with the stop's note.
    HandoutWriter::Document document() const;

    // Asks for the choices and a file, then writes the handout with a progress dialog; a failure
    // is shown in a message box. Nothing happens without a run.
    static void exportHandout(QWidget *parent, std::shared_ptr<const Trace> trace, TracePosition position, const QString &language,
                              const QList<ResolvedStop> &tourStops = {});

private:
    std::shared_ptr<const Trace> m_trace;
    TracePosition m_position;
    QString m_language;
    std::vector<HandoutWriter::Section> m_tourSections;
    QComboBox *m_sections;
    QComboBox *m_paper;
    QCheckBox *m_formula;
    QCheckBox *m_diagram;
    QCheckBox *m_plane;
    QComboBox *m_chart;
    QPlainTextEdit *m_note;
};

} // namespace deltatrace
