// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KeyTable.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace earshot {

// What an entry of a case's history (case_events.type) records.
enum class CaseEventType {
    Created,
    Assigned,
    StatusChanged, // its payload's "from" and "to" are case status keys
    Note,
    TagAdded,
    TagRemoved,
    Corrected,
    ReplyQueued,
    ReplySent,
    ReplyFailed,
    PersonMerged,
    PersonSplit,
    PostEdited,  // its payload's "mention" is the mention's id; "edited_at" the network's time
    PostDeleted, // its payload's "mention" is the mention's id
};
inline constexpr KeyTable<CaseEventType, 14> caseEventTypeKeyTable{{
    {CaseEventType::Created, "created"},
    {CaseEventType::Assigned, "assigned"},
    {CaseEventType::StatusChanged, "status_changed"},
    {CaseEventType::Note, "note"},
    {CaseEventType::TagAdded, "tag_added"},
    {CaseEventType::TagRemoved, "tag_removed"},
    {CaseEventType::Corrected, "corrected"},
    {CaseEventType::ReplyQueued, "reply_queued"},
    {CaseEventType::ReplySent, "reply_sent"},
    {CaseEventType::ReplyFailed, "reply_failed"},
    {CaseEventType::PersonMerged, "person_merged"},
    {CaseEventType::PersonSplit, "person_split"},
    {CaseEventType::PostEdited, "post_edited"},
    {CaseEventType::PostDeleted, "post_deleted"},
}};
static_assert(keytable::coversInOrder(caseEventTypeKeyTable)
              && keytable::keysDistinct(caseEventTypeKeyTable)
              && std::size_t(CaseEventType::PostDeleted) + 1 == caseEventTypeKeyTable.size());

QString caseEventTypeKey(CaseEventType type);
// Nothing for a type this Earshot does not know (a newer one's): readers show it as it is.
std::optional<CaseEventType> caseEventTypeFromKey(QStringView key);

} // namespace earshot
