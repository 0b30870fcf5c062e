// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

class Statement;

// What narrows a queue besides the search box: each set field must match. Empty fields are
// no condition.
struct CaseFilter {
    QString platform;
    QString sentiment;
    QString category;
    QString lang;
    QString tag;
    std::optional<int> minPriority;
    std::uint32_t risks = 0; // cases carrying any of these risk flags (Reading.h's Risk)
    std::int64_t assigneeId = 0;

    bool isEmpty() const;
    bool operator==(const CaseFilter &other) const;
};

// " AND ..." conditions on table alias `c` with named parameters; constant text, never input.
QByteArray caseFilterSql(const CaseFilter &filter);
// Binds what caseFilterSql() asked for.
void bindCaseFilter(Statement &statement, const CaseFilter &filter);

} // namespace earshot
