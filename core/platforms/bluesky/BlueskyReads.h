// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/Connector.h"
#include "platforms/bluesky/BlueskySession.h"
#include "platforms/bluesky/BlueskyThreadJson.h"

#include <QByteArray>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace earshot::bluesky {

// What a Bluesky account reads when an agent asks (docs/networks/bluesky.md): the whole thread
// (getPostThread on the AppView; a root the AppView no longer has, or a #notFoundPost in the
// thread, is a deletion; the case's other known posts missing from it are asked for with
// getPosts, and those it leaves out are deletions), and a profile (getProfile).
class BlueskyReads final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyReads)

public:
    static constexpr int maxChecks = 25; // getPosts takes at most 25 uris

    explicit BlueskyReads(std::shared_ptr<Session> session, QObject *parent = nullptr);
    ~BlueskyReads() override;

    void conversation(const ConversationRequest &request, OnDemandDone done);
    void profile(const ProfileRequest &request, OnDemandDone done);

private:
    struct Read;
    void checkKnown(const std::shared_ptr<Read> &read);
    bool isBrands(const Mention &post) const;

    std::shared_ptr<Session> m_session;
};

} // namespace earshot::bluesky
