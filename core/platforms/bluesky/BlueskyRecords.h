// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <vector>

// What Earshot reads from Bluesky's answers and writes into its records, without any HTTP: the
// reader of app.bsky.notification.listNotifications, the feed's cursor,
//, record keys and mention facets. Every reader takes the answer's bytes and never throws.
namespace earshot::bluesky {

// A post, as a reply names what it answers.
struct StrongRef {
    QString uri;
    QString cid;
    bool isEmpty() const { return uri.isEmpty() || cid.isEmpty(); }
};

// One notification of listNotifications that Earshot keeps (mention, reply, quote), already a
// Mention; `indexedAtMs` orders it for the cursor.
struct HeardPost {
    Mention mention;
    std::int64_t indexedAtMs = 0; // for a direct message: when it was sent
    bool isChat = false;          // a direct message (chat.bsky.convo), not a post
};

// One notification as listNotifications gives it, whatever its reason.
struct NotificationItem {
    QString uri;
    std::int64_t indexedAtMs = 0;
    std::optional<HeardPost> post; // set for a mention, reply or quote that could be read
};

// One page of listNotifications.
struct NotificationPage {
    std::vector<NotificationItem> items; // newest first, as the server lists them
    QString nextCursor;                  // the server's paging cursor; empty on the last page
    int skipped = 0; // notifications Earshot keeps that could not be read (no text, no author)
};

// Reads one page; nothing (and the reason in words in `problem`) when the body is not JSON or not
// shaped like the documentation (no "notifications" array). `account` is the brand's handle.
std::optional<NotificationPage> readNotificationPage(const QByteArray &body, const QString &account,
                                                     QString *problem);

// One page of app.bsky.feed.searchPosts: the posts (postViews) newest first, the paging cursor.
struct SearchPostsPage {
    std::vector<HeardPost> posts; // indexedAtMs: the post's sort time (the earlier of indexedAt
                                  // and its createdAt, as the search sorts)
    QString nextCursor;
    int skipped = 0; // posts without what a mention needs
};
std::optional<SearchPostsPage> readSearchPostsPage(const QByteArray &body, const QString &account,
                                                   QString *problem);

// https://bsky.app/profile/<handle>/post/<rkey> for an at:// uri.
QString postWebUrl(const QString &handle, const QString &uri);
// The record key: the last segment of an at:// uri.
QString recordKeyOf(const QString &uri);

// Where the feed stands: the newest indexedAt heard, and the uris heard at exactly that time (two
// notifications can share a millisecond); the same for direct messages (their sentAt and ids).
// Written "v1 <ms> [<uri>...]" and, once a direct message was heard, " dm <ms> <id>...".
struct FeedCursor {
    std::int64_t indexedAtMs = 0;
    QSet<QString> uris;
    std::int64_t chatMs = 0;
    QSet<QString> chatIds;

    bool isEmpty() const { return indexedAtMs == 0 && uris.isEmpty(); }
    // Heard already: older than the cursor, or at its time and among its uris (or ids).
    bool covers(std::int64_t ms, const QString &uri) const;
    bool coversChat(std::int64_t ms, const QString &id) const;
    // Moves on to include this notification (or direct message).
    void advance(std::int64_t ms, const QString &uri);
    void advanceChat(std::int64_t ms, const QString &id);
    QString toString() const;
    // Nothing for an empty or unreadable cursor (the feed then starts from the backfill).
    static std::optional<FeedCursor> parse(const QString &text);
};

// A record key shaped as a TID (13 characters of base32-sortable, the first below 'k'), the same
// for the same idempotency key every time, so a reply tried again is written under the same key.
QString recordKeyFor(const QString &idempotencyKey);
bool isTidShaped(const QString &rkey);

// One "@handle" in a text, with its UTF-8 byte range (what a facet's index counts).
struct HandleInText {
    QString handle; // without "@"
    int byteStart = 0;
    int byteEnd = 0;
};

// The @handles of a text (a handle has at least one dot: "@anna.bsky.social"), as Bluesky's own
// clients find them: after the start, a space or "(".
std::vector<HandleInText> findHandles(const QString &text);

// The post record of a reply (or a new post when `parent` is empty).
struct PostDraft {
    QString text;
    QString createdAt; // ISO 8601 with milliseconds, UTC
    StrongRef root;
    StrongRef parent;
    QStringList langs;
    // Resolved mentions: the range of the "@handle" and the DID it names.
    struct Facet {
        int byteStart = 0;
        int byteEnd = 0;
        QString did;
    };
    std::vector<Facet> facets;
};

// The app.bsky.feed.post record as JSON.
QByteArray postRecordJson(const PostDraft &draft);
// com.atproto.repo.createRecord's body: {repo, collection, rkey, record}.
QByteArray createRecordJson(const QString &repo, const QString &collection, const QString &rkey,
                            const PostDraft &draft);

// What an XRPC error body names: {"error": "ExpiredToken", "message": "..."}.
struct XrpcError {
    QString error;
    QString message;
};
XrpcError readXrpcError(const QByteArray &body);

// The tokens of createSession or refreshSession; nothing when the answer lacks the access token.
struct SessionTokens {
    QString accessJwt;
    QString refreshJwt;
    QString did;
};
// createSession's body: {"identifier": handle, "password": app password}.
QByteArray signInJson(const QString &handle, const QString &password);
std::optional<SessionTokens> readSessionTokens(const QByteArray &body);

// One string field of a JSON object answer ("did" of resolveHandle, "uri" of createRecord and
// getRecord); empty when absent or unreadable.
QString readStringField(const QByteArray &body, const char *key);

// A PostView (app.bsky.feed.defs#postView: getPosts, getPostThread) as a Mention heard on
// `account`; nothing when what a mention needs is missing.
std::optional<Mention> mentionFromPostView(const nlohmann::json &view, const QString &account);

// The "cid" (and the reply's root) of a post from app.bsky.feed.getPosts.
struct PostRefs {
    StrongRef post;
    StrongRef root;             // the post's own when it is not a reply
    bool replyDisabled = false; // the thread's gate does not let the account reply
    bool blocked = false;       // its author blocks the account, or the account blocks them
};
// Nothing when the answer is unreadable; an empty `post` when the post is not in it.
std::optional<PostRefs> readPostRefs(const QByteArray &body, const QString &uri, QString *problem);

// Direct messages (chat.bsky.convo, through the PDS with the atproto-proxy header) -----------

// One conversation of listConvos: its id, when its last message was sent, and its members.
struct ConvoItem {
    QString id;
    std::int64_t lastSentMs = 0; // 0: no message, or none readable
    std::vector<MentionAuthor> members;
};
struct ConvoPage {
    std::vector<ConvoItem> convos; // most recently active first
    QString nextCursor;
};
std::optional<ConvoPage> readConvoPage(const QByteArray &body, QString *problem);

// One message of getMessages (newest first); deleted messages are left out.
struct ChatMessage {
    QString id;
    QString text;
    QString senderDid;
    std::int64_t sentAtMs = 0;
};
struct MessagePage {
    std::vector<ChatMessage> messages;
    QString nextCursor;
    std::int64_t oldestMs = 0; // of every message on the page, deleted ones too (for paging)
};
std::optional<MessagePage> readMessagePage(const QByteArray &body, QString *problem);

// The id Earshot gives a direct message: "chat:<convo id>:<message id>".
QString chatMentionId(const QString &convoId, const QString &messageId);

// sendMessage's body: {"convoId": …, "message": {"text": …}}.
QByteArray sendMessageJson(const QString &convoId, const QString &text);
// The convo id of getConvoForMembers ({"convo": {"id": …}}); empty when unreadable.
QString readConvoId(const QByteArray &body);

// A timestamp as UTC milliseconds (ISO 8601, any number of fraction digits); nothing if unreadable.
std::optional<std::int64_t> readTimestamp(const QString &text);

} // namespace earshot::bluesky
