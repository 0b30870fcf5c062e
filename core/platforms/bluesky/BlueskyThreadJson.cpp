// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskyThreadJson.h"

#include "platforms/bluesky/BlueskyRecords.h"
#include "json/JsonFields.h"
#include "json/JsonInput.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace earshot::bluesky {

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

std::optional<json> parsedObject(const QByteArray &body, QString *problem)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), size_t(body.size())));
    if (!input.ok()) {
        *problem = input.error->reason();
        return std::nullopt;
    }
    if (!input.value.is_object()) {
        *problem = u"not a JSON object"_s;
        return std::nullopt;
    }
    return std::move(input.value);
}

// Walks a thread node (ThreadViewPost, NotFoundPost, BlockedPost) and what hangs on it; `depth`
// keeps a hostile answer from recursing without end.
void walk(const json &node, const QString &account, ThreadRead &out, int depth)
{
    if (!node.is_object() || depth > 200)
        return;
    const QString type = jsonString(node, "$type");
    const QString uri = jsonString(node, "uri");
    if (type.endsWith(u"#notFoundPost") || node.value("notFound", false)) {
        if (!uri.isEmpty() && !out.seen.contains(uri)) {
            out.seen.insert(uri);
            out.gone.push_back(uri);
        }
        return;
    }
    if (type.endsWith(u"#blockedPost") || node.value("blocked", false)) {
        if (!uri.isEmpty())
            out.seen.insert(uri);
        return;
    }
    const auto post = node.find("post");
    if (post != node.end() && post->is_object()) {
        const QString postUri = jsonString(*post, "uri");
        if (!postUri.isEmpty() && !out.seen.contains(postUri)) {
            out.seen.insert(postUri);
            if (auto m = mentionFromPostView(*post, account))
                out.posts.push_back(std::move(*m));
        }
    }
    const auto parent = node.find("parent");
    if (parent != node.end())
        walk(*parent, account, out, depth + 1);
    const auto replies = node.find("replies");
    if (replies != node.end() && replies->is_array()) {
        for (const json &reply : *replies)
            walk(reply, account, out, depth + 1);
    }
}

} // namespace

std::optional<ThreadRead> readThread(const QByteArray &body, const QString &account,
                                     QString *problem)
{
    const auto doc = parsedObject(body, problem);
    if (!doc)
        return std::nullopt;
    const auto thread = doc->find("thread");
    if (thread == doc->end() || !thread->is_object()) {
        *problem = u"the answer has no thread"_s;
        return std::nullopt;
    }
    ThreadRead out;
    walk(*thread, account, out, 0);
    return out;
}

std::optional<QSet<QString>> readPostUris(const QByteArray &body, QString *problem)
{
    const auto doc = parsedObject(body, problem);
    if (!doc)
        return std::nullopt;
    const auto posts = doc->find("posts");
    if (posts == doc->end() || !posts->is_array()) {
        *problem = u"the answer has no list of posts"_s;
        return std::nullopt;
    }
    QSet<QString> uris;
    for (const json &post : *posts) {
        if (post.is_object())
            uris.insert(jsonString(post, "uri"));
    }
    return uris;
}

std::optional<ProfileUpdate> readProfile(const QByteArray &body, QString *problem)
{
    const auto doc = parsedObject(body, problem);
    if (!doc)
        return std::nullopt;
    ProfileUpdate profile;
    profile.platform = u"bluesky"_s;
    profile.userId = jsonString(*doc, "did");
    profile.handle = jsonString(*doc, "handle");
    profile.name = jsonString(*doc, "displayName");
    profile.bio = jsonString(*doc, "description");
    const auto followers = doc->find("followersCount");
    if (followers != doc->end() && followers->is_number_integer())
        profile.followers = followers->get<std::int64_t>();
    const auto verification = doc->find("verification");
    if (verification != doc->end() && verification->is_object()) {
        const QString status = jsonString(*verification, "verifiedStatus");
        if (!status.isEmpty())
            profile.verified = status == u"valid";
    }
    if (profile.userId.isEmpty() || profile.handle.isEmpty()) {
        *problem = u"the profile lacks its did or handle"_s;
        return std::nullopt;
    }
    return profile;
}

} // namespace earshot::bluesky
