// SPDX-License-Identifier: Apache-2.0
#include "listening/MentionReader.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cstdio>

using namespace earshot;
using namespace Qt::StringLiterals;

// Posts labelled by hand as an agent would, before the readers were tuned
// (tests/data/customer-service-posts.tsv), read by the whole MentionReader as the ingest reads
// them: the category leans on the sentiment reading, so both are part of the check.
TEST(CustomerServicePostsTest, AgreesWithAgents)
{
    QFile file(QStringLiteral(EARSHOT_LISTENING_DATA "/customer-service-posts.tsv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const MentionReader reader;

    int posts = 0;
    int categoryAgrees = 0;
    int replyAgrees = 0;
    int riskAgrees = 0;
    int allAgree = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        ASSERT_EQ(f.size(), 4) << qPrintable(line);
        const QString &text = f[0];
        const MentionReading reading = reader.read(text);
        const QString &lang = reading.language.code;
        const CategoryReading &category = reading.category;
        const NeedsReplyReading &reply = reading.needsReply;
        const RiskReading &risk = reading.risks;

        const bool categoryOk = categoryKey(category.category) == f[1];
        const bool replyOk = reply.needsReply == (f[2] == u"yes"_s);
        const QString riskText = risk.flags ? riskKeys(risk.flags).join(u',') : u"-"_s;
        const bool riskOk = riskText == f[3];
        ++posts;
        categoryAgrees += categoryOk;
        replyAgrees += replyOk;
        riskAgrees += riskOk;
        allAgree += categoryOk && replyOk && riskOk;
        if (!(categoryOk && replyOk && riskOk)) {
            std::printf("  differs [%s]: %s | %s %s %s\n", qPrintable(lang), qPrintable(text),
                        qPrintable(categoryKey(category.category)), reply.needsReply ? "yes" : "no",
                        qPrintable(riskText));
        }
    }
    std::printf("customer-service posts: %d; category %d, needs-reply %d, risks %d, all three %d\n",
                posts, categoryAgrees, replyAgrees, riskAgrees, allAgree);
    ASSERT_GE(posts, 60);
    // Floors a little under what the readers reach, so a regression shows.
    EXPECT_GE(categoryAgrees, 58);
    EXPECT_GE(replyAgrees, 60);
    EXPECT_GE(riskAgrees, 62);
    EXPECT_GE(allAgree, 57);
}
