// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/ClockTimer.h"
#include "connectors/Connector.h"
#include "connectors/ListeningRun.h"
#include "platforms/x/XApi.h"

#include <QPointer>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace earshot {

class NetworkLoop;
class XReads;

// What one X account read in a cycle, for the spend count (XSpend).
struct XReadUsage {
    std::vector<QString> postIds; // every post X returned (X bills each one it returns)
    std::vector<QString> userIds; // users X returned with them (includes.users)
    bool search = false;          // a listening search read them (its daily budget counts them)
};

struct XConnectorOptions {
    // X's rate limits are tight (the mentions endpoint allows a few hundred calls in 15 minutes
    // for a user): one cycle a minute stays well inside them.
    std::chrono::milliseconds pollInterval{60'000};
    // A first connect (no cursor) reads this many pages of 100 back, not the account's history:
    // every post read is paid for.
    int backfillPages = 2;
    // How long fetching rests when X says the account's credits are used up.
    std::chrono::milliseconds creditsPause{60 * 60'000};
    // Asked before each cycle: a pause in words and its end when fetching must not run now (a
    // spending cap reached), or an empty message. May be empty.
    std::function<std::pair<QString, std::int64_t>(std::int64_t nowMs)> holdBack;
    // Told what each page read, before its mentions are delivered. May be empty.
    std::function<void(const XReadUsage &)> readsDone;
    // Read the account's direct messages (GET /2/dm_events) after its mentions in every cycle.
    bool readDirectMessages = true;
    // Listening searches (GET /2/tweets/search/recent): posts per page (X allows 10..100) and
    // pages per term and cycle; every post returned is paid for.
    int searchPageSize = 50;
    int searchPages = 4;
    // Asked before each search page: a pause in words and its end when searching must not run
    // now (the daily search budget spent), or an empty message. May be empty.
    std::function<std::pair<QString, std::int64_t>(std::int64_t nowMs)> searchHoldBack;
};

// Hears one X account's mentions through the API v2: learns the account's user id once
// (GET /2/users/me), then reads GET /2/users/:id/mentions since the cursor (the newest post id
// heard), following next_token to the end. Then its direct messages: GET /2/dm_events (newest
// first, no since_id) page after page until an event the cursor holds, each message someone sent
// the brand a private mention threaded by its DM conversation. The whole cycle is delivered as one
// batch with both newest ids as the cursor (XFeedCursor), so a cycle that fails half way leaves
// the cursor where it was and the next one reads the same posts again (ingest ignores what it
// has). Direct messages that cannot be read (no dm.read scope, X busy) leave their part of the
// cursor where it was and the mentions are delivered all the same.
// Then each listening term is searched (GET /2/tweets/search/recent, since the term's cursor, the
// newest post id seen; next_token to the end), held back by the account's daily search budget.
class XConnector final : public Connector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XConnector)

public:
    XConnector(NetworkLoop *net, XApiSettings api, std::shared_ptr<XUserId> user,
               std::shared_ptr<Clock> clock, XConnectorOptions options = {},
               QObject *parent = nullptr);
    ~XConnector() override;

    void start(const QString &cursor) override;
    void stop() override;
    void fetchOnce(const QString &cursor) override;
    // On request, counted by the spend meter like the mentions (XReads).
    void fetchConversation(const ConversationRequest &request, OnDemandDone done) override;
    void fetchProfile(const ProfileRequest &request, OnDemandDone done) override;

private:
    struct Cycle;
    // Answers `done` with the pause in words and returns true when a spending cap holds reads
    // back now.
    bool heldBack(const OnDemandDone &done) const;
    void runCycle(const QString &since, bool live);
    void fetchUserOrPage(const std::shared_ptr<Cycle> &cycle);
    void fetchPage(const std::shared_ptr<Cycle> &cycle);
    // Renews a signed-in account's access token once per cycle, then goes on with `next`; false
    // when the account cannot be renewed (a pasted token) or was renewed in this cycle already.
    bool renewThen(const std::shared_ptr<Cycle> &cycle, std::function<void()> next);
    void onUser(const std::shared_ptr<Cycle> &cycle, const HttpResult &result);
    void onPage(const std::shared_ptr<Cycle> &cycle, const HttpResult &result);
    void fetchDmPage(const std::shared_ptr<Cycle> &cycle);
    void onDmPage(const std::shared_ptr<Cycle> &cycle, const HttpResult &result);
    void deliver(const std::shared_ptr<Cycle> &cycle);
    void fail(const std::shared_ptr<Cycle> &cycle, const QString &message,
              std::int64_t pausedUntil);
    void failWith(const std::shared_ptr<Cycle> &cycle, const HttpResult &result);
    void finish(const std::shared_ptr<Cycle> &cycle, bool ok);
    bool current(const std::shared_ptr<Cycle> &cycle) const;
    void runSearches(const std::shared_ptr<Cycle> &cycle);
    void fetchSearchPage(QObject *context, const ListeningSearch &search, const QString &next,
                         const ListeningRun::PageDone &done);
    void tick();

    NetworkLoop *m_net;
    XApiSettings m_api;
    std::shared_ptr<XUserId> m_user;
    std::shared_ptr<Clock> m_clock;
    XConnectorOptions m_options;
    ClockTimer m_timer;
    QString m_cursor;
    bool m_running = false;
    bool m_busy = false;
    std::uint64_t m_generation = 0;
    std::int64_t m_pausedUntilMs = 0;
    QPointer<ListeningRun> m_search;
    // Why X refused to show the account's direct messages (its token lacks dm.read), kept as the
    // account's last error; they are not asked for again until the connector is made anew (a
    // new token). Empty while they are read.
    QString m_dmRefused;
    XReads *m_reads = nullptr;
};

// What a person reads when X refused or failed a request of the account `handle`.
QString describeXFailure(const HttpResult &result, const QString &handle, std::int64_t nowMs);

} // namespace earshot
