#include "backgroundpicture.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace deltatrace {

namespace {

QThreadPool *workers = nullptr;

// Runs first thing in ~QGuiApplication (a Qt post routine), while the fonts and the platform's
// image handling that a render uses are still there; by then the windows are gone, so no render
// starts after it. A render left over from a closed view is short: this waits for at most one
// per picture.
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
        // Enough for the pictures of one window to render at once (the input plane and the
        // network diagram), and no more than the cores: each render is a core's work.
        workers->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        qAddPostRoutine(waitForBackgroundPictures);
    }
    return *workers;
}

} // namespace deltatrace
