// SPDX-License-Identifier: Apache-2.0
// What a Mastodon post became after Earshot heard it, over HTTP to a fixture instance on
// 127.0.0.1 and into a real workspace: an edit arriving as an "update" notification, the whole
// conversation read on request (stored once however often it is read), a deletion found on that
// re-read, and a person's profile read again. What was heard is kept beside every change.
#include "MastodonTestBase.h"

#include "connectors/ConnectorHost.h"
#include "store/MentionQueries.h"
#include "store/Workspace.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

#include <set>

using namespace earshot;
using namespace earshot::test;

namespace {

const char *feed = "mastodon:@brand@brand.example";
const char *carlUri = "https://customers.example/users/carl/statuses/4004";
const char *annaUri = "https://customers.example/users/anna/statuses/3003";
const char *rootUri = "https://brand.example/users/brand/statuses/9000";

class MastodonEditsTest : public MastodonTest {
protected:
    void SetUp() override
    {
        auto &routes = instance.server.routes();
        // GET /api/v1/statuses/:id, as Mastodon answers it: the status, or 404 once it is gone.
        routes.Get(R"(/api/v1/statuses/(\d+))",
                   [this](const httplib::Request &req, httplib::Response &res) {
                       std::lock_guard lock(instance.mutex);
                       hits.push_back(req.path);
                       const auto it = statuses.find(req.matches[1].str());
                       if (it == statuses.end()) {
                           res.status = 404;
                           res.set_content(R"({"error":"Record not found"})", "application/json");
                           return;
                       }
                       res.set_content(it->second.dump(), "application/json");
                   });
        routes.Get("/api/v1/accounts/lookup",
                   [this](const httplib::Request &req, httplib::Response &res) {
                       std::lock_guard lock(instance.mutex);
                       hits.push_back(req.path + "?acct=" + req.get_param_value("acct"));
                       if (req.get_param_value("acct") != "carl@customers.example") {
                           res.status = 404;
                           res.set_content(R"({"error":"Record not found"})", "application/json");
                           return;
                       }
                       res.set_content(account.dump(), "application/json");
                   });
        const nlohmann::json thread = mastodonData("context-9009.json");
        statuses["9000"] = thread["ancestors"][0];
        statuses["9001"] = thread["ancestors"][1];
        for (const auto &n : instance.notifications) {
            if (n.contains("status") && !n["status"].is_null())
                statuses[n["status"]["id"].get<std::string>()] = n["status"];
        }
        account = statuses["9009"]["account"];
        account["note"] = "<p>Runs a bakery. <b>Loves</b> apps.</p>";
        account["followers_count"] = 321;
        instance.start();
        registerNetwork(s("mastodon"),
                        [](const ConnectorAccount &connected, const NetworkContext &c) {
                            return makeMastodonNetworkWith(connected, c, testOptions());
                        });
        path = folder.path(s("w.earshot"));
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path);
        host = std::make_unique<ConnectorHost>(writer.get(), context());
        host->addAccount(mastodonAccount(instance, feed), {});
    }

    void TearDown() override
    {
        host.reset();
        writer.reset();
        MastodonTest::TearDown();
    }

    // One fetch cycle of the account, and its batches written.
    void cycle()
    {
        QSignalSpy finished(host->connector(s(feed)), &Connector::cycleFinished);
        QSignalSpy written(host.get(), &ConnectorHost::written);
        host->connector(s(feed))->fetchOnce(cursor());
        ASSERT_TRUE(finished.wait(20000));
        ASSERT_TRUE(finished.first().first().toBool());
        // The last batch carries the newest notification id as the cursor.
        ASSERT_TRUE(QTest::qWaitFor([&] { return cursor() == newestId(); }, 20000));
    }

    QString newestId()
    {
        std::lock_guard lock(instance.mutex);
        return QString::fromStdString(instance.notifications[0]["id"].get<std::string>());
    }

    QString cursor()
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
        st.bind(1, s(feed));
        return st.step() ? st.toString(0) : QString();
    }

    ConnectorHost::OnDemandAnswer loadConversation(const QString &postId,
                                                   std::vector<QString> known)
    {
        ConversationRequest request;
        request.postId = postId;
        request.knownPostIds = std::move(known);
        std::optional<ConnectorHost::OnDemandAnswer> answer;
        QObject context;
        host->loadConversation(1, s("mastodon"), request, &context,
                               [&](const ConnectorHost::OnDemandAnswer &a) { answer = a; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
        return answer.value_or(ConnectorHost::OnDemandAnswer{});
    }

    std::int64_t count(const QString &sql)
    {
        Database db = Workspace::openForReading(path);
        return db.queryInt(sql.toUtf8().constData());
    }
    QString text(const QString &sql)
    {
        Database db = Workspace::openForReading(path);
        Statement st(db, sql.toUtf8().constData());
        return st.step() ? st.toString(0) : QString();
    }

    FixtureInstance instance;
    std::map<std::string, nlohmann::json> statuses; // by id, for GET /api/v1/statuses/:id
    nlohmann::json account;
    std::vector<std::string> hits;
    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(MastodonEditsTest, AnUpdateNotificationKeepsWhatWasHeardAndRecordsTheEditOnce)
{
    cycle();
    ASSERT_EQ(count(s("SELECT count(*) FROM mentions")), 4);
    const QString heard =
        text(s("SELECT text FROM mentions WHERE platform_id = '") + s(annaUri) + s("'"));
    ASSERT_FALSE(heard.isEmpty());

    // Anna edits her post: Mastodon tells the account with a notification of type "update".
    nlohmann::json update = instance.notifications[3]; // anna's 3003 (id 106)
    ASSERT_EQ(update["status"]["uri"], annaUri);
    update["id"] = "111";
    update["type"] = "update";
    update["status"]["content"] = "<p>Refund arrived, thank you! <b>cinnamonroll</b></p>";
    update["status"]["edited_at"] = "2026-12-07T13:30:00.000Z";
    instance.addNotification(update);
    cycle();

    const auto notifications = instance.requests("/api/v1/notifications");
    std::set<std::string> types;
    for (const auto &[key, value] : notifications.back().params) {
        if (key == "types[]")
            types.insert(value);
    }
    EXPECT_EQ(types, (std::set<std::string>{"mention", "update"}));

    EXPECT_EQ(count(s("SELECT count(*) FROM mentions")), 4) << "an edit is not a new post";
    EXPECT_EQ(text(s("SELECT text FROM mentions WHERE platform_id = '") + s(annaUri) + s("'")),
              heard)
        << "what was heard is never rewritten";
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_revisions")), 1);
    EXPECT_EQ(text(s("SELECT text FROM mention_revisions")),
              s("Refund arrived, thank you! cinnamonroll"));
    EXPECT_EQ(count(s("SELECT edited_at FROM mention_revisions")),
              QDateTime(QDate(2026, 12, 7), QTime(13, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(count(s("SELECT count(*) FROM case_events e JOIN mentions m ON m.case_id = e.case_id "
                      "WHERE e.type = 'post_edited' AND m.platform_id = '")
                    + s(annaUri) + s("'")),
              1);

    // Both the words it was heard with and its new words find it.
    {
        Database db = Workspace::openForReading(path);
        MentionQueries queries(db);
        const auto byNew = queries.search(s("cinnamonroll"), 10);
        ASSERT_EQ(byNew.size(), 1u);
        EXPECT_EQ(byNew[0].platformId, s(annaUri));
        const auto conversation = queries.conversation(byNew[0].caseId);
        const auto anna =
            std::find_if(conversation.begin(), conversation.end(),
                         [](const MentionRow &m) { return m.platformId == s(annaUri); });
        ASSERT_NE(anna, conversation.end());
        EXPECT_TRUE(anna->edited());
        EXPECT_EQ(anna->currentText(), s("Refund arrived, thank you! cinnamonroll"));
        EXPECT_EQ(anna->text, heard);
        const QString oldWord = heard.split(u' ', Qt::SkipEmptyParts).last();
        bool foundByOld = false;
        for (const MentionRow &m : queries.search(oldWord, 10))
            foundByOld = foundByOld || m.platformId == s(annaUri);
        EXPECT_TRUE(foundByOld) << oldWord.toStdString();
    }

    // The same edit told again (another notification) is one revision still.
    update["id"] = "112";
    instance.addNotification(update);
    cycle();
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_revisions")), 1);
    EXPECT_EQ(count(s("SELECT count(*) FROM case_events WHERE type = 'post_edited'")), 1);
}

TEST_F(MastodonEditsTest, TheWholeConversationIsStoredOnceHoweverOftenItIsRead)
{
    cycle();
    const std::int64_t before = count(s("SELECT count(*) FROM mentions"));
    // Carl's reply to the brand's post 9001 (root 9000) has an answer by fay, and erin's post
    // is in the thread too; the brand's own posts are not mentions.
    nlohmann::json fay = statuses["9009"];
    fay["id"] = "9020";
    fay["uri"] = "https://customers.example/users/fay/statuses/6006";
    fay["url"] = "https://customers.example/@fay/6006";
    fay["in_reply_to_id"] = "9009";
    fay["content"] = "<p>Same problem here with the app update.</p>";
    fay["account"]["acct"] = "fay@customers.example";
    fay["account"]["username"] = "fay";
    fay["account"]["display_name"] = "Fay";
    fay["account"]["uri"] = "https://customers.example/users/fay";
    {
        std::lock_guard lock(instance.mutex);
        instance.contexts["9000"] = {{"ancestors", nlohmann::json::array()},
                                     {"descendants", {statuses["9001"], statuses["9009"], fay}}};
    }
    const QString conversation =
        text(s("SELECT conversation FROM mentions WHERE platform_id = '") + s(carlUri) + s("'"));
    ASSERT_EQ(conversation, s(rootUri)) << "the cycle learned the thread's root";

    const auto first = loadConversation(conversation, {s(carlUri)});
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_EQ(first.written.inserted, 1) << "fay's answer";
    EXPECT_EQ(first.written.duplicates, 1) << "carl's, already heard";
    EXPECT_EQ(count(s("SELECT count(*) FROM mentions")), before + 1);
    EXPECT_EQ(text(s("SELECT in_reply_to FROM mentions WHERE platform_id = "
                     "'https://customers.example/users/fay/statuses/6006'")),
              s(carlUri));
    EXPECT_EQ(count(s("SELECT count(*) FROM mentions WHERE platform_id LIKE "
                      "'https://brand.example/users/brand/%'")),
              0);

    const auto second = loadConversation(conversation, {s(carlUri)});
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    EXPECT_EQ(second.written.inserted, 0);
    EXPECT_EQ(count(s("SELECT count(*) FROM mentions")), before + 1) << "nothing stored twice";
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_revisions")), 0);
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_deletions")), 0);
    EXPECT_EQ(instance.requests("/api/v1/statuses/9000/context").size(), 2u);
    EXPECT_EQ(cursor(), newestId()) << "a read on request does not move the feed";
}

TEST_F(MastodonEditsTest, APostGoneFromTheNetworkIsMarkedDeletedAndItsTextKept)
{
    cycle();
    const QString heard =
        text(s("SELECT text FROM mentions WHERE platform_id = '") + s(carlUri) + s("'"));
    // Carl deleted his reply: the thread no longer has it, and the status answers 404.
    {
        std::lock_guard lock(instance.mutex);
        instance.contexts["9000"] = {{"ancestors", nlohmann::json::array()},
                                     {"descendants", {statuses["9001"]}}};
        statuses.erase("9009");
    }
    const auto answer = loadConversation(s(rootUri), {s(carlUri)});
    ASSERT_TRUE(answer.ok) << answer.error.toStdString();
    EXPECT_EQ(answer.written.changes.deleted, 1);
    {
        std::lock_guard lock(instance.mutex);
        EXPECT_NE(std::find(hits.begin(), hits.end(), "/api/v1/statuses/9009"), hits.end());
    }
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_deletions d JOIN mentions m ON m.id = "
                      "d.mention_id WHERE m.platform_id = '")
                    + s(carlUri) + s("'")),
              1);
    EXPECT_GT(count(s("SELECT seen_at FROM mention_deletions")), 0);
    EXPECT_EQ(text(s("SELECT text FROM mentions WHERE platform_id = '") + s(carlUri) + s("'")),
              heard);
    EXPECT_EQ(count(s("SELECT count(*) FROM case_events WHERE type = 'post_deleted'")), 1);

    // Found gone again: marked once.
    ASSERT_TRUE(loadConversation(s(rootUri), {s(carlUri)}).ok);
    EXPECT_EQ(count(s("SELECT count(*) FROM mention_deletions")), 1);
    EXPECT_EQ(count(s("SELECT count(*) FROM case_events WHERE type = 'post_deleted'")), 1);
}

TEST_F(MastodonEditsTest, AProfileReadAgainShowsOnThePerson)
{
    cycle();
    ProfileRequest request;
    request.userId = QString::fromStdString(account["uri"].get<std::string>());
    request.handle = s("carl@customers.example");
    std::optional<ConnectorHost::OnDemandAnswer> answer;
    QObject context;
    host->refreshProfile(1, s("mastodon"), request, &context,
                         [&](const ConnectorHost::OnDemandAnswer &a) { answer = a; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
    ASSERT_TRUE(answer->ok) << answer->error.toStdString();
    EXPECT_EQ(answer->written.changes.profiles, 1);
    EXPECT_EQ(text(s("SELECT p.bio FROM handle_profiles p JOIN handles h ON h.id = p.handle_id "
                     "WHERE h.handle = 'carl@customers.example'")),
              s("Runs a bakery. Loves apps."));
    EXPECT_EQ(count(s("SELECT followers FROM handles WHERE handle = 'carl@customers.example'")),
              321);
    EXPECT_EQ(count(s("SELECT count(*) FROM handle_profiles WHERE verified IS NOT NULL")), 0)
        << "Mastodon publishes no verified flag";

    // Someone the instance no longer knows: said in words, nothing stored.
    request.handle = s("gone@customers.example");
    answer.reset();
    host->refreshProfile(1, s("mastodon"), request, &context,
                         [&](const ConnectorHost::OnDemandAnswer &a) { answer = a; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
    EXPECT_FALSE(answer->ok);
    EXPECT_FALSE(answer->error.isEmpty());
}
