// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AccountsDialog.h"

#include "PlainText.h"
#include "accounts/Accounts.h"
#include "dialogs/SignInWaitDialog.h"
#include "platforms/PlatformTraits.h"
#include "session/SessionAccounts.h"
#include "signin/BrowserSignIn.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

QString when(std::int64_t ms)
{
    if (ms <= 0)
        return AccountsDialog::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QTableWidgetItem *plainItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(plainTextToolTip(text));
    return item;
}

QLineEdit *secretField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setObjectName(u"accountSecret"_s);
    return field;
}

// The AppView and chat service fields of a Bluesky account, with Bluesky's own as placeholders.
void fillServiceFields(QLineEdit *appView, QLineEdit *chatService, const AccountServices &services)
{
    appView->setObjectName(u"accountAppView"_s);
    appView->setPlaceholderText(
        AccountsDialog::tr("%1 (through the PDS)").arg(Accounts::defaultBlueskyAppView()));
    appView->setText(services.appViewUrl);
    chatService->setObjectName(u"accountChatService"_s);
    chatService->setPlaceholderText(Accounts::defaultBlueskyChatService());
    chatService->setText(services.chatService);
}

} // namespace

AccountsDialog::AccountsDialog(SessionAccounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove..."), this))
    , m_reauthenticate(new QPushButton(tr("Re-&authenticate..."), this))
    , m_services(new QPushButton(tr("Bluesky ser&vices..."), this))
{
    setWindowTitle(tr("Accounts"));
    resize(860, 360);
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Network"), tr("Handle"), tr("Server"),
                                        tr("Last success"), tr("Last error"), tr("Paused until"),
                                        tr("Cost (X, estimated)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(u"accountsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *note = new QLabel(tr("Tokens and app passwords are kept in the keychain of this "
                               "computer, never in the workspace."),
                            this);
    note->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add..."), this);
    add->setObjectName(u"addAccount"_s);
    auto *signInButton = new QPushButton(tr("Sign in with &browser..."), this);
    signInButton->setObjectName(u"signInWithBrowser"_s);
    signInButton->setToolTip(tr("Mastodon and X: approve Earshot in your browser instead of "
                                "pasting a token."));
    connect(signInButton, &QPushButton::clicked, this, &AccountsDialog::showSignInForm);
    m_remove->setObjectName(u"removeAccount"_s);
    m_reauthenticate->setObjectName(u"reauthenticateAccount"_s);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::showAddForm);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::askToRemove);
    connect(m_reauthenticate, &QPushButton::clicked, this, &AccountsDialog::showReauthenticateForm);
    m_services->setObjectName(u"blueskyServices"_s);
    m_services->setToolTip(tr("Bluesky: the AppView the account reads posts from and the chat "
                              "service of its direct messages."));
    connect(m_services, &QPushButton::clicked, this, &AccountsDialog::showServicesForm);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &AccountsDialog::enableSelectionButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signInButton);
    buttons->addWidget(add);
    buttons->addWidget(m_reauthenticate);
    buttons->addWidget(m_services);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_accounts, &SessionAccounts::changed, this, &AccountsDialog::refresh);
    connect(m_accounts, &SessionAccounts::ready, this, &AccountsDialog::refresh);
    refresh();
}

// X is paid per use: what the account cost today and this month, and its cap.
QString AccountsDialog::spendText(std::int64_t id) const
{
    const std::optional<XSpend> spend = m_accounts->xSpend(id);
    if (!spend)
        return tr("free");
    const QString text =
        tr("today %1, this month %2").arg(formatUsd(spend->todayUsd), formatUsd(spend->monthUsd));
    if (!spend->monthlyCapUsd)
        return text;
    return tr("%1 (cap %2%3)")
        .arg(text, formatUsd(*spend->monthlyCapUsd),
             spend->capReached() ? tr(", reached: fetching paused") : QString());
}

// A pause of the whole account (a rate limit, a spending cap), else X's searches waiting for
// tomorrow's search budget: a pause the admin chose, shown here rather than as a problem.
QString AccountsDialog::pauseText(const SessionAccount &a) const
{
    if (a.account.pausedUntilMs > 0)
        return when(a.account.pausedUntilMs);
    if (const QString search = m_accounts->searchPause(a.account.id); !search.isEmpty())
        return search;
    return tr("not paused");
}

void AccountsDialog::refresh()
{
    const std::int64_t selected = selectedId();
    m_table->setRowCount(0);
    for (const SessionAccount &a : m_accounts->accounts()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *network = plainItem(platformTitle(a.account.platform));
        network->setData(Qt::UserRole, qint64(a.account.id));
        m_table->setItem(row, 0, network);
        m_table->setItem(row, 1, plainItem(u'@' + a.account.handle));
        QString server = a.account.baseUrl;
        if (!a.account.services.appViewUrl.isEmpty())
            server += u"  "_s + tr("(AppView %1)").arg(a.account.services.appViewUrl);
        m_table->setItem(row, 2, plainItem(server));
        m_table->setItem(row, 3, plainItem(when(a.account.lastSuccessMs)));
        const QString error = !a.problem.isEmpty()             ? a.problem
                              : !a.account.lastError.isEmpty() ? a.account.lastError
                                                               : a.silence;
        m_table->setItem(row, 4, plainItem(error.isEmpty() ? tr("none") : error));
        m_table->setItem(row, 5, plainItem(pauseText(a)));
        m_table->setItem(row, 6, plainItem(spendText(a.account.id)));
        if (a.account.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    enableSelectionButtons();
}

void AccountsDialog::enableSelectionButtons()
{
    const SessionAccount *account = m_accounts->account(selectedId());
    m_remove->setEnabled(account != nullptr);
    m_reauthenticate->setEnabled(account != nullptr);
    m_services->setEnabled(account && account->account.platform == u"bluesky");
}

std::int64_t AccountsDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == 0)
            return m_table->item(item->row(), 0)->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

void AccountsDialog::showOutcome(const QString &problem, const QString &success)
{
    m_status->setText(problem.isEmpty() ? success : problem);
    refresh();
}

void AccountsDialog::showAddForm()
{
    auto *form = new QDialog(this);
    form->setObjectName(u"addAccountForm"_s);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Add an account"));
    auto *network = new QComboBox(form);
    network->setObjectName(u"accountNetwork"_s);
    for (const QString &key : Accounts::connectableNetworks())
        network->addItem(platformTitle(key), key);
    auto *baseUrl = new QLineEdit(form);
    baseUrl->setObjectName(u"accountBaseUrl"_s);
    auto *handle = new QLineEdit(form);
    handle->setObjectName(u"accountHandle"_s);
    QLineEdit *secret = secretField(form);
    // Bluesky only: where it reads posts and direct messages, Bluesky's own unless given.
    auto *appView = new QLineEdit(form);
    auto *chatService = new QLineEdit(form);
    fillServiceFields(appView, chatService, {});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    auto *layout = new QFormLayout(form);
    layout->addRow(tr("&Network:"), network);
    layout->addRow(tr("&Server:"), baseUrl);
    layout->addRow(tr("&Handle:"), handle);
    layout->addRow(tr("&Token or app password:"), secret);
    layout->addRow(tr("&AppView (optional):"), appView);
    layout->addRow(tr("&Chat service (optional):"), chatService);
    layout->addRow(buttons);
    const auto showNetwork = [network, baseUrl, layout, appView, chatService] {
        const bool bluesky = network->currentData().toString() == u"bluesky";
        baseUrl->setPlaceholderText(bluesky ? u"https://bsky.social"_s
                                            : tr("https://mastodon.example"));
        layout->setRowVisible(appView, bluesky);
        layout->setRowVisible(chatService, bluesky);
    };
    connect(network, &QComboBox::currentIndexChanged, form, showNetwork);
    showNetwork();
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, form,
            [this, form, network, baseUrl, handle, secret, appView, chatService] {
                AccountRequest request;
                request.platform = network->currentData().toString();
                request.baseUrl = baseUrl->text();
                request.handle = handle->text();
                if (request.platform == u"bluesky") {
                    request.services.appViewUrl = appView->text();
                    request.services.chatService = chatService->text();
                }
                const QString token = secret->text();
                secret->clear();
                m_status->setText(tr("Adding the account..."));
                m_accounts->add(request, token, this, [this](const QString &problem) {
                    showOutcome(problem, tr("The account is added; its token is in the keychain."));
                });
                form->accept();
            });
    form->open();
}

void AccountsDialog::showReauthenticateForm()
{
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    auto *form = new QDialog(this);
    form->setObjectName(u"reauthenticateForm"_s);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("New token"));
    QLineEdit *secret = secretField(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    auto *layout = new QFormLayout(form);
    const SessionAccount *account = m_accounts->account(id);
    if (account
        && (account->account.platform == u"mastodon" || account->account.platform == u"x")) {
        auto *browser = new QPushButton(tr("Sign in with &browser..."), form);
        browser->setObjectName(u"reauthenticateWithBrowser"_s);
        connect(browser, &QPushButton::clicked, form, [this, form] {
            form->reject();
            reauthenticateWithBrowser();
        });
        layout->addRow(browser);
    }
    layout->addRow(tr("New &token or app password:"), secret);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, form, [this, form, id, secret] {
        const QString token = secret->text();
        secret->clear();
        m_accounts->replaceSecret(id, token, this, [this](const QString &problem) {
            showOutcome(problem, tr("The new token is in the keychain; it is used from the "
                                    "workspace's next opening."));
        });
        form->accept();
    });
    form->open();
}

void AccountsDialog::showServicesForm()
{
    const std::int64_t id = selectedId();
    const SessionAccount *account = m_accounts->account(id);
    if (!account || account->account.platform != u"bluesky")
        return;
    auto *form = new QDialog(this);
    form->setObjectName(u"servicesForm"_s);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Bluesky services of @%1").arg(account->account.handle));
    auto *explain = new QLabel(tr("Leave a field empty for Bluesky's own. The AppView answers "
                                  "reads of posts and notifications; the chat service, given "
                                  "as its DID and service id, carries direct messages. Both are "
                                  "reached through the account's PDS %1.")
                                   .arg(account->account.baseUrl),
                               form);
    explain->setTextFormat(Qt::PlainText);
    explain->setWordWrap(true);
    auto *appView = new QLineEdit(form);
    auto *chatService = new QLineEdit(form);
    fillServiceFields(appView, chatService, account->account.services);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    auto *layout = new QFormLayout(form);
    layout->addRow(explain);
    layout->addRow(tr("&AppView:"), appView);
    layout->addRow(tr("&Chat service:"), chatService);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, form, [this, form, id, appView, chatService] {
        AccountServices services;
        services.appViewUrl = appView->text();
        services.chatService = chatService->text();
        m_status->setText(tr("Saving the services..."));
        m_accounts->setServices(id, services, this, [this](const QString &problem) {
            showOutcome(problem, tr("The account reads through its new services from now on."));
        });
        form->accept();
    });
    form->open();
}

void AccountsDialog::showSignInForm()
{
    auto *form = new QDialog(this);
    form->setObjectName(u"signInForm"_s);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Sign in with browser"));
    auto *network = new QComboBox(form);
    network->setObjectName(u"signInNetwork"_s);
    network->addItem(platformTitle(u"mastodon"_s), u"mastodon"_s);
    network->addItem(platformTitle(u"x"_s), u"x"_s);
    auto *baseUrl = new QLineEdit(form);
    baseUrl->setObjectName(u"signInBaseUrl"_s);
    baseUrl->setPlaceholderText(tr("https://mastodon.example"));
    connect(network, &QComboBox::currentIndexChanged, baseUrl, [network, baseUrl] {
        const bool x = network->currentData().toString() == u"x";
        baseUrl->setPlaceholderText(x ? u"https://api.x.com"_s : tr("https://mastodon.example"));
    });
    auto *explain = new QLabel(tr("Your browser opens the network's page where you approve "
                                  "Earshot; the account then appears here with its handle."),
                               form);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    auto *layout = new QFormLayout(form);
    layout->addRow(explain);
    layout->addRow(tr("&Network:"), network);
    layout->addRow(tr("&Server:"), baseUrl);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, form, [this, form, network, baseUrl] {
        const QString platform = network->currentData().toString();
        QString server = baseUrl->text().trimmed();
        if (server.isEmpty() && platform == u"x")
            server = u"https://api.x.com"_s;
        form->accept();
        signIn(platform, server, 0);
    });
    form->open();
}

void AccountsDialog::reauthenticateWithBrowser()
{
    const SessionAccount *account = m_accounts->account(selectedId());
    if (!account)
        return;
    signIn(account->account.platform, account->account.baseUrl, account->account.id);
}

void AccountsDialog::signIn(const QString &platform, const QString &baseUrl,
                            std::int64_t reauthenticateId)
{
    AccountRequest request;
    request.platform = platform;
    request.baseUrl = baseUrl;
    request.handle = u"signing-in"_s; // the network names the account
    request = Accounts::normalized(request);
    if (const auto problem = Accounts::problemWith(request)) {
        showOutcome(*problem, {});
        return;
    }
    BrowserSignIn *run = m_accounts->makeSignIn(request.platform, request.baseUrl, this);
    m_status->setText(tr("Signing in with the browser..."));
    auto *wait = new SignInWaitDialog(
        run, tr("Sign in to %1").arg(platformTitle(request.platform)), m_openBrowser,
        [this, request, reauthenticateId](const SignInResult &result) {
            if (!result.ok()) {
                showOutcome(result.problem, {});
                return;
            }
            if (reauthenticateId != 0) {
                const SessionAccount *account = m_accounts->account(reauthenticateId);
                if (account
                    && account->account.handle.compare(result.handle, Qt::CaseInsensitive) != 0) {
                    showOutcome(tr("The browser signed in as @%1, not as @%2: nothing was "
                                   "changed.")
                                    .arg(result.handle, account->account.handle),
                                {});
                    return;
                }
                m_accounts->replaceSecret(
                    reauthenticateId, result.secret, this, [this](const QString &problem) {
                        showOutcome(problem, tr("Signed in again; the new token is "
                                                "in the keychain and is used from "
                                                "the workspace's next opening."));
                    });
                return;
            }
            AccountRequest signedIn = request;
            signedIn.handle = result.handle;
            m_accounts->add(
                signedIn, result.secret, this,
                [this, handle = result.handle](const QString &problem) {
                    showOutcome(problem,
                                tr("Signed in as @%1; the token is in the keychain.").arg(handle));
                });
        },
        this);
    wait->open();
}

void AccountsDialog::askToRemove()
{
    const std::int64_t id = selectedId();
    const SessionAccount *account = m_accounts->account(id);
    if (!account)
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove the account?"),
        tr("Stop hearing %1 on %2 and remove its token from the keychain? What was heard on it "
           "stays in the workspace.")
            .arg(u'@' + account->account.handle, platformTitle(account->account.platform)),
        QMessageBox::Cancel, this);
    question->setObjectName(u"removeAccountQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setTextFormat(Qt::PlainText);
    QPushButton *remove = question->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, id] {
        m_accounts->remove(id, this, [this](const QString &problem) {
            showOutcome(problem, tr("The account is removed."));
        });
    });
    question->open();
}

} // namespace earshot
