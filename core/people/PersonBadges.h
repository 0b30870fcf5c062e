// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace earshot {

// What an agent knows about who a person is, as stored (person_badges.badge, untranslated) and as
// shown: several may apply. Agents set them by hand; Earshot sets them too, as "earshot", from
// the speaker lists and what people write.
enum class Badge { Customer, Prospect, Employee, Influencer, Vip };
inline constexpr KeyTable<Badge, 5> badgeKeyTable{{
    {Badge::Customer, "customer"},
    {Badge::Prospect, "prospect"},
    {Badge::Employee, "employee"},
    {Badge::Influencer, "influencer"},
    {Badge::Vip, "vip"},
}};
static_assert(keytable::coversInOrder(badgeKeyTable) && keytable::keysDistinct(badgeKeyTable)
              && std::size_t(Badge::Vip) + 1 == badgeKeyTable.size());

QString badgeKey(Badge badge);
// Nothing for a key that is no badge.
std::optional<Badge> badgeFromKey(QStringView key);
QStringList badgeKeys(); // in the table's order
QString badgeTitle(Badge badge);
QString badgeTitle(const QString &key); // the key itself when it is no badge

// The badges that weigh in a priority, as bits: the ingest caches a person's badges this way and
// the rescoring reads them so from SQL.
enum BadgeBit : int { Customer = 1, Prospect = 2, Employee = 4, Vip = 8, Influencer = 16 };
int badgeBit(Badge badge);
int badgeBit(QStringView key); // 0 for a key that is no badge
// An SQL expression over a column `badge` of person_badges: the sum of its rows' bits.
QByteArray badgeBitsSql();

// From how many followers on one network a person counts as an influencer without anyone
// saying so (workspace setting people.influencer_followers, default 10,000).
std::int64_t influencerThreshold(Database &db);

} // namespace earshot
