// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "replies/GuidelineSettings.h"
#include "store/Sqlite.h"

#include <QString>

namespace earshot {

// A workspace's brand guidelines, kept as JSON in its settings ("replies.guidelines").
// Absent, they are the defaults; stored but unreadable, the defaults too, with the reason in
// `*problem` so the console can say why its checks look different.
GuidelineSettings loadGuidelines(Database &db, QString *problem = nullptr);
// In a transaction of its own, written in full (a person chose this). Throws StoreError.
void saveGuidelines(Database &writer, const GuidelineSettings &settings);

inline constexpr const char *guidelinesSettingKey = "replies.guidelines";

} // namespace earshot
