// SPDX-License-Identifier: Apache-2.0
#include "platforms/PlatformTraits.h"

#include "Tr.h"

#include <QRegularExpression>

#include <QUrl>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// A post's id on X is a snowflake: a decimal number of at most 19 digits.
bool isXPostId(QStringView id)
{
    if (id.isEmpty() || id.size() > 19)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Mastodon's ids are strings ("cast from an integer, but not guaranteed to be a number"): its
// forks give base-62 flake ids.
// Earshot keys a Mastodon post by its canonical `uri` (https://instance/users/a/statuses/1), the
// same from every instance; an instance-local id is kept where the uri is not known yet.
bool isMastodonPostId(QStringView id)
{
    if (id.startsWith(u"https://") || id.startsWith(u"http://")) {
        const QUrl url(id.toString(), QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty() && id.size() <= 2048
               && std::none_of(id.begin(), id.end(), [](QChar c) { return c.isSpace(); });
    }
    if (id.isEmpty() || id.size() > 128)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
               || c == u'_' || c == u'-';
    });
}

// A Bluesky post is named by its AT URI: at://<did>/app.bsky.feed.post/<record key>.
bool isBlueskyPostId(QStringView id)
{
    static const QRegularExpression uri(
        u"^at://did:[a-z]+:[A-Za-z0-9._:%-]{1,2048}/app\\.bsky\\.feed\\.post/[A-Za-z0-9._:~-]{1,512}$"_s);
    return uri.match(id.toString()).hasMatch();
}

// Networks whose ids Earshot does not know the shape of: any single word that fits a column.
bool isAnyPostId(QStringView id)
{
    if (id.isEmpty() || id.size() > 256)
        return false;
    return std::none_of(id.begin(), id.end(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
}

// Networks without rules of their own yet are counted as the generic ones: 500 code points,
// links as written, "@handle ".
PlatformTraits network(const QString &key, QString (*title)())
{
    PlatformTraits traits;
    traits.key = key;
    traits.title = title;
    traits.isPostId = isAnyPostId;
    return traits;
}

} // namespace

bool PlatformTraits::resendsLostReply(std::int64_t takenAgoMs) const
{
    switch (lostReply) {
    case LostReplyResend::PersonDecides:
        return false;
    case LostReplyResend::SameKey:
        return takenAgoMs >= 0 && takenAgoMs < keyKeptMs;
    case LostReplyResend::LookFirst:
        return true;
    }
    return false;
}

namespace {

std::vector<PlatformTraits> makePlatforms()
{
    PlatformTraits x = network(u"x"_s, [] { return Tr::tr("X"); });
    x.unit = LengthUnit::WeightedCharacters;
    x.replyLimit = 280;
    x.privateLimit = 10000;
    x.links = LinkRule::SchemeOrBareDomain; // every link is shortened to t.co
    x.charactersPerUrl = 23;
    x.prefix = MentionPrefixRule::Handle;
    x.repliesKnown = true;
    x.isPostId = isXPostId;
    x.lostReply = LostReplyResend::LookFirst; // XSender looks since the reply's queue time

    PlatformTraits mastodon = network(u"mastodon"_s, [] { return Tr::tr("Mastodon"); });
    mastodon.unit = LengthUnit::Characters;
    mastodon.replyLimit = 500; // the default; an instance publishes its own (AccountLimits)
    mastodon.privateLimit = 0; // a private message is a post seen only by those it mentions
    mastodon.links = LinkRule::SchemeOnly;
    mastodon.charactersPerUrl = 23;
    mastodon.mentionsCountByLocalPart = true;
    mastodon.prefix = MentionPrefixRule::FullAddress;
    mastodon.repliesKnown = true;
    mastodon.isPostId = isMastodonPostId;
    // Mastodon keeps an Idempotency-Key for an hour; a resend within 50 minutes of the lost try
    // leaves room for the time it waits to go out.
    mastodon.lostReply = LostReplyResend::SameKey;
    mastodon.keyKeptMs = 50 * 60'000;

    PlatformTraits bluesky = network(u"bluesky"_s, [] { return Tr::tr("Bluesky"); });
    bluesky.unit = LengthUnit::Graphemes;
    bluesky.replyLimit = 300;
    bluesky.privateLimit = 1000; // chat messages
    bluesky.links = LinkRule::AsWritten;
    bluesky.prefix = MentionPrefixRule::None;
    bluesky.repliesKnown = true;
    bluesky.isPostId = isBlueskyPostId;
    // A chat message has no key. (A public reply has one, its record key, and is looked up before
    // a later try; it waits for a person all the same until that is proven by a kill test.)
    bluesky.lostReply = LostReplyResend::PersonDecides;

    PlatformTraits simulation = network(u"simulation"_s, [] { return Tr::tr("Simulation"); });
    simulation.repliesKnown = true;

    return {
        x,
        mastodon,
        bluesky,
        simulation,
        network(u"facebook"_s, [] { return Tr::tr("Facebook"); }),
        network(u"instagram"_s, [] { return Tr::tr("Instagram"); }),
        network(u"reddit"_s, [] { return Tr::tr("Reddit"); }),
        network(u"youtube"_s, [] { return Tr::tr("YouTube"); }),
        network(u"reviews"_s, [] { return Tr::tr("Review sites"); }),
        network(u"forum"_s, [] { return Tr::tr("Forums"); }),
    };
}

} // namespace

PlatformTraits PlatformTraits::withLimits(const AccountLimits &limits) const
{
    PlatformTraits merged = *this;
    // A server's figures are outside input: only sensible ones replace the defaults.
    if (limits.maxCharacters && *limits.maxCharacters > 0 && *limits.maxCharacters <= 1'000'000) {
        // A private message that is a post (privateLimit 0) follows the post's limit.
        merged.replyLimit = *limits.maxCharacters;
    }
    if (limits.charactersReservedPerUrl && *limits.charactersReservedPerUrl >= 0
        && *limits.charactersReservedPerUrl <= 10'000)
        merged.charactersPerUrl = *limits.charactersReservedPerUrl;
    return merged;
}

const std::vector<PlatformTraits> &allPlatforms()
{
    static const std::vector<PlatformTraits> platforms = makePlatforms();
    return platforms;
}

const PlatformTraits *findPlatform(const QString &key)
{
    for (const PlatformTraits &traits : allPlatforms()) {
        if (traits.key == key)
            return &traits;
    }
    return nullptr;
}

const PlatformTraits &platformTraits(const QString &key)
{
    static const PlatformTraits unknown = network(QString(), nullptr);
    const PlatformTraits *traits = findPlatform(key);
    return traits ? *traits : unknown;
}

bool isKnownPlatform(const QString &key)
{
    return findPlatform(key) != nullptr;
}

QString platformTitle(const QString &key)
{
    const PlatformTraits *traits = findPlatform(key);
    return traits ? traits->title() : key;
}

QStringList knownPlatformKeys()
{
    QStringList keys;
    for (const PlatformTraits &traits : allPlatforms())
        keys.append(traits.key);
    return keys;
}

QStringList replyPlatformKeys()
{
    QStringList keys;
    for (const PlatformTraits &traits : allPlatforms()) {
        if (traits.repliesKnown)
            keys.append(traits.key);
    }
    return keys;
}

} // namespace earshot
