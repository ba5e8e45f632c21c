#pragma once

#include <QFuture>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace deltatrace {

// A widget's picture, rendered on a worker thread as soon as what it shows changes, so that it
// renders while the window updates its other views instead of after them, in the paint. When it
// arrives, the widget repaints (`ready`).
//
// The widget describes each new scene with a render function that owns copies of everything it
// needs (it runs on another thread) and asks for the picture when it paints. A paint never shows
// a stale picture: it takes the current scene's picture if it has arrived, waits a little for it
// if it is being rendered, and otherwise renders it itself (the first picture, after a resize, a
// new font or language). One render runs at a time; scenes that come and go while it runs are
// skipped, only the latest is rendered next.
//
// The worker runs at idle priority (SCHED_IDLE on Linux): it uses a core only when nothing else
// wants it, and never takes one from the window's thread. On two cores, with two pictures'
// renders and the window's thread all runnable at once, a render woken in the middle of a step
// took the window's core for 0.3 ms at a time; at idle priority, stepping by sample went from
// 2.2 to 1.85 ms. An idle thread can wait long for a core on a busy machine, so nothing waits for
// it for long: a paint waits only briefly (DefaultPaintWait) before rendering the picture itself,
// and a picture that has not arrived by its deadline (Deadline) is painted that way too. Either
// way the worker's late copy is dropped.
template<typename Picture>
class BackgroundPicture
{
public:
    using Render = std::function<Picture()>;

    // The longest a paint waits for the worker's render of the current scene. A render takes
    // about a millisecond; on a busy machine an idle-priority one may not get a core for longer.
    static constexpr std::chrono::milliseconds DefaultPaintWait{4};
    // How long after a change the widget repaints even if the worker has not delivered.
    static constexpr std::chrono::milliseconds Deadline{8};

    // context: the widget; `ready` runs on its thread when a picture of the current scene arrives.
    BackgroundPicture(QObject *context, std::function<void()> ready, std::chrono::milliseconds paintWait = DefaultPaintWait)
        : m_context(context), m_ready(std::move(ready)), m_paintWait(paintWait)
    {
        m_worker.setMaxThreadCount(1);
        m_worker.setThreadPriority(QThread::IdlePriority);
    }
    ~BackgroundPicture() { m_running.waitForFinished(); }
    BackgroundPicture(const BackgroundPicture &) = delete;
    BackgroundPicture &operator=(const BackgroundPicture &) = delete;

    // What the picture shows changed: start rendering it now (or when the running render ends).
    // `ready` runs when it is done, or at the deadline if it is not, unless a paint has shown it.
    void sceneChanged(Render render)
    {
        ++m_scene;
        m_latest = std::move(render);
        if (!m_running.isRunning())
            startLatest();
        QTimer::singleShot(Deadline, m_context, [this, scene = m_scene] {
            if (scene == m_scene && m_shown != m_scene)
                m_ready(); // the widget repaints, and its paint gets the picture one way or the other
        });
    }

    // What the picture shows changed in a way the widget renders itself at the next paint.
    void invalidate()
    {
        ++m_scene;
        m_latest.reset();
    }

    // The picture of the current scene, for painting now.
    const Picture &current(const Render &renderHere)
    {
        if (m_shown == m_scene)
            return m_picture;
        if (m_runningScene == m_scene) {
            // Rendering on the worker (or done, its delivery still queued): a paint that comes
            // meanwhile (a neighbour's repaint can cover this widget) takes it when it is done.
            std::unique_lock lock(m_handoff->mutex);
            const quint64 scene = m_scene;
            if (m_handoff->arrived.wait_for(lock, m_paintWait, [&] { return m_handoff->scene == scene; })) {
                show(m_handoff->picture, scene);
                return m_picture;
            }
        }
        show(renderHere(), m_scene);
        return m_picture;
    }

    // The picture of the current scene is at hand: a paint would not wait or render.
    bool isCurrent() const { return m_shown == m_scene; }
    int renders() const { return m_renders; }

private:
    // Where the worker leaves each picture for a paint that is waiting for it. Shared, so that a
    // render still running when the widget goes has somewhere to put its picture.
    struct Handoff
    {
        std::mutex mutex;
        std::condition_variable arrived;
        quint64 scene = 0;
        Picture picture{};
    };

    void startLatest()
    {
        if (!m_latest)
            return;
        const quint64 scene = m_scene;
        m_runningScene = scene;
        m_running = QtConcurrent::run(&m_worker, [handoff = m_handoff, scene, render = std::move(*m_latest)] {
            Picture picture = render();
            {
                const std::lock_guard lock(handoff->mutex);
                handoff->scene = scene;
                handoff->picture = picture;
            }
            handoff->arrived.notify_all();
            return picture;
        });
        m_latest.reset();
        // Back on the widget's thread when done; dropped if the widget is gone by then.
        m_running.then(m_context, [this, scene](const Picture &picture) { finished(picture, scene); });
    }

    void finished(const Picture &picture, quint64 scene)
    {
        if (scene == m_scene && m_shown != m_scene) { // else a paint has shown it already
            show(picture, scene);
            m_ready();
        }
        if (scene != m_scene)
            startLatest(); // the scene moved on while this one rendered
    }

    void show(const Picture &picture, quint64 scene)
    {
        m_picture = picture;
        m_shown = scene;
        ++m_renders;
    }

    QObject *m_context;
    std::function<void()> m_ready;
    const std::chrono::milliseconds m_paintWait;
    std::shared_ptr<Handoff> m_handoff = std::make_shared<Handoff>();
    QThreadPool m_worker;
    QFuture<Picture> m_running;
    quint64 m_runningScene = 0;
    std::optional<Render> m_latest; // the newest scene not yet started
    quint64 m_scene = 1;            // bumped at every change
    quint64 m_shown = 0;            // the scene m_picture shows
    Picture m_picture{};
    int m_renders = 0;
};

} // namespace deltatrace
