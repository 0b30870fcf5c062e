// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <array>
#include <vector>

namespace earshot {

// The case queues of the left-hand column. Each is a condition on a case's status and assignee.
enum class Queue { New, Unassigned, All, Resolved };

constexpr std::array<Queue, 4> allQueues{Queue::New, Queue::Unassigned, Queue::All,
                                         Queue::Resolved};

// A range of the `cases_queue` index: cases of one status, assigned or not.
struct QueueBucket {
    const char *status;
    bool unassigned;
};

QString queueTitle(Queue queue);
QString queueKey(Queue queue); // stable, untranslated: for settings and the command line
// The SQL condition on table alias `c`; a constant, never built from input.
const char *queueCondition(Queue queue);
// The buckets whose union is the queue.
std::vector<QueueBucket> queueBuckets(Queue queue);
bool caseBelongsToQueue(Queue queue, const QString &status, bool assigned);

bool isOpenStatus(const QString &status);
QString statusTitle(const QString &status);

} // namespace earshot
