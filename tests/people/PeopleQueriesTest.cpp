// SPDX-License-Identifier: Apache-2.0
// Finding a person by the start of a name or handle, as the merge dialog asks.
#include "TestSupport.h"

#include "ingest/Ingestor.h"
#include "people/PeopleQueries.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

class PeopleQueriesTest : public ::testing::Test {
protected:
    PeopleQueriesTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , writer(Workspace::openForWriting(path))
    {}

    std::int64_t person(const QString &authorId, const QString &handle, const QString &name)
    {
        Mention m = makeMention(QStringLiteral("m-") + authorId, authorId);
        m.author.handle = handle;
        m.author.name = name;
        Ingestor(writer).ingest({{m}, {}, {}});
        Statement s(writer, "SELECT person_id FROM handles WHERE platform_user_id = ?");
        s.bind(1, authorId);
        return s.step() ? s.toInt(0) : 0;
    }

    QStringList names(const QString &prefix, std::int64_t except = 0)
    {
        Database reader = Workspace::openForReading(path);
        QStringList result;
        for (const PersonSummary &p : PeopleQueries(reader).find(prefix, except))
            result.append(p.name);
        return result;
    }

    TempFolder folder;
    QString path;
    Database writer;
};

} // namespace

TEST_F(PeopleQueriesTest, FindsByTheStartOfAHandleOrAName)
{
    person(QStringLiteral("1"), QStringLiteral("jonas_k"), QStringLiteral("Jonas Keller"));
    person(QStringLiteral("2"), QStringLiteral("anna"), QStringLiteral("Anna Berg"));
    person(QStringLiteral("3"), QStringLiteral("kellerfan"), QStringLiteral("Mia"));

    EXPECT_EQ(names(QStringLiteral("jon")), QStringList{QStringLiteral("Jonas Keller")});
    EXPECT_EQ(names(QStringLiteral("@JONAS")), QStringList{QStringLiteral("Jonas Keller")});
    EXPECT_EQ(names(QStringLiteral("anna b")), QStringList{QStringLiteral("Anna Berg")});
    // Keller is inside a name, not at its start: only the handle that starts with it counts.
    EXPECT_EQ(names(QStringLiteral("keller")), QStringList{QStringLiteral("Mia")});
    EXPECT_TRUE(names(QStringLiteral("   ")).isEmpty());
}

TEST_F(PeopleQueriesTest, LeavesOutThePersonOnScreenAndTakesWildcardsLiterally)
{
    const std::int64_t jonas =
        person(QStringLiteral("1"), QStringLiteral("jonas_k"), QStringLiteral("Jonas Keller"));
    person(QStringLiteral("2"), QStringLiteral("jonasXk"), QStringLiteral("Jonas Other"));
    EXPECT_EQ(names(QStringLiteral("jonas_"), 0), QStringList{QStringLiteral("Jonas Keller")});
    EXPECT_EQ(names(QStringLiteral("jonas"), jonas), QStringList{QStringLiteral("Jonas Other")});
    EXPECT_TRUE(names(QStringLiteral("%")).isEmpty());
}

TEST_F(PeopleQueriesTest, ListsAtMostTwentyWithTheirHandles)
{
    for (int i = 0; i < 25; ++i) {
        const QString n = QString::number(i).rightJustified(2, QLatin1Char('0'));
        person(n, QStringLiteral("sam") + n, QStringLiteral("Sam ") + n);
    }
    Database reader = Workspace::openForReading(path);
    const auto found = PeopleQueries(reader).find(QStringLiteral("sam"));
    ASSERT_EQ(found.size(), 20u);
    EXPECT_EQ(found.front().name, QStringLiteral("Sam 00"));
    ASSERT_EQ(found.front().handles.size(), 1u);
    EXPECT_EQ(found.front().handles.front().handle, QStringLiteral("sam00"));
}
