// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "learning/LearningExamples.h"
#include "learning/LearningFile.h"
#include "store/Workspace.h"

#include <QFile>

#include <sstream>
#include <streambuf>

using namespace earshot;
using namespace earshot::test;

namespace {

// Lines made as they are read, so a long input never exists in memory as a whole.
class GeneratedLines : public std::streambuf {
public:
    explicit GeneratedLines(std::int64_t count)
        : m_count(count)
    {}

protected:
    int_type underflow() override
    {
        if (m_next >= m_count)
            return traits_type::eof();
        m_line = "{\"text\": \"the Zapp plan, day " + std::to_string(m_next)
                 + "\", \"sentiment\": \"negative\"}\n";
        ++m_next;
        setg(m_line.data(), m_line.data(), m_line.data() + m_line.size());
        return traits_type::to_int_type(m_line.front());
    }

private:
    std::int64_t m_count;
    std::int64_t m_next = 0;
    std::string m_line;
};

} // namespace

TEST(LearningFileTest, GoodLinesAreKeptAndBadOnesReportedByNumber)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    std::istringstream input(
        R"({"text": "the Zapp plan again", "sentiment": "Negative", "category": "complaint"})"
        "\n"
        R"({"text": "do you open on Sunday?", "category": "question"})"
        "\n"
        "\n"
        R"({"text": "nice", "sentiment": "ecstatic"})"
        "\n"
        "not json\n"
        R"({"text": "   ", "sentiment": "neutral"})"
        "\n"
        R"({"text": "no label"})"
        "\n"
        R"({"text": "very good", "sentiment": "very_positive"})");
    std::vector<std::pair<std::int64_t, QString>> problems;
    LearningFile file(
        [&](std::int64_t line, const QString &reason) { problems.emplace_back(line, reason); });
    const LearningFileSummary summary = file.importInto(db, input);
    EXPECT_EQ(summary.lines, 8);
    EXPECT_EQ(summary.sentiment, 2);
    EXPECT_EQ(summary.category, 2);
    EXPECT_EQ(summary.rejected, 4);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].first, 4);
    EXPECT_EQ(problems[0].second, QStringLiteral("\"ecstatic\" is not a sentiment Earshot knows"));
    EXPECT_EQ(problems[1].first, 5);
    EXPECT_EQ(problems[2].second, QStringLiteral("the text is empty"));
    EXPECT_EQ(problems[3].second, QStringLiteral("no \"sentiment\" or \"category\" to learn"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples WHERE source = 'file' AND "
                          "case_id IS NULL AND label IN ('negative', 'very positive')"),
              2);
}

TEST(LearningFileTest, ALongInputIsReadAsAStream)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    GeneratedLines lines(100000);
    std::istream input(&lines);
    LearningFile file([](std::int64_t, const QString &) { ADD_FAILURE(); }, 7000);
    const LearningFileSummary summary = file.importInto(db, input);
    EXPECT_EQ(summary.lines, 100000);
    EXPECT_EQ(summary.sentiment, 100000);
    EXPECT_EQ(LearningExamples(db).count(LearnedModel::Field::Sentiment), 100000);
}

// `learn` run again after an interruption once added every example a second time (60,000
// distinct became 120,000). The same file twice now leaves the same examples as once.
TEST(LearningFileTest, LearningTheSameFileTwiceAddsNothingTheSecondTime)
{
    TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(QStringLiteral("w.earshot")));
    const std::string text =
        R"({"text": "the Zapp plan again", "sentiment": "Negative", "category": "complaint"})"
        "\n"
        R"({"text": "do you open on Sunday?", "category": "question"})"
        "\n"
        R"({"text": "lovely staff", "sentiment": "very_positive"})"
        "\n";
    LearningFile file(
        [](std::int64_t, const QString &reason) { ADD_FAILURE() << reason.toStdString(); });
    std::istringstream first(text);
    const LearningFileSummary once = file.importInto(db, first);
    EXPECT_EQ(once.sentiment, 2);
    EXPECT_EQ(once.category, 2);
    EXPECT_EQ(once.known, 0);
    const std::int64_t stored = db.queryInt("SELECT count(*) FROM learning_examples");
    EXPECT_EQ(stored, 4);

    // The interrupted run's file, read again from the top, plus one line it had not reached.
    std::istringstream again(text
                             + R"({"text": "the app crashes", "category": "complaint"})"
                               "\n");
    const LearningFileSummary twice = file.importInto(db, again);
    EXPECT_EQ(twice.sentiment, 0);
    EXPECT_EQ(twice.category, 1);
    EXPECT_EQ(twice.known, 4);
    EXPECT_EQ(twice.rejected, 0);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples"), stored + 1);
    // Labels are compared as stored: "negative" is the "Negative" learned before.
    std::istringstream respelled(R"({"text": "the Zapp plan again", "sentiment": "negative"})");
    EXPECT_EQ(file.importInto(db, respelled).known, 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM learning_examples"), stored + 1);
}

TEST(LearningFileTest, TheCommandLineLearnsShowsAndResets)
{
    TempFolder folder;
    const QString workspace = folder.path(QStringLiteral("w.earshot"));
    const QString path = folder.path(QStringLiteral("labels.jsonl"));
    QFile labels(path);
    ASSERT_TRUE(labels.open(QIODevice::WriteOnly));
    labels.write(R"({"text": "the Zapp plan", "sentiment": "negative"})"
                 "\n"
                 R"({"text": "hm", "sentiment": "meh"})"
                 "\n");
    labels.close();
    ProcessResult learned =
        runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("learn"), path});
    EXPECT_EQ(learned.exitCode, 3) << learned.err.toStdString();
    EXPECT_TRUE(learned.out.contains(
        QStringLiteral("Read 2 lines: 1 sentiment and 0 category examples added, 1 rejected.")))
        << learned.out.toStdString();
    EXPECT_TRUE(learned.err.contains(QStringLiteral("labels.jsonl:2: skipped:")));

    // Run again (as after an interruption): nothing is added twice.
    learned = runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("learn"), path});
    EXPECT_TRUE(learned.out.contains(
        QStringLiteral("Read 2 lines: 0 sentiment and 0 category examples added, 1 rejected.")))
        << learned.out.toStdString();
    EXPECT_TRUE(learned.out.contains(QStringLiteral("Learned before and not added again: 1.")))
        << learned.out.toStdString();

    ProcessResult shown =
        runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("learning")});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Sentiment (corrections: 1)")))
        << shown.out.toStdString();

    ProcessResult reset = runCli({QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("learning"), QStringLiteral("reset")});
    EXPECT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    shown = runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("learning")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Sentiment (corrections: 0)")))
        << shown.out.toStdString();
}
