// SPDX-License-Identifier: Apache-2.0
#include "cases/LeadRouting.h"

#include "store/WorkspaceSettings.h"

#include <nlohmann/json.hpp>

namespace earshot::LeadRouting {

namespace {
constexpr const char *risksKey = "triage.lead_risks";
}

RiskFlags load(Database &db)
{
    const QString stored = WorkspaceSettings::value(db, risksKey);
    if (stored.isEmpty())
        return defaultRisks;
    const nlohmann::json json = nlohmann::json::parse(stored.toStdString(), nullptr, false);
    if (!json.is_array())
        return defaultRisks; // written only by write(): a damaged value keeps the safe default
    QStringList keys;
    for (const nlohmann::json &key : json) {
        if (key.is_string())
            keys.append(QString::fromStdString(key.get<std::string>()));
    }
    return riskFlagsFromKeys(keys);
}

void write(Database &db, RiskFlags risks)
{
    nlohmann::json keys = nlohmann::json::array();
    for (const QString &key : riskKeys(risks))
        keys.push_back(key.toStdString());
    WorkspaceSettings::setValue(db, risksKey, QString::fromStdString(keys.dump()));
}

bool roleTakesLeadCases(const QString &role)
{
    return role == u"lead" || role == u"admin";
}

} // namespace earshot::LeadRouting
