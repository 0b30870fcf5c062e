// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/ReplySender.h"
#include "platforms/bluesky/BlueskySession.h"

#include <memory>
#include <vector>

namespace earshot::bluesky {

class SendJob;

// Posts one Bluesky account's replies. A public reply is an app.bsky.feed.post record written with
// com.atproto.repo.createRecord under a record key derived from the reply's idempotency key
// (recordKeyFor), so every try of one reply writes the same key and a repository can hold it only
// once. Before writing, it reads the post it answers (app.bsky.feed.getPosts) for the uri and cid
// of the thread's root and parent, and resolves each @handle in the text to a DID for a mention
// facet (com.atproto.identity.resolveHandle; byte offsets in UTF-8). A try after the first, and
// an answer that did not come (timeout, 5xx), looks the record up by its key first
// (com.atproto.repo.getRecord): there, it is Sent; surely not there, Retry; the look-up failing
// too, Uncertain. A private reply is a direct message (chat.bsky.convo.sendMessage) into the
// case's conversation; having no key to look for, one whose answer did not come is Uncertain.
class BlueskySender final : public ReplySender {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskySender)

public:
    explicit BlueskySender(std::shared_ptr<Session> session, QObject *parent = nullptr);
    ~BlueskySender() override;

    void send(const OutgoingReply &reply, Done done) override;

    // How long a reply waits when the record is surely not there after an answer that did not
    // come: the server may still be writing it.
    static constexpr std::chrono::milliseconds retryAfterUnknown{30'000};

private:
    friend class SendJob;
    void finished(SendJob *job);

    std::shared_ptr<Session> m_session;
    std::vector<std::unique_ptr<SendJob>> m_jobs;
};

} // namespace earshot::bluesky
