// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/MentionPrefix.h"

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(MentionPrefix, XRepliesStartWithTheHandle)
{
    const MentionPrefix prefix(s("x"), s("anna"));
    EXPECT_EQ(prefix.text(), s("@anna "));
    EXPECT_EQ(MentionPrefix(s("x"), s("@anna")).text(), s("@anna "));
    EXPECT_EQ(prefix.applyTo(s("Thanks for waiting!")), s("@anna Thanks for waiting!"));
    EXPECT_EQ(prefix.applyTo(QString()), s("@anna "));
    EXPECT_EQ(prefix.applyTo(s("  Thanks")), s("@anna Thanks"));
}

TEST(MentionPrefix, NeverDoublesAMentionTheDraftStartsWith)
{
    const MentionPrefix prefix(s("x"), s("anna"));
    EXPECT_EQ(prefix.applyTo(s("@Anna thanks")), s("@Anna thanks"));
    EXPECT_EQ(prefix.applyTo(s("@anna")), s("@anna"));
    EXPECT_EQ(prefix.applyTo(s("@other @anna hi")), s("@other @anna hi"));
    EXPECT_EQ(prefix.applyTo(prefix.applyTo(s("hi"))), s("@anna hi"));
    // A longer handle that starts the same is someone else.
    EXPECT_EQ(prefix.applyTo(s("@annabel hi")), s("@anna @annabel hi"));
}

TEST(MentionPrefix, MastodonUsesTheFullAddress)
{
    const MentionPrefix remote(s("mastodon"), s("anna@example.social"), s("fernline.social"));
    EXPECT_EQ(remote.text(), s("@anna@example.social "));
    EXPECT_EQ(remote.applyTo(s("hi")), s("@anna@example.social hi"));
    EXPECT_EQ(remote.applyTo(s("@Anna@Example.Social hi")), s("@Anna@Example.Social hi"));
    // "@anna" alone would reach anna on the brand's own instance, a different person.
    EXPECT_EQ(remote.applyTo(s("@anna hi")), s("@anna@example.social @anna hi"));

    const MentionPrefix local(s("mastodon"), s("anna"), s("fernline.social"));
    EXPECT_EQ(local.text(), s("@anna@fernline.social "));
    EXPECT_EQ(local.applyTo(s("@anna hi")), s("@anna hi"));
    EXPECT_EQ(MentionPrefix(s("mastodon"), s("anna")).text(), s("@anna "));
}

TEST(MentionPrefix, BlueskyNeedsNoPrefix)
{
    const MentionPrefix prefix(s("bluesky"), s("anna.bsky.social"));
    EXPECT_TRUE(prefix.text().isEmpty());
    EXPECT_TRUE(prefix.isPresentIn(s("hi")));
    EXPECT_EQ(prefix.applyTo(s("hi")), s("hi"));
}

TEST(MentionPrefix, AnUnknownHandleAddsNothing)
{
    EXPECT_EQ(MentionPrefix(s("x"), s("  ")).applyTo(s("hi")), s("hi"));
}
