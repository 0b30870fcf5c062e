// SPDX-License-Identifier: Apache-2.0
#pragma once

// A Mastodon instance on 127.0.0.1 for one test, serving the documentation's shapes from
// tests/data/mastodon: notifications paged by since_id/max_id with Link headers, a status's
// context, search, the instance, and statuses posted with Idempotency-Key honoured as Mastodon
// does (the same key gives the status it made, and makes no second one). Every request is
// recorded for the test to look at.

#include "FixtureServer.h"
#include "TestSupport.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace earshot::test {

inline nlohmann::json mastodonData(const char *name)
{
    QFile file(dataFile(QStringLiteral("mastodon/") + QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString());
}

// A mention notification as Mastodon gives it (the shape of notifications.json): notification
// `id`, status `statusId` on the instance, written by `author` of customers.example at
// `createdAt` (ISO 8601, UTC), "public" or "direct".
inline nlohmann::json mastodonMention(long long id, long long statusId, const std::string &author,
                                      const std::string &createdAt, const std::string &visibility,
                                      const std::string &text)
{
    const std::string actor = "https://customers.example/users/" + author;
    const nlohmann::json account = {
        {"id", std::to_string(std::hash<std::string>{}(author) % 1000000007)},
        {"username", author},
        {"acct", author + "@customers.example"},
        {"display_name", author},
        {"uri", actor},
        {"url", "https://customers.example/@" + author},
        {"followers_count", 3}};
    const std::string number = std::to_string(statusId);
    nlohmann::json status = {
        {"id", number},
        {"created_at", createdAt},
        {"in_reply_to_id", nullptr},
        {"in_reply_to_account_id", nullptr},
        {"sensitive", false},
        {"spoiler_text", ""},
        {"visibility", visibility},
        {"language", "en"},
        {"uri", actor + "/statuses/" + number},
        {"url", "https://customers.example/@" + author + "/" + number},
        {"replies_count", 0},
        {"reblogs_count", 0},
        {"favourites_count", 0},
        {"content", "<p>@brand " + text + "</p>"},
        {"account", account},
        {"media_attachments", nlohmann::json::array()},
        {"mentions", nlohmann::json::array({{{"id", "1"},
                                             {"username", "brand"},
                                             {"url", "https://brand.example/@brand"},
                                             {"acct", "brand"}}})},
        {"tags", nlohmann::json::array()},
        {"emojis", nlohmann::json::array()}};
    return {{"id", std::to_string(id)},
            {"type", "mention"},
            {"created_at", createdAt},
            {"account", account},
            {"status", std::move(status)}};
}

struct RecordedRequest {
    std::string method;
    std::string path;
    std::multimap<std::string, std::string> params;
    std::string authorization;
    std::string idempotencyKey;
    std::string body;

    std::string param(const std::string &name) const
    {
        const auto it = params.find(name);
        return it == params.end() ? std::string() : it->second;
    }
};

class FixtureInstance final {
public:
    // Answers a request itself when it returns true (a failure the test stages).
    using Override = std::function<bool(const httplib::Request &, httplib::Response &)>;

    explicit FixtureInstance(std::string domain = "brand.example")
        : m_domain(std::move(domain))
    {
        notifications = mastodonData("notifications.json");
        contexts["9009"] = mastodonData("context-9009.json");
        auto &r = server.routes();
        r.Get("/api/v2/instance", [this](const httplib::Request &req, httplib::Response &res) {
            record(req);
            nlohmann::json instance = mastodonData("instance.json");
            instance["domain"] = m_domain;
            reply(res, instance);
        });
        r.Get("/api/v1/notifications", [this](const httplib::Request &req, httplib::Response &res) {
            record(req);
            if (takeOverride(req, res))
                return;
            notificationsPage(req, res);
        });
        r.Get(R"(/api/v1/statuses/([^/]+)/context)",
              [this](const httplib::Request &req, httplib::Response &res) {
                  record(req);
                  std::lock_guard lock(mutex);
                  const auto it = contexts.find(req.matches[1].str());
                  if (it == contexts.end()) {
                      res.status = 404;
                      res.set_content(R"({"error":"Record not found"})", "application/json");
                      return;
                  }
                  res.set_content(it->second.dump(), "application/json");
              });
        r.Get("/api/v2/search", [this](const httplib::Request &req, httplib::Response &res) {
            record(req);
            std::lock_guard lock(mutex);
            nlohmann::json result = {{"accounts", nlohmann::json::array()},
                                     {"statuses", nlohmann::json::array()},
                                     {"hashtags", nlohmann::json::array()}};
            // A listening search (no resolve): statuses found for q, paged by min_id.
            if (req.get_param_value("resolve") != "true") {
                const auto found = searchResults.find(req.get_param_value("q"));
                if (found != searchResults.end())
                    result["statuses"] = statusPage(found->second, req);
                reply(res, result);
                return;
            }
            const auto it = searchable.find(req.get_param_value("q"));
            if (it != searchable.end() && req.get_param_value("resolve") == "true")
                result["statuses"].push_back(it->second);
            res.set_content(result.dump(), "application/json");
        });
        r.Get(R"(/api/v1/timelines/tag/([^/]+))",
              [this](const httplib::Request &req, httplib::Response &res) {
                  record(req);
                  std::lock_guard lock(mutex);
                  const auto found = tagTimelines.find(req.matches[1].str());
                  reply(res, found == tagTimelines.end() ? nlohmann::json::array()
                                                         : statusPage(found->second, req));
              });
        r.Post("/api/v1/statuses", [this](const httplib::Request &req, httplib::Response &res) {
            record(req);
            postStatus(req, res);
        });
    }

    void start() { server.start(); }
    QString baseUrl() const { return server.url(QString()).toString(); }

    // A failure for the next notifications request(s), in order.
    void stageNotifications(Override answer)
    {
        std::lock_guard lock(mutex);
        m_overrides.push_back(std::move(answer));
    }
    void addNotification(nlohmann::json notification)
    {
        std::lock_guard lock(mutex);
        notifications.insert(notifications.begin(), std::move(notification));
    }
    std::vector<RecordedRequest> requests(const std::string &path = {})
    {
        std::lock_guard lock(mutex);
        std::vector<RecordedRequest> out;
        for (const RecordedRequest &r : m_requests) {
            if (path.empty() || r.path == path)
                out.push_back(r);
        }
        return out;
    }
    std::vector<nlohmann::json> posted()
    {
        std::lock_guard lock(mutex);
        return m_posted;
    }

    FixtureServer server;
    std::mutex mutex;
    nlohmann::json notifications; // newest first
    std::size_t pageSize = 2;     // fewer than the 40 asked for, so a few make pages
    std::map<std::string, nlohmann::json> contexts;   // by status id
    std::map<std::string, nlohmann::json> searchable; // by uri
    // Listening: what v2/search finds for a q, and a hashtag's timeline (statuses, any order).
    std::map<std::string, nlohmann::json> searchResults;
    std::map<std::string, nlohmann::json> tagTimelines;
    Override postOverride; // asked before a status is made
    bool holdFirstPostAfterAccepting = false;
    // How long each page of notifications takes, and how long a posted status's answer takes
    // after the status is made: a slow instance, so a process killed meanwhile is killed in the
    // middle of a cycle or after the instance accepted a post.
    std::chrono::milliseconds pageDelay{0};
    std::chrono::milliseconds postAnswerDelay{0};

private:
    void record(const httplib::Request &req)
    {
        server.countHit();
        RecordedRequest r;
        r.method = req.method;
        r.path = req.path;
        for (const auto &[k, v] : req.params)
            r.params.emplace(k, v);
        r.authorization = req.get_header_value("Authorization");
        r.idempotencyKey = req.get_header_value("Idempotency-Key");
        r.body = req.body;
        std::lock_guard lock(mutex);
        m_requests.push_back(std::move(r));
    }

    bool takeOverride(const httplib::Request &req, httplib::Response &res)
    {
        Override answer;
        {
            std::lock_guard lock(mutex);
            if (m_overrides.empty())
                return false;
            answer = std::move(m_overrides.front());
            m_overrides.erase(m_overrides.begin());
        }
        return answer(req, res);
    }

    // As Mastodon pages with min_id: the statuses just after it, newest first within the page;
    // without it the newest page. At most `pageSize` (or the limit asked for, if smaller).
    nlohmann::json statusPage(const nlohmann::json &statuses, const httplib::Request &req) const
    {
        const std::string minText = req.get_param_value("min_id");
        const long long min = minText.empty() ? -1 : std::stoll(minText);
        const std::string limitText = req.get_param_value("limit");
        const std::size_t limit =
            std::min<std::size_t>(pageSize, limitText.empty() ? 20 : std::stoul(limitText));
        std::vector<nlohmann::json> sorted(statuses.begin(), statuses.end());
        const auto idOf = [](const nlohmann::json &j) {
            return std::stoll(j["id"].get<std::string>());
        };
        std::sort(sorted.begin(), sorted.end(),
                  [&](const auto &x, const auto &y) { return idOf(x) < idOf(y); });
        std::vector<nlohmann::json> chosen;
        if (min >= 0) {
            for (const auto &st : sorted) {
                if (idOf(st) > min && chosen.size() < limit)
                    chosen.push_back(st);
            }
        } else {
            for (auto it = sorted.rbegin(); it != sorted.rend() && chosen.size() < limit; ++it)
                chosen.insert(chosen.begin(), *it);
        }
        nlohmann::json page = nlohmann::json::array();
        for (auto it = chosen.rbegin(); it != chosen.rend(); ++it)
            page.push_back(*it);
        return page;
    }

    static void reply(httplib::Response &res, const nlohmann::json &body)
    {
        res.set_header("X-RateLimit-Limit", "300");
        res.set_header("X-RateLimit-Remaining", "299");
        res.set_header("X-RateLimit-Reset", "2026-12-07T14:05:00.000Z");
        res.set_content(body.dump(), "application/json; charset=utf-8");
    }

    void notificationsPage(const httplib::Request &req, httplib::Response &res)
    {
        if (pageDelay.count() > 0)
            std::this_thread::sleep_for(pageDelay);
        std::lock_guard lock(mutex);
        const auto number = [](const std::string &s) { return s.empty() ? -1LL : std::stoll(s); };
        const long long since = number(req.get_param_value("since_id"));
        const long long max = number(req.get_param_value("max_id"));
        const std::string limitText = req.get_param_value("limit");
        const std::size_t limit =
            std::min<std::size_t>(pageSize, limitText.empty() ? 40 : std::stoul(limitText));
        nlohmann::json page = nlohmann::json::array();
        for (const auto &n : notifications) {
            const long long id = std::stoll(n["id"].get<std::string>());
            if ((since >= 0 && id <= since) || (max >= 0 && id >= max))
                continue;
            if (req.get_param_value("types[]") != "mention" && n["type"] != "mention")
                continue;
            page.push_back(n);
            if (page.size() == limit)
                break;
        }
        const std::string base =
            server.url(QStringLiteral("/api/v1/notifications")).toString().toStdString();
        if (!page.empty()) {
            // As Mastodon writes them: next only after a full page, and without since_id.
            std::string link;
            if (page.size() == limit)
                link = "<" + base + "?limit=" + std::to_string(limit)
                       + "&max_id=" + page.back()["id"].get<std::string>()
                       + "&types%5B%5D=mention>; rel=\"next\", ";
            link += "<" + base + "?limit=" + std::to_string(limit) + "&min_id="
                    + page.front()["id"].get<std::string>() + "&types%5B%5D=mention>; rel=\"prev\"";
            res.set_header("Link", link);
        }
        reply(res, page);
    }

    void postStatus(const httplib::Request &req, httplib::Response &res)
    {
        const std::string key = req.get_header_value("Idempotency-Key");
        const nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
        bool hold = false;
        nlohmann::json status;
        {
            std::lock_guard lock(mutex);
            if (!key.empty()) {
                const auto known = m_byKey.find(key);
                if (known != m_byKey.end()) {
                    reply(res, known->second);
                    return;
                }
            }
            if (postOverride && postOverride(req, res))
                return;
            if (body.is_discarded() || !body.contains("status")) {
                res.status = 422;
                res.set_content(R"({"error":"Validation failed: Text can't be blank"})",
                                "application/json");
                return;
            }
            status = mastodonData("status-posted.json");
            const std::string id = std::to_string(20001 + m_posted.size());
            status["id"] = id;
            status["uri"] = "https://" + m_domain + "/users/brand/statuses/" + id;
            status["url"] = "https://" + m_domain + "/@brand/" + id;
            status["content"] = "<p>" + body["status"].get<std::string>() + "</p>";
            status["visibility"] = body.value("visibility", "public");
            if (body.contains("in_reply_to_id"))
                status["in_reply_to_id"] = body["in_reply_to_id"];
            m_posted.push_back(status);
            if (!key.empty())
                m_byKey[key] = status;
            hold = holdFirstPostAfterAccepting && m_posted.size() == 1;
        }
        if (hold)
            server.holdUntilReleased(); // made, but the answer never comes in time
        if (postAnswerDelay.count() > 0)
            std::this_thread::sleep_for(postAnswerDelay);
        reply(res, status);
    }

    std::string m_domain;
    std::vector<Override> m_overrides;
    std::vector<RecordedRequest> m_requests;
    std::vector<nlohmann::json> m_posted;
    std::map<std::string, nlohmann::json> m_byKey;
};

} // namespace earshot::test
