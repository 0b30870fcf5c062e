// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace earshot {

// A word in a draft; start and length in UTF-16 units, as QString and QTextCursor count.
struct WordSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;
};

// The words of a social reply that are prose, in order: what a spelling check should look at.
// Left out, because no dictionary knows them and flagging them would teach agents to ignore the
// underline: web and e-mail addresses, @mentions (also @user@instance), #hashtags, template
// {variables} and {?prompts}, numbers and words with digits, identifiers with underscores,
// acronyms in capitals of up to five letters (also with a plural s: "FAQs"), and emoji.
// Words are split by Unicode's rules, so "don't" and "it’s" stay one word.
QList<WordSpan> proseWords(const QString &text);

} // namespace earshot
