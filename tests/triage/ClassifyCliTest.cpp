// SPDX-License-Identifier: Apache-2.0
// earshot-cli classify and the triage settings as a person runs them: real process, hostile input.
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace earshot;
using namespace earshot::test;

namespace {

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

} // namespace

TEST(ClassifyCli, ReadsLinesInOrderWithEveryField)
{
    TempFolder folder;
    const ProcessResult result =
        runCli({QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
                QStringLiteral("classify")},
               QByteArray("I will sue you, my lawyer is on it\n\nthanks, all sorted now\n"));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<QJsonObject> objects = jsonLines(result.out);
    // One result per line: the blank line gives an empty reading in its place.
    ASSERT_EQ(objects.size(), 3) << result.out.toStdString();
    EXPECT_EQ(objects[0][QStringLiteral("line")].toInt(), 1);
    EXPECT_EQ(objects[1][QStringLiteral("line")].toInt(), 2);
    EXPECT_EQ(objects[1][QStringLiteral("text")].toString(), QString());
    EXPECT_EQ(objects[2][QStringLiteral("line")].toInt(), 3);
    for (const char *field :
         {"language", "sentiment", "emotion", "category", "needs_reply", "risks", "priority"})
        EXPECT_TRUE(objects[0].contains(QString::fromLatin1(field))) << field;
    const QJsonObject sentiment = objects[0][QStringLiteral("sentiment")].toObject();
    const QStringList labels{QStringLiteral("very negative"), QStringLiteral("negative"),
                             QStringLiteral("neutral"), QStringLiteral("positive"),
                             QStringLiteral("very positive")};
    EXPECT_TRUE(labels.contains(sentiment[QStringLiteral("label")].toString()));
    EXPECT_GE(sentiment[QStringLiteral("score")].toDouble(), -1.0);
    EXPECT_LE(sentiment[QStringLiteral("score")].toDouble(), 1.0);
    const QJsonObject risks = objects[0][QStringLiteral("risks")].toObject();
    EXPECT_TRUE(risks[QStringLiteral("flags")].toVariant().toStringList().contains(
        QStringLiteral("legal")));
    EXPECT_GT(objects[0][QStringLiteral("priority")].toObject()[QStringLiteral("score")].toInt(),
              objects[2][QStringLiteral("priority")].toObject()[QStringLiteral("score")].toInt());
}

// Lines ended by a lone CR are lines; a note whose first line starts with "{" is still a note.
TEST(ClassifyCli, OneResultPerRecordWhateverTheLineEndings)
{
    TempFolder folder;
    const QString file = writeFile(folder, QStringLiteral("notes.txt"),
                                   "{urgent} my router is down\rstill down\r\rthanks, sorted\r");
    const ProcessResult result =
        runCli({QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
                QStringLiteral("classify"), file});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QList<QJsonObject> objects = jsonLines(result.out);
    ASSERT_EQ(objects.size(), 4) << result.out.toStdString();
    EXPECT_EQ(objects[0][QStringLiteral("text")].toString(),
              QStringLiteral("{urgent} my router is down"));
    EXPECT_EQ(objects[2][QStringLiteral("line")].toInt(), 3);
    EXPECT_EQ(objects[2][QStringLiteral("text")].toString(), QString());
    EXPECT_EQ(objects[3][QStringLiteral("text")].toString(), QStringLiteral("thanks, sorted"));
}

TEST(ClassifyCli, ACsvWithBrokenQuotingReportsTheLineAndGoesOn)
{
    TempFolder folder;
    const QString csv = writeFile(folder, QStringLiteral("posts.csv"),
                                  "id,body\n"
                                  "1,\"My router, again, is down\"\n"
                                  "2,\"two\nlines \"\"quoted\"\"\"\n"
                                  "3,bro\"ken\n"
                                  "4,\"never closed\n"
                                  "5,fine after all\n");
    const ProcessResult result = runCli(
        {QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
         QStringLiteral("classify"), csv, QStringLiteral("--column"), QStringLiteral("body")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(csv + QStringLiteral(":5: skipped:")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(csv + QStringLiteral(":6: skipped:")))
        << result.err.toStdString();
    const QList<QJsonObject> objects = jsonLines(result.out);
    // The two skipped records keep their places, saying why.
    ASSERT_EQ(objects.size(), 5) << result.out.toStdString();
    EXPECT_EQ(objects[0][QStringLiteral("text")].toString(),
              QStringLiteral("My router, again, is down"));
    EXPECT_EQ(objects[1][QStringLiteral("text")].toString(),
              QStringLiteral("two\nlines \"quoted\""));
    EXPECT_EQ(objects[2][QStringLiteral("line")].toInt(), 5);
    EXPECT_FALSE(objects[2][QStringLiteral("skipped")].toString().isEmpty());
    EXPECT_EQ(objects[3][QStringLiteral("line")].toInt(), 6);
    EXPECT_EQ(objects[4][QStringLiteral("text")].toString(), QStringLiteral("fine after all"));
    EXPECT_EQ(objects[4][QStringLiteral("line")].toInt(), 7);

    const ProcessResult noColumn = runCli(
        {QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
         QStringLiteral("classify"), csv, QStringLiteral("--column"), QStringLiteral("text")});
    EXPECT_EQ(noColumn.exitCode, 2);
    EXPECT_TRUE(noColumn.err.contains(QStringLiteral("no column \"text\"")))
        << noColumn.err.toStdString();
}

TEST(ClassifyCli, JsonLinesWithoutTextAreReportedAndHostileTextStaysText)
{
    TempFolder folder;
    const ProcessResult result = runCli(
        {QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
         QStringLiteral("classify"), QStringLiteral("--format"), QStringLiteral("jsonl")},
        QByteArray("{\"text\": \"<script>alert(1)</script> \\u0000 ok\"}\nnot json\n{\"body\": 1}\n"
                   "{\"text\": \"\xff\xfe broken bytes\"}\n"));
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.err.contains(QStringLiteral("standard input:2: skipped")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("standard input:3: skipped")));
    const QList<QJsonObject> objects = jsonLines(result.out);
    // A skipped record keeps its place in the output, saying why.
    ASSERT_EQ(objects.size(), 4) << result.out.toStdString();
    EXPECT_TRUE(
        objects[0][QStringLiteral("text")].toString().startsWith(QStringLiteral("<script>")));
    EXPECT_EQ(objects[1][QStringLiteral("line")].toInt(), 2);
    EXPECT_FALSE(objects[1][QStringLiteral("skipped")].toString().isEmpty());
    EXPECT_FALSE(objects[1].contains(QStringLiteral("sentiment")));
    EXPECT_EQ(objects[3][QStringLiteral("line")].toInt(), 4);
}

// Piped without --format, JSON Lines are read as JSON Lines: their texts, escapes decoded, not
// the lines themselves.
TEST(ClassifyCli, JsonLinesOnStandardInputAreTakenForWhatTheyAre)
{
    TempFolder folder;
    const ProcessResult result =
        runCli({QStringLiteral("-w"), folder.path(QStringLiteral("none.earshot")),
                QStringLiteral("classify")},
               QByteArray("\n{\"text\": \"Ich k\\u00fcndige meinen Vertrag\"}\n"
                          "{\"text\": \"thanks, all sorted now\"}\n"));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QList<QJsonObject> objects = jsonLines(result.out);
    ASSERT_EQ(objects.size(), 3) << result.out.toStdString();
    EXPECT_EQ(objects[0][QStringLiteral("text")].toString(), QString()); // the blank first line
    objects.removeFirst();
    EXPECT_EQ(objects[0][QStringLiteral("text")].toString(),
              QStringLiteral("Ich k\u00fcndige meinen Vertrag"));
    EXPECT_TRUE(objects[0][QStringLiteral("risks")]
                    .toObject()[QStringLiteral("flags")]
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("churn")))
        << result.out.toStdString();
}

TEST(TriageSettingsCli, PriorityWeightsAreShownChangedAndTyposRefused)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    ASSERT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("demo")}).exitCode, 0);
    const QString good = writeFile(folder, QStringLiteral("good.json"), "{\"risk.legal\": 40}");
    const QString typo = writeFile(folder, QStringLiteral("typo.json"), "{\"risk.legl\": 40}");
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("priority-weights"),
                      QStringLiteral("set"), good})
                  .exitCode,
              0);
    const ProcessResult refused =
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("priority-weights"),
                QStringLiteral("set"), typo});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("risk.legl"))) << refused.err.toStdString();
    // A second file changes its own keys and leaves the first one's alone.
    const QString vip = writeFile(folder, QStringLiteral("vip.json"), "{\"vip\": 30}");
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("priority-weights"),
                      QStringLiteral("set"), vip})
                  .exitCode,
              0);
    const ProcessResult shown =
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("priority-weights")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("\"risk.legal\": 40")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("\"vip\": 30"))) << shown.out.toStdString();
}

TEST(TriageSettingsCli, RisksLeftToALeadAreShownSetAndTyposRefused)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    ASSERT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("demo")}).exitCode, 0);
    const auto leadRisks = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("-w"), workspace, QStringLiteral("lead-risks")}
                      + args);
    };
    EXPECT_TRUE(
        leadRisks({}).out.contains(QStringLiteral("scam\tScam posing as us\tleft to a lead")))
        << leadRisks({}).out.toStdString();
    const ProcessResult typo = leadRisks({QStringLiteral("set"), QStringLiteral("legl")});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("\"legl\" is not a risk")))
        << typo.err.toStdString();
    EXPECT_TRUE(leadRisks({}).out.contains(QStringLiteral("legal\tLegal threat\tanyone")));

    EXPECT_EQ(leadRisks({QStringLiteral("set"), QStringLiteral("legal"), QStringLiteral("scam")})
                  .exitCode,
              0);
    const QString both = leadRisks({}).out;
    EXPECT_TRUE(both.contains(QStringLiteral("legal\tLegal threat\tleft to a lead")))
        << both.toStdString();
    EXPECT_TRUE(both.contains(QStringLiteral("scam\tScam posing as us\tleft to a lead")));
    EXPECT_EQ(leadRisks({QStringLiteral("set"), QStringLiteral("none")}).exitCode, 0);
    EXPECT_FALSE(leadRisks({}).out.contains(QStringLiteral("left to a lead")));
}

TEST(TriageSettingsCli, SpeakerListsAreSetFromAFileAndShown)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    ASSERT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("demo")}).exitCode, 0);
    const QString list = writeFile(folder, QStringLiteral("staff.txt"),
                                   "# our care team\n@Mira_Support\nnot a handle\nx:ops\n");
    const ProcessResult set = runCli({QStringLiteral("-w"), workspace, QStringLiteral("speakers"),
                                      QStringLiteral("staff"), QStringLiteral("set"), list});
    EXPECT_EQ(set.exitCode, 3); // saved, with a line skipped
    EXPECT_TRUE(set.err.contains(list + QStringLiteral(":3: skipped"))) << set.err.toStdString();
    const ProcessResult shown = runCli(
        {QStringLiteral("-w"), workspace, QStringLiteral("speakers"), QStringLiteral("staff")});
    EXPECT_EQ(shown.out, QStringLiteral("mira_support\nx:ops\n"));
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("speakers"),
                      QStringLiteral("bosses")})
                  .exitCode,
              2);
}

TEST(LearnCli, WhatAgentsTaughtChangesLaterReadings)
{
    // The brand's customers hate the new Zapp plan; the built-in reading has never heard of it.
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    ASSERT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("demo")}).exitCode, 0);
    const QStringList zapp{QStringLiteral("switched to the new Zapp plan %1"),
                           QStringLiteral("%1 the Zapp plan again"),
                           QStringLiteral("got moved onto Zapp %1 without asking")};
    const QStringList other{QStringLiteral("love the new store %1"),
                            QStringLiteral("the app is broken %1"),
                            QStringLiteral("where is the nearest shop %1")};
    const QStringList labels{QStringLiteral("positive"), QStringLiteral("negative"),
                             QStringLiteral("neutral")};
    const QStringList filler{QStringLiteral("today"), QStringLiteral("honestly"),
                             QStringLiteral("this week"), QStringLiteral("again"),
                             QStringLiteral("at home")};
    QByteArray lines;
    for (int i = 0; i < 150; ++i) {
        const QString word = filler[i % filler.size()];
        const bool isZapp = i % 3 == 0;
        const QString text = isZapp ? zapp[(i / 3) % 3].arg(word) : other[i % 3].arg(word);
        const QString label = isZapp ? QStringLiteral("negative") : labels[i % 3];
        lines += QJsonDocument(QJsonObject{{QStringLiteral("text"), text},
                                           {QStringLiteral("sentiment"), label}})
                     .toJson(QJsonDocument::Compact)
                 + '\n';
    }
    const QString probe = QStringLiteral("got moved onto Zapp last night without asking");
    const auto sentimentOf = [&] {
        const QList<QJsonObject> read =
            jsonLines(runCli({QStringLiteral("-w"), workspace, QStringLiteral("classify")},
                             probe.toUtf8() + '\n')
                          .out);
        return read.isEmpty() ? QJsonObject()
                              : read.front()[QStringLiteral("sentiment")].toObject();
    };
    EXPECT_EQ(sentimentOf()[QStringLiteral("label")].toString(), QStringLiteral("neutral"));

    const QString file = writeFile(folder, QStringLiteral("zapp.jsonl"), lines);
    const ProcessResult learned =
        runCli({QStringLiteral("-w"), workspace, QStringLiteral("learn"), file});
    EXPECT_EQ(learned.exitCode, 0) << learned.err.toStdString();
    EXPECT_TRUE(learned.out.contains(QStringLiteral("with what agents taught")))
        << learned.out.toStdString();
    const QJsonObject after = sentimentOf();
    EXPECT_EQ(after[QStringLiteral("label")].toString(), QStringLiteral("negative"));
    EXPECT_TRUE(after[QStringLiteral("cues")].toVariant().toStringList().contains(
        QStringLiteral("taught by this workspace's agents")));

    // Forgotten, the reading is Earshot's own again.
    EXPECT_EQ(runCli({QStringLiteral("-w"), workspace, QStringLiteral("learning"),
                      QStringLiteral("reset")})
                  .exitCode,
              0);
    EXPECT_EQ(sentimentOf()[QStringLiteral("label")].toString(), QStringLiteral("neutral"));
}
