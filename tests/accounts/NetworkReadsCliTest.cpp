// SPDX-License-Identifier: Apache-2.0
// earshot-cli conversation CASE and profile PERSON, as a person runs them: the real binary, a
// Mastodon account in a private keyring, a fixture instance on 127.0.0.1, a real workspace.
#include "../platforms/mastodon/MastodonFixture.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

const char *rootUri = "https://brand.example/users/brand/statuses/9000";

class NetworkReadsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        workspace = folder.path(u"w.earshot"_s);
        const nlohmann::json context = mastodonData("context-9009.json");
        statuses["9000"] = context["ancestors"][0];
        for (const auto &n : instance.notifications) {
            if (n.contains("status") && !n["status"].is_null())
                statuses[n["status"]["id"].get<std::string>()] = n["status"];
        }
        nlohmann::json fay = statuses["9009"];
        fay["id"] = "9020";
        fay["uri"] = "https://customers.example/users/fay/statuses/6006";
        fay["in_reply_to_id"] = "9009";
        fay["content"] = "<p>Same here.</p>";
        fay["account"]["acct"] = "fay@customers.example";
        fay["account"]["uri"] = "https://customers.example/users/fay";
        instance.contexts["9000"] = {
            {"ancestors", nlohmann::json::array()},
            {"descendants", {context["ancestors"][1], statuses["9009"], fay}}};
        auto &routes = instance.server.routes();
        routes.Get(R"(/api/v1/statuses/(\d+))",
                   [this](const httplib::Request &req, httplib::Response &res) {
                       std::lock_guard lock(instance.mutex);
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
                       lookedUp.push_back(req.get_param_value("acct"));
                       nlohmann::json account = statuses["9009"]["account"];
                       account["note"] = "<p>Bakes bread.</p>";
                       account["followers_count"] = 777;
                       res.set_content(account.dump(), "application/json");
                   });
        instance.start();
        ProcessResult added = cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s,
                                   instance.baseUrl(), u"--handle"_s, u"brand@brand.example"_s},
                                  "tok-reads-71c2\n");
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        // Carl's reply as Earshot heard it before (an import, so no date decides what a first
        // sync reads back), in the thread of the brand's post 9000.
        {
            std::lock_guard lock(instance.mutex);
            instance.searchable[rootUri] = statuses["9000"];
        }
        const QByteArray carl =
            R"({"platform":"mastodon","id":"https://customers.example/users/carl/statuses/4004",)"
            R"("created_at":"2026-12-06T10:00:00Z","text":"The update broke my login",)"
            R"("author":{"id":"https://customers.example/users/carl","handle":)"
            R"("carl@customers.example","name":"Carl"},"in_reply_to":)"
            R"("https://brand.example/users/brand/statuses/9001","conversation_id":)"
            R"("https://brand.example/users/brand/statuses/9000","account":"brand@brand.example"})"
            "\n";
        ProcessResult imported = cli({u"import"_s, u"-"_s}, carl);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    ProcessResult cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(workspace);
        arguments.prepend(u"--workspace"_s);
        return runCli(arguments, input, privateKeyring().environment());
    }

    std::int64_t count(const char *sql)
    {
        return Workspace::openForReading(workspace).queryInt(sql);
    }

    TempFolder folder;
    QString workspace;
    FixtureInstance instance;
    std::map<std::string, nlohmann::json> statuses;
    std::vector<std::string> lookedUp;
};

} // namespace

TEST_F(NetworkReadsCli, ConversationStoresTheThreadOnceAndSaysWhatItFound)
{
    const std::int64_t before = count("SELECT count(*) FROM mentions");
    const std::int64_t carlsCase = count("SELECT case_id FROM mentions WHERE platform_id = "
                                         "'https://customers.example/users/carl/statuses/4004'");
    ASSERT_GT(carlsCase, 0);

    const ProcessResult first = cli({u"conversation"_s, QString::number(carlsCase)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"1 new posts"_s)) << first.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), before + 1);
    EXPECT_EQ(instance.requests("/api/v1/statuses/9000/context").size(), 1u);

    const ProcessResult again =
        cli({u"conversation"_s, u"#"_s + QString::number(carlsCase), u"--json"_s});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const auto answer = nlohmann::json::parse(again.out.toStdString());
    EXPECT_EQ(answer["new_posts"], 0);
    EXPECT_EQ(answer["known_posts"], 2);
    EXPECT_EQ(count("SELECT count(*) FROM mentions"), before + 1) << "nothing stored twice";

    // Carl deletes his reply: the next read marks it, keeps its text, and tells the timeline.
    {
        std::lock_guard lock(instance.mutex);
        statuses.erase("9009");
        instance.contexts["9000"]["descendants"] = nlohmann::json::array();
    }
    const ProcessResult third = cli({u"conversation"_s, QString::number(carlsCase)});
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_TRUE(third.out.contains(u"1 deleted"_s)) << third.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM mention_deletions"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM case_events WHERE type = 'post_deleted'"), 1);

    const ProcessResult none = cli({u"conversation"_s, u"99999"_s});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(u"#99999"_s)) << none.err.toStdString();
    EXPECT_EQ(cli({u"conversation"_s, u"carl"_s}).exitCode, 2);
}

TEST_F(NetworkReadsCli, ProfileReadsThePersonAgain)
{
    const std::int64_t carl = count("SELECT person_id FROM handles WHERE handle = "
                                    "'carl@customers.example'");
    ASSERT_GT(carl, 0);
    const ProcessResult read = cli({u"profile"_s, QString::number(carl)});
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    {
        std::lock_guard lock(instance.mutex);
        EXPECT_EQ(lookedUp, std::vector<std::string>{"carl@customers.example"});
    }
    EXPECT_EQ(count("SELECT followers FROM handles WHERE handle = 'carl@customers.example'"), 777);
    EXPECT_EQ(count("SELECT count(*) FROM handle_profiles WHERE bio = 'Bakes bread.'"), 1);
    EXPECT_FALSE(read.out.contains(u"tok-reads"_s));
}
