// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseCommand.h"
#include "clock/Clock.h"
#include "ingest/Ingestor.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "workspace/WorkQueue.h"

#include <QString>

#include <functional>
#include <memory>

namespace earshot {

class CaseCommands;

// What work on the writer thread is given: the write connection and the ingest pipeline on it.
struct WriterContext {
    Database &db;
    Ingestor &ingestor;
};

// The answer to one request to the writer: its value, or why it did not happen (then nothing of
// it was stored: its transaction rolled back, or never began).
template <class T> struct WriterAnswer {
    T value{};
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// One transaction of work for the writer thread. `work` runs there: it must not touch GUI
// objects and captures what it needs by value.
template <class T> struct WriterTask {
    const char *name = "job"; // for the log
    WriterLane lane = WriterLane::Command;
    Transaction::Durability durability = Transaction::Durability::PersonWrote;
    std::function<T(WriterContext &)> work;
};

// The writer thread's own state: the one write connection of this process, opened on first use
// on that thread and never leaving it.
class WriterConnection final {
public:
    WriterConnection(QString workspacePath, std::shared_ptr<Clock> clock);
    ~WriterConnection();
    WriterConnection(const WriterConnection &) = delete;
    WriterConnection &operator=(const WriterConnection &) = delete;

    // False, with *error saying why, when the workspace cannot be written now (writes refused,
    // the file could not be opened); a later call tries to open it again.
    bool ready(QString *error);
    // From now on every write fails with `reason` (the file was found damaged).
    void refuse(const QString &reason);

    template <class T> WriterAnswer<T> transact(const WriterTask<T> &task)
    {
        WriterAnswer<T> answer;
        if (!ready(&answer.error))
            return answer;
        try {
            Transaction transaction(*m_db, task.durability);
            WriterContext context{*m_db, *m_ingestor};
            answer.value = task.work(context);
            transaction.commit();
        } catch (const StoreError &e) {
            m_ingestor->forgetCaches(); // what the task ingested was rolled back with it
            answer.value = T{};
            answer.error = e.message();
            logFailure(task.name, answer.error);
        }
        return answer;
    }

    // A case command in its own transaction; a workspace that cannot be written answers with
    // the reason in the outcome.
    CommandOutcome execute(const CaseCommand &command);

private:
    static void logFailure(const char *task, const QString &error);

    QString m_path;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<CaseCommands> m_commands;
    QString m_refusal;
};

} // namespace earshot
