// SPDX-License-Identifier: Apache-2.0
#include "replies/WorkspaceGuidelines.h"

#include "Tr.h"
#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

namespace earshot {

GuidelineSettings loadGuidelines(Database &db, QString *problem)
{
    const QString stored = WorkspaceSettings::value(db, guidelinesSettingKey);
    if (stored.isEmpty())
        return {};
    const nlohmann::json parsed = nlohmann::json::parse(stored.toStdString(), nullptr, false);
    QString error;
    std::optional<GuidelineSettings> settings;
    if (parsed.is_discarded())
        error = Tr::tr("not valid JSON");
    else
        settings = guidelineSettingsFromJson(parsed, &error);
    if (settings)
        return *settings;
    if (problem)
        *problem = Tr::tr("The brand guidelines of this workspace cannot be read (%1); the "
                          "default checks apply.")
                       .arg(error);
    return {};
}

void saveGuidelines(Database &writer, const GuidelineSettings &settings)
{
    WorkspaceSettings::save(writer, guidelinesSettingKey,
                            QString::fromStdString(guidelineSettingsToJson(settings).dump(2)));
}

} // namespace earshot
