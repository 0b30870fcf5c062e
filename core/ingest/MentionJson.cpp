// SPDX-License-Identifier: Apache-2.0
#include "ingest/MentionJson.h"

#include "Tr.h"
#include "platforms/PlatformTraits.h"
#include "json/JsonInput.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

using nlohmann::json;

namespace {

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Field readers: a missing optional field is fine; a present field of the wrong type is an error.
// Only a post's id may come as a whole number (some networks send ids so); any other field that
// is documented as a string refuses numbers rather than storing "5" for a text.
enum class Numbers { Refused, Accepted };

bool readString(const json &object, const char *key, bool required, QString *out, QString *error,
                Numbers numbers = Numbers::Refused)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            *error = Tr::tr("%1: is missing").arg(QLatin1String(key));
        return !required;
    }
    if (it->is_string()) {
        *out = qstr(it->get_ref<const std::string &>());
    } else if (numbers == Numbers::Accepted && it->is_number_unsigned()) {
        *out = QString::number(it->get<std::uint64_t>());
    } else if (numbers == Numbers::Accepted && it->is_number_integer()) {
        *out = QString::number(it->get<std::int64_t>());
    } else if (it->is_number()) {
        *error = Tr::tr("%1: must be a string, as in \"%2\"")
                     .arg(QLatin1String(key), qstr(it->dump()).left(40));
        return false;
    } else {
        *error = Tr::tr("%1: must be a string").arg(QLatin1String(key));
        return false;
    }
    if (required && out->trimmed().isEmpty()) {
        *error = Tr::tr("%1: is empty").arg(QLatin1String(key));
        return false;
    }
    return true;
}

QString prefixed(const char *prefix, const QString &error)
{
    return QLatin1String(prefix) + error;
}

} // namespace

std::optional<std::int64_t> parseRfc3339(const QString &text)
{
    // Qt accepts looser forms than RFC 3339; insist on a date, a time and an explicit offset.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text;
    normalized[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(normalized.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QString formatRfc3339(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<Mention> mentionFromJson(const json &object, QString *error)
{
    if (!object.is_object()) {
        *error = Tr::tr("a mention must be a JSON object");
        return std::nullopt;
    }
    Mention m;
    QString createdAt;
    QString visibility;
    if (!readString(object, "platform", true, &m.platform, error)
        || !readString(object, "id", true, &m.id, error, Numbers::Accepted)
        || !readString(object, "url", false, &m.url, error)
        || !readString(object, "created_at", true, &createdAt, error)
        || !readString(object, "text", true, &m.text, error)
        || !readString(object, "lang", false, &m.lang, error)
        || !readString(object, "in_reply_to", false, &m.inReplyTo, error)
        || !readString(object, "conversation_id", false, &m.conversationId, error)
        || !readString(object, "visibility", false, &visibility, error)
        || !readString(object, "account", false, &m.account, error))
        return std::nullopt;
    if (!isKnownPlatform(m.platform)) {
        *error = Tr::tr("platform: \"%1\" is not a known network").arg(m.platform.left(40));
        return std::nullopt;
    }
    const auto created = parseRfc3339(createdAt);
    if (!created) {
        *error = Tr::tr("created_at: \"%1\" is not an RFC 3339 time").arg(createdAt.left(40));
        return std::nullopt;
    }
    m.createdAtMs = *created;
    if (visibility.isEmpty() || visibility == u"public")
        m.isPrivate = false;
    else if (visibility == u"private")
        m.isPrivate = true;
    else {
        *error = Tr::tr("visibility: must be \"public\" or \"private\"");
        return std::nullopt;
    }
    const auto author = object.find("author");
    if (author == object.end() || !author->is_object()) {
        *error = Tr::tr("author: is missing or not an object");
        return std::nullopt;
    }
    QString authorError;
    if (!readString(*author, "id", true, &m.author.id, &authorError)
        || !readString(*author, "handle", true, &m.author.handle, &authorError)
        || !readString(*author, "name", false, &m.author.name, &authorError)) {
        *error = prefixed("author.", authorError);
        return std::nullopt;
    }
    if (m.author.handle.startsWith(u'@'))
        m.author.handle.remove(0, 1);
    const auto followers = author->find("followers");
    if (followers != author->end() && !followers->is_null()) {
        if (!followers->is_number_integer() || followers->get<std::int64_t>() < 0) {
            *error = Tr::tr("author.followers: must be a whole number of at least 0");
            return std::nullopt;
        }
        m.author.followers = followers->get<std::int64_t>();
    }
    return m;
}

std::optional<Mention> mentionFromJsonLine(std::string_view line, QString *error)
{
    const JsonInput input = parseJsonInput(line);
    if (!input.ok()) {
        *error = input.error->reasonAtColumn();
        return std::nullopt;
    }
    return mentionFromJson(input.value, error);
}

json mentionToJson(const Mention &m)
{
    json author{{"id", m.author.id.toStdString()}, {"handle", m.author.handle.toStdString()}};
    if (m.author.followers)
        author["followers"] = *m.author.followers;
    if (!m.author.name.isEmpty())
        author["name"] = m.author.name.toStdString();
    json object{{"platform", m.platform.toStdString()},
                {"id", m.id.toStdString()},
                {"created_at", formatRfc3339(m.createdAtMs).toStdString()},
                {"text", m.text.toStdString()},
                {"author", std::move(author)},
                {"visibility", m.isPrivate ? "private" : "public"}};
    auto optional = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object[key] = value.toStdString();
    };
    optional("url", m.url);
    optional("lang", m.lang);
    optional("in_reply_to", m.inReplyTo);
    optional("conversation_id", m.conversationId);
    optional("account", m.account);
    return object;
}

} // namespace earshot
