// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseFilter.h"

#include "store/Sqlite.h"

namespace earshot {

bool CaseFilter::isEmpty() const
{
    return platform.isEmpty() && sentiment.isEmpty() && category.isEmpty() && lang.isEmpty()
           && tag.isEmpty() && !minPriority && risks == 0 && assigneeId == 0;
}

bool CaseFilter::operator==(const CaseFilter &other) const
{
    return platform == other.platform && sentiment == other.sentiment && category == other.category
           && lang == other.lang && tag == other.tag && minPriority == other.minPriority
           && risks == other.risks && assigneeId == other.assigneeId;
}

QByteArray caseFilterSql(const CaseFilter &filter)
{
    QByteArray sql;
    if (!filter.platform.isEmpty())
        sql += " AND c.platform = :platform";
    if (!filter.sentiment.isEmpty())
        sql += " AND c.sentiment = :sentiment";
    if (!filter.category.isEmpty())
        sql += " AND c.category = :category";
    if (!filter.lang.isEmpty())
        sql += " AND c.lang = :lang";
    if (filter.minPriority)
        sql += " AND c.priority >= :priority";
    if (filter.risks != 0)
        sql += " AND (c.risks & :risks) <> 0";
    if (!filter.tag.isEmpty())
        sql += " AND c.id IN (SELECT t.case_id FROM case_tags t WHERE t.tag = :tag)";
    if (filter.assigneeId != 0)
        sql += " AND c.assignee_id = :assignee";
    return sql;
}

void bindCaseFilter(Statement &statement, const CaseFilter &filter)
{
    const auto bindText = [&statement](const char *name, const QString &value) {
        if (const int index = statement.parameterIndex(name); index > 0 && !value.isEmpty())
            statement.bind(index, value);
    };
    bindText(":platform", filter.platform);
    bindText(":sentiment", filter.sentiment);
    bindText(":category", filter.category);
    bindText(":lang", filter.lang);
    bindText(":tag", filter.tag);
    if (const int index = statement.parameterIndex(":priority"); index > 0 && filter.minPriority)
        statement.bind(index, *filter.minPriority);
    if (const int index = statement.parameterIndex(":risks"); index > 0)
        statement.bind(index, std::int64_t(filter.risks));
    if (const int index = statement.parameterIndex(":assignee"); index > 0)
        statement.bind(index, filter.assigneeId);
}

} // namespace earshot
