// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "platforms/simulation/DemoWorkspace.h"
#include "platforms/simulation/ScenarioReader.h"

#include <QFile>
#include <QSet>

using namespace earshot;
using namespace earshot::test;

namespace {

QByteArray smallScenario()
{
    QFile file(dataFile(QStringLiteral("small.scenario.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Reads `data` and returns the refusal, or an empty string when it was accepted.
QString refusal(const QByteArray &data)
{
    try {
        ScenarioReader::readData(data, QStringLiteral("test.scenario.json"));
    } catch (const ScenarioError &e) {
        return e.message();
    }
    return {};
}

QByteArray replaced(QByteArray data, const char *from, const char *to)
{
    EXPECT_TRUE(data.contains(from)) << from;
    return data.replace(from, to);
}

} // namespace

TEST(ScenarioReader, ReadsTheSmallScenario)
{
    const Scenario s = ScenarioReader::readFile(dataFile(QStringLiteral("small.scenario.json")));
    EXPECT_EQ(s.title, QStringLiteral("Small test scenario"));
    EXPECT_EQ(s.accounts.size(), 2u);
    EXPECT_EQ(s.people.size(), 3u);
    ASSERT_EQ(s.mentions.size(), 7u);
    EXPECT_EQ(s.live.size(), 2u);
    EXPECT_EQ(s.liveMinSeconds, 1);
    EXPECT_EQ(s.mentions[0].status, CaseStatus::New);
    EXPECT_EQ(s.mentions[1].status, CaseStatus::Resolved);
    EXPECT_EQ(s.mentions[2].assign, QStringLiteral("a-mira"));
    EXPECT_TRUE(s.mentions[6].isPrivate);
    const Mention m = s.toMention(s.mentions[5], 1000);
    EXPECT_EQ(m.author.handle, QStringLiteral("cleo@toot.example.org"));
    EXPECT_EQ(m.account, QStringLiteral("fernline@social.fernline.example"));
    EXPECT_EQ(m.createdAtMs, 1000);
}

TEST(ScenarioReader, NotJsonNamesFileLineAndColumn)
{
    const QByteArray broken =
        replaced(smallScenario(), "\"Small test scenario\",", "\"Small test scenario\"");
    const QString message = refusal(broken);
    EXPECT_TRUE(message.startsWith(QStringLiteral("test.scenario.json:5:")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refusal("").contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refusal("[1, 2]").contains(QStringLiteral("must be a JSON object")));
}

// 1e400 in any field, even one the format does not know, used to end the process (the JSON
// library raises out_of_range for it, which nobody caught); now it is refused with its place.
TEST(ScenarioReader, ANumberBeyondDoubleRangeIsRefusedWithItsPlace)
{
    const QByteArray huge =
        replaced(smallScenario(), "\"version\": 1,", "\"version\": 1,\n  \"extra\": [0, 1e400],");
    EXPECT_EQ(refusal(huge),
              QStringLiteral("test.scenario.json:4:16: the number 1e400 is too large to read"));
    const QByteArray notUtf8 = replaced(smallScenario(), "Small test", "Small \xFF test");
    EXPECT_EQ(refusal(notUtf8), QStringLiteral("test.scenario.json:4:19: not valid UTF-8"));
}

TEST(ScenarioReader, SchemaErrorsNameLineAndField)
{
    struct Case {
        const char *from;
        const char *to;
        const char *expected;
    };
    const Case cases[] = {
        {"\"format\": \"earshot-scenario\"", "\"format\": \"other\"",
         "test.scenario.json:2: format: must be"},
        {"\"version\": 1", "\"version\": 3", "test.scenario.json:3: version:"},
        {"\"author\": \"p-cleo\"", "\"author\": \"p-zed\"",
         "test.scenario.json:40: mentions[5].author: \"p-zed\" is not a person in this scenario"},
        {"\"author\": \"p-cleo\", \"account\": \"fl-mastodon\"",
         "\"author\": \"p-ben\", \"account\": \"fl-mastodon\"",
         "mentions[5].author: \"p-ben\" has no handle on mastodon"},
        {"\"at\": -600", "\"at\": 600", "test.scenario.json:42: mentions[6].at: must be 0 or less"},
        {"\"at\": -600", "\"at\": \"soon\"", "mentions[6].at: has the wrong type"},
        {"\"visibility\": \"private\"", "\"visibility\": \"secret\"",
         "mentions[6].visibility: \"secret\" is not one of"},
        {"\"assign\": \"a-mira\"", "\"assign\": \"a-nobody\"",
         "mentions[2].assign: \"a-nobody\" is not an agent"},
        {"\"interval_seconds\": [1, 2]", "\"interval_seconds\": [3, 2]",
         "live.interval_seconds: must be two"},
        {"\"text\": \"@FernlineHelp and gone again\", ", "",
         "test.scenario.json:51: live.mentions[1].text: is missing"},
        {"\"key\": \"p-ben\"", "\"key\": \"p-anna\"", "people[1].key: \"p-anna\" is used twice"},
        {"\"id\": \"1790000000000000011\"", "\"id\": \"1790000000000000010\"",
         "mentions[3].id: \"1790000000000000010\" is used twice on x"},
        {"\"account\": \"fl-mastodon\", \"at\": -1800", "\"account\": \"fl-x\", \"at\": -1800",
         "mentions[5].account: \"fl-x\" is an account on x, not on mastodon"},
    };
    for (const Case &c : cases) {
        const QString message = refusal(replaced(smallScenario(), c.from, c.to));
        EXPECT_TRUE(message.contains(QString::fromUtf8(c.expected)))
            << "expected: " << c.expected << "\n     got: " << message.toStdString();
    }
}

TEST(ScenarioReader, MissingFileIsNamed)
{
    try {
        ScenarioReader::readFile(QStringLiteral("/nonexistent/x.scenario.json"));
        FAIL() << "a missing file was accepted";
    } catch (const ScenarioError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("/nonexistent/x.scenario.json")));
    }
}

// The scenario every newcomer sees: big and varied enough to feel like a real care desk.
TEST(ScenarioReader, BundledDemoScenarioIsRichEnough)
{
    const Scenario s = ScenarioReader::readFile(DemoWorkspace::bundledScenario());
    EXPECT_GE(s.mentions.size() + s.live.size(), 300u);
    EXPECT_GE(s.people.size(), 40u);
    EXPECT_FALSE(s.live.empty());
    QSet<QString> platforms;
    int resolved = 0;
    QSet<QString> peopleWithEarlierCases;
    for (const ScenarioMention &m : s.mentions) {
        platforms.insert(m.platform);
        if (m.status == CaseStatus::Resolved || m.status == CaseStatus::Closed) {
            ++resolved;
            peopleWithEarlierCases.insert(m.author);
        }
    }
    EXPECT_TRUE(platforms.contains(QStringLiteral("x")));
    EXPECT_TRUE(platforms.contains(QStringLiteral("mastodon")));
    EXPECT_TRUE(platforms.contains(QStringLiteral("bluesky")));
    EXPECT_GE(peopleWithEarlierCases.size(), 5);
}
