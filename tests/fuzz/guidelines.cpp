// SPDX-License-Identifier: Apache-2.0
// A brand guidelines file for `earshot-cli settings guidelines set`: any bytes give settings or
// a reason.
#include "FuzzInput.h"

#include "replies/GuidelineSettings.h"
#include "json/JsonInput.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text = fuzz::bytes(data, size);
    const JsonInput input = parseJsonInput(text);
    if (!input.ok()) {
        fuzz::require(!input.error->located(text, QStringLiteral("fuzz.json")).isEmpty(),
                      "a refusal has a reason");
        return 0;
    }
    QString error;
    const std::optional<GuidelineSettings> settings =
        guidelineSettingsFromJson(input.value, &error);
    fuzz::require(settings || !error.isEmpty(), "refused guidelines have a reason");
    if (settings) {
        // Saved settings are read back as they were saved (the workspace stores them so).
        QString again;
        fuzz::require(
            guidelineSettingsFromJson(guidelineSettingsToJson(*settings), &again).has_value(),
            "saved guidelines read back");
    }
    return 0;
}
