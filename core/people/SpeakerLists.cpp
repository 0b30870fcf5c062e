// SPDX-License-Identifier: Apache-2.0
#include "people/SpeakerLists.h"

#include "platforms/PlatformTraits.h"
#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const char *settingsKey(SpeakerList list)
{
    switch (list) {
    case SpeakerList::Staff:
        return "speakers.staff";
    case SpeakerList::Vip:
        return "speakers.vip";
    case SpeakerList::Customers:
        return "speakers.customers";
    }
    return "speakers.staff";
}

QStringList storedEntries(Database &db, SpeakerList list)
{
    return WorkspaceSettings::value(db, settingsKey(list)).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

QString speakerListKey(SpeakerList list)
{
    switch (list) {
    case SpeakerList::Staff:
        return u"staff"_s;
    case SpeakerList::Vip:
        return u"vip"_s;
    case SpeakerList::Customers:
        return u"customers"_s;
    }
    return {};
}

bool speakerListFromKey(const QString &key, SpeakerList *out)
{
    for (SpeakerList list : {SpeakerList::Staff, SpeakerList::Vip, SpeakerList::Customers}) {
        if (speakerListKey(list) == key) {
            *out = list;
            return true;
        }
    }
    return false;
}

QString speakerListBadge(SpeakerList list)
{
    switch (list) {
    case SpeakerList::Staff:
        return u"employee"_s;
    case SpeakerList::Vip:
        return u"vip"_s;
    case SpeakerList::Customers:
        return u"customer"_s;
    }
    return {};
}

QString normalizedSpeakerEntry(const QString &entry)
{
    QString text = entry.trimmed().toLower();
    QString platform;
    if (const qsizetype colon = text.indexOf(u':'); colon > 0) {
        platform = text.left(colon);
        // No network's handles have a colon: before one stands a network Earshot knows.
        if (!isKnownPlatform(platform))
            return {};
        text = text.mid(colon + 1).trimmed();
    }
    if (text.startsWith(u'@'))
        text.remove(0, 1);
    // A handle is one word; anything with spaces or nothing left is no handle.
    if (text.isEmpty() || text.contains(u' ') || text.contains(u'\t'))
        return {};
    return platform.isEmpty() ? text : platform + u':' + text;
}

QStringList speakerListEntries(Database &db, SpeakerList list)
{
    return storedEntries(db, list);
}

int writeSpeakerList(Database &db, SpeakerList list, const QStringList &entries)
{
    QStringList normalized;
    for (const QString &entry : entries) {
        const QString n = normalizedSpeakerEntry(entry);
        if (!n.isEmpty() && !normalized.contains(n))
            normalized.append(n);
    }
    // An emptied list is stored as an empty text: the settings table holds no NULLs.
    const QString joined = normalized.join(u'\n');
    WorkspaceSettings::setValue(db, settingsKey(list), joined.isNull() ? u""_s : joined);
    nlohmann::json handles = nlohmann::json::array();
    for (const QString &entry : normalized)
        handles.push_back(entry.toStdString());
    // One statement for the whole list: a handle matches on any network ("name") or on its own
    // ("mastodon:name", a key of PlatformTraits).
    Statement badge(db, "INSERT OR IGNORE INTO person_badges (person_id, badge, set_by, set_at) "
                        "SELECT DISTINCT h.person_id, ?, 'earshot', ? FROM handles h "
                        "WHERE lower(h.handle) IN (SELECT value FROM json_each(?)) "
                        "OR (lower(h.platform) || ':' || lower(h.handle)) IN "
                        "(SELECT value FROM json_each(?))");
    const QString json = QString::fromStdString(handles.dump());
    badge.bind(1, speakerListBadge(list))
        .bind(2, db.clock().nowMs())
        .bind(3, json)
        .bind(4, json)
        .run();
    return db.changes();
}

void SpeakerMatcher::load(Database &db)
{
    for (SpeakerList list : {SpeakerList::Staff, SpeakerList::Vip, SpeakerList::Customers}) {
        const QStringList entries = storedEntries(db, list);
        m_entries[int(list)] = QSet<QString>(entries.cbegin(), entries.cend());
    }
}

bool SpeakerMatcher::contains(SpeakerList list, const QString &platform,
                              const QString &handle) const
{
    const QSet<QString> &entries = m_entries[int(list)];
    if (entries.isEmpty())
        return false;
    const QString lowered = handle.toLower();
    return entries.contains(lowered) || entries.contains(platform.toLower() + u':' + lowered);
}

} // namespace earshot
