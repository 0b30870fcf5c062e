// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseRescorer.h"
#include "cases/CaseThreader.h"
#include "ingest/Mention.h"
#include "ingest/PostChanges.h"
#include "listening/MentionReader.h"
#include "people/PersonBadges.h"
#include "people/SpeakerLists.h"
#include "store/Sqlite.h"

#include <QHash>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// Mentions that arrive together, with where their feed stood afterwards. Written in one
// transaction: all of it, cursor included, or none of it.
struct IngestBatch {
    std::vector<Mention> mentions;
    QString feed;   // empty when the batch has no cursor (an import)
    QString cursor; // the feed's position after these mentions
    // Listening searches' positions after these mentions (a term removed meanwhile is skipped).
    std::vector<SearchCursor> searchCursors = {};
    // What the network said about posts already heard (edits, deletions) and profiles read on
    // request: written after the mentions, in the same transaction (PostChanges). Initialized
    // here, so an import's {mentions, feed, cursor} is a whole batch.
    std::vector<PostChange> changes = {};
    std::vector<ProfileUpdate> profiles = {};
};

struct IngestResult {
    int inserted = 0;
    int duplicates = 0;
    // Mentions that came without a reading and were read inside the transaction. The writer
    // thread reads them before (StoreWriter::submit), so its transactions hold no classifier.
    int readInTransaction = 0;
    // For each mention of the batch, in order: the case it lies in (also for duplicates).
    std::vector<std::int64_t> caseIds;
    std::vector<std::int64_t> createdCaseIds;
    // Other open cases whose priority changed because their person gained a badge.
    std::vector<std::int64_t> rescoredCaseIds;
    // Edits, deletions and profiles recorded.
    PostChangesResult changes;
};

// Writes batches of mentions into a workspace: people and handles, threading into cases, case
// events and the full-text index. Ingesting the same mention twice changes nothing.
class Ingestor final {
public:
    explicit Ingestor(Database &db);

    IngestResult ingest(const IngestBatch &batch);
    // The same, inside a transaction the caller already holds.
    IngestResult ingestInTransaction(const IngestBatch &batch);
    // For a caller whose transaction rolled back after this ingested in it.
    void forgetCaches();

private:
    struct HandleIds {
        std::int64_t handleId;
        std::int64_t personId;
    };
    struct KnownHandle {
        HandleIds ids;
        QString handle;
        QString name;
        std::optional<std::int64_t> followers;
        int badges = 0;
    };
    IngestResult writeBatch(const IngestBatch &batch);
    void forgetCachesIfOthersWrote();
    KnownHandle handleFor(const Mention &mention);
    int badgesOf(std::int64_t personId);
    PrioritySignals speakerSignals(const Mention &mention, KnownHandle &known,
                                   const MentionReading &reading);
    void addBadge(const Mention &mention, KnownHandle &known, Badge badge);
    std::int64_t accountFor(const Mention &mention);
    QString conversationOf(const Mention &mention);

    Database &m_db;
    CaseThreader m_threader;
    CaseRescorer m_rescorer;
    // People who gained a badge in this batch: their other open cases are scored again at its end.
    std::vector<std::int64_t> m_rebadged;
    Statement m_findMention;
    Statement m_findHandle;
    Statement m_updateHandle;
    Statement m_insertPerson;
    Statement m_insertHandle;
    Statement m_findAccount;
    Statement m_insertAccount;
    Statement m_conversationOfReply;
    Statement m_insertMention;
    Statement m_saveCursor;
    Statement m_saveSearchCursor;
    Statement m_indexNewMentions;
    Statement m_dataVersion;
    Statement m_personBadges;
    Statement m_addBadge;
    PostChanges m_postChanges;
    MentionReader m_reader;
    std::int64_t m_learnedAt = -1; // when the models m_reader blends with were trained
    SpeakerMatcher m_speakers;
    std::int64_t m_influencerFollowers = 0;
    // What this connection learned from the workspace, valid while no other connection writes
    // (PRAGMA data_version tells). Saves a lookup per mention in bulk imports.
    QHash<QString, std::int64_t> m_accounts;
    QHash<QString, KnownHandle> m_handles;
    std::int64_t m_seenDataVersion = -1;
};

} // namespace earshot

Q_DECLARE_METATYPE(earshot::IngestBatch)
Q_DECLARE_METATYPE(earshot::IngestResult)
