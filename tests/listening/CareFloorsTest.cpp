// SPDX-License-Identifier: Apache-2.0
// Floors a little under what the whole reading reaches on our own labelled care posts
// (tests/data/eval, figures in docs/classifier.md), so later work cannot make them worse. The
// sets live in the repository: the floors always run. Both splits are floored; rules are tuned on
// dev only.
#include "../eval/CareEval.h"

#include "listening/MentionReader.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace earshot::eval;

namespace {

class CareFloorsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QString error;
        const auto posts = loadCareSets(defaultCareData(), &error);
        ASSERT_TRUE(posts) << error.toStdString();
        s_posts = new QList<CarePost>(*posts);
        const MentionReader reader;
        s_dev = new CareResult(measureCare(*s_posts, reader, QStringLiteral("dev")));
        s_test = new CareResult(measureCare(*s_posts, reader, QStringLiteral("test")));
    }
    static void TearDownTestSuite()
    {
        delete s_dev;
        delete s_test;
        delete s_posts;
        s_dev = s_test = nullptr;
        s_posts = nullptr;
    }
    static const CareFigures &dev(const char *lang) { return s_dev->byLanguage[QString::fromLatin1(lang)]; }
    static const CareFigures &test(const char *lang) { return s_test->byLanguage[QString::fromLatin1(lang)]; }

    static QList<CarePost> *s_posts;
    static CareResult *s_dev;
    static CareResult *s_test;
};

QList<CarePost> *CareFloorsTest::s_posts = nullptr;
CareResult *CareFloorsTest::s_dev = nullptr;
CareResult *CareFloorsTest::s_test = nullptr;

struct Floor {
    const char *lang;
    int posts;
    double sentiment;
    double category;
    double reply;
    double emotion;
};

void expectFloor(const CareFigures &f, const Floor &floor, const char *split)
{
    SCOPED_TRACE(std::string(floor.lang) + " " + split);
    EXPECT_GE(f.posts, floor.posts);
    EXPECT_GE(f.sentiment.accuracy(), floor.sentiment);
    EXPECT_GE(f.category.accuracy(), floor.category);
    EXPECT_GE(f.reply.accuracy(), floor.reply);
    EXPECT_GE(f.emotion.accuracy(), floor.emotion);
}

} // namespace

TEST_F(CareFloorsTest, SetsReadWhole)
{
    // At least 400 English and 150 German posts, 40 in each check language.
    EXPECT_GE(s_posts->size(), 408 + 152 + 5 * 41);
    EXPECT_EQ(dev("en").posts + test("en").posts, 408);
    EXPECT_EQ(dev("de").posts + test("de").posts, 152);
}

// FLOORS_PLACEHOLDER
