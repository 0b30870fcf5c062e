// SPDX-License-Identifier: Apache-2.0
#include "replies/SpellChecker.h"

#include "Tr.h"
#include "replies/DictionaryEncoding.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <hunspell/hunspell.h>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar typographicApostrophe = u'\u2019';

// Hunspell dictionaries spell "don't" with the ASCII apostrophe; agents and phones often type
// the typographic one. Same length, so spans stay where they are.
QString withAsciiApostrophes(QString word)
{
    return word.replace(typographicApostrophe, u'\'');
}

bool isLanguageName(const QString &language)
{
    // A file name, never a path: the name may come from a workspace file.
    static const QRegularExpression shape(u"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*$"_s);
    return shape.match(language).hasMatch();
}

} // namespace

QStringList SpellChecker::systemDictionaryFolders()
{
    return {u"/usr/share/hunspell"_s, u"/usr/share/myspell"_s};
}

SpellChecker::SpellChecker(const QString &language, const QStringList &folders)
    : m_language(language)
{
    load(folders);
}

SpellChecker::~SpellChecker()
{
    if (m_handle)
        Hunspell_destroy(m_handle);
}

void SpellChecker::load(const QStringList &folders)
{
    if (!isLanguageName(m_language)) {
        m_problem = Tr::tr("\"%1\" is not the name of a spelling dictionary (such as en_US or "
                           "de_DE). Spelling is not checked.")
                        .arg(m_language);
        return;
    }
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QString aff = dir.filePath(m_language + u".aff"_s);
        const QString dic = dir.filePath(m_language + u".dic"_s);
        if (!QFileInfo(aff).isReadable() || !QFileInfo(dic).isReadable())
            continue;
        Hunhandle *handle =
            Hunspell_create(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        auto encoding = std::make_unique<DictionaryEncoding>(Hunspell_get_dic_encoding(handle));
        if (!encoding->isValid()) {
            m_problem = Tr::tr("The spelling dictionary for %1 in %2 uses the %3 encoding, which "
                               "this system cannot convert. Spelling is not checked.")
                            .arg(m_language, QDir::toNativeSeparators(folder),
                                 QString::fromLatin1(encoding->name()));
            Hunspell_destroy(handle);
            return;
        }
        m_handle = handle;
        m_encoding = std::move(encoding);
        return;
    }
    QStringList searched;
    for (const QString &folder : folders)
        searched.append(QDir::toNativeSeparators(folder));
    m_problem = Tr::tr("No spelling dictionary for %1: %1.aff and %1.dic were not found in %2. "
                       "Spelling is not checked until the dictionary is installed.")
                    .arg(m_language, searched.join(u", "_s));
}

QList<WordSpan> SpellChecker::misspelledWords(const QString &text) const
{
    QList<WordSpan> misspelled;
    if (!m_handle)
        return misspelled;
    for (const WordSpan &span : proseWords(text)) {
        if (isAccepted(span.word))
            continue;
        // Abbreviations are in the dictionaries with their full stop ("Nr.", "etc."), which
        // word boundaries leave outside the word.
        const qsizetype end = span.start + span.length;
        if (end < text.size() && text.at(end) == u'.' && isAccepted(span.word + u'.'))
            continue;
        misspelled.append(span);
    }
    return misspelled;
}

bool SpellChecker::isAccepted(const QString &word) const
{
    return m_workspaceWords.contains(word) || m_sessionWords.contains(word)
           || dictionaryKnows(word);
}

bool SpellChecker::dictionaryKnows(const QString &word) const
{
    const std::optional<QByteArray> bytes = m_encoding->encode(withAsciiApostrophes(word));
    // A word with letters the dictionary's alphabet lacks is in another language: the
    // dictionary cannot judge it, so it is not flagged.
    if (!bytes)
        return true;
    return Hunspell_spell(m_handle, bytes->constData()) != 0;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    QStringList result;
    if (!m_handle)
        return result;
    const std::optional<QByteArray> bytes = m_encoding->encode(withAsciiApostrophes(word));
    if (!bytes)
        return result;
    char **list = nullptr;
    const int count = Hunspell_suggest(m_handle, &list, bytes->constData());
    // Keep the apostrophe the agent typed: "dont’" becomes "don’t", not "don't".
    const bool typographic = word.contains(typographicApostrophe);
    for (int i = 0; i < count && result.size() < maxSuggestions; ++i) {
        QString suggestion = m_encoding->decode(list[i]);
        if (typographic)
            suggestion.replace(u'\'', typographicApostrophe);
        if (!suggestion.isEmpty() && !result.contains(suggestion))
            result.append(suggestion);
    }
    if (list)
        Hunspell_free_list(m_handle, &list, count);
    return result;
}

void SpellChecker::setWorkspaceWords(const QStringList &words)
{
    for (const QString &old : std::as_const(m_workspaceWords)) {
        if (!m_sessionWords.contains(old))
            forget(old);
    }
    m_workspaceWords.clear();
    for (const QString &word : words) {
        const QString trimmed = word.trimmed();
        if (trimmed.isEmpty())
            continue;
        m_workspaceWords.insert(trimmed);
        teach(trimmed);
    }
}

void SpellChecker::addWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return;
    m_sessionWords.insert(trimmed);
    teach(trimmed);
}

// Hunspell also learns the word, so it accepts "FERNLINE" for "Fernline" and offers the word
// as a suggestion; the sets above still accept words the dictionary's encoding cannot hold.
void SpellChecker::teach(const QString &word)
{
    if (!m_handle)
        return;
    if (const std::optional<QByteArray> bytes = m_encoding->encode(withAsciiApostrophes(word)))
        Hunspell_add(m_handle, bytes->constData());
}

void SpellChecker::forget(const QString &word)
{
    if (!m_handle)
        return;
    if (const std::optional<QByteArray> bytes = m_encoding->encode(withAsciiApostrophes(word)))
        Hunspell_remove(m_handle, bytes->constData());
}

} // namespace earshot
