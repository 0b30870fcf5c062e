// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What a listening term asks a network for: posts with a word, with a phrase (its words in this
// order), or tagged with a hashtag.
enum class ListeningTermKind { Word, Phrase, Hashtag };

// A term a person asked Earshot to listen for (listening_terms), with what it heard so far.
struct ListeningTerm {
    std::int64_t id = 0;
    QString term;     // as stored: fernline, "late delivery", #fernline
    QString platform; // empty: every network that can search
    std::int64_t createdAtMs = 0;
    std::int64_t heard = 0;         // posts stored as heard by this term
    std::int64_t lastHeardAtMs = 0; // when the newest of them was stored; 0: nothing yet
    QString lastHeardText;          // its text (outside text: shown as plain text)
};

// One term as one account's connector searches for it, from where that search stands.
struct ListeningSearch {
    std::int64_t termId = 0;
    QString term; // as stored
    ListeningTermKind kind = ListeningTermKind::Word;
    QString cursor; // the network's own position (newest id or time seen); empty: not yet searched

    // The words to search for: a phrase without its quotes, a hashtag without its '#'.
    QString text() const;
};

ListeningTermKind listeningTermKind(const QString &term);

// The term as it is stored, from what a person typed: trimmed, a phrase in straight double
// quotes, a hashtag with one '#'. Nothing, and the reason in words in `problem`, when it cannot
// be searched for (empty, several words without quotes, a hashtag with spaces or marks).
std::optional<QString> normalizeListeningTerm(const QString &typed, QString *problem);

// In a transaction of its own (a person chose it). Throws StoreError when the term cannot be
// searched for or is there already (for that network). Returns the new term's id.
std::int64_t addListeningTerm(Database &db, const QString &typed, const QString &platform);
// In a transaction of its own; false when no term has that id. The posts it heard stay.
bool removeListeningTerm(Database &db, std::int64_t id);
// The same two inside a transaction the caller holds (a writer task).
std::int64_t insertListeningTerm(Database &db, const QString &typed, const QString &platform);
bool deleteListeningTerm(Database &db, std::int64_t id);
// Every term, oldest first, with what each heard.
std::vector<ListeningTerm> listListeningTerms(Database &db);
// The terms one account searches for (its network's and every network's), with its cursors.
std::vector<ListeningSearch> listeningSearchesFor(Database &db, std::int64_t accountId,
                                                  const QString &platform);

} // namespace earshot
