// SPDX-License-Identifier: Apache-2.0
#include "platforms/bluesky/BlueskyReads.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "platforms/bluesky/BlueskyRecords.h"

namespace earshot::bluesky {

using namespace Qt::StringLiterals;

struct BlueskyReads::Read {
    ConversationRequest request;
    OnDemandDone done;
    OnDemandResult result;
    QSet<QString> seen;
};

BlueskyReads::BlueskyReads(std::shared_ptr<Session> session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{}

BlueskyReads::~BlueskyReads() = default;

bool BlueskyReads::isBrands(const Mention &post) const
{
    return (!m_session->did().isEmpty() && post.author.id == m_session->did())
           || post.author.handle.compare(m_session->options().handle, Qt::CaseInsensitive) == 0;
}

void BlueskyReads::conversation(const ConversationRequest &request, OnDemandDone done)
{
    auto read = std::make_shared<Read>();
    read->request = request;
    read->done = std::move(done);
    read->result.ok = true;
    XrpcCall call;
    call.nsid = u"app.bsky.feed.getPostThread"_s;
    call.appView = true;
    call.query.addQueryItem(u"uri"_s, request.postId);
    call.query.addQueryItem(u"depth"_s, u"100"_s);
    call.query.addQueryItem(u"parentHeight"_s, u"100"_s);
    m_session->call(call, this, [this, read](const XrpcResult &r) {
        if (!r.ok()) {
            // The AppView says the post is gone: a deletion, and the rest is checked one by one.
            if (r.error == u"NotFound"_s) {
                read->result.batch.changes.push_back(
                    {PostChange::Kind::Deleted, u"bluesky"_s, read->request.postId, {}, 0});
                read->seen.insert(read->request.postId);
                checkKnown(read);
                return;
            }
            qCWarning(lcNet).noquote() << "Bluesky conversation not read:" << r.http.errorText();
            OnDemandResult failed;
            failed.error =
                r.problem.isEmpty() ? Tr::tr("Bluesky's answer could not be read") : r.problem;
            read->done(failed);
            return;
        }
        QString problem;
        auto thread = readThread(r.http.body, m_session->options().handle, &problem);
        if (!thread) {
            qCDebug(lcNet).noquote() << "Bluesky thread answer:" << problem;
            OnDemandResult failed;
            failed.error = Tr::tr("Bluesky's answer to reading a conversation could not be read");
            read->done(failed);
            return;
        }
        read->seen = thread->seen;
        for (Mention &post : thread->posts) {
            if (!isBrands(post))
                read->result.batch.mentions.push_back(std::move(post));
        }
        for (const QString &uri : thread->gone)
            read->result.batch.changes.push_back(
                {PostChange::Kind::Deleted, u"bluesky"_s, uri, {}, 0});
        checkKnown(read);
    });
}

void BlueskyReads::checkKnown(const std::shared_ptr<Read> &read)
{
    QStringList missing;
    for (const QString &uri : read->request.knownPostIds) {
        if (!read->seen.contains(uri) && uri.startsWith(u"at://") && missing.size() < maxChecks)
            missing.append(uri);
    }
    const auto finish = [this, read] {
        qCInfo(lcNet).noquote() << "Bluesky conversation read:"
                                << read->result.batch.mentions.size() << "posts,"
                                << read->result.batch.changes.size() << "changes";
        read->done(read->result);
    };
    if (missing.isEmpty()) {
        finish();
        return;
    }
    XrpcCall call;
    call.nsid = u"app.bsky.feed.getPosts"_s;
    call.appView = true;
    for (const QString &uri : missing)
        call.query.addQueryItem(u"uris"_s, uri);
    m_session->call(call, this, [read, missing, finish](const XrpcResult &r) {
        QString problem;
        // Not read: nothing is taken for deleted.
        const auto found = r.ok() ? readPostUris(r.http.body, &problem) : std::nullopt;
        if (found) {
            for (const QString &uri : missing) {
                if (!found->contains(uri))
                    read->result.batch.changes.push_back(
                        {PostChange::Kind::Deleted, u"bluesky"_s, uri, {}, 0});
            }
        }
        finish();
    });
}

void BlueskyReads::profile(const ProfileRequest &request, OnDemandDone done)
{
    XrpcCall call;
    call.nsid = u"app.bsky.actor.getProfile"_s;
    call.appView = true;
    call.query.addQueryItem(u"actor"_s, request.userId.isEmpty() ? request.handle : request.userId);
    m_session->call(call, this, [done = std::move(done)](const XrpcResult &r) {
        OnDemandResult result;
        if (!r.ok()) {
            result.error =
                r.problem.isEmpty() ? Tr::tr("Bluesky's answer could not be read") : r.problem;
            done(result);
            return;
        }
        QString problem;
        auto profile = readProfile(r.http.body, &problem);
        if (!profile) {
            qCDebug(lcNet).noquote() << "Bluesky profile answer:" << problem;
            result.error = Tr::tr("Bluesky's answer to reading a profile could not be read");
            done(result);
            return;
        }
        result.ok = true;
        result.batch.profiles.push_back(std::move(*profile));
        done(result);
    });
}

} // namespace earshot::bluesky
