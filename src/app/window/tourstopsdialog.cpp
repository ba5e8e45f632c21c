// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourstopsdialog.h"

#include "tourmode.h"
#include "untrustedtext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace deltatrace {

TourStopsDialog::TourStopsDialog(TourMode *tour, QWidget *parent)
    : QDialog(parent), m_tour(tour), m_list(new QListWidget(this)), m_goTo(new QPushButton(tr("&Go To"), this)),
      m_up(new QPushButton(tr("Move &Up"), this)), m_down(new QPushButton(tr("Move &Down"), this)), m_delete(new QPushButton(tr("De&lete"), this))
{
    setObjectName(QStringLiteral("tourStopsDialog"));
    setWindowTitle(tr("Tour Stops"));
    m_list->setObjectName(QStringLiteral("tourStopsList"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_goTo, m_up, m_down, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(640, 400);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TourStopsDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_tour->goToStop(selected()); });
    connect(m_goTo, &QPushButton::clicked, this, [this] { m_tour->goToStop(selected()); });
    const auto move = [this](int delta) {
        const int row = selected();
        m_tour->moveStop(row, delta);
        fill();
        m_list->setCurrentRow(row + delta);
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = selected();
        m_tour->removeStop(row);
        fill();
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    });
    fill();
    m_list->setCurrentRow(std::max(0, m_tour->currentStop()));
}

int TourStopsDialog::selected() const { return m_list->currentRow(); }

void TourStopsDialog::fill()
{
    m_list->clear();
    const QList<ResolvedStop> &resolved = m_tour->resolvedStops();
    const QList<TourStop> &stops = m_tour->tour().stops;
    for (qsizetype i = 0; i < stops.size(); ++i) {
        const TourStop &s = stops[i];
        QString place;
        if (s.event)
            place = TraceEvents::name(*s.event);
        else
            place = tr("epoch %1, sample %2").arg(s.epoch).arg(s.sample)
                    + (s.operation ? QStringLiteral(", ") + QString::fromLatin1(quantityName(*s.operation).data(), qsizetype(quantityName(*s.operation).size())) : QString());
        const bool skipped = i < resolved.size() && !resolved[i].position;
        // The note from a file is shown as one plain line.
        const QString note = UntrustedText::line(s.note.ko.isEmpty() ? s.note.en : s.note.ko, 80);
        QString text = QStringLiteral("%1. %2 — %3").arg(i + 1).arg(place, note);
        if (skipped)
            text += tr(" (not in this run)");
        m_list->addItem(text);
    }
    updateButtons();
}

void TourStopsDialog::updateButtons()
{
    const int row = selected();
    const int count = m_list->count();
    const bool valid = row >= 0 && row < count;
    const QList<ResolvedStop> &resolved = m_tour->resolvedStops();
    m_goTo->setEnabled(valid && row < resolved.size() && resolved[row].position.has_value());
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < count);
    m_delete->setEnabled(valid);
}

} // namespace deltatrace
