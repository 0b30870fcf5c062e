// SPDX-License-Identifier: Apache-2.0
#include "dialogs/ListeningTermsDialog.h"

#include "PlainText.h"
#include "platforms/PlatformTraits.h"
#include "session/WorkspaceSession.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

enum Column { TermColumn, NetworkColumn, HeardColumn, LastColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ListeningTermsDialog::ListeningTermsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"listeningTermsDialog"_s);
    setWindowTitle(tr("Listening terms"));
    auto *intro = new QLabel(
        tr("Besides the posts addressed to the brand, Earshot searches the networks for public "
           "posts with these terms: a word, a \"phrase\" in double quotes, or a #hashtag. On "
           "Mastodon a word or phrase is found only where the instance's full-text search is on; "
           "a #hashtag works everywhere. On X every post a search reads is paid for (see the "
           "account's daily search budget)."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"listeningTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Network"), tr("Heard"), tr("Last heard")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_term = new QLineEdit(this);
    m_term->setObjectName(u"listeningTerm"_s);
    m_term->setPlaceholderText(tr("fernline, \"late delivery\" or #fernline"));
    m_network = new QComboBox(this);
    m_network->setObjectName(u"listeningNetwork"_s);
    m_network->addItem(tr("Every network"), QString());
    for (const QString &key : {u"mastodon"_s, u"bluesky"_s, u"x"_s})
        m_network->addItem(platformTraits(key).title(), key);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addListeningTerm"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeListeningTerm"_s);
    m_remove->setEnabled(false);
    m_status = newPlainLabel(this);
    m_status->setObjectName(u"listeningStatus"_s);

    connect(m_add, &QPushButton::clicked, this, &ListeningTermsDialog::addTerm);
    connect(m_term, &QLineEdit::returnPressed, this, &ListeningTermsDialog::addTerm);
    connect(m_remove, &QPushButton::clicked, this, &ListeningTermsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_term, 1);
    adding->addWidget(m_network);
    adding->addWidget(m_add);
    adding->addWidget(m_remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(adding);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

void ListeningTermsDialog::reload()
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const ListeningTerm &t : m_session->listeningTerms()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *term = cell(t.term);
        term->setData(Qt::UserRole, qint64(t.id));
        m_table->setItem(row, TermColumn, term);
        m_table->setItem(
            row, NetworkColumn,
            cell(t.platform.isEmpty() ? tr("Every network") : platformTraits(t.platform).title()));
        m_table->setItem(row, HeardColumn, cell(locale.toString(qint64(t.heard))));
        if (t.lastHeardAtMs == 0) {
            m_table->setItem(row, LastColumn, cell(tr("Nothing yet")));
            continue;
        }
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(t.lastHeardAtMs), QLocale::ShortFormat);
        QTableWidgetItem *last = cell(tr("%1: %2").arg(when, outsidePiece(t.lastHeardText, 120)));
        last->setToolTip(plainTextToolTip(t.lastHeardText));
        m_table->setItem(row, LastColumn, last);
    }
    m_table->resizeColumnToContents(TermColumn);
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void ListeningTermsDialog::addTerm()
{
    const QString term = m_term->text().trimmed();
    if (term.isEmpty()) {
        showProblem(tr("Type a word, a \"phrase\" or a #hashtag first."));
        return;
    }
    m_add->setEnabled(false);
    m_session->addListeningTerm(term, m_network->currentData().toString(), this,
                                [this](const QString &problem) {
                                    m_add->setEnabled(true);
                                    if (!problem.isEmpty()) {
                                        showProblem(problem);
                                        return;
                                    }
                                    m_term->clear();
                                    m_status->setText(tr("Added: the accounts search for it from "
                                                         "their next cycle."));
                                    reload();
                                });
}

void ListeningTermsDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *term = m_table->item(selected.front()->row(), TermColumn);
    const std::int64_t id = term->data(Qt::UserRole).toLongLong();
    m_remove->setEnabled(false);
    m_session->removeListeningTerm(id, this, [this](const QString &problem) {
        if (!problem.isEmpty()) {
            showProblem(problem);
            reload();
            return;
        }
        m_status->setText(tr("Removed: what it heard stays in the cases."));
        reload();
    });
}

void ListeningTermsDialog::showProblem(const QString &problem)
{
    m_status->setText(problem);
}

} // namespace earshot
