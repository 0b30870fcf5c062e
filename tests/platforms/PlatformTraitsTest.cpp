// SPDX-License-Identifier: Apache-2.0
// The one place Earshot keeps what it knows of each network, and the per-account limits a
// network's server publishes laid over it.
#include "TestSupport.h"

#include "people/SpeakerLists.h"
#include "platforms/PlatformTraits.h"
#include "replies/MentionPrefix.h"
#include "replies/Outbox.h"
#include "replies/ReplyLength.h"

#include <QSet>

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(PlatformTraits, EveryNetworkIsListedOnceWithATitle)
{
    QSet<QString> keys;
    for (const PlatformTraits &traits : allPlatforms()) {
        EXPECT_FALSE(traits.key.isEmpty());
        EXPECT_FALSE(keys.contains(traits.key)) << traits.key.toStdString();
        keys.insert(traits.key);
        ASSERT_NE(traits.title, nullptr) << traits.key.toStdString();
        EXPECT_FALSE(traits.title().isEmpty()) << traits.key.toStdString();
        ASSERT_NE(traits.isPostId, nullptr) << traits.key.toStdString();
        EXPECT_GT(traits.replyLimit, 0);
        EXPECT_GE(traits.privateMessageLimit(), traits.replyLimit);
        EXPECT_EQ(findPlatform(traits.key), &traits);
        EXPECT_TRUE(isKnownPlatform(traits.key));
    }
    EXPECT_EQ(knownPlatformKeys().size(), qsizetype(allPlatforms().size()));
}

TEST(PlatformTraits, KnowsTheRulesOfEachNetworkItRepliesOn)
{
    EXPECT_EQ(replyPlatformKeys(),
              (QStringList{s("x"), s("mastodon"), s("bluesky"), s("simulation")}));

    const PlatformTraits &x = platformTraits(s("x"));
    EXPECT_EQ(x.title(), s("X"));
    EXPECT_EQ(x.unit, LengthUnit::WeightedCharacters);
    EXPECT_EQ(x.replyLimit, 280);
    EXPECT_EQ(x.privateMessageLimit(), 10000);
    EXPECT_EQ(x.links, LinkRule::SchemeOrBareDomain);
    EXPECT_EQ(x.prefix, MentionPrefixRule::Handle);

    const PlatformTraits &mastodon = platformTraits(s("mastodon"));
    EXPECT_EQ(mastodon.title(), s("Mastodon"));
    EXPECT_EQ(mastodon.replyLimit, 500);
    EXPECT_EQ(mastodon.privateMessageLimit(), 500); // a private message is a post
    EXPECT_EQ(mastodon.charactersPerUrl, 23);
    EXPECT_TRUE(mastodon.mentionsCountByLocalPart);
    EXPECT_EQ(mastodon.prefix, MentionPrefixRule::FullAddress);

    const PlatformTraits &bluesky = platformTraits(s("bluesky"));
    EXPECT_EQ(bluesky.unit, LengthUnit::Graphemes);
    EXPECT_EQ(bluesky.replyLimit, 300);
    EXPECT_EQ(bluesky.privateMessageLimit(), 1000);
    EXPECT_EQ(bluesky.prefix, MentionPrefixRule::None);
}

TEST(PlatformTraits, AnUnknownNetworkGetsGenericRulesAndKeepsItsKeyAsTitle)
{
    EXPECT_EQ(findPlatform(s("myspace")), nullptr);
    EXPECT_FALSE(isKnownPlatform(s("myspace")));
    EXPECT_FALSE(isKnownPlatform(s("X"))); // keys are lower case, as stored
    EXPECT_EQ(platformTitle(s("myspace")), s("myspace"));
    const PlatformTraits &unknown = platformTraits(s("myspace"));
    EXPECT_TRUE(unknown.key.isEmpty());
    EXPECT_EQ(unknown.unit, LengthUnit::Characters);
    EXPECT_EQ(unknown.replyLimit, 500);
    EXPECT_EQ(unknown.prefix, MentionPrefixRule::Handle);
    EXPECT_EQ(MentionPrefix(s("myspace"), s("anna")).text(), s("@anna "));
}

TEST(PlatformTraits, PostIdsHaveEachNetworksShape)
{
    const auto isPostId = [](const char *platform, const char *id) {
        return platformTraits(QString::fromLatin1(platform)).isPostId(QString::fromUtf8(id));
    };
    EXPECT_TRUE(isPostId("x", "1850000000000000001"));
    EXPECT_FALSE(isPostId("x", "18500000000000000012")); // 20 digits: past a snowflake
    EXPECT_FALSE(isPostId("x", "12a"));
    EXPECT_FALSE(isPostId("x", ""));
    EXPECT_TRUE(isPostId("mastodon", "113456789012345678"));
    EXPECT_TRUE(isPostId("mastodon", "AEmQ6cVpQbEXRFh4UC")); // a fork's flake id
    EXPECT_FALSE(isPostId("mastodon", "../admin"));
    // The canonical uri a post is kept under, the same seen from any instance.
    EXPECT_TRUE(isPostId("mastodon", "https://example.social/users/anna/statuses/113456789"));
    EXPECT_FALSE(isPostId("mastodon", "https:///statuses/1"));
    EXPECT_FALSE(isPostId("mastodon", "https://example.social/a b"));
    EXPECT_TRUE(isPostId("bluesky",
                         "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l"));
    EXPECT_FALSE(isPostId("bluesky", "3l6oveex3ii2l"));
    EXPECT_FALSE(isPostId("bluesky", "at://did:plc:abc/app.bsky.feed.like/3l6oveex3ii2l"));
    EXPECT_TRUE(isPostId("simulation", "sim-42"));
    EXPECT_FALSE(isPostId("simulation", "two words"));
}

TEST(AccountLimits, AnInstancesLimitsReplaceTheNetworksDefaults)
{
    AccountLimits limits;
    limits.maxCharacters = 1000;
    limits.charactersReservedPerUrl = 30;
    const PlatformTraits instance = platformTraits(s("mastodon")).withLimits(limits);
    EXPECT_EQ(instance.key, s("mastodon"));
    EXPECT_EQ(instance.replyLimit, 1000);
    EXPECT_EQ(instance.privateMessageLimit(), 1000); // private messages are posts there
    EXPECT_EQ(instance.charactersPerUrl, 30);
    // The registry's own traits are not touched.
    EXPECT_EQ(platformTraits(s("mastodon")).replyLimit, 500);

    const ReplyLength length =
        ReplyLength::measure(instance, s("see https://example.com/") + QString(100, u'a'));
    EXPECT_EQ(length.used, 4 + 30);
    EXPECT_EQ(length.limit, 1000);
    EXPECT_FALSE(ReplyLength::measure(instance, QString(1000, u'a')).over);
    EXPECT_TRUE(ReplyLength::measure(instance, QString(1001, u'a')).over);
    EXPECT_EQ(ReplyLength::fittingLength(instance, QString(1200, u'a')), 1000);
}

TEST(AccountLimits, UnsetOrSenselessFiguresKeepTheDefaults)
{
    const PlatformTraits &mastodon = platformTraits(s("mastodon"));
    EXPECT_EQ(mastodon.withLimits({}).replyLimit, 500);
    EXPECT_EQ(mastodon.withLimits({}).charactersPerUrl, 23);
    AccountLimits senseless;
    senseless.maxCharacters = 0;
    senseless.charactersReservedPerUrl = -5;
    EXPECT_EQ(mastodon.withLimits(senseless).replyLimit, 500);
    EXPECT_EQ(mastodon.withLimits(senseless).charactersPerUrl, 23);
    senseless.maxCharacters = 2'000'000'000;
    EXPECT_EQ(mastodon.withLimits(senseless).replyLimit, 500);
    // X publishes no limits, but a private message's own limit is never lowered by a post's.
    AccountLimits longer;
    longer.maxCharacters = 25000;
    EXPECT_EQ(platformTraits(s("x")).withLimits(longer).privateMessageLimit(), 10000);
}

TEST(PlatformTraits, TheScatteredTablesReadFromIt)
{
    // The outbox's private limit, the speaker lists' network prefix.
    EXPECT_TRUE(replyProblem(s("bluesky"), QString(1000, u'a'), true).isEmpty());
    EXPECT_FALSE(replyProblem(s("bluesky"), QString(1001, u'a'), true).isEmpty());
    EXPECT_FALSE(replyProblem(s("mastodon"), QString(501, u'a'), true).isEmpty());
    EXPECT_EQ(normalizedSpeakerEntry(s("Mastodon:@Anna")), s("mastodon:anna"));
    EXPECT_EQ(normalizedSpeakerEntry(s("youtube:anna")), s("youtube:anna"));
    EXPECT_TRUE(normalizedSpeakerEntry(s("myspace:anna")).isEmpty());
}
