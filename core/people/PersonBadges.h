// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace earshot {

// What an agent knows about who a person is, as stored (untranslated) and as shown.
// customer, prospect, employee, influencer, vip: several may apply. Agents set them by hand;
// Earshot sets them too, as "earshot", from the speaker lists and what people write.
QStringList badgeKeys();
bool isBadge(const QString &key);
QString badgeTitle(const QString &key);

// From how many followers on one network a person counts as an influencer without anyone
// saying so (workspace setting people.influencer_followers, default 10,000).
std::int64_t influencerThreshold(Database &db);

} // namespace earshot
