// SPDX-License-Identifier: Apache-2.0
#include "people/PeopleQueries.h"

#include "people/PersonBadges.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// LIKE treats % and _ as wildcards; a name may contain them.
QString likePrefix(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped + u'%';
}

} // namespace

bool PersonSummary::hasManualBadge(Badge wanted) const
{
    for (const PersonBadge &badge : badges) {
        if (badge.badge == wanted && badge.manual)
            return true;
    }
    return false;
}

PeopleQueries::PeopleQueries(Database &reader)
    : m_db(reader)
{}

std::optional<PersonSummary> PeopleQueries::person(std::int64_t personId)
{
    Statement s(m_db,
                "SELECT p.display_name, coalesce(p.note, ''), coalesce(a.name, p.note_by, ''), "
                "coalesce(p.note_at, 0) FROM people p "
                "LEFT JOIN agents a ON a.key = p.note_by WHERE p.id = ?");
    s.bind(1, personId);
    if (!s.step())
        return std::nullopt;
    PersonSummary person;
    person.id = personId;
    person.name = s.toString(0);
    person.note = s.toString(1);
    person.noteAuthor = s.toString(2);
    person.noteAtMs = s.toInt(3);

    Statement handles(m_db, "SELECT h.platform, h.handle, h.name, h.followers, h.id, "
                            "h.platform_user_id, p.bio, p.verified, p.read_at FROM handles h "
                            "LEFT JOIN handle_profiles p ON p.handle_id = h.id "
                            "WHERE h.person_id = ? ORDER BY h.id");
    handles.bind(1, personId);
    while (handles.step()) {
        HandleRow row;
        row.platform = handles.toString(0);
        row.handle = handles.toString(1);
        row.name = handles.toString(2);
        row.followers = handles.toOptionalInt(3);
        row.id = handles.toInt(4);
        row.userId = handles.toString(5);
        row.bio = handles.toString(6);
        if (!handles.isNull(7))
            row.verified = handles.toInt(7) != 0;
        row.profileReadAtMs = handles.isNull(8) ? 0 : handles.toInt(8);
        person.handles.push_back(std::move(row));
    }

    Statement badges(m_db, "SELECT badge FROM person_badges WHERE person_id = ?");
    badges.bind(1, personId);
    // A key this Earshot does not know (a newer one's badge) is left out.
    QList<Badge> manual;
    while (badges.step()) {
        if (const std::optional<Badge> badge = badgeFromKey(badges.toString(0)))
            manual.append(*badge);
    }
    for (const KeyEntry<Badge> &entry : badgeKeyTable) {
        if (manual.contains(entry.value))
            person.badges.push_back({entry.value, true, {}, 0});
    }
    // An agent's word stands; the follower count only speaks when nobody said so.
    if (!manual.contains(Badge::Influencer)) {
        const std::int64_t threshold = influencerThreshold(m_db);
        const HandleRow *widest = nullptr;
        for (const HandleRow &h : person.handles) {
            if (h.followers && *h.followers >= threshold
                && (!widest || *h.followers > *widest->followers))
                widest = &h;
        }
        if (widest)
            person.badges.push_back(
                {Badge::Influencer, false, widest->platform, *widest->followers});
    }
    return person;
}

std::vector<PersonSummary> PeopleQueries::find(const QString &prefix, std::int64_t exceptPersonId,
                                               int limit)
{
    QString text = prefix.trimmed();
    if (text.startsWith(u'@'))
        text.remove(0, 1);
    if (text.isEmpty())
        return {};
    // Scans people and handles: an agent's search now and then, not worth an index that every
    // import would have to keep (see Schema.cpp, migration 4).
    Statement s(m_db, "SELECT id FROM (SELECT p.id AS id, p.display_name AS name FROM people p "
                      "WHERE p.display_name LIKE :prefix ESCAPE '\\' "
                      "UNION SELECT p.id, p.display_name FROM handles h "
                      "JOIN people p ON p.id = h.person_id "
                      "WHERE h.handle LIKE :prefix ESCAPE '\\') "
                      "WHERE id <> :except ORDER BY name COLLATE NOCASE, id LIMIT :limit");
    s.bind(s.parameterIndex(":prefix"), likePrefix(text))
        .bind(s.parameterIndex(":except"), exceptPersonId)
        .bind(s.parameterIndex(":limit"), limit);
    std::vector<std::int64_t> ids;
    while (s.step())
        ids.push_back(s.toInt(0));
    std::vector<PersonSummary> people;
    for (const std::int64_t id : ids) {
        if (auto found = person(id))
            people.push_back(std::move(*found));
    }
    return people;
}

} // namespace earshot
