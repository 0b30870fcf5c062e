// SPDX-License-Identifier: Apache-2.0
#include "cases/Queue.h"

#include "Tr.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString queueTitle(Queue queue)
{
    switch (queue) {
    case Queue::NextForMe:
        return Tr::tr("Next for me");
    case Queue::Mine:
        return Tr::tr("Mine");
    case Queue::Unassigned:
        return Tr::tr("Unassigned");
    case Queue::New:
        return Tr::tr("New");
    case Queue::Pending:
        return Tr::tr("Pending");
    case Queue::Snoozed:
        return Tr::tr("Snoozed");
    case Queue::Resolved:
        return Tr::tr("Resolved");
    case Queue::All:
        return Tr::tr("All");
    }
    return {};
}

QString queueKey(Queue queue)
{
    switch (queue) {
    case Queue::NextForMe:
        return u"next"_s;
    case Queue::Mine:
        return u"mine"_s;
    case Queue::Unassigned:
        return u"unassigned"_s;
    case Queue::New:
        return u"new"_s;
    case Queue::Pending:
        return u"pending"_s;
    case Queue::Snoozed:
        return u"snoozed"_s;
    case Queue::Resolved:
        return u"resolved"_s;
    case Queue::All:
        return u"all"_s;
    }
    return {};
}

Queue queueFromKey(const QString &key, Queue fallback)
{
    for (const Queue queue : allQueues) {
        if (queueKey(queue) == key)
            return queue;
    }
    return fallback;
}

std::vector<QueueBucket> queueBuckets(Queue queue)
{
    using S = CaseStatus;
    static constexpr std::array waitingOnUs{S::New, S::Open};
    static constexpr std::array openStatuses{S::New, S::Open, S::Pending, S::Snoozed};
    static constexpr std::array doneStatuses{S::Resolved, S::Closed};
    std::vector<QueueBucket> buckets;
    const auto add = [&buckets](const auto &statuses, std::initializer_list<BucketOwner> owners) {
        for (const CaseStatus status : statuses) {
            for (const BucketOwner owner : owners)
                buckets.push_back({status, owner});
        }
    };
    const auto anyone = {BucketOwner::Unassigned, BucketOwner::Assigned};
    switch (queue) {
    case Queue::NextForMe:
        add(waitingOnUs, {BucketOwner::Unassigned, BucketOwner::Me});
        break;
    case Queue::Mine:
        add(openStatuses, {BucketOwner::Me});
        break;
    case Queue::Unassigned:
        add(openStatuses, {BucketOwner::Unassigned});
        break;
    case Queue::New:
        add(std::array{S::New}, anyone);
        break;
    case Queue::Pending:
        add(std::array{S::Pending}, anyone);
        break;
    case Queue::Snoozed:
        add(std::array{S::Snoozed}, anyone);
        break;
    case Queue::Resolved:
        add(doneStatuses, anyone);
        break;
    case Queue::All:
        add(openStatuses, anyone);
        add(doneStatuses, anyone);
        break;
    }
    return buckets;
}

const char *queueCondition(Queue queue)
{
    switch (queue) {
    case Queue::NextForMe:
        return "c.status IN ('new','open') AND (c.assignee_id IS NULL OR c.assignee_id = :me)";
    case Queue::Mine:
        return "c.assignee_id = :me AND c.status IN ('new','open','pending','snoozed')";
    case Queue::Unassigned:
        return "c.assignee_id IS NULL AND c.status IN ('new','open','pending','snoozed')";
    case Queue::New:
        return "c.status = 'new'";
    case Queue::Pending:
        return "c.status = 'pending'";
    case Queue::Snoozed:
        return "c.status = 'snoozed'";
    case Queue::Resolved:
        return "c.status IN ('resolved','closed')";
    case Queue::All:
        return "1";
    }
    return "0";
}

bool caseBelongsToQueue(Queue queue, CaseStatus status, std::int64_t assigneeId, std::int64_t me)
{
    const bool mine = me != 0 && assigneeId == me;
    switch (queue) {
    case Queue::NextForMe:
        return isWaitingOnUs(status) && (assigneeId == 0 || mine);
    case Queue::Mine:
        return mine && isOpenStatus(status);
    case Queue::Unassigned:
        return assigneeId == 0 && isOpenStatus(status);
    case Queue::New:
        return status == CaseStatus::New;
    case Queue::Pending:
        return status == CaseStatus::Pending;
    case Queue::Snoozed:
        return status == CaseStatus::Snoozed;
    case Queue::Resolved:
        return !isOpenStatus(status);
    case Queue::All:
        return true;
    }
    return false;
}

} // namespace earshot
