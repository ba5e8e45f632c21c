// BackgroundPicture: a view's picture rendered on a worker thread, at the lowest priority; a paint
// never shows a stale picture and never waits long for the worker, and a view that goes does not
// wait for it either.
#include "backgroundpicture.h"

#include <QImage>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#endif

using namespace deltatrace;

namespace {

// A picture that says which scene it shows: a 1 x 1 image of that grey.
QImage pictureOf(int scene)
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(QColor(scene, scene, scene));
    return image;
}

int sceneIn(const QImage &picture) { return qRed(picture.pixel(0, 0)); }

} // namespace

class TestBackgroundPicture : public QObject
{
    Q_OBJECT

private slots:
    void rendersOnAWorkerAtTheLowestPriorityAndSaysWhenReady()
    {
        int ready = 0;
        BackgroundPicture<QImage> picture([&] { ++ready; });
        std::atomic<bool> onWorker = false;
        std::atomic<int> policy = -1;
        std::atomic<int> niceness = 0;
        QThread *const gui = QThread::currentThread();
        picture.sceneChanged([&] {
            onWorker = QThread::currentThread() != gui;
#ifdef Q_OS_LINUX
            policy = sched_getscheduler(0);
            niceness = getpriority(PRIO_PROCESS, 0); // the calling thread's, on Linux
#endif
            return pictureOf(7);
        });
        QVERIFY(!picture.isCurrent());
        QTRY_VERIFY(picture.isCurrent());
        QVERIFY(ready >= 1); // (once more if the deadline came first on a loaded machine)
        QVERIFY(onWorker);
#ifdef Q_OS_LINUX
        // The lowest priority of the normal policy: it yields a core to the window's thread,
        // yet is not starved outright on a busy machine (see the class comment).
        QCOMPARE(policy.load(), SCHED_OTHER);
        QCOMPARE(niceness.load(), 19);
#endif
        int renderedHere = 0;
        QCOMPARE(sceneIn(picture.current([&] { ++renderedHere; return pictureOf(0); })), 7);
        QCOMPARE(renderedHere, 0);
        QCOMPARE(picture.renders(), 1);
    }

    void aPaintDuringTheRenderTakesItsPicture()
    {
        // A paint that comes while the current scene renders (a neighbour's repaint can cover
        // the view) waits for that render instead of rendering the same picture again. (A wait
        // long enough for a loaded test machine: this is about what is painted, not how fast.)
        int ready = 0;
        BackgroundPicture<QImage> picture([&] { ++ready; }, std::chrono::seconds(30));
        QSemaphore started;
        picture.sceneChanged([&] {
            started.release();
            QThread::usleep(500);
            return pictureOf(3);
        });
        started.acquire(); // rendering now
        int renderedHere = 0;
        QCOMPARE(sceneIn(picture.current([&] { ++renderedHere; return pictureOf(0); })), 3);
        QCOMPARE(renderedHere, 0);
        QVERIFY(picture.isCurrent());
        // Its delivery, when it comes, finds the picture shown already: no second repaint.
        QTest::qWait(20);
        QCOMPARE(ready, 0);
        QCOMPARE(picture.renders(), 1);
    }

    void aPaintNeverWaitsLongForAStarvedRender()
    {
        // A low-priority render may not get a core on a busy machine; then the paint renders
        // the picture itself after a short wait, and the worker's late copy is dropped.
        int ready = 0;
        BackgroundPicture<QImage> picture([&] { ++ready; }, std::chrono::milliseconds(1));
        // Shared with the render, which may outlive this function (a picture does not wait for it).
        auto started = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        picture.sceneChanged([started, release] {
            started->release();
            release->acquire(); // held until the paint is over
            return pictureOf(9);
        });
        started->acquire();
        int renderedHere = 0;
        // (No timing assertion: a wait without a limit would never return.)
        const QImage shown = picture.current([&] { ++renderedHere; return pictureOf(9); });
        QCOMPARE(renderedHere, 1);
        QCOMPARE(sceneIn(shown), 9);
        QVERIFY(picture.isCurrent());
        release->release();
        QTest::qWait(20);
        QCOMPARE(ready, 0);
        QCOMPARE(picture.renders(), 1);
    }

    void aStarvedRenderDoesNotHoldThePictureBackPastItsDeadline()
    {
        // The widget is told to repaint at the deadline even though the worker has not
        // delivered; its paint then renders the picture itself.
        int ready = 0;
        BackgroundPicture<QImage> picture([&] { ++ready; }, std::chrono::milliseconds(1));
        auto release = std::make_shared<QSemaphore>();
        picture.sceneChanged([release] {
            release->acquire(); // starved until the test is over
            return pictureOf(5);
        });
        QTRY_COMPARE(ready, 1);
        QVERIFY(!picture.isCurrent());
        QCOMPARE(sceneIn(picture.current([] { return pictureOf(5); })), 5);
        release->release();
        QTest::qWait(20);
        QCOMPARE(ready, 1); // the late delivery finds the picture shown
    }

    void aPictureGoesWithoutWaitingForItsRender()
    {
        // On a machine whose cores are taken by other programs, a low-priority render may wait
        // long for a core. Closing the view must not wait for it: the render finishes later, on
        // its own, and its picture is dropped.
        auto started = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        auto done = std::make_shared<std::atomic<bool>>(false);
        int ready = 0;
        {
            BackgroundPicture<QImage> picture([&] { ++ready; });
            picture.sceneChanged([started, release, done] {
                started->release();
                // Held until the picture has gone. (If the destructor waited for it, this gives
                // up after a minute, and the test fails instead of hanging.)
                release->tryAcquire(1, 60'000);
                done->store(true);
                return pictureOf(8);
            });
            started->acquire();
        }
        QVERIFY2(!done->load(), "the picture waited for its render to finish");
        release->release();
        QTRY_VERIFY(done->load());
        QTest::qWait(20); // time for a delivery, were one (wrongly) sent
        QCOMPARE(ready, 0);
    }

    void scenesThatComeAndGoWhileRenderingAreSkipped()
    {
        int ready = 0;
        BackgroundPicture<QImage> picture([&] { ++ready; });
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> renders = 0;
        picture.sceneChanged([&] {
            started.release();
            release.acquire();
            ++renders;
            return pictureOf(1);
        });
        started.acquire();
        for (int scene = 2; scene <= 6; ++scene)
            picture.sceneChanged([&, scene] {
                ++renders;
                return pictureOf(scene);
            });
        release.release();
        QTRY_VERIFY(picture.isCurrent());
        QCOMPARE(renders.load(), 2); // the first, then only the latest
        QVERIFY(ready >= 1);         // (once more if the deadline came first)
        int renderedHere = 0;
        QCOMPARE(sceneIn(picture.current([&] { ++renderedHere; return pictureOf(0); })), 6);
        QCOMPARE(renderedHere, 0);
    }

    void anInvalidatedSceneIsRenderedByThePaint()
    {
        // A resize, a new font or language: the widget paints the picture itself.
        BackgroundPicture<QImage> picture([] {});
        picture.invalidate();
        QVERIFY(!picture.isCurrent());
        QCOMPARE(sceneIn(picture.current([] { return pictureOf(4); })), 4);
        QVERIFY(picture.isCurrent());
    }
};

QTEST_MAIN(TestBackgroundPicture)
#include "tst_backgroundpicture.moc"
