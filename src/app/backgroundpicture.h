#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>
#include <utility>

namespace deltatrace {

// A widget's picture, rendered on a worker thread as soon as what it shows changes, so that it
// renders while the window updates its other views instead of after them, in the paint.
//
// The widget describes each new scene with a render function that owns copies of everything it
// needs (it runs on another thread) and asks for the picture when it paints. A paint never shows
// a stale picture: it waits for the render of the current scene if that is under way, or renders
// the scene itself (the first picture, after a resize, a new font or language). One render runs
// at a time; scenes that come and go while it runs are skipped, only the latest is rendered next.
template<typename Picture>
class BackgroundPicture
{
public:
    using Render = std::function<Picture()>;

    // context: the widget; `ready` runs on its thread when a picture of the current scene arrives.
    BackgroundPicture(QObject *context, std::function<void()> ready) : m_context(context), m_ready(std::move(ready))
    {
        m_worker.setMaxThreadCount(1);
    }
    ~BackgroundPicture() { m_running.waitForFinished(); }
    BackgroundPicture(const BackgroundPicture &) = delete;
    BackgroundPicture &operator=(const BackgroundPicture &) = delete;

    // What the picture shows changed: start rendering it now (or when the running render ends).
    // `ready` runs when it is done, unless a paint has shown it already.
    void sceneChanged(Render render)
    {
        ++m_scene;
        m_latest = std::move(render);
        if (!m_running.isRunning())
            startLatest();
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
            // Started for this very scene: running, or done with its delivery still queued.
            // (If the worker had not begun, waitForFinished runs the render right here, and its
            // delivery with it: then the picture is shown already.)
            m_waiting = true;
            m_running.waitForFinished();
            m_waiting = false;
            if (m_shown == m_scene)
                return m_picture;
            if (m_running.resultCount() > 0) {
                show(m_running.result(), m_scene);
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
    void startLatest()
    {
        if (!m_latest)
            return;
        const quint64 scene = m_scene;
        m_runningScene = scene;
        m_running = QtConcurrent::run(&m_worker, std::move(*m_latest));
        m_latest.reset();
        // Back on the widget's thread when done; dropped if the widget is gone by then.
        m_running.then(m_context, [this, scene](const Picture &picture) { finished(picture, scene); });
    }

    void finished(const Picture &picture, quint64 scene)
    {
        if (scene == m_scene && m_shown != m_scene) {
            show(picture, scene);
            if (!m_waiting) // inside current(), the widget is painting it already
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
    QThreadPool m_worker;
    QFuture<Picture> m_running;
    quint64 m_runningScene = 0;
    std::optional<Render> m_latest; // the newest scene not yet started
    quint64 m_scene = 1;            // bumped at every change
    quint64 m_shown = 0;            // the scene m_picture shows
    Picture m_picture{};
    int m_renders = 0;
    bool m_waiting = false; // current() is waiting for the render
};

} // namespace deltatrace
