// SPDX-License-Identifier: Apache-2.0
#include "cases/PersonCommands.h"

#include "Tr.h"
#include "cases/CaseRescorer.h"
#include "cases/PrioritySettings.h"
#include "people/PersonBadges.h"
#include "store/StoreError.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace earshot {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

// Long enough for what an agent needs to know about someone, short enough to stay a note.
constexpr int maxNoteLength = 4000;

PersonOutcome refused(const PersonCommand &command, const QString &reason)
{
    PersonOutcome outcome;
    outcome.requestId = command.requestId;
    outcome.kind = command.kind;
    outcome.personId = command.personId;
    outcome.error = reason;
    return outcome;
}

PersonOutcome done(const PersonCommand &command, std::int64_t personId)
{
    PersonOutcome outcome;
    outcome.requestId = command.requestId;
    outcome.kind = command.kind;
    outcome.ok = true;
    outcome.personId = personId;
    return outcome;
}

QString noSuchPerson(std::int64_t personId)
{
    return Tr::tr("There is no person with the number %1 (any more).").arg(personId);
}

std::vector<std::int64_t> ids(Statement &s)
{
    std::vector<std::int64_t> result;
    while (s.step())
        result.push_back(s.toInt(0));
    return result;
}

} // namespace

PersonCommands::PersonCommands(Database &writer)
    : m_db(writer)
    , m_events(writer)
{}

PersonOutcome PersonCommands::execute(const PersonCommand &command)
{
    try {
        Transaction transaction(m_db, Transaction::Durability::PersonWrote);
        PersonOutcome outcome = run(command);
        if (outcome.ok)
            transaction.commit();
        return outcome;
    } catch (const StoreError &e) {
        return refused(command, Tr::tr("Could not save this change: %1").arg(e.message()));
    }
}

PersonOutcome PersonCommands::run(const PersonCommand &command)
{
    switch (command.kind) {
    case PersonCommand::Kind::SetBadge:
        return setBadge(command);
    case PersonCommand::Kind::SetNote:
        return setNote(command);
    case PersonCommand::Kind::Merge:
        return merge(command);
    case PersonCommand::Kind::SplitHandle:
        return splitHandle(command);
    }
    return refused(command, Tr::tr("This command is not known."));
}

bool PersonCommands::personExists(std::int64_t personId)
{
    Statement s(m_db, "SELECT 1 FROM people WHERE id = ?");
    s.bind(1, personId);
    return s.step();
}

QString PersonCommands::personName(std::int64_t personId)
{
    Statement s(m_db, "SELECT display_name FROM people WHERE id = ?");
    s.bind(1, personId);
    return s.step() ? s.toString(0) : QString();
}

PersonCommands::PersonNote PersonCommands::note(std::int64_t personId)
{
    Statement s(m_db, "SELECT coalesce(note, ''), note_by, coalesce(note_at, 0) FROM people "
                      "WHERE id = ?");
    s.bind(1, personId);
    if (!s.step())
        return {};
    return {s.toString(0), s.toString(1), s.toInt(2)};
}

QString PersonCommands::actorKey(std::int64_t agentId)
{
    Statement s(m_db, "SELECT key FROM agents WHERE id = ?");
    s.bind(1, agentId);
    return s.step() ? s.toString(0) : u"unknown"_s;
}

void PersonCommands::appendRescored(std::int64_t personId, PersonOutcome *outcome)
{
    for (const std::int64_t caseId :
         CaseRescorer(m_db).casesOf({personId}, loadPriorityWeights(m_db))) {
        if (!outcome->changedCases.contains(caseId))
            outcome->changedCases.append(caseId);
    }
}

PersonOutcome PersonCommands::setBadge(const PersonCommand &command)
{
    // The command carries the key as the agent's desktop sent it.
    const std::optional<Badge> badge = badgeFromKey(command.badge);
    if (!badge)
        return refused(command, Tr::tr("\"%1\" is not a badge Earshot knows.").arg(command.badge));
    if (!personExists(command.personId))
        return refused(command, noSuchPerson(command.personId));
    if (command.badgeOn) {
        Statement add(m_db, "INSERT OR IGNORE INTO person_badges (person_id, badge, set_by, "
                            "set_at) VALUES (?, ?, ?, ?)");
        add.bind(1, command.personId)
            .bind(2, badgeKey(*badge))
            .bind(3, actorKey(command.agentId))
            .bind(4, m_db.clock().nowMs())
            .run();
    } else {
        Statement remove(m_db, "DELETE FROM person_badges WHERE person_id = ? AND badge = ?");
        remove.bind(1, command.personId).bind(2, badgeKey(*badge)).run();
    }
    PersonOutcome outcome = done(command, command.personId);
    // A VIP's open cases move up the queue now, not when they next write.
    appendRescored(command.personId, &outcome);
    return outcome;
}

PersonOutcome PersonCommands::setNote(const PersonCommand &command)
{
    const QString text = command.text.trimmed();
    if (text.size() > maxNoteLength)
        return refused(command, Tr::tr("A note about a person can be at most %1 characters long; "
                                       "this one has %2.")
                                    .arg(maxNoteLength)
                                    .arg(text.size()));
    if (!personExists(command.personId))
        return refused(command, noSuchPerson(command.personId));
    Statement update(m_db, "UPDATE people SET note = ?, note_by = ?, note_at = ? WHERE id = ?");
    update.bind(1, text.isEmpty() ? QString() : text)
        .bind(2, actorKey(command.agentId))
        .bind(3, m_db.clock().nowMs())
        .bind(4, command.personId)
        .run();
    return done(command, command.personId);
}

PersonOutcome PersonCommands::merge(const PersonCommand &command)
{
    const std::int64_t kept = command.personId;
    const std::int64_t merged = command.otherPersonId;
    if (kept == merged)
        return refused(command, Tr::tr("A person cannot be merged with themselves."));
    if (!personExists(kept))
        return refused(command, noSuchPerson(kept));
    if (!personExists(merged))
        return refused(command, noSuchPerson(merged));

    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    const QString keptName = personName(kept);
    const QString mergedName = personName(merged);

    // Both notes are kept: each says something an agent thought worth writing down. The later
    // writer of the two is named as the author.
    const PersonNote keptNote = note(kept);
    const PersonNote mergedNote = note(merged);
    if (!mergedNote.text.isEmpty()) {
        const PersonNote &later = keptNote.atMs >= mergedNote.atMs ? keptNote : mergedNote;
        Statement combine(m_db,
                          "UPDATE people SET note = ?, note_by = ?, note_at = ? WHERE id = ?");
        combine
            .bind(1, keptNote.text.isEmpty() ? mergedNote.text
                                             : keptNote.text + u"\n\n"_s + mergedNote.text)
            .bind(2, later.by)
            .bind(3, later.atMs)
            .bind(4, kept)
            .run();
    }

    Statement movedCases(m_db, "SELECT id FROM cases WHERE person_id = ? ORDER BY id");
    movedCases.bind(1, merged);
    const std::vector<std::int64_t> moved = ids(movedCases);

    Statement moveHandles(m_db, "UPDATE handles SET person_id = ? WHERE person_id = ?");
    moveHandles.bind(1, kept).bind(2, merged).run();
    Statement moveCases(m_db, "UPDATE cases SET person_id = ? WHERE person_id = ?");
    moveCases.bind(1, kept).bind(2, merged).run();
    Statement moveBadges(m_db, "INSERT OR IGNORE INTO person_badges (person_id, badge, set_by, "
                               "set_at) SELECT ?, badge, set_by, set_at FROM person_badges "
                               "WHERE person_id = ?");
    moveBadges.bind(1, kept).bind(2, merged).run();
    Statement dropBadges(m_db, "DELETE FROM person_badges WHERE person_id = ?");
    dropBadges.bind(1, merged).run();
    Statement dropPerson(m_db, "DELETE FROM people WHERE id = ?");
    dropPerson.bind(1, merged).run();

    const QByteArray details = eventPayload({{"kept", kept},
                                             {"kept_name", keptName.toStdString()},
                                             {"merged", merged},
                                             {"merged_name", mergedName.toStdString()}});
    PersonOutcome outcome = done(command, kept);
    for (const std::int64_t caseId : moved) {
        m_events.append(caseId, CaseEventType::PersonMerged, actor, now, details);
        outcome.changedCases.append(caseId);
    }
    // The merged person's badges and handles now speak for every case of the kept one.
    appendRescored(kept, &outcome);
    return outcome;
}

PersonOutcome PersonCommands::splitHandle(const PersonCommand &command)
{
    Statement handle(m_db, "SELECT person_id, platform, handle, coalesce(name, '') "
                           "FROM handles WHERE id = ?");
    handle.bind(1, command.handleId);
    if (!handle.step())
        return refused(command,
                       Tr::tr("There is no handle with the number %1.").arg(command.handleId));
    const std::int64_t from = handle.toInt(0);
    const QString platform = handle.toString(1);
    const QString handleText = handle.toString(2);
    const QString handleName = handle.toString(3);
    handle.reset();
    // The agent saw the handle on this person; if a colleague moved it meanwhile, say so.
    if (command.personId != 0 && command.personId != from)
        return refused(command, Tr::tr("@%1 no longer belongs to this person.").arg(handleText));
    Statement count(m_db, "SELECT count(*) FROM handles WHERE person_id = ?");
    count.bind(1, from);
    count.step();
    if (count.toInt(0) < 2)
        return refused(command, Tr::tr("@%1 is this person's only handle: there is nothing to "
                                       "split it from.")
                                    .arg(handleText));
    count.reset();

    const QString actor = actorKey(command.agentId);
    const std::int64_t now = m_db.clock().nowMs();
    const QString fromName = personName(from);
    const QString newName = handleName.isEmpty() ? handleText : handleName;
    Statement insert(m_db, "INSERT INTO people (display_name, created_at) VALUES (?, ?)");
    insert.bind(1, newName).bind(2, now).run();
    const std::int64_t to = m_db.lastInsertId();

    // A case goes with the handle whose message opened it; later messages from other handles
    // (joined by the merge) do not pull it along.
    Statement opened(m_db, "SELECT c.id FROM cases c WHERE c.person_id = ? AND "
                           "(SELECT m.handle_id FROM mentions m WHERE m.case_id = c.id "
                           "ORDER BY m.created_at, m.id LIMIT 1) = ? ORDER BY c.id");
    opened.bind(1, from).bind(2, command.handleId);
    const std::vector<std::int64_t> moved = ids(opened);

    Statement moveHandle(m_db, "UPDATE handles SET person_id = ? WHERE id = ?");
    moveHandle.bind(1, to).bind(2, command.handleId).run();
    Statement moveCase(m_db, "UPDATE cases SET person_id = ? WHERE id = ?");
    for (const std::int64_t caseId : moved)
        moveCase.bind(1, to).bind(2, caseId).run();
    // A name that came from the handle that left goes with it; the person is named after a
    // handle they still have.
    if (fromName == handleName || fromName == handleText) {
        Statement rename(m_db, "UPDATE people SET display_name = (SELECT coalesce(nullif(name, "
                               "''), handle) FROM handles WHERE person_id = ? ORDER BY id "
                               "LIMIT 1) WHERE id = ?");
        rename.bind(1, from).bind(2, from).run();
    }

    const QByteArray details = eventPayload({{"from", from},
                                             {"from_name", fromName.toStdString()},
                                             {"to", to},
                                             {"to_name", newName.toStdString()},
                                             {"platform", platform.toStdString()},
                                             {"handle", handleText.toStdString()}});
    PersonOutcome outcome = done(command, to);
    for (const std::int64_t caseId : moved) {
        m_events.append(caseId, CaseEventType::PersonSplit, actor, now, details);
        outcome.changedCases.append(caseId);
    }
    // The handle's followers went with it; the cases that moved have no badges yet.
    appendRescored(from, &outcome);
    appendRescored(to, &outcome);
    return outcome;
}

} // namespace earshot
