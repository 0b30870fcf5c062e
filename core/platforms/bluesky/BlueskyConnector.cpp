// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskyConnector.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"

#include <QDateTime>
#include <QTimeZone>

#include <iterator>

#include <algorithm>

namespace earshot::bluesky {

using namespace Qt::StringLiterals;

// One cycle: pages back from the newest notification to the cursor, then hands the mentions to the
// connector. The context of its own calls: deleting it drops the answers still on their way.
class FetchCycle final : public QObject {
public:
    FetchCycle(BlueskyConnector *connector, const QString &cursor, bool once)
        : m_connector(connector)
        , m_once(once)
    {
        const Session &session = *connector->m_session;
        if (std::optional<FeedCursor> stored = FeedCursor::parse(cursor)) {
            m_stored = *stored;
        } else {
            // First connect (or a cursor Earshot cannot read): hear the last days only.
            m_horizonMs = session.clock().nowMs()
                          - std::int64_t(session.options().backfillDays) * 24 * 3600 * 1000;
        }
    }

    bool once() const { return m_once; }
    const FeedCursor &stored() const { return m_stored; }

    void run() { requestPage({}); }
    // Stopped: what still arrives is dropped.
    void cancel() { m_cancelled = true; }

private:
    void requestPage(const QString &pageCursor)
    {
        const Session &session = *m_connector->m_session;
        XrpcCall call;
        call.nsid = u"app.bsky.notification.listNotifications"_s;
        call.appView = true;
        call.query.addQueryItem(u"limit"_s, QString::number(session.options().pageLimit));
        // Only what Earshot keeps: a brand with many likes and follows pages through far less.
        // (A server that does not know the filter sends everything; the reader keeps these.)
        for (const QString &reason : {u"mention"_s, u"reply"_s, u"quote"_s})
            call.query.addQueryItem(u"reasons"_s, reason);
        if (!pageCursor.isEmpty())
            call.query.addQueryItem(u"cursor"_s, pageCursor);
        ++m_pages;
        m_connector->m_session->call(call, this, [this](const XrpcResult &r) { onPage(r); });
    }

    void onPage(const XrpcResult &result)
    {
        if (m_cancelled)
            return;
        if (!result.ok()) {
            m_connector->cycleEnded(this, false, result.problem, result.http.pause);
            return;
        }
        const Session &session = *m_connector->m_session;
        QString problem;
        std::optional<NotificationPage> page =
            readNotificationPage(result.http.body, session.options().handle, &problem);
        if (!page) {
            m_connector->cycleEnded(
                this, false, Tr::tr("Bluesky's notifications could not be read: %1").arg(problem),
                std::nullopt);
            return;
        }
        m_skipped += page->skipped;
        bool reachedEnd = false;
        for (NotificationItem &item : page->items) {
            if (!m_stored.isEmpty() ? item.indexedAtMs < m_stored.indexedAtMs
                                    : item.indexedAtMs < m_horizonMs) {
                reachedEnd = true;
                break;
            }
            if (!item.post || m_stored.covers(item.indexedAtMs, item.uri))
                continue;
            if (m_seen.contains(item.uri))
                continue; // a page boundary that moved while we read
            m_seen.insert(item.uri);
            m_heard.push_back(std::move(*item.post));
        }
        if (!reachedEnd && !page->nextCursor.isEmpty() && !page->items.empty()) {
            if (m_pages < session.options().maxPages) {
                requestPage(page->nextCursor);
                return;
            }
            qCWarning(lcNet) << "Bluesky account" << session.options().accountId
                             << "has more notifications than" << m_pages
                             << "pages; the older ones are left unheard";
        }
        if (m_skipped > 0)
            qCWarning(lcNet) << "Bluesky account" << session.options().accountId << "skipped"
                             << m_skipped << "notifications that could not be read";
        if (m_connector->m_session->chatUnavailable()) {
            finish({}, std::nullopt);
            return;
        }
        requestConvos({});
    }

    // Direct messages --------------------------------------------------------------------------

    // What is older than this was heard (or is before the backfill).
    std::int64_t chatFloor() const
    {
        if (m_stored.chatMs > 0)
            return m_stored.chatMs;
        const Session &session = *m_connector->m_session;
        return session.clock().nowMs()
               - std::int64_t(session.options().backfillDays) * 24 * 3600 * 1000;
    }

    // One page of a chat.bsky.convo.* list (of one conversation's messages when `convoId` is
    // given), answered to `answerTo`.
    void requestChatPage(const QString &nsid, const QString &convoId, const QString &pageCursor,
                         void (FetchCycle::*answerTo)(const XrpcResult &))
    {
        XrpcCall call;
        call.nsid = nsid;
        call.chat = true;
        if (!convoId.isEmpty())
            call.query.addQueryItem(u"convoId"_s, convoId);
        call.query.addQueryItem(u"limit"_s, u"50"_s);
        if (!pageCursor.isEmpty())
            call.query.addQueryItem(u"cursor"_s, pageCursor);
        ++m_chatPages;
        m_connector->m_session->call(
            call, this, [this, answerTo](const XrpcResult &r) { (this->*answerTo)(r); });
    }

    // The page a chat call answered, read by `read`; nothing when the cycle was stopped or the
    // call or its reading failed (the cycle then ends without direct messages).
    template <class Page>
    std::optional<Page> chatPage(const XrpcResult &result,
                                 std::optional<Page> (*read)(const QByteArray &, QString *))
    {
        if (m_cancelled)
            return std::nullopt;
        if (!result.ok()) {
            chatFailed(result, {});
            return std::nullopt;
        }
        QString problem;
        std::optional<Page> page = read(result.http.body, &problem);
        if (!page)
            chatFailed(result, problem);
        return page;
    }

    void requestConvos(const QString &pageCursor)
    {
        requestChatPage(u"chat.bsky.convo.listConvos"_s, {}, pageCursor, &FetchCycle::onConvos);
    }

    void onConvos(const XrpcResult &result)
    {
        std::optional<ConvoPage> page = chatPage(result, &readConvoPage);
        if (!page)
            return;
        bool reachedEnd = false;
        for (ConvoItem &convo : page->convos) {
            if (convo.lastSentMs == 0)
                continue;
            if (convo.lastSentMs < chatFloor()) {
                reachedEnd = true;
                break;
            }
            m_convos.push_back(std::move(convo));
        }
        if (!reachedEnd && !page->nextCursor.isEmpty() && !page->convos.empty()
            && m_chatPages < m_connector->m_session->options().maxPages) {
            requestConvos(page->nextCursor);
            return;
        }
        m_convoIndex = 0;
        nextConvo();
    }

    void nextConvo()
    {
        if (m_convoIndex >= m_convos.size()) {
            qCInfo(lcNet) << "Bluesky account" << m_connector->m_session->options().accountId
                          << "heard" << m_chats.size() << "direct messages in" << m_convos.size()
                          << "conversations";
            m_heard.insert(m_heard.end(), std::make_move_iterator(m_chats.begin()),
                           std::make_move_iterator(m_chats.end()));
            m_chats.clear();
            finish({}, std::nullopt);
            return;
        }
        requestMessages({});
    }

    void requestMessages(const QString &pageCursor)
    {
        requestChatPage(u"chat.bsky.convo.getMessages"_s, m_convos[m_convoIndex].id, pageCursor,
                        &FetchCycle::onMessages);
    }

    void onMessages(const XrpcResult &result)
    {
        std::optional<MessagePage> page = chatPage(result, &readMessagePage);
        if (!page)
            return;
        const Session &session = *m_connector->m_session;
        const ConvoItem &convo = m_convos[m_convoIndex];
        for (const ChatMessage &message : page->messages) {
            const QString id = chatMentionId(convo.id, message.id);
            if (message.sentAtMs < chatFloor() || m_stored.coversChat(message.sentAtMs, id))
                continue;
            if (message.senderDid.isEmpty() || message.senderDid == session.did())
                continue; // the brand's own
            HeardPost heard;
            heard.isChat = true;
            heard.indexedAtMs = message.sentAtMs;
            Mention &m = heard.mention;
            m.platform = u"bluesky"_s;
            m.id = id;
            m.createdAtMs = message.sentAtMs;
            m.text = message.text;
            m.isPrivate = true;
            m.conversationId = convo.id;
            m.account = session.options().handle;
            m.author.id = message.senderDid;
            m.author.handle = message.senderDid;
            for (const MentionAuthor &member : convo.members) {
                if (member.id == message.senderDid && !member.handle.isEmpty())
                    m.author = member;
            }
            m_chats.push_back(std::move(heard));
        }
        if (page->oldestMs >= chatFloor() && !page->nextCursor.isEmpty() && !page->messages.empty()
            && m_chatPages < session.options().maxPages) {
            requestMessages(page->nextCursor);
            return;
        }
        ++m_convoIndex;
        nextConvo();
    }

    // The posts are delivered all the same; the direct messages wait for the next cycle (their
    // part of the cursor stays). An app password without access to them stops the asking.
    void chatFailed(const XrpcResult &result, const QString &problem)
    {
        Session &session = *m_connector->m_session;
        m_chats.clear();
        const HttpResult &http = result.http;
        const bool refused = problem.isEmpty() && result.callSent && http.error == NetError::None
                             && (http.status == 400 || http.status == 401 || http.status == 403
                                 || http.status == 404 || http.status == 501)
                             && !session.refused();
        if (refused) {
            session.setChatUnavailable();
            qCInfo(lcNet) << "Bluesky account" << session.options().accountId
                          << "has no access to direct messages (HTTP" << http.status
                          << "); only posts are heard";
            finish({}, std::nullopt);
            return;
        }
        finish(problem.isEmpty()
                   ? result.problem
                   : Tr::tr("Bluesky's direct messages could not be read: %1").arg(problem),
               http.pause);
    }

    // Delivers what was heard; `problem` set: the cycle failed after delivering the posts.
    void finish(const QString &problem, std::optional<RateLimitPause> pause)
    {
        qCInfo(lcNet) << "Bluesky account" << m_connector->m_session->options().accountId << "heard"
                      << m_heard.size() << "mentions in" << m_pages << "pages";
        m_connector->deliver(std::move(m_heard), m_stored, m_once);
        if (m_cancelled)
            return;
        if (!problem.isEmpty() || m_connector->searches().empty()) {
            m_connector->cycleEnded(this, problem.isEmpty(), problem, pause);
            return;
        }
        // The listening searches, once the mentions are handed over; deleted with this cycle.
        BlueskyConnector *connector = m_connector;
        m_search = std::make_unique<ListeningRun>(
            connector, connector->m_session->options().maxPages,
            [connector](QObject *context, const ListeningSearch &search, const QString &next,
                        const ListeningRun::PageDone &done) {
                connector->fetchSearchPage(context, search, next, done);
            },
            [this](bool ok, const QString &searchProblem) {
                if (!m_cancelled)
                    m_connector->cycleEnded(this, true, {}, std::nullopt,
                                            ok ? QString() : searchProblem);
            });
        m_search->start();
    }

    BlueskyConnector *m_connector;
    bool m_once;
    bool m_cancelled = false;
    FeedCursor m_stored;
    std::int64_t m_horizonMs = 0;
    int m_pages = 0;
    int m_skipped = 0;
    QSet<QString> m_seen;
    std::vector<HeardPost> m_heard; // newest first
    std::vector<ConvoItem> m_convos;
    std::size_t m_convoIndex = 0;
    int m_chatPages = 0;
    std::vector<HeardPost> m_chats;
    std::unique_ptr<ListeningRun> m_search;
};

void BlueskyConnector::fetchConversation(const ConversationRequest &request, OnDemandDone done)
{
    m_reads->conversation(request, std::move(done));
}

void BlueskyConnector::fetchProfile(const ProfileRequest &request, OnDemandDone done)
{
    m_reads->profile(request, std::move(done));
}

BlueskyConnector::BlueskyConnector(std::shared_ptr<Session> session, QObject *parent)
    : Connector(parent)
    , m_session(std::move(session))
    , m_timer(m_session->sharedClock())
    , m_reads(new BlueskyReads(m_session, this))
{
    m_timer.setInterval(m_session->options().cycleInterval);
    connect(&m_timer, &ClockTimer::timeout, this, &BlueskyConnector::runScheduled);
}

BlueskyConnector::~BlueskyConnector() = default;

void BlueskyConnector::start(const QString &cursor)
{
    stop();
    m_running = true;
    m_cursor = cursor;
    m_timer.start();
    runScheduled();
}

void BlueskyConnector::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_scheduled) {
        // Its answers still on their way go nowhere. Later: this may be called from a slot of the
        // batch the cycle is delivering.
        m_scheduled->cancel();
        m_scheduled.release()->deleteLater();
    }
}

void BlueskyConnector::fetchOnce(const QString &cursor)
{
    auto cycle = std::make_unique<FetchCycle>(this, cursor, true);
    FetchCycle *raw = cycle.get();
    m_once.push_back(std::move(cycle));
    raw->run();
}

void BlueskyConnector::runScheduled()
{
    if (!m_running || m_scheduled)
        return; // the last cycle is still reading
    m_scheduled = std::make_unique<FetchCycle>(this, m_cursor, false);
    m_scheduled->run();
}

void BlueskyConnector::deliver(std::vector<HeardPost> posts, FeedCursor cursor, bool once)
{
    std::reverse(posts.begin(), posts.end()); // oldest first
    // Equal times keep the server's order; a later indexedAt always comes later.
    std::stable_sort(posts.begin(), posts.end(), [](const HeardPost &a, const HeardPost &b) {
        return a.indexedAtMs < b.indexedAtMs;
    });
    std::vector<MentionBatch> batches;
    for (std::size_t i = 0; i < posts.size(); i += batchSize) {
        MentionBatch batch;
        const std::size_t end = std::min(posts.size(), i + batchSize);
        for (std::size_t j = i; j < end; ++j) {
            if (posts[j].isChat)
                cursor.advanceChat(posts[j].indexedAtMs, posts[j].mention.id);
            else
                cursor.advance(posts[j].indexedAtMs, posts[j].mention.id);
            batch.mentions.push_back(std::move(posts[j].mention));
        }
        batch.cursor = cursor.toString();
        batches.push_back(std::move(batch));
    }
    // Before the batches go: a host that restarts the connector from a slot sets its own.
    if (!batches.empty() && !once && m_running)
        m_cursor = cursor.toString();
    for (const MentionBatch &batch : batches)
        Q_EMIT mentionsArrived(batch);
}

void BlueskyConnector::fetchSearchPage(QObject *context, const ListeningSearch &search,
                                       const QString &next, const ListeningRun::PageDone &done)
{
    const std::optional<std::int64_t> sinceMs =
        search.cursor.isEmpty() ? std::nullopt
                                : std::optional<std::int64_t>(search.cursor.toLongLong());
    XrpcCall call;
    call.nsid = u"app.bsky.feed.searchPosts"_s;
    call.appView = true;
    // A "phrase" and a #hashtag are the search's own syntax.
    call.query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(search.term)));
    call.query.addQueryItem(u"sort"_s, u"latest"_s);
    call.query.addQueryItem(u"limit"_s, QString::number(m_session->options().pageLimit));
    if (sinceMs) {
        // "Z", not "+00:00": a '+' in a query reads as a space.
        call.query.addQueryItem(u"since"_s,
                                QDateTime::fromMSecsSinceEpoch(*sinceMs, QTimeZone::utc())
                                    .toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s));
    }
    if (!next.isEmpty())
        call.query.addQueryItem(u"cursor"_s, next);
    const QString account = m_session->options().handle;
    m_session->call(call, context, [done, sinceMs, next, account](const XrpcResult &result) {
        SearchPage page;
        if (!result.ok()) {
            page.ok = false;
            page.problem =
                result.problem.isEmpty()
                    ? Tr::tr("Bluesky's search could not be read: %1").arg(result.http.errorText())
                    : result.problem;
            page.stopAll = result.http.pause.has_value() || !result.callSent
                           || result.http.error == NetError::Paused;
            done(std::move(page));
            return;
        }
        QString problem;
        std::optional<SearchPostsPage> found =
            readSearchPostsPage(result.http.body, account, &problem);
        if (!found) {
            page.ok = false;
            page.problem = Tr::tr("Bluesky's search could not be read: %1").arg(problem);
            done(std::move(page));
            return;
        }
        bool reachedCursor = false;
        std::int64_t newest = 0;
        for (HeardPost &post : found->posts) {
            // Posts at the cursor's own time may be new (ingest skips the ones it has).
            if (sinceMs && post.indexedAtMs < *sinceMs) {
                reachedCursor = true;
                continue;
            }
            newest = std::max(newest, post.indexedAtMs);
            page.mentions.push_back(std::move(post.mention));
        }
        // The newest comes on the first page; later pages are older.
        if (next.isEmpty())
            page.cursor = newest > 0 ? QString::number(newest)
                                     : (sinceMs ? QString::number(*sinceMs) : QString());
        // A first search (no cursor) reads only the newest page: listening starts now.
        if (sinceMs && !reachedCursor && !found->posts.empty())
            page.next = found->nextCursor;
        done(std::move(page));
    });
}

void BlueskyConnector::cycleEnded(FetchCycle *cycle, bool ok, const QString &problem,
                                  std::optional<RateLimitPause> pause, const QString &searchProblem)
{
    AccountHealth health = this->health();
    const std::int64_t now = m_session->clock().nowMs();
    if (ok) {
        health.lastSuccessMs = now;
        // The mentions were heard: the account works; a listening search may not have.
        health.lastError = searchProblem;
        health.pausedUntilMs = 0;
    } else {
        health.lastError = problem;
        if (!pause && m_session->net())
            pause = m_session->net()->pauseOf(m_session->options().account);
        health.pausedUntilMs = pause ? pause->untilMs : 0;
        // The reason may quote the server's message: only at debug (see LogCategories.h).
        qCWarning(lcNet) << "Bluesky account" << m_session->options().accountId << "cycle failed";
        qCDebug(lcNet) << "Bluesky account" << m_session->options().accountId << problem;
    }
    setHealth(health);
    const bool once = cycle->once();
    // The cycle is still on the stack: it goes once this call returns.
    if (once) {
        const auto it = std::find_if(m_once.begin(), m_once.end(),
                                     [cycle](const auto &c) { return c.get() == cycle; });
        if (it != m_once.end()) {
            it->release()->deleteLater();
            m_once.erase(it);
        }
        Q_EMIT cycleFinished(ok);
    } else if (m_scheduled.get() == cycle) {
        m_scheduled.release()->deleteLater();
    }
}

} // namespace earshot::bluesky
