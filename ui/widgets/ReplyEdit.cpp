// SPDX-License-Identifier: Apache-2.0
#include "widgets/ReplyEdit.h"

#include "widgets/SpellHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// What a person reads in a piece of HTML: its text, without markup, images or scripts.
QString plainTextOfHtml(const QString &html)
{
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.remove(QChar::ObjectReplacementCharacter); // where images were
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    return text;
}

} // namespace

ReplyEdit::ReplyEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SpellHighlighter(document()))
{
    setSpellLanguage(u"en_US"_s);
}

ReplyEdit::~ReplyEdit() = default;

void ReplyEdit::setSpellLanguage(const QString &language, const QStringList &dictionaryFolders)
{
    auto spellChecker = std::make_unique<SpellChecker>(language, dictionaryFolders);
    spellChecker->setWorkspaceWords(m_workspaceWords);
    for (const QString &word : std::as_const(m_acceptedWords))
        spellChecker->addWord(word);
    m_highlighter->setSpellChecker(std::move(spellChecker));
}

QString ReplyEdit::spellLanguage() const
{
    return checker()->language();
}

QString ReplyEdit::spellCheckProblem() const
{
    return checker() ? checker()->problem() : QString();
}

void ReplyEdit::setWorkspaceWords(const QStringList &words)
{
    m_workspaceWords = words;
    m_highlighter->spellChecker()->setWorkspaceWords(words);
    m_highlighter->rehighlight();
}

const SpellChecker *ReplyEdit::checker() const
{
    return m_highlighter->spellChecker();
}

void ReplyEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes it
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ReplyEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key) the word is the one at the text cursor, not under the
    // mouse pointer wherever it happens to rest.
    const bool fromKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QTextCursor at = fromKeyboard ? textCursor() : cursorForPosition(event->pos());
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addSpellingActions(menu, at);
    // popup(), not exec(): no nested event loop while the menu is open.
    menu->popup(fromKeyboard ? viewport()->mapToGlobal(cursorRect().bottomRight())
                             : event->globalPos());
}

void ReplyEdit::addSpellingActions(QMenu *menu, const QTextCursor &at)
{
    const QTextBlock block = at.block();
    const int inBlock = at.position() - block.position();
    for (const WordSpan &span : checker()->misspelledWords(block.text())) {
        // The caret may sit just after the word's last letter when the click hit its right half.
        if (inBlock < span.start || inBlock > span.start + span.length)
            continue;
        QAction *first = menu->actions().value(0);
        const int position = block.position() + int(span.start);
        const QString word = span.word;
        const QStringList suggestions = checker()->suggestions(word);
        for (const QString &suggestion : suggestions) {
            // A literal & in a suggestion would otherwise become a keyboard accelerator.
            QString label = suggestion;
            auto *action = new QAction(label.replace(u'&', u"&&"_s), menu);
            connect(action, &QAction::triggered, this, [this, position, word, suggestion] {
                replaceWord(position, word, suggestion);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        menu->insertSeparator(first);
        auto *add = new QAction(tr("Add to dictionary"), menu);
        connect(add, &QAction::triggered, this, [this, word] {
            acceptWord(word);
            Q_EMIT wordAddedToDictionary(word);
        });
        menu->insertAction(first, add);
        auto *ignore = new QAction(tr("Ignore"), menu);
        connect(ignore, &QAction::triggered, this, [this, word] { acceptWord(word); });
        menu->insertAction(first, ignore);
        menu->insertSeparator(first);
        return;
    }
}

void ReplyEdit::replaceWord(int position, const QString &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + int(word.size()), QTextCursor::KeepAnchor);
    // The draft may have changed while the menu was open; never replace other text.
    if (cursor.selectedText() != word)
        return;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void ReplyEdit::acceptWord(const QString &word)
{
    m_acceptedWords.append(word);
    m_highlighter->spellChecker()->addWord(word);
    m_highlighter->rehighlight();
}

bool ReplyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ReplyEdit::insertFromMimeData(const QMimeData *source)
{
    // QPlainTextEdit takes only text/plain, so a copy that offers nothing but text/html (some
    // web pages and mail clients) would paste nothing at all. Its text is taken, never markup.
    if (!source->hasText() && source->hasHtml()) {
        insertPlainText(plainTextOfHtml(source->html()));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace earshot
