// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generaltour.h"

#include "networkstepcontroller.h"
#include "networktrace.h"
#include "tournote.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

namespace deltatrace {

GeneralTour::GeneralTour(QWidget *window, NetworkStepController *controller, TourNote *note, QAction *nextEpoch, QAction *previousEpoch,
                         std::function<void(const QString &)> showView, std::function<QString()> language)
    : QObject(window)
    , m_controller(controller)
    , m_note(note)
    , m_showView(std::move(showView))
    , m_language(std::move(language))
{
    // The keys of lessons 1-3's tour.
    auto make = [this, window](QAction *&member, QList<QKeySequence> keys, void (GeneralTour::*slot)()) {
        member = new QAction(this);
        member->setShortcuts(keys);
        member->setShortcutContext(Qt::WindowShortcut);
        window->addAction(member);
        connect(member, &QAction::triggered, this, slot);
    };
    make(m_startAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, &GeneralTour::start);
    make(m_nextAction, {}, &GeneralTour::next); // its keys: TourPageKeys
    make(m_previousAction, {}, &GeneralTour::previous);
    make(m_endAction, {}, &GeneralTour::end);
    m_pageKeys.emplace(m_nextAction, m_previousAction, nextEpoch, previousEpoch);
    // The note says whether the learner has stepped away from the stop (the next key goes on
    // from the stop, not from there).
    connect(m_controller, &NetworkStepController::positionChanged, this, [this](NetworkPosition position) {
        if (m_on && m_current >= 0)
            m_note->setMovedAway(position != m_stopPosition);
    });
    m_note->hide();
    retranslate();
    updateActions();
}

QList<QAction *> GeneralTour::actions() const { return {m_startAction, m_nextAction, m_previousAction, m_endAction}; }

void GeneralTour::retranslate()
{
    m_startAction->setText(tr("&Start Tour"));
    m_nextAction->setText(tr("&Next Tour Stop"));
    m_previousAction->setText(tr("&Previous Tour Stop"));
    m_endAction->setText(tr("&End Tour"));
    if (m_on)
        showNote(QString());
}

void GeneralTour::setStops(const QList<NetworkTourStop> &stops)
{
    m_stops = stops;
    m_current = -1;
    m_on = m_presenting && !m_stops.isEmpty();
    updateKeys();
    updateActions();
    if (m_on)
        showNote(QString());
    else
        m_note->hide();
}

std::optional<NetworkPosition> GeneralTour::positionOf(int index) const
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller->trace();
    if (!trace || index < 0 || index >= m_stops.size())
        return std::nullopt;
    const NetworkTourStop &stop = m_stops[index];
    const int N = trace->run().sampleCount();
    // A tour written for a longer run, or for other data.
    if (stop.epoch >= trace->epochCount() || stop.sample >= N)
        return std::nullopt;
    const long long step = static_cast<long long>(stop.epoch) * N + stop.sample;
    const int count = m_controller->operationsAt(step);
    int operation = count - 1;
    if (stop.operation) {
        const std::vector<LayerQuantity> &ops = trace->layout().operations(count == static_cast<int>(trace->layout().operations(true).size()));
        const auto found = std::find(ops.begin(), ops.end(), *stop.operation);
        if (found == ops.end())
            return std::nullopt;
        operation = static_cast<int>(found - ops.begin());
    }
    return NetworkPosition{step, operation};
}

bool GeneralTour::goToStop(int index)
{
    const std::optional<NetworkPosition> position = positionOf(index);
    if (!position)
        return false;
    m_on = true;
    m_current = index;
    m_stopPosition = *position;
    updateKeys();
    m_controller->setPosition(m_stopPosition);
    if (!m_stops[index].view.isEmpty() && m_showView)
        m_showView(m_stops[index].view);
    showNote(QString());
    updateActions();
    return true;
}

void GeneralTour::setPresenting(bool presenting)
{
    m_presenting = presenting;
    // Presenting a run with a tour: Page Down starts it.
    if (presenting && !m_stops.isEmpty() && m_controller->trace())
        m_on = true;
    updateKeys();
    updateActions();
    if (m_on)
        showNote(QString());
}

void GeneralTour::start()
{
    if (m_stops.isEmpty() || !m_controller->trace())
        return;
    m_on = true;
    m_current = -1;
    updateKeys();
    step(1);
}

void GeneralTour::end()
{
    m_on = false;
    m_current = -1;
    m_note->hide();
    updateKeys();
    updateActions();
}

void GeneralTour::next()
{
    if (!m_on)
        start();
    else
        step(1);
}

void GeneralTour::previous()
{
    if (!m_on)
        start();
    else
        step(-1);
}

void GeneralTour::step(int direction)
{
    QStringList skipped;
    for (int i = m_current + direction; i >= 0 && i < m_stops.size(); i += direction) {
        if (goToStop(i)) {
            if (!skipped.isEmpty())
                showNote(skipped.join(QLatin1Char(' ')));
            return;
        }
        skipped << tr("Stop %1 was passed over: its place (epoch %2, sample %3) is not in this run.").arg(i + 1).arg(m_stops[i].epoch).arg(m_stops[i].sample);
    }
    // No stop further this way: back to the tour's own stop, wherever the stepping keys went.
    if (m_current >= 0 && !goToStop(m_current))
        m_current = -1;
    if (m_current < 0 || !skipped.isEmpty())
        showNote(skipped.join(QLatin1Char(' ')));
}

void GeneralTour::showNote(const QString &skipped)
{
    const int count = static_cast<int>(m_stops.size());
    if (m_current < 0) {
        if (skipped.isEmpty())
            m_note->showStart(count);
        else
            m_note->showStop(0, count, QString(), tr("No stop of this tour is in this run."), skipped);
    } else {
        m_note->showStop(m_current + 1, count, placeText(m_stopPosition), m_stops[m_current].noteIn(m_language()), skipped);
        m_note->setMovedAway(m_controller->position() != m_stopPosition);
    }
    m_note->show();
}

QString GeneralTour::placeText(const NetworkPosition &position) const
{
    const std::shared_ptr<const NetworkTrace> &trace = m_controller->trace();
    if (!trace)
        return {};
    const int N = trace->run().sampleCount();
    const bool update = m_controller->operationsAt(position.step) == static_cast<int>(trace->layout().operations(true).size());
    const LayerQuantity q = trace->layout().operations(update)[static_cast<std::size_t>(position.operation)];
    return tr("epoch %1, sample %2, %3").arg(position.step / N).arg(position.step % N).arg(QString::fromStdString(q.name()));
}

void GeneralTour::updateKeys() { m_pageKeys->setTaken(m_on && m_presenting); }

void GeneralTour::updateActions()
{
    const bool hasStops = !m_stops.isEmpty() && m_controller->trace();
    m_startAction->setEnabled(hasStops);
    m_nextAction->setEnabled(hasStops);
    m_previousAction->setEnabled(hasStops);
    m_endAction->setEnabled(m_on);
}

} // namespace deltatrace
