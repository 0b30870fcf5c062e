// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `conversation CASE`: the case's whole conversation read again from its network (through the
// account it was heard on): new posts stored, edits and deletions recorded.
int loadConversation(const QString &workspace, const QString &caseText, bool json);
// `profile PERSON`: the person's profile read again from a network with a connected account.
int refreshProfile(const QString &workspace, const QString &personText, bool json);

} // namespace earshot::cli
