#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>
#include <utility>

namespace deltatrace::fixtures {

// Counts the paint events a widget receives, and how many of them came before `ready` held: to
// see that a view whose picture renders on a worker thread repaints by itself when the picture
// arrives, and not before (a paint before it would have to wait for the worker or render itself).
class PaintCounter : public QObject
{
public:
    PaintCounter(QWidget *widget, std::function<bool()> ready) : QObject(widget), m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    int paints = 0;
    int paintsBeforeReady = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (!m_ready())
                ++paintsBeforeReady;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
};

} // namespace deltatrace::fixtures
