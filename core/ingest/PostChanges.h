// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/PostChange.h"
#include "store/CaseEventLog.h"
#include "store/Sqlite.h"

#include <cstdint>
#include <vector>

namespace earshot {

// What recording changes did, for the caller's answer.
struct PostChangesResult {
    int edited = 0;                    // new revisions written
    int deleted = 0;                   // posts newly marked deleted
    int profiles = 0;                  // profiles stored
    std::vector<std::int64_t> caseIds; // the cases whose posts changed
};

// Writes what the networks said about posts Earshot already holds (schema 15): a later text as a
// revision (only when it differs from the latest one known, so an edit heard twice is one), a
// post gone as a deleted mark (once), each told to the team as a case event ("post_edited",
// "post_deleted"), and profiles read on request. Changes to posts the workspace does not hold are
// skipped. Runs inside the caller's transaction (the ingest's).
class PostChanges final {
public:
    explicit PostChanges(Database &db);

    void apply(const std::vector<PostChange> &changes, PostChangesResult *result);
    void apply(const std::vector<ProfileUpdate> &profiles, PostChangesResult *result);

private:
    Database &m_db;
    CaseEventLog m_events;
    Statement m_findMention;
    Statement m_latestText;
    Statement m_insertRevision;
    Statement m_isDeleted;
    Statement m_markDeleted;
    Statement m_findHandle;
    Statement m_updateHandle;
    Statement m_saveProfile;
};

} // namespace earshot
