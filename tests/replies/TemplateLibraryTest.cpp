// SPDX-License-Identifier: Apache-2.0
// The template library on a real workspace file, as the composer and earshot-cli use it.
#include "TestSupport.h"

#include "platforms/simulation/DemoWorkspace.h"
#include "replies/MentionPrefix.h"
#include "replies/ReplyLength.h"
#include "replies/TemplateFile.h"
#include "replies/TemplateLibrary.h"
#include "replies/TemplateRenderer.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

using namespace earshot;
using namespace earshot::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ReplyTemplate make(const char *name, const char *body, const char *platform = "",
                   const char *tone = "Friendly", const char *category = "question")
{
    return {0, s(name), s(tone), s(category), s(platform), s(body)};
}

QStringList names(const std::vector<ReplyTemplate> &templates)
{
    QStringList out;
    for (const ReplyTemplate &t : templates)
        out.append(t.name);
    return out;
}

// What a case typically knows, with values at the long end of ordinary.
const QHash<QString, QString> caseVariables{{s("first_name"), s("Alexandra")},
                                            {s("handle"), s("alexandra_m1988")},
                                            {s("brand"), s("Northwind Outfitters")},
                                            {s("agent_name"), s("Kim")},
                                            {s("agent_signoff"), s("– Kim, Customer Care")},
                                            {s("case_id"), s("#1002345")}};

class TemplateLibraryTest : public ::testing::Test {
protected:
    void SetUp() override { db = Workspace::openForWriting(folder.path(s("w.earshot"))); }

    std::int64_t count() { return db.queryInt("SELECT count(*) FROM templates"); }

    QString writeFile(const char *name, const char *content)
    {
        const QString path = folder.path(s(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // The message a failed call throws, or an empty string when it did not throw.
    template <typename Call> QString errorOf(Call call)
    {
        try {
            call();
        } catch (const TemplateError &e) {
            return e.message();
        }
        return {};
    }

    TempFolder folder;
    Database db;
};

} // namespace

TEST_F(TemplateLibraryTest, InstallingTheStarterLibraryTwiceAddsNothingTheSecondTime)
{
    TemplateLibrary library(db);
    const int added = library.installStarterTemplates();
    EXPECT_GE(added, 30);
    EXPECT_EQ(count(), added);
    EXPECT_EQ(library.installStarterTemplates(), 0);
    EXPECT_EQ(count(), added);
}

TEST_F(TemplateLibraryTest, InstallingAgainKeepsTheTeamsEditsAndRestoresOnlyWhatIsMissing)
{
    TemplateLibrary library(db);
    const int added = library.installStarterTemplates();
    ReplyTemplate edited = library.search(s("Quick answer"), {}).front();
    edited.body = s("Hi {first_name|there}, {?answer} Cheers, {agent_signoff}");
    library.update(edited);
    const ReplyTemplate removed = library.search(s("Opening hours"), {}).front();
    ASSERT_TRUE(library.remove(removed.id));

    EXPECT_EQ(library.installStarterTemplates(), 1); // only the removed one comes back
    EXPECT_EQ(count(), added);
    EXPECT_EQ(library.search(s("Quick answer"), {}).front().body, edited.body);
}

TEST_F(TemplateLibraryTest, StarterLibraryHasEveryToneAndCategoryAndOnlyVariablesACaseKnows)
{
    const std::vector<ReplyTemplate> starter = TemplateFile::read(TemplateLibrary::starterFile());
    QSet<QString> tones;
    QSet<QString> categories;
    for (const ReplyTemplate &t : starter) {
        tones.insert(t.tone);
        categories.insert(t.category);
        const RenderedTemplate r = TemplateRenderer(t.body).render(caseVariables);
        EXPECT_EQ(r.missingVariables(), QStringList()) << t.name.toStdString();
    }
    EXPECT_EQ(tones, (QSet<QString>{s("Friendly"), s("Formal"), s("Apologetic"), s("Empathetic")}));
    EXPECT_EQ(categories, (QSet<QString>{s("complaint"), s("claim/refund"), s("question"),
                                         s("praise"), s("feedback"), s("outage"),
                                         s("move-to-private"), s("follow-up"), s("closing")}));
}

// A German team gets German names, tones and texts, with the same categories and the same
// variables as the English library, and network variants that fit as well.
TEST_F(TemplateLibraryTest, AGermanTeamGetsGermanStarterTemplates)
{
    const std::vector<ReplyTemplate> english =
        TemplateFile::read(TemplateLibrary::starterFile(s("en_GB")));
    const std::vector<ReplyTemplate> german =
        TemplateFile::read(TemplateLibrary::starterFile(s("de_DE")));
    EXPECT_EQ(TemplateLibrary::starterFile(s("de")), TemplateLibrary::starterFile(s("de_AT")));
    ASSERT_EQ(german.size(), english.size());
    QSet<QString> tones;
    QSet<QString> englishCategories;
    QSet<QString> germanCategories;
    for (std::size_t i = 0; i < german.size(); ++i) {
        tones.insert(german[i].tone);
        englishCategories.insert(english[i].category);
        germanCategories.insert(german[i].category);
        EXPECT_EQ(german[i].platform, english[i].platform) << german[i].name.toStdString();
        const RenderedTemplate r = TemplateRenderer(german[i].body).render(caseVariables);
        EXPECT_EQ(r.missingVariables(), QStringList()) << german[i].name.toStdString();
    }
    EXPECT_EQ(tones, (QSet<QString>{s("Freundlich"), s("Förmlich"), s("Entschuldigend"),
                                    s("Einfühlsam")}));
    EXPECT_EQ(germanCategories, englishCategories);
    TemplateLibrary library(db);
    EXPECT_EQ(library.installStarterTemplates(s("de_DE")), int(german.size()));
    EXPECT_EQ(library.search(s("Öffnungszeiten"), {}).size(), 1u);
    EXPECT_TRUE(library.search(s("Opening hours"), {}).empty());
}

TEST_F(TemplateLibraryTest, StarterNetworkVariantsFitTheNetworkWithTheMentionInFront)
{
    for (const QString &language : {s("en"), s("de")}) {
        const std::vector<ReplyTemplate> starter =
            TemplateFile::read(TemplateLibrary::starterFile(language));
        int variants = 0;
        for (const ReplyTemplate &t : starter) {
            if (t.platform.isEmpty())
                continue;
            ++variants;
            TemplateRenderer renderer(t.body);
            QHash<QString, QString> answers;
            for (const QString &prompt : renderer.prompts())
                answers.insert(prompt, s("an answer of 24 letters"));
            // X allows 15 characters in a handle; the prefix is "@" + handle + " ".
            const QString reply = MentionPrefix(t.platform, s("alexandra_m1988"))
                                      .applyTo(renderer.render(caseVariables, answers).text);
            const ReplyLength length = ReplyLength::measure(t.platform, reply);
            EXPECT_FALSE(length.over) << t.name.toStdString() << " on " << t.platform.toStdString()
                                      << ": " << length.used << " of " << length.limit;
        }
        EXPECT_GE(variants, 8);
    }
}

TEST_F(TemplateLibraryTest, SearchNeedsEveryWordIgnoresCaseAndRanksNameMatchesFirst)
{
    TemplateLibrary library(db);
    library.add(make("Parcel delayed", "Sorry, your refund and parcel are late."));
    library.add(make("Refund on its way", "Good news about your money."));
    library.add(make("Opening hours", "We open at nine.", "", "Formal", "question"));

    EXPECT_EQ(names(library.search(s("refund"), {})),
              (QStringList{s("Refund on its way"), s("Parcel delayed")}));
    EXPECT_EQ(names(library.search(s("REFUND  late"), {})), QStringList{s("Parcel delayed")});
    EXPECT_EQ(names(library.search(s("refund nine"), {})), QStringList());
    // Tone and category are searched too, and parts of words are enough.
    EXPECT_EQ(names(library.search(s("form quest"), {})), QStringList{s("Opening hours")});
    EXPECT_EQ(library.search(s("   "), {}).size(), 3u);
}

TEST_F(TemplateLibraryTest, SearchGivesTheNetworksVariantAndFallsBackToTheGenericText)
{
    TemplateLibrary library(db);
    library.add(make("Move to DM", "Please send us a private message with your order number."));
    library.add(make("Move to DM", "Please DM us.", "x"));
    library.add(make("Bluesky only", "Written for Bluesky.", "bluesky"));

    const auto onX = library.search(s("move"), s("x"));
    ASSERT_EQ(onX.size(), 1u);
    EXPECT_EQ(onX.front().body, s("Please DM us."));
    EXPECT_EQ(onX.front().platform, s("x"));

    const auto onMastodon = library.search(s("move"), s("mastodon"));
    ASSERT_EQ(onMastodon.size(), 1u);
    EXPECT_EQ(onMastodon.front().platform, QString());

    // Words are matched in the text the agent will get on that network.
    EXPECT_EQ(library.search(s("order number"), s("x")).size(), 0u);
    EXPECT_EQ(library.search(s("order number"), s("mastodon")).size(), 1u);
    EXPECT_EQ(names(library.search({}, s("x"))), QStringList{s("Move to DM")});
    EXPECT_EQ(names(library.search({}, s("bluesky"))),
              (QStringList{s("Bluesky only"), s("Move to DM")}));
}

TEST_F(TemplateLibraryTest, HostileTextIsStoredAndFoundExactlyAsWritten)
{
    TemplateLibrary library(db);
    const char *name = "<b>x</b>'); DROP TABLE templates;--";
    const char *body =
        "100% _sure_ \"quoted\" \\ {{literal}} \xE2\x80\xAE reversed 👩‍👩‍👧";
    library.add(make(name, body));
    library.add(make("Plain", "Nothing special here."));

    const auto percent = library.search(s("%"), {});
    ASSERT_EQ(percent.size(), 1u);
    EXPECT_EQ(percent.front().name, s(name));
    EXPECT_EQ(percent.front().body, s(body));
    EXPECT_EQ(names(library.search(s("_"), {})), QStringList{s(name)});
    EXPECT_EQ(names(library.search(s("drop table"), {})), QStringList{s(name)});
    EXPECT_EQ(count(), 2);
}

TEST_F(TemplateLibraryTest, InvalidTemplatesAreRefusedWithWhatIsWrongAndNothingIsStored)
{
    TemplateLibrary library(db);
    library.add(make("Thanks", "Thank you!"));

    EXPECT_EQ(errorOf([&] { library.add(make("  ", "Text")); }), s("A template needs a name."));
    EXPECT_EQ(errorOf([&] { library.add(make("Empty", " \n ")); }), s("The template has no text."));
    EXPECT_EQ(errorOf([&] { library.add(make("Typo", "Hi {first_name, how are you?")); }),
              s("The { at character 4 is not closed; close it with } or write {{ for a brace "
                "in the text."));
    EXPECT_EQ(errorOf([&] { library.add(make("Two", "{?} and }")); }),
              s("The prompt at character 1 is empty; say what the agent should fill in, as in "
                "{?order number}.\nThe } at character 9 has no opening brace; write }} for a "
                "brace in the text."));
    EXPECT_EQ(errorOf([&] { library.add(make("Thanks", "Again")); }),
              s("There is already a template called \"Thanks\"."));
    EXPECT_EQ(errorOf([&] { library.add(make("Myspace", "Hi", "myspace")); }),
              s("\"myspace\" is not a known network."));
    EXPECT_EQ(count(), 1);

    // The same name on another network is that network's variant, not a duplicate.
    EXPECT_EQ(errorOf([&] { library.add(make("Thanks", "Thx!", "x")); }), QString());
    EXPECT_EQ(errorOf([&] { library.add(make("Thanks", "Thx again", "x")); }),
              s("\"Thanks\" already has a variant for X."));
}

TEST_F(TemplateLibraryTest, UpdateChangesOneTemplateAndRefusesOneThatWasRemoved)
{
    TemplateLibrary library(db);
    ReplyTemplate t = make("Thanks", "Thank you!");
    t.id = library.add(t);
    library.add(make("Other", "Unchanged"));
    t.body = s("Thank you so much, {first_name|there}!");
    t.tone = s("Formal");
    library.update(t);
    const auto found = library.search(s("thanks"), {});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().body, t.body);
    EXPECT_EQ(found.front().tone, s("Formal"));
    EXPECT_EQ(library.search(s("other"), {}).front().body, s("Unchanged"));

    t.body = s("Broken {");
    EXPECT_TRUE(errorOf([&] { library.update(t); }).contains(s("is not closed")));
    EXPECT_EQ(library.search(s("thanks"), {}).front().body,
              s("Thank you so much, {first_name|there}!"));

    EXPECT_TRUE(library.remove(t.id));
    EXPECT_FALSE(library.remove(t.id));
    t.body = s("Back again");
    EXPECT_EQ(errorOf([&] { library.update(t); }),
              s("The template \"Thanks\" no longer exists; someone may have removed it."));
}

TEST_F(TemplateLibraryTest, ABrokenFileSaysWhichFileLineAndFieldAndInstallsNothing)
{
    TemplateLibrary library(db);
    const QString notJson =
        writeFile("not-json.json", "{\n  \"format\": \"earshot-templates\",\n"
                                   "  \"version\": 1\n  \"templates\": []\n}\n");
    EXPECT_TRUE(errorOf([&] {
                    library.installFromFile(notJson);
                }).startsWith(notJson + s(":4:13: not valid JSON")))
        << errorOf([&] { library.installFromFile(notJson); }).toStdString();

    // Outside JSON never ends the process: a number beyond double range names its place.
    const QString huge = writeFile("huge.json", "{\n  \"format\": \"earshot-templates\",\n"
                                                "  \"version\": 1e400,\n  \"templates\": []\n}\n");
    EXPECT_EQ(errorOf([&] { library.installFromFile(huge); }),
              huge + s(":3:14: the number 1e400 is too large to read"));

    const QString missingBody = writeFile("missing.json", R"({
  "format": "earshot-templates",
  "version": 1,
  "templates": [
    {"name": "Fine", "body": "Hello"},
    {
      "name": "No text",
      "tone": "Friendly"
    }
  ]
})");
    EXPECT_EQ(errorOf([&] { library.installFromFile(missingBody); }),
              missingBody + s(":6: templates[1].body: is missing"));

    const QString badVariant = writeFile("variant.json", R"({
  "format": "earshot-templates",
  "version": 1,
  "templates": [
    {
      "name": "Fine",
      "body": "Hello {first_name|there}",
      "variants": {
        "x": "Hi {first_name"
      }
    }
  ]
})");
    EXPECT_EQ(errorOf([&] { library.installFromFile(badVariant); }),
              badVariant
                  + s(":9: templates[0].variants.x: The { at character 4 is not closed; "
                      "close it with } or write {{ for a brace in the text."));

    const QString wrongFormat = writeFile("scenario.json", "{\"format\": \"earshot-scenario\"}");
    EXPECT_EQ(errorOf([&] { library.installFromFile(wrongFormat); }),
              wrongFormat + s(":1: format: must be \"earshot-templates\""));

    EXPECT_TRUE(errorOf([&] {
                    library.installFromFile(folder.path(s("nowhere.json")));
                }).startsWith(s("Cannot read template file ")));
    EXPECT_EQ(count(), 0);
}

TEST(TemplateLibraryDemo, ANewDemoWorkspaceComesWithTheStarterLibrary)
{
    TempFolder folder;
    const QString path = folder.path(s("demo.earshot"));
    DemoWorkspace::create(path, dataFile(s("small.scenario.json")),
                          QDateTime::currentMSecsSinceEpoch());
    Database db = Workspace::openForReading(path);
    const auto found = TemplateLibrary(db).search(s("refund"), s("x"));
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().name, s("Refund delayed"));
}
