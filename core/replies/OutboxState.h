// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace earshot {

// Where a reply of ours stands (outbox.state): draft -> awaiting_approval -> queued -> sending ->
// sent | failed | uncertain. Earshot writes queued, sending, sent and failed today; the schema's
// CHECK spells all of them.
enum class OutboxState { Draft, AwaitingApproval, Queued, Sending, Sent, Failed, Uncertain };
inline constexpr KeyTable<OutboxState, 7> outboxStateKeyTable{{
    {OutboxState::Draft, "draft"},
    {OutboxState::AwaitingApproval, "awaiting_approval"},
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Uncertain, "uncertain"},
}};
static_assert(keytable::coversInOrder(outboxStateKeyTable)
              && keytable::keysDistinct(outboxStateKeyTable)
              && std::size_t(OutboxState::Uncertain) + 1 == outboxStateKeyTable.size());

QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);

} // namespace earshot
