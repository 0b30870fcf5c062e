// SPDX-License-Identifier: Apache-2.0
#include "FixturePds.h"

#include "TestSupport.h"

#include <QFile>

#include <thread>

namespace earshot::test {

using json = nlohmann::json;

json readJsonFile(const char *name)
{
    QFile file(dataFile(QStringLiteral("bluesky/") + QString::fromLatin1(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return json::parse(file.readAll().toStdString());
}

std::string xrpcError(const char *error, const char *message)
{
    return json{{"error", error}, {"message", message}}.dump();
}

std::string FixturePds::accessOne()
{
    return readJsonFile("session.json").at("accessJwt").get<std::string>();
}
std::string FixturePds::refreshOne()
{
    return readJsonFile("session.json").at("refreshJwt").get<std::string>();
}
std::string FixturePds::accessTwo()
{
    return readJsonFile("refreshed-session.json").at("accessJwt").get<std::string>();
}
std::string FixturePds::refreshTwo()
{
    return readJsonFile("refreshed-session.json").at("refreshJwt").get<std::string>();
}

FixturePds::FixturePds(FixtureServer &server)
    : m_server(server)
{
    notifications = readJsonFile("notifications.json").at("notifications");
    // No direct messages unless a test gives them (convos.json).
    convos = json{{"convos", json::array()}};
    messages = readJsonFile("messages.json");
    httplib::Server &r = server.routes();

    r.Post("/xrpc/com.atproto.server.createSession", [this](const httplib::Request &req,
                                                            httplib::Response &res) {
        std::lock_guard lock(mutex);
        calls.emplace_back("createSession");
        signInBody = req.body;
        const json body = json::parse(req.body, nullptr, false);
        if (!body.is_object() || body.value("password", "") != password
            || body.value("identifier", "") != "brand.example.com") {
            res.status = 401;
            res.set_content(xrpcError("AuthenticationRequired", "Invalid identifier or password"),
                            "application/json");
            return;
        }
        accessToken = accessOne();
        res.set_content(readJsonFile("session.json").dump(), "application/json");
    });

    r.Post("/xrpc/com.atproto.server.refreshSession", [this](const httplib::Request &req,
                                                             httplib::Response &res) {
        std::lock_guard lock(mutex);
        calls.emplace_back("refreshSession");
        refreshAuthorization = req.get_header_value("Authorization");
        if (refreshAuthorization != "Bearer " + refreshOne()) {
            res.status = 400;
            res.set_content(xrpcError("ExpiredToken", "Token has expired"), "application/json");
            return;
        }
        accessToken = accessTwo();
        res.set_content(readJsonFile("refreshed-session.json").dump(), "application/json");
    });

    r.Get("/xrpc/app.bsky.notification.listNotifications",
          [this](const httplib::Request &req, httplib::Response &res) {
              std::unique_lock lock(mutex);
              calls.emplace_back("listNotifications");
              if (!authorised(req, res))
                  return;
              listCursors.push_back(req.get_param_value("cursor"));
              std::string reasons;
              for (std::size_t i = 0; i < req.get_param_value_count("reasons"); ++i)
                  reasons += (i ? "," : "") + req.get_param_value("reasons", i);
              listReasons.push_back(reasons);
              if (!listAnswers.empty()) {
                  Handler answer = std::move(listAnswers.front());
                  listAnswers.pop_front();
                  lock.unlock();
                  answer(req, res);
                  return;
              }
              if (listDelay.count() > 0) {
                  const std::chrono::milliseconds delay = listDelay;
                  lock.unlock();
                  std::this_thread::sleep_for(delay);
                  lock.lock();
              }
              const std::size_t limit = std::stoul(req.get_param_value("limit"));
              const std::string cursor = req.get_param_value("cursor");
              const std::size_t from = cursor.empty() ? 0 : std::stoul(cursor.substr(1));
              json page = {{"notifications", json::array()}, {"priority", false}};
              for (std::size_t i = from; i < notifications.size() && i < from + limit; ++i)
                  page["notifications"].push_back(notifications[i]);
              if (from + limit < notifications.size())
                  page["cursor"] = "o" + std::to_string(from + limit);
              res.set_content(page.dump(), "application/json");
          });

    r.Get("/xrpc/app.bsky.feed.getPosts",
          [this](const httplib::Request &req, httplib::Response &res) {
              std::lock_guard lock(mutex);
              calls.emplace_back("getPosts");
              if (!authorised(req, res))
                  return;
              json answer = readJsonFile("get-posts.json");
              json kept = json::array();
              for (const json &post : answer["posts"]) {
                  if (post["uri"] == req.get_param_value("uris"))
                      kept.push_back(post);
              }
              answer["posts"] = kept;
              res.set_content(answer.dump(), "application/json");
          });

    r.Get("/xrpc/com.atproto.identity.resolveHandle",
          [this](const httplib::Request &req, httplib::Response &res) {
              std::lock_guard lock(mutex);
              calls.emplace_back("resolveHandle");
              const std::string handle = req.get_param_value("handle");
              if (handle == "carla.example.com") {
                  res.set_content(json{{"did", "did:plc:carlaexample000000000001"}}.dump(),
                                  "application/json");
                  return;
              }
              res.status = 400;
              res.set_content(xrpcError("InvalidRequest", "Unable to resolve handle"),
                              "application/json");
          });

    r.Post("/xrpc/com.atproto.repo.createRecord", [this](const httplib::Request &req,
                                                         httplib::Response &res) {
        std::unique_lock lock(mutex);
        calls.emplace_back("createRecord");
        if (!authorised(req, res))
            return;
        const json body = json::parse(req.body);
        const std::string rkey = body.at("rkey").get<std::string>();
        createRecordKeys.push_back(rkey);
        if (!createAnswers.empty()) {
            Handler answer = std::move(createAnswers.front());
            createAnswers.pop_front();
            lock.unlock();
            answer(req, res);
            return;
        }
        const std::string uri = std::string("at://") + did + "/app.bsky.feed.post/" + rkey;
        if (records.count(rkey) != 0) {
            res.status = 400;
            res.set_content(xrpcError("InvalidRequest", "Record already exists"),
                            "application/json");
            return;
        }
        records[rkey] = body;
        if (holdAfterCreate) {
            lock.unlock();
            m_server.holdUntilReleased();
            return;
        }
        res.set_content(json{{"uri", uri}, {"cid", "bafyreinewreply"}}.dump(), "application/json");
    });

    // The chat service answers only what the PDS forwards to it (atproto-proxy).
    const auto chat = [this](const httplib::Request &req, httplib::Response &res) {
        proxies.push_back(req.get_header_value("atproto-proxy"));
        if (!authorised(req, res))
            return false;
        if (chatScopeRefused) {
            res.status = 400;
            res.set_content(xrpcError("InvalidToken", "Bad token scope"), "application/json");
            return false;
        }
        if (req.get_header_value("atproto-proxy") != "did:web:api.bsky.chat#bsky_chat") {
            res.status = 501;
            res.set_content(xrpcError("MethodNotImplemented", "Method Not Implemented"),
                            "application/json");
            return false;
        }
        return true;
    };
    r.Get("/xrpc/chat.bsky.convo.listConvos",
          [this, chat](const httplib::Request &req, httplib::Response &res) {
              std::lock_guard lock(mutex);
              calls.emplace_back("listConvos");
              if (chat(req, res))
                  res.set_content(convos.dump(), "application/json");
          });
    r.Get("/xrpc/chat.bsky.convo.getMessages",
          [this, chat](const httplib::Request &req, httplib::Response &res) {
              std::lock_guard lock(mutex);
              calls.emplace_back("getMessages");
              if (!chat(req, res))
                  return;
              if (req.get_param_value("convoId") != "3lcconvoanna01") {
                  res.status = 400;
                  res.set_content(xrpcError("InvalidConvo", "Convo not found"), "application/json");
                  return;
              }
              res.set_content(messages.dump(), "application/json");
          });
    r.Get("/xrpc/chat.bsky.convo.getConvoForMembers",
          [this, chat](const httplib::Request &req, httplib::Response &res) {
              std::lock_guard lock(mutex);
              calls.emplace_back("getConvoForMembers");
              if (!chat(req, res))
                  return;
              const json convo = readJsonFile("convos.json")["convos"][0];
              res.set_content(json{{"convo", convo}}.dump(), "application/json");
          });
    r.Post("/xrpc/chat.bsky.convo.sendMessage",
           [this, chat](const httplib::Request &req, httplib::Response &res) {
               std::lock_guard lock(mutex);
               calls.emplace_back("sendMessage");
               if (!chat(req, res))
                   return;
               sentMessages.push_back(req.body);
               const json body = json::parse(req.body);
               res.set_content(json{{"$type", "chat.bsky.convo.defs#messageView"},
                                    {"id", "3lcmsgsent0" + std::to_string(sentMessages.size())},
                                    {"rev", "2226jc3pq9999"},
                                    {"text", body["message"]["text"]},
                                    {"sender", {{"did", did}}},
                                    {"sentAt", "2026-12-07T14:03:00.000Z"}}
                                   .dump(),
                               "application/json");
           });

    r.Get("/xrpc/com.atproto.repo.getRecord", [this](const httplib::Request &req,
                                                     httplib::Response &res) {
        std::lock_guard lock(mutex);
        calls.emplace_back("getRecord");
        if (getRecordFailures > 0) {
            --getRecordFailures;
            res.status = 503;
            res.set_content(xrpcError("InternalServerError", "Unavailable"), "application/json");
            return;
        }
        const std::string rkey = req.get_param_value("rkey");
        const std::string uri = "at://" + req.get_param_value("repo") + "/"
                                + req.get_param_value("collection") + "/" + rkey;
        const auto it = records.find(rkey);
        if (it == records.end()) {
            res.status = 400;
            res.set_content(
                xrpcError("RecordNotFound", ("Could not locate record: " + uri).c_str()),
                "application/json");
            return;
        }
        res.set_content(
            json{{"uri", uri}, {"cid", "bafyreinewreply"}, {"value", it->second["record"]}}.dump(),
            "application/json");
    });
}

bool FixturePds::authorised(const httplib::Request &req, httplib::Response &res)
{
    if (expireAccess) {
        expireAccess = false;
        res.status = 400;
        res.set_content(xrpcError("ExpiredToken", "Token has expired"), "application/json");
        return false;
    }
    if (accessToken.empty() || req.get_header_value("Authorization") != "Bearer " + accessToken) {
        res.status = 401;
        res.set_content(xrpcError("AuthenticationRequired", "Invalid token"), "application/json");
        return false;
    }
    return true;
}

void FixturePds::prepend(json notification)
{
    std::lock_guard lock(mutex);
    notifications.insert(notifications.begin(), std::move(notification));
}

void FixturePds::answerListWith(Handler handler)
{
    std::lock_guard lock(mutex);
    listAnswers.push_back(std::move(handler));
}

void FixturePds::answerCreateWith(Handler handler)
{
    std::lock_guard lock(mutex);
    createAnswers.push_back(std::move(handler));
}

std::string FixturePds::recordAt(const std::string &rkey)
{
    std::lock_guard lock(mutex);
    const auto it = records.find(rkey);
    return it == records.end() ? std::string() : it->second.dump();
}

} // namespace earshot::test
