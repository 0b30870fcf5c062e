// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "connectors/Connector.h"
#include "connectors/ListeningRun.h"
#include "platforms/PlatformTraits.h"
#include "platforms/mastodon/MastodonAccess.h"
#include "platforms/mastodon/MastodonJson.h"
#include "platforms/mastodon/MastodonReads.h"

#include <QHash>
#include <QPointer>

#include <optional>
#include <vector>

namespace earshot {

struct HttpResult;

// Hears one brand account's mentions on a Mastodon instance: its notifications of type
// "mention", read with the account's token (GET /api/v1/notifications?types[]=mention), every
// poll interval of its clock. A cycle follows the pages (Link rel="next") down to the cursor,
// the newest notification id already written, then hands the mentions over oldest first, in
// batches whose cursor is the newest notification id of the batch. A page that fails or cannot
// be read ends the cycle with nothing delivered and the cursor where it was. The first connect
// (no cursor) reads back `backfillDays` at most.
//
// A mention's id is its status's `uri`, which is the same on every instance, so two brand
// accounts that hear one post store it once. `in_reply_to_id` is the instance's own id: the
// connector asks for the status's context (GET /api/v1/statuses/:id/context) to learn the uris
// of the answered post and of the thread's root (the conversation); when that fails, or a cycle
// has used its lookups, the mention keeps the instance-local id as inReplyTo and its own uri as
// the conversation.
//
// After the mentions, each listening term is searched (ListeningRun): a #hashtag in the tag's
// timeline (GET /api/v1/timelines/tag/:hashtag), which every instance serves, a word or "phrase"
// with GET /api/v2/search?type=statuses, which finds posts only where the instance's full-text
// search is on. Both page forward from the term's cursor, the newest status id seen (min_id).
// Notifications of type "update" (a status the account interacted with was edited) come with the
// status as it is now: when Earshot holds it, the new text is recorded as an edit (a revision
// beside what was heard). The whole conversation and a person's profile are read on request
// (MastodonReads).
//
// The instance's limits (GET /api/v2/instance) are read once per start and published
// (limitsRead, limits(), traits()).
class MastodonConnector final : public Connector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonConnector)

public:
    // `limits`: what the account's storage remembers the instance published, until it is read
    // again.
    explicit MastodonConnector(MastodonAccess access, AccountLimits limits = {},
                               QObject *parent = nullptr);
    ~MastodonConnector() override;

    void start(const QString &cursor) override;
    void stop() override;
    // Also emits cycleFinished() after every cycle the timer runs.
    void fetchOnce(const QString &cursor) override;
    void fetchConversation(const ConversationRequest &request, OnDemandDone done) override;
    void fetchProfile(const ProfileRequest &request, OnDemandDone done) override;

    // What the instance published (empty until read).
    AccountLimits limits() const { return m_limits; }
    // Mastodon's traits with the instance's limits laid over them.
    PlatformTraits traits() const;
    const MastodonAccess &access() const { return m_access; }

Q_SIGNALS:
    void limitsRead(const earshot::AccountLimits &limits);

private:
    void beginCycle();
    void readInstance();
    void requestPage(const QString &maxId);
    void onPage(const HttpResult &result);
    void lookUpThreads();
    void onThread(const QString &statusId, const HttpResult &result);
    void deliver();
    void runSearches();
    void fetchSearchPage(QObject *context, const ListeningSearch &search, const QString &next,
                         const ListeningRun::PageDone &done);
    void fail(const HttpResult &result, const QString &doing);
    void failUnreadable(const QString &doing, const QString &problem);
    void finishCycle(bool ok);
    QString domain() const;

    MastodonAccess m_access;
    ClockTimer m_timer;
    QString m_cursor;
    bool m_running = false;  // started (the timer polls)
    bool m_inCycle = false;  // a cycle's requests are out
    bool m_backfill = false; // the cycle started without a cursor
    int m_generation = 0;    // stop() and start() make answers of older cycles stale
    int m_pages = 0;
    std::int64_t m_oldestWantedMs = 0;
    std::vector<MastodonNotification> m_heard; // newest first, as the pages come
    std::vector<QString> m_threadQueue;        // status ids whose thread is looked up
    struct Thread {
        QString parentUri;
        QString rootUri;
    };
    QHash<QString, Thread> m_threads; // by the replying status's local id
    bool m_instanceRead = false;
    QString m_domain;
    AccountLimits m_limits;
    QPointer<ListeningRun> m_search; // the listening searches of this cycle, once mentions are in
    MastodonReads m_reads;
};

} // namespace earshot
