// SPDX-License-Identifier: Apache-2.0
#include "accounts/Accounts.h"

#include "Tr.h"
#include "clock/RandomSource.h"
#include "logging/LogCategories.h"
#include "net/UrlPolicy.h"
#include "platforms/PlatformTraits.h"
#include "secrets/SecretStore.h"
#include "store/StoreError.h"
#include "store/WorkspaceSettings.h"

#include <QRegularExpression>
#include <QUrl>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const char *const workspaceIdKey = "workspace.id";

QString alreadyConnected(const QString &platform, const QString &handle, std::int64_t id)
{
    return Tr::tr("The %1 account @%2 is connected already (account %3).")
        .arg(platformTitle(platform), handle)
        .arg(id);
}

// One constant prefix of the three queries below (literals joined by the compiler).
#define EARSHOT_SELECT_ACCOUNTS                                                                    \
    "SELECT a.id, a.platform, a.handle, COALESCE(a.base_url, ''), c.secret_place, c.added_at, "    \
    "COALESCE(c.last_success_at, 0), COALESCE(c.last_error, ''), COALESCE(c.last_error_at, 0), "   \
    "COALESCE(c.paused_until, 0) FROM accounts a JOIN account_connections c ON c.account_id = "    \
    "a.id "

QByteArray appViewKey(std::int64_t id)
{
    return "bluesky.appview." + QByteArray::number(qint64(id));
}

QByteArray chatServiceKey(std::int64_t id)
{
    return "bluesky.chat_service." + QByteArray::number(qint64(id));
}

// Why `address` is no address Earshot may speak to; nothing when it is one.
std::optional<QString> addressProblem(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Tr::tr("\"%1\" is not a web address (https://...).").arg(address);
    if (!url.userInfo().isEmpty())
        return Tr::tr("The address must not carry a name or password; the token is asked for "
                      "separately.");
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        return Tr::tr("\"%1\" is plain http: Earshot speaks to networks only over https (plain "
                      "http only to this computer, for tests).")
            .arg(address);
    return std::nullopt;
}

QString withoutTrailingSlashes(QString address)
{
    address = address.trimmed();
    while (address.endsWith(u'/'))
        address.chop(1);
    return address;
}

ConnectedAccount readAccount(const Statement &s)
{
    ConnectedAccount a;
    a.id = s.toInt(0);
    a.platform = s.toString(1);
    a.handle = s.toString(2);
    a.baseUrl = s.toString(3);
    a.secretPlace = secretPlaceFromKey(s.toString(4)).value_or(SecretPlace::Keychain);
    a.addedAtMs = s.toInt(5);
    a.lastSuccessMs = s.toInt(6);
    a.lastError = s.toString(7);
    a.lastErrorMs = s.toInt(8);
    a.pausedUntilMs = s.toInt(9);
    return a;
}

} // namespace

QString ConnectedAccount::feed() const
{
    return platform + u':' + QString::number(id);
}

namespace Accounts {

QStringList connectableNetworks()
{
    return {u"mastodon"_s, u"bluesky"_s, u"x"_s};
}

AccountRequest normalized(AccountRequest request)
{
    request.platform = request.platform.trimmed().toLower();
    request.handle = request.handle.trimmed();
    if (request.handle.startsWith(u'@'))
        request.handle.remove(0, 1);
    request.baseUrl = withoutTrailingSlashes(request.baseUrl);
    request.services.appViewUrl = withoutTrailingSlashes(request.services.appViewUrl);
    request.services.chatService = request.services.chatService.trimmed();
    return request;
}

std::optional<QString> problemWith(const AccountRequest &request)
{
    if (!connectableNetworks().contains(request.platform))
        return Tr::tr("\"%1\" is not a network Earshot connects to (%2).")
            .arg(request.platform, connectableNetworks().join(u", "_s));
    if (request.handle.isEmpty())
        return Tr::tr("The account needs its handle.");
    if (request.handle.contains(u' ') || request.handle.contains(u'/'))
        return Tr::tr("\"%1\" is not a handle: no spaces or slashes.").arg(request.handle);
    if (request.baseUrl.isEmpty())
        return Tr::tr("The account needs the address of its server (https://...).");
    if (const auto problem = addressProblem(request.baseUrl))
        return problem;
    return problemWith(request.platform, request.services);
}

std::optional<QString> problemWith(const QString &platform, const AccountServices &services)
{
    if (services.isEmpty())
        return std::nullopt;
    if (platform != u"bluesky")
        return Tr::tr("Only a Bluesky account has an AppView and a chat service to choose.");
    if (!services.appViewUrl.isEmpty()) {
        if (const auto problem = addressProblem(services.appViewUrl))
            return Tr::tr("AppView: %1").arg(*problem);
    }
    // did:<method>:<identifier>#<service id>, as the atproto-proxy header takes it.
    static const QRegularExpression serviceRef(u"^did:[a-z]+:[A-Za-z0-9._:%-]+#[A-Za-z0-9_-]+$"_s);
    if (!services.chatService.isEmpty() && !serviceRef.match(services.chatService).hasMatch())
        return Tr::tr("\"%1\" is not a chat service: give its DID and service id, as in %2.")
            .arg(services.chatService, defaultBlueskyChatService());
    return std::nullopt;
}

QString defaultBlueskyAppView()
{
    return u"https://api.bsky.app"_s;
}

QString defaultBlueskyChatService()
{
    return u"did:web:api.bsky.chat#bsky_chat"_s;
}

QString workspaceId(Database &db)
{
    return WorkspaceSettings::value(db, workspaceIdKey);
}

QString ensureWorkspaceId(Database &db)
{
    QString id = workspaceId(db);
    if (!id.isEmpty())
        return id;
    // An identity, not dice: from the system's entropy, never from a session's replayable seed.
    RandomSource random(RandomSource::systemSeed(), "workspace id");
    QString made =
        u"%1%2"_s.arg(random.next(), 16, 16, QChar(u'0')).arg(random.next(), 16, 16, QChar(u'0'));
    WorkspaceSettings::setValue(db, workspaceIdKey, made);
    return made;
}

QString secretKey(const QString &workspaceId, const QString &platform, const QString &handle)
{
    return workspaceId + u'/' + platform + u'/' + handle;
}

std::vector<ConnectedAccount> list(Database &db)
{
    Statement s(db, EARSHOT_SELECT_ACCOUNTS "ORDER BY a.id");
    std::vector<ConnectedAccount> accounts;
    while (s.step())
        accounts.push_back(readAccount(s));
    for (ConnectedAccount &a : accounts)
        a.services = services(db, a.id);
    return accounts;
}

std::optional<ConnectedAccount> find(Database &db, std::int64_t id)
{
    Statement s(db, EARSHOT_SELECT_ACCOUNTS "WHERE a.id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    ConnectedAccount account = readAccount(s);
    account.services = services(db, account.id);
    return account;
}

std::optional<ConnectedAccount> find(Database &db, const QString &platform, const QString &handle)
{
    Statement s(db, EARSHOT_SELECT_ACCOUNTS "WHERE a.platform = ? AND a.handle = ?");
    s.bind(1, platform).bind(2, handle);
    if (!s.step())
        return std::nullopt;
    ConnectedAccount account = readAccount(s);
    account.services = services(db, account.id);
    return account;
}

std::int64_t add(Database &db, const AccountRequest &request, std::int64_t nowMs)
{
    std::int64_t id = 0;
    {
        Statement s(db, "SELECT id FROM accounts WHERE platform = ? AND handle = ?");
        s.bind(1, request.platform).bind(2, request.handle);
        if (s.step())
            id = s.toInt(0);
    }
    if (id == 0) {
        Statement insert(db, "INSERT INTO accounts (platform, handle, base_url, created_at) "
                             "VALUES (?, ?, ?, ?)");
        insert.bind(1, request.platform).bind(2, request.handle).bind(3, request.baseUrl);
        insert.bind(4, nowMs);
        insert.run();
        id = db.lastInsertId();
    } else {
        Statement connected(db, "SELECT 1 FROM account_connections WHERE account_id = ?");
        connected.bind(1, id);
        if (connected.step())
            throw StoreError(alreadyConnected(request.platform, request.handle, id));
        Statement update(db, "UPDATE accounts SET base_url = ? WHERE id = ?");
        update.bind(1, request.baseUrl).bind(2, id);
        update.run();
    }
    Statement connect(db, "INSERT INTO account_connections (account_id, secret_place, added_at) "
                          "VALUES (?, ?, ?)");
    connect.bind(1, id).bind(2, secretPlaceKey(request.secretPlace)).bind(3, nowMs);
    connect.run();
    if (request.platform == u"bluesky")
        setServices(db, id, request.services); // a row reused keeps no earlier choice
    qCInfo(lcAccounts).noquote() << "Connected account" << id << "on" << request.platform
                                 << "with its secret in the" << secretPlaceKey(request.secretPlace);
    return id;
}

std::int64_t addWithSecret(Database &db, SecretStore &secrets, const AccountRequest &request,
                           const QString &workspaceId, const QString &secret, std::int64_t nowMs,
                           SecretResult *kept)
{
    const QString key = secretKey(workspaceId, request.platform, request.handle);
    *kept = secrets.writeNow(request.secretPlace, key, secret);
    if (!kept->ok())
        return 0;
    try {
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        const std::int64_t id = add(db, request, nowMs);
        transaction.commit();
        return id;
    } catch (const StoreError &) {
        secrets.removeNow(request.secretPlace, key);
        throw;
    }
}

AccountServices services(Database &db, std::int64_t id)
{
    AccountServices result;
    result.appViewUrl = WorkspaceSettings::value(db, appViewKey(id).constData());
    result.chatService = WorkspaceSettings::value(db, chatServiceKey(id).constData());
    return result;
}

void setServices(Database &db, std::int64_t id, const AccountServices &services)
{
    // "" (not NULL, which the settings refuse) for Bluesky's own.
    WorkspaceSettings::setValue(db, appViewKey(id).constData(),
                                services.appViewUrl.isNull() ? u""_s : services.appViewUrl);
    WorkspaceSettings::setValue(db, chatServiceKey(id).constData(),
                                services.chatService.isNull() ? u""_s : services.chatService);
}

bool remove(Database &db, std::int64_t id)
{
    Statement s(db, "DELETE FROM account_connections WHERE account_id = ?");
    s.bind(1, id);
    s.run();
    const bool removed = db.changes() > 0;
    if (removed)
        qCInfo(lcAccounts).noquote() << "Removed the connection of account" << id;
    return removed;
}

void recordHealth(Database &db, std::int64_t id, std::int64_t lastSuccessMs,
                  const QString &lastError, std::int64_t lastErrorMs, std::int64_t pausedUntilMs)
{
    Statement s(db, "UPDATE account_connections SET last_success_at = NULLIF(?, 0), "
                    "last_error = NULLIF(?, ''), last_error_at = NULLIF(?, 0), "
                    "paused_until = NULLIF(?, 0) WHERE account_id = ?");
    s.bind(1, lastSuccessMs).bind(2, lastError).bind(3, lastErrorMs).bind(4, pausedUntilMs);
    s.bind(5, id);
    s.run();
}

} // namespace Accounts

} // namespace earshot
