// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "connectors/Connector.h"
#include "connectors/ListeningRun.h"
#include "platforms/bluesky/BlueskyReads.h"
#include "platforms/bluesky/BlueskyRecords.h"
#include "platforms/bluesky/BlueskySession.h"

#include <memory>
#include <vector>

namespace earshot::bluesky {

class FetchCycle;

// Hears one Bluesky account: every cycle (a ClockTimer, each `cycleInterval` of the session's
// clock) reads app.bsky.notification.listNotifications, newest first, page after page until it
// reaches what the cursor says was heard (or, on the first connect, `backfillDays` back), and
// delivers the mentions, replies and quotes oldest first, in batches with the cursor after them.
// A page that fails or cannot be read ends the cycle with nothing delivered: the cursor never
// passes a notification not heard. Then each listening term is searched on the AppView
// (app.bsky.feed.searchPosts, sort=latest, since the term's cursor: the newest post time seen),
// following the search's cursor page after page.
class BlueskyConnector final : public Connector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyConnector)

public:
    explicit BlueskyConnector(std::shared_ptr<Session> session, QObject *parent = nullptr);
    ~BlueskyConnector() override;

    void start(const QString &cursor) override;
    void stop() override;
    void fetchOnce(const QString &cursor) override;
    // On request: the whole thread and a profile (BlueskyReads).
    void fetchConversation(const ConversationRequest &request, OnDemandDone done) override;
    void fetchProfile(const ProfileRequest &request, OnDemandDone done) override;

    // Mentions per batch delivered.
    static constexpr int batchSize = 50;

private:
    friend class FetchCycle;
    void runScheduled();
    void cycleEnded(FetchCycle *cycle, bool ok, const QString &problem,
                    std::optional<RateLimitPause> pause, const QString &searchProblem = {});
    void fetchSearchPage(QObject *context, const ListeningSearch &search, const QString &next,
                         const ListeningRun::PageDone &done);
    void deliver(std::vector<HeardPost> posts, FeedCursor cursor, bool once);

    std::shared_ptr<Session> m_session;
    ClockTimer m_timer;
    QString m_cursor; // where the scheduled cycles stand
    bool m_running = false;
    std::unique_ptr<FetchCycle> m_scheduled; // the scheduled cycle running now, if any
    std::vector<std::unique_ptr<FetchCycle>> m_once;
    BlueskyReads *m_reads;
};

} // namespace earshot::bluesky
