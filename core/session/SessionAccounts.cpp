// SPDX-License-Identifier: Apache-2.0
#include "session/SessionAccounts.h"

#include "Error.h"
#include "Tr.h"
#include "accounts/AccountSilence.h"
#include "connectors/ConnectorHost.h"
#include "logging/LogCategories.h"
#include "platforms/PlatformTraits.h"
#include "secrets/SecretStore.h"
#include "signin/BrowserSignIn.h"
#include "store/ListeningTerms.h"
#include "store/Sqlite.h"
#include "workspace/StoreWriter.h"

#include <algorithm>

namespace earshot {

namespace {

QString storedCursor(Database &db, const QString &feed)
{
    Statement s(db, "SELECT cursor FROM feed_cursors WHERE feed = ?");
    s.bind(1, feed);
    return s.step() ? s.toString(0) : QString();
}

} // namespace

SessionAccounts::SessionAccounts(Database &reader, ConnectorHost *host, StoreWriter *writer,
                                 std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_host(host)
    , m_writer(writer)
    , m_clock(std::move(clock))
    , m_secrets(std::make_unique<SecretStore>())
    , m_silenceClock(m_clock)
{
    // Silence is counted in hours: a look every five minutes is soon enough.
    m_silenceClock.setInterval(std::chrono::minutes(5));
    connect(&m_silenceClock, &ClockTimer::timeout, this, &SessionAccounts::lookForSilence);
    m_silenceClock.start();
    // A quiet account that hears something again stops being called silent at once.
    connect(m_host, &ConnectorHost::written, this, [this] {
        if (std::any_of(m_accounts.begin(), m_accounts.end(),
                        [](const SessionAccount &a) { return !a.silence.isEmpty(); }))
            lookForSilence();
    });
    connect(m_host, &ConnectorHost::healthChanged, this,
            [this](const QString &feed, const AccountHealth &health) {
                for (const SessionAccount &a : m_accounts) {
                    if (a.account.feed() == feed) {
                        recordHealth(a.account.id, health);
                        return;
                    }
                }
            });
}

SessionAccounts::~SessionAccounts() = default;

void SessionAccounts::load()
{
    m_accounts.clear();
    m_ready = false;
    m_workspaceId = Accounts::workspaceId(m_reader);
    for (const ConnectedAccount &a : Accounts::list(m_reader)) {
        SessionAccount account;
        account.account = a;
        account.cursor = storedCursor(m_reader, a.feed());
        m_accounts.push_back(account);
    }
    qCInfo(lcAccounts).noquote() << "Opening" << m_accounts.size() << "connected accounts";
    if (m_accounts.empty()) {
        m_ready = true;
        Q_EMIT ready();
        return;
    }
    for (const SessionAccount &a : m_accounts)
        readSecret(a);
}

void SessionAccounts::readSecret(const SessionAccount &a)
{
    const std::int64_t id = a.account.id;
    m_secrets->read(a.account.secretPlace,
                    Accounts::secretKey(m_workspaceId, a.account.platform, a.account.handle), this,
                    [this, id](const SecretResult &result) {
                        onSecret(id, result.secret, result.ok() ? QString() : result.message);
                    });
}

void SessionAccounts::reconcile()
{
    if (!m_ready)
        return; // load() is still reading them
    std::vector<ConnectedAccount> stored;
    try {
        stored = Accounts::list(m_reader);
    } catch (const Error &e) {
        qCWarning(lcAccounts).noquote() << "Could not read the connected accounts:" << e.message();
        return;
    }
    const auto isStored = [&stored](std::int64_t id) {
        return std::any_of(stored.begin(), stored.end(),
                           [id](const ConnectedAccount &a) { return a.id == id; });
    };
    QList<std::int64_t> gone;
    for (const SessionAccount &a : m_accounts) {
        if (!isStored(a.account.id))
            gone.append(a.account.id);
    }
    for (const std::int64_t id : gone) {
        const SessionAccount *a = account(id);
        qCInfo(lcAccounts).noquote() << "Account" << id << "was removed elsewhere: stopping it";
        m_host->removeAccount(a->account.feed());
        m_accounts.erase(
            std::remove_if(m_accounts.begin(), m_accounts.end(),
                           [id](const SessionAccount &held) { return held.account.id == id; }),
            m_accounts.end());
        Q_EMIT changed(id);
    }
    for (const ConnectedAccount &a : stored) {
        if (SessionAccount *held = find(a.id)) {
            if (held->account.services != a.services) {
                qCInfo(lcAccounts).noquote()
                    << "Account" << a.id << "has other services now: starting it again";
                held->account.services = a.services;
                restart(*held);
                Q_EMIT changed(a.id);
            }
            continue;
        }
        if (m_workspaceId.isEmpty())
            m_workspaceId = Accounts::workspaceId(m_reader);
        qCInfo(lcAccounts).noquote()
            << "Account" << a.id << "on" << a.platform << "was added elsewhere: starting it";
        SessionAccount added;
        added.account = a;
        added.cursor = storedCursor(m_reader, a.feed());
        m_accounts.push_back(added);
        readSecret(added);
    }
}

const SessionAccount *SessionAccounts::account(std::int64_t id) const
{
    for (const SessionAccount &a : m_accounts) {
        if (a.account.id == id)
            return &a;
    }
    return nullptr;
}

SessionAccount *SessionAccounts::find(std::int64_t id)
{
    return const_cast<SessionAccount *>(account(id));
}

void SessionAccounts::onSecret(std::int64_t id, const QString &secret, const QString &problem)
{
    SessionAccount *a = find(id);
    if (!a)
        return;
    a->problem = problem;
    if (problem.isEmpty()) {
        ConnectorAccount account;
        account.accountId = a->account.id;
        account.platform = a->account.platform;
        account.feed = a->account.feed();
        account.handle = a->account.handle;
        account.baseUrl = a->account.baseUrl;
        account.services = a->account.services;
        account.secret = secret;
        account.searches = listeningSearchesFor(m_reader, account.accountId, account.platform);
        try {
            if (m_host->connector(account.feed) || m_host->sender(account.feed))
                m_host->removeAccount(account.feed); // a new secret for a running account
            m_host->addAccount(account, a->cursor);
        } catch (const Error &e) {
            // A network whose connector this Earshot does not have (yet): the others still run.
            a->problem = e.message();
        }
    }
    settle(*a);
}

void SessionAccounts::reloadSearches()
{
    for (const SessionAccount &a : m_accounts) {
        if (m_host->connector(a.account.feed()))
            m_host->setSearches(a.account.feed(),
                                listeningSearchesFor(m_reader, a.account.id, a.account.platform));
    }
}

void SessionAccounts::settle(SessionAccount &a)
{
    a.settled = true;
    if (!a.problem.isEmpty()) {
        qCWarning(lcAccounts).noquote() << "Account" << a.account.id << "on" << a.account.platform
                                        << "not opened:" << a.problem;
        if (a.account.lastError != a.problem) {
            AccountHealth health;
            health.lastSuccessMs = a.account.lastSuccessMs;
            health.lastError = a.problem;
            health.pausedUntilMs = a.account.pausedUntilMs;
            recordHealth(a.account.id, health);
        }
    }
    Q_EMIT changed(a.account.id);
    for (const SessionAccount &other : m_accounts) {
        if (!other.settled)
            return;
    }
    if (!m_ready) {
        m_ready = true;
        lookForSilence();
        Q_EMIT ready();
    }
}

void SessionAccounts::lookForSilence()
{
    const std::int64_t now = m_clock->nowMs();
    for (SessionAccount &a : m_accounts) {
        QString silence;
        try {
            silence = AccountSilences::read(m_reader, a.account.id, now).inWords(now);
        } catch (const Error &e) {
            qCWarning(lcAccounts).noquote()
                << "Could not tell whether account" << a.account.id << "is silent:" << e.message();
            continue;
        }
        if (silence == a.silence)
            continue;
        if (!silence.isEmpty() && a.silence.isEmpty())
            qCWarning(lcAccounts).noquote()
                << "Account" << a.account.id << "on" << a.account.platform << "has gone quiet";
        a.silence = silence;
        Q_EMIT changed(a.account.id);
    }
}

namespace {

void answer(const QPointer<QObject> &context, bool hadContext, const SessionAccounts::Done &done,
            const QString &problem)
{
    if ((hadContext && !context) || !done)
        return;
    done(problem);
}

} // namespace

void SessionAccounts::add(const AccountRequest &asked, const QString &secret, QObject *context,
                          const Done &done)
{
    const AccountRequest request = Accounts::normalized(asked);
    const QPointer<QObject> guard(context);
    if (const auto problem = Accounts::problemWith(request))
        return answer(guard, context, done, *problem);
    if (secret.trimmed().isEmpty())
        return answer(guard, context, done, Tr::tr("The account needs its token or app password."));
    for (const SessionAccount &a : m_accounts) {
        if (a.account.platform == request.platform && a.account.handle == request.handle)
            return answer(guard, context, done,
                          Tr::tr("The %1 account @%2 is connected already (account %3).")
                              .arg(platformTitle(request.platform), request.handle)
                              .arg(a.account.id));
    }
    WriterTask<QString> task;
    task.name = "workspace id";
    task.work = [](WriterContext &c) { return Accounts::ensureWorkspaceId(c.db); };
    m_writer->run<QString>(
        std::move(task), this,
        [this, request, secret = secret.trimmed(), guard, hadContext = context != nullptr,
         done](const WriterAnswer<QString> &id) {
            if (!id.ok())
                return answer(guard, hadContext, done, id.error);
            m_workspaceId = id.value;
            connectAccount(request, secret, hadContext ? guard : QPointer<QObject>(), done);
        });
}

void SessionAccounts::connectAccount(const AccountRequest &request, const QString &secret,
                                     const QPointer<QObject> &context, const Done &done)
{
    const bool hadContext = !context.isNull();
    const QString key = Accounts::secretKey(m_workspaceId, request.platform, request.handle);
    m_secrets->write(
        SecretPlace::Keychain, key, secret, this,
        [this, request, secret, key, context, hadContext, done](const SecretResult &written) {
            if (!written.ok())
                return answer(context, hadContext, done, written.message);
            WriterTask<ConnectedAccount> task;
            task.name = "connect account";
            task.work = [request, now = m_clock->nowMs()](WriterContext &c) {
                const std::int64_t id = Accounts::add(c.db, request, now);
                return Accounts::find(c.db, id).value_or(ConnectedAccount{});
            };
            m_writer->run<ConnectedAccount>(
                std::move(task), this,
                [this, secret, key, context, hadContext,
                 done](const WriterAnswer<ConnectedAccount> &added) {
                    if (!added.ok()) {
                        m_secrets->remove(SecretPlace::Keychain, key, this, {});
                        return answer(context, hadContext, done, added.error);
                    }
                    // The watcher may have seen the new row first and started it already.
                    if (!find(added.value.id)) {
                        SessionAccount account;
                        account.account = added.value;
                        m_accounts.push_back(account);
                        onSecret(added.value.id, secret, {});
                    }
                    answer(context, hadContext, done, {});
                });
        });
}

void SessionAccounts::remove(std::int64_t id, QObject *context, const Done &done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const SessionAccount *a = account(id);
    if (!a)
        return answer(guard, hadContext, done, Tr::tr("No account %1.").arg(id));
    m_host->removeAccount(a->account.feed());
    const SecretPlace place = a->account.secretPlace;
    const QString key = Accounts::secretKey(m_workspaceId, a->account.platform, a->account.handle);
    WriterTask<bool> task;
    task.name = "remove account";
    task.work = [id](WriterContext &c) { return Accounts::remove(c.db, id); };
    m_writer->run<bool>(
        std::move(task), this,
        [this, id, place, key, guard, hadContext, done](const WriterAnswer<bool> &removed) {
            if (!removed.ok())
                return answer(guard, hadContext, done, removed.error);
            m_accounts.erase(
                std::remove_if(m_accounts.begin(), m_accounts.end(),
                               [id](const SessionAccount &held) { return held.account.id == id; }),
                m_accounts.end());
            Q_EMIT changed(id);
            m_secrets->remove(
                place, key, this, [guard, hadContext, done](const SecretResult &result) {
                    answer(guard, hadContext, done,
                           result.ok() || result.status == SecretResult::Status::NotFound
                               ? QString()
                               : Tr::tr("The account is removed, but its token "
                                        "could not be: %1")
                                     .arg(result.message));
                });
        });
}

void SessionAccounts::replaceSecret(std::int64_t id, const QString &secret, QObject *context,
                                    const Done &done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const SessionAccount *a = account(id);
    if (!a)
        return answer(guard, hadContext, done, Tr::tr("No account %1.").arg(id));
    if (secret.trimmed().isEmpty())
        return answer(guard, hadContext, done,
                      Tr::tr("The account needs its token or app password."));
    m_secrets->write(
        a->account.secretPlace,
        Accounts::secretKey(m_workspaceId, a->account.platform, a->account.handle),
        secret.trimmed(), this,
        [this, id, secret = secret.trimmed(), guard, hadContext,
         done](const SecretResult &written) {
            if (written.ok()) {
                // From where it stood: the cursor last written for it, else the stored one.
                SessionAccount *held = find(id);
                if (held) {
                    const std::optional<QString> cursor =
                        m_host->removeAccount(held->account.feed());
                    held->cursor = cursor ? *cursor : storedCursor(m_reader, held->account.feed());
                    onSecret(id, secret, {});
                }
            }
            answer(guard, hadContext, done, written.ok() ? QString() : written.message);
        });
}

void SessionAccounts::setServices(std::int64_t id, const AccountServices &asked, QObject *context,
                                  const Done &done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const SessionAccount *a = account(id);
    if (!a)
        return answer(guard, hadContext, done, Tr::tr("No account %1.").arg(id));
    AccountRequest request;
    request.platform = a->account.platform;
    request.services = asked;
    request = Accounts::normalized(request);
    if (const auto problem = Accounts::problemWith(request.platform, request.services))
        return answer(guard, hadContext, done, *problem);
    WriterTask<bool> task;
    task.name = "account services";
    task.work = [id, services = request.services](WriterContext &c) {
        Accounts::setServices(c.db, id, services);
        return true;
    };
    m_writer->run<bool>(
        std::move(task), this,
        [this, id, services = request.services, guard, hadContext,
         done](const WriterAnswer<bool> &written) {
            if (written.ok()) {
                if (SessionAccount *held = find(id); held && held->account.services != services) {
                    held->account.services = services;
                    restart(*held);
                    Q_EMIT changed(id);
                }
            }
            answer(guard, hadContext, done, written.ok() ? QString() : written.error);
        });
}

void SessionAccounts::restart(SessionAccount &a)
{
    const std::optional<QString> cursor = m_host->removeAccount(a.account.feed());
    a.cursor = cursor ? *cursor : storedCursor(m_reader, a.account.feed());
    readSecret(a);
}

BrowserSignIn *SessionAccounts::makeSignIn(const QString &platform, const QString &baseUrl,
                                           QObject *parent)
{
    SignInOptions options = SignInSettings::optionsFor(m_reader, platform, baseUrl.trimmed());
    options.secrets = m_secrets.get();
    const QString workspaceId =
        m_workspaceId.isEmpty() ? Accounts::workspaceId(m_reader) : m_workspaceId;
    // A workspace without an id yet (no account so far) registers the Mastodon app again at the
    // next sign-in: its key would not last.
    if (!workspaceId.isEmpty())
        options.appKey = mastodonAppKey(workspaceId, options.baseUrl);
    return new BrowserSignIn(m_net, m_clock, std::move(options), parent);
}

void SessionAccounts::keepRenewedSecret(std::int64_t id, const QString &secret)
{
    const SessionAccount *a = account(id);
    if (!a || secret.isEmpty())
        return;
    ++m_keeping;
    m_secrets->write(a->account.secretPlace,
                     Accounts::secretKey(m_workspaceId, a->account.platform, a->account.handle),
                     secret, this, [this, id](const SecretResult &written) {
                         if (--m_keeping == 0)
                             Q_EMIT renewedSecretsKept();
                         if (written.ok())
                             return;
                         qCWarning(lcNet) << "account" << id
                                          << "renewed token could not be kept:" << written.message;
                         if (SessionAccount *kept = find(id)) {
                             kept->problem = Tr::tr("The renewed sign-in could not be kept: %1; "
                                                    "sign in again")
                                                 .arg(written.message);
                             Q_EMIT changed(id);
                         }
                     });
}

void SessionAccounts::recordHealth(std::int64_t id, const AccountHealth &heard,
                                   std::function<void(const QString &)> done)
{
    SessionAccount *a = find(id);
    const std::int64_t now = m_clock->nowMs();
    std::int64_t errorAt = 0;
    AccountHealth health = heard;
    // A connector's health starts empty in every session: the last success recorded before stays
    // until it has a newer one.
    if (a) {
        health.lastSuccessMs = std::max(health.lastSuccessMs, a->account.lastSuccessMs);
        errorAt = health.lastError.isEmpty()
                      ? 0
                      : (health.lastError == a->account.lastError && a->account.lastErrorMs
                             ? a->account.lastErrorMs
                             : now);
        a->account.lastSuccessMs = health.lastSuccessMs;
        a->account.lastError = health.lastError;
        a->account.lastErrorMs = errorAt;
        a->account.pausedUntilMs = health.pausedUntilMs;
        Q_EMIT changed(id);
    }
    WriterTask<bool> task;
    task.name = "account health";
    task.durability = Transaction::Durability::Cache;
    task.work = [id, health, errorAt](WriterContext &c) {
        Accounts::recordHealth(c.db, id, health.lastSuccessMs, health.lastError, errorAt,
                               health.pausedUntilMs);
        return true;
    };
    m_writer->run<bool>(std::move(task), this,
                        [done = std::move(done)](const WriterAnswer<bool> &answer) {
                            if (done)
                                done(answer.error);
                        });
}

std::optional<XSpend> SessionAccounts::xSpend(std::int64_t id)
{
    const SessionAccount *a = account(id);
    if (!a || a->account.platform != u"x")
        return std::nullopt;
    return spendOf(m_reader, id, m_clock->nowMs());
}

QString SessionAccounts::searchPause(std::int64_t id)
{
    const std::optional<XSpend> spend = xSpend(id);
    return spend ? describeSearchPause(*spend, m_clock->nowMs()) : QString();
}

} // namespace earshot
