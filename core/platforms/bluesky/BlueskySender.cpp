// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskySender.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "platforms/bluesky/BlueskyRecords.h"

#include <QDateTime>

#include <algorithm>

namespace earshot::bluesky {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString postCollection = u"app.bsky.feed.post"_s;

} // namespace

// One reply on its way: reads the thread, resolves the handles, writes the record, and looks for
// it when the answer is unknown. The context of its own calls.
class SendJob final : public QObject {
public:
    SendJob(BlueskySender *sender, OutgoingReply reply, ReplySender::Done done)
        : m_sender(sender)
        , m_reply(std::move(reply))
        , m_done(std::move(done))
    {
        const QString key = m_reply.idempotencyKey.isEmpty()
                                ? u"outbox:"_s + QString::number(m_reply.outboxId)
                                : m_reply.idempotencyKey;
        m_rkey = recordKeyFor(key);
    }

    void run()
    {
        if (m_reply.isPrivate) {
            sendPrivate();
            return;
        }
        if (m_reply.attempt > 1) {
            // An earlier try may have written it: look first, write only when it is not there.
            lookUp([this](Found found, const QString &uri) {
                if (found == Found::Yes)
                    finish(send_outcome::Sent{uri});
                else
                    readThread();
            });
            return;
        }
        readThread();
    }

private:
    enum class Found { Yes, No, Unknown };

    Session &session() const { return *m_sender->m_session; }

    // A direct message into the case's conversation: its convo id as the mention carried it, or
    // the one Bluesky keeps with the person (getConvoForMembers) when the case began in public.
    void sendPrivate()
    {
        const QString &conversation = m_reply.conversationId;
        if (!conversation.isEmpty() && !conversation.startsWith(u"at://"_s)) {
            postMessage(conversation);
            return;
        }
        if (!m_reply.recipientId.startsWith(u"did:"_s)) {
            finish(send_outcome::Failed{
                Tr::tr("Earshot does not know whom to send this direct message to on Bluesky")});
            return;
        }
        XrpcCall call;
        call.nsid = u"chat.bsky.convo.getConvoForMembers"_s;
        call.chat = true;
        call.query.addQueryItem(u"members"_s, m_reply.recipientId);
        session().call(call, this, [this](const XrpcResult &r) {
            const QString convoId = r.ok() ? readConvoId(r.http.body) : QString();
            if (convoId.isEmpty()) {
                finishMessage(r);
                return;
            }
            postMessage(convoId);
        });
    }

    void postMessage(const QString &convoId)
    {
        XrpcCall call;
        call.method = "POST";
        call.nsid = u"chat.bsky.convo.sendMessage"_s;
        call.chat = true;
        call.body = sendMessageJson(convoId, m_reply.body);
        session().call(call, this, [this, convoId](const XrpcResult &r) {
            if (r.ok()) {
                qCInfo(lcNet) << "Bluesky direct message" << m_reply.outboxId << "sent";
                finish(
                    send_outcome::Sent{chatMentionId(convoId, readStringField(r.http.body, "id"))});
                return;
            }
            finishMessage(r);
        });
    }

    // A direct message has no key of its own to look for: an answer that did not come is
    // Uncertain.
    void finishMessage(const XrpcResult &r)
    {
        const HttpResult &http = r.http;
        if (http.pause || http.error == NetError::Paused || http.status == 429
            || (!session().refused() && !r.callSent)
            || (http.error != NetError::None && !http.mayHaveArrived)) {
            finish(send_outcome::Retry{retryAfter(r)});
        } else if (session().refused()) {
            finish(send_outcome::Failed{r.problem});
        } else if (http.error == NetError::None && http.status >= 400 && http.status < 500) {
            finish(send_outcome::Failed{
                Tr::tr("Bluesky refused the direct message: %1").arg(r.problem)});
        } else if (http.ok()) { // getConvoForMembers answered without a convo
            finish(send_outcome::Failed{
                Tr::tr("Bluesky has no conversation with this person for a direct message")});
        } else {
            qCWarning(lcNet) << "Bluesky direct message" << m_reply.outboxId
                             << "may or may not have been sent";
            finish(send_outcome::Uncertain{});
        }
    }
    QString repo() const
    {
        return session().did().isEmpty() ? session().options().handle : session().did();
    }
    QString uriOfRecord() const
    {
        return u"at://"_s + repo() + u'/' + postCollection + u'/' + m_rkey;
    }

    void readThread()
    {
        if (m_reply.inReplyTo.isEmpty()) {
            resolveHandles();
            return;
        }
        XrpcCall call;
        call.nsid = u"app.bsky.feed.getPosts"_s;
        call.appView = true;
        call.query.addQueryItem(u"uris"_s, m_reply.inReplyTo);
        session().call(call, this, [this](const XrpcResult &r) {
            if (!r.ok()) {
                finishWithAnswer(r, false);
                return;
            }
            QString problem;
            const std::optional<PostRefs> refs =
                readPostRefs(r.http.body, m_reply.inReplyTo, &problem);
            if (!refs) {
                finish(send_outcome::Retry{retryAfter(r)});
                return;
            }
            if (refs->post.isEmpty()) {
                finish(send_outcome::Failed{
                    Tr::tr("The post this reply answers is no longer on Bluesky")});
                return;
            }
            if (refs->blocked) {
                finish(send_outcome::Failed{
                    Tr::tr("Bluesky does not let this account reply: one of you blocks the "
                           "other")});
                return;
            }
            if (refs->replyDisabled) {
                finish(send_outcome::Failed{
                    Tr::tr("The author of this thread does not let this account reply")});
                return;
            }
            m_draft.parent = refs->post;
            m_draft.root = refs->root;
            resolveHandles();
        });
    }

    void resolveHandles()
    {
        m_handles = findHandles(m_reply.body);
        m_nextHandle = 0;
        resolveNext();
    }

    void resolveNext()
    {
        while (m_nextHandle < m_handles.size()) {
            const HandleInText &h = m_handles[m_nextHandle];
            const QString known = m_dids.value(h.handle.toLower());
            if (!known.isEmpty()) {
                m_draft.facets.push_back({h.byteStart, h.byteEnd, known});
                ++m_nextHandle;
                continue;
            }
            if (h.handle.compare(m_reply.recipientHandle, Qt::CaseInsensitive) == 0
                && m_reply.recipientId.startsWith(u"did:"_s)) {
                m_dids.insert(h.handle.toLower(), m_reply.recipientId);
                continue;
            }
            if (m_dids.contains(h.handle.toLower())) { // resolved to nothing before
                ++m_nextHandle;
                continue;
            }
            XrpcCall call;
            call.nsid = u"com.atproto.identity.resolveHandle"_s;
            call.appView = true;
            call.query.addQueryItem(u"handle"_s, h.handle);
            session().call(call, this, [this, handle = h.handle](const XrpcResult &r) {
                // A handle that does not resolve stays plain text.
                const QString did = r.ok() ? readStringField(r.http.body, "did") : QString();
                if (did.isEmpty())
                    qCDebug(lcNet) << "Bluesky handle" << handle << "did not resolve";
                m_dids.insert(handle.toLower(), did);
                resolveNext();
            });
            return;
        }
        write();
    }

    void write()
    {
        m_draft.text = m_reply.body;
        // Qt::UTC writes "Z", as Bluesky's own clients do (a UTC zone object writes "+00:00").
        m_draft.createdAt = QDateTime::fromMSecsSinceEpoch(session().clock().nowMs(), Qt::UTC)
                                .toString(Qt::ISODateWithMs);
        XrpcCall call;
        call.method = "POST";
        call.nsid = u"com.atproto.repo.createRecord"_s;
        call.body = createRecordJson(repo(), postCollection, m_rkey, m_draft);
        session().call(call, this, [this](const XrpcResult &r) {
            if (r.ok()) {
                const QString uri = readStringField(r.http.body, "uri");
                qCInfo(lcNet) << "Bluesky reply" << m_reply.outboxId << "posted";
                finish(send_outcome::Sent{uri.isEmpty() ? uriOfRecord() : uri});
                return;
            }
            finishWithAnswer(r, true);
        });
    }

    // A call that did not work: what that means for the reply.
    void finishWithAnswer(const XrpcResult &r, bool wrote)
    {
        const HttpResult &http = r.http;
        if (http.pause || http.error == NetError::Paused || http.status == 429) {
            finish(send_outcome::Retry{retryAfter(r)});
            return;
        }
        if (session().refused()) {
            finish(send_outcome::Failed{r.problem});
            return;
        }
        if (!r.callSent) { // the sign-in failed: nothing was written
            finish(send_outcome::Retry{retryAfter(r)});
            return;
        }
        const bool unknown =
            http.error != NetError::None ? http.mayHaveArrived : http.status >= 500;
        if (!wrote) {
            // Nothing was written yet: a 4xx is final, anything else may be tried again.
            if (http.error == NetError::None && http.status >= 400 && http.status < 500)
                finish(
                    send_outcome::Failed{Tr::tr("Bluesky refused the reply: %1").arg(r.problem)});
            else
                finish(send_outcome::Retry{retryAfter(r)});
            return;
        }
        if (http.error != NetError::None && !http.mayHaveArrived) {
            finish(send_outcome::Retry{retryAfter(r)});
            return;
        }
        const bool refusedAsIs = !unknown && http.status >= 400 && http.status < 500;
        // The record may be there (the answer did not come, or the server says it exists): look.
        lookUp([this, r, refusedAsIs](Found found, const QString &uri) {
            if (found == Found::Yes) {
                qCInfo(lcNet) << "Bluesky reply" << m_reply.outboxId
                              << "was found posted after an unclear answer";
                finish(send_outcome::Sent{uri});
            } else if (refusedAsIs && !r.message.contains(u"exist"_s, Qt::CaseInsensitive)) {
                finish(
                    send_outcome::Failed{Tr::tr("Bluesky refused the reply: %1").arg(r.problem)});
            } else if (found == Found::No) {
                // Not there: trying again writes the same record key, so it cannot double.
                finish(send_outcome::Retry{BlueskySender::retryAfterUnknown});
            } else {
                qCWarning(lcNet) << "Bluesky reply" << m_reply.outboxId
                                 << "may or may not have been posted";
                finish(send_outcome::Uncertain{});
            }
        });
    }

    template <class Then> void lookUp(Then then)
    {
        XrpcCall call;
        call.nsid = u"com.atproto.repo.getRecord"_s;
        call.query.addQueryItem(u"repo"_s, repo());
        call.query.addQueryItem(u"collection"_s, postCollection);
        call.query.addQueryItem(u"rkey"_s, m_rkey);
        session().call(call, this, [this, then = std::move(then)](const XrpcResult &r) {
            if (r.ok()) {
                const QString uri = readStringField(r.http.body, "uri");
                then(Found::Yes, uri.isEmpty() ? uriOfRecord() : uri);
            } else if (r.http.error == NetError::None && r.http.status == 400
                       && r.error == u"RecordNotFound"_s) {
                then(Found::No, QString());
            } else {
                then(Found::Unknown, QString());
            }
        });
    }

    std::chrono::milliseconds retryAfter(const XrpcResult &r) const
    {
        if (r.http.pause) {
            const std::int64_t wait = r.http.pause->untilMs - session().clock().nowMs();
            return std::chrono::milliseconds(std::max<std::int64_t>(wait, 1000));
        }
        return BlueskySender::retryAfterUnknown;
    }

    void finish(const SendOutcome &outcome)
    {
        ReplySender::Done done = std::move(m_done);
        m_sender->finished(this); // deletes this later; nothing of it is used after
        if (done)
            done(outcome);
    }

    BlueskySender *m_sender;
    OutgoingReply m_reply;
    ReplySender::Done m_done;
    QString m_rkey;
    PostDraft m_draft;
    std::vector<HandleInText> m_handles;
    std::size_t m_nextHandle = 0;
    QHash<QString, QString> m_dids; // lower-case handle -> DID (empty: did not resolve)
};

BlueskySender::BlueskySender(std::shared_ptr<Session> session, QObject *parent)
    : ReplySender(parent)
    , m_session(std::move(session))
{}

BlueskySender::~BlueskySender() = default;

void BlueskySender::send(const OutgoingReply &reply, Done done)
{
    auto job = std::make_unique<SendJob>(this, reply, std::move(done));
    SendJob *raw = job.get();
    m_jobs.push_back(std::move(job));
    raw->run();
}

void BlueskySender::finished(SendJob *job)
{
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [job](const auto &j) { return j.get() == job; });
    if (it != m_jobs.end()) {
        it->release()->deleteLater();
        m_jobs.erase(it);
    }
}

} // namespace earshot::bluesky
