// SPDX-License-Identifier: Apache-2.0
#include "platforms/x/XSpend.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QDate utcDate(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

QString dayOf(std::int64_t ms)
{
    return utcDate(ms).toString(Qt::ISODate);
}

double price(Database &db, const char *key, double fallback)
{
    bool ok = false;
    const double value = WorkspaceSettings::value(db, key).toDouble(&ok);
    return ok && value >= 0 ? value : fallback;
}

QByteArray capKey(std::int64_t accountId)
{
    return QByteArray(XSettings::spendingCapPrefix) + QByteArray::number(qint64(accountId));
}

QByteArray searchBudgetKey(std::int64_t accountId)
{
    return QByteArray(XSettings::searchBudgetPrefix) + QByteArray::number(qint64(accountId));
}

XUsageCounts sumSince(Database &db, std::int64_t accountId, const QString &fromDay,
                      const QString &toDay)
{
    Statement s(db, "SELECT coalesce(sum(posts_read), 0), coalesce(sum(users_read), 0), "
                    "coalesce(sum(posts_created), 0), coalesce(sum(posts_created_with_link), 0) "
                    "FROM x_usage WHERE account_id = ? AND day >= ? AND day <= ?");
    s.bind(1, accountId).bind(2, fromDay).bind(3, toDay);
    XUsageCounts counts;
    if (s.step()) {
        counts.postsRead = s.toInt(0);
        counts.usersRead = s.toInt(1);
        counts.postsCreated = s.toInt(2);
        counts.postsCreatedWithLink = s.toInt(3);
    }
    return counts;
}

void addUsage(Database &db, std::int64_t accountId, const QString &day, const char *column,
              std::int64_t n)
{
    if (n <= 0)
        return;
    Statement ensure(db, "INSERT OR IGNORE INTO x_usage (account_id, day) VALUES (?, ?)");
    ensure.bind(1, accountId).bind(2, day).run();
    const QByteArray sql = QByteArray("UPDATE x_usage SET ") + column + " = " + column
                           + " + ? WHERE account_id = ? AND day = ?";
    Statement add(db, sql.constData());
    add.bind(1, n).bind(2, accountId).bind(3, day).run();
}

// Marks the items as counted today; gives how many were new today.
std::int64_t firstToday(Database &db, std::int64_t accountId, const QString &day, const char *kind,
                        const std::vector<QString> &ids)
{
    Statement insert(db, "INSERT OR IGNORE INTO x_reads_today (account_id, day, kind, item_id) "
                         "VALUES (?, ?, ?, ?)");
    std::int64_t fresh = 0;
    for (const QString &id : ids) {
        insert.reset();
        insert.bind(1, accountId).bind(2, day).bind(3, QByteArray(kind)).bind(4, id).run();
        fresh += db.changes();
    }
    return fresh;
}

} // namespace

double XUsageCounts::cost(const XPrices &prices) const
{
    return double(postsRead) * prices.postRead + double(usersRead) * prices.userRead
           + double(postsCreated) * prices.postCreated
           + double(postsCreatedWithLink) * prices.postCreatedWithLink;
}

XPrices xPrices(Database &db)
{
    const XPrices defaults;
    XPrices prices;
    prices.postRead = price(db, XSettings::pricePostRead, defaults.postRead);
    prices.userRead = price(db, XSettings::priceUserRead, defaults.userRead);
    prices.postCreated = price(db, XSettings::pricePostCreated, defaults.postCreated);
    prices.postCreatedWithLink =
        price(db, XSettings::pricePostCreatedWithLink, defaults.postCreatedWithLink);
    return prices;
}

std::optional<double> xSpendingCap(Database &db, std::int64_t accountId)
{
    bool ok = false;
    const double cap = WorkspaceSettings::value(db, capKey(accountId).constData()).toDouble(&ok);
    if (!ok || cap <= 0)
        return std::nullopt;
    return cap;
}

void saveXSpendingCap(Database &db, std::int64_t accountId, std::optional<double> capUsd)
{
    const QString value =
        capUsd && *capUsd > 0 ? QString::number(*capUsd, 'f', 2) : QString(u"0"_s);
    WorkspaceSettings::save(db, capKey(accountId).constData(), value);
}

std::optional<double> xSearchBudget(Database &db, std::int64_t accountId)
{
    bool ok = false;
    const double budget =
        WorkspaceSettings::value(db, searchBudgetKey(accountId).constData()).toDouble(&ok);
    if (!ok || budget <= 0)
        return std::nullopt;
    return budget;
}

void saveXSearchBudget(Database &db, std::int64_t accountId, std::optional<double> budgetUsd)
{
    const QString value =
        budgetUsd && *budgetUsd > 0 ? QString::number(*budgetUsd, 'f', 2) : QString(u"0"_s);
    WorkspaceSettings::save(db, searchBudgetKey(accountId).constData(), value);
}

XSpend spendOf(Database &db, std::int64_t accountId, std::int64_t nowMs)
{
    const QDate today = utcDate(nowMs);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    XSpend spend;
    spend.day = today.toString(Qt::ISODate);
    spend.month = today.toString(u"yyyy-MM"_s);
    spend.today = sumSince(db, accountId, spend.day, spend.day);
    spend.thisMonth = sumSince(db, accountId, firstOfMonth.toString(Qt::ISODate), spend.day);
    const XPrices prices = xPrices(db);
    spend.todayUsd = spend.today.cost(prices);
    spend.monthUsd = spend.thisMonth.cost(prices);
    spend.monthlyCapUsd = xSpendingCap(db, accountId);
    Statement search(db, "SELECT search_posts_read FROM x_usage WHERE account_id = ? AND day = ?");
    search.bind(1, accountId).bind(2, spend.day);
    if (search.step())
        spend.searchPostsReadToday = search.toInt(0);
    spend.searchTodayUsd = double(spend.searchPostsReadToday) * prices.postRead;
    spend.dailySearchBudgetUsd = xSearchBudget(db, accountId);
    return spend;
}

void recordXReads(Database &db, std::int64_t accountId, std::int64_t nowMs,
                  const std::vector<QString> &postIds, const std::vector<QString> &userIds,
                  bool search)
{
    const QString day = dayOf(nowMs);
    // What was counted on earlier days is of no use any more.
    Statement prune(db, "DELETE FROM x_reads_today WHERE account_id = ? AND day < ?");
    prune.bind(1, accountId).bind(2, day).run();
    const std::int64_t freshPosts = firstToday(db, accountId, day, "post", postIds);
    addUsage(db, accountId, day, "posts_read", freshPosts);
    if (search)
        addUsage(db, accountId, day, "search_posts_read", freshPosts);
    addUsage(db, accountId, day, "users_read", firstToday(db, accountId, day, "user", userIds));
}

void recordXWrite(Database &db, std::int64_t accountId, std::int64_t nowMs, bool withLink)
{
    addUsage(db, accountId, dayOf(nowMs), withLink ? "posts_created_with_link" : "posts_created",
             1);
}

std::optional<std::int64_t> searchPausedUntil(const XSpend &spend, std::int64_t nowMs)
{
    // Counted for another day: a new day starts from nothing.
    if (!spend.searchBudgetReached() || spend.day != utcDate(nowMs).toString(Qt::ISODate))
        return std::nullopt;
    return startOfNextUtcDay(nowMs);
}

QString describeSearchPause(const XSpend &spend, std::int64_t nowMs)
{
    const std::optional<std::int64_t> until = searchPausedUntil(spend, nowMs);
    if (!until)
        return {};
    return Tr::tr("search paused until %1 UTC (daily budget)")
        .arg(QDateTime::fromMSecsSinceEpoch(*until, QTimeZone::utc()).toString(u"HH:mm"_s));
}

QString formatUsd(double usd)
{
    return u"$"_s + QString::number(usd, 'f', 2);
}

std::int64_t startOfNextUtcMonth(std::int64_t nowMs)
{
    const QDate today = utcDate(nowMs);
    const QDate next = QDate(today.year(), today.month(), 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::int64_t startOfNextUtcDay(std::int64_t nowMs)
{
    const QDate next = utcDate(nowMs).addDays(1);
    return QDateTime(next, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace earshot
