// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "people/PersonBadges.h"
#include "store/Sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

struct HandleRow {
    QString platform;
    QString handle;
    QString name;
    std::optional<std::int64_t> followers; // unknown when no post said
    std::int64_t id = 0;
    QString userId; // the network's own id of the person (handles.platform_user_id)
    // Read from the network's profile on request (Refresh profile); empty / nothing until then.
    QString bio;
    std::optional<bool> verified; // where the network says
    std::int64_t profileReadAtMs = 0;
};

// A badge as the person section shows it: set by an agent, or worked out from what the networks
// say (an influencer by follower count), which nobody has to keep up to date.
struct PersonBadge {
    Badge badge = Badge::Customer;
    bool manual = true;
    // For a derived influencer: the network and count that earned it.
    QString platform;
    std::int64_t followers = 0;
};

struct PersonSummary {
    std::int64_t id = 0;
    QString name;
    std::vector<HandleRow> handles;
    std::vector<PersonBadge> badges; // manual ones in badgeKeyTable order, then derived ones
    QString note;                    // empty: none
    QString noteAuthor; // the agent's name (their key if this desktop does not know them)
    std::int64_t noteAtMs = 0;

    bool hasManualBadge(Badge badge) const;
};

// Who a person is, and finding people, on a reader connection.
class PeopleQueries final {
public:
    explicit PeopleQueries(Database &reader);

    std::optional<PersonSummary> person(std::int64_t personId);
    // People whose display name or one of whose handles starts with `prefix` (case-insensitive
    // for ASCII; a leading @ is ignored), by name, at most `limit`, without `exceptPersonId`.
    std::vector<PersonSummary> find(const QString &prefix, std::int64_t exceptPersonId = 0,
                                    int limit = 20);

private:
    Database &m_db;
};

} // namespace earshot
