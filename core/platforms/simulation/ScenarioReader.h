// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platforms/simulation/Scenario.h"

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace earshot {

// A scenario that cannot be used, with the file, line and field at fault in message().
class ScenarioError : public Error {
public:
    using Error::Error;
};

// Reads and validates scenario files (docs/scenario-format.md). Strict: a scenario that breaks a
// rule is refused whole, because a half-loaded scenario teaches the wrong thing.
class ScenarioReader final {
public:
    static Scenario readFile(const QString &path);
    // `name` is how errors refer to the data (a file name).
    static Scenario readData(const QByteArray &data, const QString &name);
};

} // namespace earshot
