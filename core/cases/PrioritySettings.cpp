// SPDX-License-Identifier: Apache-2.0
#include "cases/PrioritySettings.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

namespace earshot {

namespace {
constexpr const char *weightsKey = "triage.priority_weights";
}

PriorityWeights loadPriorityWeights(Database &db, QString *problem)
{
    const QString stored = WorkspaceSettings::value(db, weightsKey);
    if (stored.isEmpty())
        return {};
    const nlohmann::json json = nlohmann::json::parse(stored.toStdString(), nullptr, false);
    QString error;
    std::optional<PriorityWeights> weights =
        json.is_discarded() ? std::nullopt : PriorityWeights::fromJson(json, &error);
    if (!weights) {
        if (problem) {
            *problem = Tr::tr("The workspace's priority weights cannot be read (%1); the "
                              "defaults apply.")
                           .arg(error.isEmpty() ? Tr::tr("not valid JSON") : error);
        }
        return {};
    }
    return *weights;
}

void writePriorityWeights(Database &db, const PriorityWeights &weights)
{
    // Only what differs from the defaults, so later defaults reach workspaces that never chose.
    const nlohmann::json defaults = PriorityWeights().toJson();
    const nlohmann::json chosen = weights.toJson();
    nlohmann::json changed = nlohmann::json::object();
    for (auto it = chosen.begin(); it != chosen.end(); ++it) {
        if (defaults.value(it.key(), 0) != it.value().get<int>())
            changed[it.key()] = it.value();
    }
    WorkspaceSettings::setValue(db, weightsKey, QString::fromStdString(changed.dump()));
}

} // namespace earshot
