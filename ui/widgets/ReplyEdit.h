// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/SpellChecker.h"

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QMenu;

namespace earshot {

class SpellHighlighter;

// The text field of the reply composer. Replies are plain text on every network, so whatever
// is pasted or dropped arrives as plain text, HTML included. Misspelled words are underlined;
// right-clicking one offers the dictionary's suggestions first (choosing one replaces the word
// in a single undo step), then "Add to dictionary" and "Ignore", then the usual edit actions.
class ReplyEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyEdit)

public:
    // Checks English (en_US) until setSpellLanguage() says otherwise.
    explicit ReplyEdit(QWidget *parent = nullptr);
    ~ReplyEdit() override;

    // Switches the dictionary, for a reply written in another language ("de_DE"). The words
    // added or ignored so far stay accepted.
    void setSpellLanguage(const QString &language, const QStringList &dictionaryFolders =
                                                       SpellChecker::systemDictionaryFolders());
    QString spellLanguage() const;
    // Why spelling is not being checked (no dictionary for the language), translated; empty
    // while it is.
    QString spellCheckProblem() const;

    // The workspace's own words (brand and product names), never underlined.
    void setWorkspaceWords(const QStringList &words);
    // While this completer's list is open, Enter, Tab and Escape choose from it (its popup
    // hands every key to the editor first, past event filters).
    void setCompleter(QCompleter *completer) { m_completer = completer; }

Q_SIGNALS:
    // The agent chose "Add to dictionary": the workspace should keep the word for everyone.
    void wordAddedToDictionary(const QString &word);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void addSpellingActions(QMenu *menu, const QTextCursor &at);
    void replaceWord(int position, const QString &word, const QString &replacement);
    void acceptWord(const QString &word);
    const SpellChecker *checker() const;

    SpellHighlighter *m_highlighter;
    QCompleter *m_completer = nullptr;
    QStringList m_workspaceWords;
    QStringList m_acceptedWords; // added or ignored in this session
};

} // namespace earshot
