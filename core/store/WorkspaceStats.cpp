// SPDX-License-Identifier: Apache-2.0
#include "store/WorkspaceStats.h"

namespace earshot {

std::vector<std::pair<QString, std::int64_t>> tableCounts(Database &db)
{
    static const char *const tables[] = {"accounts", "people",      "handles",   "mentions",
                                         "cases",    "case_events", "templates", "agents",
                                         "teams",    "outbox",      "settings"};
    std::vector<std::pair<QString, std::int64_t>> counts;
    for (const char *table : tables) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        counts.emplace_back(QString::fromLatin1(table), db.queryInt(sql.constData()));
    }
    return counts;
}

} // namespace earshot
