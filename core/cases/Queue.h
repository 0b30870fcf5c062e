// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseStatus.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace earshot {

// The case queues of the left-hand column. Each is a condition on a case's status and assignee;
// "me" is the agent the console works as.
enum class Queue { NextForMe, Mine, Unassigned, New, Pending, Snoozed, Resolved, All };

constexpr std::array<Queue, 8> allQueues{Queue::NextForMe, Queue::Mine,    Queue::Unassigned,
                                         Queue::New,       Queue::Pending, Queue::Snoozed,
                                         Queue::Resolved,  Queue::All};

// Who a bucket's cases belong to.
enum class BucketOwner { Unassigned, Assigned, Me };

// A range of one of the queue indexes: cases of one status and one kind of owner, ordered by
// last activity. `Assigned` means assigned to anyone; a queue never mixes it with `Me`.
struct QueueBucket {
    CaseStatus status;
    BucketOwner owner;
};

QString queueTitle(Queue queue);
QString queueKey(Queue queue); // stable, untranslated: for settings and the command line
Queue queueFromKey(const QString &key, Queue fallback);
// The buckets whose union is the queue.
std::vector<QueueBucket> queueBuckets(Queue queue);
// The SQL condition on table alias `c` with the parameter `:me`; a constant, never built from
// input. For searches, where the full-text matches narrow the cases first.
const char *queueCondition(Queue queue);
bool caseBelongsToQueue(Queue queue, CaseStatus status, std::int64_t assigneeId, std::int64_t me);

} // namespace earshot
