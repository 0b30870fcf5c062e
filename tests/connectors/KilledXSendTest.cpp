// SPDX-License-Identifier: Apache-2.0
// Replies sent by `earshot-cli listen` to a fixture X API, the listener killed with SIGKILL at
// random points, many times. X has no idempotency key: the fixture makes a post of every POST it
// gets, so a reply handed over twice would stand there twice. The sender looks among the
// account's posts made since the reply was queued before any later try of it, so a reply a killed
// listener left "sending" goes again by itself (X's traits, PlatformTraits::resendsLostReply):
// none waits for a person, and each reply is on X exactly once.
#include "FixtureServer.h"
#include "KilledOutbox.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

#include <QTimeZone>
#include <iostream>

#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <thread>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

constexpr int replies = 12;
constexpr const char *brandId = "1500000000000000001";

// X's API v2 for one brand account: its mentions (one page, newest first), its posts made with
// POST /2/tweets (answered after a delay: made, but the answer comes late) and listed by
// GET /2/users/:id/tweets, newest first, max_results at a time.
class FixtureX final {
public:
    FixtureX()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < replies; ++i) {
            const std::string author = std::to_string(3000 + i);
            m_mentions.insert(
                m_mentions.begin(),
                nlohmann::json{
                    {"id", std::to_string(1800000000000000400LL + i)},
                    {"author_id", author},
                    {"conversation_id", std::to_string(1800000000000000400LL + i)},
                    {"created_at",
                     start.addSecs(i * 60LL).toString(Qt::ISODateWithMs).toStdString()},
                    {"lang", "en"},
                    {"text", "@acme parcel " + std::to_string(i) + " is late"},
                    {"edit_history_tweet_ids", {std::to_string(1800000000000000400LL + i)}}});
            m_users.push_back(nlohmann::json{{"id", author},
                                             {"name", "Customer " + std::to_string(i)},
                                             {"username", "customer" + std::to_string(i)},
                                             {"public_metrics", {{"followers_count", 5}}}});
        }
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
                  const std::string since = req.get_param_value("since_id");
                  nlohmann::json data = nlohmann::json::array();
                  for (const nlohmann::json &m : m_mentions) {
                      if (since.empty() || m["id"].get<std::string>() > since)
                          data.push_back(m);
                  }
                  nlohmann::json page = {{"meta", {{"result_count", data.size()}}}};
                  if (!data.empty()) {
                      page["meta"]["newest_id"] = data.front()["id"];
                      page["meta"]["oldest_id"] = data.back()["id"];
                      page["data"] = data;
                      page["includes"]["users"] = m_users;
                  }
                  res.set_content(page.dump(), "application/json");
              });
        r.Post("/2/tweets", [this](const httplib::Request &req, httplib::Response &res) {
            const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
            std::string id;
            {
                std::lock_guard lock(m_mutex);
                ++m_postRequests;
                id = std::to_string(1900000000000000000LL + std::int64_t(m_posts.size()));
                nlohmann::json post = {{"id", id}, {"text", body.value("text", "")}};
                if (body.contains("reply"))
                    post["referenced_tweets"] = {
                        {{"type", "replied_to"}, {"id", body["reply"]["in_reply_to_tweet_id"]}}};
                m_posts.push_back(post);
            }
            std::this_thread::sleep_for(150ms); // made; its answer comes later
            res.status = 201;
            res.set_content(
                nlohmann::json({{"data", {{"id", id}, {"text", body.value("text", "")}}}}).dump(),
                "application/json");
        });
        r.Get(R"(/2/users/(\d+)/tweets)", [this](const httplib::Request &req,
                                                 httplib::Response &res) {
            const std::string max = req.get_param_value("max_results");
            const std::size_t limit = max.empty() ? 10 : std::stoul(max);
            std::lock_guard lock(m_mutex);
            ++m_lookups;
            nlohmann::json data = nlohmann::json::array();
            for (auto it = m_posts.rbegin(); it != m_posts.rend() && data.size() < limit; ++it)
                data.push_back(*it);
            nlohmann::json page = {{"meta", {{"result_count", data.size()}}}};
            if (!data.empty())
                page["data"] = data;
            res.set_content(page.dump(), "application/json");
        });
        server.start();
    }

    QString baseUrl() const { return server.url(QString()).toString(); }
    std::size_t postRequests()
    {
        std::lock_guard lock(m_mutex);
        return m_postRequests;
    }
    // Requests a sender makes for a reply: a post, or a look among the account's posts first
    // (a reply tried before). Every reply taken makes at least one.
    std::size_t replyRequests()
    {
        std::lock_guard lock(m_mutex);
        return m_postRequests + m_lookups;
    }
    // How often X holds a post of each text, and the id of the (first) one.
    std::map<QString, std::pair<int, QString>> postsByText()
    {
        std::lock_guard lock(m_mutex);
        std::map<QString, std::pair<int, QString>> byText;
        for (const nlohmann::json &post : m_posts) {
            auto &entry = byText[QString::fromStdString(post["text"].get<std::string>())];
            if (entry.first++ == 0)
                entry.second = QString::fromStdString(post["id"].get<std::string>());
        }
        return byText;
    }

    FixtureServer server;

private:
    std::mutex m_mutex;
    std::vector<nlohmann::json> m_mentions; // newest first
    nlohmann::json m_users = nlohmann::json::array();
    std::vector<nlohmann::json> m_posts; // oldest first
    std::size_t m_postRequests = 0;
    std::size_t m_lookups = 0;
};

class KilledXSend : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        workspace = folder.path(QStringLiteral("x.earshot"));
        ASSERT_EQ(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--base-url"), x.baseUrl(), QStringLiteral("--handle"),
                       QStringLiteral("acme")},
                      "tok-killed-x-41d9\n")
                      .exitCode,
                  0);
        const ProcessResult synced = cli({QStringLiteral("sync")});
        ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    }

    ProcessResult cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(workspace);
        arguments.prepend(QStringLiteral("--workspace"));
        return runCli(arguments, input, privateKeyring().environment());
    }

    // Every reply there with its text, none vanished or failed, none on X twice, and a sent
    // one names the post X made of it.
    void expectNothingLostOrDoubled(const std::vector<QueuedReply> &queued, const std::string &when)
    {
        const auto rows = outboxRows(workspace);
        const auto posts = x.postsByText();
        EXPECT_EQ(rows.size(), queued.size()) << when;
        for (const QueuedReply &q : queued) {
            const auto it = rows.find(q.outboxId);
            ASSERT_NE(it, rows.end()) << when << ": reply " << q.outboxId << " vanished";
            const OutboxRow &row = it->second;
            EXPECT_EQ(row.body, q.body) << when;
            EXPECT_TRUE(row.state == u"queued" || row.state == u"sending" || row.state == u"sent")
                << when << ": reply " << q.outboxId << " is " << row.state.toStdString();
            const auto post = posts.find(q.body);
            if (row.state == u"sent") {
                ASSERT_NE(post, posts.end()) << when << ": sent, but not on X";
                EXPECT_EQ(row.postId, post->second.second) << when;
            }
        }
        for (const auto &[text, post] : posts)
            EXPECT_EQ(post.first, 1)
                << when << ": on X " << post.first << " times: " << text.toStdString();
    }

    TempFolder folder;
    QString workspace;
    FixtureX x;
};

} // namespace

TEST_F(KilledXSend, KilledWhileSendingLosesNoReplyAndPostsNoneTwice)
{
    KillDice dice;
    const std::vector<QueuedReply> queued = queueReplyOnEveryCase(workspace);
    ASSERT_EQ(queued.size(), std::size_t(replies));

    int killed = 0;
    int resent = 0; // replies found left "sending" by a killed listener at a round's start
    const int rounds = 16 * killIterations();
    for (int round = 0; round < rounds && !HasFailure(); ++round) {
        const std::size_t before = x.replyRequests();
        resent += repliesIn(workspace, QStringLiteral("sending"));
        // A listener runs until it is stopped: it is killed after at most as many posts as
        // there are replies to send.
        const int queuedNow = repliesIn(workspace, QStringLiteral("queued"))
                              + repliesIn(workspace, QStringLiteral("sending"));
        const std::size_t after = std::size_t(dice.between(0, std::min(2, queuedNow)));
        const int thenMs = dice.between(0, 300);
        QProcess listener;
        startCli(listener, {QStringLiteral("--workspace"), workspace, QStringLiteral("listen")},
                 privateKeyring().environment());
        killed += killWhen(
            listener, [&] { return x.replyRequests() >= before + after; }, thenMs);
        expectNothingLostOrDoubled(queued, "round " + std::to_string(round) + " (after "
                                               + std::to_string(after) + " posts and "
                                               + std::to_string(thenMs) + " ms, seed "
                                               + std::to_string(dice.seed()) + ")");
    }
    std::cout
        << "[ kills     ] " << killed << " of " << rounds << " listeners killed, "
        << x.postRequests() << " posts asked for, " << resent
        << " times a round began with a reply a killed listener left sending (none waited for a "
           "person)"
        << std::endl;
    ASSERT_FALSE(HasFailure());

    // A listener left alone sends what is queued and what killed ones left sending (looking on
    // X first), with no person asked.
    listenUntilEvery(workspace, {QStringLiteral("sent")});
    expectNothingLostOrDoubled(queued, "settled");
    EXPECT_EQ(repliesIn(workspace, QStringLiteral("uncertain")), 0);
    const auto rows = outboxRows(workspace);
    const auto posts = x.postsByText();
    EXPECT_EQ(posts.size(), queued.size());
    for (const QueuedReply &q : queued) {
        EXPECT_EQ(rows.at(q.outboxId).state, QStringLiteral("sent")) << "reply " << q.outboxId;
        EXPECT_EQ(posts.count(q.body), 1u) << q.body.toStdString();
    }
}
