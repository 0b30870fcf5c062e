// SPDX-License-Identifier: Apache-2.0
// What a person reads when SQLite fails: what failed, in words, and never the SQL behind it.
#include "TestSupport.h"

#include "store/Sqlite.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

using namespace earshot;
using namespace earshot::test;

namespace {

template <typename Action> QString failureOf(Action action)
{
    try {
        action();
    } catch (const StoreError &e) {
        return e.message();
    }
    ADD_FAILURE() << "no StoreError";
    return {};
}

class SqliteErrorsTest : public ::testing::Test {
protected:
    SqliteErrorsTest()
        : path(folder.path(QStringLiteral("w.earshot")))
    {
        Workspace::openForWriting(path);
    }

    TempFolder folder;
    QString path;
};

} // namespace

TEST_F(SqliteErrorsTest, AFailedReadSaysReadingAndShowsNoSql)
{
    Database db(path, Database::Access::ReadWrite);
    const QString message = failureOf([&] {
        Statement s(db, "SELECT case_id FROM mentions WHERE no_such_column = ?");
        s.step();
    });
    EXPECT_TRUE(message.startsWith(QStringLiteral("Reading workspace ") + path + u" failed: "))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("SELECT"))) << message.toStdString();
}

TEST_F(SqliteErrorsTest, AFailedWriteSaysWritingAndShowsNoSql)
{
    Database db(path, Database::Access::ReadOnly);
    const QString message = failureOf([&] {
        Statement s(db, "INSERT INTO settings (key, value) VALUES ('a', 'b')");
        s.run();
    });
    EXPECT_EQ(message, QStringLiteral("Writing to workspace ") + path
                           + QStringLiteral(" failed: the file is read-only"));
}

TEST_F(SqliteErrorsTest, CreatingWhatExistsSaysSettingUpAndShowsNoSql)
{
    Database db(path, Database::Access::ReadWrite);
    const QString message = failureOf([&] { db.exec("CREATE TABLE settings (key TEXT)"); });
    EXPECT_TRUE(message.startsWith(QStringLiteral("Setting up workspace ") + path + u" failed: "))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("CREATE"))) << message.toStdString();
}
