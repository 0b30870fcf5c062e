// SPDX-License-Identifier: Apache-2.0
#include "cases/WaitingPoints.h"

#include "cases/PrioritySettings.h"

namespace earshot {

QList<qint64> refreshWaitingPoints(Database &writer, std::int64_t nowMs)
{
    const PriorityWeights stored = loadPriorityWeights(writer);
    const PriorityWeights::Table &weights = stored.table();
    // The same sum as visitSignals(): whole hours waited times the points an hour, at most the
    // cap, nothing while nobody waits. Statuses listed so each is a range of cases_queue.
    static constexpr const char *pointsSql =
        "(CASE WHEN :now > waiting_since THEN min(((:now - waiting_since) / 3600000) * :per_hour, "
        ":max) ELSE 0 END)";
    const QByteArray where =
        QByteArray(" FROM cases WHERE status IN ('new', 'open', 'pending', 'snoozed') AND "
                   "waiting_since IS NOT NULL AND waiting_points <> ")
        + pointsSql;
    QList<qint64> moved;
    {
        Statement due(writer, QByteArray("SELECT id" + where).constData());
        due.bind(due.parameterIndex(":now"), nowMs)
            .bind(due.parameterIndex(":per_hour"), std::int64_t(weights.waitingPerHour))
            .bind(due.parameterIndex(":max"), std::int64_t(weights.waitingMax));
        while (due.step())
            moved.append(due.toInt(0));
    }
    if (moved.isEmpty())
        return moved;
    Statement update(writer, QByteArray("UPDATE cases SET waiting_points = " + QByteArray(pointsSql)
                                        + " WHERE id = :id")
                                 .constData());
    const int now = update.parameterIndex(":now");
    const int perHour = update.parameterIndex(":per_hour");
    const int max = update.parameterIndex(":max");
    const int idIndex = update.parameterIndex(":id");
    for (const qint64 id : moved) {
        update.bind(now, nowMs)
            .bind(perHour, std::int64_t(weights.waitingPerHour))
            .bind(max, std::int64_t(weights.waitingMax))
            .bind(idIndex, std::int64_t(id))
            .run();
    }
    return moved;
}

} // namespace earshot
