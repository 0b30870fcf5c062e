// SPDX-License-Identifier: Apache-2.0
// earshot-doc-shots OUTDIR: renders the dialogs docs/accounts.md shows to PNG files, in English:
// Settings → Accounts (accounts.png), the browser sign-in wait (signin-wait.png) and Settings →
// Listening terms (listening-terms.png). The real dialogs over a workspace made up for the
// pictures in a temporary folder, under QT_QPA_PLATFORM=offscreen; nothing leaves this computer
// (the accounts' networks are replaced by quiet ones, the sign-in listens on 127.0.0.1 only).
#include "accounts/Accounts.h"
#include "connectors/NetworkRegistry.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/ListeningTermsDialog.h"
#include "ingest/Ingestor.h"
#include "platforms/x/XSpend.h"
#include "secrets/SecretStore.h"
#include "session/Networks.h"
#include "session/SessionAccounts.h"
#include "session/WorkspaceSession.h"
#include "signin/BrowserSignIn.h"
#include "store/ListeningTerms.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <cstdio>
#include <functional>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t hourMs = 3'600'000;

// Runs the event loop until `done()` holds, at most `seconds`; false on time out.
bool waitFor(const std::function<bool()> &done, int seconds = 20)
{
    const QDeadlineTimer deadline(std::chrono::seconds{seconds});
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

bool save(QWidget *widget, const QDir &folder, const QString &name)
{
    QApplication::processEvents();
    const QString path = folder.filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// The brand's accounts as the pictures show them: connected, heard from a while ago, the X
// account's search budget spent today.
void makeWorkspace(const QString &path, std::int64_t now)
{
    Database db = Workspace::openForWriting(path);
    const QString workspaceId = [&] {
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        QString id = Accounts::ensureWorkspaceId(db);
        WorkspaceSettings::setValue(db, SignInSettings::xClientId, u"your-x-client-id"_s);
        transaction.commit();
        return id;
    }();
    SecretStore secrets;
    const auto add = [&](const QString &platform, const QString &baseUrl, const QString &handle,
                         const AccountServices &services = {}) {
        AccountRequest request;
        request.platform = platform;
        request.baseUrl = baseUrl;
        request.handle = handle;
        request.secretPlace = SecretPlace::File; // a made-up token in the temporary folder
        request.services = services;
        SecretResult kept;
        const std::int64_t id = Accounts::addWithSecret(
            db, secrets, request, workspaceId, u"doc-shot"_s, now - 30 * 24 * hourMs, &kept);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        Accounts::recordHealth(db, id, now - 2 * 60'000, {}, 0, 0);
        transaction.commit();
        return id;
    };
    add(u"mastodon"_s, u"https://mastodon.example"_s, u"fernline"_s);
    add(u"bluesky"_s, u"https://bsky.social"_s, u"fernline.example"_s);
    const std::int64_t x = add(u"x"_s, u"https://api.x.com"_s, u"fernline"_s);
    saveXSearchBudget(db, x, 0.04);
    {
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        std::vector<QString> posts;
        for (int i = 0; i < 10; ++i)
            posts.push_back(u"18000000000000%1"_s.arg(i));
        recordXReads(db, x, now - hourMs, posts, {}, true);
        transaction.commit();
    }

    const std::int64_t fernline = addListeningTerm(db, u"fernline"_s, {});
    addListeningTerm(db, u"\"late delivery\""_s, u"bluesky"_s);
    addListeningTerm(db, u"#fernlineboots"_s, u"mastodon"_s);
    Mention heard;
    heard.platform = u"mastodon"_s;
    heard.id = u"https://far.example/users/gil/statuses/7"_s;
    heard.createdAtMs = now - 3 * hourMs;
    heard.text = u"Has anyone tried the fernline walking boots in the rain?"_s;
    heard.author.id = u"https://far.example/users/gil"_s;
    heard.author.handle = u"gil@far.example"_s;
    heard.account = u"fernline"_s;
    heard.listeningTermId = fernline;
    IngestBatch batch;
    batch.mentions.push_back(heard);
    Ingestor(db).ingest(batch);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and secrets in a folder of this run, never the person's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(u"data"_s).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"earshot-doc-shots"_s);
    if (argc != 2) {
        std::fprintf(stderr, "usage: earshot-doc-shots OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot make %s\n", argv[1]);
        return 1;
    }
    SecretStore::setFileFolder(QDir(home.path()).filePath(u"secrets"_s));
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const QString path = QDir(home.path()).filePath(u"brand.earshot"_s);
    makeWorkspace(path, now);

    // The accounts' networks stay quiet: they show what the workspace recorded of them.
    registerBuiltInNetworks();
    for (const QString &network : {u"mastodon"_s, u"bluesky"_s, u"x"_s})
        registerNetwork(network, [](const ConnectorAccount &, const NetworkContext &) {
            return NetworkParts{};
        });

    WorkspaceSession session(path);
    if (!waitFor([&] { return session.accounts()->isReady(); })) {
        std::fprintf(stderr, "the accounts did not open\n");
        return 1;
    }
    bool ok = true;

    AccountsDialog accounts(session.accounts());
    accounts.setBrowserOpener([](const QUrl &) {}); // nobody's browser opens
    accounts.resize(1000, 330);
    accounts.show();
    auto *table = accounts.findChild<QTableWidget *>(u"accountsTable"_s);
    waitFor([&] { return table->rowCount() == 3; });
    table->selectRow(1); // the Bluesky account: its services button is enabled
    ok = save(&accounts, out, u"accounts.png"_s) && ok;

    // The sign-in wait, as "Sign in with browser..." for X opens it.
    accounts.findChild<QPushButton *>(u"signInWithBrowser"_s)->click();
    auto *form = accounts.findChild<QDialog *>(u"signInForm"_s);
    auto *network = form->findChild<QComboBox *>(u"signInNetwork"_s);
    network->setCurrentIndex(network->findData(u"x"_s));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QDialog *wait = nullptr;
    waitFor([&] {
        wait = accounts.findChild<QDialog *>(u"signInWait"_s);
        auto *address = wait ? wait->findChild<QLabel *>(u"signInAddress"_s) : nullptr;
        return address && !address->text().isEmpty();
    });
    if (wait) {
        wait->resize(620, wait->sizeHint().height());
        ok = save(wait, out, u"signin-wait.png"_s) && ok;
        wait->reject(); // cancels the sign-in
    } else {
        std::fprintf(stderr, "the sign-in wait did not open\n");
        ok = false;
    }

    ListeningTermsDialog listening(&session);
    listening.resize(820, 360);
    listening.show();
    ok = save(&listening, out, u"listening-terms.png"_s) && ok;
    return ok ? 0 : 1;
}
