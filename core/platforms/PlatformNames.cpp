// SPDX-License-Identifier: Apache-2.0
#include "platforms/PlatformNames.h"

#include "Tr.h"

namespace earshot {

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
