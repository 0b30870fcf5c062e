// SPDX-License-Identifier: Apache-2.0
#include "cases/Queue.h"

#include "Tr.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString queueTitle(Queue queue)
{
    switch (queue) {
    case Queue::New:
        return Tr::tr("New");
    case Queue::Unassigned:
        return Tr::tr("Unassigned");
    case Queue::All:
        return Tr::tr("All");
    case Queue::Resolved:
        return Tr::tr("Resolved");
    }
    return {};
}

QString queueKey(Queue queue)
{
    switch (queue) {
    case Queue::New:
        return u"new"_s;
    case Queue::Unassigned:
        return u"unassigned"_s;
    case Queue::All:
        return u"all"_s;
    case Queue::Resolved:
        return u"resolved"_s;
    }
    return {};
}

const char *queueCondition(Queue queue)
{
    // For searches, where the full-text matches narrow the cases first; plain paging and
    // counting go through queueBuckets() and the queue index.
    switch (queue) {
    case Queue::New:
        return "c.status = 'new'";
    case Queue::Unassigned:
        return "c.assignee_id IS NULL AND c.status IN ('new','open','pending','snoozed')";
    case Queue::All:
        return "1";
    case Queue::Resolved:
        return "c.status IN ('resolved','closed')";
    }
    return "0";
}

std::vector<QueueBucket> queueBuckets(Queue queue)
{
    static constexpr const char *openStatuses[] = {"new", "open", "pending", "snoozed"};
    static constexpr const char *doneStatuses[] = {"resolved", "closed"};
    std::vector<QueueBucket> buckets;
    const auto add = [&buckets](const auto &statuses, bool assignedToo) {
        for (const char *status : statuses) {
            buckets.push_back({status, true});
            if (assignedToo)
                buckets.push_back({status, false});
        }
    };
    switch (queue) {
    case Queue::New:
        add(std::array{"new"}, true);
        break;
    case Queue::Unassigned:
        add(openStatuses, false);
        break;
    case Queue::All:
        add(openStatuses, true);
        add(doneStatuses, true);
        break;
    case Queue::Resolved:
        add(doneStatuses, true);
        break;
    }
    return buckets;
}

bool isOpenStatus(const QString &status)
{
    return status != u"resolved" && status != u"closed";
}

bool caseBelongsToQueue(Queue queue, const QString &status, bool assigned)
{
    switch (queue) {
    case Queue::New:
        return status == u"new";
    case Queue::Unassigned:
        return !assigned && isOpenStatus(status);
    case Queue::All:
        return true;
    case Queue::Resolved:
        return !isOpenStatus(status);
    }
    return false;
}

QString statusTitle(const QString &status)
{
    if (status == u"new")
        return Tr::tr("New");
    if (status == u"open")
        return Tr::tr("Open");
    if (status == u"pending")
        return Tr::tr("Pending");
    if (status == u"snoozed")
        return Tr::tr("Snoozed");
    if (status == u"resolved")
        return Tr::tr("Resolved");
    if (status == u"closed")
        return Tr::tr("Closed");
    return status;
}

} // namespace earshot
