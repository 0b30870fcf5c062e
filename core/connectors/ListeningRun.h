// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/Connector.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace earshot {

// One page of one listening search, as a network's connector read it.
struct SearchPage {
    bool ok = true;
    QString problem;      // when not ok: what went wrong, in words
    bool stopAll = false; // not ok and the other terms must wait too (a pause, a refused token)
    std::vector<Mention> mentions;
    // Where the term's search stands once everything read so far is written; empty: as before.
    // A network that pages back in time gives it on the first page only (the newest).
    QString cursor;
    QString next; // the next page's token; empty: the term is done for this cycle
};

// Runs a connector's listening searches once, one term after the other, after its mentions
// (where the network allows searching). Each term's pages are read to the end (at most
// `maxPages`), then its posts go to the host as one batch with the term's new cursor, marked as
// heard by that term; a term whose page fails keeps its cursor and the run goes on with the next
// one, unless the page says to stop all. The run is the context of its requests: deleting it
// (the connector stopped) drops the answers still on their way.
class ListeningRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListeningRun)

public:
    using PageDone = std::function<void(SearchPage page)>;
    // Asks the network for one page of `search` (`next` empty: the first page); answers through
    // `done` exactly once (or never, when `context` is gone). Requests use `context`.
    using FetchPage = std::function<void(QObject *context, const ListeningSearch &search,
                                         const QString &next, PageDone done)>;
    // When every term was searched: ok false when one failed, with the last problem in words.
    using Finished = std::function<void(bool ok, const QString &problem)>;

    // `parent` may be none: the owner deletes it (a cycle that holds it).
    ListeningRun(Connector *connector, int maxPages, FetchPage fetch, Finished finished,
                 QObject *parent = nullptr);
    ~ListeningRun() override;

    // Searches the connector's terms as they are now.
    void start();

private:
    void nextTerm();
    void onPage(SearchPage page);
    void finishTerm();

    Connector *m_connector;
    int m_maxPages;
    FetchPage m_fetch;
    Finished m_finished;
    std::vector<ListeningSearch> m_searches;
    std::size_t m_index = 0;
    int m_pages = 0;
    std::vector<Mention> m_heard;
    QString m_cursor;
    bool m_ok = true;
    QString m_problem;
    int m_delivered = 0;
};

} // namespace earshot
