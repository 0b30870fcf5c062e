// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseTimeline.h"
#include "json/JsonFields.h"

#include "Tr.h"
#include "cases/CaseStatus.h"
#include "cases/CaseVocabulary.h"
#include "listening/Reading.h"
#include "store/CaseEventType.h"

#include <QDateTime>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace earshot {

using json = nlohmann::json;

namespace {

std::optional<std::int64_t> intField(const json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

bool hasField(const json &object, const char *key)
{
    return object.is_object() && object.contains(key);
}

QString formatTime(std::int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString assigned(const json &details, const QHash<QString, QString> &agentNames)
{
    QString name = jsonString(details, "name");
    const QString key = jsonString(details, "agent");
    // Scenario events name the agent by key only.
    if (name.isEmpty() && !key.isEmpty())
        name = agentNames.value(key, key);
    if (!name.isEmpty())
        return Tr::tr("Assigned to %1").arg(name);
    if (hasField(details, "from"))
        return Tr::tr("Unassigned");
    return Tr::tr("Assignment changed");
}

QString statusChanged(const json &details)
{
    QString to = jsonString(details, "to");
    if (to.isEmpty())
        to = jsonString(details, "status"); // as scenarios record it
    if (to.isEmpty())
        return Tr::tr("Status changed");
    const QString from = jsonString(details, "from");
    QString sentence = from.isEmpty()
                           ? Tr::tr("Status: %1").arg(statusTitle(to))
                           : Tr::tr("Status: %1 → %2").arg(statusTitle(from), statusTitle(to));
    if (const auto until = intField(details, "until");
        until && caseStatusFromKey(to) == CaseStatus::Snoozed)
        sentence = Tr::tr("%1, until %2").arg(sentence, formatTime(*until));
    const QString reason = jsonString(details, "reason");
    if (reason == u"customer")
        sentence = Tr::tr("%1 (the customer wrote again)").arg(sentence);
    else if (reason == u"snooze ended")
        sentence = Tr::tr("%1 (the snooze ended)").arg(sentence);
    return sentence;
}

QString readingTitle(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return Tr::tr("not set");
    if (field == u"sentiment")
        return sentimentTitle(value);
    if (field == u"category")
        return categoryTitle(value);
    return value;
}

QString corrected(const json &details)
{
    const QString field = jsonString(details, "field");
    const QString from = readingTitle(field, jsonString(details, "from"));
    const QString to = jsonString(details, "to");
    if (field == u"risk") {
        const std::optional<Risk> risk = riskFromKey(jsonString(details, "from"));
        return risk ? Tr::tr("Risk cleared: %1").arg(riskTitle(*risk))
                    : Tr::tr("A risk was cleared");
    }
    if (to.isEmpty())
        return Tr::tr("A reading of the case was corrected");
    if (field == u"sentiment")
        return Tr::tr("Sentiment corrected: %1 → %2").arg(from, readingTitle(field, to));
    if (field == u"category")
        return Tr::tr("Category corrected: %1 → %2").arg(from, readingTitle(field, to));
    if (field == u"priority")
        return Tr::tr("Priority corrected: %1 → %2").arg(from, to);
    return Tr::tr("A reading of the case was corrected");
}

QString withDetail(const QString &detail, const QString &sentence, const QString &fallback)
{
    return detail.isEmpty() ? fallback : sentence.arg(detail);
}

} // namespace

QString describeCaseEvent(const QString &type, const QString &payloadJson,
                          const QHash<QString, QString> &agentNames)
{
    const std::optional<CaseEventType> known = caseEventTypeFromKey(type);
    // A newer Earshot (or a colleague's) may record kinds of change this one does not know yet.
    if (!known)
        return Tr::tr("Other change (%1)").arg(type);
    const json details = json::parse(payloadJson.toStdString(), nullptr, false);
    switch (*known) {
    case CaseEventType::Created:
        return Tr::tr("Case opened");
    case CaseEventType::Assigned:
        return assigned(details, agentNames);
    case CaseEventType::StatusChanged:
        return statusChanged(details);
    case CaseEventType::Note:
        return withDetail(jsonString(details, "text"), Tr::tr("Note: %1"), Tr::tr("Note"));
    case CaseEventType::TagAdded:
        return withDetail(jsonString(details, "tag"), Tr::tr("Tag added: %1"),
                          Tr::tr("A tag was added"));
    case CaseEventType::TagRemoved:
        return withDetail(jsonString(details, "tag"), Tr::tr("Tag removed: %1"),
                          Tr::tr("A tag was removed"));
    case CaseEventType::Corrected:
        return corrected(details);
    case CaseEventType::ReplyQueued: {
        const QString visibility = jsonString(details, "visibility");
        if (visibility == u"private")
            return Tr::tr("Reply queued (private)");
        if (visibility == u"public")
            return Tr::tr("Reply queued (public)");
        return Tr::tr("Reply queued");
    }
    case CaseEventType::ReplySent:
        return Tr::tr("Reply sent");
    case CaseEventType::ReplyFailed:
        return withDetail(jsonString(details, "error"), Tr::tr("Reply failed: %1"),
                          Tr::tr("Reply failed"));
    case CaseEventType::PersonMerged: {
        const QString merged = jsonString(details, "merged_name");
        const QString kept = jsonString(details, "kept_name");
        if (merged.isEmpty() || kept.isEmpty())
            return Tr::tr("Merged with another person");
        return Tr::tr("Person merged: %1 into %2").arg(merged, kept);
    }
    case CaseEventType::PersonSplit:
        return withDetail(jsonString(details, "handle"),
                          Tr::tr("Handle @%1 split off into a person of its own"),
                          Tr::tr("Handle split off into a person of its own"));
    case CaseEventType::PostEdited:
        if (const auto at = intField(details, "edited_at"))
            return Tr::tr("The author edited their post on the network (at %1)")
                .arg(formatTime(*at));
        return Tr::tr("The author edited their post on the network");
    case CaseEventType::PostDeleted:
        return Tr::tr("The post was deleted on the network; Earshot keeps what it said");
    }
    return Tr::tr("Other change (%1)").arg(type);
}

CaseTimeline::CaseTimeline(Database &reader)
    : m_db(reader)
{}

QHash<QString, QString> CaseTimeline::agentNames()
{
    // A team is a few dozen agents: one read is cheaper than a join per event and payload.
    QHash<QString, QString> names;
    Statement s(m_db, "SELECT key, name FROM agents");
    while (s.step())
        names.insert(s.toString(0), s.toString(1));
    return names;
}

std::vector<TimelineEntry> CaseTimeline::forCase(std::int64_t caseId)
{
    const QHash<QString, QString> names = agentNames();
    Statement s(m_db, "SELECT at, actor, type, payload FROM case_events WHERE case_id = ? "
                      "ORDER BY version");
    s.bind(1, caseId);
    std::vector<TimelineEntry> entries;
    while (s.step()) {
        TimelineEntry entry;
        entry.atMs = s.toInt(0);
        const QString actor = s.toString(1);
        if (actor == u"system")
            entry.actorName = Tr::tr("Earshot");
        else if (actor == u"scenario")
            entry.actorName = Tr::tr("Scenario");
        else // a colleague this desktop has not heard of yet keeps their key
            entry.actorName = names.value(actor, actor);
        entry.type = s.toString(2);
        const QString payload = s.toString(3);
        entry.text = describeCaseEvent(entry.type, payload, names);
        if (caseEventTypeFromKey(entry.type) == CaseEventType::Note) {
            const json details = json::parse(payload.toStdString(), nullptr, false);
            entry.noteText = jsonString(details, "text");
            if (details.is_object() && details.contains("mentions")
                && details["mentions"].is_array()) {
                for (const json &key : details["mentions"]) {
                    if (key.is_string())
                        entry.noteMentions.append(QString::fromStdString(key.get<std::string>()));
                }
            }
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace earshot
