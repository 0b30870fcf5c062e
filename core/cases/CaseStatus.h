// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace earshot {

// Where a case stands. A case starts New; an agent moves it on (never back to New); a customer's
// new message reopens it (see CaseThreader). The schema's CHECK on cases.status and the queue
// conditions in SQL spell the same keys.
enum class CaseStatus { New, Open, Pending, Snoozed, Resolved, Closed };
inline constexpr KeyTable<CaseStatus, 6> caseStatusKeyTable{{
    {CaseStatus::New, "new"},
    {CaseStatus::Open, "open"},
    {CaseStatus::Pending, "pending"},
    {CaseStatus::Snoozed, "snoozed"},
    {CaseStatus::Resolved, "resolved"},
    {CaseStatus::Closed, "closed"},
}};
static_assert(keytable::coversInOrder(caseStatusKeyTable)
              && keytable::keysDistinct(caseStatusKeyTable)
              && std::size_t(CaseStatus::Closed) + 1 == caseStatusKeyTable.size());

// The key in cases.status, in event payloads and scenario files.
QString caseStatusKey(CaseStatus status);
// Nothing for a key the table does not hold.
std::optional<CaseStatus> caseStatusFromKey(QStringView key);
// The status shown, translated.
QString statusTitle(CaseStatus status);

// Not yet resolved or closed.
bool isOpenStatus(CaseStatus status);
// Waiting for us: new or open.
bool isWaitingOnUs(CaseStatus status);
// What an agent may set: every status but New, which is only where a case starts.
bool isAgentSettableStatus(CaseStatus status);

} // namespace earshot
