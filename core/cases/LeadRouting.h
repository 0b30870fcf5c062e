// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/Reading.h"
#include "store/Sqlite.h"

#include <QString>

namespace earshot {

// Risks a care team wants a lead to handle, whatever their priority: "Take the next case" hands
// such cases to leads and admins only, so an agent is never handed a scam posing as the brand
// (which wants reporting to the network and a warning, not a reply). Agents still see the cases
// in every queue and can open them. Settings key "triage.lead_risks": a JSON array of risk keys.
namespace LeadRouting {

inline constexpr RiskFlags defaultRisks = static_cast<RiskFlags>(Risk::Scam);

RiskFlags load(Database &db);
// Inside a transaction the caller holds (a lead chose these).
void write(Database &db, RiskFlags risks);
// Whether "Take the next case" may hand this role the cases left to a lead.
bool roleTakesLeadCases(const QString &role);

} // namespace LeadRouting

} // namespace earshot
