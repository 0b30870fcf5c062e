// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include "Tr.h"
#include "logging/LogCategories.h"
#include "secrets/SecretFile.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QEventLoop>
#include <QMutex>

#include <qt6keychain/keychain.h>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const QString service = u"Earshot"_s;

QMutex folderMutex;
QString secretFolder; // guarded by folderMutex

SecretResult failure(SecretResult::Status status, const QString &message)
{
    SecretResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

void SecretStore::setFileFolder(const QString &folder)
{
    const QMutexLocker lock(&folderMutex);
    secretFolder = folder;
}

QString SecretStore::fileFolder()
{
    const QMutexLocker lock(&folderMutex);
    return secretFolder;
}

QString SecretStore::noKeychainMessage()
{
    return Tr::tr("No keychain service is running (Secret Service over D-Bus); Earshot keeps "
                  "tokens only there. Start one (GNOME Keyring, KWallet or KeePassXC with its "
                  "Secret Service integration) and try again.");
}

bool SecretStore::keychainServiceRunning()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return false;
    const QString secrets = u"org.freedesktop.secrets"_s;
    for (const QString &name : {secrets, u"org.kde.kwalletd5"_s, u"org.kde.kwalletd6"_s}) {
        if (busInterface->isServiceRegistered(name))
            return true;
    }
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(secrets);
}

void SecretStore::write(SecretPlace place, const QString &key, const QString &secret,
                        QObject *context, Done done)
{
    ask({Operation::Write, place, key, secret, context, context != nullptr, std::move(done)});
}

void SecretStore::read(SecretPlace place, const QString &key, QObject *context, Done done)
{
    ask({Operation::Read, place, key, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::remove(SecretPlace place, const QString &key, QObject *context, Done done)
{
    ask({Operation::Remove, place, key, {}, context, context != nullptr, std::move(done)});
}

void SecretStore::ask(Question question)
{
    m_questions.push_back(std::move(question));
    if (!m_busy)
        next();
}

void SecretStore::next()
{
    while (!m_questions.empty()) {
        Question question = std::move(m_questions.front());
        m_questions.pop_front();
        if (question.place == SecretPlace::File) {
            answer(question, answerFromFile(question));
            continue;
        }
        if (!keychainServiceRunning()) {
            answer(question, failure(SecretResult::Status::NoKeychain, noKeychainMessage()));
            continue;
        }
        m_busy = true;
        askKeychain(question);
        return;
    }
    m_busy = false;
}

void SecretStore::answer(const Question &question, const SecretResult &result)
{
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        qCWarning(lcAccounts).noquote() << "Secret store:" << result.message;
    if (question.hasContext && !question.context)
        return; // whoever asked is gone
    if (question.done)
        question.done(result);
}

SecretResult SecretStore::answerFromFile(const Question &question) const
{
    const SecretFile file(fileFolder());
    switch (question.operation) {
    case Operation::Write:
        if (const auto problem = file.write(question.key, question.secret))
            return failure(SecretResult::Status::Failed, *problem);
        return {};
    case Operation::Read: {
        QString problem;
        const std::optional<QString> secret = file.read(question.key, &problem);
        if (secret) {
            SecretResult result;
            result.secret = *secret;
            return result;
        }
        if (!problem.isEmpty())
            return failure(SecretResult::Status::Failed, problem);
        return failure(SecretResult::Status::NotFound,
                       Tr::tr("No secret file for this account in %1.").arg(fileFolder()));
    }
    case Operation::Remove:
        if (const auto problem = file.remove(question.key))
            return failure(SecretResult::Status::Failed, *problem);
        return {};
    }
    return {};
}

void SecretStore::askKeychain(const Question &question)
{
    QKeychain::Job *job = nullptr;
    switch (question.operation) {
    case Operation::Write: {
        auto *writing = new QKeychain::WritePasswordJob(service, this);
        writing->setTextData(question.secret);
        job = writing;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    // Never QtKeychain's own plain-text fallback into QSettings: a file is an explicit choice.
    job->setInsecureFallback(false);
    job->setKey(question.key);
    connect(job, &QKeychain::Job::finished, this, [this, question](QKeychain::Job *done) {
        SecretResult result;
        switch (done->error()) {
        case QKeychain::NoError:
            if (question.operation == Operation::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            break;
        case QKeychain::EntryNotFound:
            if (question.operation != Operation::Remove)
                result = failure(SecretResult::Status::NotFound,
                                 Tr::tr("The keychain holds no secret for this account."));
            break;
        case QKeychain::NoBackendAvailable:
            result = failure(SecretResult::Status::NoKeychain, noKeychainMessage());
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            result = failure(
                SecretResult::Status::Failed,
                Tr::tr("The keychain refused access (is it locked?): %1").arg(done->errorString()));
            break;
        default:
            result = keychainServiceRunning()
                         ? failure(SecretResult::Status::Failed,
                                   Tr::tr("The keychain failed: %1").arg(done->errorString()))
                         : failure(SecretResult::Status::NoKeychain, noKeychainMessage());
            break;
        }
        answer(question, result);
        next();
    });
    job->start();
}

SecretResult SecretStore::waitFor(const std::function<void(QObject *, Done)> &ask)
{
    QEventLoop loop;
    SecretResult result;
    bool answered = false;
    ask(&loop, [&](const SecretResult &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

SecretResult SecretStore::writeNow(SecretPlace place, const QString &key, const QString &secret)
{
    return waitFor(
        [&](QObject *context, Done done) { write(place, key, secret, context, std::move(done)); });
}

SecretResult SecretStore::readNow(SecretPlace place, const QString &key)
{
    return waitFor(
        [&](QObject *context, Done done) { read(place, key, context, std::move(done)); });
}

SecretResult SecretStore::removeNow(SecretPlace place, const QString &key)
{
    return waitFor(
        [&](QObject *context, Done done) { remove(place, key, context, std::move(done)); });
}

} // namespace earshot
