// SPDX-License-Identifier: Apache-2.0
#include "platforms/mastodon/MastodonReads.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"
#include "platforms/mastodon/MastodonText.h"

#include <QHash>
#include <QSet>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString doingConversation()
{
    return Tr::tr("reading a conversation");
}

QString statusPath(const QString &id, const QString &rest = {})
{
    return u"/api/v1/statuses/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

bool looksLikeUri(const QString &id)
{
    return id.startsWith(u"https://") || id.startsWith(u"http://");
}

} // namespace

struct MastodonReads::Read {
    ConversationRequest request;
    OnDemandDone done;
    OnDemandResult result;
    QString rootUri;                 // the thread's root
    QSet<QString> seen;              // uris read in the thread
    QHash<QString, QString> uriOfId; // instance-local id -> uri, of the thread's statuses
    std::vector<MastodonStatus> statuses;
    std::vector<QString> toCheck; // known posts not in the thread
};

MastodonReads::MastodonReads(MastodonAccess access, std::function<QString()> domain,
                             QObject *parent)
    : QObject(parent)
    , m_access(std::move(access))
    , m_domain(std::move(domain))
{}

MastodonReads::~MastodonReads() = default;

bool MastodonReads::isBrands(const MastodonStatus &status) const
{
    // The brand's handle as the account was added: "@brand", "brand" or "brand@instance". The
    // brand's account is local to its instance, where its acct is the bare user name.
    QString brand = m_access.handle.startsWith(u'@') ? m_access.handle.mid(1) : m_access.handle;
    const QString brandUser = brand.section(u'@', 0, 0);
    if (!status.acct.contains(u'@'))
        return status.acct.compare(brandUser, Qt::CaseInsensitive) == 0;
    if (!brand.contains(u'@'))
        brand += u'@' + m_domain();
    return status.acct.compare(brand, Qt::CaseInsensitive) == 0;
}

void MastodonReads::conversation(const ConversationRequest &request, OnDemandDone done)
{
    auto read = std::make_shared<Read>();
    read->request = request;
    read->done = std::move(done);
    read->result.ok = true;
    const QString local = m_access.localIds->value(request.postId);
    if (!local.isEmpty() || !looksLikeUri(request.postId)) {
        readRoot(read, local.isEmpty() ? request.postId : local);
        return;
    }
    find(read, request.postId, [this, read](bool failed, const std::optional<MastodonStatus> &s) {
        if (failed)
            return;
        if (!s) { // the instance no longer finds it: gone
            read->result.batch.changes.push_back(
                {PostChange::Kind::Deleted, u"mastodon"_s, read->request.postId, {}, 0});
            checkKnown(read);
            return;
        }
        readContext(read, *s);
    });
}

void MastodonReads::find(const std::shared_ptr<Read> &read, const QString &uri, Found then)
{
    QUrlQuery query;
    query.addQueryItem(u"q"_s, uri);
    query.addQueryItem(u"resolve"_s, u"true"_s);
    query.addQueryItem(u"type"_s, u"statuses"_s);
    query.addQueryItem(u"limit"_s, u"1"_s);
    m_access.net->submit(m_access.request("GET", u"/api/v2/search"_s, query), this,
                         [this, read, then = std::move(then)](const HttpResult &result) {
                             if (!result.ok()) {
                                 fail(read, result, doingConversation());
                                 then(true, std::nullopt);
                                 return;
                             }
                             QString problem;
                             const auto found = readFirstSearchStatus(result.body, &problem);
                             if (!found) {
                                 qCDebug(lcNet).noquote() << "Mastodon search answer:" << problem;
                                 fail(read, result, doingConversation());
                                 then(true, std::nullopt);
                                 return;
                             }
                             then(false, *found);
                         });
}

void MastodonReads::readRoot(const std::shared_ptr<Read> &read, const QString &localId)
{
    m_access.net->submit(
        m_access.request("GET", statusPath(localId)), this, [this, read](const HttpResult &r) {
            if (r.status == 404 || r.status == 410) {
                read->result.batch.changes.push_back(
                    {PostChange::Kind::Deleted, u"mastodon"_s, read->request.postId, {}, 0});
                checkKnown(read);
                return;
            }
            QString problem;
            const auto status = r.ok() ? readStatus(r.body, &problem) : std::nullopt;
            if (!status) {
                qCDebug(lcNet).noquote() << "Mastodon status answer:" << problem;
                fail(read, r, doingConversation());
                return;
            }
            readContext(read, *status);
        });
}

void MastodonReads::readContext(const std::shared_ptr<Read> &read, const MastodonStatus &root)
{
    m_access.net->submit(
        m_access.request("GET", statusPath(root.id, u"/context"_s)), this,
        [this, read, root](const HttpResult &r) {
            QString problem;
            const auto context = r.ok() ? earshot::readContext(r.body, &problem) : std::nullopt;
            if (!context) {
                qCDebug(lcNet).noquote() << "Mastodon context answer:" << problem;
                fail(read, r, doingConversation());
                return;
            }
            read->rootUri = context->ancestors.empty() ? root.uri : context->ancestors.front().uri;
            for (const MastodonStatus &s : context->ancestors)
                add(read, s);
            add(read, root);
            for (const MastodonStatus &s : context->descendants)
                add(read, s);
            for (const MastodonStatus &s : read->statuses) {
                if (isBrands(s))
                    continue; // our own posts are the outbox's, not mentions
                Mention m = mentionFromStatus(s, m_domain(), m_access.handle);
                m.conversationId = read->rootUri;
                if (!s.inReplyToId.isEmpty()) {
                    m.inReplyTo = read->uriOfId.value(s.inReplyToId);
                    if (m.inReplyTo.isEmpty())
                        m.inReplyTo = m_access.localIds->key(s.inReplyToId, s.inReplyToId);
                }
                if (s.editedAtMs != 0)
                    read->result.batch.changes.push_back(
                        {PostChange::Kind::Edited, u"mastodon"_s, s.uri, m.text, s.editedAtMs});
                read->result.batch.mentions.push_back(std::move(m));
            }
            checkKnown(read);
        });
}

void MastodonReads::add(const std::shared_ptr<Read> &read, const MastodonStatus &status)
{
    if (read->seen.contains(status.uri))
        return;
    read->seen.insert(status.uri);
    read->uriOfId.insert(status.id, status.uri);
    m_access.localIds->insert(status.uri, status.id);
    read->statuses.push_back(status);
}

void MastodonReads::checkKnown(const std::shared_ptr<Read> &read)
{
    if (read->toCheck.empty()) {
        // First time here: which of the case's posts the thread did not show.
        for (const QString &id : read->request.knownPostIds) {
            if (!read->seen.contains(id) && id != read->request.postId
                && int(read->toCheck.size()) < maxChecks)
                read->toCheck.push_back(id);
        }
        read->request.knownPostIds.clear();
        if (read->toCheck.empty()) {
            finish(read);
            return;
        }
    }
    const QString uri = read->toCheck.back();
    read->toCheck.pop_back();
    const auto next = [this, read] {
        if (read->toCheck.empty())
            finish(read);
        else
            checkKnown(read);
    };
    const auto judge = [read, uri](const std::optional<MastodonStatus> &status) {
        if (!status) {
            read->result.batch.changes.push_back(
                {PostChange::Kind::Deleted, u"mastodon"_s, uri, {}, 0});
        } else if (status->editedAtMs != 0) {
            read->result.batch.changes.push_back({PostChange::Kind::Edited, u"mastodon"_s, uri,
                                                  plainTextFromHtml(status->content),
                                                  status->editedAtMs});
        }
    };
    const QString local = m_access.localIds->value(uri);
    if (local.isEmpty()) {
        if (!looksLikeUri(uri)) { // an id that is not a status's uri: nothing to ask with
            next();
            return;
        }
        // A failure here is not a deletion: that post is left as it is.
        QUrlQuery query;
        query.addQueryItem(u"q"_s, uri);
        query.addQueryItem(u"resolve"_s, u"true"_s);
        query.addQueryItem(u"type"_s, u"statuses"_s);
        query.addQueryItem(u"limit"_s, u"1"_s);
        m_access.net->submit(m_access.request("GET", u"/api/v2/search"_s, query), this,
                             [read, judge, next](const HttpResult &r) {
                                 QString problem;
                                 const auto found = r.ok() ? readFirstSearchStatus(r.body, &problem)
                                                           : std::nullopt;
                                 if (found)
                                     judge(*found);
                                 next();
                             });
        return;
    }
    m_access.net->submit(m_access.request("GET", statusPath(local)), this,
                         [judge, next](const HttpResult &r) {
                             if (r.status == 404 || r.status == 410) {
                                 judge(std::nullopt);
                             } else if (r.ok()) {
                                 QString problem;
                                 if (const auto status = readStatus(r.body, &problem))
                                     judge(status);
                             }
                             next();
                         });
}

void MastodonReads::finish(const std::shared_ptr<Read> &read)
{
    if (!read->done)
        return;
    qCInfo(lcNet).noquote() << "Mastodon" << m_access.instanceName()
                            << "conversation read:" << read->statuses.size() << "posts,"
                            << read->result.batch.changes.size() << "changes";
    const OnDemandDone done = std::move(read->done);
    read->done = nullptr;
    done(read->result);
}

void MastodonReads::fail(const std::shared_ptr<Read> &read, const HttpResult &result,
                         const QString &doing)
{
    if (!read->done)
        return;
    qCWarning(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "conversation not read:"
                               << (result.ok() ? u"unreadable answer"_s : result.errorText());
    OnDemandResult failed;
    failed.error = result.ok() ? describeUnreadableAnswer(m_access, doing)
                               : describeMastodonFailure(m_access, result, doing);
    const OnDemandDone done = std::move(read->done);
    read->done = nullptr;
    done(failed);
}

void MastodonReads::profile(const ProfileRequest &request, OnDemandDone done)
{
    QUrlQuery query;
    QString acct = request.handle.startsWith(u'@') ? request.handle.mid(1) : request.handle;
    query.addQueryItem(u"acct"_s, acct);
    m_access.net->submit(
        m_access.request("GET", u"/api/v1/accounts/lookup"_s, query), this,
        [this, request, done = std::move(done)](const HttpResult &r) {
            OnDemandResult result;
            const QString doing = Tr::tr("reading a profile");
            if (r.status == 404 || r.status == 410) {
                result.error =
                    Tr::tr("%1 no longer knows this account.").arg(m_access.instanceName());
                done(result);
                return;
            }
            QString problem;
            const auto profile = r.ok() ? readAccount(r.body, &problem) : std::nullopt;
            if (!profile) {
                qCDebug(lcNet).noquote() << "Mastodon account answer:" << problem;
                result.error = r.ok() ? describeUnreadableAnswer(m_access, doing)
                                      : describeMastodonFailure(m_access, r, doing);
                done(result);
                return;
            }
            ProfileUpdate update;
            update.platform = u"mastodon"_s;
            update.userId = request.userId.isEmpty() ? profile->userId : request.userId;
            update.handle = fullAcct(profile->acct, m_domain());
            update.name = profile->displayName;
            update.bio = profile->bio;
            update.followers = profile->followers;
            result.ok = true;
            result.batch.profiles.push_back(std::move(update));
            qCInfo(lcNet).noquote() << "Mastodon" << m_access.instanceName() << "profile read";
            done(result);
        });
}

} // namespace earshot
