// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonJson.h"

#include "platforms/mastodon/MastodonText.h"
#include "json/JsonInput.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <string_view>

namespace earshot {

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

// Mastodon sends ids as strings; a server that sends numbers is read too.
QString idOf(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it != object.end() && it->is_number_integer())
        return QString::number(it->get<std::int64_t>());
    return text(object, key);
}

std::optional<std::int64_t> integer(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<std::int64_t>();
    if (it->is_number_float() && std::isfinite(it->get<double>()))
        return std::int64_t(it->get<double>());
    return std::nullopt;
}

std::optional<json> parse(const QByteArray &body, QString *problem)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), std::size_t(body.size())));
    if (!input.ok()) {
        *problem = input.error->reason();
        return std::nullopt;
    }
    return std::move(input.value);
}

std::optional<MastodonStatus> statusFrom(const json &j, QString *problem)
{
    if (!j.is_object()) {
        *problem = u"a status is not an object"_s;
        return std::nullopt;
    }
    MastodonStatus s;
    s.id = idOf(j, "id");
    s.uri = text(j, "uri");
    s.url = text(j, "url");
    s.content = text(j, "content");
    s.visibility = text(j, "visibility");
    s.language = text(j, "language");
    s.inReplyToId = idOf(j, "in_reply_to_id");
    const QDateTime created = QDateTime::fromString(text(j, "created_at"), Qt::ISODateWithMs);
    s.createdAtMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    const QDateTime edited = QDateTime::fromString(text(j, "edited_at"), Qt::ISODateWithMs);
    s.editedAtMs = edited.isValid() ? edited.toMSecsSinceEpoch() : 0;
    const auto account = j.find("account");
    if (account != j.end() && account->is_object()) {
        s.accountUri = text(*account, "uri");
        if (s.accountUri.isEmpty())
            s.accountUri = text(*account, "url");
        s.acct = text(*account, "acct");
        s.displayName = text(*account, "display_name");
        s.followers = integer(*account, "followers_count");
    }
    if (s.id.isEmpty() || s.uri.isEmpty() || s.createdAtMs == 0 || s.accountUri.isEmpty()
        || s.acct.isEmpty()) {
        *problem = u"a status lacks its id, uri, created_at or account"_s;
        return std::nullopt;
    }
    return s;
}

std::optional<std::vector<MastodonStatus>> statusesFrom(const json &list, QString *problem)
{
    std::vector<MastodonStatus> out;
    for (const json &item : list) {
        auto status = statusFrom(item, problem);
        if (!status)
            return std::nullopt;
        out.push_back(std::move(*status));
    }
    return out;
}

// The list under `key` of an answer that is an object; nothing, with the problem ("the `what`
// has no list of `key`"), otherwise.
const json *listIn(const json &answer, const char *key, const char *what, QString *problem)
{
    const auto list = answer.is_object() ? answer.find(key) : answer.end();
    if (list == answer.end() || !list->is_array()) {
        *problem = u"the %1 has no list of %2"_s.arg(QLatin1String(what), QLatin1String(key));
        return nullptr;
    }
    return &*list;
}

// The statuses under `key` of an answer that is an object (a context, a search result).
std::optional<std::vector<MastodonStatus>> statusesIn(const QByteArray &body, const char *key,
                                                      const char *what, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    const json *list = listIn(*j, key, what, problem);
    if (!list)
        return std::nullopt;
    return statusesFrom(*list, problem);
}

} // namespace

std::optional<std::vector<MastodonNotification>> readNotifications(const QByteArray &body,
                                                                   QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    if (!j->is_array()) {
        *problem = u"the notifications are not a list"_s;
        return std::nullopt;
    }
    std::vector<MastodonNotification> out;
    for (const json &item : *j) {
        if (!item.is_object()) {
            *problem = u"a notification is not an object"_s;
            return std::nullopt;
        }
        MastodonNotification n;
        n.id = idOf(item, "id");
        n.type = text(item, "type");
        if (n.id.isEmpty()) {
            *problem = u"a notification has no id"_s;
            return std::nullopt;
        }
        const auto status = item.find("status");
        if (status != item.end() && !status->is_null()) {
            n.status = statusFrom(*status, problem);
            if (!n.status)
                return std::nullopt;
        }
        out.push_back(std::move(n));
    }
    return out;
}

std::optional<MastodonStatus> readStatus(const QByteArray &body, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    return statusFrom(*j, problem);
}

std::optional<std::vector<MastodonStatus>> readAncestors(const QByteArray &body, QString *problem)
{
    return statusesIn(body, "ancestors", "context", problem);
}

std::optional<MastodonContext> readContext(const QByteArray &body, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    if (!j->is_object()) {
        *problem = u"the context is not an object"_s;
        return std::nullopt;
    }
    MastodonContext context;
    for (const auto &[key, list] : {std::pair{"ancestors", &context.ancestors},
                                    std::pair{"descendants", &context.descendants}}) {
        const json *items = listIn(*j, key, "context", problem);
        if (!items)
            return std::nullopt;
        auto statuses = statusesFrom(*items, problem);
        if (!statuses)
            return std::nullopt;
        *list = std::move(*statuses);
    }
    return context;
}

std::optional<MastodonProfile> readAccount(const QByteArray &body, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    if (!j->is_object()) {
        *problem = u"the account is not an object"_s;
        return std::nullopt;
    }
    MastodonProfile profile;
    profile.userId = text(*j, "uri");
    if (profile.userId.isEmpty())
        profile.userId = text(*j, "url");
    profile.acct = text(*j, "acct");
    profile.displayName = text(*j, "display_name");
    profile.bio = plainTextFromHtml(text(*j, "note"));
    profile.followers = integer(*j, "followers_count");
    if (profile.userId.isEmpty() || profile.acct.isEmpty()) {
        *problem = u"the account lacks its uri or acct"_s;
        return std::nullopt;
    }
    return profile;
}

std::optional<std::optional<MastodonStatus>> readFirstSearchStatus(const QByteArray &body,
                                                                   QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    const json *statuses = listIn(*j, "statuses", "search result", problem);
    if (!statuses)
        return std::nullopt;
    if (statuses->empty())
        return std::optional<MastodonStatus>();
    auto status = statusFrom(statuses->front(), problem);
    if (!status)
        return std::nullopt;
    return std::optional<MastodonStatus>(std::move(*status));
}

std::optional<std::vector<MastodonStatus>> readSearchStatuses(const QByteArray &body,
                                                              QString *problem)
{
    return statusesIn(body, "statuses", "search result", problem);
}

std::optional<std::vector<MastodonStatus>> readTimeline(const QByteArray &body, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    if (!j->is_array()) {
        *problem = u"the timeline is not a list of statuses"_s;
        return std::nullopt;
    }
    return statusesFrom(*j, problem);
}

std::optional<MastodonInstance> readInstance(const QByteArray &body, QString *problem)
{
    const auto j = parse(body, problem);
    if (!j)
        return std::nullopt;
    if (!j->is_object()) {
        *problem = u"the instance is not an object"_s;
        return std::nullopt;
    }
    MastodonInstance instance;
    instance.domain = text(*j, "domain");
    const auto configuration = j->find("configuration");
    if (configuration != j->end() && configuration->is_object()) {
        const auto statuses = configuration->find("statuses");
        if (statuses != configuration->end() && statuses->is_object()) {
            const auto max = integer(*statuses, "max_characters");
            const auto perUrl = integer(*statuses, "characters_reserved_per_url");
            if (max && *max > 0 && *max < 1'000'000)
                instance.limits.maxCharacters = int(*max);
            if (perUrl && *perUrl > 0 && *perUrl < 1'000'000)
                instance.limits.charactersReservedPerUrl = int(*perUrl);
        }
    }
    return instance;
}

QString readErrorText(const QByteArray &body)
{
    QString ignored;
    const auto j = parse(body, &ignored);
    if (!j || !j->is_object())
        return {};
    QString error = text(*j, "error");
    const QString description = text(*j, "error_description");
    if (!description.isEmpty() && description != error)
        error = error.isEmpty() ? description : error + u": "_s + description;
    // Words from a server, shown as plain text: one line, not a page.
    return error.simplified().left(300);
}

QString nextMaxId(const QByteArray &linkHeader)
{
    // <https://example.social/api/v1/notifications?max_id=34975535>; rel="next", <…>; rel="prev"
    for (const QByteArray &part : linkHeader.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray params = part.mid(close + 1).replace(' ', "");
        if (!params.contains("rel=\"next\"") && !params.contains("rel=next"))
            continue;
        const QUrl url(QString::fromUtf8(part.mid(open + 1, close - open - 1)));
        return QUrlQuery(url).queryItemValue(u"max_id"_s);
    }
    return {};
}

QString fullAcct(const QString &acct, const QString &domain)
{
    QString handle = acct.startsWith(u'@') ? acct.mid(1) : acct;
    if (!handle.contains(u'@') && !domain.isEmpty())
        handle += u'@' + domain;
    return handle;
}

Mention mentionFromStatus(const MastodonStatus &status, const QString &domain,
                          const QString &brandHandle)
{
    Mention m;
    m.platform = u"mastodon"_s;
    m.id = status.uri;
    m.url = status.url.isEmpty() ? status.uri : status.url;
    m.createdAtMs = status.createdAtMs;
    m.text = plainTextFromHtml(status.content);
    m.author.id = status.accountUri;
    m.author.handle = fullAcct(status.acct, domain);
    m.author.name = status.displayName;
    m.author.followers = status.followers;
    m.lang = status.language;
    m.conversationId = status.uri;
    m.isPrivate = status.visibility == u"direct";
    m.account = brandHandle;
    return m;
}

} // namespace earshot
