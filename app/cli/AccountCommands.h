// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Accounts.h"

#include <QString>

#include <optional>

namespace earshot::cli {

// `account add NETWORK --base-url URL --handle NAME [--store-secret-in-file] [--appview-url URL]
// [--chat-service DID#ID]`: the token or app password comes from EARSHOT_TOKEN or standard
// input, never from an argument.
int addAccount(const QString &workspace, AccountRequest request);
// `account bluesky-services ID [--appview-url URL|default] [--chat-service DID#ID|default]`:
// what is given is set ("default": Bluesky's own), the rest stays; then both are shown.
int setBlueskyServices(const QString &workspace, const QString &id,
                       const std::optional<QString> &appViewUrl,
                       const std::optional<QString> &chatService);
int listAccounts(const QString &workspace, bool json);
int removeAccount(const QString &workspace, const QString &id);
// `account x-cap ID DOLLARS|none`: the monthly spending cap of an X account (fetching pauses at
// it).
int setXSpendingCap(const QString &workspace, const QString &id, const QString &dollars);
// `account silence ID HOURS|off`: after how many hours without a post an account that usually
// hears something is called silent.
int setSilenceAlert(const QString &workspace, const QString &id, const QString &hours);
// `account x-search-budget ID DOLLARS|none`: what an X account's listening searches may cost a day
// (they pause until the next UTC day at it; mentions go on).
int setXSearchBudget(const QString &workspace, const QString &id, const QString &dollars);
// `sync [ACCOUNT]`: one fetch cycle per account; Ok only when every one synced.
int syncAccounts(const QString &workspace, const QString &account);
// `listen`: every account's connector until SIGTERM or SIGINT.
int listen(const QString &workspace);

} // namespace earshot::cli
