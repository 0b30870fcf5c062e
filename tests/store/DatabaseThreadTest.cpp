// SPDX-License-Identifier: Apache-2.0
// A connection belongs to the thread that opened it (Database's class comment): debug builds stop
// the program when another thread uses it, so a connection shared by mistake is found at once.
#include "TestSupport.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <thread>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

template <typename Work> void onAnotherThread(Work work)
{
    std::thread other(work);
    other.join();
}

} // namespace

TEST(DatabaseThread, AdoptedConnectionWorksOnItsNewThread)
{
    test::TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(u"w.earshot"_s));
    onAnotherThread([&db] {
        db.adoptCurrentThread();
        Transaction transaction(db);
        db.exec("INSERT INTO settings (key, value) VALUES ('handed.over', 'yes')");
        transaction.commit();
    });
    db.adoptCurrentThread(); // and back, for the rest of the test
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM settings WHERE key = 'handed.over'"), 1);
}

#ifndef NDEBUG
// Only where the check is compiled in (debug builds): a release build has nothing to prove here.
TEST(DatabaseThreadDeathTest, UseOnAnotherThreadStopsTheProgram)
{
    // The child runs this test again from the start in a fresh process, so no thread of this one
    // is missing from it.
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    test::TempFolder folder;
    Database db = Workspace::openForWriting(folder.path(u"w.earshot"_s));
    const char *const stopped = "was opened on thread .* and is used on thread";
    EXPECT_DEATH(onAnotherThread([&db] { db.queryInt("SELECT 1"); }), stopped);
    EXPECT_DEATH(onAnotherThread([&db] { db.exec("PRAGMA user_version"); }), stopped);
    EXPECT_DEATH(onAnotherThread([&db] { Transaction transaction(db); }), stopped);
    Statement prepared(db, "SELECT 1");
    EXPECT_DEATH(onAnotherThread([&prepared] { prepared.step(); }), stopped);
    // The thread that opened it goes on using it.
    EXPECT_EQ(db.queryInt("SELECT 2"), 2);
}
#endif
