// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "cases/CaseDetails.h"
#include "cases/CaseQueries.h"
#include "cases/CaseSearch.h"
#include "ingest/Ingestor.h"
#include "store/SearchQuery.h"
#include "store/Workspace.h"
#include "workspace/QueueCounter.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace earshot;
using namespace earshot::test;

namespace {

class CaseQueriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("w.earshot"));
        writer = Workspace::openForWriting(path);
        Ingestor ingestor(writer);
        IngestBatch batch;
        // 250 people with one case each; case i is active at time base + i.
        for (int i = 0; i < 250; ++i) {
            Mention m =
                makeMention(QStringLiteral("m%1").arg(i), QStringLiteral("p%1").arg(i), base + i);
            if (i % 10 == 0)
                m.text = QStringLiteral("outage in Harrowgate");
            batch.mentions.push_back(m);
        }
        ingestor.ingest(batch);
        reader = Workspace::openForReading(path);
    }

    TempFolder folder;
    QString path;
    Database writer;
    Database reader;
    const std::int64_t base = 1'700'000'000'000;
};

} // namespace

TEST_F(CaseQueriesTest, KeysetPagesCoverEveryCaseOnceInOrder)
{
    CaseQueries queries(reader);
    std::vector<CaseRow> all;
    std::optional<CasePageKey> after;
    while (true) {
        const auto page = queries.page(Queue::All, {}, after, 100);
        all.insert(all.end(), page.begin(), page.end());
        if (page.size() < 100)
            break;
        after = pageKeyOf(page.back());
    }
    ASSERT_EQ(all.size(), 250u);
    std::set<std::int64_t> ids;
    for (std::size_t i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0) {
            EXPECT_TRUE(sortsBefore(pageKeyOf(all[i - 1]), pageKeyOf(all[i])));
        }
    }
    EXPECT_EQ(ids.size(), 250u);
    // Cases still to work on come by priority, then the longest waiting first.
    for (std::size_t i = 1; i < all.size(); ++i) {
        EXPECT_GE(all[i - 1].priority, all[i].priority);
        if (all[i - 1].priority == all[i].priority) {
            EXPECT_LE(*all[i - 1].waitingSinceMs, *all[i].waitingSinceMs);
        }
    }
}

TEST_F(CaseQueriesTest, SortedPagesCoverEveryCaseOnceInTheirOrder)
{
    writer.exec("UPDATE cases SET priority = id % 7");
    CaseQueries queries(reader);
    for (const CaseSort sort :
         {CaseSort{CaseSort::By::Priority, true}, CaseSort{CaseSort::By::Activity, false},
          CaseSort{CaseSort::By::Number, true}}) {
        std::vector<CaseRow> all;
        std::optional<CasePageKey> after;
        while (true) {
            const auto page = queries.page(Queue::All, {}, after, 100, {}, sort);
            all.insert(all.end(), page.begin(), page.end());
            if (page.size() < 100)
                break;
            after = pageKeyOf(page.back(), sort);
        }
        ASSERT_EQ(all.size(), 250u);
        std::set<std::int64_t> ids;
        for (std::size_t i = 0; i < all.size(); ++i) {
            ids.insert(all[i].id);
            if (i > 0) {
                EXPECT_TRUE(
                    sortsBefore(pageKeyOf(all[i - 1], sort), pageKeyOf(all[i], sort), sort));
            }
        }
        EXPECT_EQ(ids.size(), 250u);
    }
    // By priority, lowest first: the first page starts with priority 0, the last ends with 6.
    const auto first =
        queries.page(Queue::All, {}, std::nullopt, 1, {}, CaseSort{CaseSort::By::Priority, true});
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].priority, 0);
}

TEST_F(CaseQueriesTest, PagesOfAQueueMergeItsStatusesAndAssigneesInOrder)
{
    // The queue index keeps each status and assignment apart; a page must still be the newest
    // cases of the whole queue, in order, with none missing or twice.
    writer.exec("INSERT INTO agents (key, name, created_at) VALUES ('a', 'Mira', 0)");
    writer.exec("INSERT INTO agents (key, name, created_at) VALUES ('b', 'Priya', 0)");
    writer.exec("UPDATE cases SET status = 'open' WHERE id % 3 = 0");
    writer.exec("UPDATE cases SET status = 'pending', assignee_id = 1 WHERE id % 7 = 0");
    writer.exec("UPDATE cases SET status = 'snoozed' WHERE id % 13 = 0");
    writer.exec("UPDATE cases SET status = 'closed' WHERE id % 11 = 0");
    writer.exec("UPDATE cases SET assignee_id = 1 WHERE id % 4 = 0");
    writer.exec("UPDATE cases SET assignee_id = 2 WHERE id % 5 = 0");
    constexpr std::int64_t mira = 1;
    CaseQueries queries(reader, mira);
    for (const Queue queue : allQueues) {
        std::vector<CaseRow> rows;
        std::optional<CasePageKey> after;
        while (true) {
            const auto page = queries.page(queue, {}, after, 7);
            rows.insert(rows.end(), page.begin(), page.end());
            if (page.size() < 7)
                break;
            after = pageKeyOf(page.back());
        }
        std::set<std::int64_t> ids;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            ids.insert(rows[i].id);
            EXPECT_TRUE(caseBelongsToQueue(queue, rows[i].status, rows[i].assigneeId, mira));
            if (i > 0) {
                EXPECT_TRUE(sortsBefore(pageKeyOf(rows[i - 1]), pageKeyOf(rows[i])));
            }
        }
        EXPECT_EQ(ids.size(), rows.size());
        EXPECT_EQ(int(rows.size()), queries.count(queue)) << queueKey(queue).toStdString();
        // Nothing that belongs to the queue is left out.
        int belonging = 0;
        for (int id = 1001; id < 1251; ++id) {
            const auto row = queries.caseById(id);
            belonging += caseBelongsToQueue(queue, row->status, row->assigneeId, mira) ? 1 : 0;
        }
        EXPECT_EQ(int(rows.size()), belonging) << queueKey(queue).toStdString();
    }
    EXPECT_EQ(queries.count(Queue::All), 250);
}

TEST_F(CaseQueriesTest, QueuesCountByStatusAndAssignee)
{
    writer.exec("INSERT INTO agents (key, name, created_at) VALUES ('a', 'Mira', 0)");
    writer.exec("UPDATE cases SET status = 'resolved' WHERE id % 5 = 0");
    writer.exec("UPDATE cases SET status = 'open', assignee_id = 1 WHERE id % 5 = 1");
    CaseQueries queries(reader);
    EXPECT_EQ(queries.count(Queue::All), 250);
    EXPECT_EQ(queries.count(Queue::Resolved), 50);
    EXPECT_EQ(queries.count(Queue::New), 150);
    EXPECT_EQ(queries.count(Queue::Unassigned), 150);
    const auto resolved = queries.page(Queue::Resolved, {}, std::nullopt, 500);
    EXPECT_EQ(resolved.size(), 50u);
    for (const CaseRow &row : resolved)
        EXPECT_EQ(row.status, CaseStatus::Resolved);
    const auto assigned = queries.caseById(1001 + 0 * 5); // id 1001 % 5 == 1
    ASSERT_TRUE(assigned);
    EXPECT_TRUE(assigned->assigned);
    EXPECT_EQ(assigned->assigneeName, QStringLiteral("Mira"));
}

TEST_F(CaseQueriesTest, SearchNarrowsQueuesAndCounts)
{
    CaseQueries queries(reader);
    const CaseSearch query = CaseSearch::fromUserText(QStringLiteral("harrowgate"));
    EXPECT_EQ(queries.count(Queue::All, query), 25);
    const auto page = queries.page(Queue::All, query, std::nullopt, 10);
    ASSERT_EQ(page.size(), 10u);
    for (const CaseRow &row : page) {
        EXPECT_TRUE(row.subject.contains(QStringLiteral("Harrowgate")));
        EXPECT_TRUE(queries.caseMatches(row.id, query, {}));
    }
    const auto rest = queries.page(Queue::All, query, pageKeyOf(page.back()), 100);
    EXPECT_EQ(rest.size(), 15u);
}

TEST_F(CaseQueriesTest, SearchFindsCasesByPersonHandleNumberAndTag)
{
    // People "User p0" … "User p249", handles "userp0@social.example" …; case 1001 is p0's.
    writer.exec("UPDATE people SET display_name = 'Rhys Pritchard' WHERE id = "
                "(SELECT person_id FROM cases WHERE id = 1007)");
    writer.exec("INSERT INTO case_tags (case_id, tag) VALUES (1012, 'broadband'), "
                "(1013, 'broadband'), (1014, 'broadband-outage')");
    CaseQueries queries(reader);
    const auto found = [&](const char *text) {
        std::set<std::int64_t> ids;
        const CaseSearch search = CaseSearch::fromUserText(QString::fromUtf8(text));
        for (const CaseRow &row : queries.page(Queue::All, search, std::nullopt, 500))
            ids.insert(row.id);
        EXPECT_EQ(int(ids.size()), queries.count(Queue::All, search)) << text;
        for (const std::int64_t id : ids)
            EXPECT_TRUE(queries.caseMatches(id, search, {})) << text << " " << id;
        return ids;
    };
    using Ids = std::set<std::int64_t>;
    // A name, anywhere in it, any case.
    EXPECT_EQ(found("pritchard"), Ids{1007});
    EXPECT_EQ(found("Rhys Pritchard"), Ids{1007});
    // A handle, with or without its @, from its start.
    EXPECT_EQ(found("@userp42@social"), Ids{1043}); // person p42 has case 1043
    EXPECT_EQ(found("userp42@"), Ids{1043});
    // A case number, with or without #.
    EXPECT_EQ(found("1175"), Ids{1175});
    EXPECT_EQ(found("#1175"), Ids{1175});
    EXPECT_TRUE(found("#99999").empty());
    // A tag, as stored or as a hashtag; another tag that starts alike is not it.
    EXPECT_EQ(found("broadband"), (Ids{1012, 1013}));
    EXPECT_EQ(found("#Broadband"), (Ids{1012, 1013}));
    // Wildcards of LIKE are searched as themselves.
    EXPECT_TRUE(found("%%").empty());
    EXPECT_TRUE(found("user_p1").empty());
    // Message words still find their cases, together with the rest.
    EXPECT_EQ(found("harrowgate").size(), 25u);
    // One letter is no name: it would find nearly everybody.
    EXPECT_TRUE(found("x").empty());
}

TEST(CaseSearchTest, MatchesAreWhereTheTermsAreInTheShownText)
{
    const CaseSearch search = CaseSearch::fromUserText(QStringLiteral("@Rhys pritch"));
    using Ranges = QList<std::pair<qsizetype, qsizetype>>;
    EXPECT_EQ(searchMatches(QStringLiteral("Cllr Rhys Pritchard"), search.terms),
              (Ranges{{5, 11}})); // the whole text first, then its words
    EXPECT_EQ(searchMatches(QStringLiteral("#1175"),
                            CaseSearch::fromUserText(QStringLiteral("#1175")).terms),
              (Ranges{{1, 4}}));
    EXPECT_EQ(searchMatches(QStringLiteral("a refund, REFUND"),
                            CaseSearch::fromUserText(QStringLiteral("refund")).terms),
              (Ranges{{2, 6}, {10, 6}}));
    EXPECT_TRUE(CaseSearch::fromUserText(QStringLiteral("  ")).isEmpty());
}

TEST_F(CaseQueriesTest, CaseDetailsBringPersonConversationAndEarlierCases)
{
    {
        Ingestor ingestor(writer);
        writer.exec("UPDATE cases SET status = 'resolved' WHERE id = 1001");
        Mention again = makeMention(QStringLiteral("later"), QStringLiteral("p0"), base + 10000);
        ingestor.ingest({{again}, {}, {}});
    }
    CaseQueries cases(reader);
    MentionQueries mentions(reader);
    const std::int64_t newest = cases.page(Queue::All, {}, std::nullopt, 1).front().id;
    const auto details = loadCaseDetails(reader, cases, mentions, newest, base);
    ASSERT_TRUE(details);
    ASSERT_TRUE(details->person);
    EXPECT_EQ(details->person->name, QStringLiteral("User p0"));
    ASSERT_EQ(details->person->handles.size(), 1u);
    EXPECT_EQ(details->mentions.size(), 1u);
    ASSERT_EQ(details->earlierCases.size(), 1u);
    EXPECT_EQ(details->earlierCases.front().id, 1001);
    EXPECT_EQ(details->earlierCases.front().status, CaseStatus::Resolved);
    EXPECT_FALSE(loadCaseDetails(reader, cases, mentions, 999999, base));
}

TEST_F(CaseQueriesTest, QueueCounterCountsOnItsOwnThreadAndFoldsRequests)
{
    writer.exec("UPDATE cases SET status = 'resolved' WHERE id <= 1010");
    QueueCounter counter(path);
    QSignalSpy ready(&counter, &QueueCounter::countsReady);
    counter.request();
    counter.request(); // arrives while the first count runs: folded into one more
    counter.request();
    ASSERT_TRUE(ready.wait(5000));
    // Next for me, Mine, Unassigned, New, Pending, Snoozed, Resolved, All (nobody is "me").
    const QList<int> expected{240, 0, 240, 240, 0, 0, 10, 250};
    EXPECT_EQ(ready.first().first().value<QList<int>>(), expected);
    ASSERT_TRUE(ready.count() == 2 || ready.wait(5000));
    // No third count is on its way: the worker counts in order, so a count asked for now, with
    // counts of its own (everything filtered out), comes back right after anything still queued.
    CaseFilter nothing;
    nothing.minPriority = 1000;
    counter.setScope(0, nothing);
    counter.request();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ready.last().first().value<QList<int>>() == QList<int>(expected.size(), 0); },
        5000));
    EXPECT_EQ(ready.count(), 3);
}

TEST_F(CaseQueriesTest, AConversationShowsThePostItAnswersFromAnotherCase)
{
    // p1 and p2 wrote minutes ago: without the join window off, the root would join p1's case.
    writer.exec("INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
    Ingestor ingestor(writer);
    Mention root = makeMention(QStringLiteral("thread-root"), QStringLiteral("p1"), base + 500);
    Mention answer = makeMention(QStringLiteral("thread-answer"), QStringLiteral("p2"), base + 600);
    answer.inReplyTo = root.id;
    const IngestResult result = ingestor.ingest({{root, answer}, {}, {}});
    ASSERT_NE(result.caseIds[0], result.caseIds[1]); // two people, two cases
    MentionQueries mentions(reader);
    const auto rows = mentions.conversation(result.caseIds[1]);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].platformId, root.id);
    EXPECT_EQ(rows[0].caseId, result.caseIds[0]);
    EXPECT_EQ(rows[1].platformId, answer.id);
    // The root's own case does not pull in the answers of others.
    EXPECT_EQ(mentions.conversation(result.caseIds[0]).size(), 1u);
}
