// SPDX-License-Identifier: Apache-2.0
// Settings > Listening terms on a real demo workspace: a term typed and added, a term refused in
// words, what a term heard shown as plain text, and a term removed; each as the workspace holds
// it.
#include "DemoWindowFixture.h"

#include "dialogs/ListeningTermsDialog.h"
#include "ingest/Ingestor.h"
#include "store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

class ListeningTermsDialogTest : public DemoWindowFixture {
protected:
    ListeningTermsDialog *openDialog()
    {
        for (QAction *menu : window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == u"Listening &terms..."_s)
                    action->trigger();
            }
        }
        const auto dialogs = window->findChildren<ListeningTermsDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }
    std::int64_t count(const char *sql) { return Workspace::openForReading(path).queryInt(sql); }
};

} // namespace

TEST_F(ListeningTermsDialogTest, AddsShowsWhatATermHeardAndRemovesIt)
{
    ListeningTermsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *table = dialog->findChild<QTableWidget *>(u"listeningTable"_s);
    auto *term = dialog->findChild<QLineEdit *>(u"listeningTerm"_s);
    auto *network = dialog->findChild<QComboBox *>(u"listeningNetwork"_s);
    auto *add = dialog->findChild<QPushButton *>(u"addListeningTerm"_s);
    auto *remove = dialog->findChild<QPushButton *>(u"removeListeningTerm"_s);
    auto *status = dialog->findChild<QLabel *>(u"listeningStatus"_s);
    ASSERT_TRUE(table && term && network && add && remove && status);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_FALSE(remove->isEnabled());

    QTest::keyClicks(term, u"#fernline"_s);
    network->setCurrentIndex(network->findData(u"mastodon"_s));
    add->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 10000))
        << status->text().toStdString();
    EXPECT_EQ(table->item(0, 0)->text(), u"#fernline"_s);
    EXPECT_EQ(table->item(0, 1)->text(), u"Mastodon"_s);
    EXPECT_EQ(table->item(0, 3)->text(), u"Nothing yet"_s);
    EXPECT_TRUE(term->text().isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM listening_terms WHERE term = '#fernline' AND "
                    "platform = 'mastodon'"),
              1);

    // Several words without quotes: refused, in words, and nothing written.
    QTest::keyClicks(term, u"late delivery"_s);
    add->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(u"double quotes"_s); }, 10000))
        << status->text().toStdString();
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM listening_terms"), 1);

    // What the term heard, from outside: shown exactly as written.
    {
        Database db = Workspace::openForWriting(path);
        Mention m;
        m.platform = u"mastodon"_s;
        m.id = u"https://far.example/users/gil/statuses/77"_s;
        m.createdAtMs = 1'765'000'000'000;
        m.text = u"<b>love</b> my #fernline boots"_s;
        m.author.id = u"https://far.example/users/gil"_s;
        m.author.handle = u"gil@far.example"_s;
        m.listeningTermId = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        IngestBatch batch;
        batch.mentions.push_back(m);
        Ingestor(db).ingest(batch);
    }
    dialog->reload();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), u"1"_s);
    EXPECT_TRUE(table->item(0, 3)->text().contains(u"<b>love</b> my #fernline boots"_s))
        << table->item(0, 3)->text().toStdString();

    table->selectRow(0);
    ASSERT_TRUE(remove->isEnabled());
    remove->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 0; }, 10000))
        << status->text().toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM listening_terms"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM mentions WHERE platform_id = "
                    "'https://far.example/users/gil/statuses/77'"),
              1)
        << "what it heard stays";
}
