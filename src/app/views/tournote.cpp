// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tournote.h"

#include "untrustedtext.h"

#include <QEvent>
#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace deltatrace {

namespace {
// The note is what the class reads from the back of the room: larger than the rest of the
// window's type (which presenter mode has already made large).
constexpr double NoteScale = 1.2;
} // namespace

TourNote::TourNote(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_note(new QLabel(this)), m_skipped(new QLabel(this)), m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("tourNote"));
    m_header->setObjectName(QStringLiteral("tourNoteHeader"));
    m_note->setObjectName(QStringLiteral("tourNoteText"));
    m_skipped->setObjectName(QStringLiteral("tourNoteSkipped"));
    m_keys->setObjectName(QStringLiteral("tourNoteKeys"));
    for (QLabel *label : {m_header, m_note, m_skipped, m_keys}) {
        UntrustedText::makePlainLabel(label);
        label->setWordWrap(true);
    }
    // Our own short text: it keeps its width, the header wraps beside it.
    m_keys->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_keys->setWordWrap(false);
    m_keys->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_note->setTextInteractionFlags(Qt::NoTextInteraction);
    m_skipped->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    // The keys beside the header, so the note keeps the lines.
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_keys);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_skipped);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    updateFonts();
    retranslate();
}

void TourNote::fitHeight()
{
    // The labels' new text or font must count, not the sizes cached for the old ones.
    layout()->invalidate();
    // (Two pixels to spare: the dock's layout rounds, and a cut descender is a cut letter.)
    const int height = layout()->totalHeightForWidth(std::max(width(), 200)) + 2;
    // At most that: where the work above needs the room (a wide screen presenting the network and
    // a picture), the note gives way rather than make the window taller than the screen.
    if (height > 0 && height != maximumHeight()) {
        setMaximumHeight(height);
        updateGeometry();
    }
}

QSize TourNote::sizeHint() const { return {QWidget::sizeHint().width(), maximumHeight() < QWIDGETSIZE_MAX ? maximumHeight() : QWidget::sizeHint().height()}; }

// The whole note where the window has room for it; on a small screen with large views it may
// take up to 45 % of the height, and never less than the header and a line of the note.
QSize TourNote::minimumSizeHint() const
{
    const int least = m_header->fontMetrics().height() + m_note->fontMetrics().height() + 16;
    const int whole = maximumHeight() < QWIDGETSIZE_MAX ? maximumHeight() : least;
    const int cap = window() ? window()->height() * 45 / 100 : whole;
    return {100, std::max(least, std::min(whole, cap))};
}

void TourNote::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void TourNote::showStop(int number, int count, const QString &place, const QString &note, const QString &skipped)
{
    m_number = number;
    m_count = count;
    m_place = place;
    m_movedAway = false;
    m_note->setText(note);
    m_skipped->setText(skipped);
    m_skipped->setVisible(!skipped.isEmpty());
    updateHeader();
    fitHeight();
}

void TourNote::showStart(int count)
{
    m_number = 0;
    m_count = count;
    m_place.clear();
    m_movedAway = false;
    m_note->setText(tr("A tour of %n stop(s). Page Down goes to the first.", nullptr, count));
    m_skipped->clear();
    m_skipped->setVisible(false);
    updateHeader();
    fitHeight();
}

void TourNote::setMovedAway(bool away)
{
    if (away == m_movedAway)
        return;
    m_movedAway = away;
    updateHeader();
}

QString TourNote::headerText() const { return m_header->text(); }
QString TourNote::noteText() const { return m_note->text(); }
QString TourNote::skippedText() const { return m_skipped->isVisible() || !m_skipped->isHidden() ? m_skipped->text() : QString(); }

void TourNote::updateHeader()
{
    if (m_number <= 0) {
        m_header->setText(tr("Tour"));
        return;
    }
    QString header = tr("Stop %1 of %2 · %3").arg(m_number).arg(m_count).arg(m_place);
    if (m_movedAway)
        header += tr(" · moved on from it: Page Down goes to the next stop, Page Up back to this one");
    m_header->setText(header);
    fitHeight();
}

void TourNote::retranslate()
{
    m_keys->setText(tr("PgDn: next · PgUp: back"));
    updateHeader();
}

void TourNote::updateFonts()
{
    // Setting the labels' fonts sends FontChange events of their own; only the widget's counts.
    m_updatingFonts = true;
    QFont large = font();
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * NoteScale);
    else
        large.setPixelSize(static_cast<int>(large.pixelSize() * NoteScale));
    m_note->setFont(large);
    QFont small = font();
    for (QLabel *label : {m_header, m_skipped, m_keys})
        label->setFont(small);
    QPalette dim = m_keys->palette();
    dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_keys->setPalette(dim);
    m_updatingFonts = false;
    fitHeight();
}

void TourNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange && !m_updatingFonts)
        updateFonts();
    QWidget::changeEvent(event);
}

} // namespace deltatrace
