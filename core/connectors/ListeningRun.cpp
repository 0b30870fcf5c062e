// SPDX-License-Identifier: Apache-2.0
#include "connectors/ListeningRun.h"

#include "logging/LogCategories.h"

#include <QPointer>

#include <algorithm>

namespace earshot {

ListeningRun::ListeningRun(Connector *connector, int maxPages, FetchPage fetch, Finished finished,
                           QObject *parent)
    : QObject(parent)
    , m_connector(connector)
    , m_maxPages(std::max(1, maxPages))
    , m_fetch(std::move(fetch))
    , m_finished(std::move(finished))
{}

ListeningRun::~ListeningRun() = default;

void ListeningRun::start()
{
    m_searches = m_connector->searches();
    m_index = 0;
    m_ok = true;
    m_problem.clear();
    m_delivered = 0;
    nextTerm();
}

void ListeningRun::nextTerm()
{
    if (m_index >= m_searches.size()) {
        if (!m_searches.empty())
            qCInfo(lcNet).noquote()
                << "Listening searches of" << m_connector->objectName() << "heard" << m_delivered
                << "posts for" << m_searches.size() << (m_searches.size() == 1 ? "term" : "terms");
        // The callback may delete this run: nothing of it is touched afterwards.
        const Finished finished = m_finished;
        finished(m_ok, m_problem);
        return;
    }
    m_pages = 0;
    m_heard.clear();
    m_cursor = m_searches[m_index].cursor;
    QPointer<ListeningRun> self(this);
    m_fetch(this, m_searches[m_index], {}, [self](SearchPage page) {
        if (self)
            self->onPage(std::move(page));
    });
}

void ListeningRun::onPage(SearchPage page)
{
    const ListeningSearch &search = m_searches[m_index];
    if (!page.ok) {
        m_ok = false;
        m_problem = page.problem;
        // The term's words are what agents search for: only at debug.
        qCWarning(lcNet).noquote()
            << "Listening search" << search.termId << "failed; its cursor is kept";
        qCDebug(lcNet).noquote() << "Listening search" << search.term << "failed:" << page.problem;
        if (page.stopAll)
            m_index = m_searches.size();
        else
            ++m_index;
        nextTerm();
        return;
    }
    ++m_pages;
    for (Mention &m : page.mentions) {
        m.listeningTermId = search.termId;
        m_heard.push_back(std::move(m));
    }
    if (!page.cursor.isEmpty())
        m_cursor = page.cursor;
    if (!page.next.isEmpty() && m_pages < m_maxPages) {
        QPointer<ListeningRun> self(this);
        m_fetch(this, search, page.next, [self](SearchPage next) {
            if (self)
                self->onPage(std::move(next));
        });
        return;
    }
    finishTerm();
}

void ListeningRun::finishTerm()
{
    const ListeningSearch &search = m_searches[m_index];
    // Oldest first, as they were written (a post read on two pages is one post).
    std::stable_sort(m_heard.begin(), m_heard.end(), [](const Mention &a, const Mention &b) {
        return a.createdAtMs < b.createdAtMs;
    });
    if (!m_heard.empty() || m_cursor != search.cursor) {
        MentionBatch batch;
        batch.mentions = std::move(m_heard);
        batch.searchCursors.push_back(SearchCursor{search.termId, 0, m_cursor});
        m_delivered += int(batch.mentions.size());
        m_connector->advanceSearch(search.termId, m_cursor);
        QPointer<ListeningRun> self(this);
        Q_EMIT m_connector->mentionsArrived(batch);
        if (!self)
            return; // the host stopped the connector from its slot
    }
    m_heard.clear();
    ++m_index;
    nextTerm();
}

} // namespace earshot
