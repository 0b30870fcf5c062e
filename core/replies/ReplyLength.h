// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// What a network counts when it limits the length of a post.
enum class LengthUnit {
    WeightedCharacters, // X: most scripts of Europe count 1, CJK and emoji 2
    Characters,         // Unicode code points
    Graphemes, // what a reader sees as one character ("é", "🇩🇪", "👩‍👩‍👧")
};

// How long a draft is by the rules of the network it will be posted on, and how much room is
// left. The composer shows this live and refuses to send a reply that is over.
struct ReplyLength {
    int used = 0;
    int limit = 0;
    int remaining = 0; // negative when over
    bool over = false;
    LengthUnit unit = LengthUnit::Characters;

    // `platform` is the network key of a mention ("x", "mastodon", "bluesky", "simulation").
    static ReplyLength measure(const QString &platform, const QString &text);
    static int limitFor(const QString &platform);
    static LengthUnit unitFor(const QString &platform);
    // How many UTF-16 units at the start of `text` fit the limit, cut between whole graphemes:
    // where an over-long reply stops fitting.
    static qsizetype fittingLength(const QString &platform, const QString &text);
};

} // namespace earshot
