// SPDX-License-Identifier: Apache-2.0
// Real runs of earshot-cli and the window with a credential in their environment and a post whose
// words, author name and handle are unique: afterwards neither the credential is anywhere in the
// logs, the workspace's folder or the settings, nor anyone's words or name in a log line at info
// level or above (docs/CONTRIBUTING.md, "Logs").
#include "TestSupport.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

// Shaped like a network's access token; nothing else in the world contains it.
const QByteArray secret = "esk_live_7fQ2vX9pL4mZ8rT1wY6nB3cK5hJ0dS";
// A post's words, its author's name and handle: other people's, so never at info level.
const QByteArray postWords = "Zephyrine quokka tramline 4471";
const QByteArray authorName = "Orlaith Quennell-Brisbois";
const QByteArray authorHandle = "quennell_b4471@social.example";

struct LogRecord {
    QByteArray level;
    QByteArray text; // the whole record, continuation lines included
};

// The records of every log file in `folder` (earshot.log and the rolled ones).
std::vector<LogRecord> readLogRecords(const QString &folder)
{
    static const QRegularExpression start(
        uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|critical|fatal) )"_s);
    std::vector<LogRecord> records;
    const QStringList files = QDir(folder).entryList({u"earshot*.log"_s}, QDir::Files);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QRegularExpressionMatch match = start.match(QString::fromUtf8(line));
            if (match.hasMatch())
                records.push_back({match.captured(1).toUtf8(), line});
            else if (!records.empty() && line.startsWith("    "))
                records.back().text += '\n' + line;
            else
                ADD_FAILURE() << "not a log line: " << line.toStdString();
        }
    }
    return records;
}

// Every file below `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

// What other people wrote and are called, as the workspace stores it.
QList<QByteArray> otherPeoplesWords(const QString &workspace)
{
    QList<QByteArray> words;
    Database db = Workspace::openForReading(workspace);
    Statement texts(db, "SELECT text FROM mentions UNION SELECT display_name FROM people "
                        "UNION SELECT handle FROM handles");
    while (texts.step()) {
        const QByteArray text = texts.toString(0).toUtf8();
        if (text.size() >= 10) // shorter ones ("Thanks!") could be any word of a log line
            words << text;
    }
    return words;
}

QByteArray mentionLine(const QString &id, bool withSecret)
{
    nlohmann::json line = {{"platform", "mastodon"},
                           {"id", id.toStdString()},
                           {"created_at", "2026-11-20T09:15:00Z"},
                           {"text", "@fernline my router died again. " + postWords.toStdString()},
                           {"author",
                            {{"id", "77" + id.toStdString()},
                             {"handle", authorHandle.toStdString()},
                             {"name", authorName.toStdString()},
                             {"followers", 12}}},
                           {"account", "fernline@social.fernline.example"}};
    // A connector's payload may carry its credential along; unknown fields are ignored.
    if (withSecret) {
        line["access_token"] = secret.toStdString();
        line["author"]["oauth_token"] = secret.toStdString();
    }
    return QByteArray::fromStdString(line.dump()) + '\n';
}

class LogPrivacy : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"LANG"_s, u"C.UTF-8"_s);
        m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.path(u"config"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_home.path(u"data"_s));
        // The defaults under test: nobody asked for more (or less) logging.
        m_env.remove(u"QT_LOGGING_RULES"_s);
        m_env.remove(u"QT_LOGGING_CONF"_s);
        // Where connectors will find their credentials; today nothing reads these.
        m_env.insert(u"EARSHOT_MASTODON_TOKEN"_s, QString::fromLatin1(secret));
        m_env.insert(u"MASTODON_ACCESS_TOKEN"_s, QString::fromLatin1(secret));
        QDir().mkpath(m_home.path(u"workspaces"_s));
    }

    test::ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return test::runCli(QStringList{u"--workspace"_s, workspace()} + arguments, input, m_env);
    }

    QString workspace() const { return m_home.path(u"workspaces/demo.earshot"_s); }
    QString logFolder() const { return m_home.path(u"data/Earshot/Earshot/logs"_s); }
    QString settingsFile() const { return m_home.path(u"config/Earshot/Earshot.conf"_s); }

    test::TempFolder m_home;  // settings, data (logs) and workspaces: all a run may write
    test::TempFolder m_input; // the files fed to the runs, which hold the secret themselves
    QProcessEnvironment m_env;
};

} // namespace

TEST_F(LogPrivacy, NoCredentialAnywhereAndNoOnesWordsAtInfo)
{
    // The command line: a demo workspace, an import with the secret in its payload and in a line
    // it rejects, a search that finds the post, the full check.
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    const QByteArray lines = mentionLine(u"9100"_s, true) + mentionLine(u"9101"_s, false)
                             + "{\"platform\":\"mastodon\",\"access_token\":\"" + secret + "\",\n";
    const test::ProcessResult imported = cli({u"import"_s, u"-"_s}, lines);
    ASSERT_EQ(imported.exitCode, 3) << imported.err.toStdString(); // imported, one line rejected
    const test::ProcessResult found =
        cli({u"search"_s, u"--json"_s, QString::fromUtf8(postWords.split(' ').first())});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    // Results, and only results, on standard output: every line is one JSON object.
    ASSERT_TRUE(found.out.contains(QString::fromUtf8(postWords)));
    for (const QString &line : found.out.split(u'\n', Qt::SkipEmptyParts))
        EXPECT_TRUE(nlohmann::json::accept(line.toStdString())) << line.toStdString();
    ASSERT_EQ(cli({u"check"_s}).exitCode, 0);

    // The window on the same workspace, with its Simulation feed, until it closes on SIGTERM.
    QProcess window;
    window.setProcessEnvironment(m_env);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(EARSHOT_GUI), {u"--workspace"_s, workspace()});
    ASSERT_TRUE(window.waitForStarted(10000));
    const QString log = QDir(logFolder()).filePath(u"earshot.log"_s);
    const auto logSays = [&log](const char *text) {
        QFile file(log);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(text);
    };
    for (int waited = 0; waited < 300 && !logSays("Simulation feed started"); ++waited)
        QThread::msleep(100);
    EXPECT_TRUE(logSays("Simulation feed started"));
    window.terminate();
    ASSERT_TRUE(window.waitForFinished(30000));
    EXPECT_EQ(window.exitStatus(), QProcess::NormalExit);

    // Debug lines, switched on by the person's setting: they may hold people's words (never the
    // secret, checked below with everything else).
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.setValue(u"logging/rules"_s, u"earshot.*.debug=true;earshot.net.debug=false"_s);
    }
    const QByteArray rejected = "{\"platform\":\"" + secret + "\"}\n"; // quoted back on stderr
    ASSERT_EQ(cli({u"import"_s, u"-"_s}, mentionLine(u"9102"_s, true) + rejected).exitCode, 3);

    const std::vector<LogRecord> records = readLogRecords(logFolder());
    // The logs say what happened, from both programs and several threads...
    const auto logged = [&records](const char *level, const char *text) {
        return std::any_of(records.begin(), records.end(), [&](const LogRecord &r) {
            return r.level == level && r.text.contains(text);
        });
    };
    EXPECT_TRUE(logged("info", "Created workspace file"));
    EXPECT_TRUE(logged("info", "Migrating workspace"));
    EXPECT_TRUE(logged("info", "Import finished: 3 lines, 2 new, 0 already known, 1 rejected"));
    EXPECT_TRUE(logged("info", "earshot-cli import ended with exit code 3"));
    EXPECT_TRUE(logged("info", "Full check of"));
    EXPECT_TRUE(logged("info", "Opened workspace session on"));
    EXPECT_TRUE(logged("info", "[earshot-writer]"));
    EXPECT_TRUE(logged("info", "Closing the window on a termination signal"));
    EXPECT_TRUE(logged("debug", "Import line 2 skipped")); // the setting's rules took effect

    // ...never a credential, at any level, in any file a run wrote: logs, workspace, settings.
    EXPECT_EQ(filesContaining(m_home.path({}), secret), QStringList());
    ASSERT_TRUE(QFileInfo::exists(settingsFile()));
    ASSERT_TRUE(QFileInfo::exists(workspace()));

    // ...and no one's words, name or handle at info level or above.
    QList<QByteArray> words = otherPeoplesWords(workspace());
    ASSERT_GT(words.size(), 100); // the demo's posts and people, and the imported post
    words << postWords << authorName << authorHandle;
    for (const LogRecord &record : records) {
        if (record.level == "debug")
            continue;
        for (const QByteArray &word : words)
            EXPECT_FALSE(record.text.contains(word))
                << "\"" << word.toStdString() << "\" logged: " << record.text.toStdString();
    }

    // The log is its owner's only, like the workspace and the settings.
    EXPECT_EQ(QFileInfo(logFolder()).permissions() & 0x0077, 0);
    EXPECT_EQ(QFileInfo(log).permissions() & 0x0077, 0);
}
