// SPDX-License-Identifier: Apache-2.0
#include "ingest/Ingestor.h"

#include "cases/CaseReading.h"

#include "learning/LearnedModelStore.h"
#include "people/PersonBadges.h"

#include <algorithm>
#include <cstdlib>

namespace earshot {

Ingestor::Ingestor(Database &db)
    : m_db(db)
    , m_threader(db)
    , m_rescorer(db)
    , m_findMention(db, "SELECT case_id FROM mentions WHERE platform = ? AND platform_id = ?")
    , m_findHandle(db, "SELECT id, person_id, handle, name, followers FROM handles "
                       "WHERE platform = ? AND platform_user_id = ?")
    , m_updateHandle(db, "UPDATE handles SET handle = ?, name = coalesce(?, name), "
                         "followers = coalesce(?, followers) "
                         "WHERE id = ?")
    , m_insertPerson(db, "INSERT INTO people (display_name, created_at) VALUES (?, ?)")
    , m_insertHandle(db, "INSERT INTO handles (person_id, platform, platform_user_id, handle, "
                         "name, followers) VALUES (?, ?, ?, ?, ?, ?)")
    , m_findAccount(db, "SELECT id FROM accounts WHERE platform = ? AND handle = ?")
    , m_insertAccount(db, "INSERT INTO accounts (platform, handle, created_at) VALUES (?, ?, ?)")
    , m_conversationOfReply(db, "SELECT conversation FROM mentions WHERE platform = ? AND "
                                "platform_id = ?")
    , m_insertMention(db, "INSERT INTO mentions (platform, platform_id, url, created_at, text, "
                          "handle_id, lang, in_reply_to, conversation, visibility, account_id, "
                          "case_id, ingested_at, read_lang, sentiment, sentiment_score, "
                          "sentiment_confidence, emotion, category, needs_reply, risks, "
                          "listening_term_id) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_saveCursor(db, "INSERT INTO feed_cursors (feed, cursor, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, "
                       "updated_at = excluded.updated_at")
    , m_saveSearchCursor(db, "INSERT INTO listening_cursors (term_id, account_id, cursor, "
                             "updated_at) SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM "
                             "listening_terms WHERE id = ?1) ON CONFLICT (term_id, account_id) "
                             "DO UPDATE SET cursor = excluded.cursor, "
                             "updated_at = excluded.updated_at")
    , m_indexNewMentions(db, "INSERT INTO mention_fts (rowid, text) "
                             "SELECT id, text FROM mentions WHERE id >= ?")
    , m_dataVersion(db, "PRAGMA data_version")
    , m_personBadges(db, "SELECT badge FROM person_badges WHERE person_id = ?")
    , m_addBadge(db, "INSERT OR IGNORE INTO person_badges (person_id, badge, set_by, set_at) "
                     "VALUES (?, ?, 'earshot', ?)")
    , m_postChanges(db)
{}

void Ingestor::forgetCachesIfOthersWrote()
{
    // data_version changes when another connection commits, never for our own commits.
    m_dataVersion.step();
    const std::int64_t version = m_dataVersion.toInt(0);
    m_dataVersion.reset();
    constexpr int maxCachedHandles = 500000; // about 100 MB at most
    if (version != m_seenDataVersion || m_handles.size() > maxCachedHandles) {
        forgetCaches();
        m_seenDataVersion = version;
    }
}

IngestResult Ingestor::ingest(const IngestBatch &batch)
{
    Transaction transaction(m_db);
    IngestResult result = ingestInTransaction(batch);
    try {
        transaction.commit();
    } catch (...) {
        // A failed COMMIT rolls back too: what this batch cached must go with it.
        forgetCaches();
        throw;
    }
    return result;
}

void Ingestor::forgetCaches()
{
    m_accounts.clear();
    m_handles.clear();
}

IngestResult Ingestor::ingestInTransaction(const IngestBatch &batch)
{
    forgetCachesIfOthersWrote();
    try {
        return writeBatch(batch);
    } catch (...) {
        // The caller's transaction rolls back, so ids cached during this batch may not exist.
        forgetCaches();
        throw;
    }
}

IngestResult Ingestor::writeBatch(const IngestBatch &batch)
{
    m_threader.beginBatch();
    m_rebadged.clear();
    // What agents taught, once a newer model was saved (or the learning was reset: 0).
    if (const std::int64_t learnedAt = LearnedModelStore::latestTrainedAt(m_db);
        learnedAt != m_learnedAt) {
        m_reader.setLearnedModels(LearnedModelStore::load(m_db));
        m_learnedAt = learnedAt;
    }
    // Lists and thresholds a lead changed apply from the next batch, whoever wrote them.
    m_speakers.load(m_db);
    m_influencerFollowers = influencerThreshold(m_db);
    IngestResult result;
    result.caseIds.reserve(batch.mentions.size());
    const std::int64_t now = m_db.clock().nowMs();
    std::int64_t firstNewId = 0; // ids only grow: every mention from here on is this batch's
    for (const Mention &mention : batch.mentions) {
        m_findMention.bind(1, mention.platform).bind(2, mention.id);
        if (m_findMention.step()) {
            result.caseIds.push_back(m_findMention.toInt(0));
            m_findMention.reset();
            ++result.duplicates;
            continue;
        }
        m_findMention.reset();

        KnownHandle known = handleFor(mention);
        const HandleIds ids = known.ids;
        const std::int64_t accountId = accountFor(mention);
        // Read on the parsing thread as a rule; here only for callers that hand in raw mentions.
        std::optional<MentionReading> readHere;
        if (!mention.reading) {
            readHere = m_reader.read(mention.text, mention.lang);
            ++result.readInTransaction;
        }
        const MentionReading &asRead = mention.reading ? *mention.reading : *readHere;
        const PrioritySignals speaker = speakerSignals(mention, known, asRead);
        // Heard through a listening term and not written to us: an observation (CaseReading.h).
        std::optional<MentionReading> observed;
        if (mention.listeningTermId != 0 && !speaker.direct)
            observed = readAsObservation(asRead);
        const MentionReading &reading = observed ? *observed : asRead;
        ThreadingInput threading{ids.personId,      accountId,
                                 mention.platform,  conversationOf(mention),
                                 mention.isPrivate, mention.createdAtMs,
                                 mention.id,        mention.text,
                                 mention.lang,      &reading,
                                 speaker,           mention.inReplyTo.isEmpty()};
        const Placement placement = m_threader.place(threading);
        const std::int64_t caseId = placement.caseId;
        if (placement.created)
            result.createdCaseIds.push_back(caseId);
        // Someone whose earlier case we worked on is a customer from now on.
        if (placement.personHadCase && !(known.badges & Customer))
            addBadge(mention, known, Badge::Customer);

        m_insertMention.bind(1, mention.platform)
            .bind(2, mention.id)
            .bind(3, mention.url.isEmpty() ? QString() : mention.url)
            .bind(4, mention.createdAtMs)
            .bind(5, mention.text)
            .bind(6, ids.handleId)
            .bind(7, mention.lang.isEmpty() ? QString() : mention.lang)
            .bind(8, mention.inReplyTo.isEmpty() ? QString() : mention.inReplyTo)
            .bind(9, threading.conversation)
            .bind(10, QByteArray(mention.isPrivate ? "private" : "public"))
            .bindOptional(11, accountId ? std::optional<std::int64_t>(accountId) : std::nullopt)
            .bind(12, caseId)
            .bind(13, now)
            .bind(14, reading.language.code.isEmpty() ? QString() : reading.language.code)
            .bind(15, sentimentKey(reading.sentiment.label))
            .bind(16, reading.sentiment.score)
            .bind(17, reading.sentiment.confidence)
            .bind(18, reading.emotion.emotion == Emotion::None
                          ? QString()
                          : emotionKey(reading.emotion.emotion))
            .bind(19, categoryKey(reading.category.category))
            .bind(20, std::int64_t(reading.needsReply.needsReply))
            .bind(21, std::int64_t(reading.risks.flags))
            .bindOptional(22, mention.listeningTermId
                                  ? std::optional<std::int64_t>(mention.listeningTermId)
                                  : std::nullopt)
            .run();
        if (firstNewId == 0)
            firstNewId = m_db.lastInsertId();
        result.caseIds.push_back(caseId);
        ++result.inserted;
    }
    // Indexed last, in one statement: see migration 6 for why not row by row.
    if (firstNewId != 0)
        m_indexNewMentions.bind(1, firstNewId).run();
    if (!batch.changes.empty())
        m_postChanges.apply(batch.changes, &result.changes);
    if (!batch.profiles.empty())
        m_postChanges.apply(batch.profiles, &result.changes);
    if (!batch.feed.isEmpty())
        m_saveCursor.bind(1, batch.feed).bind(2, batch.cursor).bind(3, now).run();
    for (const SearchCursor &search : batch.searchCursors) {
        m_saveSearchCursor.reset();
        m_saveSearchCursor.bind(1, search.termId)
            .bind(2, search.accountId)
            .bind(3, search.cursor)
            .bind(4, now)
            .run();
    }
    // Someone who just became a customer or a VIP ranks so in all their open cases, not only in
    // the one that told us.
    if (!m_rebadged.empty()) {
        std::sort(m_rebadged.begin(), m_rebadged.end());
        m_rebadged.erase(std::unique(m_rebadged.begin(), m_rebadged.end()), m_rebadged.end());
        result.rescoredCaseIds = m_rescorer.casesOf(m_rebadged, m_threader.weights());
    }
    return result;
}

namespace {

// Follower counts move by a few every hour; rewriting the handle row for each of those would
// cost a write per mention for nothing a person would notice.
bool followersMovedNoticeably(std::optional<std::int64_t> stored, std::optional<std::int64_t> heard)
{
    if (!heard) // a post that does not say keeps what we knew
        return false;
    if (!stored)
        return true;
    const std::int64_t threshold = std::max<std::int64_t>(10, *stored / 100);
    return std::abs(*heard - *stored) > threshold;
}

} // namespace

int Ingestor::badgesOf(std::int64_t personId)
{
    int badges = 0;
    m_personBadges.bind(1, personId);
    while (m_personBadges.step())
        badges |= badgeBit(m_personBadges.toString(0));
    m_personBadges.reset();
    return badges;
}

void Ingestor::addBadge(const Mention &mention, KnownHandle &known, Badge badge)
{
    const int bit = badgeBit(badge);
    m_addBadge.bind(1, known.ids.personId)
        .bind(2, badgeKey(badge))
        .bind(3, m_db.clock().nowMs())
        .run();
    known.badges |= bit;
    m_rebadged.push_back(known.ids.personId);
    // Keep the cache in step: the next mention of this person must not insert it again.
    const auto it = m_handles.find(mention.platform + u'\n' + mention.author.id);
    if (it != m_handles.end())
        it->badges |= bit;
}

PrioritySignals Ingestor::speakerSignals(const Mention &mention, KnownHandle &known,
                                         const MentionReading &reading)
{
    // The team's lists name people whatever they write; a purchase question makes a prospect.
    if (!(known.badges & Employee)
        && m_speakers.contains(SpeakerList::Staff, mention.platform, mention.author.handle))
        addBadge(mention, known, Badge::Employee);
    if (!(known.badges & Vip)
        && m_speakers.contains(SpeakerList::Vip, mention.platform, mention.author.handle))
        addBadge(mention, known, Badge::Vip);
    if (!(known.badges & Customer)
        && m_speakers.contains(SpeakerList::Customers, mention.platform, mention.author.handle))
        addBadge(mention, known, Badge::Customer);
    if (!(known.badges & (Customer | Prospect | Employee))
        && hasRisk(reading.risks.flags, Risk::PurchaseIntent))
        addBadge(mention, known, Badge::Prospect);

    PrioritySignals signals =
        earshot::speakerSignals(known.badges, known.followers, m_influencerFollowers);
    signals.direct = mention.isPrivate
                     || (!mention.account.isEmpty()
                         && mention.text.contains(u'@' + mention.account, Qt::CaseInsensitive));
    return signals;
}

Ingestor::KnownHandle Ingestor::handleFor(const Mention &mention)
{
    const QString key = mention.platform + u'\n' + mention.author.id;
    auto known = m_handles.find(key);
    if (known == m_handles.end()) {
        m_findHandle.bind(1, mention.platform).bind(2, mention.author.id);
        if (m_findHandle.step()) {
            known = m_handles.insert(key, {{m_findHandle.toInt(0), m_findHandle.toInt(1)},
                                           m_findHandle.toString(2),
                                           m_findHandle.toString(3),
                                           m_findHandle.toOptionalInt(4),
                                           0});
        }
        m_findHandle.reset();
        if (known != m_handles.end())
            known->badges = badgesOf(known->ids.personId);
    }
    if (known != m_handles.end()) {
        KnownHandle &h = *known;
        // Handles and names change over time; keep the latest we heard.
        const bool renamed = h.handle != mention.author.handle
                             || (!mention.author.name.isEmpty() && h.name != mention.author.name);
        if (renamed || followersMovedNoticeably(h.followers, mention.author.followers)) {
            m_updateHandle.bind(1, mention.author.handle)
                .bind(2, mention.author.name.isEmpty() ? QString() : mention.author.name)
                .bindOptional(3, mention.author.followers)
                .bind(4, h.ids.handleId)
                .run();
            h.handle = mention.author.handle;
            if (!mention.author.name.isEmpty())
                h.name = mention.author.name;
            if (mention.author.followers)
                h.followers = mention.author.followers;
        }
        return h;
    }
    const std::int64_t now = m_db.clock().nowMs();
    const QString displayName =
        mention.author.name.isEmpty() ? mention.author.handle : mention.author.name;
    m_insertPerson.bind(1, displayName).bind(2, now).run();
    const std::int64_t personId = m_db.lastInsertId();
    m_insertHandle.bind(1, personId)
        .bind(2, mention.platform)
        .bind(3, mention.author.id)
        .bind(4, mention.author.handle)
        .bind(5, mention.author.name.isEmpty() ? QString() : mention.author.name)
        .bindOptional(6, mention.author.followers)
        .run();
    const HandleIds ids{m_db.lastInsertId(), personId};
    KnownHandle fresh{ids, mention.author.handle, mention.author.name, mention.author.followers, 0};
    m_handles.insert(key, fresh);
    return fresh;
}

std::int64_t Ingestor::accountFor(const Mention &mention)
{
    if (mention.account.isEmpty())
        return 0;
    const QString key = mention.platform + u'\n' + mention.account;
    if (const auto it = m_accounts.constFind(key); it != m_accounts.constEnd())
        return *it;
    std::int64_t id = 0;
    m_findAccount.bind(1, mention.platform).bind(2, mention.account);
    if (m_findAccount.step())
        id = m_findAccount.toInt(0);
    m_findAccount.reset();
    if (id == 0) {
        m_insertAccount.bind(1, mention.platform)
            .bind(2, mention.account)
            .bind(3, m_db.clock().nowMs())
            .run();
        id = m_db.lastInsertId();
    }
    m_accounts.insert(key, id);
    return id;
}

QString Ingestor::conversationOf(const Mention &mention)
{
    if (!mention.conversationId.isEmpty())
        return mention.conversationId;
    if (mention.inReplyTo.isEmpty())
        return mention.id;
    // A reply belongs to the conversation of the post it answers, when we have that post.
    m_conversationOfReply.bind(1, mention.platform).bind(2, mention.inReplyTo);
    QString conversation =
        m_conversationOfReply.step() ? m_conversationOfReply.toString(0) : mention.inReplyTo;
    m_conversationOfReply.reset();
    return conversation;
}

} // namespace earshot
