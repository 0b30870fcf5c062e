// SPDX-License-Identifier: Apache-2.0
#include "cases/TriageSettings.h"

#include "cases/CaseRescorer.h"
#include "cases/LeadRouting.h"
#include "cases/PrioritySettings.h"

#include <nlohmann/json.hpp>

namespace earshot {

namespace {
constexpr SpeakerList speakerListsInOrder[] = {SpeakerList::Staff, SpeakerList::Vip,
                                               SpeakerList::Customers};
}

TriageSettings loadTriageSettings(Database &db, QString *problem)
{
    TriageSettings settings;
    settings.weights = loadPriorityWeights(db, problem);
    for (const SpeakerList list : speakerListsInOrder)
        settings.speakerLists.append(speakerListEntries(db, list));
    settings.leadRisks = LeadRouting::load(db);
    return settings;
}

std::optional<PriorityWeights> mergedPriorityWeights(Database &db, const nlohmann::json &changes,
                                                     QString *error)
{
    nlohmann::json merged = loadPriorityWeights(db).toJson();
    merged.update(changes);
    return PriorityWeights::fromJson(merged, error);
}

int writeTriageSettings(Database &db, const TriageSettingsChange &change)
{
    if (change.weights)
        writePriorityWeights(db, *change.weights);
    if (change.leadRisks)
        LeadRouting::write(db, *change.leadRisks);
    int badged = 0;
    for (const auto &[list, entries] : change.speakerLists)
        badged += writeSpeakerList(db, list, entries);
    return badged;
}

TriageSettingsSaved saveTriageSettings(Database &db, const TriageSettingsChange &change)
{
    TriageSettingsSaved saved;
    saved.badged = writeTriageSettings(db, change);
    if (change.movesPriorities())
        saved.moved = int(CaseRescorer(db).allCases(loadPriorityWeights(db)).size());
    return saved;
}

} // namespace earshot
