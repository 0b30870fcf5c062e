// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What a network counts when it limits the length of a post.
enum class LengthUnit {
    WeightedCharacters, // X: most scripts of Europe count 1, CJK and emoji 2
    Characters,         // Unicode code points
    Graphemes, // what a reader sees as one character ("é", "🇩🇪", "👩‍👩‍👧")
};

// Which words of a post the network turns into links, each counted as `charactersPerUrl`.
enum class LinkRule {
    AsWritten,          // links count as the characters they are (Bluesky)
    SchemeOnly,         // only what starts with http:// or https:// (Mastodon)
    SchemeOrBareDomain, // also "example.com/help" with no scheme (X)
};

// What a public reply starts with so that the person is notified.
enum class MentionPrefixRule {
    Handle,      // "@anna " (X, and networks whose rules Earshot does not know better)
    FullAddress, // "@anna@example.social ": the address reaches them from any instance (Mastodon)
    None,        // a reply notifies by itself (Bluesky)
};

// How a reply left "sending" by a process that ended mid-send (killed, crashed) can be sent again
// without ever being posted twice.
enum class LostReplyResend {
    PersonDecides, // nothing tells whether it arrived: "uncertain", for a person (Bluesky)
    SameKey,       // the network honours the reply's idempotency key for a while (Mastodon)
    LookFirst,     // the sender looks among the account's posts before a later try (X)
};

// What one account's server publishes of its limits, read by its connector (a Mastodon
// instance's `configuration.statuses` in /api/v2/instance). What is not set, or makes no sense
// (a limit of 0), keeps the network's default.
struct AccountLimits {
    std::optional<int> maxCharacters;            // max_characters
    std::optional<int> charactersReservedPerUrl; // characters_reserved_per_url

    bool operator==(const AccountLimits &other) const
    {
        return maxCharacters == other.maxCharacters
               && charactersReservedPerUrl == other.charactersReservedPerUrl;
    }
};

// Where one account reaches its network's services besides its server, as a person set them
// (Bluesky's AppView and chat service). Empty: the network's own, through the account's server.
struct AccountServices {
    QString appViewUrl;  // Bluesky: the AppView for app.bsky.* reads ("https://api.bsky.app")
    QString chatService; // Bluesky: the chat service's DID and service id ("did:web:...#bsky_chat")

    bool isEmpty() const { return appViewUrl.isEmpty() && chatService.isEmpty(); }
    bool operator==(const AccountServices &other) const
    {
        return appViewUrl == other.appViewUrl && chatService == other.chatService;
    }
    bool operator!=(const AccountServices &other) const { return !(*this == other); }
};

// Everything Earshot knows of one network, in one place: the composer, the outbox, the readers
// of JSON and scenarios and the window's lists all read it from here.
struct PlatformTraits {
    QString key;                  // as stored with every mention: "x", "mastodon", ...
    QString (*title)() = nullptr; // the name a person knows it by, translated when asked
    LengthUnit unit = LengthUnit::Characters;
    int replyLimit = 500; // a public post, in `unit`
    int privateLimit = 0; // a private message; 0: a public post's (Mastodon's are posts)
    LinkRule links = LinkRule::AsWritten;
    int charactersPerUrl = 23;             // what every link counts, unless links count as written
    bool mentionsCountByLocalPart = false; // "@anna@example.social" counts as "@anna" (Mastodon)
    MentionPrefixRule prefix = MentionPrefixRule::Handle;
    bool hasPrivateMessages = true;
    // Earshot knows how this network's replies are composed and counted: it is offered in the
    // window's network filter and may be used by scenarios. Others are only imported.
    bool repliesKnown = false;
    // Whether `id` has the shape of a post id this network gives (a connector checks what it got).
    bool (*isPostId)(QStringView id) = nullptr;
    LostReplyResend lostReply = LostReplyResend::PersonDecides;
    // SameKey: how long after a try the network still knows its key (a resend later could double).
    std::int64_t keyKeptMs = 0;

    // Whether a reply taken for sending `takenAgoMs` ago by a process that is gone can be queued
    // again by itself rather than wait for a person.
    bool resendsLostReply(std::int64_t takenAgoMs) const;

    int privateMessageLimit() const { return privateLimit > 0 ? privateLimit : replyLimit; }
    // These traits with what one account's server says of its limits laid over them.
    PlatformTraits withLimits(const AccountLimits &limits) const;
};

// Every network Earshot knows, in the order it lists them (X, Mastodon, Bluesky, Simulation
// first).
const std::vector<PlatformTraits> &allPlatforms();
// The network with this key, or nullptr.
const PlatformTraits *findPlatform(const QString &key);
// The network with this key; an unknown key gets generic rules (500 code points, "@handle "),
// with an empty key.
const PlatformTraits &platformTraits(const QString &key);
// Whether Earshot knows the network by this key ("mastodon", "x", ...).
bool isKnownPlatform(const QString &key);
// The name a person knows a network by ("x" -> "X", "bluesky" -> "Bluesky"); an unknown key as
// it is.
QString platformTitle(const QString &key);
// The keys of every network Earshot knows, in order.
QStringList knownPlatformKeys();
// The keys of the networks whose replies Earshot knows (repliesKnown), in order.
QStringList replyPlatformKeys();

} // namespace earshot
