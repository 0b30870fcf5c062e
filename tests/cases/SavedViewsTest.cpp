// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "cases/SavedViews.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

using namespace earshot;
using namespace earshot::test;

TEST(SavedViewsTest, SavedRenamedAndDeletedInTheWorkspace)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.earshot"));
    Database db = Workspace::openForWriting(path);
    SavedView legal;
    legal.name = QStringLiteral("Legal threats on X");
    legal.queue = Queue::Unassigned;
    legal.filter.platform = QStringLiteral("x");
    legal.filter.risks = 1;
    legal.filter.minPriority = 75;
    legal.filter.assigneeId = 3;
    legal.filter.tag = QStringLiteral("broadband");
    legal.search = QStringLiteral("\"still waiting\" #1175");
    SavedView mine;
    mine.name = QStringLiteral("Mine");
    mine.queue = Queue::Mine;
    {
        Transaction t(db);
        SavedViews::save(db, legal);
        SavedViews::save(db, mine);
        t.commit();
    }
    Database reader = Workspace::openForReading(path);
    EXPECT_EQ(SavedViews::read(reader), (std::vector<SavedView>{legal, mine}));
    // The same name again replaces it, where it was.
    legal.search = QStringLiteral("lawyer");
    {
        Transaction t(db);
        SavedViews::save(db, legal);
        EXPECT_FALSE(SavedViews::rename(db, legal.name, QStringLiteral("Mine"))); // taken
        EXPECT_FALSE(SavedViews::rename(db, QStringLiteral("nope"), QStringLiteral("x")));
        EXPECT_FALSE(SavedViews::rename(db, legal.name, QStringLiteral("  ")));
        EXPECT_TRUE(SavedViews::rename(db, legal.name, QStringLiteral(" Lawyers ")));
        SavedViews::remove(db, QStringLiteral("Mine"));
        t.commit();
    }
    const auto views = SavedViews::read(reader);
    ASSERT_EQ(views.size(), 1u);
    EXPECT_EQ(views[0].name, QStringLiteral("Lawyers"));
    EXPECT_EQ(views[0].search, QStringLiteral("lawyer"));
    EXPECT_EQ(views[0].filter, legal.filter);
    EXPECT_EQ(views[0].queue, Queue::Unassigned);
}

TEST(SavedViewsTest, WhatCannotBeReadIsNoView)
{
    EXPECT_TRUE(SavedViews::fromJson(QStringLiteral("{not json")).empty());
    EXPECT_TRUE(SavedViews::fromJson(QStringLiteral("{\"name\": \"x\"}")).empty());
    const auto views = SavedViews::fromJson(
        QStringLiteral("[1, {\"queue\": \"all\"}, {\"name\": \"A\", \"queue\": \"no-such\", "
                       "\"filter\": {\"risks\": -1, \"platform\": 7}}]"));
    ASSERT_EQ(views.size(), 1u);
    EXPECT_EQ(views[0].name, QStringLiteral("A"));
    EXPECT_EQ(views[0].queue, Queue::All);
    EXPECT_TRUE(views[0].filter.isEmpty());
}
