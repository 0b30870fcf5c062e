// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseThreader.h"

#include "cases/PrioritySettings.h"
#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace earshot {

namespace {

// {"mention": "<id>"}, for every new case of a bulk import: written by hand when the id needs
// no escaping (network ids are digits, letters and a few punctuation marks), else by the library.
QByteArray mentionPayload(const QString &platformId)
{
    const bool plain = std::all_of(platformId.cbegin(), platformId.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return "{\"mention\":\"" + platformId.toLatin1() + "\"}";
    return eventPayload({{"mention", platformId.toStdString()}});
}

// The columns a case's reading lives in, after id, status and resolved_at.
#define EARSHOT_CASE_READING_COLUMNS                                                               \
    "sentiment, category, emotion, coalesce(needs_reply, 0), risks, corrected, waiting_since, "    \
    "priority, direct"

QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

QString caseSubject(const QString &text)
{
    constexpr int maxLength = 140;
    QString subject = text.simplified();
    if (subject.size() > maxLength) {
        subject.truncate(maxLength - 1);
        subject.append(QChar(0x2026)); // …
    }
    return subject;
}

CaseThreader::CaseThreader(Database &db)
    : m_db(db)
    , m_events(db)
    , m_findThread(db, "SELECT id, status, coalesce(resolved_at, 0), " EARSHOT_CASE_READING_COLUMNS
                       " FROM cases WHERE person_id = ? AND platform = ? AND conversation = ? "
                       "ORDER BY id DESC LIMIT 1")
    , m_findOpenCaseOfPerson(db, "SELECT id, status, 0, " EARSHOT_CASE_READING_COLUMNS
                                 " FROM cases WHERE person_id = ? AND "
                                 "status NOT IN ('resolved','closed') "
                                 "ORDER BY last_activity_at DESC LIMIT 1")
    , m_findRecentCaseOfPerson(db, "SELECT id, status, 0, " EARSHOT_CASE_READING_COLUMNS
                                   " FROM cases WHERE person_id = ? AND platform = ? AND "
                                   "status NOT IN ('resolved','closed') AND "
                                   "last_activity_at >= ? "
                                   "ORDER BY last_activity_at DESC LIMIT 1")
    // One statement per case row and mention: every UPDATE of a case rewrites its index entries.
    // A customer's new mention is not a change an agent made, so it is no event and leaves the
    // version alone: an agent's command is refused only for what colleagues did meanwhile.
    // The reading and priority ride along in the same UPDATE, so reading costs no extra write.
    , m_touch(db, "UPDATE cases SET last_activity_at = max(last_activity_at, ?1), "
                  "mention_count = mention_count + 1, sentiment = ?3, category = ?4, "
                  "emotion = ?5, needs_reply = ?6, risks = ?7, waiting_since = ?8, "
                  "priority = ?9, direct = ?10 WHERE id = ?2")
    , m_reopen(db, "UPDATE cases SET status = 'open', snoozed_until = NULL, "
                   "last_activity_at = max(last_activity_at, ?1), "
                   "mention_count = mention_count + 1, sentiment = ?3, category = ?4, "
                   "emotion = ?5, needs_reply = ?6, risks = ?7, waiting_since = ?8, "
                   "priority = ?9, direct = ?10 WHERE id = ?2")
    , m_create(db, "INSERT INTO cases (person_id, platform, conversation, account_id, subject, "
                   "created_at, last_activity_at, mention_count, version, lang, sentiment, "
                   "category, emotion, needs_reply, risks, waiting_since, priority, "
                   "priority_at_arrival, direct) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_readSetting(db, "SELECT value FROM settings WHERE key = ?")
    // Spam is no dealing with us: a scam account posting twice is not a customer.
    , m_personHasCase(db, "SELECT 1 FROM cases WHERE person_id = ? AND category IS NOT 'spam' "
                          "LIMIT 1")
{}

int CaseThreader::intSetting(const char *key, int fallback)
{
    m_readSetting.bind(1, QByteArray(key));
    int value = fallback;
    if (m_readSetting.step()) {
        bool ok = false;
        const int stored = m_readSetting.toString(0).toInt(&ok);
        if (ok && stored >= 0)
            value = stored;
    }
    m_readSetting.reset();
    return value;
}

void CaseThreader::beginBatch()
{
    m_reopenWindowMs = std::int64_t(intSetting(WorkspaceSettings::reopenWindowHours,
                                               WorkspaceSettings::defaultReopenWindowHours))
                       * 3600 * 1000;
    m_joinWindowMs = std::int64_t(intSetting(WorkspaceSettings::joinWindowMinutes,
                                             WorkspaceSettings::defaultJoinWindowMinutes))
                     * 60 * 1000;
    m_weights = loadPriorityWeights(m_db);
}

std::optional<CaseThreader::Found> CaseThreader::findCase(Statement &query)
{
    std::optional<Found> found;
    if (query.step()) {
        CaseReading reading;
        // A key this Earshot does not know (a newer one wrote it) reads as nothing read yet.
        reading.sentiment = sentimentFromKey(query.toString(3));
        reading.category = categoryFromKey(query.toString(4));
        reading.emotion = emotionFromKey(query.toString(5)).value_or(Emotion::None);
        reading.needsReply = query.toInt(6) != 0;
        reading.risks = RiskFlags(query.toInt(7));
        reading.corrected = int(query.toInt(8));
        reading.waitingSinceMs = query.toOptionalInt(9);
        reading.direct = query.toInt(11) != 0;
        // cases.status is CHECKed to the status keys.
        const CaseStatus status = caseStatusFromKey(query.toString(1)).value_or(CaseStatus::Open);
        found = Found{query.toInt(0), status, query.toInt(2), reading, int(query.toInt(10))};
    }
    query.reset();
    return found;
}

Placement CaseThreader::place(const ThreadingInput &input)
{
    m_findThread.bind(1, input.personId).bind(2, input.platform).bind(3, input.conversation);
    std::optional<Found> found = findCase(m_findThread);
    if (found && !joinable(*found, input.createdAtMs))
        found.reset();
    if (!found && input.isPrivate) {
        m_findOpenCaseOfPerson.bind(1, input.personId);
        found = findCase(m_findOpenCaseOfPerson);
    }
    // The same person posting again minutes later, in a post of its own, is still one matter:
    // seven cases for one customer's seven posts had seven agents answer them.
    if (!found && input.topLevel && m_joinWindowMs > 0) {
        m_findRecentCaseOfPerson.bind(1, input.personId)
            .bind(2, input.platform)
            .bind(3, input.createdAtMs - m_joinWindowMs);
        found = findCase(m_findRecentCaseOfPerson);
    }
    if (found) {
        join(*found, input);
        return {found->id, false, true};
    }
    m_personHasCase.bind(1, input.personId);
    const bool personHadCase = m_personHasCase.step();
    m_personHasCase.reset();

    std::optional<CaseReading> reading;
    std::optional<int> priority;
    if (input.reading) {
        reading = firstCaseReading(*input.reading, input.createdAtMs);
        reading->direct = input.speaker.direct;
        PrioritySignals speaker = input.speaker;
        speaker.customer = speaker.customer || personHadCase;
        priority = priorityOf(*reading, speaker);
    }
    m_create.bind(1, input.personId)
        .bind(2, input.platform)
        .bind(3, input.conversation)
        .bindOptional(4,
                      input.accountId ? std::optional<std::int64_t>(input.accountId) : std::nullopt)
        .bind(5, caseSubject(input.text))
        .bind(6, input.createdAtMs)
        .bind(7, input.createdAtMs)
        .bind(8, nullIfEmpty(input.lang))
        .bind(9, reading ? storedKey(reading->sentiment) : QString())
        .bind(10, reading ? storedKey(reading->category) : QString())
        .bind(11, reading ? storedKey(reading->emotion) : QString())
        .bindOptional(12, reading ? std::optional<std::int64_t>(reading->needsReply) : std::nullopt)
        .bind(13, std::int64_t(reading ? reading->risks : 0))
        .bind(14, input.createdAtMs)
        .bind(15, std::int64_t(priority.value_or(0)))
        .bindOptional(16, priority ? std::optional<std::int64_t>(*priority) : std::nullopt)
        .bind(17, std::int64_t(input.speaker.direct))
        .run();
    const std::int64_t caseId = m_db.lastInsertId();
    m_events.record(caseId, 1, CaseEventType::Created, QStringLiteral("system"), input.createdAtMs,
                    mentionPayload(input.platformId));
    return {caseId, true, personHadCase};
}

int CaseThreader::priorityOf(const CaseReading &reading, const PrioritySignals &speaker) const
{
    PrioritySignals signals = prioritySignalsOf(reading, speaker);
    // Waiting is left out of the stored priority: the queue orders equal priorities by it.
    signals.waitingMs = 0;
    return priorityTotal(signals, m_weights);
}

bool CaseThreader::joinable(const Found &found, std::int64_t atMs) const
{
    if (found.status == CaseStatus::Closed)
        return false;
    if (found.status == CaseStatus::Resolved)
        return atMs - found.resolvedAtMs <= m_reopenWindowMs;
    return true;
}

void CaseThreader::join(const Found &found, const ThreadingInput &input)
{
    CaseReading reading = found.reading;
    int priority = found.priority;
    if (input.reading) {
        reading = mergeCaseReading(found.reading, *input.reading, input.createdAtMs);
        reading.direct = found.reading.direct || input.speaker.direct;
        if (!(reading.corrected & CorrectedPriority)) {
            priority = priorityOf(reading, input.speaker);
        }
    }
    // The customer answering is what Pending and Snoozed wait for; a resolved case they write
    // to again within the window is not done after all.
    const bool wakes = found.status == CaseStatus::Pending || found.status == CaseStatus::Snoozed
                       || found.status == CaseStatus::Resolved;
    Statement &update = wakes ? m_reopen : m_touch;
    update.bind(1, input.createdAtMs)
        .bind(2, found.id)
        .bind(3, storedKey(reading.sentiment))
        .bind(4, storedKey(reading.category))
        .bind(5, storedKey(reading.emotion))
        .bind(6, std::int64_t(reading.needsReply))
        .bind(7, std::int64_t(reading.risks))
        .bindOptional(8, reading.waitingSinceMs)
        .bind(9, std::int64_t(priority))
        .bind(10, std::int64_t(reading.direct))
        .run();
    if (!wakes)
        return;
    const nlohmann::json details{{"from", caseStatusKey(found.status).toStdString()},
                                 {"to", caseStatusKey(CaseStatus::Open).toStdString()},
                                 {"reason", "customer"},
                                 {"mention", input.platformId.toStdString()}};
    m_events.append(found.id, CaseEventType::StatusChanged, QStringLiteral("system"),
                    input.createdAtMs, eventPayload(details));
}

} // namespace earshot
