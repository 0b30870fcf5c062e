// SPDX-License-Identifier: Apache-2.0
#pragma once

struct sqlite3;

namespace earshot {

// The FTS5 tokenizer of the search index (mention_fts, schema 8). It is unicode61 (the same
// arguments: folded case and accents, the same word characters) with three differences:
// - an emoji is a token of its own, so "refund😡" holds the words refund and 😡;
// - an emoji sequence stays one token (👨‍👩‍👧, 🇩🇪, 1️⃣), folded like accents:
// without variation
//   selectors and skin tones, so 👍 and 👍🏽 find each other;
// - invisible characters (zero-width space, joiners, bidi marks, soft hyphen) are ignored where
//   they stand, so "re\u200Bfund" is refund.
// FTS5 runs the same tokenizer over a query's strings, so a query splits as the index did.
// ASCII text goes straight to unicode61.
inline constexpr const char *searchTokenizerName = "earshot";

// Registers the tokenizer on one connection. Every connection that reads or writes mention_fts
// needs it (Database does this on open); returns SQLite's result code.
int registerSearchTokenizer(sqlite3 *db);

} // namespace earshot
