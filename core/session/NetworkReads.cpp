// SPDX-License-Identifier: Apache-2.0
// WorkspaceSession's reads on request: the whole conversation of a case, a person's profile.
#include "session/WorkspaceSession.h"

#include "Tr.h"
#include "connectors/ConnectorHost.h"
#include "logging/LogCategories.h"
#include "store/StoreError.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

struct CaseOnNetwork {
    std::int64_t accountId = 0;
    QString platform;
    QString conversation;
    std::int64_t personId = 0;
    bool allPrivate = true;
    std::vector<QString> postIds; // the case's own posts, oldest first
};

std::optional<CaseOnNetwork> readCase(Database &db, std::int64_t caseId)
{
    Statement c(db, "SELECT coalesce(account_id, 0), platform, conversation, person_id FROM cases "
                    "WHERE id = ?");
    c.bind(1, caseId);
    if (!c.step())
        return std::nullopt;
    CaseOnNetwork found;
    found.accountId = c.toInt(0);
    found.platform = c.toString(1);
    found.conversation = c.toString(2);
    found.personId = c.toInt(3);
    Statement m(db, "SELECT platform_id, visibility FROM mentions WHERE case_id = ? "
                    "ORDER BY created_at, id");
    m.bind(1, caseId);
    while (m.step()) {
        found.postIds.push_back(m.toString(0));
        if (m.toString(1) != u"private")
            found.allPrivate = false;
    }
    return found;
}

void countWritten(const ConnectorHost::OnDemandAnswer &answer, NetworkReadOutcome *outcome)
{
    outcome->ok = answer.ok;
    outcome->error = answer.error;
    outcome->newPosts = answer.written.inserted;
    outcome->knownPosts = answer.written.duplicates;
    outcome->edited = answer.written.changes.edited;
    outcome->deleted = answer.written.changes.deleted;
    outcome->profiles = answer.written.changes.profiles;
}

} // namespace

void WorkspaceSession::loadConversation(std::int64_t caseId)
{
    NetworkReadOutcome outcome;
    outcome.kind = NetworkReadOutcome::Kind::Conversation;
    outcome.caseId = caseId;
    std::optional<CaseOnNetwork> found;
    try {
        found = readCase(m_reader, caseId);
    } catch (const StoreError &e) {
        outcome.error = e.message();
        Q_EMIT networkReadDone(outcome);
        return;
    }
    if (!found) {
        outcome.error = Tr::tr("There is no case #%1.").arg(caseId);
        Q_EMIT networkReadDone(outcome);
        return;
    }
    outcome.personId = found->personId;
    if (found->allPrivate && !found->postIds.empty()) {
        outcome.error = Tr::tr("A private conversation is heard whole already; only public "
                               "threads are read again.");
        Q_EMIT networkReadDone(outcome);
        return;
    }
    ConversationRequest request;
    // The thread's root when the case knows it, else its first post.
    request.postId = found->conversation.isEmpty() && !found->postIds.empty()
                         ? found->postIds.front()
                         : found->conversation;
    request.knownPostIds = found->postIds;
    qCInfo(lcWorkspace).noquote() << "Reading the conversation of case" << caseId << "on"
                                  << found->platform << "again";
    m_connectors->loadConversation(
        found->accountId, found->platform, request, this,
        [this, outcome](const ConnectorHost::OnDemandAnswer &answer) mutable {
            countWritten(answer, &outcome);
            qCInfo(lcWorkspace).noquote()
                << "Conversation of case" << outcome.caseId
                << (answer.ok ? u"read:"_s : u"not read"_s) << outcome.newPosts << "new posts,"
                << outcome.edited << "edited," << outcome.deleted << "deleted";
            Q_EMIT networkReadDone(outcome);
            if (answer.ok)
                Q_EMIT casesChanged({outcome.caseId});
        });
}

void WorkspaceSession::refreshProfile(std::int64_t personId, std::int64_t caseId)
{
    NetworkReadOutcome outcome;
    outcome.kind = NetworkReadOutcome::Kind::Profile;
    outcome.caseId = caseId;
    outcome.personId = personId;
    std::optional<PersonSummary> person;
    std::optional<CaseOnNetwork> ofCase;
    try {
        person = m_cases.person(personId);
        if (caseId != 0)
            ofCase = readCase(m_reader, caseId);
    } catch (const StoreError &e) {
        outcome.error = e.message();
        Q_EMIT networkReadDone(outcome);
        return;
    }
    if (!person) {
        outcome.error = Tr::tr("There is no person %1.").arg(personId);
        Q_EMIT networkReadDone(outcome);
        return;
    }
    // The handle on the case's network first, then the first one whose network has an account.
    const HandleRow *chosen = nullptr;
    for (const HandleRow &h : person->handles) {
        if (ofCase && h.platform == ofCase->platform) {
            chosen = &h;
            break;
        }
    }
    for (const HandleRow &h : person->handles) {
        if (!chosen && m_connectors->canRead(h.platform))
            chosen = &h;
    }
    if (!chosen) {
        outcome.error = Tr::tr("None of this person's networks has a connected account.");
        Q_EMIT networkReadDone(outcome);
        return;
    }
    ProfileRequest request;
    request.userId = chosen->userId;
    request.handle = chosen->handle;
    m_connectors->refreshProfile(
        ofCase && ofCase->platform == chosen->platform ? ofCase->accountId : 0, chosen->platform,
        request, this, [this, outcome](const ConnectorHost::OnDemandAnswer &answer) mutable {
            countWritten(answer, &outcome);
            qCInfo(lcWorkspace).noquote()
                << "Profile of person" << outcome.personId << (answer.ok ? "read" : "not read");
            Q_EMIT networkReadDone(outcome);
            if (!answer.ok)
                return;
            QList<qint64> cases;
            try {
                Statement s(m_reader, "SELECT id FROM cases WHERE person_id = ?");
                s.bind(1, outcome.personId);
                while (s.step())
                    cases.append(s.toInt(0));
            } catch (const StoreError &e) {
                Q_EMIT readFailed(e.message());
            }
            if (!cases.isEmpty())
                Q_EMIT casesChanged(cases);
        });
}

} // namespace earshot
