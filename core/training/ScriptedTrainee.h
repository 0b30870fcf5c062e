// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace earshot {

// What a scripted trainee does (earshot-cli scenario run --replies FILE), each action some
// seconds after an inject was posted; an action for an inject that is never posted never
// happens. The file (docs/scenario-format.md, "Scripted trainees"):
//   {"actions": [{"inject": "i1", "after_seconds": 120, "agent": "a-mira",
//                 "reply": "...", "private": false, "escalate_to": "billing",
//                 "resolve": true}]}
struct TraineeAction {
    QString inject;
    std::int64_t afterSeconds = 60;
    QString agent;
    QString reply; // empty: no reply
    bool isPrivate = false;
    QString escalateTo; // an agent key (assigned) or a team (tagged)
    bool resolve = false;
};

struct ScriptedTrainee {
    std::vector<TraineeAction> actions;

    // Throws ScenarioError with the file, line and field of every problem.
    static ScriptedTrainee readFile(const QString &path);
    static ScriptedTrainee readData(const QByteArray &data, const QString &name);
};

} // namespace earshot
