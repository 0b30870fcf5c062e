// SPDX-License-Identifier: Apache-2.0
// The person behind a case, as an agent works with them in the case desk: badges and the note
// from the Person menu, merging the same customer's handles from two networks into one person,
// and splitting one off again.
#include "TestSupport.h"

#include "CaseDesk.h"
#include "dialogs/MergePersonDialog.h"
#include "dialogs/PersonNoteDialog.h"
#include "ingest/Ingestor.h"
#include "session/WorkspaceSession.h"
#include "store/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace earshot;
using namespace earshot::test;

namespace {

class PersonFlowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("w.earshot"));
        {
            Database db = Workspace::openForWriting(path);
            db.exec(
                "INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
            Ingestor ingestor(db);
            anna = caseBy(ingestor, QStringLiteral("1"), QStringLiteral("mastodon"),
                          QStringLiteral("annab"), QStringLiteral("Anna Berg"), 120);
            annaOnX = caseBy(ingestor, QStringLiteral("2"), QStringLiteral("x"),
                             QStringLiteral("anna_berg_cooks"), QStringLiteral("Anna B."), 48'000);
            caseBy(ingestor, QStringLiteral("3"), QStringLiteral("bluesky"),
                   QStringLiteral("annika"), QStringLiteral("Annika"), 5);
        }
        session = std::make_unique<WorkspaceSession>(path);
        desk = std::make_unique<CaseDesk>(*session);
        desk->resize(800, 900);
        desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(desk.get()));
        desk->showCase(anna);
    }

    static std::int64_t caseBy(Ingestor &ingestor, const QString &id, const QString &platform,
                               const QString &handle, const QString &name, std::int64_t followers)
    {
        Mention m = makeMention(id, QStringLiteral("user-") + id,
                                1'790'000'000'000 + id.toLongLong() * 1000);
        m.platform = platform;
        m.author.handle = handle;
        m.author.name = name;
        m.author.followers = followers;
        return ingestor.ingest({{m}, {}, {}}).caseIds.front();
    }

    template <typename T> T *child(const QString &name) const { return desk->findChild<T *>(name); }
    QString label(const char *name) const
    {
        auto *l = child<QLabel>(QString::fromLatin1(name));
        return l && l->isVisible() ? seen(l->text()) : QString();
    }
    // As an agent does to read them: the person's other cases are on a tab of their own.
    void showOtherCases()
    {
        auto *tabs = child<QTabWidget>(QStringLiteral("caseTabs"));
        ASSERT_TRUE(tabs);
        tabs->setCurrentWidget(tabs->findChild<QWidget *>(QStringLiteral("earlierCasesTab")));
    }
    void trigger(const QString &actionName)
    {
        auto *action = child<QAction>(actionName);
        ASSERT_TRUE(action) << actionName.toStdString();
        action->trigger();
    }
    template <typename Dialog> Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = desk->findChild<Dialog *>()) && dialog->isVisible(); }, 3000));
        return dialog;
    }

    TempFolder folder;
    QString path;
    std::int64_t anna = 0;
    std::int64_t annaOnX = 0;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<CaseDesk> desk;
};

} // namespace

TEST_F(PersonFlowTest, BadgesAndTheNoteAreSetFromThePersonMenuAndShownAsPlainText)
{
    auto *button = child<QToolButton>(QStringLiteral("personButton"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isVisible());
    EXPECT_TRUE(label("personBadges").isEmpty());
    const auto storedPriority = [&] {
        return Workspace::openForReading(path).queryInt(
            QByteArray("SELECT priority FROM cases WHERE id = " + QByteArray::number(anna))
                .constData());
    };
    const std::int64_t before = storedPriority();

    trigger(QStringLiteral("badge-customer"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !label("personBadges").isEmpty(); }, 5000));
    EXPECT_EQ(label("personBadges"), QStringLiteral("Badges: Customer"));
    EXPECT_TRUE(child<QAction>(QStringLiteral("badge-customer"))->isChecked());
    // The queue's order moves with the badge, as the case's "why" does.
    EXPECT_TRUE(label("casePriority").contains(QStringLiteral("Customer +8")))
        << label("casePriority").toStdString();
    EXPECT_EQ(storedPriority(), before + 8);
    trigger(QStringLiteral("badge-employee"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return label("personBadges") == QStringLiteral("Badges: Customer, Employee"); },
        5000))
        << label("personBadges").toStdString();

    trigger(QStringLiteral("editPersonNote"));
    auto *dialog = waitForDialog<PersonNoteDialog>();
    ASSERT_TRUE(dialog);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("personNoteEdit"));
    QTest::keyClicks(edit, QStringLiteral("<b>VIP</b>, prefers a private message"));
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !label("personNote").isEmpty(); }, 5000));
    EXPECT_TRUE(label("personNote").startsWith(QStringLiteral("Note by Mira Olsen")))
        << label("personNote").toStdString();
    EXPECT_TRUE(
        label("personNote").endsWith(QStringLiteral("<b>VIP</b>, prefers a private message")));
    EXPECT_EQ(child<QLabel>(QStringLiteral("personNote"))->textFormat(), Qt::PlainText);
}

TEST_F(PersonFlowTest, ManyFollowersShowAsAnInfluencerWithTheReason)
{
    desk->showCase(annaOnX);
    EXPECT_EQ(
        label("personBadges"),
        QStringLiteral("Badges: influencer: %1 followers on X").arg(QLocale().toString(48'000)));
    // A suggestion, not an agent's word: the menu's badge stays unchecked.
    EXPECT_FALSE(child<QAction>(QStringLiteral("badge-influencer"))->isChecked());
}

TEST_F(PersonFlowTest, MergingFindsTheOtherHandleAndSplittingTakesItBack)
{
    EXPECT_EQ(label("personHandles").count(QLatin1Char('\n')), 0);
    trigger(QStringLiteral("mergePerson"));
    auto *dialog = waitForDialog<MergePersonDialog>();
    ASSERT_TRUE(dialog);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("personSearch"));
    auto *results = dialog->findChild<QListWidget *>(QStringLiteral("personResults"));
    auto *merge = dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"));
    EXPECT_FALSE(merge->isEnabled());

    // "ann" finds both other people but never Anna herself; the handle's start narrows it.
    QTest::keyClicks(search, QStringLiteral("ann"));
    EXPECT_EQ(results->count(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("@anna_"));
    ASSERT_EQ(results->count(), 1);
    EXPECT_TRUE(seen(results->item(0)->text()).contains(QStringLiteral("@anna_berg_cooks (X)")));
    QTest::keyClick(search, Qt::Key_Return); // to the list, not merging yet
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(merge->isEnabled());
    // Both people, with their handles, before anything happens.
    const auto *kept = dialog->findChild<QLabel *>(QStringLiteral("mergeKept"));
    const auto *other = dialog->findChild<QLabel *>(QStringLiteral("mergeOther"));
    EXPECT_TRUE(seen(kept->text()).contains(QStringLiteral("@annab (Mastodon)")));
    EXPECT_TRUE(seen(other->text()).contains(QStringLiteral("@anna_berg_cooks (X)")));
    QTest::mouseClick(merge, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return label("personHandles").contains(QStringLiteral("@anna_berg_cooks")); }, 5000));
    EXPECT_TRUE(label("personHandles").contains(QStringLiteral("@annab (Mastodon)")));
    showOtherCases();
    EXPECT_TRUE(label("earlierCasesTitle").contains(QStringLiteral("(1)")))
        << label("earlierCasesTitle").toStdString();
    // The merged handle's followers make Anna an influencer now.
    EXPECT_TRUE(label("personBadges").contains(QStringLiteral("followers on X")));

    // One split action per handle now; splitting the X handle takes its case along.
    QAction *splitX = nullptr;
    for (QAction *action : desk->findChildren<QAction *>()) {
        if (action->objectName().startsWith(QStringLiteral("splitHandle-"))
            && action->text().contains(QStringLiteral("anna_berg_cooks")))
            splitX = action;
    }
    ASSERT_TRUE(splitX);
    splitX->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !label("personHandles").contains(QStringLiteral("anna_berg_cooks")); }, 5000));
    EXPECT_EQ(label("personHandles").count(QLatin1Char('\n')), 0);
    showOtherCases();
    EXPECT_TRUE(label("earlierCasesTitle").startsWith(QStringLiteral("No other cases")));
    EXPECT_TRUE(label("personBadges").isEmpty());
}

TEST_F(PersonFlowTest, WithOneHandleThereIsNothingToSplit)
{
    int splits = 0;
    for (QAction *action : desk->findChildren<QAction *>())
        splits += action->objectName().startsWith(QStringLiteral("splitHandle-")) ? 1 : 0;
    EXPECT_EQ(splits, 0);
}
