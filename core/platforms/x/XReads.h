// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "connectors/Connector.h"
#include "platforms/x/XApi.h"
#include "platforms/x/XConnector.h"

#include <QObject>

#include <functional>
#include <memory>

namespace earshot {

class NetworkLoop;

// What an X account reads when an agent asks (docs/networks/x.md, "Read on request"), every post
// and user counted by the spend meter like the mentions are:
//
// - The whole conversation: GET /2/tweets/search/recent?query=conversation_id:ID (X's recent
//   search covers the last seven days), at most `maxPages` pages of 100; every post but the
//   brand's own becomes a mention, an edited one an edit of its original. The case's known posts
//   the search did not return are looked up (GET /2/tweets?ids=…, up to 100): those X "could not
//   find" are deletions.
// - A profile: GET /2/users/:id with description, public_metrics and verified.
class XReads final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XReads)

public:
    static constexpr int maxPages = 5;
    static constexpr int maxChecks = 100;

    XReads(NetworkLoop *net, XApiSettings api, std::shared_ptr<Clock> clock,
           std::function<void(const XReadUsage &)> readsDone, QObject *parent = nullptr);
    ~XReads() override;

    void conversation(const ConversationRequest &request, OnDemandDone done);
    void profile(const ProfileRequest &request, OnDemandDone done);

private:
    struct Read;
    void searchPage(const std::shared_ptr<Read> &read);
    void checkKnown(const std::shared_ptr<Read> &read);
    void failed(const std::shared_ptr<Read> &read, const HttpResult &result);
    void count(const XReadUsage &usage) const;

    NetworkLoop *m_net;
    XApiSettings m_api;
    std::shared_ptr<Clock> m_clock;
    std::function<void(const XReadUsage &)> m_readsDone;
};

} // namespace earshot
