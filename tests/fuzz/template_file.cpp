// SPDX-License-Identifier: Apache-2.0
// A template file for `earshot-cli templates import` (docs/templates-format.md): any bytes give
// templates or a TemplateError naming file and line.
#include "FuzzInput.h"

#include "replies/ReplyTemplate.h"
#include "replies/TemplateFile.h"

using namespace earshot;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const std::vector<ReplyTemplate> templates =
            TemplateFile::parse(fuzz::byteArray(data, size), QStringLiteral("fuzz.json"));
        for (const ReplyTemplate &t : templates)
            fuzz::require(t.problems().isEmpty(), "an accepted template has no problems");
    } catch (const TemplateError &e) {
        fuzz::require(e.message().startsWith(QStringLiteral("fuzz.json:")),
                      "a refusal names the file");
    }
    return 0;
}
