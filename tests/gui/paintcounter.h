// SPDX-FileCopyrightText: 2026 DeltaTrace contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace deltatrace::fixtures {

// Counts the paint events a widget receives: to see whether a change repaints a view at once or
// only later (a picture rendered on a worker thread arrives).
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int paints = 0;

    // Paints what has been asked to repaint so far, and nothing else: no timers, no deliveries
    // from worker threads.
    static void paintRequestedUpdates() { QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace deltatrace::fixtures
