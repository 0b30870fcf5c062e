// SPDX-License-Identifier: Apache-2.0
#include "cases/CaseStatus.h"

#include "Tr.h"

namespace earshot {

QString caseStatusKey(CaseStatus status)
{
    return keyIn(caseStatusKeyTable, status);
}

std::optional<CaseStatus> caseStatusFromKey(QStringView key)
{
    return valueIn(caseStatusKeyTable, key);
}

QString statusTitle(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return Tr::tr("New");
    case CaseStatus::Open:
        return Tr::tr("Open");
    case CaseStatus::Pending:
        return Tr::tr("Pending");
    case CaseStatus::Snoozed:
        return Tr::tr("Snoozed");
    case CaseStatus::Resolved:
        return Tr::tr("Resolved");
    case CaseStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

bool isOpenStatus(CaseStatus status)
{
    return status != CaseStatus::Resolved && status != CaseStatus::Closed;
}

bool isWaitingOnUs(CaseStatus status)
{
    return status == CaseStatus::New || status == CaseStatus::Open;
}

bool isAgentSettableStatus(CaseStatus status)
{
    return status != CaseStatus::New;
}

} // namespace earshot
