// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XApi.h"
#include "json/JsonFields.h"

#include "platforms/PlatformTraits.h"
#include "json/JsonInput.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace earshot {

using namespace Qt::StringLiterals;
using nlohmann::json;

HttpRequest XApiSettings::request(const QByteArray &method, const QString &path,
                                  const QUrlQuery &query) const
{
    HttpRequest r = HttpRequest::toApi(method, baseUrl, path, query);
    const QString bearer = credentials ? credentials->tokens.accessToken : token;
    r.headers.set("Authorization", "Bearer " + bearer.toUtf8());
    r.account = accountKey;
    r.readTimeout = readTimeout;
    r.retry = retry;
    return r;
}

namespace {

std::optional<json> parse(const QByteArray &body)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), std::size_t(body.size())));
    if (!input.ok() || !input.value.is_object())
        return std::nullopt;
    return std::move(input.value);
}

// X writes &, < and > in a post's text as HTML entities; Earshot keeps plain text.
QString plainText(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

QString repliedTo(const json &tweet)
{
    const auto refs = tweet.find("referenced_tweets");
    if (refs == tweet.end() || !refs->is_array())
        return {};
    for (const json &ref : *refs) {
        if (jsonString(ref, "type") == u"replied_to"_s)
            return jsonString(ref, "id");
    }
    return {};
}

} // namespace

void addPostFields(QUrlQuery &query)
{
    query.addQueryItem(u"tweet.fields"_s, u"created_at,conversation_id,in_reply_to_user_id,"
                                          "referenced_tweets,lang,author_id,"
                                          "edit_history_tweet_ids"_s);
    query.addQueryItem(u"expansions"_s, u"author_id"_s);
    query.addQueryItem(u"user.fields"_s, u"username,name,public_metrics"_s);
}

std::optional<XMentionsPage> readMentionsPage(const QByteArray &body, const QString &brand)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return std::nullopt;
    const auto meta = doc->find("meta");
    if (meta == doc->end() || !meta->is_object())
        return std::nullopt; // every answer of the endpoint has meta, even an empty one

    XMentionsPage page;
    page.newestId = jsonString(*meta, "newest_id");
    page.nextToken = jsonString(*meta, "next_token");

    struct User {
        QString username;
        QString name;
        std::optional<std::int64_t> followers;
    };
    QHash<QString, User> users;
    const auto includes = doc->find("includes");
    if (includes != doc->end() && includes->is_object()) {
        const auto list = includes->find("users");
        if (list != includes->end() && list->is_array()) {
            for (const json &u : *list) {
                User user{jsonString(u, "username"), jsonString(u, "name"), std::nullopt};
                const auto metrics = u.find("public_metrics");
                if (metrics != u.end() && metrics->is_object()) {
                    const auto f = metrics->find("followers_count");
                    if (f != metrics->end() && f->is_number_integer())
                        user.followers = f->get<std::int64_t>();
                }
                users.insert(jsonString(u, "id"), user);
                page.userIds.push_back(jsonString(u, "id"));
            }
        }
    }

    const auto data = doc->find("data");
    if (data == doc->end())
        return page; // result_count 0: no data at all
    if (!data->is_array())
        return std::nullopt;
    const PlatformTraits &traits = platformTraits(u"x"_s);
    for (const json &tweet : *data) {
        Mention m;
        m.platform = u"x"_s;
        m.id = jsonString(tweet, "id");
        m.text = plainText(jsonString(tweet, "text"));
        m.author.id = jsonString(tweet, "author_id");
        const QDateTime created =
            QDateTime::fromString(jsonString(tweet, "created_at"), Qt::ISODateWithMs);
        if (m.id.isEmpty() || m.author.id.isEmpty() || !created.isValid()
            || (traits.isPostId && !traits.isPostId(m.id)))
            return std::nullopt;
        m.createdAtMs = created.toMSecsSinceEpoch();
        // An edited post: its identity is the original's (the first of its edit history).
        const auto history = tweet.find("edit_history_tweet_ids");
        if (history != tweet.end() && history->is_array() && history->size() > 1
            && history->front().is_string()) {
            const QString original = QString::fromStdString(history->front().get<std::string>());
            if (!original.isEmpty() && original != m.id
                && (!traits.isPostId || traits.isPostId(original))) {
                page.edits.push_back(
                    {PostChange::Kind::Edited, u"x"_s, original, m.text, m.createdAtMs});
                m.id = original;
            }
        }
        const User user = users.value(m.author.id);
        if (user.username.isEmpty())
            return std::nullopt; // expansions=author_id always includes the author
        m.author.handle = user.username;
        m.author.name = user.name;
        m.author.followers = user.followers;
        m.url = u"https://x.com/"_s + user.username + u"/status/"_s + jsonString(tweet, "id");
        m.lang = jsonString(tweet, "lang");
        m.inReplyTo = repliedTo(tweet);
        m.conversationId = jsonString(tweet, "conversation_id");
        m.account = brand;
        page.mentions.push_back(std::move(m));
    }
    if (!page.mentions.empty() && page.newestId.isEmpty())
        return std::nullopt;
    return page;
}

std::optional<XLookup> readTweetLookup(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return std::nullopt;
    XLookup lookup;
    const auto data = doc->find("data");
    if (data != doc->end()) {
        if (!data->is_array())
            return std::nullopt;
        for (const json &tweet : *data)
            lookup.found.push_back(jsonString(tweet, "id"));
    }
    const auto errors = doc->find("errors");
    if (errors != doc->end() && errors->is_array()) {
        for (const json &error : *errors) {
            const QString type = jsonString(error, "type");
            const QString title = jsonString(error, "title");
            const QString detail = jsonString(error, "detail");
            const bool notFound = type.endsWith(u"/resource-not-found"_s)
                                  || title == u"Not Found Error"_s
                                  || detail.startsWith(u"Could not find tweet"_s);
            const QString id = jsonString(error, "resource_id").isEmpty()
                                   ? jsonString(error, "value")
                                   : jsonString(error, "resource_id");
            if (notFound && !id.isEmpty())
                lookup.notFound.push_back(id);
        }
    }
    if (data == doc->end() && lookup.notFound.empty() && errors == doc->end())
        return std::nullopt;
    return lookup;
}

std::optional<ProfileUpdate> readUserProfile(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return std::nullopt;
    const auto data = doc->find("data");
    if (data == doc->end() || !data->is_object())
        return std::nullopt;
    ProfileUpdate profile;
    profile.platform = u"x"_s;
    profile.userId = jsonString(*data, "id");
    profile.handle = jsonString(*data, "username");
    profile.name = jsonString(*data, "name");
    profile.bio = plainText(jsonString(*data, "description"));
    const auto metrics = data->find("public_metrics");
    if (metrics != data->end() && metrics->is_object()) {
        const auto f = metrics->find("followers_count");
        if (f != metrics->end() && f->is_number_integer())
            profile.followers = f->get<std::int64_t>();
    }
    const auto verified = data->find("verified");
    if (verified != data->end() && verified->is_boolean())
        profile.verified = verified->get<bool>();
    if (profile.userId.isEmpty() || profile.handle.isEmpty())
        return std::nullopt;
    return profile;
}

QString readDataId(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return {};
    const auto data = doc->find("data");
    return data == doc->end() ? QString() : jsonString(*data, "id");
}

QString readDmEventId(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return {};
    const auto data = doc->find("data");
    return data == doc->end() ? QString() : jsonString(*data, "dm_event_id");
}

XProblem readProblem(const QByteArray &body)
{
    XProblem problem;
    const std::optional<json> doc = parse(body);
    if (!doc)
        return problem;
    problem.title = jsonString(*doc, "title");
    problem.detail = jsonString(*doc, "detail");
    problem.type = jsonString(*doc, "type");
    // Older answers carry {"errors":[{"message": ...}]}.
    const auto errors = doc->find("errors");
    if (problem.detail.isEmpty() && errors != doc->end() && errors->is_array()
        && !errors->empty()) {
        problem.detail = jsonString(errors->front(), "detail");
        if (problem.detail.isEmpty())
            problem.detail = jsonString(errors->front(), "message");
    }
    return problem;
}

bool isCreditsDepleted(const HttpResult &result)
{
    if (result.status == 402)
        return true;
    if (result.status < 400)
        return false;
    const XProblem problem = readProblem(result.body);
    return problem.title.contains(u"CreditsDepleted"_s, Qt::CaseInsensitive)
           || problem.type.endsWith(u"/credits"_s);
}

std::optional<XRecentPage> readRecentItems(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return std::nullopt;
    XRecentPage page;
    const auto meta = doc->find("meta");
    if (meta != doc->end() && meta->is_object())
        page.nextToken = jsonString(*meta, "next_token");
    const auto data = doc->find("data");
    if (data == doc->end()) {
        if (meta == doc->end())
            return std::nullopt;
        return page;
    }
    if (!data->is_array())
        return std::nullopt;
    for (const json &item : *data) {
        const QDateTime created =
            QDateTime::fromString(jsonString(item, "created_at"), Qt::ISODateWithMs);
        page.items.push_back({jsonString(item, "id"), plainText(jsonString(item, "text")),
                              repliedTo(item), jsonString(item, "sender_id"),
                              created.isValid() ? created.toMSecsSinceEpoch() : 0});
    }
    return page;
}

std::optional<XDmPage> readDmPage(const QByteArray &body)
{
    const std::optional<json> doc = parse(body);
    if (!doc)
        return std::nullopt;
    const auto meta = doc->find("meta");
    if (meta == doc->end() || !meta->is_object())
        return std::nullopt; // every answer of the endpoint has meta, even an empty one
    XDmPage page;
    page.nextToken = jsonString(*meta, "next_token");
    const auto includes = doc->find("includes");
    if (includes != doc->end() && includes->is_object()) {
        const auto list = includes->find("users");
        if (list != includes->end() && list->is_array()) {
            for (const json &u : *list) {
                XDmPage::User user{jsonString(u, "username"), jsonString(u, "name"), std::nullopt};
                const auto metrics = u.find("public_metrics");
                if (metrics != u.end() && metrics->is_object()) {
                    const auto f = metrics->find("followers_count");
                    if (f != metrics->end() && f->is_number_integer())
                        user.followers = f->get<std::int64_t>();
                }
                page.users.insert(jsonString(u, "id"), user);
                page.userIds.push_back(jsonString(u, "id"));
            }
        }
    }
    const auto data = doc->find("data");
    if (data == doc->end())
        return page; // result_count 0
    if (!data->is_array())
        return std::nullopt;
    for (const json &event : *data) {
        if (jsonString(event, "event_type") != u"MessageCreate"_s)
            continue; // ParticipantsJoin, ParticipantsLeave
        XDmPage::Event e;
        e.id = jsonString(event, "id");
        e.text = plainText(jsonString(event, "text"));
        e.senderId = jsonString(event, "sender_id");
        e.conversationId = jsonString(event, "dm_conversation_id");
        const QDateTime created =
            QDateTime::fromString(jsonString(event, "created_at"), Qt::ISODateWithMs);
        if (e.id.isEmpty() || e.senderId.isEmpty() || !created.isValid())
            return std::nullopt;
        e.createdAtMs = created.toMSecsSinceEpoch();
        page.events.push_back(std::move(e));
    }
    return page;
}

QString XFeedCursor::toString() const
{
    if (dm.isEmpty())
        return mentions;
    return (mentions.isEmpty() ? u"-"_s : mentions) + u" dm "_s + dm;
}

XFeedCursor XFeedCursor::parse(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    XFeedCursor cursor;
    if (parts.isEmpty())
        return cursor;
    if (parts.first() != u"-"_s)
        cursor.mentions = parts.first();
    if (parts.size() == 3 && parts.at(1) == u"dm"_s)
        cursor.dm = parts.at(2);
    return cursor;
}

bool isNewerXId(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() > b.size();
    return a > b;
}

bool sameTextAsSent(const QString &posted, const QString &sent)
{
    if (posted.trimmed() == sent.trimmed())
        return true;
    // X shortens every link to t.co: compare the words around the links.
    static const QRegularExpression links(u"\\S+\\.\\S+/\\S*|https?://\\S+"_s);
    QString a = posted;
    QString b = sent;
    a.remove(links);
    b.remove(links);
    return a.simplified() == b.simplified() && !a.simplified().isEmpty();
}

} // namespace earshot
