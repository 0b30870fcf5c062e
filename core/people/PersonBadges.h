// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace earshot {

// What an agent knows about who a person is, as stored (untranslated) and as shown.
// customer, prospect, employee, influencer, vip: several may apply. Agents set them by hand;
// Earshot sets them too, as "earshot", from the speaker lists and what people write.
QStringList badgeKeys();
bool isBadge(const QString &key);
QString badgeTitle(const QString &key);

// The badges that weigh in a priority, as bits: the ingest caches a person's badges this way and
// the rescoring reads them so from SQL.
enum BadgeBit : int { Customer = 1, Prospect = 2, Employee = 4, Vip = 8, Influencer = 16 };
int badgeBit(QStringView key); // 0 for a key that is no badge
// An SQL expression over a column `badge` of person_badges: the sum of its rows' bits.
QByteArray badgeBitsSql();

// From how many followers on one network a person counts as an influencer without anyone
// saying so (workspace setting people.influencer_followers, default 10,000).
std::int64_t influencerThreshold(Database &db);

} // namespace earshot
