// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What X charges per use (pay-per-use API), in US dollars; workspace settings, so a change of
// X's prices is a setting, not a release.
struct XPrices {
    double postRead = 0.005;
    double userRead = 0.010;
    double postCreated = 0.015;
    double postCreatedWithLink = 0.20;
};

// The workspace settings keys (store/WorkspaceSettings) of X's prices and caps.
namespace XSettings {
inline constexpr const char *pricePostRead = "x.price.post_read";
inline constexpr const char *priceUserRead = "x.price.user_read";
inline constexpr const char *pricePostCreated = "x.price.post_created";
inline constexpr const char *pricePostCreatedWithLink = "x.price.post_created_with_link";
// The monthly spending cap of one account in dollars: this prefix and accounts.id
// ("x.spending_cap.3"). Absent or 0: no cap.
inline constexpr const char *spendingCapPrefix = "x.spending_cap.";
// The daily budget of one account's listening searches in dollars: this prefix and accounts.id
// ("x.search_budget.3"). Absent or 0: no budget.
inline constexpr const char *searchBudgetPrefix = "x.search_budget.";
} // namespace XSettings

// What one account used on X in a span of time.
struct XUsageCounts {
    std::int64_t postsRead = 0;
    std::int64_t usersRead = 0;
    std::int64_t postsCreated = 0;         // without a link
    std::int64_t postsCreatedWithLink = 0; // a link makes a post cost more

    double cost(const XPrices &prices) const;
};

// The estimated spend of one X account, by UTC day and month.
struct XSpend {
    QString day;   // the UTC day it was asked on, "2026-12-07"
    QString month; // its UTC month, "2026-12"
    XUsageCounts today;
    XUsageCounts thisMonth;
    double todayUsd = 0;
    double monthUsd = 0;
    std::optional<double> monthlyCapUsd; // none: no cap
    // Of today's posts read, those listening searches read first, and what they cost.
    std::int64_t searchPostsReadToday = 0;
    double searchTodayUsd = 0;
    std::optional<double> dailySearchBudgetUsd; // none: no budget
    bool capReached() const { return monthlyCapUsd && monthUsd >= *monthlyCapUsd; }
    bool searchBudgetReached() const
    {
        return dailySearchBudgetUsd && searchTodayUsd >= *dailySearchBudgetUsd;
    }
};

XPrices xPrices(Database &db);
std::optional<double> xSpendingCap(Database &db, std::int64_t accountId);
// In a transaction of its own (a person chose it); none or 0 removes the cap.
void saveXSpendingCap(Database &db, std::int64_t accountId, std::optional<double> capUsd);

std::optional<double> xSearchBudget(Database &db, std::int64_t accountId);
// In a transaction of its own (a person chose it); none or 0 removes the budget.
void saveXSearchBudget(Database &db, std::int64_t accountId, std::optional<double> budgetUsd);

// The account's estimated spend on the UTC day and month of `nowMs`, at the workspace's prices.
// For `earshot-cli account list` and Settings → Accounts.
XSpend spendOf(Database &db, std::int64_t accountId, std::int64_t nowMs);

// Inside a transaction the caller holds: X returned these posts and users to the account. X
// charges a post or user once per UTC day however often it returns it, so one already counted
// today is not counted again. `search`: a listening search read them (its daily budget counts
// the posts it read first today).
void recordXReads(Database &db, std::int64_t accountId, std::int64_t nowMs,
                  const std::vector<QString> &postIds, const std::vector<QString> &userIds,
                  bool search = false);
// Inside a transaction the caller holds: the account created a post (or message) on X.
void recordXWrite(Database &db, std::int64_t accountId, std::int64_t nowMs, bool withLink);

// Until when the account's listening searches wait for a new day because today's search budget
// is spent (the first millisecond of the next UTC day); nothing when they run. A pause the admin
// chose, not a problem of the account: mentions go on.
std::optional<std::int64_t> searchPausedUntil(const XSpend &spend, std::int64_t nowMs);
// "search paused until 00:00 UTC (daily budget)"; empty when the searches run.
QString describeSearchPause(const XSpend &spend, std::int64_t nowMs);

// "$12.35": dollars as a person reads them.
QString formatUsd(double usd);
// The first millisecond of the UTC month after the one of `nowMs`.
std::int64_t startOfNextUtcMonth(std::int64_t nowMs);
// The first millisecond of the UTC day after the one of `nowMs`.
std::int64_t startOfNextUtcDay(std::int64_t nowMs);

} // namespace earshot
