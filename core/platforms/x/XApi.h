// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"
#include "ingest/PostChange.h"
#include "net/HttpRequest.h"
#include "net/HttpResult.h"
#include "net/RetryPolicy.h"
#include "platforms/x/XTokens.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace earshot {

// How one X account is reached, shared by its connector and its sender.
struct XApiSettings {
    QUrl baseUrl;  // https://api.x.com, or a test server on loopback
    QString token; // the user-context OAuth 2.0 bearer token; memory only
    // Set for an account signed in with OAuth 2.0: its tokens, shared by connector and sender and
    // renewed in place; then `token` is not used.
    std::shared_ptr<XCredentials> credentials;
    QString accountKey; // whose requests they are for core/net's pauses ("x:@brand")
    QString handle;     // the brand's handle, without @
    std::chrono::milliseconds readTimeout{30'000};
    RetryPolicy retry;

    // A request to `path` (starting with /2/) with the token on it.
    HttpRequest request(const QByteArray &method, const QString &path,
                        const QUrlQuery &query = {}) const;
};

// The account's own user id, learned once from GET /2/users/me and shared by connector and
// sender.
struct XUserId {
    QString id;
};

// One page of GET /2/users/:id/mentions (or of GET /2/tweets/search/recent, the same shape).
struct XMentionsPage {
    std::vector<Mention> mentions;
    // An edited post comes as its newest version with edit_history_tweet_ids (the original id
    // first): its mention keeps the original's id, so it is one post however often it is edited,
    // and the newest text comes as an edit of it too (the ingest keeps a revision only when that
    // text differs from what it holds).
    std::vector<PostChange> edits;
    QString newestId;             // meta.newest_id; empty when the page is empty
    QString nextToken;            // meta.next_token; empty on the last page
    std::vector<QString> userIds; // includes.users (X bills each user it returns)
};

// The fields every read of posts asks for (mentions, a conversation): the post's thread, what it
// answers, its language and edit history, and its author's name and followers.
void addPostFields(QUrlQuery &query);

// An X problem answer (RFC 7807-like: title, detail, type), for a person.
struct XProblem {
    QString title;
    QString detail;
    QString type;
};

// Reads a mentions page; nothing when the body is not the documented shape (malformed,
// truncated). `brand` is the account's handle each mention is heard on.
std::optional<XMentionsPage> readMentionsPage(const QByteArray &body, const QString &brand);
// GET /2/tweets?ids=…: the ids X returned, and those it says it could not find (deleted, or never
// there: "Could not find tweet", a resource-not-found problem in `errors`).
struct XLookup {
    std::vector<QString> found;
    std::vector<QString> notFound;
};
std::optional<XLookup> readTweetLookup(const QByteArray &body);
// GET /2/users/:id with user.fields description, public_metrics, verified: a profile.
std::optional<ProfileUpdate> readUserProfile(const QByteArray &body);

// data.id of GET /2/users/me, or of POST /2/tweets; empty when unreadable.
QString readDataId(const QByteArray &body);
// data.dm_event_id of POST /2/dm_conversations/with/:id/messages; empty when unreadable.
QString readDmEventId(const QByteArray &body);
// The problem an error answer carries (empty fields when it carries none).
XProblem readProblem(const QByteArray &body);
// HTTP 402, or X's "CreditsDepleted" problem: the account's pay-per-use credits are used up.
bool isCreditsDepleted(const HttpResult &result);

// A post or message of the account found among its recent ones.
struct XRecentItem {
    QString id;
    QString text;
    QString inReplyTo;            // referenced_tweets[type=replied_to].id; for a message, empty
    QString senderId;             // for a message: sender_id
    std::int64_t createdAtMs = 0; // 0 when X did not say
};
// One page of GET /2/users/:id/tweets or of GET /2/dm_conversations/with/:id/dm_events.
struct XRecentPage {
    std::vector<XRecentItem> items;
    QString nextToken; // meta.next_token; empty on the last page
};
// Nothing when unreadable.
std::optional<XRecentPage> readRecentItems(const QByteArray &body);

// One page of GET /2/dm_events: the account's direct messages, newest first.
struct XDmPage {
    // Every MessageCreate event on the page, the brand's own included (each is paid for).
    struct Event {
        QString id;
        QString text;
        QString senderId;
        QString conversationId;
        std::int64_t createdAtMs = 0;
    };
    std::vector<Event> events;
    QString nextToken; // meta.next_token; empty on the last page
    struct User {
        QString username;
        QString name;
        std::optional<std::int64_t> followers;
    };
    QHash<QString, User> users;   // includes.users by id
    std::vector<QString> userIds; // includes.users (X bills each user it returns)
};
// Nothing when the body is not the documented shape (malformed, truncated, an event without id,
// sender or time).
std::optional<XDmPage> readDmPage(const QByteArray &body);
// Where one X account's feed stands: the newest mention heard (since_id of the next read) and the
// newest direct message event heard. Written "<mention id>" as before direct messages were read,
// and "<mention id> dm <event id>" once one was; either part may be empty.
struct XFeedCursor {
    QString mentions;
    QString dm;

    QString toString() const;
    static XFeedCursor parse(const QString &text);
};

// Whether X id `a` is newer than `b` (ids are numbers that grow with time; compared as
// numbers, since X's ids are not all of one length).
bool isNewerXId(const QString &a, const QString &b);

// Whether `posted` (as X shows it, links shortened to t.co) is the text Earshot sent.
bool sameTextAsSent(const QString &posted, const QString &sent);

} // namespace earshot
