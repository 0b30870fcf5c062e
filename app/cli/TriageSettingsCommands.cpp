// SPDX-License-Identifier: Apache-2.0
#include "TriageSettingsCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"
#include "ConsoleOutput.h"
#include "cases/CaseRescorer.h"
#include "cases/LeadRouting.h"
#include "cases/PrioritySettings.h"
#include "cases/TriageSettings.h"
#include "people/SpeakerLists.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace earshot::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool speakerList(const QString &key, SpeakerList *list)
{
    if (speakerListFromKey(key, list))
        return true;
    err() << Tr::tr("\"%1\" is not a list of speakers: staff, vip or customers.").arg(key)
          << Qt::endl;
    return false;
}

} // namespace

int showPriorityWeights(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        QString problem;
        const PriorityWeights weights = loadPriorityWeights(db, &problem);
        if (!problem.isEmpty())
            err() << problem << Qt::endl;
        out() << QString::fromStdString(weights.toJson().dump(2)) << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setPriorityWeights(const QString &workspace, const QString &file)
{
    const std::optional<nlohmann::json> parsed = readJsonFile(file);
    if (!parsed)
        return Failed;
    QString error;
    // Checked on its own first, so a typo is named as the lead wrote it.
    if (!PriorityWeights::fromJson(*parsed, &error))
        return failWith(Tr::tr("%1: %2").arg(file, error));
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        TriageSettingsChange change;
        change.weights = mergedPriorityWeights(db, *parsed, &error);
        if (!change.weights)
            return failWith(Tr::tr("%1: %2").arg(file, error));
        const TriageSettingsSaved saved = saveTriageSettings(db, change);
        transaction.commit();
        err() << Tr::tr("Priority weights saved.") << u' ' << movedInQueueMessage(saved.moved)
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int showSpeakers(const QString &workspace, const QString &key)
{
    SpeakerList list;
    if (!speakerList(key, &list))
        return Usage;
    try {
        Database db = Workspace::openForReading(workspace);
        for (const QString &entry : speakerListEntries(db, list))
            out() << entry << u'\n';
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setSpeakers(const QString &workspace, const QString &key, const QString &file)
{
    SpeakerList list;
    if (!speakerList(key, &list))
        return Usage;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Text))
        return failWith(Tr::tr("Cannot read %1: %2").arg(file, input.errorString()));
    QStringList entries;
    int lineNumber = 0;
    bool rejectedAny = false;
    while (!input.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (normalizedSpeakerEntry(line).isEmpty()) {
            err() << Tr::tr("%1:%2: skipped: not a handle").arg(file).arg(lineNumber) << Qt::endl;
            rejectedAny = true;
            continue;
        }
        entries.append(line);
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        TriageSettingsChange change;
        change.speakerLists.emplace_back(list, entries);
        const TriageSettingsSaved saved = saveTriageSettings(db, change);
        transaction.commit();
        err() << Tr::tr("%n handle(s) saved; ", nullptr, int(entries.size()))
              << Tr::tr("%n known people now carry the badge.", nullptr, saved.badged) << u' '
              << movedInQueueMessage(saved.moved) << Qt::endl;
        return rejectedAny ? SomeLinesRejected : Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int showLeadRisks(const QString &workspace)
{
    try {
        Database db = Workspace::openForReading(workspace);
        const RiskFlags leftToLead = LeadRouting::load(db);
        for (const Risk risk : allRisks()) {
            out() << riskKey(risk) << u'\t' << riskTitle(risk) << u'\t'
                  << (hasRisk(leftToLead, risk) ? Tr::tr("left to a lead") : Tr::tr("anyone"))
                  << u'\n';
        }
        out().flush();
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

int setLeadRisks(const QString &workspace, const QStringList &keys)
{
    const bool none = keys == QStringList{QStringLiteral("none")};
    const RiskFlags risks = none ? 0 : riskFlagsFromKeys(keys);
    for (const QString &key : keys) {
        if (!none && !riskFromKey(key)) {
            err() << Tr::tr("\"%1\" is not a risk: %2, or none.")
                         .arg(key, riskKeys(~RiskFlags(0)).join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
    }
    try {
        Database db = Workspace::openForWriting(workspace, Workspace::Create::Never);
        Transaction transaction(db, Transaction::Durability::PersonWrote);
        TriageSettingsChange change;
        change.leadRisks = risks;
        saveTriageSettings(db, change);
        transaction.commit();
        err() << (risks == 0 ? Tr::tr("Take the next case now hands out every case.")
                             : Tr::tr("Take the next case now leaves these to a lead: %1.")
                                   .arg(riskTitles(risks)))
              << Qt::endl;
        return Ok;
    } catch (const StoreError &e) {
        return failWith(e.message());
    }
}

} // namespace earshot::cli
