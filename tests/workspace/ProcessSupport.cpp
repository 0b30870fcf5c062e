// SPDX-License-Identifier: Apache-2.0
#include "ProcessSupport.h"

#include "TestSupport.h"
#include "ingest/MentionJson.h"
#include "platforms/simulation/DemoWorkspace.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

namespace earshot::test {

QString makeBusyDemoWorkspace(const QString &folder)
{
    QFile bundled(DemoWorkspace::bundledScenario());
    EXPECT_TRUE(bundled.open(QIODevice::ReadOnly)) << bundled.fileName().toStdString();
    nlohmann::json scenario = nlohmann::json::parse(bundled.readAll().toStdString());
    scenario["live"]["interval_seconds"] = nlohmann::json::array({1, 1});
    const QString scenarioPath = QDir(folder).filePath(QStringLiteral("busy.scenario.json"));
    QFile out(scenarioPath);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(scenario.dump()));
    out.close();
    const QString workspace = QDir(folder).filePath(QStringLiteral("shared.earshot"));
    DemoWorkspace::create(workspace, scenarioPath, QDateTime::currentMSecsSinceEpoch());
    return workspace;
}

void startWindow(QProcess &window, const QString &workspace, const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("data")));
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(EARSHOT_GUI), {QStringLiteral("--workspace"), workspace});
    EXPECT_TRUE(window.waitForStarted(10000));
}

QSet<QString> storedMentionIds(const QString &workspace)
{
    Database db = Workspace::openForReading(workspace);
    Statement ids(db, "SELECT platform_id FROM mentions");
    QSet<QString> result;
    while (ids.step())
        result.insert(ids.toString(0));
    return result;
}

QByteArray mentionLines(const QString &prefix, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        const Mention m = makeMention(prefix + QString::number(i), prefix + QString::number(i % 7),
                                      1'700'000'000'000 + i);
        lines += QByteArray::fromStdString(mentionToJson(m).dump()) + '\n';
    }
    return lines;
}

} // namespace earshot::test
