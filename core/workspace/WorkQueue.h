// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace earshot {

// Which queue a piece of writer work waits in. What an agent asked for (send, take the next
// case, a note) goes ahead of ingest and bulk work, so a backfill or a rescore keeps it waiting
// no longer than the one bulk step already running.
enum class WriterLane { Command, Bulk };

// The lanes of one worker thread: any thread pushes, the worker takes the oldest command first,
// else the oldest bulk task. Thread-safe.
template <class Worker> class WorkQueue final {
public:
    using Task = std::function<void(Worker &)>;

    void push(WriterLane lane, Task task)
    {
        {
            const std::lock_guard lock(m_mutex);
            (lane == WriterLane::Command ? m_commands : m_bulk).push_back(std::move(task));
        }
        m_ready.notify_one();
    }

    // Blocks until there is a task, or the queue is closed and empty (then nothing). Tasks
    // pushed after close() still run: closing drains, it never drops what was asked.
    std::optional<Task> take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_commands.empty() || !m_bulk.empty(); });
        for (std::deque<Task> *lane : {&m_commands, &m_bulk}) {
            if (!lane->empty()) {
                Task task = std::move(lane->front());
                lane->pop_front();
                return task;
            }
        }
        return std::nullopt;
    }

    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Task> m_commands;
    std::deque<Task> m_bulk;
    bool m_closed = false;
};

} // namespace earshot
