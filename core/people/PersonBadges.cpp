// SPDX-License-Identifier: Apache-2.0
#include "people/PersonBadges.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

namespace earshot {

using namespace Qt::StringLiterals;

QStringList badgeKeys()
{
    return {u"customer"_s, u"prospect"_s, u"employee"_s, u"influencer"_s, u"vip"_s};
}

bool isBadge(const QString &key)
{
    return badgeKeys().contains(key);
}

QString badgeTitle(const QString &key)
{
    if (key == u"customer")
        return Tr::tr("Customer");
    if (key == u"prospect")
        return Tr::tr("Prospect");
    if (key == u"employee")
        return Tr::tr("Employee");
    if (key == u"influencer")
        return Tr::tr("Influencer");
    if (key == u"vip")
        return Tr::tr("VIP");
    return key;
}

int badgeBit(QStringView key)
{
    if (key == u"customer")
        return Customer;
    if (key == u"prospect")
        return Prospect;
    if (key == u"employee")
        return Employee;
    if (key == u"vip")
        return Vip;
    if (key == u"influencer")
        return Influencer;
    return 0;
}

QByteArray badgeBitsSql()
{
    // A badge is stored once per person, so the sum of the bits is their union.
    QByteArray sql = "total(CASE badge";
    for (const QString &key : badgeKeys())
        sql += " WHEN '" + key.toUtf8() + "' THEN " + QByteArray::number(badgeBit(key));
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
