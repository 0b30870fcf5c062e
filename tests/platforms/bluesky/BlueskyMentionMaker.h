// SPDX-License-Identifier: Apache-2.0
// Bluesky notifications made for a test, shaped like tests/data/bluesky/notifications.json (the
// documented app.bsky.notification.listNotifications item), at times a test chooses.
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <string>

namespace earshot::test {

// A "mention" notification: `author` (a handle's first label) wrote `text` to @brand.example.com,
// indexed at `indexedAt` (ISO 8601, UTC). Its uri is unique for `number`.
inline nlohmann::json blueskyMention(int number, const std::string &author,
                                     const std::string &indexedAt, const std::string &text)
{
    const std::string did = "did:plc:customer" + author;
    const std::string rkey = "3lcmention" + std::to_string(number);
    const std::string body = "@brand.example.com " + text;
    return {{"uri", "at://" + did + "/app.bsky.feed.post/" + rkey},
            {"cid", "bafyreimention" + std::to_string(number)},
            {"author",
             {{"did", did},
              {"handle", author + ".example.com"},
              {"displayName", author},
              {"labels", nlohmann::json::array()},
              {"createdAt", "2024-05-01T08:00:00.000Z"}}},
            {"reason", "mention"},
            {"record",
             {{"$type", "app.bsky.feed.post"},
              {"createdAt", indexedAt},
              {"langs", {"en"}},
              {"text", body},
              {"facets",
               {{{"index", {{"byteStart", 0}, {"byteEnd", 18}}},
                 {"features",
                  {{{"$type", "app.bsky.richtext.facet#mention"},
                    {"did", "did:plc:brandexample000000000001"}}}}}}}}},
            {"isRead", false},
            {"indexedAt", indexedAt},
            {"labels", nlohmann::json::array()}};
}

// An ISO 8601 time `minutes` after two days ago: inside a first connect's backfill (7 days).
inline std::string minutesIntoBlueskyBackfill(int minutes)
{
    static const QDateTime start =
        QDateTime::currentDateTimeUtc().addDays(-2).toTimeZone(QTimeZone::utc());
    return start.addSecs(minutes * 60LL).toString(Qt::ISODateWithMs).toStdString();
}

} // namespace earshot::test
