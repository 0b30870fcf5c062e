// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clock/Clock.h"
#include "connectors/ReplySender.h"
#include "platforms/x/XApi.h"
#include "platforms/x/XConnector.h"

#include <functional>
#include <memory>

namespace earshot {

class NetworkLoop;

// What one reply cost on X, for the spend count (XSpend).
struct XWriteUsage {
    bool withLink = false;
};

// Posts one X account's replies: public ones with POST /2/tweets (reply.in_reply_to_tweet_id),
// private ones with POST /2/dm_conversations/with/:participant_id/messages. X has no
// idempotency key, so when a request went out and no answer came, and before any later try of
// the same reply, the account's recent posts (or its messages with that person) are looked
// through for it: a reply is never posted twice.
class XSender final : public ReplySender {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XSender)

public:
    // How far before a reply's queue time its look-up starts (this computer's clock and X's may
    // differ), and how many pages of 100 it reads at most before it gives up (uncertain).
    static constexpr std::int64_t lookMarginMs = 5 * 60'000;
    static constexpr int maxLookPages = 20;

    XSender(NetworkLoop *net, XApiSettings api, std::shared_ptr<XUserId> user,
            std::shared_ptr<Clock> clock, QObject *parent = nullptr);
    ~XSender() override;

    void send(const OutgoingReply &reply, Done done) override;
    // Told about each reply X created. May be empty.
    std::function<void(const XWriteUsage &)> writeDone;
    // Told what a look among the account's posts (or its own user) read. May be empty.
    std::function<void(const XReadUsage &)> readsDone;

private:
    using Found = std::function<void(std::optional<QString> postId, bool checked)>;
    void withUser(std::function<void(bool ok)> next);
    void post(const OutgoingReply &reply, Done done);
    void onPosted(const OutgoingReply &reply, const Done &done, const HttpResult &result);
    // Looks among the account's posts (or messages with the person) made since the reply was
    // queued for `reply`: `found` gets its id, or nothing with `checked` true when it is surely
    // not there, false when X could not be asked or the look would reach too far back.
    void lookFor(const OutgoingReply &reply, Found found);
    void lookPage(const OutgoingReply &reply, const Found &found, const QString &pageToken,
                  int pages);
    void sent(const OutgoingReply &reply, const Done &done, const QString &postId);

    NetworkLoop *m_net;
    XApiSettings m_api;
    std::shared_ptr<XUserId> m_user;
    std::shared_ptr<Clock> m_clock;
};

// Whether a reply's text holds a link as X finds them (X bills a post with a link higher).
bool xTextHasLink(const QString &text);

} // namespace earshot
