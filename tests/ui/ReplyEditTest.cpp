// SPDX-License-Identifier: Apache-2.0
// The reply composer's text field as an agent uses it, under the offscreen platform.
#include "TestSupport.h"

#include "widgets/ReplyEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

// Qt lists readable in GoogleTest failure messages.
std::string shown(const QStringList &list)
{
    return list.join(u" | ").toStdString();
}

// The words of the first paragraph drawn with the spell-check underline, as a person sees them.
QStringList underlinedWords(const ReplyEdit &edit)
{
    const QTextBlock block = edit.document()->firstBlock();
    QStringList words;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words.append(block.text().mid(range.start, range.length));
    }
    return words;
}

// What a menu item says, without the shortcut Qt appends after a tab.
QString labelOf(const QAction *action)
{
    return action->text().section(u'\t', 0, 0);
}

// Types `text` key by key. QTest::keyClicks knows only ASCII; emoji and umlauts arrive as
// the text of a key event, as from an input method or a German keyboard.
void type(QWidget *widget, const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, one);
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, one);
        QApplication::sendEvent(widget, &release);
    }
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->isSeparator() ? u"--"_s : labelOf(action));
    return texts;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (labelOf(action) == text)
            return action;
    }
    return nullptr;
}

class ReplyEditTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        edit.resize(400, 200);
        edit.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
        ASSERT_EQ(edit.spellCheckProblem(), QString()) << edit.spellCheckProblem().toStdString();
    }

    // Right-clicks the middle of the character at `position`, the way a mouse would, and
    // returns the menu that pops up.
    QMenu *rightClick(int position)
    {
        QTextCursor cursor(edit.document());
        cursor.setPosition(position);
        const QPoint at = edit.cursorRect(cursor).center() + QPoint(2, 0);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, edit.viewport()->mapToGlobal(at));
        QApplication::sendEvent(edit.viewport(), &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }

    ReplyEdit edit;
};

} // namespace

TEST_F(ReplyEditTest, AMisspelledWordIsUnderlinedAsItIsTyped)
{
    QTest::keyClicks(&edit, u"We recieve your order"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"recieve"_s});

    const QTextLayout::FormatRange range = edit.document()->firstBlock().layout()->formats().at(0);
    EXPECT_EQ(range.start, 3);
    EXPECT_EQ(range.format.underlineColor(), QColor(Qt::red));

    // Fixing the word by hand removes the underline: "rec|ieve" becomes "receive".
    QTest::keyClick(&edit, Qt::Key_Home);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(&edit, Qt::Key_Right);
    QTest::keyClick(&edit, Qt::Key_Delete);
    QTest::keyClick(&edit, Qt::Key_Delete);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"recve"_s});
    QTest::keyClicks(&edit, u"ei"_s);
    EXPECT_EQ(edit.toPlainText(), u"We receive your order"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList());
}

TEST_F(ReplyEditTest, TheContextMenuOffersTheFixFirstAndUndoRestoresTheWord)
{
    // The emoji takes two UTF-16 units: the menu must still find the word under the pointer.
    type(&edit, u"🙂 We recieve it"_s);
    QMenu *menu = rightClick(8);
    ASSERT_NE(menu, nullptr);
    const QStringList texts = actionTexts(menu);
    ASSERT_FALSE(texts.isEmpty());
    EXPECT_EQ(texts.first(), u"receive"_s) << shown(texts);
    EXPECT_NE(actionNamed(menu, u"Add to dictionary"_s), nullptr) << shown(texts);
    EXPECT_NE(actionNamed(menu, u"Ignore"_s), nullptr) << shown(texts);
    // The usual edit actions follow, after the spelling ones.
    EXPECT_GT(texts.indexOf(u"Select All"_s), texts.indexOf(u"Ignore"_s)) << shown(texts);

    menu->actions().first()->trigger();
    menu->close();
    EXPECT_EQ(edit.toPlainText(), u"🙂 We receive it"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList());

    edit.undo();
    EXPECT_EQ(edit.toPlainText(), u"🙂 We recieve it"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"recieve"_s});
}

TEST_F(ReplyEditTest, ACorrectWordGetsOnlyTheUsualMenu)
{
    QTest::keyClicks(&edit, u"Thanks"_s);
    QMenu *menu = rightClick(2);
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(actionNamed(menu, u"Add to dictionary"_s), nullptr) << shown(actionTexts(menu));
    EXPECT_NE(actionNamed(menu, u"Select All"_s), nullptr) << shown(actionTexts(menu));
    menu->close();
}

TEST_F(ReplyEditTest, AddToDictionaryAcceptsTheWordAndTellsTheWorkspace)
{
    QSignalSpy added(&edit, &ReplyEdit::wordAddedToDictionary);
    QTest::keyClicks(&edit, u"Glowdeck and Fernline"_s);
    EXPECT_EQ(underlinedWords(edit), (QStringList{u"Glowdeck"_s, u"Fernline"_s}));

    QMenu *menu = rightClick(3);
    ASSERT_NE(menu, nullptr);
    actionNamed(menu, u"Add to dictionary"_s)->trigger();
    menu->close();
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.at(0).at(0).toString(), u"Glowdeck"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"Fernline"_s});

    // The workspace's own list, and both kept when the agent switches language.
    edit.setWorkspaceWords({u"Fernline"_s});
    EXPECT_EQ(underlinedWords(edit), QStringList());
    edit.setSpellLanguage(u"de_DE"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"and"_s});
}

TEST_F(ReplyEditTest, SwitchingToGermanChecksGerman)
{
    type(&edit, u"Vielen Dank für Ihre Geduld"_s);
    EXPECT_FALSE(underlinedWords(edit).isEmpty());
    edit.setSpellLanguage(u"de_DE"_s);
    EXPECT_EQ(edit.spellLanguage(), u"de_DE"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList());
    type(&edit, u" und die Verzögerng"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList{u"Verzögerng"_s});
}

TEST_F(ReplyEditTest, AMissingDictionaryIsReportedAndNothingIsUnderlined)
{
    test::TempFolder folder;
    edit.setSpellLanguage(u"fr_FR"_s, {folder.path({})});
    EXPECT_TRUE(edit.spellCheckProblem().contains(u"fr_FR"_s))
        << edit.spellCheckProblem().toStdString();
    QTest::keyClicks(&edit, u"zqxwv qwzxv"_s);
    EXPECT_EQ(underlinedWords(edit), QStringList());
}

TEST_F(ReplyEditTest, PastedHtmlArrivesAsPlainText)
{
    // A copy from a web page that offers only HTML, with markup, a script and an image.
    auto *htmlOnly = new QMimeData;
    htmlOnly->setHtml(u"<p><b>Hello</b> <a href=\"https://x.example\">there</a>"
                      "<script>alert(1)</script><img src=\"x.png\"></p>"_s);
    QApplication::clipboard()->setMimeData(htmlOnly);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(edit.toPlainText(), u"Hello there"_s);

    // When the copy also has plain text, that is what the agent meant to paste.
    edit.clear();
    auto *both = new QMimeData;
    both->setHtml(u"<i>ignored</i>"_s);
    both->setText(u"<b>as typed</b>"_s);
    QApplication::clipboard()->setMimeData(both);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(edit.toPlainText(), u"<b>as typed</b>"_s);
}
