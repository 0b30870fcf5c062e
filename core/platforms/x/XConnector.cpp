// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XConnector.h"
#include "platforms/x/XReads.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/AccountPauses.h"
#include "net/NetworkLoop.h"
#include "platforms/x/XTokens.h"

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

struct XConnector::Cycle {
    std::uint64_t generation = 0;
    bool live = false; // a cycle of start()'s schedule, not fetchOnce()
    QString since;     // the mentions' cursor it reads from; empty: a first connect
    QString nextToken;
    QString dmSince; // the newest direct message event heard; empty: none yet
    QString dmNext;
    int dmPages = 0;
    QString dmNewest; // the newest event of the first page of direct messages
    int pages = 0;
    QString newest; // meta.newest_id of the first page
    std::vector<Mention> mentions;
    bool renewed = false; // its access token was renewed (once per cycle)
    std::vector<PostChange> edits;
};

QString describeXFailure(const HttpResult &result, const QString &handle, std::int64_t nowMs)
{
    const QString who = u"@"_s + handle;
    if (result.error == NetError::Paused && result.pause)
        return describePause(Tr::tr("X (%1)").arg(who), *result.pause, nowMs);
    if (result.error != NetError::None)
        return Tr::tr("X could not be reached for %1: %2").arg(who, describeNetError(result.error));
    if (isCreditsDepleted(result))
        return Tr::tr("X paused: the account's API credits are used up");
    const XProblem problem = readProblem(result.body);
    switch (result.status) {
    case 401:
        return Tr::tr("X refused the token for %1: sign in again").arg(who);
    case 403:
        return problem.detail.isEmpty()
                   ? Tr::tr("X does not allow this for %1").arg(who)
                   : Tr::tr("X does not allow this for %1: %2").arg(who, problem.detail);
    case 429:
        if (result.pause)
            return describePause(Tr::tr("X (%1)").arg(who), *result.pause, nowMs);
        return Tr::tr("X asks %1 to wait: rate limit").arg(who);
    default:
        break;
    }
    if (result.status >= 500)
        return Tr::tr("X is having trouble (HTTP %1); Earshot tries again later")
            .arg(result.status);
    return problem.detail.isEmpty()
               ? Tr::tr("X refused the request for %1 (HTTP %2)").arg(who).arg(result.status)
               : Tr::tr("X refused the request for %1 (HTTP %2): %3")
                     .arg(who)
                     .arg(result.status)
                     .arg(problem.detail);
}

XConnector::XConnector(NetworkLoop *net, XApiSettings api, std::shared_ptr<XUserId> user,
                       std::shared_ptr<Clock> clock, XConnectorOptions options, QObject *parent)
    : Connector(parent)
    , m_net(net)
    , m_api(std::move(api))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_timer(clock)
{
    m_timer.setInterval(m_options.pollInterval);
    connect(&m_timer, &ClockTimer::timeout, this, &XConnector::tick);
    m_reads = new XReads(m_net, m_api, m_clock, m_options.readsDone, this);
}

bool XConnector::heldBack(const OnDemandDone &done) const
{
    // A spending cap reached holds what an agent asks for back too.
    if (!m_options.holdBack)
        return false;
    const auto [reason, until] = m_options.holdBack(m_clock->nowMs());
    if (reason.isEmpty())
        return false;
    OnDemandResult held;
    held.error = reason;
    done(held);
    return true;
}

void XConnector::fetchConversation(const ConversationRequest &request, OnDemandDone done)
{
    if (!heldBack(done))
        m_reads->conversation(request, std::move(done));
}

void XConnector::fetchProfile(const ProfileRequest &request, OnDemandDone done)
{
    if (!heldBack(done))
        m_reads->profile(request, std::move(done));
}

XConnector::~XConnector() = default;

void XConnector::start(const QString &cursor)
{
    ++m_generation; // what an earlier start still hears is dropped
    m_cursor = cursor;
    m_running = true;
    m_busy = false;
    m_timer.start();
    tick();
}

void XConnector::stop()
{
    ++m_generation;
    m_running = false;
    m_busy = false;
    m_timer.stop();
    if (m_search)
        m_search->deleteLater();
    m_search = nullptr;
}

void XConnector::fetchOnce(const QString &cursor)
{
    runCycle(cursor, false);
}

void XConnector::tick()
{
    if (!m_running || m_busy)
        return;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return;
    runCycle(m_cursor, true);
}

bool XConnector::current(const std::shared_ptr<Cycle> &cycle) const
{
    return cycle->generation == m_generation;
}

void XConnector::runCycle(const QString &since, bool live)
{
    auto cycle = std::make_shared<Cycle>();
    cycle->generation = m_generation;
    cycle->live = live;
    const XFeedCursor cursor = XFeedCursor::parse(since);
    cycle->since = cursor.mentions;
    cycle->dmSince = cursor.dm;
    if (live)
        m_busy = true;

    if (m_options.holdBack) {
        const auto [message, until] = m_options.holdBack(m_clock->nowMs());
        if (!message.isEmpty()) {
            fail(cycle, message, until);
            // Asked again at every turn of the schedule (no request to X): a cap raised by a
            // person lets fetching go on at once.
            m_pausedUntilMs = 0;
            return;
        }
    }
    if (!m_net) {
        fail(cycle, Tr::tr("X cannot be reached: this session has no network"), 0);
        return;
    }
    // An access token from a browser sign-in lasts two hours: renew it before it is refused.
    if (m_api.credentials && m_api.credentials->tokens.expiredAt(m_clock->nowMs())
        && renewThen(cycle, [this, cycle] { fetchUserOrPage(cycle); }))
        return;
    fetchUserOrPage(cycle);
}

void XConnector::fetchUserOrPage(const std::shared_ptr<Cycle> &cycle)
{
    if (!m_user->id.isEmpty()) {
        fetchPage(cycle);
        return;
    }
    m_net->submit(m_api.request("GET", u"/2/users/me"_s), this,
                  [this, cycle](const HttpResult &result) { onUser(cycle, result); });
}

bool XConnector::renewThen(const std::shared_ptr<Cycle> &cycle, std::function<void()> next)
{
    if (!m_api.credentials || !m_api.credentials->tokens.canRefresh() || cycle->renewed)
        return false;
    cycle->renewed = true;
    refreshXTokens(m_net, m_api.credentials, m_clock->nowMs(), this,
                   [this, cycle, next = std::move(next)](const QString &problem) {
                       if (!current(cycle))
                           return;
                       if (!problem.isEmpty()) {
                           fail(cycle, problem, 0);
                           return;
                       }
                       next();
                   });
    return true;
}

void XConnector::onUser(const std::shared_ptr<Cycle> &cycle, const HttpResult &result)
{
    if (!current(cycle))
        return;
    if (result.status == 401 && renewThen(cycle, [this, cycle] { fetchUserOrPage(cycle); }))
        return;
    if (!result.ok()) {
        failWith(cycle, result);
        return;
    }
    const QString id = readDataId(result.body);
    if (id.isEmpty()) {
        fail(cycle, Tr::tr("X sent an answer Earshot could not read (the account's user)"), 0);
        return;
    }
    m_user->id = id;
    if (m_options.readsDone)
        m_options.readsDone(XReadUsage{{}, {id}});
    fetchPage(cycle);
}

void XConnector::fetchPage(const std::shared_ptr<Cycle> &cycle)
{
    QUrlQuery query;
    if (!cycle->since.isEmpty())
        query.addQueryItem(u"since_id"_s, cycle->since);
    query.addQueryItem(u"max_results"_s, u"100"_s);
    if (!cycle->nextToken.isEmpty())
        query.addQueryItem(u"pagination_token"_s, cycle->nextToken);
    addPostFields(query);
    m_net->submit(m_api.request("GET", u"/2/users/"_s + m_user->id + u"/mentions"_s, query), this,
                  [this, cycle](const HttpResult &result) { onPage(cycle, result); });
}

void XConnector::onPage(const std::shared_ptr<Cycle> &cycle, const HttpResult &result)
{
    if (!current(cycle))
        return;
    if (result.status == 401 && renewThen(cycle, [this, cycle] { fetchPage(cycle); }))
        return;
    if (!result.ok()) {
        failWith(cycle, result);
        return;
    }
    std::optional<XMentionsPage> page = readMentionsPage(result.body, m_api.handle);
    if (!page) {
        fail(cycle,
             Tr::tr("X sent an answer Earshot could not read; the mentions are read again "
                    "next time"),
             0);
        return;
    }
    if (m_options.readsDone) {
        XReadUsage usage;
        for (const Mention &m : page->mentions)
            usage.postIds.push_back(m.id);
        usage.userIds = page->userIds;
        m_options.readsDone(usage);
    }
    if (cycle->pages == 0)
        cycle->newest = page->newestId;
    ++cycle->pages;
    for (Mention &m : page->mentions)
        cycle->mentions.push_back(std::move(m));
    for (PostChange &edit : page->edits)
        cycle->edits.push_back(std::move(edit));

    const bool firstConnect = cycle->since.isEmpty();
    if (!page->nextToken.isEmpty()
        && !(firstConnect && cycle->pages >= std::max(1, m_options.backfillPages))) {
        cycle->nextToken = page->nextToken;
        fetchPage(cycle);
        return;
    }

    if (m_options.readDirectMessages && m_dmRefused.isEmpty()) {
        fetchDmPage(cycle);
        return;
    }
    deliver(cycle);
}

void XConnector::fetchDmPage(const std::shared_ptr<Cycle> &cycle)
{
    QUrlQuery query;
    query.addQueryItem(u"event_types"_s, u"MessageCreate"_s);
    query.addQueryItem(u"dm_event.fields"_s, u"id,text,event_type,created_at,sender_id,"
                                             "dm_conversation_id,participant_ids"_s);
    query.addQueryItem(u"expansions"_s, u"sender_id"_s);
    query.addQueryItem(u"user.fields"_s, u"username,name,public_metrics"_s);
    query.addQueryItem(u"max_results"_s, u"100"_s);
    if (!cycle->dmNext.isEmpty())
        query.addQueryItem(u"pagination_token"_s, cycle->dmNext);
    m_net->submit(m_api.request("GET", u"/2/dm_events"_s, query), this,
                  [this, cycle](const HttpResult &result) { onDmPage(cycle, result); });
}

void XConnector::onDmPage(const std::shared_ptr<Cycle> &cycle, const HttpResult &result)
{
    if (!current(cycle))
        return;
    if (result.status == 401 && renewThen(cycle, [this, cycle] { fetchDmPage(cycle); }))
        return;
    const auto skipMessages = [&](const char *why) {
        // The mentions are delivered; the messages wait (their part of the cursor stays).
        qCInfo(lcNet).noquote() << "X account" << m_api.accountKey
                                << "direct messages not read:" << why << "HTTP" << result.status
                                << netErrorKey(result.error);
        cycle->dmNewest.clear();
        cycle->mentions.erase(std::remove_if(cycle->mentions.begin(), cycle->mentions.end(),
                                             [](const Mention &m) { return m.isPrivate; }),
                              cycle->mentions.end());
        deliver(cycle);
    };
    if (!result.ok()) {
        if (result.error == NetError::None && result.status == 403)
            m_dmRefused = Tr::tr("X does not let Earshot read the direct messages of @%1: sign in "
                                 "again and allow direct messages (dm.read)")
                              .arg(m_api.handle);
        skipMessages("refused or failed");
        return;
    }
    std::optional<XDmPage> page = readDmPage(result.body);
    if (!page) {
        skipMessages("unreadable answer");
        return;
    }
    if (m_options.readsDone) {
        XReadUsage usage;
        for (const XDmPage::Event &e : page->events)
            usage.postIds.push_back(e.id);
        usage.userIds = page->userIds;
        m_options.readsDone(usage);
    }
    if (cycle->dmPages == 0 && !page->events.empty())
        cycle->dmNewest = page->events.front().id;
    ++cycle->dmPages;
    bool reachedHeard = false;
    for (const XDmPage::Event &e : page->events) {
        if (!cycle->dmSince.isEmpty() && !isNewerXId(e.id, cycle->dmSince)) {
            reachedHeard = true;
            break;
        }
        if (e.senderId == m_user->id)
            continue; // the brand's own
        Mention m;
        m.platform = u"x"_s;
        m.id = u"dm:"_s + e.id; // not a post: nothing looks it up as one
        m.text = e.text;
        m.createdAtMs = e.createdAtMs;
        m.isPrivate = true;
        m.conversationId =
            e.conversationId.isEmpty() ? u"dm:"_s + e.senderId : u"dm:"_s + e.conversationId;
        m.account = m_api.handle;
        m.author.id = e.senderId;
        const XDmPage::User user = page->users.value(e.senderId);
        m.author.handle = user.username.isEmpty() ? e.senderId : user.username;
        m.author.name = user.name;
        m.author.followers = user.followers;
        if (!e.conversationId.isEmpty())
            m.url = u"https://x.com/messages/"_s + e.conversationId;
        cycle->mentions.push_back(std::move(m));
    }
    const bool firstConnect = cycle->dmSince.isEmpty();
    if (!reachedHeard && !page->nextToken.isEmpty() && !page->events.empty()
        && !(firstConnect && cycle->dmPages >= std::max(1, m_options.backfillPages))) {
        cycle->dmNext = page->nextToken;
        fetchDmPage(cycle);
        return;
    }
    deliver(cycle);
}

void XConnector::deliver(const std::shared_ptr<Cycle> &cycle)
{
    // Oldest first, as they were written (each read came newest first).
    std::reverse(cycle->mentions.begin(), cycle->mentions.end());
    std::stable_sort(
        cycle->mentions.begin(), cycle->mentions.end(),
        [](const Mention &a, const Mention &b) { return a.createdAtMs < b.createdAtMs; });
    AccountHealth health;
    health.lastSuccessMs = m_clock->nowMs();
    health.lastError = m_dmRefused; // the mentions are heard; the messages are not
    m_pausedUntilMs = 0;
    setHealth(health);
    XFeedCursor before;
    before.mentions = cycle->since;
    before.dm = cycle->dmSince;
    XFeedCursor after = before;
    if (!cycle->newest.isEmpty())
        after.mentions = cycle->newest;
    if (!cycle->dmNewest.isEmpty())
        after.dm = cycle->dmNewest;
    const QString cursor = after.toString();
    if (!cycle->mentions.empty() || cursor != before.toString()) {
        MentionBatch batch;
        batch.mentions = std::move(cycle->mentions);
        batch.changes = std::move(cycle->edits);
        batch.cursor = cursor;
        if (cycle->live)
            m_cursor = batch.cursor;
        qCInfo(lcNet).noquote() << "X account" << m_api.accountKey << "heard"
                                << batch.mentions.size() << "mentions in" << cycle->pages
                                << "pages and" << cycle->dmPages << "pages of direct messages";
        Q_EMIT mentionsArrived(batch);
        if (!current(cycle))
            return; // the host restarted the connector from its slot
    }
    runSearches(cycle);
}

void XConnector::runSearches(const std::shared_ptr<Cycle> &cycle)
{
    if (searches().empty() || !m_net) {
        finish(cycle, true);
        return;
    }
    if (m_search)
        m_search->deleteLater();
    m_search = new ListeningRun(
        this, m_options.searchPages,
        [this](QObject *context, const ListeningSearch &search, const QString &next,
               const ListeningRun::PageDone &done) {
            fetchSearchPage(context, search, next, done);
        },
        [this, cycle](bool ok, const QString &problem) {
            if (!current(cycle))
                return;
            if (m_search)
                m_search->deleteLater();
            m_search = nullptr;
            AccountHealth health = this->health();
            health.searchPausedUntilMs = 0;
            if (!ok) {
                // The mentions were read: the account works; its search waits or failed. Waiting
                // for tomorrow's search budget is the admin's choice, not a problem.
                const auto [heldBack, until] = m_options.searchHoldBack
                                                   ? m_options.searchHoldBack(m_clock->nowMs())
                                                   : std::pair<QString, std::int64_t>{};
                if (!heldBack.isEmpty())
                    health.searchPausedUntilMs = until;
                else
                    health.lastError = problem;
            }
            setHealth(health);
            finish(cycle, true);
        },
        this);
    m_search->start();
}

void XConnector::fetchSearchPage(QObject *context, const ListeningSearch &search,
                                 const QString &next, const ListeningRun::PageDone &done)
{
    if (m_options.searchHoldBack) {
        const auto [message, until] = m_options.searchHoldBack(m_clock->nowMs());
        if (!message.isEmpty()) {
            qCInfo(lcNet).noquote()
                << "X account" << m_api.accountKey << "search held back by its daily budget";
            SearchPage page;
            page.ok = false;
            page.stopAll = true;
            page.problem = message;
            done(std::move(page));
            return;
        }
    }
    QString words;
    switch (search.kind) {
    case ListeningTermKind::Phrase:
    case ListeningTermKind::Hashtag:
        words = search.term; // "a phrase" and #tag are X's own query syntax
        break;
    case ListeningTermKind::Word:
        words = search.text();
        break;
    }
    QUrlQuery query;
    // Retweets repeat what was heard already, and each one is paid for.
    query.addQueryItem(u"query"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(words + u" -is:retweet"_s)));
    if (!search.cursor.isEmpty())
        query.addQueryItem(u"since_id"_s, search.cursor);
    query.addQueryItem(u"max_results"_s,
                       QString::number(std::clamp(m_options.searchPageSize, 10, 100)));
    if (!next.isEmpty())
        query.addQueryItem(u"next_token"_s, next);
    query.addQueryItem(u"tweet.fields"_s, u"created_at,conversation_id,in_reply_to_user_id,"
                                          "referenced_tweets,lang,author_id"_s);
    query.addQueryItem(u"expansions"_s, u"author_id"_s);
    query.addQueryItem(u"user.fields"_s, u"username,name,public_metrics"_s);
    m_net->submit(
        m_api.request("GET", u"/2/tweets/search/recent"_s, query), context,
        [this, done, next, since = search.cursor,
         generation = m_generation](const HttpResult &result) {
            if (generation != m_generation)
                return;
            SearchPage page;
            if (!result.ok()) {
                page.ok = false;
                page.problem = describeXFailure(result, m_api.handle, m_clock->nowMs());
                page.stopAll = true; // a pause, spent credits or a refused token: wait for all
                done(std::move(page));
                return;
            }
            std::optional<XMentionsPage> read = readMentionsPage(result.body, m_api.handle);
            if (!read) {
                page.ok = false;
                page.problem = Tr::tr("X sent a search answer Earshot could not read; the "
                                      "search is tried again next time");
                done(std::move(page));
                return;
            }
            if (m_options.readsDone) {
                XReadUsage usage;
                for (const Mention &m : read->mentions)
                    usage.postIds.push_back(m.id);
                usage.userIds = read->userIds;
                usage.search = true;
                m_options.readsDone(usage);
            }
            page.mentions = std::move(read->mentions);
            // The newest id comes on the first page; later pages are older.
            if (next.isEmpty())
                page.cursor = read->newestId.isEmpty() ? since : read->newestId;
            // A first search (no cursor) reads only the newest page: listening starts now, and
            // X's seven days back would be paid for.
            if (!since.isEmpty())
                page.next = read->nextToken;
            done(std::move(page));
        });
}

void XConnector::failWith(const std::shared_ptr<Cycle> &cycle, const HttpResult &result)
{
    const std::int64_t now = m_clock->nowMs();
    std::int64_t until = 0;
    if (result.pause)
        until = result.pause->untilMs;
    else if (isCreditsDepleted(result))
        until = now + m_options.creditsPause.count();
    qCInfo(lcNet).noquote() << "X account" << m_api.accountKey << "cycle failed: HTTP"
                            << result.status << netErrorKey(result.error);
    fail(cycle, describeXFailure(result, m_api.handle, now), until);
}

void XConnector::fail(const std::shared_ptr<Cycle> &cycle, const QString &message,
                      std::int64_t pausedUntil)
{
    AccountHealth health = this->health();
    health.lastError = message;
    health.pausedUntilMs = pausedUntil;
    m_pausedUntilMs = pausedUntil;
    setHealth(health);
    finish(cycle, false);
}

void XConnector::finish(const std::shared_ptr<Cycle> &cycle, bool ok)
{
    if (cycle->live)
        m_busy = false;
    else
        Q_EMIT cycleFinished(ok);
}

} // namespace earshot
