// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platforms/PlatformTraits.h"

#include <QString>

namespace earshot {

// How long a draft is by the rules of the network it will be posted on, and how much room is
// left. The composer shows this live and refuses to send a reply that is over.
struct ReplyLength {
    int used = 0;
    int limit = 0;
    int remaining = 0; // negative when over
    bool over = false;
    LengthUnit unit = LengthUnit::Characters;

    // By the rules of `network`: its traits (PlatformTraits), with the limits its account's
    // server publishes laid over them where it does (PlatformTraits::withLimits).
    static ReplyLength measure(const PlatformTraits &network, const QString &text);
    // `platform` is the network key of a mention ("x", "mastodon", "bluesky", "simulation"),
    // measured by the network's default limits.
    static ReplyLength measure(const QString &platform, const QString &text);
    // How many UTF-16 units at the start of `text` fit the limit, cut between whole graphemes:
    // where an over-long reply stops fitting.
    static qsizetype fittingLength(const PlatformTraits &network, const QString &text);
    static qsizetype fittingLength(const QString &platform, const QString &text);
};

} // namespace earshot
