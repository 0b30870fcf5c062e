// SPDX-License-Identifier: Apache-2.0
// A Bluesky account's AppView and chat service, chosen by a person with earshot-cli: the real
// binary syncs against a fixture PDS and a second fixture server as the AppView (both on
// 127.0.0.1), and the requests go where the person said.
#include "BlueskyMentionMaker.h"
#include "FixturePds.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <algorithm>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *careChat = "did:web:chat.care.example#care_chat";

class BlueskyServicesCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        workspace = folder.path(u"services.earshot"_s);
        for (FixturePds *fixture : {&pds, &appView}) {
            fixture->notifications = nlohmann::json::array();
            fixture->convos = readJsonFile("convos.json");
        }
        // Only the AppView hears these: a read that went to the PDS would find nothing.
        appView.prepend(blueskyMention(1, "anna", minutesIntoBlueskyBackfill(10),
                                       "my parcel went to the wrong address"));
        appView.prepend(blueskyMention(2, "ben", minutesIntoBlueskyBackfill(20),
                                       "the app logs me out every hour"));
        // The AppView takes the PDS's access token, as a test AppView may.
        appView.accessToken = FixturePds::accessOne();
        pdsServer.start();
        appViewServer.start();
    }

    ProcessResult cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(workspace);
        arguments.prepend(u"--workspace"_s);
        return runCli(arguments, input, privateKeyring().environment());
    }

    QString pdsUrl() const { return pdsServer.url(QString()).toString(); }
    QString appViewUrl() const { return appViewServer.url(QString()).toString(); }

    ProcessResult add(const QStringList &extra)
    {
        QStringList arguments{u"account"_s, u"add"_s,      u"bluesky"_s,          u"--base-url"_s,
                              pdsUrl(),     u"--handle"_s, u"brand.example.com"_s};
        arguments << extra;
        return cli(arguments, QByteArray(FixturePds::password) + '\n');
    }

    std::vector<std::string> callsOf(FixturePds &fixture)
    {
        std::lock_guard lock(fixture.mutex);
        return fixture.calls;
    }
    std::vector<std::string> proxiesOf(FixturePds &fixture)
    {
        std::lock_guard lock(fixture.mutex);
        return fixture.proxies;
    }
    static long count(const std::vector<std::string> &calls, const char *nsid)
    {
        return long(std::count(calls.begin(), calls.end(), std::string(nsid)));
    }

    QStringList storedUris()
    {
        Database db = Workspace::openForReading(workspace);
        Statement s(db, "SELECT platform_id FROM mentions WHERE platform = 'bluesky' AND "
                        "platform_id LIKE 'at://%' ORDER BY platform_id");
        QStringList uris;
        while (s.step())
            uris << s.toString(0);
        return uris;
    }

    TempFolder folder;
    QString workspace;
    FixtureServer pdsServer;
    FixtureServer appViewServer;
    FixturePds pds{pdsServer};
    FixturePds appView{appViewServer};
};

} // namespace

TEST_F(BlueskyServicesCli, ReadsGoToTheChosenAppViewAndMessagesToTheChosenChatService)
{
    const ProcessResult added = add({u"--appview-url"_s, appViewUrl() + u"/"_s, u"--chat-service"_s,
                                     QString::fromLatin1(careChat)});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(appViewUrl())) << added.out.toStdString();

    const ProcessResult listed = cli({u"account"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const nlohmann::json line = nlohmann::json::parse(listed.out.toStdString());
    EXPECT_EQ(line.value("appview_url", ""), appViewUrl().toStdString()); // no trailing slash
    EXPECT_EQ(line.value("chat_service", ""), careChat);

    const ProcessResult synced = cli({u"sync"_s});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString() << synced.out.toStdString();

    // Sign-in at the PDS; notifications from the AppView; direct messages through the PDS to the
    // chosen chat service.
    const auto atPds = callsOf(pds);
    const auto atAppView = callsOf(appView);
    EXPECT_EQ(count(atPds, "createSession"), 1);
    EXPECT_EQ(count(atPds, "listNotifications"), 0);
    EXPECT_GE(count(atAppView, "listNotifications"), 1);
    EXPECT_EQ(count(atAppView, "createSession"), 0);
    EXPECT_GE(count(atPds, "listConvos"), 1);
    const auto proxies = proxiesOf(pds);
    ASSERT_FALSE(proxies.empty());
    for (const std::string &proxy : proxies)
        EXPECT_EQ(proxy, careChat);
    EXPECT_EQ(storedUris().size(), 2) << "the AppView's two mentions";
}

TEST_F(BlueskyServicesCli, BlueskyServicesSetsThemBackToBlueskysOwnAndSaysWhichItUses)
{
    const ProcessResult added = add({u"--appview-url"_s, appViewUrl()});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const ProcessResult shown = cli({u"account"_s, u"bluesky-services"_s, u"1"_s});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(appViewUrl())) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(u"did:web:api.bsky.chat#bsky_chat"_s))
        << shown.out.toStdString();

    const ProcessResult changed =
        cli({u"account"_s, u"bluesky-services"_s, u"1"_s, u"--appview-url"_s, u"default"_s,
             u"--chat-service"_s, QString::fromLatin1(careChat)});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_FALSE(changed.out.contains(appViewUrl())) << changed.out.toStdString();

    const ProcessResult synced = cli({u"sync"_s});
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_GE(count(callsOf(pds), "listNotifications"), 1) << "reads through the PDS again";
    EXPECT_EQ(count(callsOf(appView), "listNotifications"), 0);
    const auto proxies = proxiesOf(pds);
    ASSERT_FALSE(proxies.empty());
    EXPECT_EQ(proxies.back(), careChat);

    const ProcessResult back =
        cli({u"account"_s, u"bluesky-services"_s, u"1"_s, u"--chat-service"_s, u"default"_s});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    ASSERT_EQ(cli({u"sync"_s}).exitCode, 0);
    EXPECT_EQ(proxiesOf(pds).back(), "did:web:api.bsky.chat#bsky_chat");
}

TEST_F(BlueskyServicesCli, RefusesPlainHttpElsewhereAServiceThatIsNoDidAndOtherNetworks)
{
    const ProcessResult plain = add({u"--appview-url"_s, u"http://appview.example"_s});
    EXPECT_NE(plain.exitCode, 0);
    EXPECT_TRUE(plain.err.contains(u"plain http"_s)) << plain.err.toStdString();
    const ProcessResult noDid = add({u"--chat-service"_s, u"api.bsky.chat"_s});
    EXPECT_NE(noDid.exitCode, 0);
    EXPECT_TRUE(noDid.err.contains(u"is not a chat service"_s)) << noDid.err.toStdString();
    const ProcessResult mastodon =
        cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--base-url"_s, u"https://social.example"_s,
             u"--handle"_s, u"brand"_s, u"--appview-url"_s, u"https://appview.example"_s},
            "token\n");
    EXPECT_NE(mastodon.exitCode, 0);

    ASSERT_EQ(add({}).exitCode, 0);
    {
        Database db = Workspace::openForReading(workspace);
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM account_connections"), 1) << "only the last";
    }
    const ProcessResult later = cli({u"account"_s, u"bluesky-services"_s, u"1"_s,
                                     u"--appview-url"_s, u"http://10.0.0.5:8080"_s});
    EXPECT_NE(later.exitCode, 0);
    const ProcessResult listed = cli({u"account"_s, u"list"_s, u"--json"_s});
    EXPECT_EQ(nlohmann::json::parse(listed.out.toStdString()).value("appview_url", "?"), "");
}
