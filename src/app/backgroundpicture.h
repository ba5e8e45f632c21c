#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace deltatrace {

// The worker thread that renders every BackgroundPicture, at the lowest priority, one render after
// the other (why one: see the .cpp). It belongs to the process, not to a picture, so that a picture
// can go without waiting for its render; the application waits for it as it shuts down, before
// the fonts go.
QThreadPool &backgroundPictureWorkers();
// Called by each render on its worker thread: gives that thread the lowest priority once.
void lowerThisWorkersPriority();

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
// The worker runs at the lowest priority (nice 19 on Linux), so that when it and the window's
// thread want the same core, the window gets it: a render woken in the middle of a step must not
// hold up the window's own updates (guibench measured nice 0 and nice 10 no better, and jumps
// worse at nice 0). SCHED_IDLE, used before, starved a render for tens of seconds on a machine
// whose cores other programs kept busy, and a normal user's thread cannot leave it again. Even
// at nice 19 a render can wait for a core on a busy machine, so nothing waits for it for long: a
// paint waits only briefly (DefaultPaintWait) before rendering the picture itself, and a picture
// that has not arrived by its deadline (Deadline) is painted that way too. Either way the
// worker's late copy is dropped.
//
// For the same reason the destructor does not wait for a running render: closing the view would
// freeze the window for as long as the render waits for a core. A render owns copies of all it
// reads and leaves its picture in a shared handoff, so it can finish after the view has gone; its
// picture is then dropped.
template<typename Picture>
class BackgroundPicture
{
public:
    using Render = std::function<Picture()>;

    // The longest a paint waits for the worker's render of the current scene. A render takes
    // about a millisecond; on a busy machine a low-priority one may not get a core for longer.
    static constexpr std::chrono::milliseconds DefaultPaintWait{4};
    // How long after a change the widget repaints even if the worker has not delivered.
    static constexpr std::chrono::milliseconds Deadline{8};

    // Made on the widget's thread; `ready` runs on it when a picture of the current scene arrives.
    BackgroundPicture(std::function<void()> ready, std::chrono::milliseconds paintWait = DefaultPaintWait)
        : m_ready(std::move(ready)), m_paintWait(paintWait)
    {
    }
    ~BackgroundPicture()
    {
        // A render still running finishes on its own and finds no one to deliver to.
        const std::lock_guard lock(m_handoff->mutex);
        m_handoff->receiver = nullptr;
    }
    BackgroundPicture(const BackgroundPicture &) = delete;
    BackgroundPicture &operator=(const BackgroundPicture &) = delete;

    // What the picture shows changed: start rendering it now (or when the running render ends).
    // `ready` runs when it is done, or at the deadline if it is not, unless a paint has shown it.
    void sceneChanged(Render render)
    {
        ++m_scene;
        m_latest = std::move(render);
        if (!m_rendering)
            startLatest();
        QTimer::singleShot(Deadline, &m_receiver, [this, scene = m_scene] {
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
        // Told when a picture arrives; null once the picture has gone. Posting to it under the
        // mutex means nothing is queued for it after the destructor has cleared it.
        QObject *receiver = nullptr;
    };

    void startLatest()
    {
        if (!m_latest)
            return;
        const quint64 scene = m_scene;
        m_runningScene = scene;
        m_rendering = true;
        backgroundPictureWorkers().start([this, handoff = m_handoff, scene, render = std::move(*m_latest)] {
            lowerThisWorkersPriority();
            Picture picture = render();
            {
                const std::lock_guard lock(handoff->mutex);
                handoff->scene = scene;
                handoff->picture = picture;
                // Back on the widget's thread; `this` is alive whenever the receiver is (it is a
                // member), and events queued for the receiver go with it.
                if (handoff->receiver)
                    QMetaObject::invokeMethod(handoff->receiver, [this, picture, scene] { finished(picture, scene); }, Qt::QueuedConnection);
            }
            handoff->arrived.notify_all();
        });
        m_latest.reset();
    }

    static std::shared_ptr<Handoff> makeHandoff(QObject *receiver)
    {
        auto handoff = std::make_shared<Handoff>();
        handoff->receiver = receiver;
        return handoff;
    }

    void finished(const Picture &picture, quint64 scene)
    {
        m_rendering = false;
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

    std::function<void()> m_ready;
    const std::chrono::milliseconds m_paintWait;
    // Deliveries and deadlines go through a QObject of the picture's own: when the picture goes,
    // so does whatever is still queued for it.
    QObject m_receiver;
    std::shared_ptr<Handoff> m_handoff = makeHandoff(&m_receiver);
    bool m_rendering = false; // a render is on the worker, not yet delivered
    quint64 m_runningScene = 0;
    std::optional<Render> m_latest; // the newest scene not yet started
    quint64 m_scene = 1;            // bumped at every change
    quint64 m_shown = 0;            // the scene m_picture shows
    Picture m_picture{};
    int m_renders = 0;
};

} // namespace deltatrace
