// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/MentionQueries.h"

#include <QStringList>

namespace earshot::test {

// The platform ids of what the search box finds for `userText`, sorted.
inline QStringList foundIds(MentionQueries &queries, const char *userText)
{
    QStringList ids;
    for (const MentionRow &row : queries.search(QString::fromUtf8(userText), 50))
        ids.append(row.platformId);
    ids.sort();
    return ids;
}

} // namespace earshot::test
