// SPDX-License-Identifier: Apache-2.0
// A scenario file for `earshot-cli demo --scenario` and the window's demo
// (docs/scenario-format.md): any bytes give a scenario or a ScenarioError naming file and line.
#include "FuzzInput.h"

#include "platforms/simulation/ScenarioReader.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const Scenario scenario =
            ScenarioReader::readData(fuzz::byteArray(data, size), QStringLiteral("fuzz.json"));
        // An accepted scenario can be played: every mention becomes a normalized one.
        for (const ScenarioMention &m : scenario.mentions)
            scenario.toMention(m, 1'800'000'000'000);
    } catch (const ScenarioError &e) {
        fuzz::require(e.message().startsWith(QStringLiteral("fuzz.json:")),
                      "a refusal names the file");
    }
    return 0;
}
