// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/RateLimit.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <mutex>
#include <optional>

namespace earshot {

// Which accounts wait for a network's rate limit, and until when. Safe to use from any thread:
// the network thread pauses accounts, the window asks.
class AccountPauses final {
public:
    // Pauses `account` until `pause.untilMs`; a later pause already held wins.
    void pause(const QString &account, const RateLimitPause &pause);
    // The account's pause if it still holds at `nowMs`.
    std::optional<RateLimitPause> pauseAt(const QString &account, std::int64_t nowMs) const;
    void clear(const QString &account);

private:
    mutable std::mutex m_mutex;
    QHash<QString, RateLimitPause> m_pauses;
};

// What a person reads: "X paused until 14:05: rate limit". `who` names the account or its
// network as the window shows it; the time is in `zone`, with the date when it is not today.
QString describePause(const QString &who, const RateLimitPause &pause, std::int64_t nowMs,
                      const QTimeZone &zone = QTimeZone::systemTimeZone());
// "rate limit", "server busy".
QString describePauseReason(PauseReason reason);

} // namespace earshot
