// SPDX-License-Identifier: Apache-2.0
#include "ingest/PostChanges.h"

#include "Tr.h"
#include "store/StoreError.h"

#include <QStringLiteral>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace earshot {

namespace {

// An Ingestor may be made on a workspace of an older schema (a test, a recovery that copies an old
// file before it migrates): without schema 15's tables nothing can be recorded, and the
// statements are made without them, so making the Ingestor still works. apply() refuses then.
bool hasSchema15(Database &db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                       "('mention_revisions', 'mention_deletions', 'handle_profiles')")
           == 3;
}

const char *sqlIf(bool ready, const char *sql)
{
    return ready ? sql : "SELECT NULL";
}

} // namespace

PostChanges::PostChanges(Database &db)
    : m_db(db)
    , m_events(db)
    , m_findMention(db, "SELECT id, case_id, text FROM mentions WHERE platform = ? AND "
                        "platform_id = ?")
    , m_latestText(db, sqlIf(hasSchema15(db), "SELECT text FROM mention_revisions WHERE "
                                              "mention_id = ? ORDER BY id DESC LIMIT 1"))
    , m_insertRevision(db, sqlIf(hasSchema15(db),
                                 "INSERT INTO mention_revisions (mention_id, text, edited_at, "
                                 "seen_at) VALUES (?, ?, ?, ?)"))
    , m_isDeleted(db,
                  sqlIf(hasSchema15(db), "SELECT 1 FROM mention_deletions WHERE mention_id = ?"))
    , m_markDeleted(db, sqlIf(hasSchema15(db), "INSERT INTO mention_deletions (mention_id, "
                                               "seen_at) VALUES (?, ?)"))
    , m_findHandle(db, "SELECT id FROM handles WHERE platform = ? AND platform_user_id = ?")
    , m_updateHandle(db, "UPDATE handles SET handle = coalesce(?, handle), "
                         "name = coalesce(?, name), followers = coalesce(?, followers) "
                         "WHERE id = ?")
    , m_saveProfile(db, sqlIf(hasSchema15(db),
                              "INSERT INTO handle_profiles (handle_id, bio, verified, followers, "
                              "read_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (handle_id) DO UPDATE "
                              "SET bio = excluded.bio, verified = excluded.verified, "
                              "followers = excluded.followers, read_at = excluded.read_at"))
{}

void PostChanges::apply(const std::vector<PostChange> &changes, PostChangesResult *result)
{
    if (!hasSchema15(m_db))
        throw StoreError(Tr::tr("This workspace is older than edits and deletions on the "
                                "networks (schema 15): open it with Earshot to bring it up to "
                                "date."));
    const std::int64_t now = m_db.clock().nowMs();
    for (const PostChange &change : changes) {
        m_findMention.bind(1, change.platform).bind(2, change.id);
        if (!m_findMention.step()) {
            m_findMention.reset();
            continue; // never heard: nothing of ours to mark
        }
        const std::int64_t mentionId = m_findMention.toInt(0);
        const std::int64_t caseId = m_findMention.toInt(1);
        QString current = m_findMention.toString(2);
        m_findMention.reset();
        nlohmann::json payload{{"mention", mentionId}, {"platform", change.platform.toStdString()}};
        if (change.kind == PostChange::Kind::Edited) {
            m_latestText.bind(1, mentionId);
            if (m_latestText.step())
                current = m_latestText.toString(0);
            m_latestText.reset();
            if (current == change.text)
                continue; // heard already (or the network counted a change of something else)
            m_insertRevision.bind(1, mentionId)
                .bind(2, change.text)
                .bindOptional(3, change.editedAtMs ? std::optional<std::int64_t>(change.editedAtMs)
                                                   : std::nullopt)
                .bind(4, now)
                .run();
            if (change.editedAtMs)
                payload["edited_at"] = change.editedAtMs;
            // The text stays out of the event: the mention and its revisions hold it.
            m_events.append(caseId, CaseEventType::PostEdited, QStringLiteral("system"), now,
                            eventPayload(payload));
            ++result->edited;
        } else {
            m_isDeleted.bind(1, mentionId);
            const bool known = m_isDeleted.step();
            m_isDeleted.reset();
            if (known)
                continue;
            m_markDeleted.bind(1, mentionId).bind(2, now).run();
            m_events.append(caseId, CaseEventType::PostDeleted, QStringLiteral("system"), now,
                            eventPayload(payload));
            ++result->deleted;
        }
        if (std::find(result->caseIds.begin(), result->caseIds.end(), caseId)
            == result->caseIds.end())
            result->caseIds.push_back(caseId);
    }
}

void PostChanges::apply(const std::vector<ProfileUpdate> &profiles, PostChangesResult *result)
{
    if (!hasSchema15(m_db))
        throw StoreError(Tr::tr("This workspace is older than edits and deletions on the "
                                "networks (schema 15): open it with Earshot to bring it up to "
                                "date."));
    const std::int64_t now = m_db.clock().nowMs();
    for (const ProfileUpdate &profile : profiles) {
        m_findHandle.bind(1, profile.platform).bind(2, profile.userId);
        if (!m_findHandle.step()) {
            m_findHandle.reset();
            continue; // someone Earshot never heard: no person to show it on
        }
        const std::int64_t handleId = m_findHandle.toInt(0);
        m_findHandle.reset();
        m_updateHandle.bind(1, profile.handle.isEmpty() ? QString() : profile.handle)
            .bind(2, profile.name.isEmpty() ? QString() : profile.name)
            .bindOptional(3, profile.followers)
            .bind(4, handleId)
            .run();
        m_saveProfile.bind(1, handleId)
            .bind(2, profile.bio.isEmpty() ? QString() : profile.bio)
            .bindOptional(3, profile.verified
                                 ? std::optional<std::int64_t>(*profile.verified ? 1 : 0)
                                 : std::nullopt)
            .bindOptional(4, profile.followers)
            .bind(5, now)
            .run();
        ++result->profiles;
    }
}

} // namespace earshot
