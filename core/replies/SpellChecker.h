// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/ProseWords.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

struct Hunhandle;

namespace earshot {

class DictionaryEncoding;

// Spelling of a reply against a Hunspell dictionary, for the composer's underline and its
// right-click suggestions. Only prose is checked (see proseWords()): addresses, handles, tags,
// template placeholders, numbers, acronyms and emoji are never flagged.
//
// When the dictionary is missing or unreadable, problem() says which language and which folders
// were searched, and the checker flags nothing: an agent without a dictionary should see a
// notice, not a reply underlined from end to end.
//
// Not thread-safe: Hunspell keeps state between calls. Use one instance per thread; the composer
// checks on the GUI thread as the agent types.
class SpellChecker final {
public:
    // Where Debian, Ubuntu and Fedora install Hunspell dictionaries.
    static QStringList systemDictionaryFolders();

    // `language` is a dictionary name such as "en_US" or "de_DE"; the first folder with both
    // <language>.aff and <language>.dic wins.
    explicit SpellChecker(const QString &language,
                          const QStringList &folders = systemDictionaryFolders());
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    const QString &language() const { return m_language; }
    // Translated; empty when the dictionary was loaded.
    const QString &problem() const { return m_problem; }

    // The misspelled words of `text`, in order, with their place in it.
    QList<WordSpan> misspelledWords(const QString &text) const;
    // Replacements for `word`, best first, at most maxSuggestions.
    QStringList suggestions(const QString &word) const;
    static constexpr int maxSuggestions = 8;

    // The workspace's own words (brand and product names, "Fernline"); replaces the previous
    // list. Suggestions may offer them too.
    void setWorkspaceWords(const QStringList &words);
    // Accepts `word` until this checker is destroyed ("Add to dictionary", "Ignore").
    void addWord(const QString &word);

private:
    void load(const QStringList &folders);
    bool isAccepted(const QString &word) const;
    bool dictionaryKnows(const QString &word) const;
    void teach(const QString &word);
    void forget(const QString &word);

    QString m_language;
    QString m_problem;
    Hunhandle *m_handle = nullptr;
    std::unique_ptr<DictionaryEncoding> m_encoding;
    QSet<QString> m_workspaceWords;
    QSet<QString> m_sessionWords;
};

} // namespace earshot
