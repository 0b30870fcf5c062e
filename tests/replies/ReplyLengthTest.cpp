// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/LinkFinder.h"
#include "replies/ReplyLength.h"

using namespace earshot;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

int used(const char *platform, const QString &text)
{
    return ReplyLength::measure(QString::fromLatin1(platform), text).used;
}

} // namespace

TEST(ReplyLength, XCountsLatinOnceAndCjkTwice)
{
    EXPECT_EQ(used("x", u8("Hello")), 5);
    EXPECT_EQ(used("x", u8("Thanks! ありがとう")), 8 + 5 * 2);
    EXPECT_EQ(used("x", u8("Привет, Ωμέγα")), 13); // Cyrillic and Greek are below U+10FF

    const ReplyLength full = ReplyLength::measure(QStringLiteral("x"), QString(140, u'漢'));
    EXPECT_EQ(full.used, 280);
    EXPECT_EQ(full.limit, 280);
    EXPECT_EQ(full.remaining, 0);
    EXPECT_FALSE(full.over);

    const ReplyLength over = ReplyLength::measure(QStringLiteral("x"), QString(141, u'漢'));
    EXPECT_EQ(over.used, 282);
    EXPECT_EQ(over.remaining, -2);
    EXPECT_TRUE(over.over);
    EXPECT_EQ(over.unit, LengthUnit::WeightedCharacters);
}

TEST(ReplyLength, XWeighsTypographicPunctuationByItsRange)
{
    // Curly quotes and the em dash are in the light ranges; the ellipsis is not.
    EXPECT_EQ(used("x", u8("“quoted” — ok")), 13);
    EXPECT_EQ(used("x", u8("a…")), 3);
}

TEST(ReplyLength, XCountsAnyEmojiSequenceAsTwo)
{
    EXPECT_EQ(used("x", u8("👍")), 2);
    EXPECT_EQ(used("x", u8("👍🏽")), 2);                  // skin tone
    EXPECT_EQ(used("x", u8("👨‍👩‍👧‍👦")), 2); // ZWJ family of four
    EXPECT_EQ(used("x", u8("🇩🇪")), 2);                        // flag
    EXPECT_EQ(used("x", u8("❤️")), 2);                    // text symbol with emoji presentation
    EXPECT_EQ(used("x", u8("1️⃣")), 2);                   // keycap
    EXPECT_EQ(used("x", u8("🏴󠁧󠁢󠁳󠁣󠁴󠁿")), 2); // tag sequence
    EXPECT_EQ(used("x", u8("Hi 👨‍👩‍👧‍👦🇩🇪!")), 3 + 2 + 2 + 1);
}

TEST(ReplyLength, XCountsEveryLinkAs23)
{
    EXPECT_EQ(used("x", u8("See https://example.com/a/very/long/path/that/goes/on?and=on")),
              4 + 23);
    EXPECT_EQ(used("x", u8("https://t.co")), 23); // even a short one
    EXPECT_EQ(used("x", u8("Visit example.com.")), 6 + 23 + 1);
    const QString longLink = u8("https://example.com/") + QString(400, u'a');
    EXPECT_FALSE(ReplyLength::measure(QStringLiteral("x"), longLink).over);
    EXPECT_EQ(used("x", u8("Mail anna@example.com")), 21); // an address is not a link
}

TEST(ReplyLength, XCountsTheComposedFormOfAccents)
{
    EXPECT_EQ(used("x", u8("e\u0301")), 1);
}

TEST(ReplyLength, MastodonCountsRemoteMentionsByTheirLocalPart)
{
    EXPECT_EQ(used("mastodon", u8("@anna@example.social thanks")), 5 + 7);
    EXPECT_EQ(used("mastodon", u8("@anna thanks")), 5 + 7);
    EXPECT_EQ(used("mastodon", u8("mail anna@example.social")), 24); // not a mention
}

TEST(ReplyLength, MastodonCountsLinksWithASchemeAs23)
{
    EXPECT_EQ(used("mastodon", u8("https://example.com/") + QString(100, u'a')), 23);
    EXPECT_EQ(used("mastodon", u8("example.com")), 11); // Mastodon does not link this
    // A mention inside an address is part of the address.
    EXPECT_EQ(used("mastodon", u8("https://example.com/@anna@other.social")), 23);
}

TEST(ReplyLength, MastodonCountsCodePoints)
{
    EXPECT_EQ(used("mastodon", u8("👍🏽")), 2);
    EXPECT_EQ(used("mastodon", u8("👨‍👩‍👧‍👦")), 7);
    EXPECT_FALSE(ReplyLength::measure(QStringLiteral("mastodon"), QString(500, u'a')).over);
    EXPECT_TRUE(ReplyLength::measure(QStringLiteral("mastodon"), QString(501, u'a')).over);
}

TEST(ReplyLength, BlueskyCountsWhatAReaderSeesAsOneCharacter)
{
    EXPECT_EQ(used("bluesky", u8("e\u0301")), 1);
    EXPECT_EQ(used("bluesky", u8("🇩🇪🇫🇷")), 2);
    EXPECT_EQ(used("bluesky", u8("👨‍👩‍👧‍👦")), 1);
    // Qt 6.4 alone splits this flag in two after a ZWJ sequence.
    EXPECT_EQ(used("bluesky", u8("👨‍👩‍👧‍👦🇩🇪🇫🇷")), 3);
    EXPECT_EQ(used("bluesky", u8("🇩🇪🇫")), 2); // a lone indicator is one grapheme
    EXPECT_EQ(used("bluesky", u8("https://example.com")), 19);

    QString decomposed;
    for (int i = 0; i < 300; ++i)
        decomposed += u8("e\u0301");
    const ReplyLength full = ReplyLength::measure(QStringLiteral("bluesky"), decomposed);
    EXPECT_EQ(full.used, 300);
    EXPECT_EQ(full.limit, 300);
    EXPECT_FALSE(full.over);
    EXPECT_TRUE(ReplyLength::measure(QStringLiteral("bluesky"), decomposed + u'x').over);
}

TEST(ReplyLength, UnknownNetworksAllow500CodePoints)
{
    for (const char *platform : {"simulation", "", "forum"}) {
        const ReplyLength length = ReplyLength::measure(QString::fromLatin1(platform), u8("👍 ok"));
        EXPECT_EQ(length.used, 4) << platform;
        EXPECT_EQ(length.limit, 500) << platform;
    }
}

TEST(ReplyLength, TheOverflowStartsAfterWholeGraphemes)
{
    EXPECT_EQ(ReplyLength::fittingLength(QStringLiteral("x"), QStringLiteral("short")), 5);
    EXPECT_EQ(ReplyLength::fittingLength(QStringLiteral("x"), QString(300, u'a')), 280);
    // The emoji does not fit and is not cut in half.
    EXPECT_EQ(ReplyLength::fittingLength(QStringLiteral("x"),
                                         QString(279, u'a') + u8("👨‍👩‍👧")),
              279);
    // 299 letters and one "é" of two code units fit Bluesky's 300.
    EXPECT_EQ(ReplyLength::fittingLength(QStringLiteral("bluesky"),
                                         QString(299, u'a') + u8("e\u0301e\u0301")),
              301);
}

TEST(LinkFinder, LeavesOutWhatEndsTheSentence)
{
    const QString text = u8("Go to https://example.com/help. Or (https://example.com/a_(b)).");
    const QList<FoundLink> links = findLinks(text, LinkStyle::SchemeOnly);
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(text.mid(links[0].start, links[0].length), u8("https://example.com/help"));
    EXPECT_EQ(text.mid(links[1].start, links[1].length), u8("https://example.com/a_(b)"));

    // An address glued to another's path belongs to it; links never overlap.
    EXPECT_EQ(
        findLinks(u8("https://a.com/((https://b.com/((").repeated(3), LinkStyle::SchemeOnly).size(),
        1);
}

TEST(LinkFinder, NamesTheHostABrowserWouldOpen)
{
    const auto host = [](const char *text) {
        const QList<FoundLink> links = findLinks(u8(text), LinkStyle::SchemeOrBareDomain);
        return links.size() == 1 ? links[0].host : QStringLiteral("<%1 links>").arg(links.size());
    };
    EXPECT_EQ(host("https://example.com@evil.test/x"), u8("evil.test"));
    EXPECT_EQ(host("HTTPS://Help.Example.COM:8443/x"), u8("help.example.com"));
    EXPECT_EQ(host("请看https://example.com谢谢"), u8("example.com"));
    EXPECT_EQ(host("bit.ly/abc"), u8("bit.ly"));
    EXPECT_EQ(host("write to anna@example.com"), u8("<0 links>"));
    EXPECT_EQ(host("see readme.txt or v1.2"), u8("<0 links>"));
}
