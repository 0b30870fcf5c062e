// SPDX-License-Identifier: Apache-2.0
// Agents' commands on people, on a real workspace: badges and the note, merging two people into
// one and splitting a handle off again, with the cases and events that go with them.
#include "TestSupport.h"

#include "cases/CaseTimeline.h"
#include "cases/PersonCommands.h"
#include "ingest/Ingestor.h"
#include "people/PeopleQueries.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

using namespace earshot;
using namespace earshot::test;

namespace {

class PersonCommandsTest : public ::testing::Test {
protected:
    PersonCommandsTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , db(Workspace::openForWriting(path))
        , ingestor(db)
        , commands(db)
    {
        db.exec("INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        // A person's posts here are cases of their own, however close together, so merging and
        // splitting have several cases to move.
        db.exec("INSERT INTO settings (key, value) VALUES ('cases.join_window_minutes', '0')");
    }

    std::int64_t newCase(const QString &id, const QString &author, const QString &platform,
                         std::optional<std::int64_t> followers = 10)
    {
        Mention m = makeMention(id, author, base + id.toLongLong() * 1000);
        m.platform = platform;
        m.author.followers = followers;
        return ingestor.ingest({{m}, {}, {}}).caseIds.front();
    }

    std::int64_t personOfCase(std::int64_t caseId)
    {
        Statement s(db, "SELECT person_id FROM cases WHERE id = ?");
        s.bind(1, caseId);
        return s.step() ? s.toInt(0) : 0;
    }

    std::int64_t handleId(const QString &authorId)
    {
        Statement s(db, "SELECT id FROM handles WHERE platform_user_id = ?");
        s.bind(1, authorId);
        return s.step() ? s.toInt(0) : 0;
    }

    std::int64_t count(const char *sql) { return db.queryInt(sql); }

    PersonOutcome run(PersonCommand command)
    {
        command.agentId = 1;
        return commands.execute(command);
    }

    PersonOutcome merge(std::int64_t kept, std::int64_t other)
    {
        PersonCommand c;
        c.kind = PersonCommand::Kind::Merge;
        c.personId = kept;
        c.otherPersonId = other;
        return run(c);
    }

    PersonOutcome split(std::int64_t personId, std::int64_t handle)
    {
        PersonCommand c;
        c.kind = PersonCommand::Kind::SplitHandle;
        c.personId = personId;
        c.handleId = handle;
        return run(c);
    }

    PersonOutcome badge(std::int64_t personId, const QString &key, bool on = true)
    {
        PersonCommand c;
        c.kind = PersonCommand::Kind::SetBadge;
        c.personId = personId;
        c.badge = key;
        c.badgeOn = on;
        return run(c);
    }

    PersonOutcome note(std::int64_t personId, const QString &text)
    {
        PersonCommand c;
        c.kind = PersonCommand::Kind::SetNote;
        c.personId = personId;
        c.text = text;
        return run(c);
    }

    // Read as the window reads it: on a connection of its own.
    std::optional<PersonSummary> read(std::int64_t personId)
    {
        Database reader = Workspace::openForReading(path);
        return PeopleQueries(reader).person(personId);
    }

    std::vector<TimelineEntry> timeline(std::int64_t caseId)
    {
        Database reader = Workspace::openForReading(path);
        return CaseTimeline(reader).forCase(caseId);
    }

    static constexpr std::int64_t base = 1'790'000'000'000;
    TempFolder folder;
    QString path;
    Database db;
    Ingestor ingestor;
    PersonCommands commands;
};

} // namespace

TEST_F(PersonCommandsTest, MergeMovesHandlesAndCasesAndRecordsWhoMergedWhom)
{
    const std::int64_t first =
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    const std::int64_t second =
        newCase(QStringLiteral("2"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    const std::int64_t third =
        newCase(QStringLiteral("3"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    const std::int64_t kept = personOfCase(first);
    const std::int64_t other = personOfCase(second);
    ASSERT_NE(kept, other);

    const PersonOutcome outcome = merge(kept, other);
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(outcome.personId, kept);
    // The kept person's own case moves too: with the other's second case they are a customer.
    EXPECT_EQ(outcome.changedCases, (QList<qint64>{second, third, first}));
    EXPECT_EQ(personOfCase(second), kept);
    EXPECT_EQ(personOfCase(third), kept);
    EXPECT_EQ(count("SELECT count(*) FROM people"), 1);

    const auto person = read(kept);
    ASSERT_TRUE(person);
    ASSERT_EQ(person->handles.size(), 2u);
    EXPECT_EQ(person->handles[1].platform, QStringLiteral("bluesky"));

    // Each moved case says who merged whom into whom; the kept person's own case is untouched.
    const auto moved = timeline(second);
    ASSERT_FALSE(moved.empty());
    EXPECT_EQ(moved.back().type, QStringLiteral("person_merged"));
    EXPECT_EQ(moved.back().actorName, QStringLiteral("Mira Olsen"));
    EXPECT_EQ(moved.back().text, QStringLiteral("Person merged: User u2 into User u1"));
    EXPECT_EQ(count("SELECT count(*) FROM case_events WHERE type = 'person_merged'"), 2);
    EXPECT_EQ(timeline(first).back().type, QStringLiteral("created"));
}

TEST_F(PersonCommandsTest, NewMentionsFromAMergedHandleLandWithThePersonKept)
{
    const std::int64_t first =
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    const std::int64_t second =
        newCase(QStringLiteral("2"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    const std::int64_t kept = personOfCase(first);
    ASSERT_TRUE(merge(kept, personOfCase(second)).ok);
    // This ingestor cached u2's person before the merge, on the same connection; the writer
    // thread forgets its caches after a person command, as here.
    ingestor.forgetCaches();
    const std::int64_t later =
        newCase(QStringLiteral("4"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    EXPECT_EQ(personOfCase(later), kept);
}

TEST_F(PersonCommandsTest, MergeKeepsBadgesOfBothAndBothNotes)
{
    const std::int64_t kept = personOfCase(
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon")));
    const std::int64_t other =
        personOfCase(newCase(QStringLiteral("2"), QStringLiteral("u2"), QStringLiteral("bluesky")));
    ASSERT_TRUE(badge(kept, QStringLiteral("customer")).ok);
    ASSERT_TRUE(badge(other, QStringLiteral("customer")).ok);
    ASSERT_TRUE(badge(other, QStringLiteral("employee")).ok);
    ASSERT_TRUE(note(kept, QStringLiteral("Prefers German.")).ok);
    ASSERT_TRUE(note(other, QStringLiteral("Works at our partner.")).ok);
    ASSERT_TRUE(merge(kept, other).ok);
    const auto person = read(kept);
    ASSERT_TRUE(person);
    EXPECT_TRUE(person->hasManualBadge(Badge::Customer));
    EXPECT_TRUE(person->hasManualBadge(Badge::Employee));
    EXPECT_EQ(person->note, QStringLiteral("Prefers German.\n\nWorks at our partner."));
    EXPECT_EQ(count("SELECT count(*) FROM person_badges"), 2);
}

TEST_F(PersonCommandsTest, SplitTakesTheCasesTheHandleOpenedAndNothingElse)
{
    const std::int64_t first =
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    const std::int64_t second =
        newCase(QStringLiteral("2"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    const std::int64_t kept = personOfCase(first);
    ASSERT_TRUE(merge(kept, personOfCase(second)).ok);
    ingestor.forgetCaches();
    const std::int64_t third =
        newCase(QStringLiteral("3"), QStringLiteral("u2"), QStringLiteral("bluesky"));
    const std::int64_t fourth =
        newCase(QStringLiteral("4"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    ASSERT_EQ(personOfCase(third), kept);

    const PersonOutcome outcome = split(kept, handleId(QStringLiteral("u2")));
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    const std::int64_t split = outcome.personId;
    EXPECT_NE(split, kept);
    EXPECT_EQ(outcome.changedCases, (QList<qint64>{second, third}));
    EXPECT_EQ(personOfCase(second), split);
    EXPECT_EQ(personOfCase(third), split);
    EXPECT_EQ(personOfCase(first), kept);
    EXPECT_EQ(personOfCase(fourth), kept);

    const auto left = read(kept);
    const auto right = read(split);
    ASSERT_TRUE(left && right);
    ASSERT_EQ(left->handles.size(), 1u);
    EXPECT_EQ(left->handles[0].platform, QStringLiteral("mastodon"));
    ASSERT_EQ(right->handles.size(), 1u);
    EXPECT_EQ(right->name, QStringLiteral("User u2"));
    EXPECT_EQ(left->name, QStringLiteral("User u1"));
    EXPECT_EQ(timeline(third).back().text,
              QStringLiteral("Handle @useru2@social.example split off into a person of its own"));
    EXPECT_EQ(count("SELECT count(*) FROM case_events WHERE type = 'person_split'"), 2);
}

TEST_F(PersonCommandsTest, SplittingOffTheHandleThePersonWasNamedAfterRenamesThem)
{
    const std::int64_t first =
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    const std::int64_t kept = personOfCase(first);
    ASSERT_TRUE(merge(kept, personOfCase(newCase(QStringLiteral("2"), QStringLiteral("u2"),
                                                 QStringLiteral("bluesky"))))
                    .ok);
    const PersonOutcome outcome = split(kept, handleId(QStringLiteral("u1")));
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    EXPECT_EQ(read(outcome.personId)->name, QStringLiteral("User u1"));
    EXPECT_EQ(read(kept)->name, QStringLiteral("User u2"));
    EXPECT_EQ(personOfCase(first), outcome.personId);
}

TEST_F(PersonCommandsTest, RefusalsSayWhyAndChangeNothing)
{
    const std::int64_t first =
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"));
    const std::int64_t person = personOfCase(first);
    const std::int64_t events = count("SELECT count(*) FROM case_events");

    PersonOutcome outcome = merge(person, person);
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, QStringLiteral("A person cannot be merged with themselves."));
    outcome = merge(person, 999);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("999"))) << outcome.error.toStdString();
    outcome = merge(999, person);
    EXPECT_FALSE(outcome.ok);
    outcome = split(person, handleId(QStringLiteral("u1")));
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("only handle")))
        << outcome.error.toStdString();
    outcome = split(person, 4242);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("4242"))) << outcome.error.toStdString();
    outcome = badge(person, QStringLiteral("royalty"));
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("royalty")));
    outcome = badge(999, QStringLiteral("customer"));
    EXPECT_FALSE(outcome.ok);
    outcome = note(person, QString(4001, QLatin1Char('x')));
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("4000"))) << outcome.error.toStdString();

    EXPECT_EQ(count("SELECT count(*) FROM people"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM handles"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM person_badges"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM people WHERE note IS NOT NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM case_events"), events);
}

TEST_F(PersonCommandsTest, SplitRefusesAHandleAColleagueAlreadyMovedElsewhere)
{
    const std::int64_t kept = personOfCase(
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon")));
    const std::int64_t other =
        personOfCase(newCase(QStringLiteral("2"), QStringLiteral("u2"), QStringLiteral("bluesky")));
    newCase(QStringLiteral("3"), QStringLiteral("u3"), QStringLiteral("x"));
    ASSERT_TRUE(merge(kept, other).ok);
    // The agent still sees u2 on the person that was merged away.
    const PersonOutcome outcome = split(other, handleId(QStringLiteral("u2")));
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("no longer belongs")))
        << outcome.error.toStdString();
}

TEST_F(PersonCommandsTest, BadgesAndTheNotePersistWithWhoWroteIt)
{
    const std::int64_t person = personOfCase(
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon")));
    ASSERT_TRUE(badge(person, QStringLiteral("employee")).ok);
    ASSERT_TRUE(badge(person, QStringLiteral("customer")).ok);
    ASSERT_TRUE(badge(person, QStringLiteral("customer")).ok); // twice is still once
    ASSERT_TRUE(note(person, QStringLiteral("  Prefers a private message.  ")).ok);

    auto read1 = read(person);
    ASSERT_TRUE(read1);
    ASSERT_EQ(read1->badges.size(), 2u);
    // In the vocabulary's order, whatever order they were set in; all set by hand.
    EXPECT_EQ(read1->badges[0].badge, Badge::Customer);
    EXPECT_EQ(read1->badges[1].badge, Badge::Employee);
    EXPECT_TRUE(read1->badges[0].manual && read1->badges[1].manual);
    EXPECT_EQ(read1->note, QStringLiteral("Prefers a private message."));
    EXPECT_EQ(read1->noteAuthor, QStringLiteral("Mira Olsen"));
    EXPECT_GT(read1->noteAtMs, 0);

    ASSERT_TRUE(badge(person, QStringLiteral("employee"), false).ok);
    ASSERT_TRUE(note(person, QStringLiteral("   ")).ok);
    auto read2 = read(person);
    ASSERT_EQ(read2->badges.size(), 1u);
    EXPECT_EQ(read2->badges[0].badge, Badge::Customer);
    EXPECT_TRUE(read2->note.isEmpty());
}

TEST_F(PersonCommandsTest, AHandleWithManyFollowersMakesAnInfluencerNobodyHadToMark)
{
    const std::int64_t person = personOfCase(
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"), 12'000));
    ASSERT_TRUE(merge(person, personOfCase(newCase(QStringLiteral("2"), QStringLiteral("u2"),
                                                   QStringLiteral("x"), 48'000)))
                    .ok);
    auto derived = read(person);
    ASSERT_EQ(derived->badges.size(), 1u);
    EXPECT_EQ(derived->badges[0].badge, Badge::Influencer);
    EXPECT_FALSE(derived->badges[0].manual);
    EXPECT_EQ(derived->badges[0].platform, QStringLiteral("x")); // the widest reach counts
    EXPECT_EQ(derived->badges[0].followers, 48'000);

    // The threshold is the workspace's; over it nobody is an influencer by count alone.
    WorkspaceSettings::save(db, WorkspaceSettings::influencerFollowers, QStringLiteral("50000"));
    EXPECT_TRUE(read(person)->badges.empty());
    WorkspaceSettings::save(db, WorkspaceSettings::influencerFollowers, QStringLiteral("oops"));
    EXPECT_EQ(read(person)->badges.size(), 1u); // a mistyped setting falls back to 10,000

    // An agent's badge replaces the suggestion.
    ASSERT_TRUE(badge(person, QStringLiteral("influencer")).ok);
    auto manual = read(person);
    ASSERT_EQ(manual->badges.size(), 1u);
    EXPECT_TRUE(manual->badges[0].manual);
}

TEST_F(PersonCommandsTest, FewFollowersMakeNoInfluencer)
{
    const std::int64_t person = personOfCase(
        newCase(QStringLiteral("1"), QStringLiteral("u1"), QStringLiteral("mastodon"), 9'999));
    EXPECT_TRUE(read(person)->badges.empty());
}
