// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platforms/PlatformTraits.h"
#include "secrets/SecretPlace.h"
#include "store/Sqlite.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// One account Earshot connects to (an accounts row with an account_connections row): where it
// is, where its token is kept, and how its connection did when last recorded.
struct ConnectedAccount {
    std::int64_t id = 0;
    QString platform;
    QString handle;
    QString baseUrl;
    SecretPlace secretPlace = SecretPlace::Keychain;
    std::int64_t addedAtMs = 0;
    std::int64_t lastSuccessMs = 0; // 0: never yet
    QString lastError;              // in words; empty when the last try worked
    std::int64_t lastErrorMs = 0;
    std::int64_t pausedUntilMs = 0; // 0: not paused
    AccountServices services;       // Bluesky's AppView and chat service, where a person set them

    // The name its connector's cursor is stored under: "<platform>:<id>".
    QString feed() const;
};

// What a person asks to connect.
struct AccountRequest {
    QString platform;
    QString baseUrl;
    QString handle;
    SecretPlace secretPlace = SecretPlace::Keychain;
    AccountServices services; // only Bluesky has any
};

class SecretStore;
struct SecretResult;

namespace Accounts {

// The networks an account may be added for (mastodon, bluesky, x), whether or not this Earshot
// has their connector yet.
QStringList connectableNetworks();
// Why the request cannot be added as it is, in words; nothing when it can. Checks the network,
// the handle and the address (https, or plain http only to this computer).
std::optional<QString> problemWith(const AccountRequest &request);
// Why these services cannot be set for an account on `platform`, in words; nothing when they can.
// The AppView is a web address (https, or plain http only to this computer); the chat service a
// DID with its service id ("did:web:api.bsky.chat#bsky_chat").
std::optional<QString> problemWith(const QString &platform, const AccountServices &services);
// Bluesky's own, shown where a person may choose others.
QString defaultBlueskyAppView();
QString defaultBlueskyChatService();
// The request with the handle and address as they are stored ("@brand" is "brand", no trailing
// slash).
AccountRequest normalized(AccountRequest request);

// The workspace's own id ("workspace.id" setting), which names its secrets in the keychain and
// stays when the file moves; made the first time it is needed (inside the caller's transaction).
QString workspaceId(Database &db);
QString ensureWorkspaceId(Database &db);
// "<workspace id>/<platform>/<handle>": the key of an account's secret.
QString secretKey(const QString &workspaceId, const QString &platform, const QString &handle);

std::vector<ConnectedAccount> list(Database &db);
std::optional<ConnectedAccount> find(Database &db, std::int64_t id);
std::optional<ConnectedAccount> find(Database &db, const QString &platform, const QString &handle);

// Connects the account (an accounts row heard of before is reused, so its mentions stay with it)
// inside the caller's transaction; returns its id. Throws StoreError, also when it is connected
// already.
std::int64_t add(Database &db, const AccountRequest &request, std::int64_t nowMs);
// Keeps `secret` at the request's secret place under its key, then connects the account in a
// transaction of its own; when that fails, the secret is taken away again so no orphan stays in
// the keychain, and the StoreError goes on. Returns the account's id, or 0 with `*kept` saying
// why the secret could not be kept (nothing was added then).
std::int64_t addWithSecret(Database &db, SecretStore &secrets, const AccountRequest &request,
                           const QString &workspaceId, const QString &secret, std::int64_t nowMs,
                           SecretResult *kept);
// The account's services (inside the caller's transaction for `setServices`).
AccountServices services(Database &db, std::int64_t id);
void setServices(Database &db, std::int64_t id, const AccountServices &services);
// Forgets the connection and its health (inside the caller's transaction); the accounts row and
// what was heard on it stay. False when no such account was connected.
bool remove(Database &db, std::int64_t id);
// What the account's connection did last (inside the caller's transaction).
void recordHealth(Database &db, std::int64_t id, std::int64_t lastSuccessMs,
                  const QString &lastError, std::int64_t lastErrorMs, std::int64_t pausedUntilMs);

} // namespace Accounts

} // namespace earshot
