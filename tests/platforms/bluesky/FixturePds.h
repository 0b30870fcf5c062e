// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FixtureServer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace earshot::test {

// A Bluesky PDS on the loopback fixture server, answering the XRPC calls the connector and the
// sender make with bodies shaped like the documentation (tests/data/bluesky). It checks the
// app password and the tokens, pages notifications with a cursor, and keeps the records written.
// Handlers run on the server's thread: everything here is read and changed under `mutex`.
class FixturePds final {
public:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;

    explicit FixturePds(FixtureServer &server);

    static constexpr const char *password = "abcd-efgh-ijkl-mnop";
    static constexpr const char *did = "did:plc:brandexample000000000001";
    static std::string accessOne();
    static std::string refreshOne();
    static std::string accessTwo();
    static std::string refreshTwo();

    // Newest first, as listNotifications answers.
    void prepend(nlohmann::json notification);
    // The next listNotifications calls are answered by these instead (one each).
    void answerListWith(Handler handler);
    void answerCreateWith(Handler handler);
    std::string recordAt(const std::string &rkey);

    std::mutex mutex;
    nlohmann::json notifications = nlohmann::json::array();
    std::map<std::string, nlohmann::json> records; // rkey -> createRecord's body
    std::vector<std::string> calls;                // "nsid" in the order they came
    std::vector<std::string> listCursors;          // the cursor of each listNotifications ("")
    std::vector<std::string> listReasons;          // the reasons filter of each, joined by commas
    std::vector<std::string> createRecordKeys;     // the rkey of each createRecord
    std::string signInBody;
    std::string refreshAuthorization;
    std::string accessToken;      // the one the server accepts now
    bool expireAccess = false;    // answer the next authorised call with ExpiredToken
    bool holdAfterCreate = false; // store the record, then answer nothing (a timeout)
    int getRecordFailures = 0;    // answer this many getRecord calls with 503
    std::deque<Handler> listAnswers;
    // How long each listNotifications page takes (a kill test lands between pages).
    std::chrono::milliseconds listDelay{0};
    std::deque<Handler> createAnswers; // answer createRecord so, before anything is stored
    // Direct messages: the chat service behind the PDS.
    bool chatScopeRefused = false;         // an app password without access to direct messages
    nlohmann::json convos;                 // listConvos' answer (none unless a test sets it)
    nlohmann::json messages;               // getMessages' answer for every convo
    std::vector<std::string> proxies;      // the atproto-proxy header of each chat call
    std::vector<std::string> sentMessages; // sendMessage's bodies

private:
    bool authorised(const httplib::Request &req, httplib::Response &res);
    FixtureServer &m_server;
};

nlohmann::json readJsonFile(const char *name);
std::string xrpcError(const char *error, const char *message);

} // namespace earshot::test
