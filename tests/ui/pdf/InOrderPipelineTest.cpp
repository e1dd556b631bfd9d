#include "support/catch.h"

#include "pdf/InOrderPipeline.h"

#include <QThread>

#include <atomic>
#include <stdexcept>

TEST_CASE("A pipeline gives its results in order, made on the caller's thread and run on others", "[ui][pdf]")
{
    QThread *const caller = QThread::currentThread();
    QList<int> madeOn;
    std::atomic<int> ranOnCaller = 0;
    int madeAheadAtMost = 0;
    int taken = 0;
    InOrderPipeline<int> squares(40, [&](int index) {
        madeOn.append(QThread::currentThread() == caller ? index : -1);
        madeAheadAtMost = std::max(madeAheadAtMost, index - taken);
        return [&ranOnCaller, caller, index] {
            // Early jobs take longest, so later ones finish first when the pool runs them side by side.
            QThread::usleep(static_cast<unsigned long>((40 - index) * 100));
            if (QThread::currentThread() == caller)
                ++ranOnCaller;
            return index * index;
        };
    });
    QList<int> results;
    while (!squares.atEnd()) {
        results.append(squares.take());
        ++taken;
    }
    QList<int> expected;
    QList<int> indexes;
    for (int index = 0; index < 40; ++index) {
        expected.append(index * index);
        indexes.append(index);
    }
    CHECK(results == expected);
    CHECK(madeOn == indexes);
    CHECK(ranOnCaller == 0);
    // A few ahead, not the whole sequence at once.
    CHECK(madeAheadAtMost <= 2 * QThread::idealThreadCount());
}

TEST_CASE("A pipeline throws a job's exception where its result is taken", "[ui][pdf]")
{
    InOrderPipeline<int> jobs(3, [](int index) {
        return [index]() -> int {
            if (index == 1)
                throw std::runtime_error("the second job failed");
            return index;
        };
    });
    CHECK(jobs.take() == 0);
    CHECK_THROWS_WITH(jobs.take(), "the second job failed");
    CHECK(jobs.take() == 2);
    CHECK(jobs.atEnd());
}

TEST_CASE("A pipeline left early waits for its running jobs and starts no more", "[ui][pdf]")
{
    std::atomic<int> finished = 0;
    int made = 0;
    {
        InOrderPipeline<int> jobs(100, [&](int) {
            ++made;
            return [&finished] {
                QThread::msleep(20);
                return ++finished;
            };
        });
        jobs.take();
    }
    // Every job that was made either ran to its end before the pipeline was gone or never started.
    const int finishedWhenGone = finished;
    QThread::msleep(60);
    CHECK(finished == finishedWhenGone);
    CHECK(made < 100);
    CHECK(finished <= made);
}
