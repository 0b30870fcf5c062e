// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// What each agent has seen of each case (case_seen): the newest of its messages they had in
// front of them. The list's unread style, the conversation's "new since you last looked" and
// the question before a reply or a resolve over a message not seen all read it.
//
// Inside the caller's transaction; never moves backwards.
void markCaseSeen(Database &writer, std::int64_t agentId, std::int64_t caseId,
                  std::int64_t mentionId, std::int64_t nowMs);
// 0 when the agent has not seen the case.
std::int64_t seenMentionOf(Database &db, std::int64_t agentId, std::int64_t caseId);
// 0 for a case without messages.
std::int64_t newestMentionOf(Database &db, std::int64_t caseId);

// The customer's newest message arrived after `seenMentionId`: when it came, for the sentence
// that refuses a reply or a resolve over it ("The customer wrote again at 14:05 …").
std::optional<std::int64_t> unseenMessageSince(Database &db, std::int64_t caseId,
                                               std::int64_t seenMentionId);
// "The customer wrote again at 14:05, after what you have seen."
QString unseenMessageText(std::int64_t atMs);

} // namespace earshot
