// SPDX-License-Identifier: Apache-2.0
#include "replies/OutboxState.h"

namespace earshot {

QString outboxStateKey(OutboxState state)
{
    return keyIn(outboxStateKeyTable, state);
}

std::optional<OutboxState> outboxStateFromKey(QStringView key)
{
    return valueIn(outboxStateKeyTable, key);
}

} // namespace earshot
