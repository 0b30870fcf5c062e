// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace earshot {

// Where a reply of ours stands (outbox.state): draft -> awaiting_approval -> queued -> sending ->
// sent | failed | uncertain. The moves between them are outboxMoves below; the schema's CHECK
// spells every state.
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

// Every move a reply may make, and no other: the outbox refuses the rest (a reply sent twice, sent
// without being sent, back from sent).
struct OutboxMove {
    OutboxState from;
    OutboxState to;
};
inline constexpr OutboxMove outboxMoves[] = {
    {OutboxState::Draft, OutboxState::AwaitingApproval}, // policy asks a lead first
    {OutboxState::Draft, OutboxState::Queued},
    {OutboxState::AwaitingApproval, OutboxState::Queued}, // approved
    {OutboxState::AwaitingApproval, OutboxState::Draft},  // sent back to its author
    {OutboxState::Queued, OutboxState::Sending},          // handed to the network's sender
    {OutboxState::Queued, OutboxState::Failed},           // cannot even be tried
    {OutboxState::Sending, OutboxState::Sent},
    {OutboxState::Sending, OutboxState::Failed},
    {OutboxState::Sending, OutboxState::Queued}, // surely not arrived: try again later
    // The request went out and no answer came, or Earshot stopped while it was out.
    {OutboxState::Sending, OutboxState::Uncertain},
    {OutboxState::Uncertain,
     OutboxState::Sent}, // found among the account's posts, or a person says so
    {OutboxState::Uncertain, OutboxState::Queued}, // a person saw it is not there: send it
    {OutboxState::Uncertain, OutboxState::Failed}, // a person gives it up
    {OutboxState::Failed, OutboxState::Queued},    // a person tries again (a token renewed, say)
};

constexpr bool isOutboxMove(OutboxState from, OutboxState to)
{
    for (const OutboxMove &move : outboxMoves) {
        if (move.from == from && move.to == to)
            return true;
    }
    return false;
}
static_assert(!isOutboxMove(OutboxState::Sent, OutboxState::Queued)
              && !isOutboxMove(OutboxState::Queued, OutboxState::Sent));

QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);

} // namespace earshot
