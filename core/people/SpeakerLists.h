// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace earshot {

// Handles a team knows: its staff, its VIPs, its customers. Whoever writes from one of them
// carries the matching badge (employee, vip, customer) on all their past and future mentions.
enum class SpeakerList { Staff, Vip, Customers };

QString speakerListKey(SpeakerList list); // "staff", "vip", "customers"
bool speakerListFromKey(const QString &key, SpeakerList *out);
QString speakerListBadge(SpeakerList list); // the badge it gives

// An entry is "handle" (any network) or "network:handle" with a network's key ("mastodon:anna");
// a leading @ and case do not matter. Returns the entry as stored, or an empty string when it is
// no handle at all (or names a network Earshot does not know).
QString normalizedSpeakerEntry(const QString &entry);

QStringList speakerListEntries(Database &db, SpeakerList list);
// Replaces the list and badges everyone already known under one of its handles, inside a
// transaction the caller holds (Durability::PersonWrote). Returns how many people gained the
// badge.
int writeSpeakerList(Database &db, SpeakerList list, const QStringList &entries);

// The three lists, loaded once for the ingest pipeline's many lookups.
class SpeakerMatcher final {
public:
    void load(Database &db);
    bool contains(SpeakerList list, const QString &platform, const QString &handle) const;

private:
    QSet<QString> m_entries[3];
};

} // namespace earshot
