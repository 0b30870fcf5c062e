// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonConnector.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t dayMs = 24LL * 60 * 60 * 1000;
// What the connector remembers of threads and ids is forgotten past these many, so a console
// that runs for months does not grow; forgetting costs a lookup again.
constexpr qsizetype rememberedThreads = 10'000;
constexpr qsizetype rememberedIds = 50'000;

QString doingNotifications()
{
    return Tr::tr("reading the notifications");
}

// Mastodon's ids are numbers in text, which grow with time; compared as numbers.
bool newerId(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() > b.size() : a > b;
}

} // namespace

MastodonConnector::MastodonConnector(MastodonAccess access, AccountLimits limits, QObject *parent)
    : Connector(parent)
    , m_access(std::move(access))
    , m_timer(m_access.clock)
    , m_limits(limits)
    , m_reads(
          m_access, [this] { return domain(); }, this)
{
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        if (!m_inCycle)
            beginCycle();
    });
}

MastodonConnector::~MastodonConnector() = default;

PlatformTraits MastodonConnector::traits() const
{
    return platformTraits(u"mastodon"_s).withLimits(m_limits);
}

void MastodonConnector::start(const QString &cursor)
{
    ++m_generation;
    m_running = true;
    m_inCycle = false;
    m_cursor = cursor;
    m_instanceRead = false; // an instance may have changed its limits meanwhile
    if (m_search)
        m_search->deleteLater();
    m_search = nullptr;
    qCInfo(lcNet).noquote() << "Mastodon connector started on" << m_access.instanceName()
                            << (cursor.isEmpty() ? u"(first connect)"_s : u"from its cursor"_s)
                            << "polling every" << m_access.options.pollInterval.count() << "ms";
    m_timer.start(m_access.options.pollInterval);
    beginCycle();
}

void MastodonConnector::stop()
{
    if (m_running)
        qCInfo(lcNet).noquote() << "Mastodon connector stopped on" << m_access.instanceName();
    ++m_generation;
    m_running = false;
    m_inCycle = false;
    m_timer.stop();
    if (m_search)
        m_search->deleteLater();
    m_search = nullptr;
}

void MastodonConnector::fetchConversation(const ConversationRequest &request, OnDemandDone done)
{
    m_reads.conversation(request, std::move(done));
}

void MastodonConnector::fetchProfile(const ProfileRequest &request, OnDemandDone done)
{
    m_reads.profile(request, std::move(done));
}

void MastodonConnector::fetchOnce(const QString &cursor)
{
    ++m_generation;
    m_cursor = cursor;
    beginCycle();
}

QString MastodonConnector::domain() const
{
    return m_domain.isEmpty() ? m_access.baseUrl.host() : m_domain;
}

void MastodonConnector::beginCycle()
{
    m_inCycle = true;
    m_backfill = m_cursor.isEmpty();
    m_pages = 0;
    m_heard.clear();
    m_threadQueue.clear();
    if (m_threads.size() > rememberedThreads)
        m_threads.clear();
    if (m_access.localIds->size() > rememberedIds)
        m_access.localIds->clear();
    m_oldestWantedMs =
        m_access.clock->nowMs() - std::int64_t(m_access.options.backfillDays) * dayMs;
    if (m_instanceRead)
        requestPage({});
    else
        readInstance();
}

void MastodonConnector::readInstance()
{
    // Read before the first page, so the handles of local authors are made full with the
    // instance's own domain. A failure here is logged and does not stop the mentions.
    m_access.net->submit(
        m_access.request("GET", u"/api/v2/instance"_s), this,
        [this, generation = m_generation](const HttpResult &result) {
            if (generation != m_generation)
                return;
            QString problem;
            const auto instance =
                result.ok() ? earshot::readInstance(result.body, &problem) : std::nullopt;
            if (instance) {
                m_instanceRead = true;
                m_domain = instance->domain;
                m_limits = instance->limits;
                qCInfo(lcNet).noquote()
                    << "Mastodon instance" << m_access.instanceName() << "allows"
                    << (m_limits.maxCharacters ? QString::number(*m_limits.maxCharacters)
                                               : u"(unpublished)"_s)
                    << "characters per post, a link counts"
                    << (m_limits.charactersReservedPerUrl
                            ? QString::number(*m_limits.charactersReservedPerUrl)
                            : u"(unpublished)"_s);
                Q_EMIT limitsRead(m_limits);
            } else {
                // The parser's words may quote the body: only at debug.
                qCWarning(lcNet).noquote()
                    << "Mastodon instance" << m_access.instanceName() << "limits not read:"
                    << (result.ok() ? u"unreadable answer"_s : result.errorText());
                qCDebug(lcNet).noquote() << "Mastodon instance answer:" << problem;
            }
            requestPage({});
        });
}

void MastodonConnector::requestPage(const QString &maxId)
{
    QUrlQuery query;
    query.addQueryItem(u"types[]"_s, u"mention"_s);
    query.addQueryItem(u"types[]"_s, u"update"_s); // an edit of a status we heard
    query.addQueryItem(u"limit"_s, u"40"_s);
    if (!m_cursor.isEmpty())
        query.addQueryItem(u"since_id"_s, m_cursor);
    if (!maxId.isEmpty())
        query.addQueryItem(u"max_id"_s, maxId);
    m_access.net->submit(m_access.request("GET", u"/api/v1/notifications"_s, query), this,
                         [this, generation = m_generation](const HttpResult &result) {
                             if (generation == m_generation)
                                 onPage(result);
                         });
}

void MastodonConnector::onPage(const HttpResult &result)
{
    if (!result.ok()) {
        fail(result, doingNotifications());
        return;
    }
    QString problem;
    auto page = readNotifications(result.body, &problem);
    if (!page) {
        failUnreadable(doingNotifications(), problem);
        return;
    }
    ++m_pages;
    bool reachedCursor = false;
    std::int64_t oldestOnPage = 0;
    for (MastodonNotification &n : *page) {
        // A server that ignores since_id must not give what is written already once more.
        if (!m_cursor.isEmpty() && n.id == m_cursor) {
            reachedCursor = true;
            break;
        }
        if (n.status)
            oldestOnPage = oldestOnPage == 0 ? n.status->createdAtMs
                                             : std::min(oldestOnPage, n.status->createdAtMs);
        m_heard.push_back(std::move(n));
    }
    // Mastodon's rel="next" link does not carry since_id, so the next page is asked for with
    // its max_id and our own since_id.
    const QString next = nextMaxId(result.headers.value("Link"));
    bool more = !page->empty() && !next.isEmpty() && !reachedCursor;
    if (more && m_backfill)
        more = m_pages < m_access.options.backfillPages
               && (oldestOnPage == 0 || oldestOnPage >= m_oldestWantedMs);
    if (more && m_pages >= m_access.options.maxPages) {
        qCWarning(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "has more than"
                                   << m_pages << "pages of mentions waiting: older ones skipped";
        more = false;
    }
    if (more) {
        requestPage(next);
        return;
    }
    // The threads of the replies heard, then everything goes to the host.
    for (const MastodonNotification &n : m_heard) {
        if (n.status && !n.status->inReplyToId.isEmpty() && !m_threads.contains(n.status->id)
            && int(m_threadQueue.size()) < m_access.options.threadLookupsPerCycle)
            m_threadQueue.push_back(n.status->id);
    }
    lookUpThreads();
}

void MastodonConnector::lookUpThreads()
{
    if (m_threadQueue.empty()) {
        deliver();
        return;
    }
    const QString id = m_threadQueue.back();
    m_threadQueue.pop_back();
    m_access.net->submit(
        m_access.request("GET", u"/api/v1/statuses/"_s
                                    + QString::fromLatin1(QUrl::toPercentEncoding(id))
                                    + u"/context"_s),
        this, [this, id, generation = m_generation](const HttpResult &result) {
            if (generation == m_generation)
                onThread(id, result);
        });
}

void MastodonConnector::onThread(const QString &statusId, const HttpResult &result)
{
    QString problem;
    const auto ancestors = result.ok() ? readAncestors(result.body, &problem) : std::nullopt;
    QString parentId;
    for (const MastodonNotification &n : m_heard) {
        if (n.status && n.status->id == statusId)
            parentId = n.status->inReplyToId;
    }
    if (ancestors && !ancestors->empty()) {
        Thread thread;
        thread.rootUri = ancestors->front().uri;
        for (const MastodonStatus &a : *ancestors) {
            m_access.localIds->insert(a.uri, a.id);
            if (a.id == parentId)
                thread.parentUri = a.uri;
        }
        if (!thread.parentUri.isEmpty())
            m_threads.insert(statusId, thread);
    } else {
        // Not fatal: the mention keeps the instance-local id of the post it answers.
        qCInfo(lcNet).noquote() << "Mastodon" << m_access.instanceName()
                                << "thread of a mention not read:"
                                << (result.ok() ? u"unreadable answer"_s : result.errorText());
        qCDebug(lcNet).noquote() << "Mastodon context answer:" << problem;
    }
    lookUpThreads();
}

void MastodonConnector::deliver()
{
    // Oldest first: the pages came newest first.
    std::reverse(m_heard.begin(), m_heard.end());
    int mentions = 0;
    int edits = 0;
    MentionBatch batch;
    const auto hand = [&] {
        if (batch.cursor.isEmpty())
            return;
        Q_EMIT mentionsArrived(batch);
        m_cursor = batch.cursor;
        batch = MentionBatch();
    };
    for (const MastodonNotification &n : m_heard) {
        batch.cursor = n.id;
        // An edit of a status: recorded when the workspace holds it (the ingest skips others).
        if (n.status && n.type == u"update") {
            const MastodonStatus &s = *n.status;
            batch.changes.push_back({PostChange::Kind::Edited, u"mastodon"_s, s.uri,
                                     mentionFromStatus(s, domain(), m_access.handle).text,
                                     s.editedAtMs ? s.editedAtMs : s.createdAtMs});
            m_access.localIds->insert(s.uri, s.id);
            ++edits;
        }
        // A deleted status, or another type a server sent anyway, only moves the cursor.
        if (n.status && (n.type.isEmpty() || n.type == u"mention")
            && (!m_backfill || n.status->createdAtMs >= m_oldestWantedMs)) {
            const MastodonStatus &s = *n.status;
            Mention m = mentionFromStatus(s, domain(), m_access.handle);
            if (!s.inReplyToId.isEmpty()) {
                const auto thread = m_threads.constFind(s.id);
                if (thread != m_threads.cend()) {
                    m.inReplyTo = thread->parentUri;
                    m.conversationId = thread->rootUri;
                } else {
                    m.inReplyTo = s.inReplyToId; // instance-local: the uri was not learned
                }
            }
            m_access.localIds->insert(s.uri, s.id);
            batch.mentions.push_back(std::move(m));
            ++mentions;
        }
        if (int(batch.mentions.size() + batch.changes.size()) >= m_access.options.batchSize)
            hand();
    }
    hand();
    qCInfo(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "cycle:" << mentions
                            << "mentions," << edits << "edits from" << m_heard.size()
                            << "notifications in" << m_pages << (m_pages == 1 ? "page" : "pages");
    m_heard.clear();
    AccountHealth health;
    health.lastSuccessMs = m_access.clock->nowMs();
    setHealth(health);
    runSearches();
}

void MastodonConnector::runSearches()
{
    if (searches().empty()) {
        finishCycle(true);
        return;
    }
    if (m_search)
        m_search->deleteLater();
    const int generation = m_generation;
    m_search = new ListeningRun(
        this, m_access.options.searchPages,
        [this](QObject *context, const ListeningSearch &search, const QString &next,
               const ListeningRun::PageDone &done) {
            fetchSearchPage(context, search, next, done);
        },
        [this, generation](bool ok, const QString &problem) {
            if (generation != m_generation)
                return;
            if (m_search)
                m_search->deleteLater();
            m_search = nullptr;
            if (!ok) {
                // The mentions were heard: the account works, its search did not.
                AccountHealth health = this->health();
                health.lastError = problem;
                setHealth(health);
            }
            finishCycle(true);
        },
        this);
    m_search->start();
}

void MastodonConnector::fetchSearchPage(QObject *context, const ListeningSearch &search,
                                        const QString &next, const ListeningRun::PageDone &done)
{
    const bool hashtag = search.kind == ListeningTermKind::Hashtag;
    const QString since = next.isEmpty() ? search.cursor : next;
    const int pageSize = std::clamp(m_access.options.searchPageSize, 1, 40);
    QUrlQuery query;
    QString path;
    if (hashtag) {
        path = u"/api/v1/timelines/tag/"_s
               + QString::fromLatin1(QUrl::toPercentEncoding(search.text()));
    } else {
        path = u"/api/v2/search"_s;
        // A phrase keeps its quotes: Mastodon's search syntax for words in this order.
        const QString words =
            search.kind == ListeningTermKind::Phrase ? search.term : search.text();
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(words)));
        query.addQueryItem(u"type"_s, u"statuses"_s);
        query.addQueryItem(u"resolve"_s, u"false"_s);
    }
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    if (!since.isEmpty())
        query.addQueryItem(u"min_id"_s, since);
    m_access.net->submit(
        m_access.request("GET", path, query), context,
        [this, done, since, hashtag, pageSize,
         generation = m_generation](const HttpResult &result) {
            if (generation != m_generation)
                return;
            const QString doing = Tr::tr("searching for a listening term");
            SearchPage page;
            if (!result.ok()) {
                page.ok = false;
                page.problem = describeMastodonFailure(m_access, result, doing);
                page.stopAll = result.error == NetError::Paused || result.pause
                               || result.status == 401 || result.status == 403;
                done(std::move(page));
                return;
            }
            QString problem;
            const auto statuses = hashtag ? readTimeline(result.body, &problem)
                                          : readSearchStatuses(result.body, &problem);
            if (!statuses) {
                qCDebug(lcNet).noquote() << "Mastodon unreadable search answer:" << problem;
                page.ok = false;
                page.problem = describeUnreadableAnswer(m_access, doing);
                done(std::move(page));
                return;
            }
            QString newest = since;
            for (const MastodonStatus &s : *statuses) {
                if (s.id.isEmpty() || s.uri.isEmpty() || s.accountUri.isEmpty())
                    continue; // not a status Earshot can keep (nor place after the cursor)
                // A server that ignores min_id must not give what was heard once more.
                if (!since.isEmpty() && !newerId(s.id, since))
                    continue;
                if (newest.isEmpty() || newerId(s.id, newest))
                    newest = s.id;
                // Only public posts are listened to; a direct message found is not ours to read.
                if (s.visibility == u"direct" || s.visibility == u"private")
                    continue;
                Mention m = mentionFromStatus(s, domain(), m_access.handle);
                if (!s.inReplyToId.isEmpty())
                    m.inReplyTo = s.inReplyToId; // instance-local: no thread lookup for a search
                m_access.localIds->insert(s.uri, s.id);
                page.mentions.push_back(std::move(m));
            }
            page.cursor = newest;
            // Pages forward from the cursor: a full page may have newer statuses after it. A first
            // search (no cursor) reads only the newest page: listening starts now.
            if (!since.isEmpty() && int(statuses->size()) >= pageSize && newest != since)
                page.next = newest;
            done(std::move(page));
        });
}

void MastodonConnector::fail(const HttpResult &result, const QString &doing)
{
    AccountHealth health = this->health();
    health.lastError = describeMastodonFailure(m_access, result, doing);
    health.pausedUntilMs = result.pause ? result.pause->untilMs : 0;
    if (!health.pausedUntilMs) {
        if (const auto pause = m_access.net->pauseOf(m_access.accountKey))
            health.pausedUntilMs = pause->untilMs;
    }
    qCWarning(lcNet).noquote() << "Mastodon" << m_access.instanceName()
                               << "cycle failed:" << result.errorText()
                               << "- nothing delivered, cursor kept";
    setHealth(health);
    finishCycle(false);
}

void MastodonConnector::failUnreadable(const QString &doing, const QString &problem)
{
    AccountHealth health = this->health();
    health.lastError = describeUnreadableAnswer(m_access, doing);
    health.pausedUntilMs = 0;
    qCWarning(lcNet).noquote()
        << "Mastodon" << m_access.instanceName()
        << "cycle failed: unreadable answer - nothing delivered, cursor kept";
    // The parser's words may quote the body (other people's words): only at debug.
    qCDebug(lcNet).noquote() << "Mastodon unreadable answer:" << problem;
    setHealth(health);
    finishCycle(false);
}

void MastodonConnector::finishCycle(bool ok)
{
    m_heard.clear();
    m_threadQueue.clear();
    m_inCycle = false;
    Q_EMIT cycleFinished(ok);
}

} // namespace earshot
