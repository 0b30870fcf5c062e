// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonSender.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"
#include "platforms/mastodon/MastodonJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString doingPost()
{
    return Tr::tr("posting a reply");
}

QString doingLookUp()
{
    return Tr::tr("looking up the post answered");
}

} // namespace

MastodonSender::MastodonSender(MastodonAccess access, QObject *parent)
    : ReplySender(parent)
    , m_access(std::move(access))
{}

MastodonSender::~MastodonSender() = default;

void MastodonSender::send(const OutgoingReply &reply, Done done)
{
    if (reply.inReplyTo.isEmpty()) {
        post(reply, {}, done);
        return;
    }
    const QString known = m_access.localIds->value(reply.inReplyTo);
    if (!known.isEmpty()) {
        post(reply, known, done);
        return;
    }
    // Not a uri: an instance-local id already (a mention whose thread was not learned).
    if (!reply.inReplyTo.contains(u"://"_s)) {
        post(reply, reply.inReplyTo, done);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(reply.inReplyTo)));
    query.addQueryItem(u"resolve"_s, u"true"_s);
    query.addQueryItem(u"type"_s, u"statuses"_s);
    query.addQueryItem(u"limit"_s, u"1"_s);
    m_access.net->submit(m_access.request("GET", u"/api/v2/search"_s, query), this,
                         [this, reply, done](const HttpResult &result) {
                             if (!result.ok()) {
                                 done(notPosted(result, doingLookUp()));
                                 return;
                             }
                             QString problem;
                             const auto found = readFirstSearchStatus(result.body, &problem);
                             if (!found) {
                                 qCWarning(lcNet).noquote()
                                     << "Mastodon" << m_access.instanceName() << "reply"
                                     << reply.outboxId << "lookup answer unreadable";
                                 done(send_outcome::Retry{60s});
                                 return;
                             }
                             if (!*found) {
                                 done(send_outcome::Failed{
                                     Tr::tr("The post you answer was deleted, or %1 cannot find it")
                                         .arg(m_access.instanceName())});
                                 return;
                             }
                             m_access.localIds->insert(reply.inReplyTo, (*found)->id);
                             post(reply, (*found)->id, done);
                         });
}

void MastodonSender::post(const OutgoingReply &reply, const QString &inReplyToId, const Done &done)
{
    nlohmann::json body = {
        {"status", reply.body.toStdString()},
        {"visibility", reply.isPrivate ? "direct" : "unlisted"},
    };
    if (!inReplyToId.isEmpty())
        body["in_reply_to_id"] = inReplyToId.toStdString();
    HttpRequest request = m_access.request("POST", u"/api/v1/statuses"_s);
    request.headers.set("Content-Type", "application/json");
    request.body = QByteArray::fromStdString(body.dump());
    if (!reply.idempotencyKey.isEmpty())
        request.headers.set("Idempotency-Key", reply.idempotencyKey.toUtf8());
    m_access.net->submit(std::move(request), this, [this, reply, done](const HttpResult &result) {
        const SendOutcome outcome = outcomeOfPost(reply, result);
        if (std::holds_alternative<send_outcome::Uncertain>(outcome))
            qCWarning(lcNet).noquote()
                << "Mastodon" << m_access.instanceName() << "reply" << reply.outboxId
                << "may have been posted:" << result.errorText();
        else if (std::holds_alternative<send_outcome::Failed>(outcome))
            qCWarning(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "reply"
                                       << reply.outboxId << "refused:" << result.errorText();
        done(outcome);
    });
}

std::chrono::milliseconds MastodonSender::waitFor(const HttpResult &result) const
{
    const std::int64_t now = m_access.clock->nowMs();
    std::int64_t until = 0;
    if (result.pause)
        until = result.pause->untilMs;
    else if (const auto pause = m_access.net->pauseOf(m_access.accountKey))
        until = pause->untilMs;
    else if (const auto after = readRetryAfter(result.headers, now))
        until = *after;
    return std::chrono::milliseconds(until > now ? until - now : 30'000);
}

SendOutcome MastodonSender::notPosted(const HttpResult &result, const QString &doing) const
{
    if (result.error == NetError::Paused || result.status == 429 || result.status == 503)
        return send_outcome::Retry{waitFor(result)};
    if (result.error == NetError::Refused)
        return send_outcome::Failed{describeMastodonFailure(m_access, result, doing)};
    if (result.error != NetError::None || result.status >= 500)
        return send_outcome::Retry{30s};
    if (result.status == 404 && doing == doingPost())
        return send_outcome::Failed{Tr::tr("The post you answer was deleted")};
    if (result.status == 422
        || (result.status >= 400 && result.status != 401 && result.status != 403
            && result.status != 404)) {
        const QString error = readErrorText(result.body);
        if (!error.isEmpty())
            return send_outcome::Failed{Tr::tr("Mastodon refused the reply: %1").arg(error)};
    }
    return send_outcome::Failed{describeMastodonFailure(m_access, result, doing)};
}

SendOutcome MastodonSender::outcomeOfPost(const OutgoingReply &reply,
                                          const HttpResult &result) const
{
    if (result.ok()) {
        QString problem;
        if (const auto status = readStatus(result.body, &problem)) {
            m_access.localIds->insert(status->uri, status->id);
            return send_outcome::Sent{status->uri};
        }
        // Posted, but the answer cannot be read: the same key asked again gives the same
        // status, so asking again is safe and learns its uri.
        qCWarning(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "reply"
                                   << reply.outboxId << "posted, answer unreadable";
        return send_outcome::Retry{60s};
    }
    // No answer after the request went out: posted or not, nobody knows.
    if (result.error != NetError::None && result.error != NetError::Paused
        && result.error != NetError::Refused && result.mayHaveArrived)
        return send_outcome::Uncertain{};
    // A server error after the request arrived is safe to try again: Mastodon answers the same
    // Idempotency-Key with the status it made, if it made one.
    return notPosted(result, doingPost());
}

} // namespace earshot
