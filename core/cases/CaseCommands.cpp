// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseCommands.h"

#include "Tr.h"
#include "cases/Agents.h"
#include "cases/CaseRescorer.h"
#include "cases/CaseSeen.h"
#include "cases/CaseVocabulary.h"
#include "cases/LeadRouting.h"
#include "cases/PrioritySettings.h"
#include "cases/Queue.h"
#include "cases/WaitingPoints.h"
#include "learning/LearningExamples.h"
#include "listening/Reading.h"
#include "logging/LogCategories.h"
#include "replies/Outbox.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

CommandOutcome refused(const CaseCommand &command, const QString &reason)
{
    CommandOutcome outcome;
    outcome.requestId = command.requestId;
    outcome.kind = command.kind;
    outcome.caseId = command.caseId;
    outcome.error = reason;
    return outcome;
}

CommandOutcome done(const CaseCommand &command, std::int64_t caseId, std::int64_t version)
{
    CommandOutcome outcome;
    outcome.requestId = command.requestId;
    outcome.kind = command.kind;
    outcome.ok = true;
    outcome.caseId = caseId;
    outcome.version = version;
    if (caseId != 0)
        outcome.changedCases.append(caseId);
    return outcome;
}

QString formatTime(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(),
                              QLocale::ShortFormat);
}

// "@Priya" or "@a-priya": colleagues a note speaks to, by first name or key.
QStringList mentionedAgents(Database &db, const QString &text)
{
    static const QRegularExpression mention(u"@([\\p{L}\\p{N}._-]+)"_s);
    QStringList keys;
    Statement agents(db, "SELECT key, name FROM agents");
    std::vector<std::pair<QString, QString>> all;
    while (agents.step())
        all.emplace_back(agents.toString(0), agents.toString(1));
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured(1);
        for (const auto &[key, name] : all) {
            const QString firstName = name.section(u' ', 0, 0);
            if ((word.compare(key, Qt::CaseInsensitive) == 0
                 || word.compare(firstName, Qt::CaseInsensitive) == 0)
                && !keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

} // namespace

CaseCommands::CaseCommands(Database &writer)
    : m_db(writer)
    , m_events(writer)
{}

bool CaseCommands::collides(CaseEventType eventType)
{
    return eventType == CaseEventType::Assigned || eventType == CaseEventType::StatusChanged
           || eventType == CaseEventType::ReplyQueued;
}

CommandOutcome CaseCommands::execute(const CaseCommand &command)
{
    try {
        Transaction transaction(m_db, Transaction::Durability::PersonWrote);
        CommandOutcome outcome = run(command);
        if (outcome.ok)
            transaction.commit();
        return outcome;
    } catch (const StoreError &e) {
        qCWarning(lcCases).noquote() << "Command" << int(command.kind) << "on case"
                                     << command.caseId << "failed:" << e.message();
        return refused(command, Tr::tr("Could not save this change: %1").arg(e.message()));
    }
}

CommandOutcome CaseCommands::run(const CaseCommand &command)
{
    if (command.kind == CaseCommand::Kind::TakeNext)
        return takeNext(command);
    if (command.kind == CaseCommand::Kind::SaveDraft)
        return saveDraft(command);
    const std::optional<CaseState> state = caseState(command.caseId);
    if (!state)
        return refused(command, Tr::tr("Case #%1 does not exist.").arg(command.caseId));
    const bool guarded = command.kind == CaseCommand::Kind::Assign
                         || command.kind == CaseCommand::Kind::SetStatus
                         || command.kind == CaseCommand::Kind::Reply;
    if (guarded && command.seenVersion < state->version) {
        const QStringList changes =
            changesSince(*state, command.seenVersion, actorKey(command.agentId));
        if (!changes.isEmpty()) {
            CommandOutcome outcome = refused(
                command, Tr::tr("Case #%1 changed since you opened it.").arg(command.caseId));
            outcome.changes = changes;
            outcome.version = state->version;
            return outcome;
        }
    }
    // The customer writing again does not move the version (it collides with no colleague), so
    // a reply or a resolve over a message the agent has not seen is caught here.
    const bool closes = command.kind == CaseCommand::Kind::SetStatus && command.status
                        && !isOpenStatus(*command.status);
    if ((command.kind == CaseCommand::Kind::Reply || closes) && command.seenMentionId) {
        if (const auto at = unseenMessageSince(m_db, state->id, *command.seenMentionId)) {
            CommandOutcome outcome =
                refused(command, unseenMessageText(*at) + u' '
                                     + Tr::tr("Read it first, then send or resolve again."));
            outcome.version = state->version;
            outcome.unseenMessage = true;
            return outcome;
        }
        markCaseSeen(m_db, command.agentId, state->id, *command.seenMentionId,
                     m_db.clock().nowMs());
    }
    switch (command.kind) {
    case CaseCommand::Kind::Assign:
        return assign(command, *state);
    case CaseCommand::Kind::SetStatus:
        return setStatus(command, *state);
    case CaseCommand::Kind::AddNote:
        return addNote(command, *state);
    case CaseCommand::Kind::AddTag:
    case CaseCommand::Kind::RemoveTag:
        return changeTag(command, *state);
    case CaseCommand::Kind::Correct:
        return correct(command, *state);
    case CaseCommand::Kind::Reply:
        return reply(command, *state);
    case CaseCommand::Kind::TakeNext:
    case CaseCommand::Kind::SaveDraft:
        break;
    }
    return refused(command, Tr::tr("This command is not known."));
}

std::optional<CaseState> CaseCommands::caseState(std::int64_t caseId)
{
    Statement s(m_db, "SELECT id, status, coalesce(assignee_id, 0), version, platform, "
                      "coalesce(account_id, 0) FROM cases WHERE id = ?");
    s.bind(1, caseId);
    if (!s.step())
        return std::nullopt;
    // cases.status is CHECKed to the status keys.
    const CaseStatus status = caseStatusFromKey(s.toString(1)).value_or(CaseStatus::Open);
    return CaseState{s.toInt(0), status, s.toInt(2), s.toInt(3), s.toString(4), s.toInt(5)};
}

QString CaseCommands::actorKey(std::int64_t agentId)
{
    Statement s(m_db, "SELECT key FROM agents WHERE id = ?");
    s.bind(1, agentId);
    return s.step() ? s.toString(0) : u"unknown"_s;
}

QStringList CaseCommands::changesSince(const CaseState &state, std::int64_t seenVersion,
                                       const QString &actor)
{
    Statement s(m_db, "SELECT e.type, e.actor, coalesce(a.name, e.actor), e.at, e.payload "
                      "FROM case_events e LEFT JOIN agents a ON a.key = e.actor "
                      "WHERE e.case_id = ? AND e.version > ? ORDER BY e.version");
    s.bind(1, state.id).bind(2, seenVersion);
    QStringList changes;
    while (s.step()) {
        // A type this Earshot does not know (a newer one's) is no collision.
        const std::optional<CaseEventType> type = caseEventTypeFromKey(s.toString(0));
        if (!type || !collides(*type) || s.toString(1) == actor)
            continue;
        const QString who = s.toString(1) == u"system" ? Tr::tr("Earshot") : s.toString(2);
        const QString when = formatTime(s.toInt(3));
        const json details = json::parse(s.toString(4).toStdString(), nullptr, false);
        if (*type == CaseEventType::Assigned) {
            const QString to = details.is_object() && details.contains("name")
                                   ? QString::fromStdString(details.value("name", std::string()))
                                   : QString();
            changes.append(to.isEmpty() ? Tr::tr("%1 unassigned it at %2.").arg(who, when)
                                        : Tr::tr("%1 assigned it to %2 at %3.").arg(who, to, when));
        } else if (*type == CaseEventType::StatusChanged) {
            const QString to =
                details.is_object()
                    ? statusTitle(QString::fromStdString(details.value("to", std::string())))
                    : QString();
            const bool byCustomer =
                details.is_object() && details.value("reason", std::string()) == "customer";
            changes.append(
                byCustomer
                    ? Tr::tr("The customer wrote again at %1; the case is %2 now.").arg(when, to)
                    : Tr::tr("%1 set it to %2 at %3.").arg(who, to, when));
        } else {
            changes.append(Tr::tr("%1 replied at %2.").arg(who, when));
        }
    }
    return changes;
}

std::int64_t CaseCommands::appendStatus(const CaseState &state, CaseStatus to, const QString &actor,
                                        std::int64_t nowMs,
                                        std::optional<std::int64_t> snoozeUntilMs)
{
    Statement update(m_db, "UPDATE cases SET status = ?, snoozed_until = ?, "
                           "resolved_at = CASE WHEN ? THEN ? ELSE resolved_at END "
                           "WHERE id = ?");
    const QString toKey = caseStatusKey(to);
    update.bind(1, toKey)
        .bindOptional(2, to == CaseStatus::Snoozed ? snoozeUntilMs : std::nullopt)
        .bind(3, std::int64_t(to == CaseStatus::Resolved))
        .bind(4, nowMs)
        .bind(5, state.id)
        .run();
    json details{{"from", caseStatusKey(state.status).toStdString()}, {"to", toKey.toStdString()}};
    if (to == CaseStatus::Snoozed && snoozeUntilMs)
        details["until"] = *snoozeUntilMs;
    return m_events.append(state.id, CaseEventType::StatusChanged, actor, nowMs,
                           eventPayload(details));
}

namespace {

// The agent's key and name into an Assigned event's details; false when there is no such agent.
bool describeAssignee(Database &db, std::int64_t agentId, json *details)
{
    Statement agent(db, "SELECT key, name FROM agents WHERE id = ?");
    agent.bind(1, agentId);
    if (!agent.step())
        return false;
    (*details)["agent"] = agent.toString(0).toStdString();
    (*details)["name"] = agent.toString(1).toStdString();
    return true;
}

} // namespace

CommandOutcome CaseCommands::assign(const CaseCommand &command, const CaseState &state)
{
    if (command.assigneeId == state.assigneeId)
        return done(command, state.id, state.version);
    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    json details{{"from", state.assigneeId}};
    if (command.assigneeId != 0) {
        if (!describeAssignee(m_db, command.assigneeId, &details))
            return refused(command,
                           Tr::tr("There is no agent with the number %1.").arg(command.assigneeId));
    }
    Statement update(m_db, "UPDATE cases SET assignee_id = ? WHERE id = ?");
    update.bindOptional(1, command.assigneeId ? std::optional(command.assigneeId) : std::nullopt)
        .bind(2, state.id)
        .run();
    std::int64_t version =
        m_events.append(state.id, CaseEventType::Assigned, actor, now, eventPayload(details));
    // Taking a new case on is the start of working on it.
    if (state.status == CaseStatus::New && command.assigneeId != 0)
        version = appendStatus(state, CaseStatus::Open, actor, now);
    return done(command, state.id, version);
}

std::int64_t CaseCommands::ownIfUnassigned(const CaseState &state, std::int64_t agentId,
                                           const QString &actor, std::int64_t nowMs)
{
    if (state.assigneeId != 0 || agentId == 0)
        return state.version;
    json details{{"from", 0}};
    if (!describeAssignee(m_db, agentId, &details))
        return state.version;
    Statement update(m_db, "UPDATE cases SET assignee_id = ? WHERE id = ?");
    update.bind(1, agentId).bind(2, state.id).run();
    return m_events.append(state.id, CaseEventType::Assigned, actor, nowMs, eventPayload(details));
}

CommandOutcome CaseCommands::setStatus(const CaseCommand &command, const CaseState &state)
{
    if (!command.status || !isAgentSettableStatus(*command.status)) {
        const QString key = command.status ? caseStatusKey(*command.status) : QString();
        return refused(command, Tr::tr("\"%1\" is not a status an agent can set.").arg(key));
    }
    const CaseStatus to = *command.status;
    if (to == state.status && to != CaseStatus::Snoozed)
        return done(command, state.id, state.version);
    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    CaseState moved = state;
    // Whoever resolves a case nobody owned answers for it, as whoever replies does.
    if (to == CaseStatus::Resolved)
        moved.version = ownIfUnassigned(state, command.agentId, actor, now);
    const std::int64_t version = appendStatus(moved, to, actor, now, command.snoozeUntilMs);
    return done(command, state.id, version);
}

CommandOutcome CaseCommands::addNote(const CaseCommand &command, const CaseState &state)
{
    const QString text = command.text.trimmed();
    if (text.isEmpty())
        return refused(command, Tr::tr("An empty note is not saved."));
    json mentions = json::array();
    for (const QString &key : mentionedAgents(m_db, text))
        mentions.push_back(key.toStdString());
    const std::int64_t version = m_events.append(
        state.id, CaseEventType::Note, actorKey(command.agentId), m_db.clock().nowMs(),
        eventPayload({{"text", text.toStdString()}, {"mentions", mentions}}));
    return done(command, state.id, version);
}

CommandOutcome CaseCommands::changeTag(const CaseCommand &command, const CaseState &state)
{
    const QString tag = normalizedTag(command.text);
    if (tag.isEmpty())
        return refused(command, Tr::tr("A tag needs at least one letter or digit."));
    const bool adding = command.kind == CaseCommand::Kind::AddTag;
    Statement change(m_db, adding ? "INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)"
                                  : "DELETE FROM case_tags WHERE case_id = ? AND tag = ?");
    change.bind(1, state.id).bind(2, tag).run();
    if (m_db.changes() == 0)
        return done(command, state.id, state.version); // already so: nothing to record
    const std::int64_t version =
        m_events.append(state.id, adding ? CaseEventType::TagAdded : CaseEventType::TagRemoved,
                        actorKey(command.agentId), m_db.clock().nowMs(),
                        eventPayload({{"tag", tag.toStdString()}}));
    return done(command, state.id, version);
}

CommandOutcome CaseCommands::clearRisk(const CaseCommand &command, const CaseState &state)
{
    const std::optional<Risk> risk = riskFromKey(command.value);
    if (!risk)
        return refused(command, Tr::tr("\"%1\" is not a risk Earshot knows.").arg(command.value));
    Statement before(m_db, "SELECT risks FROM cases WHERE id = ?");
    before.bind(1, state.id);
    const RiskFlags flags = before.step() ? RiskFlags(before.toInt(0)) : 0;
    before.reset();
    if (!hasRisk(flags, *risk))
        return done(command, state.id, state.version); // already clear: nothing to record
    // Cleared on the case, not on the message that raised it: a later message that raises it
    // again raises it again.
    Statement update(m_db, "UPDATE cases SET risks = risks & ~? WHERE id = ?");
    update.bind(1, std::int64_t(riskFlag(*risk))).bind(2, state.id).run();
    CaseRescorer(m_db).oneCase(state.id, loadPriorityWeights(m_db));
    const std::int64_t version = m_events.append(
        state.id, CaseEventType::Corrected, actorKey(command.agentId), m_db.clock().nowMs(),
        eventPayload({{"field", "risk"}, {"from", command.value.toStdString()}, {"to", ""}}));
    return done(command, state.id, version);
}

CommandOutcome CaseCommands::correct(const CaseCommand &command, const CaseState &state)
{
    if (command.field == u"risk")
        return clearRisk(command, state);
    const char *column = nullptr;
    if (command.field == u"sentiment" && isSentiment(command.value))
        column = "sentiment";
    else if (command.field == u"category" && isCategory(command.value))
        column = "category";
    else if (command.field == u"priority" && isPriority(command.value))
        column = "priority";
    if (!column)
        return refused(command, Tr::tr("\"%1\" is not a sentiment, category or priority "
                                       "Earshot knows.")
                                    .arg(command.value));
    const QByteArray beforeSql =
        QByteArray("SELECT coalesce(") + column + ", '') FROM cases WHERE id = ?";
    Statement before(m_db, beforeSql.constData());
    before.bind(1, state.id);
    const QString from = before.step() ? before.toString(0) : QString();
    before.reset();
    if (from == command.value)
        return done(command, state.id, state.version);
    const QByteArray updateSql = QByteArray("UPDATE cases SET ") + column + " = ? WHERE id = ?";
    Statement update(m_db, updateSql.constData());
    if (command.field == u"priority")
        update.bind(1, command.value.toInt());
    else
        update.bind(1, command.value);
    update.bind(2, state.id).run();
    // The agent's word outlives a later reading of the customer's next message.
    const int correctedBit = command.field == u"sentiment"  ? 1
                             : command.field == u"category" ? 2
                                                            : 4;
    Statement mark(m_db, "UPDATE cases SET corrected = corrected | ? WHERE id = ?");
    mark.bind(1, correctedBit).bind(2, state.id).run();
    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    if (command.field != u"priority") {
        keepAsExample(command, state, actor, now);
        // The queue follows the corrected reading at once, as the case desk's "why" does.
        CaseRescorer(m_db).oneCase(state.id, loadPriorityWeights(m_db));
    }
    // Kept as an event: what the machine read and what the agent knew better.
    const std::int64_t version =
        m_events.append(state.id, CaseEventType::Corrected, actor, now,
                        eventPayload({{"field", command.field.toStdString()},
                                      {"from", from.toStdString()},
                                      {"to", command.value.toStdString()}}));
    return done(command, state.id, version);
}

void CaseCommands::keepAsExample(const CaseCommand &command, const CaseState &state,
                                 const QString &actor, std::int64_t nowMs)
{
    // What the customer said last is what the agent read when they corrected the case.
    Statement latest(m_db, "SELECT text FROM mentions WHERE case_id = ? "
                           "ORDER BY created_at DESC, id DESC LIMIT 1");
    latest.bind(1, state.id);
    if (!latest.step())
        return;
    LearningExample example;
    example.field = command.field == u"sentiment" ? LearnedModel::Field::Sentiment
                                                  : LearnedModel::Field::Category;
    example.label = command.value;
    example.text = latest.toString(0);
    example.source = actor;
    example.caseId = state.id;
    example.createdAtMs = nowMs;
    LearningExamples(m_db).add(example);
}

CommandOutcome CaseCommands::reply(const CaseCommand &command, const CaseState &state)
{
    const CaseStatus afterwards = command.status.value_or(CaseStatus::Pending);
    if (!isAgentSettableStatus(afterwards))
        return refused(
            command,
            Tr::tr("\"%1\" is not a status an agent can set.").arg(caseStatusKey(afterwards)));
    Outbox outbox(m_db);
    QString problem;
    const std::int64_t outboxId =
        outbox.queue(state.id, state.platform, state.accountId, command.agentId, command.text,
                     command.isPrivate, &problem);
    if (outboxId == 0)
        return refused(command, problem);
    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    // The agent who answers a case nobody owned owns it: the customer's next message comes back
    // to them, not to the unassigned queue. A case assigned to someone else stays theirs.
    ownIfUnassigned(state, command.agentId, actor, now);
    std::int64_t version =
        m_events.append(state.id, CaseEventType::ReplyQueued, actor, now,
                        eventPayload({{"outbox", outboxId},
                                      {"visibility", command.isPrivate ? "private" : "public"}}));
    if (afterwards != state.status) {
        CaseState moved = state;
        moved.version = version;
        version = appendStatus(moved, afterwards, actor, now);
    }
    Statement clearDraft(m_db, "DELETE FROM drafts WHERE case_id = ? AND agent_id = ?");
    clearDraft.bind(1, state.id).bind(2, command.agentId).run();
    // Answered: the customer waits no longer and needs no reply until they write again (a note,
    // private to the team, would not count). The queue drops the case's "needs a reply" points.
    Statement answered(m_db, "UPDATE cases SET waiting_since = NULL, needs_reply = 0 WHERE id = ?");
    answered.bind(1, state.id).run();
    CaseRescorer(m_db).oneCase(state.id, loadPriorityWeights(m_db));
    CommandOutcome outcome = done(command, state.id, version);
    outcome.outboxId = outboxId;
    return outcome;
}

CommandOutcome CaseCommands::takeNext(const CaseCommand &command)
{
    // The first case of the triage order nobody has taken (highest priority, then the longest
    // waiting): no cherry-picking. An agent is never handed a case whose risk the team leaves
    // to a lead; a lead is handed those first, as nobody else will take them.
    // The wait counts as the list shows it: points brought up to date first, in this
    // transaction, so a case waiting long enough to rank higher is handed out first.
    refreshWaitingPoints(m_db, m_db.clock().nowMs());
    const std::optional<AgentRow> agent = agentById(m_db, command.agentId);
    const bool lead = agent && LeadRouting::roleTakesLeadCases(agent->role);
    const RiskFlags leadRisks = LeadRouting::load(m_db);
    std::optional<std::int64_t> caseId;
    if (lead && leadRisks != 0)
        caseId = firstUnassigned(leadRisks, true);
    if (!caseId)
        caseId = firstUnassigned(lead ? 0 : leadRisks, false);
    if (!caseId) {
        const RiskFlags leftToLead = lead ? 0 : leadRisks;
        if (const qint64 waiting = casesLeftToLead(leftToLead); waiting > 0) {
            return refused(command, Tr::tr("No unassigned case is waiting for you: %n left to a "
                                           "lead (%1).",
                                           nullptr, int(waiting))
                                        .arg(riskTitles(leftToLead)));
        }
        return refused(command, Tr::tr("No unassigned case is waiting for an answer."));
    }
    const std::optional<CaseState> state = caseState(*caseId);
    CaseCommand assignToMe = command;
    assignToMe.caseId = *caseId;
    assignToMe.assigneeId = command.agentId;
    return assign(assignToMe, *state);
}

std::optional<std::int64_t> CaseCommands::firstUnassigned(RiskFlags risks, bool withRisk)
{
    // Each half is one range of an index, the risk condition only skips rows in it: cases with
    // one of the risks come from the small cases_risky_unassigned index (migration 7), the
    // others from cases_queue ("risks & 0" is never set: no risks means every case).
    static constexpr const char *withSql =
        "SELECT id FROM (SELECT id, rank FROM (SELECT c.id AS id, c.queue_rank AS rank FROM "
        "cases c WHERE c.status = 'new' AND c.assignee_id IS NULL AND c.risks <> 0 AND "
        "(c.risks & :risks) <> 0 ORDER BY c.queue_rank DESC, c.id DESC LIMIT 1) UNION ALL "
        "SELECT id, rank FROM (SELECT c.id AS id, c.queue_rank AS rank FROM cases c WHERE "
        "c.status = 'open' AND c.assignee_id IS NULL AND c.risks <> 0 AND (c.risks & :risks) "
        "<> 0 ORDER BY c.queue_rank DESC, c.id DESC LIMIT 1)) ORDER BY rank DESC, id DESC "
        "LIMIT 1";
    static constexpr const char *withoutSql =
        "SELECT id FROM (SELECT id, rank FROM (SELECT c.id AS id, c.queue_rank AS rank FROM "
        "cases c WHERE c.status = 'new' AND (c.assignee_id IS NULL) = 1 AND (c.risks & :risks) "
        "= 0 ORDER BY c.queue_rank DESC, c.id DESC LIMIT 1) UNION ALL SELECT id, rank FROM "
        "(SELECT c.id AS id, c.queue_rank AS rank FROM cases c WHERE c.status = 'open' AND "
        "(c.assignee_id IS NULL) = 1 AND (c.risks & :risks) = 0 ORDER BY c.queue_rank DESC, "
        "c.id DESC LIMIT 1)) ORDER BY rank DESC, id DESC LIMIT 1";
    Statement next(m_db, withRisk ? withSql : withoutSql);
    next.bind(next.parameterIndex(":risks"), qint64(risks));
    if (!next.step())
        return std::nullopt;
    return next.toInt(0);
}

qint64 CaseCommands::casesLeftToLead(RiskFlags leftToLead)
{
    if (leftToLead == 0)
        return 0;
    Statement count(m_db, "SELECT count(*) FROM cases c WHERE c.status IN ('new', 'open') AND "
                          "c.assignee_id IS NULL AND c.risks <> 0 AND (c.risks & ?) <> 0");
    count.bind(1, qint64(leftToLead));
    return count.step() ? count.toInt(0) : 0;
}

CommandOutcome CaseCommands::saveDraft(const CaseCommand &command)
{
    if (command.text.trimmed().isEmpty()) {
        Statement remove(m_db, "DELETE FROM drafts WHERE case_id = ? AND agent_id = ?");
        remove.bind(1, command.caseId).bind(2, command.agentId).run();
    } else {
        Statement save(m_db, "INSERT INTO drafts (case_id, agent_id, body, visibility, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, agent_id) DO UPDATE "
                             "SET body = excluded.body, visibility = excluded.visibility, "
                             "updated_at = excluded.updated_at");
        save.bind(1, command.caseId)
            .bind(2, command.agentId)
            .bind(3, command.text)
            .bind(4, QByteArray(command.isPrivate ? "private" : "public"))
            .bind(5, m_db.clock().nowMs())
            .run();
    }
    CommandOutcome outcome = done(command, 0, 0);
    outcome.caseId = command.caseId;
    return outcome;
}

} // namespace earshot
