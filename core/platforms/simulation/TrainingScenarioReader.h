// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platforms/simulation/Scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <string>

namespace earshot {

// Reads a scenario of format version 2 (training) whose JSON is already parsed: checks it whole
// and throws one ScenarioError that lists every problem, each with its file, line and field.
Scenario readTrainingScenario(const std::string &text, const QString &name,
                              const nlohmann::json &root);

} // namespace earshot
