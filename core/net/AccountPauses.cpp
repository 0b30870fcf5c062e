// SPDX-License-Identifier: Apache-2.0
#include "net/AccountPauses.h"

#include "Tr.h"

#include <QDateTime>

namespace earshot {

void AccountPauses::pause(const QString &account, const RateLimitPause &pause)
{
    std::lock_guard lock(m_mutex);
    auto it = m_pauses.find(account);
    if (it == m_pauses.end())
        m_pauses.insert(account, pause);
    else if (pause.untilMs > it->untilMs)
        *it = pause;
}

std::optional<RateLimitPause> AccountPauses::pauseAt(const QString &account,
                                                     std::int64_t nowMs) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_pauses.constFind(account);
    if (it == m_pauses.constEnd() || it->untilMs <= nowMs)
        return std::nullopt;
    return *it;
}

void AccountPauses::clear(const QString &account)
{
    std::lock_guard lock(m_mutex);
    m_pauses.remove(account);
}

QString describePauseReason(PauseReason reason)
{
    switch (reason) {
    case PauseReason::RateLimit:
        return Tr::tr("rate limit");
    case PauseReason::ServerBusy:
        return Tr::tr("server busy");
    }
    return Tr::tr("rate limit");
}

QString describePause(const QString &who, const RateLimitPause &pause, std::int64_t nowMs,
                      const QTimeZone &zone)
{
    // Up to the next whole minute: "until 14:05" must not be read as free at 14:04:50.
    const std::int64_t minute = 60'000;
    const std::int64_t shownMs = (pause.untilMs + minute - 1) / minute * minute;
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(shownMs, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QString when = until.date() == now.date()
                             ? until.toString(QStringLiteral("HH:mm"))
                             : until.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return Tr::tr("%1 paused until %2: %3").arg(who, when, describePauseReason(pause.reason));
}

} // namespace earshot
