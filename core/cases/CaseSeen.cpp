// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseSeen.h"

#include "Tr.h"

#include <QDateTime>
#include <QLocale>

namespace earshot {

void markCaseSeen(Database &writer, std::int64_t agentId, std::int64_t caseId,
                  std::int64_t mentionId, std::int64_t nowMs)
{
    Statement s(writer, "INSERT INTO case_seen (agent_id, case_id, mention_id, seen_at) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (agent_id, case_id) DO UPDATE SET "
                        "mention_id = max(mention_id, excluded.mention_id), seen_at = "
                        "excluded.seen_at WHERE excluded.mention_id > mention_id");
    s.bind(1, agentId).bind(2, caseId).bind(3, mentionId).bind(4, nowMs).run();
}

std::int64_t seenMentionOf(Database &db, std::int64_t agentId, std::int64_t caseId)
{
    Statement s(db, "SELECT mention_id FROM case_seen WHERE agent_id = ? AND case_id = ?");
    s.bind(1, agentId).bind(2, caseId);
    return s.step() ? s.toInt(0) : 0;
}

std::int64_t newestMentionOf(Database &db, std::int64_t caseId)
{
    Statement s(db, "SELECT coalesce(max(id), 0) FROM mentions WHERE case_id = ?");
    s.bind(1, caseId);
    return s.step() ? s.toInt(0) : 0;
}

std::optional<std::int64_t> unseenMessageSince(Database &db, std::int64_t caseId,
                                               std::int64_t seenMentionId)
{
    Statement s(db, "SELECT max(created_at) FROM mentions WHERE case_id = ? AND id > ?");
    s.bind(1, caseId).bind(2, seenMentionId);
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return s.toInt(0);
}

QString unseenMessageText(std::int64_t atMs)
{
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().time(), QLocale::ShortFormat);
    return Tr::tr("The customer wrote again at %1, after what you have seen.").arg(when);
}

} // namespace earshot
