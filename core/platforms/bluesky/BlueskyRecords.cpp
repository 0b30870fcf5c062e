// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskyRecords.h"
#include "json/JsonFields.h"

#include "Tr.h"
#include "json/JsonInput.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace earshot::bluesky {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

bool trueAt(const json &object, const char *key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

const json *objectAt(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? &*it : nullptr;
}

StrongRef refAt(const json &object, const char *key)
{
    const json *ref = objectAt(object, key);
    if (!ref)
        return {};
    return {jsonString(*ref, "uri"), jsonString(*ref, "cid")};
}

std::optional<json> parsed(const QByteArray &body, QString *problem)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), size_t(body.size())));
    if (!input.ok()) {
        if (problem)
            *problem = input.error->reason();
        return std::nullopt;
    }
    if (!input.value.is_object()) {
        if (problem)
            *problem = Tr::tr("not a JSON object");
        return std::nullopt;
    }
    return std::move(input.value);
}

bool isKeptReason(const QString &reason)
{
    return reason == u"mention"_s || reason == u"reply"_s || reason == u"quote"_s;
}

// The post of a notification as a Mention; nothing when what a mention needs is missing.
std::optional<HeardPost> readPost(const json &n, const QString &uri, std::int64_t indexedAtMs,
                                  const QString &account)
{
    const json *author = objectAt(n, "author");
    const json *record = objectAt(n, "record");
    if (!author || !record)
        return std::nullopt;
    const QString type = jsonString(*record, "$type");
    if (!type.isEmpty() && type != u"app.bsky.feed.post"_s)
        return std::nullopt;
    HeardPost heard;
    heard.indexedAtMs = indexedAtMs;
    Mention &m = heard.mention;
    m.platform = u"bluesky"_s;
    m.id = uri;
    m.author.id = jsonString(*author, "did");
    m.author.handle = jsonString(*author, "handle");
    m.author.name = jsonString(*author, "displayName");
    if (m.author.id.isEmpty() || m.author.handle.isEmpty())
        return std::nullopt;
    const auto text = record->find("text");
    if (text == record->end() || !text->is_string())
        return std::nullopt;
    m.text = QString::fromStdString(text->get<std::string>());
    m.createdAtMs = readTimestamp(jsonString(*record, "createdAt")).value_or(indexedAtMs);
    m.url = postWebUrl(m.author.handle, uri);
    const auto langs = record->find("langs");
    if (langs != record->end() && langs->is_array() && !langs->empty()
        && langs->front().is_string())
        m.lang = QString::fromStdString(langs->front().get<std::string>());
    if (const json *reply = objectAt(*record, "reply")) {
        m.inReplyTo = refAt(*reply, "parent").uri;
        m.conversationId = refAt(*reply, "root").uri;
    }
    if (m.conversationId.isEmpty())
        m.conversationId = uri;
    m.account = account;
    return heard;
}

constexpr char tidAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";

} // namespace

std::optional<Mention> mentionFromPostView(const json &view, const QString &account)
{
    if (!view.is_object())
        return std::nullopt;
    const QString uri = jsonString(view, "uri");
    if (uri.isEmpty())
        return std::nullopt;
    const std::int64_t indexedAt = readTimestamp(jsonString(view, "indexedAt")).value_or(0);
    auto heard = readPost(view, uri, indexedAt, account);
    if (!heard || heard->mention.createdAtMs == 0)
        return std::nullopt;
    return std::move(heard->mention);
}

std::optional<std::int64_t> readTimestamp(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        // More than three fraction digits ("…:00.123456Z"): keep the milliseconds.
        static const QRegularExpression fraction(u"\\.(\\d{3})\\d+"_s);
        QString shortened = text;
        shortened.replace(fraction, u".\\1"_s);
        time = QDateTime::fromString(shortened, Qt::ISODateWithMs);
    }
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

std::optional<NotificationPage> readNotificationPage(const QByteArray &body, const QString &account,
                                                     QString *problem)
{
    std::optional<json> doc = parsed(body, problem);
    if (!doc)
        return std::nullopt;
    const auto list = doc->find("notifications");
    if (list == doc->end() || !list->is_array()) {
        if (problem)
            *problem = Tr::tr("no list of notifications in it");
        return std::nullopt;
    }
    NotificationPage page;
    page.nextCursor = jsonString(*doc, "cursor");
    for (const json &n : *list) {
        NotificationItem item;
        item.uri = jsonString(n, "uri");
        const std::optional<std::int64_t> indexedAt = readTimestamp(jsonString(n, "indexedAt"));
        if (item.uri.isEmpty() || !indexedAt) {
            // Without a time and uri it cannot even be placed before or after the cursor.
            if (problem)
                *problem = Tr::tr("a notification without its uri or time");
            return std::nullopt;
        }
        item.indexedAtMs = *indexedAt;
        if (isKeptReason(jsonString(n, "reason"))) {
            item.post = readPost(n, item.uri, item.indexedAtMs, account);
            if (!item.post)
                ++page.skipped;
        }
        page.items.push_back(std::move(item));
    }
    return page;
}

std::optional<SearchPostsPage> readSearchPostsPage(const QByteArray &body, const QString &account,
                                                   QString *problem)
{
    std::optional<json> doc = parsed(body, problem);
    if (!doc)
        return std::nullopt;
    const auto list = doc->find("posts");
    if (list == doc->end() || !list->is_array()) {
        if (problem)
            *problem = Tr::tr("no list of posts in it");
        return std::nullopt;
    }
    SearchPostsPage page;
    page.nextCursor = jsonString(*doc, "cursor");
    for (const json &p : *list) {
        const QString uri = jsonString(p, "uri");
        const std::optional<std::int64_t> indexedAt = readTimestamp(jsonString(p, "indexedAt"));
        std::optional<HeardPost> post =
            uri.isEmpty() || !indexedAt ? std::nullopt : readPost(p, uri, *indexedAt, account);
        if (!post) {
            ++page.skipped;
            continue;
        }
        post->indexedAtMs = std::min(post->indexedAtMs, post->mention.createdAtMs);
        page.posts.push_back(std::move(*post));
    }
    return page;
}

QString recordKeyOf(const QString &uri)
{
    const qsizetype slash = uri.lastIndexOf(u'/');
    return slash < 0 ? QString() : uri.mid(slash + 1);
}

QString postWebUrl(const QString &handle, const QString &uri)
{
    const QString rkey = recordKeyOf(uri);
    if (handle.isEmpty() || rkey.isEmpty())
        return {};
    return u"https://bsky.app/profile/"_s + handle + u"/post/"_s + rkey;
}

bool FeedCursor::covers(std::int64_t ms, const QString &uri) const
{
    return ms < indexedAtMs || (ms == indexedAtMs && uris.contains(uri));
}

bool FeedCursor::coversChat(std::int64_t ms, const QString &id) const
{
    return ms < chatMs || (ms == chatMs && chatIds.contains(id));
}

namespace {

void advanceOne(std::int64_t ms, const QString &id, std::int64_t *at, QSet<QString> *ids)
{
    if (ms > *at) {
        *at = ms;
        ids->clear();
    }
    if (ms == *at)
        ids->insert(id);
}

QString sortedJoined(const QSet<QString> &set)
{
    QStringList sorted(set.begin(), set.end());
    sorted.sort();
    return sorted.join(u' ');
}

} // namespace

void FeedCursor::advance(std::int64_t ms, const QString &uri)
{
    advanceOne(ms, uri, &indexedAtMs, &uris);
}

void FeedCursor::advanceChat(std::int64_t ms, const QString &id)
{
    advanceOne(ms, id, &chatMs, &chatIds);
}

QString FeedCursor::toString() const
{
    QString text = u"v1 "_s + QString::number(indexedAtMs);
    if (!uris.isEmpty())
        text += u' ' + sortedJoined(uris);
    if (chatMs > 0) {
        text += u" dm "_s + QString::number(chatMs);
        if (!chatIds.isEmpty())
            text += u' ' + sortedJoined(chatIds);
    }
    return text;
}

std::optional<FeedCursor> FeedCursor::parse(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.first() != u"v1"_s)
        return std::nullopt;
    bool ok = false;
    FeedCursor cursor;
    cursor.indexedAtMs = parts.at(1).toLongLong(&ok);
    if (!ok || cursor.indexedAtMs < 0)
        return std::nullopt;
    qsizetype i = 2;
    for (; i < parts.size() && parts.at(i) != u"dm"_s; ++i)
        cursor.uris.insert(parts.at(i));
    if (i < parts.size()) { // "dm <ms> <id>..."
        if (i + 1 >= parts.size())
            return std::nullopt;
        cursor.chatMs = parts.at(i + 1).toLongLong(&ok);
        if (!ok || cursor.chatMs <= 0)
            return std::nullopt;
        for (i += 2; i < parts.size(); ++i)
            cursor.chatIds.insert(parts.at(i));
    }
    if (cursor.indexedAtMs == 0 && cursor.chatMs == 0)
        return std::nullopt;
    return cursor;
}

QString recordKeyFor(const QString &idempotencyKey)
{
    // 53 bits of microseconds and 10 of "clock id", both from a hash of the key, the top bit 0.
    // The time is kept between 2023 and mid-2027 so the key reads like any TID.
    const QByteArray digest = QCryptographicHash::hash(
        u"earshot-bluesky-rkey:"_s.append(idempotencyKey).toUtf8(), QCryptographicHash::Sha256);
    std::uint64_t h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | std::uint8_t(digest.at(i));
    constexpr std::uint64_t start2023Us = 1'672'531'200'000'000ULL;
    const std::uint64_t micros = start2023Us + ((h >> 10) % (std::uint64_t(1) << 47));
    std::uint64_t value = (micros << 10) | (h & 0x3FF);
    value &= ~(std::uint64_t(1) << 63);
    QString rkey(13, u'2');
    for (int i = 12; i >= 0; --i) {
        rkey[i] = QLatin1Char(tidAlphabet[value & 31]);
        value >>= 5;
    }
    return rkey;
}

bool isTidShaped(const QString &rkey)
{
    static const QRegularExpression tid(
        u"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"_s);
    return tid.match(rkey).hasMatch();
}

std::vector<HandleInText> findHandles(const QString &text)
{
    // As the Bluesky app's rich-text detection: "@" after the start, a space or "(", then a
    // domain-like handle; a dot ending a sentence is not part of it.
    static const QRegularExpression handle(
        u"(?:^|\\s|\\()@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"_s);
    std::vector<HandleInText> found;
    QRegularExpressionMatchIterator it = handle.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype at = match.capturedStart(1) - 1; // the "@"
        const qsizetype end = match.capturedEnd(1);
        HandleInText h;
        h.handle = match.captured(1);
        // Facets count UTF-8 bytes, not UTF-16 units: an emoji before the handle is 4 bytes.
        h.byteStart = int(QStringView(text).left(at).toUtf8().size());
        h.byteEnd = int(QStringView(text).left(end).toUtf8().size());
        found.push_back(h);
    }
    return found;
}

namespace {

json postRecord(const PostDraft &draft)
{
    json record = json::object();
    record["$type"] = "app.bsky.feed.post";
    record["text"] = draft.text.toStdString();
    record["createdAt"] = draft.createdAt.toStdString();
    if (!draft.parent.isEmpty()) {
        const StrongRef root = draft.root.isEmpty() ? draft.parent : draft.root;
        record["reply"] = {
            {"root", {{"uri", root.uri.toStdString()}, {"cid", root.cid.toStdString()}}},
            {"parent",
             {{"uri", draft.parent.uri.toStdString()}, {"cid", draft.parent.cid.toStdString()}}}};
    }
    if (!draft.langs.isEmpty()) {
        json langs = json::array();
        for (const QString &lang : draft.langs)
            langs.push_back(lang.toStdString());
        record["langs"] = langs;
    }
    if (!draft.facets.empty()) {
        json facets = json::array();
        for (const PostDraft::Facet &f : draft.facets) {
            facets.push_back(
                {{"index", {{"byteStart", f.byteStart}, {"byteEnd", f.byteEnd}}},
                 {"features", json::array({{{"$type", "app.bsky.richtext.facet#mention"},
                                            {"did", f.did.toStdString()}}})}});
        }
        record["facets"] = facets;
    }
    return record;
}

} // namespace

QByteArray postRecordJson(const PostDraft &draft)
{
    return QByteArray::fromStdString(postRecord(draft).dump());
}

QByteArray createRecordJson(const QString &repo, const QString &collection, const QString &rkey,
                            const PostDraft &draft)
{
    const json body = {{"repo", repo.toStdString()},
                       {"collection", collection.toStdString()},
                       {"rkey", rkey.toStdString()},
                       {"record", postRecord(draft)}};
    return QByteArray::fromStdString(body.dump());
}

XrpcError readXrpcError(const QByteArray &body)
{
    std::optional<json> doc = parsed(body, nullptr);
    if (!doc)
        return {};
    return {jsonString(*doc, "error"), jsonString(*doc, "message")};
}

QByteArray signInJson(const QString &handle, const QString &password)
{
    return QByteArray::fromStdString(
        json{{"identifier", handle.toStdString()}, {"password", password.toStdString()}}.dump());
}

std::optional<SessionTokens> readSessionTokens(const QByteArray &body)
{
    std::optional<json> doc = parsed(body, nullptr);
    if (!doc)
        return std::nullopt;
    SessionTokens tokens{jsonString(*doc, "accessJwt"), jsonString(*doc, "refreshJwt"),
                         jsonString(*doc, "did")};
    if (tokens.accessJwt.isEmpty())
        return std::nullopt;
    return tokens;
}

QString readStringField(const QByteArray &body, const char *key)
{
    std::optional<json> doc = parsed(body, nullptr);
    return doc ? jsonString(*doc, key) : QString();
}

std::optional<PostRefs> readPostRefs(const QByteArray &body, const QString &uri, QString *problem)
{
    std::optional<json> doc = parsed(body, problem);
    if (!doc)
        return std::nullopt;
    const auto posts = doc->find("posts");
    if (posts == doc->end() || !posts->is_array()) {
        if (problem)
            *problem = Tr::tr("no list of posts in it");
        return std::nullopt;
    }
    PostRefs refs;
    for (const json &post : *posts) {
        if (jsonString(post, "uri") != uri)
            continue;
        refs.post = {uri, jsonString(post, "cid")};
        if (const json *record = objectAt(post, "record")) {
            if (const json *reply = objectAt(*record, "reply"))
                refs.root = refAt(*reply, "root");
        }
        if (refs.root.isEmpty())
            refs.root = refs.post;
        if (const json *viewer = objectAt(post, "viewer"))
            refs.replyDisabled = trueAt(*viewer, "replyDisabled");
        if (const json *author = objectAt(post, "author")) {
            if (const json *viewer = objectAt(*author, "viewer"))
                refs.blocked =
                    trueAt(*viewer, "blockedBy") || !jsonString(*viewer, "blocking").isEmpty();
        }
        break;
    }
    return refs;
}

std::optional<ConvoPage> readConvoPage(const QByteArray &body, QString *problem)
{
    std::optional<json> doc = parsed(body, problem);
    if (!doc)
        return std::nullopt;
    const auto list = doc->find("convos");
    if (list == doc->end() || !list->is_array()) {
        if (problem)
            *problem = Tr::tr("no list of conversations in it");
        return std::nullopt;
    }
    ConvoPage page;
    page.nextCursor = jsonString(*doc, "cursor");
    for (const json &c : *list) {
        ConvoItem convo;
        convo.id = jsonString(c, "id");
        if (convo.id.isEmpty())
            continue;
        if (const json *last = objectAt(c, "lastMessage"))
            convo.lastSentMs = readTimestamp(jsonString(*last, "sentAt")).value_or(0);
        const auto members = c.find("members");
        if (members != c.end() && members->is_array()) {
            for (const json &m : *members) {
                MentionAuthor author;
                author.id = jsonString(m, "did");
                author.handle = jsonString(m, "handle");
                author.name = jsonString(m, "displayName");
                if (!author.id.isEmpty())
                    convo.members.push_back(author);
            }
        }
        page.convos.push_back(std::move(convo));
    }
    return page;
}

std::optional<MessagePage> readMessagePage(const QByteArray &body, QString *problem)
{
    std::optional<json> doc = parsed(body, problem);
    if (!doc)
        return std::nullopt;
    const auto list = doc->find("messages");
    if (list == doc->end() || !list->is_array()) {
        if (problem)
            *problem = Tr::tr("no list of messages in it");
        return std::nullopt;
    }
    MessagePage page;
    page.nextCursor = jsonString(*doc, "cursor");
    for (const json &m : *list) {
        ChatMessage message;
        message.id = jsonString(m, "id");
        const std::optional<std::int64_t> sent = readTimestamp(jsonString(m, "sentAt"));
        if (message.id.isEmpty() || !sent) {
            if (problem)
                *problem = Tr::tr("a message without its id or time");
            return std::nullopt;
        }
        message.sentAtMs = *sent;
        if (page.oldestMs == 0 || *sent < page.oldestMs)
            page.oldestMs = *sent;
        if (const json *sender = objectAt(m, "sender"))
            message.senderDid = jsonString(*sender, "did");
        const auto text = m.find("text");
        const QString type = jsonString(m, "$type");
        if (text == m.end() || !text->is_string() || type.endsWith(u"#deletedMessageView"_s)) {
            continue; // deleted: nothing to hear
        }
        message.text = QString::fromStdString(text->get<std::string>());
        page.messages.push_back(std::move(message));
    }
    return page;
}

QString chatMentionId(const QString &convoId, const QString &messageId)
{
    return u"chat:"_s + convoId + u':' + messageId;
}

QByteArray sendMessageJson(const QString &convoId, const QString &text)
{
    return QByteArray::fromStdString(json{
        {"convoId", convoId.toStdString()},
        {"message",
         {{"text", text.toStdString()}}}}.dump());
}

QString readConvoId(const QByteArray &body)
{
    std::optional<json> doc = parsed(body, nullptr);
    if (!doc)
        return {};
    const json *convo = objectAt(*doc, "convo");
    return convo ? jsonString(*convo, "id") : QString();
}

} // namespace earshot::bluesky
