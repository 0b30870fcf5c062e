// SPDX-License-Identifier: Apache-2.0
#include "accounts/AccountSilence.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t msPerHour = 3'600'000;
constexpr std::int64_t msPerDay = 24 * msPerHour;

QByteArray thresholdKey(std::int64_t accountId)
{
    return "accounts.silence_hours." + QByteArray::number(qint64(accountId));
}

} // namespace

QString AccountSilence::inWords(std::int64_t nowMs) const
{
    if (!alert)
        return {};
    const int hours = int((nowMs - lastHeardMs) / msPerHour);
    return Tr::tr("Silent for %n h, though it heard something on %1 of the %2 days before", nullptr,
                  hours)
        .arg(daysHeard)
        .arg(lookBackDays);
}

namespace AccountSilences {

std::optional<int> thresholdHours(Database &db, std::int64_t accountId)
{
    const QString stored = WorkspaceSettings::value(db, thresholdKey(accountId).constData());
    if (stored.isEmpty())
        return AccountSilence::defaultThresholdHours;
    bool ok = false;
    const int hours = stored.toInt(&ok);
    if (!ok || hours <= 0)
        return std::nullopt; // "0" is how "off" is stored
    return hours;
}

void saveThresholdHours(Database &db, std::int64_t accountId, std::optional<int> hours)
{
    WorkspaceSettings::save(db, thresholdKey(accountId).constData(),
                            QString::number(hours && *hours > 0 ? *hours : 0));
}

AccountSilence read(Database &db, std::int64_t accountId, std::int64_t nowMs)
{
    AccountSilence silence;
    silence.thresholdHours = thresholdHours(db, accountId);
    Statement newest(db, "SELECT max(created_at) FROM mentions WHERE account_id = ?");
    newest.bind(1, accountId);
    if (newest.step() && !newest.isNull(0))
        silence.lastHeardMs = newest.toInt(0);
    // What it usually hears is read from the days before it went quiet. One probe per day: a busy
    // account's thousands of posts a day are never counted one by one.
    Statement anyThatDay(db, "SELECT EXISTS (SELECT 1 FROM mentions WHERE account_id = ?1 "
                             "AND created_at >= ?2 AND created_at < ?3)");
    for (int day = 0; day < AccountSilence::lookBackDays; ++day) {
        const std::int64_t end = silence.lastHeardMs + 1 - day * msPerDay;
        anyThatDay.reset();
        anyThatDay.bind(1, accountId).bind(2, end - msPerDay).bind(3, end);
        if (anyThatDay.step() && anyThatDay.toInt(0) != 0)
            ++silence.daysHeard;
    }
    silence.alert = silence.thresholdHours && silence.lastHeardMs > 0
                    && silence.daysHeard >= AccountSilence::usualDays
                    && nowMs - silence.lastHeardMs >= *silence.thresholdHours * msPerHour;
    return silence;
}

} // namespace AccountSilences

} // namespace earshot
