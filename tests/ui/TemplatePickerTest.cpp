// SPDX-License-Identifier: Apache-2.0
// The template picker as an agent uses it, from the keyboard, under the offscreen platform.
#include "TestSupport.h"

#include "dialogs/TemplatePicker.h"
#include "replies/TemplateSearch.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class TemplatePickerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        library = {
            {1,
             s("Refund on its way"),
             s("Friendly"),
             s("claim/refund"),
             {},
             s("Good news, {first_name|there}: your refund of {?refund amount} is on its way. "
               "{agent_signoff}")},
            {2, s("Refund on its way"), s("Friendly"), s("claim/refund"), s("x"),
             s("Refund of {?refund amount} sent! {agent_signoff}")},
            {3,
             s("Refund delayed"),
             s("Apologetic"),
             s("claim/refund"),
             {},
             s("Sorry {first_name|there}, your refund is late.")},
            {4,
             s("Thanks for the kind words"),
             s("Friendly"),
             s("praise"),
             {},
             s("Thank you, {first_name|there}! <b>{brand}</b> loves you.\nSecond line.")},
            {5,
             s("Outage"),
             s("Apologetic"),
             s("outage"),
             {},
             s("{?affected service} is down; we are on it.")}};
        open({{s("first_name"), s("Anna")}, {s("agent_signoff"), s("^Kim")}});
    }

    void open(const QHash<QString, QString> &variables, const QString &platform = {})
    {
        picker = std::make_unique<TemplatePicker>(
            [this, platform](const QString &words) {
                ++searches;
                return TemplateSearch::find(library, words, platform);
            },
            variables);
        picker->show();
        QApplication::setActiveWindow(picker.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(picker.get()));
    }

    QLineEdit *searchField() const { return picker->findChild<QLineEdit *>(s("templateSearch")); }
    QListWidget *list() const { return picker->findChild<QListWidget *>(s("templateList")); }
    QString preview() const
    {
        return picker->findChild<QPlainTextEdit *>(s("templatePreview"))->toPlainText();
    }
    QLabel *gaps() const { return picker->findChild<QLabel *>(s("templateGaps")); }
    QList<QLineEdit *> prompts() const
    {
        return picker->findChildren<QLineEdit *>(s("templatePrompt"));
    }
    QStringList rowTitles() const
    {
        QStringList titles;
        for (int i = 0; i < list()->count(); ++i)
            titles.append(list()->item(i)->text().section(u'\n', 0, 0));
        return titles;
    }

    std::vector<ReplyTemplate> library;
    std::unique_ptr<TemplatePicker> picker;
    int searches = 0;
};

} // namespace

TEST_F(TemplatePickerTest, TypingNarrowsTheListAndEnterWaitsForTheAnswerToThePrompt)
{
    EXPECT_EQ(QApplication::focusWidget(), searchField()); // type at once
    EXPECT_EQ(list()->count(), 4);

    QTest::keyClicks(searchField(), s("refund way"));
    ASSERT_EQ(list()->count(), 1);
    EXPECT_EQ(rowTitles(), QStringList{s("Refund on its way  ·  Friendly, claim/refund")});
    EXPECT_EQ(preview(), s("Good news, Anna: your refund of {?refund amount} is on its way. ^Kim"));
    EXPECT_TRUE(gaps()->isVisible());
    EXPECT_EQ(gaps()->text(), s("Still to fill in: refund amount"));

    QTest::keyClick(searchField(), Qt::Key_Return);
    EXPECT_TRUE(picker->isVisible()); // not accepted with a prompt unanswered
    ASSERT_EQ(prompts().size(), 1);
    EXPECT_EQ(QApplication::focusWidget(), prompts().front());

    QTest::keyClicks(QApplication::focusWidget(), s("24.90 EUR"));
    EXPECT_EQ(preview(), s("Good news, Anna: your refund of 24.90 EUR is on its way. ^Kim"));
    EXPECT_FALSE(gaps()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(picker->result(), QDialog::Accepted);
    EXPECT_EQ(picker->chosenText(),
              s("Good news, Anna: your refund of 24.90 EUR is on its way. ^Kim"));
}

TEST_F(TemplatePickerTest, ArrowsInTheSearchFieldMoveInTheListAndEnterTakesTheSelection)
{
    QTest::keyClicks(searchField(), s("refund"));
    EXPECT_EQ(rowTitles(), (QStringList{s("Refund delayed  ·  Apologetic, claim/refund"),
                                        s("Refund on its way  ·  Friendly, claim/refund")}));
    EXPECT_EQ(list()->currentRow(), 0);
    QTest::keyClick(searchField(), Qt::Key_Down);
    EXPECT_EQ(list()->currentRow(), 1);
    EXPECT_EQ(QApplication::focusWidget(), searchField());
    QTest::keyClick(searchField(), Qt::Key_Up);
    EXPECT_EQ(list()->currentRow(), 0);
    EXPECT_EQ(searchField()->text(), s("refund")); // the arrows did not move the text cursor away

    QTest::keyClick(searchField(), Qt::Key_Return);
    EXPECT_EQ(picker->result(), QDialog::Accepted);
    EXPECT_EQ(picker->chosenText(), s("Sorry Anna, your refund is late."));
}

TEST_F(TemplatePickerTest, EscapeCancelsAndChoosesNothing)
{
    QTest::keyClicks(searchField(), s("outage"));
    QTest::keyClick(searchField(), Qt::Key_Escape);
    EXPECT_EQ(picker->result(), QDialog::Rejected);
    EXPECT_FALSE(picker->isVisible());
    EXPECT_EQ(picker->chosenText(), QString());
}

TEST_F(TemplatePickerTest, MissingVariablesAreMarkedAndNamedAndMarkupIsShownAsWritten)
{
    QTest::keyClicks(searchField(), s("kind words"));
    ASSERT_EQ(list()->count(), 1);
    // The list shows the first line of the text; nothing is rendered as markup.
    EXPECT_EQ(list()->item(0)->text().section(u'\n', 1),
              s("Thank you, {first_name|there}! <b>{brand}</b> loves you."));
    EXPECT_EQ(preview(), s("Thank you, Anna! <b>{brand}</b> loves you.\nSecond line."));
    EXPECT_EQ(gaps()->text(), s("Not known for this case, left as written: brand"));
    EXPECT_EQ(gaps()->textFormat(), Qt::PlainText);

    // The unknown variable is marked where it stands; the text around it is not.
    QTextDocument *document = picker->findChild<QPlainTextEdit *>(s("templatePreview"))->document();
    const int at = int(preview().indexOf(s("{brand}")));
    QTextCursor cursor(document);
    cursor.setPosition(at + 1);
    EXPECT_TRUE(cursor.charFormat().fontUnderline());
    EXPECT_EQ(cursor.charFormat().fontWeight(), QFont::Bold);
    cursor.setPosition(at - 3);
    EXPECT_FALSE(cursor.charFormat().fontUnderline());
}

TEST_F(TemplatePickerTest, ShowsTheVariantOfTheCasesNetworkAndAnswersFollowTheAgent)
{
    open({{s("agent_signoff"), s("^Kim")}}, s("x"));
    QTest::keyClicks(searchField(), s("on its way"));
    ASSERT_EQ(list()->count(), 1);
    EXPECT_EQ(rowTitles(), QStringList{s("Refund on its way  ·  Friendly, claim/refund, X")});
    EXPECT_EQ(preview(), s("Refund of {?refund amount} sent! ^Kim"));

    // An answer typed for one template is still there after looking at another one.
    QTest::keyClicks(prompts().front(), s("10 EUR"));
    searchField()->clear();
    QTest::keyClicks(searchField(), s("refund"));
    list()->setCurrentRow(
        rowTitles().indexOf(s("Refund on its way  ·  Friendly, claim/refund, X")));
    ASSERT_EQ(prompts().size(), 1);
    EXPECT_EQ(prompts().front()->text(), s("10 EUR"));
    EXPECT_EQ(preview(), s("Refund of 10 EUR sent! ^Kim"));
}

TEST_F(TemplatePickerTest, NoMatchSaysSoAndEnterDoesNotCloseTheDialog)
{
    QTest::keyClicks(searchField(), s("zebra"));
    EXPECT_EQ(list()->count(), 0);
    EXPECT_EQ(preview(), QString());
    const auto labels = picker->findChildren<QLabel *>();
    const bool saysSo = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() && label->text() == s("No template contains all of these words.");
    });
    EXPECT_TRUE(saysSo);
    QTest::keyClick(searchField(), Qt::Key_Return);
    EXPECT_TRUE(picker->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), searchField());
}
