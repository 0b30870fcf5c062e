// SPDX-License-Identifier: Apache-2.0
// A megabyte-long post: the conversation shows its start with "Show all", and the whole text in a
// view that lays out only what it paints (issue 14, item 3).
#include "TestSupport.h"

#include "cases/CaseDetails.h"
#include "ingest/Ingestor.h"
#include "store/Workspace.h"
#include "views/ConversationView.h"
#include "widgets/LongTextView.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>

using namespace earshot;
using namespace earshot::test;

namespace {

QString megabytePost()
{
    const QString sentence = QStringLiteral("Still waiting for the refund you promised. ");
    QString text;
    while (text.size() < 1'040'000)
        text += sentence;
    text.truncate(1'040'000);
    return text;
}

class LongPostTest : public ::testing::Test {
protected:
    LongPostTest()
        : path(folder.path(QStringLiteral("w.earshot")))
        , writer(Workspace::openForWriting(path))
        , reader(Workspace::openForReading(path))
    {
        view.resize(700, 800);
        view.show();
    }

    void showPost(const QString &text)
    {
        Mention m = makeMention(QStringLiteral("m1"), QStringLiteral("u1"), 1'790'000'000'000);
        m.text = text;
        const std::int64_t caseId = Ingestor(writer).ingest({{m}, {}, {}}).caseIds.front();
        show(caseId);
    }

    void show(std::int64_t caseId)
    {
        CaseQueries cases(reader);
        MentionQueries mentions(reader);
        const auto details =
            loadCaseDetails(reader, cases, mentions, caseId, QDateTime::currentMSecsSinceEpoch());
        ASSERT_TRUE(details);
        view.showCase(*details);
        currentCase = caseId;
    }

    QLabel *postLabel() const { return view.findChild<QLabel *>(QStringLiteral("mentionText")); }
    QPushButton *showAll() const
    {
        return view.findChild<QPushButton *>(QStringLiteral("showAllButton"));
    }
    LongTextView *wholeText() const { return view.findChild<LongTextView *>(); }

    TempFolder folder;
    QString path;
    Database writer;
    Database reader;
    ConversationView view;
    std::int64_t currentCase = 0;
};

TEST_F(LongPostTest, ShowsTheStartAndAButtonForTheRest)
{
    const QString post = megabytePost();
    showPost(post);
    QLabel *label = postLabel();
    ASSERT_TRUE(label);
    // What is laid out is the start only, cut where a word may end, and it says there is more.
    EXPECT_LE(label->text().size(), ConversationView::shortTextLength + 1);
    EXPECT_GT(label->text().size(), ConversationView::shortTextLength / 2);
    EXPECT_TRUE(post.startsWith(label->text().chopped(1)));
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("…")));
    ASSERT_TRUE(showAll());
    EXPECT_TRUE(showAll()->isVisible());
    EXPECT_EQ(
        showAll()->text(),
        QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(qlonglong(post.size()))));
    EXPECT_EQ(wholeText(), nullptr);
    // No other label of the pane holds the post either.
    for (const QLabel *any : view.findChildren<QLabel *>())
        EXPECT_LE(any->text().size(), ConversationView::shortTextLength + 200);
}

TEST_F(LongPostTest, ShowAllGivesTheWholeTextInParagraphsLaidOutWhenSeen)
{
    const QString post = megabytePost();
    showPost(post);
    ASSERT_TRUE(showAll());
    QTest::mouseClick(showAll(), Qt::LeftButton);
    LongTextView *whole = wholeText();
    ASSERT_TRUE(whole);
    EXPECT_TRUE(whole->isVisible());
    EXPECT_TRUE(whole->isReadOnly());
    // Every word is there; the long paragraph is broken at spaces, into paragraphs of which
    // only those painted are laid out.
    EXPECT_EQ(whole->toPlainText().replace(u'\n', u' '), post);
    const QTextDocument *document = whole->document();
    EXPECT_GT(document->blockCount(), 400);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        ASSERT_LE(block.length(), LongTextView::paragraphLength + 1);
    QTRY_VERIFY_WITH_TIMEOUT(postLabel() == nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(showAll() == nullptr, 5000);

    // A live update of the same case keeps it whole.
    show(currentCase);
    QTRY_VERIFY_WITH_TIMEOUT(wholeText() != nullptr && postLabel() == nullptr, 5000);
}

TEST_F(LongPostTest, TheCutNeverSplitsAnEmoji)
{
    // The limit falls between the two halves of a surrogate pair.
    const QString post = QString(ConversationView::shortTextLength - 1, QLatin1Char('a'))
                         + QStringLiteral("👍 and more") + QString(5000, QLatin1Char('b'));
    showPost(post);
    QLabel *label = postLabel();
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), QString(ConversationView::shortTextLength - 1, QLatin1Char('a'))
                                 + QStringLiteral("…"));
}

TEST_F(LongPostTest, AShortPostHasNoButton)
{
    showPost(QStringLiteral("Where is my refund?"));
    ASSERT_TRUE(postLabel());
    EXPECT_EQ(postLabel()->text(), QStringLiteral("Where is my refund?"));
    EXPECT_EQ(showAll(), nullptr);
}

TEST(LongTextViewTest, BreaksOnlyWhereASpaceWasOrBetweenGraphemes)
{
    const QString noSpaces = QString(4500, QLatin1Char('x'));
    const QString shown = LongTextView::displayedText(noSpaces);
    EXPECT_EQ(shown,
              noSpaces.left(2000) + u'\n' + noSpaces.mid(2000, 2000) + u'\n' + noSpaces.mid(4000));
    EXPECT_EQ(LongTextView::displayedText(QStringLiteral("line one\nline two")),
              QStringLiteral("line one\nline two"));
    EXPECT_EQ(LongTextView::displayedText(QStringLiteral("refund \u202egnp.exe\u202c please")),
              QStringLiteral("refund ⟨RLO⟩gnp.exe⟨PDF⟩ please"));
}

} // namespace
