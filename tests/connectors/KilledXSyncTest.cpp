// SPDX-License-Identifier: Apache-2.0
// `earshot-cli sync` of an X account, killed with SIGKILL at random points of its cycle (before
// it asked, between pages of mentions or of direct messages, while it writes, after), many
// times, over a fixture X API v2 that pages its mentions (since_id, pagination_token) and its
// direct message events (newest first, pagination_token, no since_id): after every kill the
// workspace is whole, holds only X's posts and messages, none twice, and neither part of its
// cursor stands past something it lacks; synced to the end, it holds everything once and the
// same cases as a workspace that was never killed.
#include "FixtureServer.h"
#include "KilledProcess.h"
#include "KilledSyncChecks.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

constexpr int totalItems = 600;
constexpr std::size_t pageSize = 25; // X may answer fewer than max_results a page
constexpr const char *brandId = "1500000000000000001";
constexpr const char *killedToken = "tok-killed-xsync-5e1b";
constexpr const char *untouchedToken = "tok-untouched-xsync-93c0";

// Whether X id `a` is at most `b` (ids are numbers; compared as numbers of any length).
bool atMost(const std::string &a, const std::string &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a <= b;
}

// Every fourth item is a direct message of one of five customers (their messages are one DM
// conversation each, one case each); the others are public mentions of a customer each (a case
// each). Ids grow with time, as X's do.
struct Item {
    std::string id;
    bool direct = false;
    nlohmann::json json;
    nlohmann::json author;
};

std::vector<Item> makeItems()
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    std::vector<Item> items;
    for (int i = 0; i < totalItems; ++i) {
        Item item;
        item.id = std::to_string(1800000000000100000LL + i * 10LL);
        item.direct = i % 4 == 0;
        const std::string created =
            start.addSecs(i * 60LL).toString(Qt::ISODateWithMs).toStdString();
        const std::string text = "order " + std::to_string(i) + " has not arrived yet";
        const std::string author =
            item.direct ? std::to_string(4000 + i % 5) : std::to_string(100000 + i);
        item.author = {{"id", author},
                       {"name", "Customer " + author},
                       {"username", "customer" + author},
                       {"public_metrics", {{"followers_count", 7}}}};
        if (item.direct)
            item.json = {{"id", item.id},
                         {"event_type", "MessageCreate"},
                         {"text", text},
                         {"sender_id", author},
                         {"dm_conversation_id", std::string(brandId) + "-" + author},
                         {"participant_ids", {brandId, author}},
                         {"created_at", created}};
        else
            item.json = {{"id", item.id},
                         {"author_id", author},
                         {"conversation_id", item.id},
                         {"created_at", created},
                         {"lang", "en"},
                         {"text", "@acme " + text},
                         {"edit_history_tweet_ids", {item.id}}};
        items.push_back(std::move(item));
    }
    return items;
}

// X's API v2 for the brand account, showing each token (each workspace's account) its own
// number of the items, oldest first: GET /2/users/:id/mentions and GET /2/dm_events, newest
// first, a page of at most `pageSize`, each page a little slow.
class FixtureX final {
public:
    explicit FixtureX(const std::vector<Item> &items)
        : m_items(items)
    {
        auto &r = server.routes();
        r.Get("/2/users/me", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(
                nlohmann::json(
                    {{"data", {{"id", brandId}, {"name", "Acme Support"}, {"username", "acme"}}}})
                    .dump(),
                "application/json");
        });
        r.Get(R"(/2/users/(\d+)/mentions)",
              [this](const httplib::Request &req, httplib::Response &res) {
                  answer(req, res, false);
              });
        r.Get("/2/dm_events", [this](const httplib::Request &req, httplib::Response &res) {
            answer(req, res, true);
        });
        server.start();
    }

    QString baseUrl() const { return server.url(QString()).toString(); }
    void show(const char *token, std::size_t count)
    {
        std::lock_guard lock(m_mutex);
        m_shown[std::string("Bearer ") + token] = std::min(count, m_items.size());
    }
    std::size_t shown(const char *token)
    {
        std::lock_guard lock(m_mutex);
        return m_shown[std::string("Bearer ") + token];
    }
    // Pages asked for, of mentions and of direct messages together.
    std::size_t pages()
    {
        std::lock_guard lock(m_mutex);
        return m_pages;
    }

    FixtureServer server;

private:
    void answer(const httplib::Request &req, httplib::Response &res, bool direct)
    {
        std::this_thread::sleep_for(15ms);
        std::lock_guard lock(m_mutex);
        ++m_pages;
        const std::size_t shown = m_shown[req.get_header_value("Authorization")];
        const std::string since = req.get_param_value("since_id");
        std::vector<const Item *> result; // newest first
        for (std::size_t i = shown; i-- > 0;) {
            const Item &item = m_items[i];
            if (item.direct == direct && (direct || since.empty() || !atMost(item.id, since)))
                result.push_back(&item);
        }
        const std::size_t from = req.has_param("pagination_token")
                                     ? std::stoul(req.get_param_value("pagination_token"))
                                     : 0;
        nlohmann::json data = nlohmann::json::array();
        nlohmann::json users = nlohmann::json::array();
        for (std::size_t i = from; i < result.size() && data.size() < pageSize; ++i) {
            data.push_back(result[i]->json);
            users.push_back(result[i]->author);
        }
        nlohmann::json page = {{"meta", {{"result_count", data.size()}}}};
        if (!data.empty()) {
            page["data"] = data;
            page["includes"]["users"] = users;
            if (!direct) {
                page["meta"]["newest_id"] = data.front()["id"];
                page["meta"]["oldest_id"] = data.back()["id"];
            }
        }
        if (from + pageSize < result.size())
            page["meta"]["next_token"] = std::to_string(from + pageSize);
        res.set_content(page.dump(), "application/json");
    }

    const std::vector<Item> &m_items;
    std::mutex m_mutex;
    std::map<std::string, std::size_t> m_shown; // by Authorization header
    std::size_t m_pages = 0;
};

StoredFeed readStored(const QString &path)
{
    return readStoredFeed(path, QStringLiteral("x"), QStringLiteral("x:%"));
}

// The cursor's two parts ("<mention id>" or "<mention id> dm <event id>", "-" for none).
std::pair<std::string, std::string> cursorParts(const QString &cursor)
{
    const QStringList parts = cursor.split(u' ', Qt::SkipEmptyParts);
    std::pair<std::string, std::string> p;
    if (!parts.isEmpty() && parts.first() != u"-")
        p.first = parts.first().toStdString();
    if (parts.size() == 3 && parts.at(1) == u"dm")
        p.second = parts.at(2).toStdString();
    return p;
}

QString storedId(const Item &item)
{
    return QString::fromStdString(item.direct ? "dm:" + item.id : item.id);
}

void expectWholeWithoutGapOrDouble(const QString &path, const std::vector<Item> &items,
                                   std::size_t shown, const std::string &when)
{
    std::vector<ShownItem> shownItems;
    for (std::size_t i = 0; i < shown; ++i) {
        const Item &item = items[i];
        shownItems.push_back({storedId(item), [&item](const QString &cursor) {
                                  const auto [mentions, dm] = cursorParts(cursor);
                                  const std::string &heard = item.direct ? dm : mentions;
                                  return !heard.empty() && atMost(item.id, heard);
                              }});
    }
    earshot::test::expectWholeWithoutGapOrDouble(readStored(path), shownItems, when);
}

class KilledXSync : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        workspace = folder.path(QStringLiteral("killed.earshot"));
    }

    ProcessResult cli(const QString &path, QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--workspace"));
        return runCli(arguments, input, privateKeyring().environment());
    }

    // The brand account on the fixture X, added as a person adds it, and a first sync of what X
    // shows it now (a first connect reads only the newest pages: the rest is history).
    void connectAndSync(const QString &path, const char *token)
    {
        const ProcessResult added =
            cli(path,
                {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"),
                 QStringLiteral("--base-url"), x.baseUrl(), QStringLiteral("--handle"),
                 QStringLiteral("acme")},
                QByteArray(token) + '\n');
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        const ProcessResult synced = cli(path, {QStringLiteral("sync")});
        ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    }

    TempFolder folder;
    QString workspace;
    std::vector<Item> items = makeItems();
    FixtureX x{items};
};

} // namespace

TEST_F(KilledXSync, KilledAtRandomPointsOfItsCycleLosesAndDoublesNothing)
{
    KillDice dice;
    const std::size_t firstShown = 20;
    x.show(killedToken, firstShown);
    connectAndSync(workspace, killedToken);
    ASSERT_FALSE(HasFatalFailure());
    expectWholeWithoutGapOrDouble(workspace, items, firstShown, "after the first sync");
    ASSERT_EQ(readStored(workspace).ids.size(), firstShown);

    // Each round X shows some more (a page or three of each), and the sync is killed after a
    // random number of the pages it needs, and a random while: before it asked, between pages,
    // while its batch is written, or after.
    const int rounds = 25 * killIterations();
    int killed = 0;
    int killedBeforeWriting = 0;
    int killedAfterWriting = 0;
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        const std::size_t shown =
            std::min(x.shown(killedToken) + std::size_t(dice.between(10, 80)), items.size());
        x.show(killedToken, shown);
        const StoredFeed before = readStored(workspace);
        const auto [mentionsHeard, dmHeard] = cursorParts(before.cursor);
        std::size_t pendingMentions = 0;
        std::size_t pendingDms = 0;
        for (std::size_t i = 0; i < shown; ++i) {
            const std::string &heard = items[i].direct ? dmHeard : mentionsHeard;
            if (heard.empty() || !atMost(items[i].id, heard))
                ++(items[i].direct ? pendingDms : pendingMentions);
        }
        // Half the rounds are killed once the last page is asked for, while the cycle writes.
        const int pagesNeeded = int(pendingMentions / pageSize + 1 + pendingDms / pageSize + 1);
        const bool whileWriting = dice.between(0, 1) == 0;
        const std::size_t pages =
            std::size_t(whileWriting ? pagesNeeded : dice.between(0, pagesNeeded));
        // A cycle's mentions and messages are one batch, read by the classifier and written
        // after the last page: the kill lands from then up to well past its transaction.
        const int thenMs = whileWriting ? dice.between(0, 150) : dice.between(0, 60);
        const std::size_t pagesBefore = x.pages();
        QProcess sync;
        startCli(sync, {QStringLiteral("--workspace"), workspace, QStringLiteral("sync")},
                 privateKeyring().environment());
        const bool wasKilled = killWhen(
            sync, [&] { return x.pages() >= pagesBefore + pages; }, thenMs);
        killed += wasKilled ? 1 : 0;
        if (wasKilled && readStored(workspace).ids.size() == before.ids.size())
            ++killedBeforeWriting;
        else if (wasKilled)
            ++killedAfterWriting;
        expectWholeWithoutGapOrDouble(
            workspace, items, shown,
            "round " + std::to_string(round) + " (after " + std::to_string(pages) + " pages and "
                + std::to_string(thenMs) + " ms, seed " + std::to_string(dice.seed()) + ")");
    }
    ASSERT_FALSE(HasFailure());
    std::cout << "[ kills     ] " << killed << " of " << rounds << " rounds killed, "
              << killedBeforeWriting << " before anything was written, " << killedAfterWriting
              << " after the cycle's batch was written" << std::endl;
    EXPECT_GT(killed, 0) << "no round was killed: the kills never landed";

    // To the end: everything once, both parts of the cursor at the newest.
    x.show(killedToken, items.size());
    const ProcessResult synced = cli(workspace, {QStringLiteral("sync")});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    expectWholeWithoutGapOrDouble(workspace, items, items.size(), "synced to the end");
    const StoredFeed after = readStored(workspace);
    EXPECT_EQ(after.ids.size(), std::size_t(totalItems));
    EXPECT_EQ(after.cursor,
              QString::fromStdString(items[totalItems - 1].id + " dm " + items[totalItems - 4].id));

    // The same cases as a workspace that heard the same first items, then everything in one
    // sync: none doubled or split.
    const QString untouched = folder.path(QStringLiteral("untouched.earshot"));
    x.show(untouchedToken, firstShown);
    connectAndSync(untouched, untouchedToken);
    ASSERT_FALSE(HasFatalFailure());
    x.show(untouchedToken, items.size());
    const ProcessResult once = cli(untouched, {QStringLiteral("sync")});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const StoredFeed reference = readStored(untouched);
    ASSERT_EQ(reference.ids.size(), std::size_t(totalItems));
    EXPECT_EQ(after.cases.size(), reference.cases.size());
    EXPECT_TRUE(after.cases == reference.cases) << "the items are grouped into other cases";
    // Five customers' direct messages in five cases, and a case per public mention.
    EXPECT_EQ(reference.cases.size(), std::size_t(totalItems - totalItems / 4 + 5));
    // Every message event X returned is paid for like a post read (x_usage), as every mention
    // is: at least each item once (a UTC day ending between the syncs may count one again).
    Database db = Workspace::openForReading(untouched);
    EXPECT_GE(db.queryInt("SELECT coalesce(sum(posts_read), 0) FROM x_usage"), totalItems);
}
