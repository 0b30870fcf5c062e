// SPDX-License-Identifier: Apache-2.0
// What the kill tests of a Mastodon account share: a fixture instance on 127.0.0.1, a
// workspace whose account was added through the real `earshot-cli account add` (its token in a
// private GNOME Keyring), and earshot-cli runs against it.
#pragma once

#include "KilledProcess.h"
#include "MastodonFixture.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace earshot::test {

class KilledMastodon : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
        instance.notifications = nlohmann::json::array();
        instance.start();
        workspace = folder.path(QStringLiteral("killed.earshot"));
    }

    ProcessResult cli(const QString &path, QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--workspace"));
        return runCli(arguments, input, privateKeyring().environment());
    }
    QStringList withWorkspace(const QString &path, QStringList arguments) const
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--workspace"));
        return arguments;
    }

    // The brand account on the fixture instance, added as a person adds it.
    void connect(const QString &path)
    {
        const ProcessResult added =
            cli(path,
                {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("mastodon"),
                 QStringLiteral("--base-url"), instance.baseUrl(), QStringLiteral("--handle"),
                 QStringLiteral("brand")},
                "tok-killed-7c21e0\n");
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    // An ISO 8601 time `minutes` after two days ago: inside the first connect's backfill.
    static std::string minutesIntoBackfill(int minutes)
    {
        static const QDateTime start =
            QDateTime::currentDateTimeUtc().addDays(-2).toTimeZone(QTimeZone::utc());
        return start.addSecs(minutes * 60LL).toString(Qt::ISODateWithMs).toStdString();
    }

    TempFolder folder;
    QString workspace;
    FixtureInstance instance{"brand.example"};
};

} // namespace earshot::test
