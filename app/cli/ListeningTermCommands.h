// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `listen-terms add TERM [--network NETWORK]`: a word, a "phrase" or a #hashtag the connectors
// search for after their mentions (every network that can search, or the one named).
int addListeningTermCommand(const QString &workspace, const QString &term, const QString &network);
// `listen-terms list [--json]`: every term with what it heard last and when.
int listListeningTermsCommand(const QString &workspace, bool json);
// `listen-terms remove ID`: the term is no longer searched for; what it heard stays.
int removeListeningTermCommand(const QString &workspace, const QString &id);

} // namespace earshot::cli
