// SPDX-License-Identifier: Apache-2.0
// What X costs: reads and writes counted per account and UTC day in the workspace, a post X
// returns twice on one day counted once, the prices as settings, and the monthly cap that holds
// fetching back.
#include "XFixture.h"

#include "connectors/ConnectorHost.h"
#include "platforms/x/XSpend.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "workspace/StoreWriter.h"

#include <QSignalSpy>

using namespace earshot;
using namespace earshot::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

std::int64_t at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

class XSpendCount : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(u"w.earshot"_s);
        Workspace::openForWriting(path);
    }
    void reads(std::int64_t nowMs, std::vector<QString> posts, std::vector<QString> users,
               std::int64_t account = 1)
    {
        Database db = Workspace::openForWriting(path);
        Transaction t(db);
        recordXReads(db, account, nowMs, posts, users);
        t.commit();
    }
    void write(std::int64_t nowMs, bool withLink)
    {
        Database db = Workspace::openForWriting(path);
        Transaction t(db);
        recordXWrite(db, 1, nowMs, withLink);
        t.commit();
    }
    XSpend spend(std::int64_t nowMs, std::int64_t account = 1)
    {
        Database db = Workspace::openForReading(path);
        return spendOf(db, account, nowMs);
    }

    TempFolder folder;
    QString path;
};

} // namespace

TEST_F(XSpendCount, APostReturnedAgainTheSameUtcDayIsNotPaidTwice)
{
    reads(at(2026, 12, 7, 9), {u"1"_s, u"2"_s}, {u"u1"_s, u"u2"_s});
    reads(at(2026, 12, 7, 23), {u"2"_s, u"3"_s}, {u"u2"_s});
    XSpend today = spend(at(2026, 12, 7, 23));
    EXPECT_EQ(today.day, u"2026-12-07"_s);
    EXPECT_EQ(today.today.postsRead, 3);
    EXPECT_EQ(today.today.usersRead, 2);
    EXPECT_DOUBLE_EQ(today.todayUsd, 3 * 0.005 + 2 * 0.010);

    // A new UTC day: X charges for it again.
    reads(at(2026, 12, 8, 0), {u"3"_s}, {});
    const XSpend next = spend(at(2026, 12, 8, 1));
    EXPECT_EQ(next.today.postsRead, 1);
    EXPECT_EQ(next.thisMonth.postsRead, 4);
    EXPECT_EQ(next.thisMonth.usersRead, 2);
    EXPECT_DOUBLE_EQ(next.monthUsd, 4 * 0.005 + 2 * 0.010);
    // Another account's reads are its own.
    EXPECT_EQ(spend(at(2026, 12, 8, 1), 2).thisMonth.postsRead, 0);
    // The next month starts from nothing.
    EXPECT_EQ(spend(at(2027, 1, 1, 0)).thisMonth.postsRead, 0);
}

TEST_F(XSpendCount, PostsWithALinkCostMoreAndPricesAreSettings)
{
    write(at(2026, 12, 7), false);
    write(at(2026, 12, 7), true);
    XSpend s = spend(at(2026, 12, 7));
    EXPECT_EQ(s.today.postsCreated, 1);
    EXPECT_EQ(s.today.postsCreatedWithLink, 1);
    EXPECT_DOUBLE_EQ(s.todayUsd, 0.015 + 0.20);

    {
        Database db = Workspace::openForWriting(path);
        WorkspaceSettings::save(db, XSettings::pricePostCreatedWithLink, u"0.5"_s);
        saveXSpendingCap(db, 1, 0.6);
    }
    s = spend(at(2026, 12, 7));
    EXPECT_DOUBLE_EQ(s.todayUsd, 0.015 + 0.5);
    ASSERT_TRUE(s.monthlyCapUsd.has_value());
    EXPECT_DOUBLE_EQ(*s.monthlyCapUsd, 0.6);
    EXPECT_FALSE(s.capReached());
    write(at(2026, 12, 9), false);
    write(at(2026, 12, 9), false);
    write(at(2026, 12, 9), false);
    write(at(2026, 12, 9), false);
    write(at(2026, 12, 9), false);
    write(at(2026, 12, 9), false);
    EXPECT_TRUE(spend(at(2026, 12, 9)).capReached()); // 0.515 + 6 * 0.015 = 0.605
    EXPECT_EQ(formatUsd(50), u"$50.00"_s);
    EXPECT_EQ(formatUsd(0.2), u"$0.20"_s);
}

namespace {

class XSpendSession : public XTest {
protected:
    void SetUp() override
    {
        path = folder.path(u"w.earshot"_s);
        Workspace::openForWriting(path);
        writer = std::make_unique<StoreWriter>(path, clock);
    }
    void TearDown() override
    {
        host.reset();
        writer.reset();
        XTest::TearDown();
    }
    void startHost(const QString &cursor)
    {
        registerNetwork(u"x"_s, makeXNetwork);
        NetworkContext c = context();
        c.writer = writer.get();
        host = std::make_unique<ConnectorHost>(writer.get(), c);
        host->addAccount(account(), cursor);
        host->start();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }

    TempFolder folder;
    QString path;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ConnectorHost> host;
};

} // namespace

TEST_F(XSpendSession, ReadsAreCountedOnceAndTheCapPausesFetching)
{
    {
        Database db = Workspace::openForWriting(path);
        saveXSpendingCap(db, 1, 0.04);
    }
    serveMe();
    serveMentions([](const httplib::Request &req, httplib::Response &res) {
        res.set_content(fixture(req.has_param("pagination_token") ? "mentions_page2.json"
                                                                  : "mentions_page1.json"),
                        "application/json");
    });
    server.start();

    startHost(QString());
    QSignalSpy written(host.get(), &ConnectorHost::written);
    ASSERT_TRUE(written.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return count("SELECT coalesce(sum(posts_read), 0) FROM x_usage") == 3; }, 10000));
    // anna, bernd (twice in the pages: once) and the account itself (users/me).
    EXPECT_EQ(count("SELECT users_read FROM x_usage WHERE account_id = 1 AND day = '2026-12-07'"),
              3);

    // The same posts again the same day (a restart from nothing): not paid again.
    host.reset();
    startHost(QString());
    QSignalSpy again(host.get(), &ConnectorHost::written);
    // The reads are counted before the batch is written (one writer queue, in order).
    ASSERT_TRUE(again.wait(20000));
    EXPECT_EQ(count("SELECT posts_read FROM x_usage WHERE account_id = 1"), 3);
    EXPECT_EQ(count("SELECT users_read FROM x_usage WHERE account_id = 1"), 3);

    // 3 posts and 3 users: $0.045, over the cap of $0.04: the next cycle does not ask X.
    const std::size_t asked = mentionRequestsSoFar().size();
    clock->advanceBy(61s);
    Connector *connector = host->connector(u"x:@acme"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !connector->health().lastError.isEmpty(); }, 10000));
    EXPECT_EQ(connector->health().lastError,
              u"X paused: the spending cap of $0.04 this month is reached"_s);
    EXPECT_EQ(connector->health().pausedUntilMs, at(2027, 1, 1, 0));
    EXPECT_EQ(mentionRequestsSoFar().size(), asked);
}

TEST_F(XSpendSession, ARepliesCostIsCountedWithItsLink)
{
    serveMe();
    server.routes().Post("/2/tweets", [](const httplib::Request &, httplib::Response &res) {
        res.status = 201;
        res.set_content(fixture("tweet_created.json"), "application/json");
    });
    server.start();
    startHost(u"1"_s);
    ReplySender *sender = host->sender(u"x:@acme"_s);
    ASSERT_TRUE(sender);
    for (const char *text : {"@anna_e We are on it.", "@anna_e See fernline.com/help"}) {
        OutgoingReply r;
        r.platform = u"x"_s;
        r.inReplyTo = u"1800000000000000300"_s;
        r.body = QString::fromUtf8(text);
        std::optional<SendOutcome> outcome;
        sender->send(r, [&](const SendOutcome &o) { outcome = o; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
        ASSERT_TRUE(std::holds_alternative<send_outcome::Sent>(*outcome));
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return count("SELECT coalesce(sum(posts_created + posts_created_with_link), 0) "
                         "FROM x_usage")
                   == 2;
        },
        10000));
    EXPECT_EQ(count("SELECT posts_created FROM x_usage WHERE account_id = 1"), 1);
    EXPECT_EQ(count("SELECT posts_created_with_link FROM x_usage WHERE account_id = 1"), 1);
    Database db = Workspace::openForReading(path);
    const XSpend s = spendOf(db, 1, clock->nowMs());
    EXPECT_DOUBLE_EQ(s.todayUsd, s.today.cost(XPrices{}));
    EXPECT_GE(s.todayUsd, 0.215);
}
