// SPDX-License-Identifier: Apache-2.0
// Scenario format version 2: what it reads, and that a broken file is refused with every
// problem listed at once, each with its line.
#include "TestSupport.h"

#include "platforms/simulation/ScenarioReader.h"

#include <QFile>

using namespace earshot;
using namespace earshot::test;

namespace {

QByteArray trainingScenario()
{
    QFile file(dataFile(QStringLiteral("training.scenario.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList refusalLines(const QByteArray &data)
{
    try {
        ScenarioReader::readData(data, QStringLiteral("t.json"));
    } catch (const ScenarioError &e) {
        return e.message().split(u'\n');
    }
    return {};
}

QByteArray replaced(QByteArray data, const char *from, const char *to)
{
    EXPECT_TRUE(data.contains(from)) << from;
    return data.replace(from, to);
}

} // namespace

TEST(TrainingScenarioReader, ReadsVersionTwo)
{
    const Scenario s = ScenarioReader::readFile(dataFile(QStringLiteral("training.scenario.json")));
    ASSERT_TRUE(s.training.has_value());
    const TrainingScript &t = *s.training;
    EXPECT_EQ(s.version, 2);
    EXPECT_EQ(t.seed, 7u);
    EXPECT_EQ(t.durationMinutes, 30);
    EXPECT_EQ(t.teams, QStringList{QStringLiteral("billing")});
    ASSERT_EQ(t.personas.size(), 3u);
    EXPECT_EQ(t.personas[0].temperament, Temperament::Impatient);
    EXPECT_EQ(t.personas[2].temperament, Temperament::Abusive);
    ASSERT_EQ(t.injects.size(), 5u);
    EXPECT_EQ(t.injects[0].atSeconds, 60);
    EXPECT_FALSE(t.injects[3].atSeconds.has_value());
    EXPECT_EQ(t.injects[3].mood, InjectMood::Calmed);
    EXPECT_EQ(t.injects[3].inReplyTo, QStringLiteral("anna-1"));
    ASSERT_EQ(t.branches.size(), 1u);
    ASSERT_EQ(t.branches[0].rules.size(), 1u);
    EXPECT_EQ(t.branches[0].rules[0].condition.repliedWithinMinutes, 5);
    EXPECT_EQ(t.branches[0].rules[0].condition.showsEmpathy, true);
    EXPECT_EQ(t.branches[0].otherwise, QStringLiteral("anna-angry"));
    EXPECT_DOUBLE_EQ(t.noise.perMinute, 0.5);
    EXPECT_DOUBLE_EQ(t.noise.surgeFactor, 4);
    ASSERT_EQ(t.objectives.size(), 3u);
    EXPECT_EQ(t.objectives[0].escalateTo, QStringLiteral("billing"));
    EXPECT_TRUE(t.objectives[1].mustGoPrivate);
    EXPECT_EQ(t.forbiddenPhrases, QStringList{QStringLiteral("calm down")});
    // The personas are the scenario's people, so a mention finds its author's handle.
    EXPECT_EQ(s.people.size(), 3u);
    EXPECT_TRUE(s.mentions.empty());
}

TEST(TrainingScenarioReader, VersionOneStillLoads)
{
    const Scenario demo = ScenarioReader::readFile(QStringLiteral(EARSHOT_SOURCE_DIR)
                                                   + QStringLiteral("/resources/demo/"
                                                                    "fernline.scenario.json"));
    EXPECT_EQ(demo.version, 1);
    EXPECT_FALSE(demo.training.has_value());
    EXPECT_FALSE(demo.mentions.empty());
}

TEST(TrainingScenarioReader, EveryBundledScenarioIsValid)
{
    const QStringList bundled{QStringLiteral("first-day.scenario.json"),
                              QStringLiteral("uncomfortable-customer.scenario.json"),
                              QStringLiteral("privacy-trap.scenario.json"),
                              QStringLiteral("outage-crisis.scenario.json"),
                              QStringLiteral("erster-tag.scenario.json")};
    for (const QString &name : bundled) {
        const QString path =
            QStringLiteral(EARSHOT_SOURCE_DIR) + QStringLiteral("/resources/scenarios/") + name;
        try {
            const Scenario s = ScenarioReader::readFile(path);
            EXPECT_TRUE(s.training.has_value()) << name.toStdString();
            EXPECT_FALSE(s.training->objectives.empty()) << name.toStdString();
        } catch (const ScenarioError &e) {
            ADD_FAILURE() << e.message().toStdString();
        }
    }
}

// Five different problems in one file: all five come back, each with its own line.
TEST(TrainingScenarioReader, ListsEveryProblemAtOnceWithItsLine)
{
    QByteArray data = trainingScenario();
    data = replaced(data, "\"title\": \"Test training\",", ""); // missing field
    data = replaced(data, "\"network\": \"mastodon\", \"account\": \"fl-m\"",
                    "\"network\": \"myspace\", \"account\": \"fl-m\""); // unknown network
    data = replaced(data, "\"key\": \"ben-1\", \"at\": 120", "\"key\": \"ben-1\", \"at\": 30");
    data = replaced(data, "\"inject\": \"cleo-1\"", "\"inject\": \"cleo-9\"");  // broken ref
    data = replaced(data, "\"then\": \"anna-thanks\"", "\"then\": \"anna-1\""); // cycle
    const QStringList lines = refusalLines(data);
    ASSERT_GE(lines.size(), 5) << lines.join(u'\n').toStdString();
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("t.json:1: title: is missing"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("t.json:34: injects[2].network: \"myspace\" is not a "
                                            "network Earshot knows")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("t.json:32: injects[1].at: is earlier than the "
                                            "inject before it (60 s)")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(
        QStringLiteral("objectives[2].inject: \"cleo-9\" is not an inject in this scenario")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("branches[0]: the branches go round in a circle: "
                                            "anna-1 -> anna-1")))
        << all.toStdString();
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(QStringLiteral("t.json:"))) << line.toStdString();
}

TEST(TrainingScenarioReader, RefusesALongerCycleAndAnUnreachableInject)
{
    QByteArray data = trainingScenario();
    // anna-1 -> anna-thanks -> anna-1 through a second branch.
    data = replaced(data, "\"otherwise\": \"anna-angry\"}",
                    "\"otherwise\": \"anna-angry\"},\n    {\"after\": \"anna-thanks\", \"rules\": "
                    "[{\"if\": {\"resolved\": true}, \"then\": \"anna-1\"}]}");
    const QString all = refusalLines(data).join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("circle: anna-1 -> anna-thanks -> anna-1")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"anna-1\" has an \"at\"; an inject a branch "
                                            "posts has none")))
        << all.toStdString();

    QByteArray orphan = trainingScenario();
    orphan = replaced(orphan, "\"otherwise\": \"anna-angry\"", "\"decide_after_minutes\": 3");
    EXPECT_TRUE(refusalLines(orphan).join(u'\n').contains(
        QStringLiteral("injects[4]: has no \"at\" and no branch posts it")));
}

TEST(TrainingScenarioReader, RefusesUnknownConditionsAndEscalationTargets)
{
    QByteArray data = trainingScenario();
    data = replaced(data, "\"shows_empathy\": true", "\"shows_empathy\": true, \"smiled\": true");
    data = replaced(data, "\"escalate_to\": \"billing\"", "\"escalate_to\": \"legal\"");
    const QString all = refusalLines(data).join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("branches[0].rules[0].if.smiled: is not a condition")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(
        QStringLiteral("objectives[0].escalate_to: \"legal\" is neither a team nor an agent")))
        << all.toStdString();
}
