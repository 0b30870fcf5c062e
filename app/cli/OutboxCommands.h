// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `outbox [list [STATE]]`: our replies that are not sent yet, or those in one state.
int listOutbox(const QString &workspace, const QString &state, bool json);
// `outbox retry ID`: a failed or uncertain reply goes back to the queue.
int retryOutboxItem(const QString &workspace, const QString &id);
// `outbox resolve ID sent|queued`: a person looked on the network for an uncertain reply and
// says whether it arrived (sent) or must be sent again (queued).
int resolveOutboxItem(const QString &workspace, const QString &id, const QString &outcome);

} // namespace earshot::cli
