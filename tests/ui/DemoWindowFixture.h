// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include "MainWindow.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

#include <QDateTime>
#include <QTest>

#include <memory>

namespace earshot::test {

// The console as an agent first meets it: a window on a fresh demo workspace made from the
// small test scenario, under the offscreen platform.
class DemoWindowFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("demo.earshot"));
        DemoWorkspace::create(path, dataFile(QStringLiteral("small.scenario.json")),
                              QDateTime::currentMSecsSinceEpoch());
        settings = std::make_unique<AppSettings>(folder.path(QStringLiteral("settings.ini")));
        session = std::make_unique<WorkspaceSession>(path);
        openWindow();
    }

    void openWindow()
    {
        window = std::make_unique<MainWindow>(*session, *settings);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    TempFolder folder;
    QString path;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace earshot::test
