#pragma once

#include <QThreadPool>

#include <deque>
#include <functional>
#include <future>
#include <memory>

// Runs a sequence of jobs on a pool of threads a few ahead of the caller, who takes their results in order: the caller
// works on one result while the pool prepares the next. Each job is made on the caller's thread, so it can read what
// only that thread may touch (the document's database connection) and take it along; at most a few jobs wait or run
// at once, so what is held does not grow with the sequence.
template <typename Result> class InOrderPipeline {
public:
    using Job = std::function<Result()>;
    // Makes the job of item `index` (0 to count - 1, in order), on the caller's thread.
    using JobMaker = std::function<Job(int index)>;

    InOrderPipeline(int count, JobMaker makeJob)
        : m_count(count)
        , m_makeJob(std::move(makeJob))
        , m_ahead(2 * qsizetype(m_pool.maxThreadCount()))
    {
        // A result may hold what belongs to the thread that made it (a layout's fonts): no thread ends while one may
        // still be in use, however long the caller takes over it.
        m_pool.setExpiryTimeout(-1);
    }
    InOrderPipeline(const InOrderPipeline &) = delete;
    InOrderPipeline &operator=(const InOrderPipeline &) = delete;

    // Drops the jobs not started and waits for those running: they may use what the caller owns. The results not taken
    // go first, while the threads that made them still run.
    ~InOrderPipeline()
    {
        m_pool.clear();
        m_pending.clear();
        m_pool.waitForDone();
    }

    bool atEnd() const { return m_taken == m_count; }

    // The next item's result, once its job has run; what the job threw is thrown here. Only before atEnd().
    Result take()
    {
        for (; m_made < m_count && qsizetype(m_pending.size()) < m_ahead; ++m_made) {
            // Shared: QThreadPool takes a copyable function, and a packaged_task only moves.
            auto task = std::make_shared<std::packaged_task<Result()>>(m_makeJob(m_made));
            m_pending.push_back(task->get_future());
            m_pool.start([task] { (*task)(); });
        }
        std::future<Result> next = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_taken;
        return next.get();
    }

private:
    QThreadPool m_pool;
    int m_count = 0;
    JobMaker m_makeJob;
    qsizetype m_ahead = 0;
    int m_made = 0;
    int m_taken = 0;
    std::deque<std::future<Result>> m_pending;
};
