// SPDX-License-Identifier: Apache-2.0
#include "cases/SnoozeClock.h"

#include "cases/CaseStatus.h"
#include "store/CaseEventLog.h"

#include <nlohmann/json.hpp>

namespace earshot {

QList<qint64> wakeDueCases(Database &writer, std::int64_t nowMs)
{
    QList<qint64> woken;
    {
        Statement due(writer, "SELECT id FROM cases WHERE status = 'snoozed' AND "
                              "snoozed_until IS NOT NULL AND snoozed_until <= ?");
        due.bind(1, nowMs);
        while (due.step())
            woken.append(due.toInt(0));
    }
    Statement wake(writer, "UPDATE cases SET status = 'open', snoozed_until = NULL WHERE id = ?");
    CaseEventLog events(writer);
    const QByteArray payload =
        eventPayload({{"from", caseStatusKey(CaseStatus::Snoozed).toStdString()},
                      {"to", caseStatusKey(CaseStatus::Open).toStdString()},
                      {"reason", "snooze ended"}});
    for (const qint64 id : woken) {
        wake.bind(1, std::int64_t(id)).run();
        events.append(id, CaseEventType::StatusChanged, QStringLiteral("system"), nowMs, payload);
    }
    return woken;
}

} // namespace earshot
