// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secrets/SecretPlace.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

namespace earshot {

// What became of one question to the secret store.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,   // nothing is stored under that key
        NoKeychain, // no keychain service runs (no Secret Service on the session bus)
        Failed,     // the keychain refused or failed: `message` says how
    };
    Status status = Status::Ok;
    QString secret;  // what read() found
    QString message; // in words, when not Ok

    bool ok() const { return status == Status::Ok; }
};

// Tokens and app passwords of the workspace's accounts, under the service "Earshot" and a key
// per account (accountSecretKey()), in the OS keychain through QtKeychain: the Secret Service
// over D-Bus on Linux (GNOME Keyring, KWallet, KeePassXC), the Keychain on macOS, the Credential
// Manager on Windows. There is no silent fallback: when no keychain service runs, every keychain
// question ends with NoKeychain and a message that says so; a file (SecretFile) is used only for
// an account whose person chose it (SecretPlace::File).
//
// Questions are answered in the order asked, one at a time, on this object's thread (which needs
// an event loop): `done` is called once, through `context`, and not at all once the context is
// gone. The ...Now() forms wait for the answer in a local event loop: for the command line only,
// never in the window.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Done = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // Where the files of SecretPlace::File live: the person's data folder, set once by each
    // program at its start (core never looks up such paths itself). Empty: no such files.
    static void setFileFolder(const QString &folder);
    static QString fileFolder();

    void write(SecretPlace place, const QString &key, const QString &secret, QObject *context,
               Done done);
    void read(SecretPlace place, const QString &key, QObject *context, Done done);
    // Removing what is not there is no failure.
    void remove(SecretPlace place, const QString &key, QObject *context, Done done);

    SecretResult writeNow(SecretPlace place, const QString &key, const QString &secret);
    SecretResult readNow(SecretPlace place, const QString &key);
    SecretResult removeNow(SecretPlace place, const QString &key);

    // Whether a keychain service answers on the session bus (or can be started by it).
    static bool keychainServiceRunning();
    // "No keychain service is running ...", for a person.
    static QString noKeychainMessage();

private:
    enum class Operation { Write, Read, Remove };
    struct Question {
        Operation operation;
        SecretPlace place;
        QString key;
        QString secret;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    void ask(Question question);
    void next();
    void answer(const Question &question, const SecretResult &result);
    SecretResult answerFromFile(const Question &question) const;
    void askKeychain(const Question &question);
    SecretResult waitFor(const std::function<void(QObject *, Done)> &ask);

    std::deque<Question> m_questions;
    bool m_busy = false;
};

} // namespace earshot
