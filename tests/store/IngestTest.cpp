// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

class IngestTest : public ::testing::Test {
protected:
    IngestTest()
        : db(Workspace::openForWriting(folder.path(QStringLiteral("w.earshot"))))
        , ingestor(db)
    {}

    std::int64_t count(const char *table)
    {
        return db.queryInt(QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData());
    }

    IngestResult ingest(std::vector<Mention> mentions, const QString &cursor = {})
    {
        IngestBatch batch;
        batch.mentions = std::move(mentions);
        if (!cursor.isEmpty()) {
            batch.feed = QStringLiteral("test-feed");
            batch.cursor = cursor;
        }
        return ingestor.ingest(batch);
    }

    QString storedCursor()
    {
        Statement s(db, "SELECT cursor FROM feed_cursors WHERE feed = 'test-feed'");
        return s.step() ? s.toString(0) : QString();
    }

    void setStatus(std::int64_t caseId, const char *status)
    {
        Statement s(db, "UPDATE cases SET status = ? WHERE id = ?");
        s.bind(1, QByteArray(status)).bind(2, caseId).run();
    }

    TempFolder folder;
    Database db;
    Ingestor ingestor;
};

} // namespace

TEST_F(IngestTest, SamePageTwiceChangesNothing)
{
    const std::vector<Mention> page{makeMention(QStringLiteral("1")),
                                    makeMention(QStringLiteral("2"), QStringLiteral("u2")),
                                    makeMention(QStringLiteral("3"), QStringLiteral("u3"))};
    const IngestResult first = ingest(page, QStringLiteral("page-1"));
    EXPECT_EQ(first.inserted, 3);
    const auto before = std::make_tuple(count("mentions"), count("cases"), count("case_events"),
                                        count("people"), count("handles"));
    const IngestResult again = ingest(page, QStringLiteral("page-1"));
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.duplicates, 3);
    EXPECT_EQ(again.caseIds, first.caseIds);
    EXPECT_EQ(before, std::make_tuple(count("mentions"), count("cases"), count("case_events"),
                                      count("people"), count("handles")));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mention_fts WHERE mention_fts MATCH 'refund'"), 3);
}

TEST_F(IngestTest, SamePersonInSameConversationIsOneCase)
{
    Mention first = makeMention(QStringLiteral("10"));
    Mention reply =
        makeMention(QStringLiteral("11"), QStringLiteral("u1"), first.createdAtMs + 60000);
    reply.inReplyTo = first.id;
    Mention other =
        makeMention(QStringLiteral("12"), QStringLiteral("u2"), first.createdAtMs + 90000);
    other.inReplyTo = first.id; // someone else joining the thread has a case of their own
    const IngestResult result = ingest({first, reply, other});
    ASSERT_EQ(result.caseIds.size(), 3u);
    EXPECT_EQ(result.caseIds[0], result.caseIds[1]);
    EXPECT_NE(result.caseIds[0], result.caseIds[2]);
    EXPECT_EQ(result.createdCaseIds.size(), 2u);
    Statement c(db, "SELECT mention_count, version, last_activity_at FROM cases WHERE id = ?");
    c.bind(1, result.caseIds[0]);
    ASSERT_TRUE(c.step());
    EXPECT_EQ(c.toInt(0), 2);
    EXPECT_EQ(c.toInt(1), 1); // created; the customer's reply is no agent's change
    EXPECT_EQ(c.toInt(2), reply.createdAtMs);
}

TEST_F(IngestTest, PrivateMessageJoinsThePersonsOpenCase)
{
    Mention publicPost = makeMention(QStringLiteral("20"));
    Mention direct =
        makeMention(QStringLiteral("21"), QStringLiteral("u1"), publicPost.createdAtMs + 1000);
    direct.isPrivate = true;
    const IngestResult result = ingest({publicPost, direct});
    EXPECT_EQ(result.caseIds[0], result.caseIds[1]);
}

TEST_F(IngestTest, NewMentionAfterResolutionStartsANewCase)
{
    Mention first = makeMention(QStringLiteral("30"));
    const std::int64_t caseId = ingest({first}).caseIds[0];
    setStatus(caseId, "resolved");
    Mention later =
        makeMention(QStringLiteral("31"), QStringLiteral("u1"), first.createdAtMs + 5000);
    later.inReplyTo = first.id;
    const std::int64_t next = ingest({later}).caseIds[0];
    EXPECT_NE(next, caseId);
}

TEST_F(IngestTest, OnePersonPerNetworkIdentityAndLatestFollowerCount)
{
    Mention a = makeMention(QStringLiteral("40"));
    Mention b = makeMention(QStringLiteral("41"));
    b.author.followers = 999;
    b.author.handle = QStringLiteral("renamed@social.example");
    ingest({a, b});
    EXPECT_EQ(count("people"), 1);
    Statement h(db, "SELECT handle, followers FROM handles");
    ASSERT_TRUE(h.step());
    EXPECT_EQ(h.toString(0), QStringLiteral("renamed@social.example"));
    EXPECT_EQ(h.toInt(1), 999);
}

TEST_F(IngestTest, FailedBatchLeavesNoMentionCaseOrCursorBehind)
{
    ingest({makeMention(QStringLiteral("50"))}, QStringLiteral("before"));
    const auto before =
        std::make_tuple(count("mentions"), count("cases"), count("case_events"), count("people"));
    // A fault halfway through the batch (as a full disk would cause).
    db.exec("CREATE TEMP TRIGGER fail_on_boom BEFORE INSERT ON mentions "
            "WHEN new.platform_id = 'boom' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    EXPECT_THROW(ingest({makeMention(QStringLiteral("51"), QStringLiteral("u9")),
                         makeMention(QStringLiteral("boom"), QStringLiteral("u8"))},
                        QStringLiteral("after")),
                 StoreError);
    EXPECT_EQ(before, std::make_tuple(count("mentions"), count("cases"), count("case_events"),
                                      count("people")));
    EXPECT_EQ(storedCursor(), QStringLiteral("before"));
    db.exec("DROP TRIGGER temp.fail_on_boom");
    // And the same batch goes through once the fault is gone.
    ingest({makeMention(QStringLiteral("51"), QStringLiteral("u9"))}, QStringLiteral("after"));
    EXPECT_EQ(storedCursor(), QStringLiteral("after"));
}

TEST_F(IngestTest, MentionsAndCaseEventsCannotBeRewritten)
{
    ingest({makeMention(QStringLiteral("60"))});
    EXPECT_THROW(db.exec("UPDATE mentions SET text = 'edited'"), StoreError);
    EXPECT_THROW(db.exec("UPDATE case_events SET actor = 'someone else'"), StoreError);
    EXPECT_THROW(db.exec("DELETE FROM case_events"), StoreError);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM mentions WHERE text LIKE 'Mention 60%'"), 1);
}

TEST_F(IngestTest, CustomerRepliesJoinTheCaseWithoutChangingItsVersion)
{
    // The version guards agents' commands against colleagues' changes; a customer writing
    // again must not make an agent's reply bounce.
    std::vector<Mention> thread;
    Mention root = makeMention(QStringLiteral("70"));
    thread.push_back(root);
    for (int i = 1; i <= 4; ++i) {
        Mention m = makeMention(QStringLiteral("7%1").arg(i + 1), QStringLiteral("u1"),
                                root.createdAtMs + i * 1000);
        m.inReplyTo = thread.back().id;
        thread.push_back(m);
    }
    const std::int64_t caseId = ingest(thread).caseIds[0];
    Statement s(db, "SELECT c.version, c.mention_count, "
                    "(SELECT count(*) FROM case_events e WHERE e.case_id = c.id), "
                    "(SELECT count(*) FROM mentions m WHERE m.case_id = c.id) "
                    "FROM cases c WHERE c.id = ?");
    s.bind(1, caseId);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.toInt(0), 1);
    EXPECT_EQ(s.toInt(1), 5);
    EXPECT_EQ(s.toInt(2), 1); // created
    EXPECT_EQ(s.toInt(3), 5);
}

TEST_F(IngestTest, WhatAnotherConnectionChangedIsNotHiddenByCaches)
{
    ingest({makeMention(QStringLiteral("80"))});
    // Another desktop (another connection) moves the handle to a different person.
    {
        Database other = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
        other.exec("INSERT INTO people (display_name, created_at) VALUES ('Merged', 0)");
        other.exec("UPDATE handles SET person_id = (SELECT max(id) FROM people)");
    }
    const std::int64_t caseId = ingest({makeMention(QStringLiteral("81"))}).caseIds.front();
    Statement s(db, "SELECT p.display_name FROM cases c JOIN people p ON p.id = c.person_id "
                    "WHERE c.id = ?");
    s.bind(1, caseId);
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.toString(0), QStringLiteral("Merged"));
}

TEST_F(IngestTest, FailedCommitForgetsThePeopleItCreated)
{
    // A check that only runs at COMMIT (a deferred constraint) makes the commit itself fail,
    // after the batch has created a person and handle that the rollback then removes.
    db.exec("CREATE TEMP TABLE commit_gate_parent (id INTEGER PRIMARY KEY)");
    db.exec("CREATE TEMP TABLE commit_gate (parent INTEGER REFERENCES commit_gate_parent(id) "
            "DEFERRABLE INITIALLY DEFERRED)");
    db.exec("CREATE TEMP TRIGGER fail_at_commit AFTER INSERT ON main.mentions "
            "BEGIN INSERT INTO commit_gate VALUES (42); END");
    EXPECT_THROW(ingest({makeMention(QStringLiteral("90"), QStringLiteral("newcomer"))}),
                 StoreError);
    EXPECT_EQ(count("people"), 0);
    db.exec("DROP TRIGGER temp.fail_at_commit");

    const IngestResult result =
        ingest({makeMention(QStringLiteral("91"), QStringLiteral("newcomer"))});
    EXPECT_EQ(result.inserted, 1);
    Statement s(db, "SELECT count(*) FROM mentions m JOIN handles h ON h.id = m.handle_id "
                    "JOIN people p ON p.id = h.person_id WHERE h.platform_user_id = 'newcomer'");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.toInt(0), 1);
}

TEST_F(IngestTest, AMentionWithoutFollowerCountKeepsTheKnownOne)
{
    Mention counted = makeMention(QStringLiteral("95"));
    counted.author.followers = 4200;
    Mention silent = makeMention(QStringLiteral("96"));
    silent.author.followers.reset();
    ingest({counted});
    ingest({silent});
    EXPECT_EQ(db.queryInt("SELECT followers FROM handles"), 4200);

    Mention stranger = makeMention(QStringLiteral("97"), QStringLiteral("u-unknown"));
    stranger.author.followers.reset();
    ingest({stranger});
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM handles WHERE platform_user_id = 'u-unknown' "
                          "AND followers IS NULL"),
              1);
}

TEST_F(IngestTest, TheCreatedEventNamesItsMentionInValidJsonWhateverTheId)
{
    for (const QString &id : {QStringLiteral("1790000000000000001"),
                              QStringLiteral("at://did:plc:x/app.bsky.feed.post/3k"),
                              QStringLiteral("odd\"id\\with\u00e9")}) {
        const std::int64_t caseId =
            ingest({makeMention(id, QStringLiteral("author-") + QString::number(id.size()))})
                .caseIds.front();
        Statement s(db, "SELECT json_extract(payload, '$.mention') FROM case_events "
                        "WHERE case_id = ? AND type = 'created'");
        s.bind(1, caseId);
        ASSERT_TRUE(s.step());
        EXPECT_EQ(s.toString(0), id);
    }
}
