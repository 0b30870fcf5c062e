// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// Whether an account that usually hears something has gone quiet: its token still works and the
// network answers, yet nothing arrives (a mention feed the network stopped sending, a brand
// handle that changed, a filter gone wrong). Counted by when the posts were written, so a desktop
// that was closed for a night and caught up does not look silent.
struct AccountSilence {
    // Hours without a post after which the alert shows; nothing when the alert is off.
    std::optional<int> thresholdHours;
    std::int64_t lastHeardMs = 0; // the newest post heard on it; 0: none yet
    int daysHeard = 0; // of the lookBackDays up to lastHeardMs, those with at least one post
    bool alert = false;

    static constexpr int defaultThresholdHours = 12;
    static constexpr int lookBackDays = 14;
    // "Usually hears something": posts on at least this many of the lookBackDays before it went
    // quiet.
    static constexpr int usualDays = 4;

    // "Silent for 14 h, though it heard something on 9 of the 14 days before"; empty without alert.
    QString inWords(std::int64_t nowMs) const;
};

namespace AccountSilences {

// The account's threshold: its own setting, else the default; nothing when switched off.
std::optional<int> thresholdHours(Database &db, std::int64_t accountId);
// Sets it in a transaction of its own (a person chose it); nothing switches the alert off.
void saveThresholdHours(Database &db, std::int64_t accountId, std::optional<int> hours);
// Reads it now: two index lookups per day looked back, whatever the workspace's size.
AccountSilence read(Database &db, std::int64_t accountId, std::int64_t nowMs);

} // namespace AccountSilences

} // namespace earshot
