// SPDX-License-Identifier: Apache-2.0
#include "people/PersonBadges.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

namespace earshot {

QString badgeKey(Badge badge)
{
    return keyIn(badgeKeyTable, badge);
}

std::optional<Badge> badgeFromKey(QStringView key)
{
    return valueIn(badgeKeyTable, key);
}

QStringList badgeKeys()
{
    return keysIn(badgeKeyTable);
}

QString badgeTitle(Badge badge)
{
    switch (badge) {
    case Badge::Customer:
        return Tr::tr("Customer");
    case Badge::Prospect:
        return Tr::tr("Prospect");
    case Badge::Employee:
        return Tr::tr("Employee");
    case Badge::Influencer:
        return Tr::tr("Influencer");
    case Badge::Vip:
        return Tr::tr("VIP");
    }
    return {};
}

QString badgeTitle(const QString &key)
{
    const std::optional<Badge> badge = badgeFromKey(key);
    return badge ? badgeTitle(*badge) : key;
}

int badgeBit(Badge badge)
{
    switch (badge) {
    case Badge::Customer:
        return Customer;
    case Badge::Prospect:
        return Prospect;
    case Badge::Employee:
        return Employee;
    case Badge::Vip:
        return Vip;
    case Badge::Influencer:
        return Influencer;
    }
    return 0;
}

int badgeBit(QStringView key)
{
    const std::optional<Badge> badge = badgeFromKey(key);
    return badge ? badgeBit(*badge) : 0;
}

QByteArray badgeBitsSql()
{
    // A badge is stored once per person, so the sum of the bits is their union.
    QByteArray sql = "total(CASE badge";
    for (const KeyEntry<Badge> &entry : badgeKeyTable)
        sql += " WHEN '" + QByteArray(entry.key) + "' THEN "
               + QByteArray::number(badgeBit(entry.value));
    return sql + " ELSE 0 END)";
}

std::int64_t influencerThreshold(Database &db)
{
    bool ok = false;
    const std::int64_t value =
        WorkspaceSettings::value(db, WorkspaceSettings::influencerFollowers).toLongLong(&ok);
    // A setting someone mistyped must not make everybody (or nobody) an influencer.
    return ok && value > 0 ? value : WorkspaceSettings::defaultInfluencerFollowers;
}

} // namespace earshot
