// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XSender.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"
#include "platforms/x/XConnector.h"
#include "replies/LinkFinder.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace send_outcome;

bool xTextHasLink(const QString &text)
{
    return !findLinks(text, LinkStyle::SchemeOrBareDomain).isEmpty();
}

XSender::XSender(NetworkLoop *net, XApiSettings api, std::shared_ptr<XUserId> user,
                 std::shared_ptr<Clock> clock, QObject *parent)
    : ReplySender(parent)
    , m_net(net)
    , m_api(std::move(api))
    , m_user(std::move(user))
    , m_clock(std::move(clock))
{
    // A post is never sent again by the network layer once it may have arrived (RetryPolicy);
    // what happened then is looked up here.
    m_api.retry.retryChangingRequests = false;
}

XSender::~XSender() = default;

void XSender::withUser(std::function<void(bool ok)> next)
{
    if (!m_user->id.isEmpty()) {
        next(true);
        return;
    }
    m_net->submit(m_api.request("GET", u"/2/users/me"_s), this,
                  [this, next = std::move(next)](const HttpResult &result) {
                      const QString id = result.ok() ? readDataId(result.body) : QString();
                      if (!id.isEmpty()) {
                          m_user->id = id;
                          if (readsDone)
                              readsDone(XReadUsage{{}, {id}});
                      }
                      next(!id.isEmpty());
                  });
}

void XSender::send(const OutgoingReply &reply, Done done)
{
    if (!m_net) {
        done(Failed{Tr::tr("X cannot be reached: this session has no network")});
        return;
    }
    if (reply.isPrivate && reply.recipientId.isEmpty()) {
        done(Failed{Tr::tr("X needs the person's user id to send a private message")});
        return;
    }
    if (!reply.isPrivate && reply.inReplyTo.startsWith(u"dm:"_s)) {
        // The post it answers is a direct message: a public post cannot answer it, and would
        // show the whole world what was said in private.
        done(Failed{Tr::tr("This answers a direct message on X: send it as a private message")});
        return;
    }
    if (reply.attempt <= 1) {
        post(reply, std::move(done));
        return;
    }
    // Tried before: it may have arrived then, and X would post it a second time.
    lookFor(reply, [this, reply, done](std::optional<QString> postId, bool checked) {
        if (postId)
            sent(reply, done, *postId);
        else if (checked)
            post(reply, done);
        else
            done(Uncertain{});
    });
}

void XSender::post(const OutgoingReply &reply, Done done)
{
    nlohmann::json body;
    body["text"] = reply.body.toStdString();
    HttpRequest request;
    if (reply.isPrivate) {
        request = m_api.request("POST", u"/2/dm_conversations/with/"_s + reply.recipientId
                                            + u"/messages"_s);
    } else {
        if (!reply.inReplyTo.isEmpty())
            body["reply"]["in_reply_to_tweet_id"] = reply.inReplyTo.toStdString();
        request = m_api.request("POST", u"/2/tweets"_s);
    }
    request.headers.set("Content-Type", "application/json");
    request.body = QByteArray::fromStdString(body.dump());
    m_net->submit(std::move(request), this,
                  [this, reply, done = std::move(done)](const HttpResult &result) {
                      onPosted(reply, done, result);
                  });
}

void XSender::sent(const OutgoingReply &reply, const Done &done, const QString &postId)
{
    if (writeDone)
        writeDone(XWriteUsage{!reply.isPrivate && xTextHasLink(reply.body)});
    done(Sent{postId});
}

void XSender::onPosted(const OutgoingReply &reply, const Done &done, const HttpResult &result)
{
    const std::int64_t now = m_clock->nowMs();
    const auto waitUntil = [now](std::int64_t until) {
        return std::chrono::milliseconds(std::max<std::int64_t>(until - now, 1000));
    };
    if (result.ok()) {
        const QString id = reply.isPrivate ? readDmEventId(result.body) : readDataId(result.body);
        if (!id.isEmpty()) {
            sent(reply, done, id);
            return;
        }
        // Created, but the answer could not be read: find what it created.
    } else if (result.error == NetError::Paused || result.status == 429) {
        done(Retry{result.pause ? waitUntil(result.pause->untilMs) : 60s});
        return;
    } else if (result.error != NetError::None && !result.mayHaveArrived) {
        done(Retry{30s});
        return;
    } else if (result.status == 503) {
        const auto after = readRetryAfter(result.headers, now);
        done(Retry{after ? waitUntil(*after) : 60s});
        return;
    } else if (result.error == NetError::None && result.status >= 400 && result.status < 500) {
        const QString why = describeXFailure(result, m_api.handle, now);
        qCInfo(lcNet).noquote() << "X account" << m_api.accountKey << "reply refused: HTTP"
                                << result.status;
        done(Failed{why});
        return;
    }
    // It went out and what became of it is unknown (a timeout, a lost connection, a 5xx).
    qCInfo(lcNet).noquote() << "X account" << m_api.accountKey
                            << "reply answer lost; looking among recent posts";
    lookFor(reply, [this, reply, done](std::optional<QString> postId, bool checked) {
        if (postId)
            sent(reply, done, *postId);
        else if (checked)
            done(Retry{60s});
        else
            done(Uncertain{});
    });
}

void XSender::lookFor(const OutgoingReply &reply, Found found)
{
    withUser([this, reply, found = std::move(found)](bool ok) {
        if (!ok) {
            found(std::nullopt, false);
            return;
        }
        lookPage(reply, found, {}, 0);
    });
}

void XSender::lookPage(const OutgoingReply &reply, const Found &found, const QString &pageToken,
                       int pages)
{
    // Nothing made before the reply was queued can be it.
    const std::int64_t sinceMs = reply.queuedAtMs > 0 ? reply.queuedAtMs - lookMarginMs : 0;
    QUrlQuery query;
    HttpRequest request;
    query.addQueryItem(u"max_results"_s, u"100"_s);
    if (!pageToken.isEmpty())
        query.addQueryItem(u"pagination_token"_s, pageToken);
    if (reply.isPrivate) {
        // This endpoint takes no start_time: its pages go back until one reaches past it.
        query.addQueryItem(u"event_types"_s, u"MessageCreate"_s);
        query.addQueryItem(u"dm_event.fields"_s, u"id,text,sender_id,created_at"_s);
        request = m_api.request(
            "GET", u"/2/dm_conversations/with/"_s + reply.recipientId + u"/dm_events"_s, query);
    } else {
        if (sinceMs > 0)
            query.addQueryItem(
                u"start_time"_s,
                QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).toString(Qt::ISODate));
        query.addQueryItem(u"tweet.fields"_s, u"created_at,referenced_tweets"_s);
        request = m_api.request("GET", u"/2/users/"_s + m_user->id + u"/tweets"_s, query);
    }
    m_net->submit(
        std::move(request), this, [this, reply, found, sinceMs, pages](const HttpResult &result) {
            std::optional<XRecentPage> page;
            if (result.ok())
                page = readRecentItems(result.body);
            if (!page) {
                found(std::nullopt, false);
                return;
            }
            if (readsDone && !page->items.empty()) {
                XReadUsage usage;
                for (const XRecentItem &item : page->items)
                    usage.postIds.push_back(item.id);
                readsDone(usage);
            }
            bool reachedBack = false;
            for (const XRecentItem &item : page->items) {
                const bool sameTarget = reply.isPrivate ? item.senderId == m_user->id
                                                        : item.inReplyTo == reply.inReplyTo;
                if (sameTarget && sameTextAsSent(item.text, reply.body)) {
                    found(item.id, true);
                    return;
                }
                if (item.createdAtMs > 0 && item.createdAtMs < sinceMs)
                    reachedBack = true;
            }
            if (page->nextToken.isEmpty() || reachedBack || page->items.empty()) {
                found(std::nullopt, true);
                return;
            }
            if (pages + 1 >= maxLookPages) {
                qCInfo(lcNet).noquote()
                    << "X account" << m_api.accountKey << "made more than" << maxLookPages * 100
                    << "posts since a lost reply; a person decides";
                found(std::nullopt, false);
                return;
            }
            lookPage(reply, found, page->nextToken, pages + 1);
        });
}

} // namespace earshot
