// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace earshot {

// What a network says happened to a post after Earshot heard it. Recorded beside the mention
// (a revision, a deleted mark), never over it: what was heard is never silently rewritten.
struct PostChange {
    enum class Kind { Edited, Deleted };
    Kind kind = Kind::Edited;
    QString platform;
    QString id;                  // the post's id as Earshot stores it (mentions.platform_id)
    QString text;                // Edited: the post's text now
    std::int64_t editedAtMs = 0; // Edited: when the network says it was edited; 0 when it does not
};

// A person's profile as the network gave it on request (refresh profile).
struct ProfileUpdate {
    QString platform;
    QString userId; // the network's own user id (handles.platform_user_id)
    QString handle; // without a leading @; empty keeps the one known
    QString name;
    QString bio; // plain text
    std::optional<std::int64_t> followers;
    std::optional<bool> verified; // where the network says
};

} // namespace earshot
