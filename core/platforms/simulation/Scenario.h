// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cases/CaseStatus.h"
#include "ingest/Mention.h"
#include "platforms/simulation/TrainingScript.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// A scenario file (docs/scenario-format.md): a brand, its people and what they post. The
// Simulation platform feeds a workspace from it without touching any network.
struct ScenarioAccount {
    QString key;
    QString platform;
    QString handle;
    QString name;
};

struct ScenarioAgent {
    QString key;
    QString name;
    QString role;
};

struct ScenarioHandle {
    QString platform;
    QString id;
    QString handle;
    std::int64_t followers = 0;
};

struct ScenarioPerson {
    QString key;
    QString name;
    std::vector<ScenarioHandle> handles;
};

struct ScenarioMention {
    QString id;
    QString platform;
    QString author;             // person key
    QString account;            // brand account key
    std::int64_t atSeconds = 0; // relative to the moment the workspace is created
    QString text;
    QString lang;
    QString inReplyTo;
    QString conversation;
    bool isPrivate = false;
    // The status of the case it lands in.
    CaseStatus status = CaseStatus::New;
    QString assign; // agent key, or empty
};

struct Scenario {
    int version = 1;
    QString title;
    QString description;
    QString brandName;
    std::vector<ScenarioAccount> accounts;
    std::vector<ScenarioAgent> agents;
    std::vector<ScenarioPerson> people;
    std::vector<ScenarioMention> mentions;
    std::vector<ScenarioMention> live;
    int liveMinSeconds = 5;
    int liveMaxSeconds = 15;
    // What people write back after an agent answered them (the Simulation platform picks one).
    std::vector<QString> answers;
    // Version 2 (training): the script a run plays, the noise around it and the objectives.
    std::optional<TrainingScript> training;

    const ScenarioPerson *personByKey(const QString &key) const;
    const ScenarioAccount *accountByKey(const QString &key) const;
    const ScenarioAgent *agentByKey(const QString &key) const;

    // The normalized mention the Simulation platform delivers for `m`, posted at `createdAtMs`.
    // `idSuffix` keeps ids unique when the live mentions start over (the caller decides whether
    // in_reply_to points into the same round).
    Mention toMention(const ScenarioMention &m, std::int64_t createdAtMs,
                      const QString &idSuffix = {}) const;
};

} // namespace earshot
