// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Sqlite.h"

#include <QString>

#include <cstdint>

namespace earshot {

// Settings that travel with a workspace file (its kind, the scenario that feeds it), as opposed
// to a person's window settings, which live in AppSettings.
namespace WorkspaceSettings {

inline constexpr const char *kind = "workspace.kind"; // "demo", "training" or "standard"
// A training run's start (ms since 1970) and seed, written when the run starts.
inline constexpr const char *trainingStartedAt = "training.started_at";
inline constexpr const char *trainingSeed = "training.seed";
inline constexpr const char *scenarioTitle = "simulation.scenario_title";
inline constexpr const char *scenarioResource = "simulation.scenario";
// Words the team added to the spelling dictionary, one per line.
inline constexpr const char *spellingWords = "spelling.words";
// The brand the care team answers for ({brand} in templates).
inline constexpr const char *brandName = "brand.name";
// Hours after resolving within which the customer writing again reopens the case (default 72).
inline constexpr const char *reopenWindowHours = "cases.reopen_window_hours";
inline constexpr int defaultReopenWindowHours = 72;
// Minutes within which a person's new post on a network joins their open case there, though it
// starts a new conversation (default 60; 0: never): one person writing twice is one case.
inline constexpr const char *joinWindowMinutes = "cases.join_window_minutes";
inline constexpr int defaultJoinWindowMinutes = 60;
// Followers on one network from which a person shows as an influencer (default 10,000).
inline constexpr const char *influencerFollowers = "people.influencer_followers";
inline constexpr std::int64_t defaultInfluencerFollowers = 10000;

QString value(Database &db, const char *key, const QString &fallback = {});
// Inside a transaction the caller holds.
void setValue(Database &db, const char *key, const QString &value);
// In a transaction of its own, written with synchronous=FULL: a person chose this setting.
void save(Database &db, const char *key, const QString &value);

} // namespace WorkspaceSettings

} // namespace earshot
