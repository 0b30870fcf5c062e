// SPDX-License-Identifier: Apache-2.0
// The conversation pane on a real workspace: our replies among the customer's messages, the
// timeline, and links that open only after the reader saw where they lead.
#include "TestSupport.h"

#include "cases/CaseCommands.h"
#include "cases/CaseDetails.h"
#include "dialogs/OpenLinkDialog.h"
#include "ingest/Ingestor.h"
#include "replies/Outbox.h"
#include "store/Workspace.h"
#include "views/CaseActionBar.h"
#include "views/ConversationView.h"
#include "views/TriagePanel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using namespace earshot;
using namespace earshot::test;

namespace {

const QString hostilePost =
    QStringLiteral("See <a href=\"http://evil\">x</a> and https://fernline.example/help.");

class ConversationViewTest : public ::testing::Test {
protected:
    ConversationViewTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , writer(Workspace::openForWriting(path))
        , reader(Workspace::openForReading(path))
        , commands(writer)
    {
        writer.exec(
            "INSERT INTO agents (key, name, created_at) VALUES ('a-mira', 'Mira Olsen', 0)");
        Mention m = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), base);
        m.text = hostilePost;
        caseId = Ingestor(writer).ingest({{m}, {}, {}}).caseIds.front();
        previousOpener = OpenLinkDialog::setOpener([this](const QUrl &url) { opened.append(url); });
        view.resize(700, 800);
        view.show();
    }

    ~ConversationViewTest() override { OpenLinkDialog::setOpener(previousOpener); }

    void show()
    {
        CaseQueries cases(reader);
        MentionQueries mentions(reader);
        const auto details =
            loadCaseDetails(reader, cases, mentions, caseId, QDateTime::currentMSecsSinceEpoch());
        ASSERT_TRUE(details);
        view.showCase(*details);
    }

    CommandOutcome run(CaseCommand command)
    {
        command.caseId = caseId;
        command.agentId = 1;
        command.seenVersion = writer.queryInt(
            QByteArray("SELECT version FROM cases WHERE id = " + QByteArray::number(caseId))
                .constData());
        const CommandOutcome outcome = commands.execute(command);
        EXPECT_TRUE(outcome.ok) << outcome.error.toStdString();
        return outcome;
    }

    std::int64_t reply(const QString &text, bool isPrivate = false)
    {
        CaseCommand c;
        c.kind = CaseCommand::Kind::Reply;
        c.text = text;
        c.isPrivate = isPrivate;
        return run(c).outboxId;
    }

    QStringList texts(const char *objectName) const
    {
        QStringList result;
        for (const QLabel *label : view.findChildren<QLabel *>(QString::fromLatin1(objectName)))
            result.append(seen(label->text()));
        return result;
    }

    QLabel *postLabel() const
    {
        const auto labels = view.findChildren<QLabel *>(QStringLiteral("mentionText"));
        return labels.size() == 1 ? labels.front() : nullptr;
    }

    // Activates the post's link the way a keyboard user would: Tab to it, then Enter.
    void activateLink()
    {
        QLabel *label = postLabel();
        ASSERT_TRUE(label);
        label->setFocus();
        QTest::keyClick(label, Qt::Key_Tab);
        QTest::keyClick(label, Qt::Key_Return);
    }

    static constexpr std::int64_t base = 1'790'000'000'000;
    TempFolder folder;
    QString path;
    Database writer;
    Database reader;
    CaseCommands commands;
    std::int64_t caseId = 0;
    ConversationView view;
    QList<QUrl> opened;
    OpenLinkDialog::Opener previousOpener;
};

// What a person sees of a rich-text label, and where its links lead.
std::pair<QString, QStringList> readRichText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList hrefs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                hrefs.append(it.fragment().charFormat().anchorHref());
        }
    }
    return {document.toPlainText(), hrefs};
}

} // namespace

TEST_F(ConversationViewTest, OurReplyShowsAfterTheMessageWithItsStateAndFollowsIt)
{
    const std::int64_t sent = reply(QStringLiteral("Sorry about that, <b>Anna</b>."));
    show();
    EXPECT_EQ(texts("replyText"), QStringList{QStringLiteral("Sorry about that, <b>Anna</b>.")});
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("replyText"))->textFormat(), Qt::PlainText);
    EXPECT_EQ(texts("replyState"), QStringList{QStringLiteral("Queued")});
    const QStringList headers = texts("replyHeader");
    ASSERT_EQ(headers.size(), 1);
    EXPECT_TRUE(headers[0].startsWith(QStringLiteral("Our reply by Mira Olsen")))
        << headers[0].toStdString();
    EXPECT_TRUE(headers[0].endsWith(QStringLiteral("public"))) << headers[0].toStdString();
    // The reply came after the customer's message, so it is below it.
    QLabel *post = postLabel();
    ASSERT_TRUE(post);
    QLabel *ours = view.findChild<QLabel *>(QStringLiteral("replyText"));
    EXPECT_GT(ours->mapTo(&view, QPoint()).y(), post->mapTo(&view, QPoint()).y());

    Outbox outbox(writer);
    outbox.markSending(sent);
    show();
    EXPECT_EQ(texts("replyState"), QStringList{QStringLiteral("Sending…")});
    outbox.markSent(sent, QStringLiteral("post-9"));
    const std::int64_t failed = reply(QStringLiteral("A private word"), true);
    outbox.markFailed(failed, QStringLiteral("the network said 429"));
    show();
    EXPECT_EQ(texts("replyState"), QStringList({QStringLiteral("Sent"),
                                                QStringLiteral("Failed: the network said 429")}));
    EXPECT_TRUE(texts("replyHeader").at(1).endsWith(QStringLiteral("private message")));
}

TEST_F(ConversationViewTest, TheTimelineListsEveryEventWithWhoDidIt)
{
    CaseCommand assign;
    assign.kind = CaseCommand::Kind::Assign;
    assign.assigneeId = 1;
    run(assign);
    CaseCommand note;
    note.kind = CaseCommand::Kind::AddNote;
    note.text = QStringLiteral("Refund is <i>on its way</i>");
    run(note);
    show();
    auto *timeline = view.findChild<QWidget *>(QStringLiteral("caseTimeline"));
    ASSERT_TRUE(timeline);
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("caseTabs"));
    EXPECT_EQ(tabs->tabText(tabs->indexOf(timeline)), QStringLiteral("Timeline (4)"));
    const auto entries = timeline->findChildren<QLabel *>(QStringLiteral("timelineEntry"));
    ASSERT_EQ(entries.size(), 4);
    EXPECT_TRUE(seen(entries[0]->text()).endsWith(QStringLiteral("Earshot\nCase opened")));
    EXPECT_TRUE(
        seen(entries[1]->text()).endsWith(QStringLiteral("Mira Olsen\nAssigned to Mira Olsen")));
    EXPECT_TRUE(
        seen(entries[2]->text()).endsWith(QStringLiteral("Mira Olsen\nStatus: New → Open")));
    EXPECT_TRUE(seen(entries[3]->text())
                    .endsWith(QStringLiteral("Mira Olsen\nNote: Refund is <i>on its way</i>")))
        << entries[3]->text().toStdString();
    for (const QLabel *entry : entries)
        EXPECT_EQ(entry->textFormat(), Qt::PlainText);
}

TEST_F(ConversationViewTest, OnlyTheRealAddressInAPostBecomesALink)
{
    show();
    QLabel *post = postLabel();
    ASSERT_TRUE(post);
    const auto [seen, hrefs] = readRichText(post->text());
    EXPECT_EQ(seen, hostilePost);
    EXPECT_EQ(hrefs, QStringList{QStringLiteral("https://fernline.example/help")});
    EXPECT_FALSE(post->openExternalLinks());
}

TEST_F(ConversationViewTest, ALinkAsksWithTheRealAddressAndOpensOnlyWhenAccepted)
{
    show();
    activateLink();
    auto *dialog = view.findChild<OpenLinkDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    const QString message = dialog->findChild<QLabel *>(QStringLiteral("linkMessage"))->text();
    EXPECT_TRUE(message.contains(QStringLiteral("https://<b>fernline.example</b>/help")))
        << message.toStdString();
    EXPECT_TRUE(opened.isEmpty());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openLinkButton")),
                      Qt::LeftButton);
    EXPECT_EQ(opened, QList<QUrl>{QUrl(QStringLiteral("https://fernline.example/help"))});
}

TEST_F(ConversationViewTest, EnterInTheQuestionOpensNothing)
{
    show();
    activateLink();
    auto *dialog = view.findChild<OpenLinkDialog *>();
    ASSERT_TRUE(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(opened.isEmpty());
}

TEST(OpenLinkDialogTest, ShowsWhereALinkReallyLeads)
{
    // A look-alike name in Cyrillic: the question names its punycode.
    const LinkPreview idn = OpenLinkDialog::preview(QStringLiteral("https://раураl.com/login"),
                                                    QStringLiteral("https://раураl.com/login"));
    EXPECT_TRUE(idn.openable);
    EXPECT_TRUE(idn.host.startsWith(QStringLiteral("xn--"))) << idn.host.toStdString();
    EXPECT_EQ(idn.url.host(QUrl::EncodeUnicode), idn.host);
    ASSERT_EQ(idn.warnings.size(), 1);
    EXPECT_TRUE(idn.warnings[0].contains(idn.host));

    // The name before "@" is only a user name.
    const LinkPreview userInfo =
        OpenLinkDialog::preview(QStringLiteral("https://fernline.example@evil.example/"),
                                QStringLiteral("https://fernline.example@evil.example/"));
    EXPECT_EQ(userInfo.host, QStringLiteral("evil.example"));
    EXPECT_TRUE(
        OpenLinkDialog::messageHtml(userInfo).contains(QStringLiteral("<b>evil.example</b>")));
    EXPECT_EQ(userInfo.warnings.size(), 1);

    // Text that names one place and leads to another.
    const LinkPreview differs = OpenLinkDialog::preview(
        QStringLiteral("https://fernline.example/help"), QStringLiteral("https://evil.example/"));
    EXPECT_EQ(differs.warnings,
              QStringList{QStringLiteral("The text of this link differs from the address it "
                                         "leads to.")});

    // Markup in the address is shown encoded, never rendered.
    const LinkPreview markup =
        OpenLinkDialog::preview(QStringLiteral("https://fernline.example/?q=<img src=x>"),
                                QStringLiteral("https://fernline.example/?q=<img src=x>"));
    const QString html = OpenLinkDialog::messageHtml(markup);
    EXPECT_FALSE(html.contains(QStringLiteral("<img"))) << html.toStdString();
    EXPECT_TRUE(markup.warnings.isEmpty()) << markup.warnings.join(u'\n').toStdString();
}

TEST(OpenLinkDialogTest, OnlyWebAddressesCanBeOpened)
{
    OpenLinkDialog dialog(QStringLiteral("javascript:alert(1)"),
                          QStringLiteral("javascript:alert(1)"));
    EXPECT_FALSE(dialog.linkPreview().openable);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("openLinkButton")));
    QList<QUrl> opened;
    const auto previous = OpenLinkDialog::setOpener([&](const QUrl &url) { opened.append(url); });
    dialog.accept();
    OpenLinkDialog::setOpener(previous);
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(ConversationViewTest, TheTriagePanelSaysWhatWasReadAndWhyThePriority)
{
    // The customer writes again with a legal threat: the risk stays with the case, the priority
    // rises, and the panel names both, with the words that decided them, as plain text.
    Mention threat = makeMention(QStringLiteral("m2"), QStringLiteral("u1"), base + 60'000);
    threat.inReplyTo = QStringLiteral("m1");
    threat.text = QStringLiteral("<b>Still</b> no refund. My lawyer will hear about this.");
    Ingestor(writer).ingest({{threat}, {}, {}});
    show();
    const QString reading = texts("caseReading").join(u'\n');
    EXPECT_TRUE(reading.contains(QStringLiteral("Legal threat"))) << reading.toStdString();
    const QString priority = texts("casePriority").join(u'\n');
    EXPECT_TRUE(priority.startsWith(QStringLiteral("Why priority"))) << priority.toStdString();
    EXPECT_TRUE(priority.contains(QStringLiteral("Legal threat +25"))) << priority.toStdString();
    const QString cues = texts("caseCues").join(u'\n');
    EXPECT_TRUE(cues.contains(QStringLiteral("lawyer"))) << cues.toStdString();
    // Which message decided what: the legal threat came with the second one, as written.
    const QString sources = texts("caseSources").join(u'\n');
    EXPECT_TRUE(sources.startsWith(QStringLiteral("Decided by:"))) << sources.toStdString();
    EXPECT_TRUE(sources.contains(QStringLiteral("Legal threat: the message of")))
        << sources.toStdString();
    EXPECT_TRUE(sources.contains(QStringLiteral("<b>Still</b> no refund")))
        << sources.toStdString();
    for (const char *name : {"caseReading", "casePriority", "caseCues", "caseSources"}) {
        const auto *label = view.findChild<QLabel *>(QString::fromLatin1(name));
        ASSERT_NE(label, nullptr);
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << name;
    }
}

TEST_F(ConversationViewTest, TheTriagePanelSaysWhenACaseIsForALead)
{
    show();
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("caseForLead"))->isHidden());
    // A scam posing as the brand, which the team leaves to a lead by default.
    Mention scam = makeMention(QStringLiteral("m2"), QStringLiteral("u1"), base + 60'000);
    scam.inReplyTo = QStringLiteral("m1");
    scam.text = QStringLiteral("Outage compensation is LIVE, claim in 2 minutes → refunds.example");
    Ingestor(writer).ingest({{scam}, {}, {}});
    show();
    const auto *lead = view.findChild<QLabel *>(QStringLiteral("caseForLead"));
    ASSERT_NE(lead, nullptr);
    EXPECT_FALSE(lead->isHidden());
    EXPECT_EQ(lead->text(), QStringLiteral("For a lead (Scam posing as us): \"Take the next "
                                           "case\" hands it to leads and admins only."));
    EXPECT_EQ(lead->textFormat(), Qt::PlainText);
}

TEST(TriagePanelTest, EachCueIsQuotedOnce)
{
    // The category leaned on the sentiment's words: they are not listed a second time.
    MentionReading reading;
    reading.language = {QStringLiteral("en"), 0.9};
    reading.sentiment.cues = {QStringLiteral("WORST"), QStringLiteral("still waiting")};
    reading.category.cues = {QStringLiteral("refund"), QStringLiteral("WORST")};
    const QString text = seen(TriagePanel::cuesText(reading));
    EXPECT_EQ(text.count(QStringLiteral("WORST")), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("category “refund”"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("still waiting"))) << text.toStdString();
}

// A risk raised by any message stays until an agent clears it: the action bar lists the case's
// risks and asks to clear the one chosen; a case without risks offers none.
TEST(CaseActionBarTest, ClearsTheRiskChosen)
{
    CaseActionBar bar;
    QList<CaseCommand> asked;
    QObject::connect(&bar, &CaseActionBar::commandRequested,
                     [&asked](const CaseCommand &command) { asked.append(command); });
    CaseRow row;
    row.id = 7;
    row.risks = riskFlag(Risk::Churn) | riskFlag(Risk::LegalThreat);
    bar.setCase(row, {});
    auto *button = bar.findChild<QToolButton *>(QStringLiteral("clearRiskButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_EQ(button->menu()->actions().size(), 2);
    auto *churn = bar.findChild<QAction *>(QStringLiteral("clearRisk-churn"));
    ASSERT_NE(churn, nullptr);
    EXPECT_EQ(churn->text(), QStringLiteral("Churn risk"));
    churn->trigger();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0].kind, CaseCommand::Kind::Correct);
    EXPECT_EQ(asked[0].field, QStringLiteral("risk"));
    EXPECT_EQ(asked[0].value, QStringLiteral("churn"));

    row.risks = 0;
    bar.setCase(row, {});
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->menu()->actions().isEmpty());
}
