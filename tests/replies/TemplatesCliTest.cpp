// SPDX-License-Identifier: Apache-2.0
// `earshot-cli templates` as a person runs it: real process, real workspace file.
#include "TestSupport.h"

#include <QFile>

using namespace earshot;
using namespace earshot::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ProcessResult templates(const QString &workspace, const QStringList &arguments)
{
    return runCli(QStringList{s("-w"), workspace, s("templates")} + arguments);
}

} // namespace

TEST(TemplatesCli, InstallsTheStarterLibraryOnceAndSearchesIt)
{
    TempFolder folder;
    const QString workspace = folder.path(s("w.earshot"));
    const ProcessResult first = templates(workspace, {s("install-starter")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.startsWith(s("Added 4"))) << first.out.toStdString();
    const ProcessResult again = templates(workspace, {s("install-starter")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.startsWith(s("Added 0 starter templates"))) << again.out.toStdString();

    const ProcessResult refund = templates(workspace, {s("search"), s("refund"), s("delayed")});
    EXPECT_EQ(refund.exitCode, 0);
    EXPECT_TRUE(refund.out.startsWith(
        s("Refund delayed  [Apologetic, claim/refund, any network]  Hi {first_name|there}, "
          "I'm sorry your refund")))
        << refund.out.toStdString();
    EXPECT_EQ(refund.out.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(refund.err.contains(s("Templates found: 1")));

    const ProcessResult onX =
        templates(workspace, {s("search"), s("--platform"), s("x"), s("--json"), s("private")});
    EXPECT_EQ(onX.exitCode, 0);
    EXPECT_TRUE(onX.out.contains(s("\"platform\":\"x\""))) << onX.out.toStdString();
    EXPECT_TRUE(onX.out.contains(s("please DM us your {?details needed}")));
}

TEST(TemplatesCli, ListShowsEveryVariantAndWrongUseExitsWithTwo)
{
    TempFolder folder;
    const QString workspace = folder.path(s("w.earshot"));
    templates(workspace, {s("install-starter")});
    const ProcessResult list = templates(workspace, {s("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(s("Move to private message  [Friendly, move-to-private, X]")))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(s("Move to private message  [Friendly, move-to-private, "
                                    "Bluesky]")));
    EXPECT_TRUE(list.err.contains(s("Templates and variants: ")));

    EXPECT_EQ(templates(workspace, {s("rename")}).exitCode, 2);
    const ProcessResult badNetwork =
        templates(workspace, {s("search"), s("--platform"), s("myspace"), s("hi")});
    EXPECT_EQ(badNetwork.exitCode, 2);
    EXPECT_TRUE(badNetwork.err.contains(s("\"myspace\" is not a known network")));
}

TEST(TemplatesCli, ImportingABrokenFileFailsWithFileAndLineAndAddsNothing)
{
    TempFolder folder;
    const QString workspace = folder.path(s("w.earshot"));
    const QString file = folder.path(s("team.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\n \"format\": \"earshot-templates\",\n \"version\": 1,\n \"templates\": [\n"
              "  {\"name\": \"Ours\", \"body\": \"Hi {first_name\"}\n ]\n}\n");
    out.close();
    const ProcessResult result = templates(workspace, {s("import"), file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.startsWith(file + s(":5: templates[0].body: The { at character 4")))
        << result.err.toStdString();
    const ProcessResult list = templates(workspace, {s("list")});
    EXPECT_EQ(list.out, QString());
}
