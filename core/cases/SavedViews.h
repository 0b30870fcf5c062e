// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseFilter.h"
#include "cases/Queue.h"

#include <QString>

#include <vector>

namespace earshot {

class Database;

// A way of looking at the cases an agent comes back to: a queue, its filters and a search, under
// a name ("Legal threats on X", "My broadband cases"). Kept in the workspace, so the team shares
// them, in the setting `views.saved` (a JSON list, in the order they were saved).
struct SavedView {
    QString name;
    Queue queue = Queue::All;
    CaseFilter filter;
    QString search; // as typed

    bool operator==(const SavedView &other) const;
};

namespace SavedViews {

inline constexpr const char *settingKey = "views.saved";

// What the workspace holds; a value it cannot read (another version's) reads as none.
std::vector<SavedView> read(Database &db);
// Each in the caller's write transaction. Saving under a name that exists replaces that view.
void save(Database &db, const SavedView &view);
// False when `from` is not there or `to` is taken (or empty).
bool rename(Database &db, const QString &from, const QString &to);
void remove(Database &db, const QString &name);

QString toJson(const std::vector<SavedView> &views);
std::vector<SavedView> fromJson(const QString &text);

} // namespace SavedViews
} // namespace earshot
