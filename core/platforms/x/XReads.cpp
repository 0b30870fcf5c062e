// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XReads.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "net/NetworkLoop.h"

#include <QSet>

namespace earshot {

using namespace Qt::StringLiterals;

struct XReads::Read {
    ConversationRequest request;
    OnDemandDone done;
    OnDemandResult result;
    QSet<QString> seen;
    QString nextToken;
    int pages = 0;
};

XReads::XReads(NetworkLoop *net, XApiSettings api, std::shared_ptr<Clock> clock,
               std::function<void(const XReadUsage &)> readsDone, QObject *parent)
    : QObject(parent)
    , m_net(net)
    , m_api(std::move(api))
    , m_clock(std::move(clock))
    , m_readsDone(std::move(readsDone))
{}

XReads::~XReads() = default;

void XReads::count(const XReadUsage &usage) const
{
    if (m_readsDone)
        m_readsDone(usage);
}

void XReads::conversation(const ConversationRequest &request, OnDemandDone done)
{
    auto read = std::make_shared<Read>();
    read->request = request;
    read->done = std::move(done);
    read->result.ok = true;
    // A direct message ("dm:<event id>") has no conversation of posts to search: its messages
    // come with the account's direct messages every cycle.
    if (request.postId.contains(u':')) {
        checkKnown(read);
        return;
    }
    searchPage(read);
}

void XReads::searchPage(const std::shared_ptr<Read> &read)
{
    QUrlQuery query;
    query.addQueryItem(u"query"_s, u"conversation_id:"_s + read->request.postId);
    query.addQueryItem(u"max_results"_s, u"100"_s);
    if (!read->nextToken.isEmpty())
        query.addQueryItem(u"next_token"_s, read->nextToken);
    addPostFields(query);
    m_net->submit(m_api.request("GET", u"/2/tweets/search/recent"_s, query), this,
                  [this, read](const HttpResult &r) {
                      if (!r.ok()) {
                          failed(read, r);
                          return;
                      }
                      auto page = readMentionsPage(r.body, m_api.handle);
                      if (!page) {
                          OnDemandResult bad;
                          bad.error = Tr::tr("X sent an answer Earshot could not read");
                          read->done(bad);
                          return;
                      }
                      XReadUsage usage;
                      for (const Mention &m : page->mentions)
                          usage.postIds.push_back(m.id);
                      usage.userIds = page->userIds;
                      count(usage);
                      ++read->pages;
                      for (Mention &m : page->mentions) {
                          read->seen.insert(m.id);
                          if (m.author.handle.compare(m_api.handle, Qt::CaseInsensitive) == 0)
                              continue; // the brand's own replies are the outbox's
                          read->result.batch.mentions.push_back(std::move(m));
                      }
                      for (PostChange &edit : page->edits)
                          read->result.batch.changes.push_back(std::move(edit));
                      if (!page->nextToken.isEmpty() && read->pages < maxPages) {
                          read->nextToken = page->nextToken;
                          searchPage(read);
                          return;
                      }
                      checkKnown(read);
                  });
}

void XReads::checkKnown(const std::shared_ptr<Read> &read)
{
    QStringList missing;
    for (const QString &id : read->request.knownPostIds) {
        if (!read->seen.contains(id) && missing.size() < maxChecks
            && !id.contains(u':')) // a direct message's id is not a post's
            missing.append(id);
    }
    const auto finish = [read] { read->done(read->result); };
    if (missing.isEmpty()) {
        finish();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"ids"_s, missing.join(u','));
    m_net->submit(m_api.request("GET", u"/2/tweets"_s, query), this,
                  [this, read, finish](const HttpResult &r) {
                      // Not read: nothing is taken for deleted.
                      const auto lookup = r.ok() ? readTweetLookup(r.body) : std::nullopt;
                      if (lookup) {
                          count(XReadUsage{lookup->found, {}});
                          for (const QString &id : lookup->notFound)
                              read->result.batch.changes.push_back(
                                  {PostChange::Kind::Deleted, u"x"_s, id, {}, 0});
                      }
                      qCInfo(lcNet).noquote()
                          << "X account" << m_api.accountKey
                          << "conversation read:" << read->result.batch.mentions.size() << "posts,"
                          << read->result.batch.changes.size() << "changes";
                      finish();
                  });
}

void XReads::failed(const std::shared_ptr<Read> &read, const HttpResult &result)
{
    OnDemandResult failure;
    failure.error = describeXFailure(result, m_api.handle, m_clock->nowMs());
    qCInfo(lcNet).noquote() << "X account" << m_api.accountKey << "conversation not read: HTTP"
                            << result.status;
    read->done(failure);
}

void XReads::profile(const ProfileRequest &request, OnDemandDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"user.fields"_s,
                       u"description,public_metrics,verified,verified_type,name,username"_s);
    m_net->submit(m_api.request("GET", u"/2/users/"_s + request.userId, query), this,
                  [this, done = std::move(done)](const HttpResult &r) {
                      OnDemandResult result;
                      if (!r.ok()) {
                          result.error = describeXFailure(r, m_api.handle, m_clock->nowMs());
                          done(result);
                          return;
                      }
                      auto profile = readUserProfile(r.body);
                      if (!profile) {
                          // "Could not find user": X answers 200 with only errors.
                          result.error = Tr::tr("X does not know this person (any more)");
                          done(result);
                          return;
                      }
                      count(XReadUsage{{}, {profile->userId}});
                      result.ok = true;
                      result.batch.profiles.push_back(std::move(*profile));
                      done(result);
                  });
}

} // namespace earshot
