#include "backgroundpicture.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace deltatrace {

namespace {

QThreadPool *workers = nullptr;

// Runs first thing in ~QGuiApplication (a Qt post routine), while the fonts and the platform's
// image handling that a render uses are still there; by then the windows are gone, so no render
// is asked for after it. What is left is short: a render or two of views that have closed.
void waitForBackgroundPictures()
{
    if (!workers)
        return;
    workers->waitForDone();
    delete workers;
    workers = nullptr;
}

} // namespace

void lowerThisWorkersPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        // On Linux this sets the nice value of the calling thread only.
        setpriority(PRIO_PROCESS, 0, 19);
        lowered = true;
    }
#endif
}

QThreadPool &backgroundPictureWorkers()
{
    if (!workers) {
        workers = new QThreadPool;
        // One thread, which renders the pictures one after the other (the input plane, then the
        // network diagram: the window asks in that order). The window's own thread takes a core
        // at every step, so a second worker shared that core with it: the diagram's render waited
        // there until the window was idle and was then cut into by the window's repaints. With
        // one worker, the window keeps its core and the worker the other (guibench, medians of
        // four interleaved runs, two workers / one: next sample 2.10 / 1.92 ms, next epoch
        // 2.10 / 1.96 ms, jump 2.16 / 1.99 ms, next operation 1.39 / 1.32 ms).
        workers->setMaxThreadCount(1);
        qAddPostRoutine(waitForBackgroundPictures);
    }
    return *workers;
}

} // namespace deltatrace
