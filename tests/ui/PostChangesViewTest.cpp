// SPDX-License-Identifier: Apache-2.0
// The conversation pane shows what became of a post after Earshot heard it, as plain text: an
// edited post's current text marked "edited" with its earlier texts on request, a deleted one
// with its mark and the text it had, and the person's profile as the network gave it. Changes are
// written the way the connectors' are (an ingest batch), into a real workspace.
#include "TestSupport.h"

#include "cases/CaseDetails.h"
#include "ingest/Ingestor.h"
#include "store/Workspace.h"
#include "views/ConversationView.h"
#include "views/PersonMenu.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString heardText = QStringLiteral("Where is my parcel?");
// An edit written to look like markup: it must show as the characters it is.
const QString hostileEdit =
    QStringLiteral("<b>Refund</b> me <img src=x onerror=alert(1)> <script>now()</script>");
const QString hostileBio = QStringLiteral("<h1>Big</h1> baker & <i>reviewer</i>");

class PostChangesViewTest : public ::testing::Test {
protected:
    PostChangesViewTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , writer(Workspace::openForWriting(path))
        , reader(Workspace::openForReading(path))
        , ingestor(writer)
    {
        Mention m = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), base);
        m.text = heardText;
        caseId = ingestor.ingest({{m}, {}, {}}).caseIds.front();
        view.resize(700, 800);
        view.show();
    }

    // What the ingest recorded: the cases whose posts changed.
    std::vector<std::int64_t> change(PostChange::Kind kind, const QString &text = {},
                                     std::int64_t editedAtMs = 0)
    {
        IngestBatch batch;
        batch.changes.push_back(
            {kind, QStringLiteral("mastodon"), QStringLiteral("m1"), text, editedAtMs});
        return ingestor.ingest(batch).changes.caseIds;
    }

    void show()
    {
        CaseQueries cases(reader);
        MentionQueries mentions(reader);
        const auto details = loadCaseDetails(reader, cases, mentions, caseId, base + 60'000);
        ASSERT_TRUE(details);
        view.showCase(*details);
    }

    QLabel *only(const char *name) const
    {
        const auto labels = view.findChildren<QLabel *>(QString::fromLatin1(name));
        return labels.size() == 1 ? labels.front() : nullptr;
    }

    QStringList timeline() const
    {
        QStringList texts;
        for (const QLabel *entry : view.findChildren<QLabel *>(QStringLiteral("timelineEntry")))
            texts.append(seen(entry->text()));
        return texts;
    }

    static constexpr std::int64_t base = 1'790'000'000'000;
    TempFolder folder;
    QString path;
    Database writer;
    Database reader;
    Ingestor ingestor;
    std::int64_t caseId = 0;
    ConversationView view;
};

} // namespace

TEST_F(PostChangesViewTest, AnEditedPostShowsItsTextNowAsPlainTextAndItsEarlierTextsOnRequest)
{
    show();
    EXPECT_EQ(only("postChangeMark"), nullptr) << "nothing happened to it yet";

    EXPECT_EQ(change(PostChange::Kind::Edited, hostileEdit, base + 30'000),
              std::vector<std::int64_t>{caseId});
    show();
    QLabel *text = only("mentionText");
    ASSERT_TRUE(text);
    EXPECT_EQ(seen(text->text()), hostileEdit);
    EXPECT_EQ(text->textFormat(), Qt::PlainText);
    QLabel *mark = only("postChangeMark");
    ASSERT_TRUE(mark);
    EXPECT_TRUE(seen(mark->text()).startsWith(QStringLiteral("edited on Mastodon at ")))
        << mark->text().toStdString();
    EXPECT_EQ(mark->textFormat(), Qt::PlainText);

    // The text it was heard with is there, hidden until asked for.
    auto *earlier = view.findChild<QWidget *>(QStringLiteral("earlierTexts"));
    ASSERT_TRUE(earlier);
    EXPECT_TRUE(earlier->isHidden());
    auto *button = view.findChild<QPushButton *>(QStringLiteral("earlierTextsButton"));
    ASSERT_TRUE(button);
    EXPECT_EQ(button->text(), QStringLiteral("Show earlier texts (1)"));
    button->click();
    EXPECT_FALSE(earlier->isHidden()) << "shown once asked for";
    QLabel *first = only("earlierText");
    ASSERT_TRUE(first);
    EXPECT_TRUE(seen(first->text()).endsWith(heardText)) << first->text().toStdString();
    EXPECT_EQ(first->textFormat(), Qt::PlainText);

    // An edit back to a text of its own: a second revision, both earlier texts listed.
    change(PostChange::Kind::Edited, QStringLiteral("Parcel found, thanks"), base + 40'000);
    EXPECT_TRUE(
        change(PostChange::Kind::Edited, QStringLiteral("Parcel found, thanks"), base + 40'000)
            .empty())
        << "the same edit told twice is one";
    show();
    EXPECT_EQ(seen(only("mentionText")->text()), QStringLiteral("Parcel found, thanks"));
    EXPECT_EQ(view.findChildren<QLabel *>(QStringLiteral("earlierText")).size(), 2);
    const QStringList events = timeline();
    EXPECT_EQ(events.filter(QStringLiteral("The author edited their post on the network")).size(),
              2)
        << events.join(u'|').toStdString();
}

TEST_F(PostChangesViewTest, ADeletedPostKeepsItsTextUnderAPlainMark)
{
    change(PostChange::Kind::Edited, hostileEdit, base + 30'000);
    change(PostChange::Kind::Deleted);
    show();
    QLabel *mark = only("postChangeMark");
    ASSERT_TRUE(mark);
    EXPECT_TRUE(seen(mark->text()).contains(QStringLiteral("deleted on Mastodon at ")))
        << mark->text().toStdString();
    EXPECT_TRUE(seen(mark->text()).endsWith(QStringLiteral("this is the text it had")));
    EXPECT_EQ(mark->textFormat(), Qt::PlainText);
    EXPECT_EQ(seen(only("mentionText")->text()), hostileEdit) << "the text it had is kept";
    EXPECT_EQ(timeline()
                  .filter(QStringLiteral(
                      "The post was deleted on the network; Earshot keeps what it said"))
                  .size(),
              1)
        << timeline().join(u'|').toStdString();
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM mentions"), 1);
    EXPECT_EQ(writer.queryInt("SELECT count(*) FROM mention_deletions"), 1);
}

TEST_F(PostChangesViewTest, TheProfileReadOnRequestShowsAsPlainTextAndTheMenuOffersIt)
{
    IngestBatch batch;
    ProfileUpdate profile;
    profile.platform = QStringLiteral("mastodon");
    profile.userId = QStringLiteral("u1");
    profile.name = QStringLiteral("User One");
    profile.bio = hostileBio;
    profile.followers = 4321;
    profile.verified = true;
    batch.profiles.push_back(profile);
    EXPECT_EQ(ingestor.ingest(batch).changes.profiles, 1);
    show();
    QLabel *shown = only("personProfile");
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_EQ(shown->textFormat(), Qt::PlainText);
    const QString text = seen(shown->text());
    EXPECT_TRUE(text.contains(QStringLiteral("verified"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("bio: ") + hostileBio)) << text.toStdString();
    EXPECT_TRUE(seen(only("personHandles")->text()).contains(QStringLiteral("followers")));

    QSignalSpy asked(view.personMenu(), &PersonMenu::refreshProfileRequested);
    auto *refresh = view.personMenu()->findChild<QAction *>(QStringLiteral("refreshProfile"));
    ASSERT_TRUE(refresh);
    refresh->trigger();
    EXPECT_EQ(asked.size(), 1);

    QSignalSpy load(&view, &ConversationView::loadConversationRequested);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("loadConversationButton"));
    ASSERT_TRUE(button);
    button->click();
    ASSERT_EQ(load.size(), 1);
    EXPECT_EQ(load.first().first().toLongLong(), caseId);
}

TEST_F(PostChangesViewTest, APostHeardThroughAListeningTermSaysWhichAsPlainText)
{
    show();
    EXPECT_EQ(only("listeningTermMark"), nullptr) << "a mention of the brand is no search hit";

    writer.exec("INSERT INTO listening_terms (id, term, platform, created_at) VALUES "
                "(3, '<b>fern</b> line', NULL, 0)");
    Mention hit = makeMention(QStringLiteral("m2"), QStringLiteral("u2"), base + 5'000);
    hit.text = QStringLiteral("the fern line boots are great");
    hit.listeningTermId = 3;
    caseId = ingestor.ingest({{hit}, {}, {}}).caseIds.front();
    show();
    QLabel *mark = only("listeningTermMark");
    ASSERT_TRUE(mark);
    EXPECT_EQ(seen(mark->text()),
              QStringLiteral("Heard through the listening term \u201c<b>fern</b> line\u201d"));
    EXPECT_EQ(mark->textFormat(), Qt::PlainText);
}
