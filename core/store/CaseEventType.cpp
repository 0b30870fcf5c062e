// SPDX-License-Identifier: Apache-2.0
#include "store/CaseEventType.h"

namespace earshot {

QString caseEventTypeKey(CaseEventType type)
{
    return keyIn(caseEventTypeKeyTable, type);
}

std::optional<CaseEventType> caseEventTypeFromKey(QStringView key)
{
    return valueIn(caseEventTypeKeyTable, key);
}

} // namespace earshot
