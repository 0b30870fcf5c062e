// SPDX-License-Identifier: Apache-2.0
#include "training/TraineeActions.h"

#include "replies/WorkspaceGuidelines.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString payloadText(const QString &payload, const char *key)
{
    const auto parsed = nlohmann::json::parse(payload.toStdString(), nullptr, false);
    if (!parsed.is_object() || !parsed.contains(key))
        return {};
    const auto &value = parsed[key];
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<std::int64_t>());
    return {};
}

} // namespace

std::optional<InjectActions> readInjectActions(Database &db, const QString &network,
                                               const QString &mentionId, std::int64_t untilMs,
                                               const QStringList &teams)
{
    Statement posted(db, "SELECT m.case_id, m.created_at, c.person_id FROM mentions m "
                         "JOIN cases c ON c.id = m.case_id "
                         "WHERE m.platform = ? AND m.platform_id = ?");
    posted.bind(1, network).bind(2, mentionId);
    if (!posted.step())
        return std::nullopt;
    InjectActions out;
    out.caseId = posted.toInt(0);
    out.postedAtMs = posted.toInt(1);
    const std::int64_t personId = posted.toInt(2);

    Statement events(db, "SELECT e.type, e.actor, e.at, e.payload, e.case_id, o.body, "
                         "o.visibility, a.role FROM case_events e "
                         "JOIN cases c ON c.id = e.case_id "
                         "LEFT JOIN outbox o ON e.type = 'reply_queued' "
                         "  AND o.id = json_extract(e.payload, '$.outbox') "
                         "LEFT JOIN agents a ON e.type = 'assigned' "
                         "  AND a.key = json_extract(e.payload, '$.agent') "
                         "WHERE c.person_id = ? AND e.at >= ? AND e.at <= ? "
                         "AND e.type IN ('reply_queued', 'assigned', 'tag_added', "
                         "  'status_changed') "
                         "ORDER BY e.at, e.id");
    events.bind(1, personId).bind(2, out.postedAtMs).bind(3, untilMs);
    while (events.step()) {
        const QString type = events.toString(0);
        const QString actor = events.toString(1);
        const std::int64_t at = events.toInt(2);
        const QString payload = events.toString(3);
        if (type == u"reply_queued") {
            out.replies.push_back(
                {at, actor, events.toString(5), events.toString(6) == u"private"});
        } else if (type == u"assigned") {
            // Taking a case on is not escalating it; handing it to a lead is.
            const QString agent = payloadText(payload, "agent");
            if (events.toString(7) == u"lead" && agent != actor)
                out.escalations.push_back({at, actor, agent});
        } else if (type == u"tag_added") {
            const QString tag = payloadText(payload, "tag");
            for (const QString &team : teams) {
                if (tag.compare(team, Qt::CaseInsensitive) == 0)
                    out.escalations.push_back({at, actor, team});
            }
        } else if (type == u"status_changed" && events.toInt(4) == out.caseId) {
            const QString to = payloadText(payload, "to").isEmpty() ? payloadText(payload, "status")
                                                                    : payloadText(payload, "to");
            if ((to == u"resolved" || to == u"closed") && !out.resolvedAtMs)
                out.resolvedAtMs = at;
        }
    }
    return out;
}

bool showsEmpathy(Database &db, const QString &text)
{
    QStringList phrases = loadGuidelines(db).empathyPhrases;
    // The guideline phrases are the team's (English by default); a German scenario's trainees
    // answer in German.
    phrases << u"tut mir leid"_s << u"tut uns leid"_s << u"entschuldig"_s << u"verstehe"_s
            << u"verstehen"_s << u"bedauer"_s << u"ärgerlich"_s << u"Geduld"_s;
    for (const QString &phrase : phrases) {
        if (!phrase.isEmpty() && text.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool asksForDetails(const QString &text)
{
    return text.contains(u'?');
}

bool containsPersonalData(const QString &text)
{
    // An address not preceded by "@": "@cleo@toot.example.org" is a Mastodon handle.
    static const QRegularExpression pattern(
        u"(?<![@\\w.+-])[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\d[\\d ]{4,}\\d"_s);
    return pattern.match(text).hasMatch();
}

} // namespace earshot
