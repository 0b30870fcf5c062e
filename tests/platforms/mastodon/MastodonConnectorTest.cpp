// SPDX-License-Identifier: Apache-2.0
// The Mastodon connector against a fixture instance on 127.0.0.1: the notifications' pages,
// the mentions made of them, the cursor, the instance's limits, and every failure a person has
// to read about in the account's health.
#include "MastodonTestBase.h"

#include "Error.h"
#include "platforms/mastodon/MastodonText.h"

#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;

namespace {

const Mention *byId(const std::vector<Mention> &mentions, const char *id)
{
    for (const Mention &m : mentions) {
        if (m.id == s(id))
            return &m;
    }
    return nullptr;
}

class MastodonConnectorTest : public MastodonTest {
protected:
    void SetUp() override { instance.start(); }

    Connector *make(const MastodonOptions &options = testOptions())
    {
        parts = makeParts(instance, options);
        heard = std::make_unique<Heard>(parts.connector.get());
        return parts.connector.get();
    }

    FixtureInstance instance;
    NetworkParts parts;
    std::unique_ptr<Heard> heard;
};

} // namespace

TEST_F(MastodonConnectorTest, FirstConnectReadsThePagesBackAndDeliversOldestFirst)
{
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {}));

    // Three pages of two (the third has the old one only), followed by max_id; each asked with
    // the token and for mentions only.
    const auto pages = instance.requests("/api/v1/notifications");
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_EQ(pages[0].param("max_id"), "");
    EXPECT_EQ(pages[1].param("max_id"), "109");
    EXPECT_EQ(pages[2].param("max_id"), "106");
    for (const RecordedRequest &r : pages) {
        EXPECT_EQ(r.param("types[]"), "mention");
        EXPECT_EQ(r.param("since_id"), "") << "a first connect has no cursor";
        EXPECT_EQ(r.authorization, std::string("Bearer ") + testToken());
    }
    // The one from before the backfill's seven days is left out; the rest oldest first.
    const std::vector<Mention> mentions = heard->mentions();
    ASSERT_EQ(mentions.size(), 4u);
    EXPECT_EQ(mentions[0].id, s("https://customers.example/users/anna/statuses/3003"));
    EXPECT_EQ(mentions[3].id, s("https://customers.example/users/dana/statuses/5005"));
    EXPECT_EQ(heard->batches.back().cursor, s("110"));
    EXPECT_EQ(c->health().lastError, QString());
    EXPECT_EQ(c->health().lastSuccessMs, startMs());
}

TEST_F(MastodonConnectorTest, AMentionIsNormalized)
{
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {}));
    const std::vector<Mention> mentions = heard->mentions();

    const Mention *anna = byId(mentions, "https://customers.example/users/anna/statuses/3003");
    ASSERT_NE(anna, nullptr);
    EXPECT_EQ(anna->platform, s("mastodon"));
    EXPECT_EQ(anna->author.id, s("https://customers.example/users/anna"));
    EXPECT_EQ(anna->author.handle, s("anna@customers.example"));
    EXPECT_EQ(anna->author.name, s("Anna"));
    EXPECT_EQ(anna->author.followers, 140);
    EXPECT_EQ(anna->url, s("https://customers.example/@anna/3003"));
    EXPECT_EQ(anna->createdAtMs,
              QDateTime(QDate(2026, 12, 5), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(anna->text, s("@brand my order has not arrived\n\nCan you help?"));
    EXPECT_EQ(anna->lang, s("en"));
    EXPECT_EQ(anna->conversationId, anna->id);
    EXPECT_FALSE(anna->isPrivate);
    EXPECT_EQ(anna->account, s("brand@brand.example"));

    // A local author's acct is made full with the instance's domain; without `uri` the
    // account's url names them.
    const Mention *erin = byId(mentions, "https://brand.example/users/erin/statuses/9007");
    ASSERT_NE(erin, nullptr);
    EXPECT_EQ(erin->author.handle, s("erin@brand.example"));
    EXPECT_EQ(erin->author.id, s("https://brand.example/@erin"));

    // A direct message is private.
    const Mention *dana = byId(mentions, "https://customers.example/users/dana/statuses/5005");
    ASSERT_NE(dana, nullptr);
    EXPECT_TRUE(dana->isPrivate);
}

TEST_F(MastodonConnectorTest, HtmlContentBecomesPlainTextWithEmojiAndLinkKept)
{
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {}));
    const Mention *erin = byId(heard->mentions(), "https://brand.example/users/erin/statuses/9007");
    ASSERT_NE(erin, nullptr);
    EXPECT_EQ(erin->text, s("Hi @brand :blobcat_sad: the app crashes & I lose my cart, see "
                            "https://status.example.com/incidents/42\nHelp <3 \U0001F622 "
                            "alert(1)\n\nThanks!"));
    EXPECT_FALSE(erin->text.contains(u'<' + s("span")));
    EXPECT_EQ(erin->author.name, s("Erin :verified:"));
}

TEST(MastodonText, ReferencesAndTagsAreReadNotRendered)
{
    EXPECT_EQ(plainTextFromHtml(u"<p>a &amp;amp; b &#x41;&#66; &bogus; &#0; &lt;b&gt;</p>"),
              s("a &amp; b AB &bogus; &#0; <b>"));
    EXPECT_EQ(plainTextFromHtml(u"<p>one<br>two<br/>three</p><p></p><p>four</p>"),
              s("one\ntwo\nthree\n\nfour"));
    EXPECT_EQ(plainTextFromHtml(u"<a href=\"x>y\" title='a>b'>link</a>"), s("link"));
    EXPECT_EQ(plainTextFromHtml(u"unclosed <b"), s("unclosed "));
}

TEST_F(MastodonConnectorTest, AReplyKnowsThePostItAnswersAndTheThreadsRoot)
{
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {}));
    const Mention *carl =
        byId(heard->mentions(), "https://customers.example/users/carl/statuses/4004");
    ASSERT_NE(carl, nullptr);
    EXPECT_EQ(carl->inReplyTo, s("https://brand.example/users/brand/statuses/9001"));
    EXPECT_EQ(carl->conversationId, s("https://brand.example/users/brand/statuses/9000"));
    EXPECT_EQ(instance.requests("/api/v1/statuses/9009/context").size(), 1u);
}

TEST_F(MastodonConnectorTest, AThreadThatCannotBeReadKeepsTheLocalIdOfTheAnsweredPost)
{
    instance.contexts.clear(); // 404 for the context
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {})) << "a thread not read does not fail the cycle";
    const Mention *carl =
        byId(heard->mentions(), "https://customers.example/users/carl/statuses/4004");
    ASSERT_NE(carl, nullptr);
    EXPECT_EQ(carl->inReplyTo, s("9001"));
    EXPECT_EQ(carl->conversationId, carl->id);
}

TEST_F(MastodonConnectorTest, ALaterCycleAsksOnlyForWhatIsNewerThanItsCursor)
{
    Connector *c = make();
    ASSERT_TRUE(heard->cycle(c, {}));
    nlohmann::json next = instance.notifications[3]; // anna's, as a new one
    next["id"] = "111";
    next["status"]["id"] = "9011";
    next["status"]["uri"] = "https://customers.example/users/anna/statuses/3010";
    next["status"]["created_at"] = "2026-12-07T13:00:00.000Z";
    instance.addNotification(next);
    heard->batches.clear();

    ASSERT_TRUE(heard->cycle(c, s("110")));
    const auto pages = instance.requests("/api/v1/notifications");
    EXPECT_EQ(pages.back().param("since_id"), "110");
    ASSERT_EQ(heard->mentions().size(), 1u);
    EXPECT_EQ(heard->mentions()[0].id, s("https://customers.example/users/anna/statuses/3010"));
    EXPECT_EQ(heard->batches.back().cursor, s("111"));

    // Nothing new: an empty page, nothing delivered, and the account is well.
    heard->batches.clear();
    ASSERT_TRUE(heard->cycle(c, s("111")));
    EXPECT_TRUE(heard->batches.empty());
    EXPECT_EQ(c->health().lastError, QString());
}

TEST_F(MastodonConnectorTest, ManyMentionsGoInBatchesWhoseCursorsRiseWithThem)
{
    MastodonOptions options = testOptions();
    options.batchSize = 2;
    Connector *c = make(options);
    ASSERT_TRUE(heard->cycle(c, {}));
    ASSERT_EQ(heard->batches.size(), 2u);
    EXPECT_EQ(heard->batches[0].cursor, s("107"));
    EXPECT_EQ(heard->batches[1].cursor, s("110"));
}

TEST_F(MastodonConnectorTest, TheStartedConnectorPollsOnItsClock)
{
    Connector *c = make();
    c->start(s("110"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return heard->cycles.size() == 1; }, 20000));
    EXPECT_EQ(instance.requests("/api/v1/notifications").size(), 1u);
    clock->advanceBy(60s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return heard->cycles.size() == 2; }, 20000));
    EXPECT_EQ(instance.requests("/api/v1/notifications").size(), 2u);
    EXPECT_EQ(instance.requests("/api/v2/instance").size(), 1u) << "limits are read once a start";
    c->stop();
}

TEST_F(MastodonConnectorTest, TheInstancesLimitsAreReadAndPublished)
{
    // What the account remembers stands until the instance is asked.
    ConnectorAccount account = mastodonAccount(instance, "mastodon:@brand");
    account.limits.maxCharacters = 700;
    parts = makeMastodonNetworkWith(account, context(), testOptions());
    heard = std::make_unique<Heard>(parts.connector.get());
    auto *c = static_cast<MastodonConnector *>(parts.connector.get());
    EXPECT_EQ(c->limits().maxCharacters, 700);
    EXPECT_EQ(c->traits().replyLimit, 700);
    QSignalSpy limits(c, &MastodonConnector::limitsRead);
    ASSERT_TRUE(heard->cycle(c, {}));
    ASSERT_EQ(limits.count(), 1);
    EXPECT_EQ(c->limits().maxCharacters, 1000);
    EXPECT_EQ(c->limits().charactersReservedPerUrl, 23);
    EXPECT_EQ(c->traits().replyLimit, 1000);
    EXPECT_EQ(c->traits().charactersPerUrl, 23);
}

TEST_F(MastodonConnectorTest, ARefusedTokenIsSaidInWordsAndNothingIsDelivered)
{
    instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
        res.status = 401;
        res.set_content(R"({"error":"The access token is invalid"})", "application/json");
        return true;
    });
    Connector *c = make();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_TRUE(heard->batches.empty());
    EXPECT_EQ(c->health().lastError, s("The token was refused by 127.0.0.1:")
                                         + QString::number(instance.server.port())
                                         + s(": sign in again"));
}

TEST_F(MastodonConnectorTest, A404NamesTheInstanceAndWhatFailed)
{
    instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
        res.status = 404;
        res.set_content(R"({"error":"Not Found"})", "application/json");
        return true;
    });
    Connector *c = make();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_TRUE(heard->batches.empty());
    const QString error = c->health().lastError;
    EXPECT_TRUE(error.contains(s("127.0.0.1"))) << error.toStdString();
    EXPECT_TRUE(error.contains(s("reading the notifications"))) << error.toStdString();
    EXPECT_TRUE(error.contains(s("404"))) << error.toStdString();
}

TEST_F(MastodonConnectorTest, A429PausesTheAccountAndHealthSaysUntilWhen)
{
    instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("X-RateLimit-Limit", "300");
        res.set_header("X-RateLimit-Remaining", "0");
        res.set_header("X-RateLimit-Reset", "2026-12-07T14:08:00.000Z");
        res.set_content(R"({"error":"Too many requests"})", "application/json");
        return true;
    });
    Connector *c = make();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    const std::int64_t reset =
        QDateTime(QDate(2026, 12, 7), QTime(14, 8), QTimeZone::utc()).toMSecsSinceEpoch();
    EXPECT_EQ(c->health().pausedUntilMs, reset);
    EXPECT_TRUE(c->health().lastError.contains(s("paused until")))
        << c->health().lastError.toStdString();
    EXPECT_TRUE(heard->batches.empty());

    // Paused, the next cycle asks nothing of the instance.
    const std::size_t asked = instance.requests("/api/v1/notifications").size();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_EQ(instance.requests("/api/v1/notifications").size(), asked);
    EXPECT_EQ(c->health().pausedUntilMs, reset);

    // After the reset it hears again.
    clock->advanceTo(reset + 1000);
    EXPECT_TRUE(heard->cycle(c, s("100")));
    EXPECT_EQ(c->health().pausedUntilMs, 0);
    EXPECT_EQ(c->health().lastError, QString());
    EXPECT_EQ(heard->mentions().size(), 5u) << "from cursor 100 the old one is due too";
}

TEST_F(MastodonConnectorTest, AServerErrorIsTriedAgainAndThenHeard)
{
    instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
        res.status = 500;
        res.set_content(R"({"error":"internal"})", "application/json");
        return true;
    });
    Connector *c = make();
    EXPECT_TRUE(heard->cycle(c, s("108")));
    const auto pages = instance.requests("/api/v1/notifications");
    ASSERT_EQ(pages.size(), 3u) << "the 500, the page again, then the empty page below it";
    EXPECT_EQ(pages[1].param("max_id"), "");
    EXPECT_EQ(pages[2].param("max_id"), "109");
    EXPECT_EQ(pages[2].param("since_id"), "108") << "since_id goes with every page";
    ASSERT_EQ(heard->mentions().size(), 2u);
    EXPECT_EQ(heard->batches.back().cursor, s("110"));
}

TEST_F(MastodonConnectorTest, ASilentServerTimesOutInWords)
{
    instance.stageNotifications([this](const httplib::Request &, httplib::Response &res) {
        instance.server.holdUntilReleased();
        res.set_content("[]", "application/json");
        return true;
    });
    MastodonOptions options = testOptions();
    options.readTimeout = 300ms;
    options.retry = RetryPolicy::never();
    Connector *c = make(options);
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_TRUE(heard->batches.empty());
    EXPECT_TRUE(c->health().lastError.contains(s("did not answer in time")))
        << c->health().lastError.toStdString();
    instance.server.release();
}

TEST_F(MastodonConnectorTest, ATruncatedPageDeliversNothing)
{
    for (int i = 0; i < 4; ++i) { // every try of the first page is cut short
        instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
            res.set_content_provider(
                4000, "application/json", [](size_t, size_t, httplib::DataSink &sink) {
                    const std::string part = R"([{"id":"110","type":"mention",)";
                    sink.write(part.data(), part.size());
                    return false;
                });
            return true;
        });
    }
    Connector *c = make();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_TRUE(heard->batches.empty());
    EXPECT_TRUE(c->health().lastError.contains(s("broke off")))
        << c->health().lastError.toStdString();
}

TEST_F(MastodonConnectorTest, MalformedJsonOnALaterPageDeliversNothingOfTheCycle)
{
    // The first page is fine, the second is not JSON: nothing of the cycle may be delivered,
    // or the cursor would pass the mentions of the second page.
    instance.stageNotifications([](const httplib::Request &, httplib::Response &) {
        return false; // served as usual
    });
    instance.stageNotifications([](const httplib::Request &, httplib::Response &res) {
        res.set_content(R"([{"id":"107","type":"mention","status":{"id":)", "application/json");
        return true;
    });
    Connector *c = make();
    EXPECT_FALSE(heard->cycle(c, s("100")));
    EXPECT_EQ(instance.requests("/api/v1/notifications").size(), 2u);
    EXPECT_TRUE(heard->batches.empty());
    EXPECT_TRUE(c->health().lastError.contains(s("cannot read")))
        << c->health().lastError.toStdString();

    // The same cursor next time hears everything.
    EXPECT_TRUE(heard->cycle(c, s("100")));
    EXPECT_EQ(heard->mentions().size(), 5u);
    EXPECT_EQ(heard->batches.back().cursor, s("110"));
}

TEST_F(MastodonConnectorTest, TheBackfillsDaysAreASetting)
{
    MastodonOptions options = testOptions();
    options.backfillDays = 2; // back to 2026-12-05 14:03: anna's of 08:00 is too old
    Connector *c = make(options);
    ASSERT_TRUE(heard->cycle(c, {}));
    EXPECT_EQ(heard->mentions().size(), 3u);
    EXPECT_EQ(instance.requests("/api/v1/notifications").size(), 2u)
        << "the page with an older mention is the last one read";
    EXPECT_EQ(heard->batches.back().cursor, s("110"));
}

TEST_F(MastodonConnectorTest, WithoutTheNetworkTheFactoryRefusesInWords)
{
    NetworkContext none{nullptr, nullptr, clock, 7, {}};
    try {
        makeMastodonNetwork(mastodonAccount(instance, "mastodon:@brand"), none);
        FAIL() << "no error";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(s("Mastodon needs the network")))
            << e.message().toStdString();
    }
    ConnectorAccount bad = mastodonAccount(instance, "mastodon:@brand");
    bad.baseUrl = s("ftp://brand.example");
    EXPECT_THROW(makeMastodonNetwork(bad, context()), Error);
}
