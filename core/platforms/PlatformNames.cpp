// SPDX-License-Identifier: Apache-2.0
#include "platforms/PlatformNames.h"

#include "Tr.h"

#include <QStringList>

namespace earshot {

using namespace Qt::StringLiterals;

bool isKnownPlatform(const QString &platform)
{
    static const QStringList known{u"mastodon"_s, u"bluesky"_s,   u"x"_s,      u"simulation"_s,
                                   u"facebook"_s, u"instagram"_s, u"reddit"_s, u"youtube"_s,
                                   u"reviews"_s,  u"forum"_s};
    return known.contains(platform);
}

QString platformTitle(const QString &platform)
{
    if (platform == u"x")
        return Tr::tr("X");
    if (platform == u"mastodon")
        return Tr::tr("Mastodon");
    if (platform == u"bluesky")
        return Tr::tr("Bluesky");
    if (platform == u"simulation")
        return Tr::tr("Simulation");
    if (platform == u"facebook")
        return Tr::tr("Facebook");
    if (platform == u"instagram")
        return Tr::tr("Instagram");
    if (platform == u"reddit")
        return Tr::tr("Reddit");
    if (platform == u"youtube")
        return Tr::tr("YouTube");
    return platform;
}

} // namespace earshot
