// SPDX-License-Identifier: Apache-2.0
#include "training/TrainingScore.h"

#include "Tr.h"
#include "replies/GuidelineChecker.h"
#include "replies/WorkspaceGuidelines.h"
#include "store/StoreError.h"
#include "store/WorkspaceSettings.h"
#include "training/TraineeActions.h"

#include <QHash>
#include <QMap>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace earshot {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t minuteMs = 60'000;

// The persona behind a case's person, found by the handles the scenario gave them.
QHash<QString, QString> personaByHandle(const Scenario &scenario)
{
    QHash<QString, QString> out;
    for (const ScenarioPerson &p : scenario.people)
        for (const ScenarioHandle &h : p.handles)
            out.insert(h.platform + u'\n' + h.id, p.key);
    return out;
}

bool negativeTemperament(const TrainingPersonaTraits *traits)
{
    return traits
           && (traits->temperament == Temperament::Abusive
               || traits->temperament == Temperament::Impatient
               || traits->temperament == Temperament::Anxious);
}

TraineeScore &scoreOf(std::vector<TraineeScore> &trainees, const QString &key)
{
    auto it = std::find_if(trainees.begin(), trainees.end(),
                           [&key](const TraineeScore &s) { return s.trainee == key; });
    if (it != trainees.end())
        return *it;
    TraineeScore fresh;
    fresh.trainee = key;
    trainees.push_back(fresh);
    return trainees.back();
}

void addInto(TraineeScore &to, const TraineeScore &from)
{
    to.objectives += from.objectives;
    to.answered += from.answered;
    to.missed += from.missed;
    to.totalFirstResponseSeconds += from.totalFirstResponseSeconds;
    to.publicWhenPrivate += from.publicWhenPrivate;
    to.guidelineWarningsIgnored += from.guidelineWarningsIgnored;
    to.forbiddenPhrases += from.forbiddenPhrases;
    to.personalDataInPublic += from.personalDataInPublic;
    to.escalationsRight += from.escalationsRight;
    to.escalationsWrong += from.escalationsWrong;
    to.escalationsMissing += from.escalationsMissing;
    to.toneRequired += from.toneRequired;
    to.toneMet += from.toneMet;
    to.calmed += from.calmed;
    to.inflamed += from.inflamed;
}

// Every reply trainees queued in the workspace, checked against the guidelines and the
// scenario's rules.
void scoreReplies(Database &db, const Scenario &scenario, TrainingReport &report,
                  std::vector<TraineeScore> &trainees)
{
    const TrainingScript &script = *scenario.training;
    const GuidelineChecker checker(loadGuidelines(db));
    const QHash<QString, QString> personas = personaByHandle(scenario);
    Statement replies(db, "SELECT e.actor, e.at, o.body, o.visibility, o.platform, "
                          "  (SELECT h.platform || char(10) || h.platform_user_id FROM handles h "
                          "   WHERE h.person_id = c.person_id AND h.platform = c.platform "
                          "   LIMIT 1) "
                          "FROM case_events e JOIN cases c ON c.id = e.case_id "
                          "JOIN outbox o ON o.id = json_extract(e.payload, '$.outbox') "
                          "WHERE e.type = 'reply_queued' ORDER BY e.at, e.id");
    while (replies.step()) {
        const QString agent = replies.toString(0);
        const QString body = replies.toString(2);
        const bool isPrivate = replies.toString(3) == u"private";
        TraineeScore &score = scoreOf(trainees, agent);
        GuidelineContext context;
        context.platform = replies.toString(4);
        context.publicPost = !isPrivate;
        context.customerIsNegative =
            negativeTemperament(script.persona(personas.value(replies.toString(5))));
        score.guidelineWarningsIgnored += int(checker.check(body, context).size());
        if (std::any_of(
                script.forbiddenPhrases.begin(), script.forbiddenPhrases.end(),
                [&body](const QString &p) { return body.contains(p, Qt::CaseInsensitive); }))
            ++score.forbiddenPhrases;
        if (!isPrivate && script.noPersonalDataInPublic && containsPersonalData(body))
            ++score.personalDataInPublic;
        report.timeline.push_back({(replies.toInt(1) - report.startedAtMs) / 1000,
                                   u"reply"_s,
                                   agent,
                                   {},
                                   isPrivate ? u"private"_s : u"public"_s});
    }
}

ObjectiveScore scoreObjective(Database &db, const TrainingScript &script,
                              const TrainingObjective &objective, std::int64_t untilMs)
{
    ObjectiveScore out;
    out.inject = objective.inject;
    out.deadlineMinutes = objective.replyWithinMinutes;
    out.toneRequired = !objective.tone.isEmpty();
    const TrainingInject *inject = script.inject(objective.inject);
    const auto actions =
        readInjectActions(db, inject->network, inject->mentionId, untilMs, script.teams);
    if (!actions)
        return out;
    out.reached = true;
    if (!actions->replies.empty()) {
        const TraineeReply &first = actions->replies.front();
        out.trainee = first.agent;
        out.firstResponseSeconds = (first.atMs - actions->postedAtMs) / 1000;
        out.missed = objective.replyWithinMinutes
                     && first.atMs > actions->postedAtMs + *objective.replyWithinMinutes * minuteMs;
        if (out.toneRequired)
            out.toneMet = showsEmpathy(db, first.text);
    } else {
        out.missed = true;
    }
    if (objective.mustGoPrivate)
        out.publicWhenPrivate =
            int(std::count_if(actions->replies.begin(), actions->replies.end(),
                              [](const TraineeReply &r) { return !r.isPrivate; }));
    if (!actions->escalations.empty())
        out.escalatedTo = actions->escalations.front().target;
    if (!objective.escalateTo.isEmpty()) {
        const bool right = std::any_of(
            actions->escalations.begin(), actions->escalations.end(),
            [&objective](const TraineeEscalation &e) { return e.target == objective.escalateTo; });
        out.escalation = right                          ? EscalationResult::Right
                         : actions->escalations.empty() ? EscalationResult::Missing
                                                        : EscalationResult::Wrong;
    } else if (!actions->escalations.empty()) {
        out.escalation = EscalationResult::Wrong;
    }
    if (out.trainee.isEmpty() && !actions->escalations.empty())
        out.trainee = actions->escalations.front().agent;
    return out;
}

} // namespace

QString escalationResultKey(EscalationResult result)
{
    switch (result) {
    case EscalationResult::Right:
        return u"right"_s;
    case EscalationResult::Wrong:
        return u"wrong"_s;
    case EscalationResult::Missing:
        return u"missing"_s;
    case EscalationResult::NotNeeded:
        break;
    }
    return u"not_needed"_s;
}

TrainingReport scoreTraining(Database &db, const Scenario &scenario)
{
    if (!scenario.training)
        throw StoreError(Tr::tr("Only a scenario of version 2 can be scored."));
    const TrainingScript &script = *scenario.training;
    TrainingReport report;
    const QString started = WorkspaceSettings::value(db, WorkspaceSettings::trainingStartedAt);
    if (started.isEmpty())
        throw StoreError(Tr::tr("No training run has been played in this workspace."));
    report.startedAtMs = started.toLongLong();
    const std::int64_t untilMs = std::numeric_limits<std::int64_t>::max();
    std::vector<TraineeScore> trainees;

    for (const TrainingObjective &objective : script.objectives) {
        ObjectiveScore o = scoreObjective(db, script, objective, untilMs);
        if (o.reached) {
            TraineeScore &s = scoreOf(trainees, o.trainee);
            ++s.objectives;
            if (o.firstResponseSeconds) {
                ++s.answered;
                s.totalFirstResponseSeconds += *o.firstResponseSeconds;
            }
            s.missed += o.missed ? 1 : 0;
            s.publicWhenPrivate += o.publicWhenPrivate;
            s.escalationsRight += o.escalation == EscalationResult::Right ? 1 : 0;
            s.escalationsWrong += o.escalation == EscalationResult::Wrong ? 1 : 0;
            s.escalationsMissing += o.escalation == EscalationResult::Missing ? 1 : 0;
            s.toneRequired += o.toneRequired ? 1 : 0;
            s.toneMet += o.toneMet ? 1 : 0;
        }
        report.objectives.push_back(o);
    }

    // Branches: which of the injects a branch can post was posted.
    for (const TrainingBranch &branch : script.branches) {
        BranchOutcome outcome;
        outcome.after = branch.after;
        QStringList choices;
        for (const BranchRule &rule : branch.rules)
            choices.append(rule.then);
        if (!branch.otherwise.isEmpty())
            choices.append(branch.otherwise);
        for (const QString &key : choices) {
            const TrainingInject *inject = script.inject(key);
            Statement posted(db, "SELECT 1 FROM mentions WHERE platform = ? AND platform_id = ?");
            posted.bind(1, inject->network).bind(2, inject->mentionId);
            if (posted.step()) {
                outcome.chosen = key;
                outcome.mood = injectMoodKey(inject->mood);
                break;
            }
        }
        const TrainingInject *after = script.inject(branch.after);
        const auto actions =
            readInjectActions(db, after->network, after->mentionId, untilMs, script.teams);
        if (!actions)
            continue; // never reached
        if (!actions->replies.empty())
            outcome.trainee = actions->replies.front().agent;
        if (outcome.chosen.isEmpty())
            outcome.mood = injectMoodKey(InjectMood::Neutral);
        TraineeScore &s = scoreOf(trainees, outcome.trainee);
        s.calmed += outcome.mood == u"calmed" ? 1 : 0;
        s.inflamed += outcome.mood == u"inflamed" ? 1 : 0;
        report.branches.push_back(outcome);
    }

    scoreReplies(db, scenario, report, trainees);

    // The timeline: injects and noise as they were posted, then what trainees did.
    QHash<QString, QString> injectByMention;
    for (const TrainingInject &inject : script.injects)
        injectByMention.insert(inject.network + u'\n' + inject.mentionId, inject.key);
    Statement mentions(db, "SELECT platform, platform_id, created_at FROM mentions "
                           "WHERE created_at >= ? ORDER BY created_at, id");
    mentions.bind(1, report.startedAtMs);
    while (mentions.step()) {
        const QString key =
            injectByMention.value(mentions.toString(0) + u'\n' + mentions.toString(1));
        const std::int64_t at = (mentions.toInt(2) - report.startedAtMs) / 1000;
        if (key.isEmpty()) {
            ++report.noise;
            continue;
        }
        const TrainingInject *inject = script.inject(key);
        report.timeline.push_back({at, u"inject"_s, inject->persona, key,
                                   inject->isPrivate ? u"private"_s : u"public"_s});
    }
    Statement changes(db, "SELECT e.at, e.actor, e.type, e.payload FROM case_events e "
                          "JOIN agents a ON a.key = e.actor "
                          "WHERE e.at >= ? AND e.type IN ('assigned', 'tag_added', "
                          "'status_changed') ORDER BY e.at, e.id");
    changes.bind(1, report.startedAtMs);
    while (changes.step()) {
        const QString type = changes.toString(2);
        const auto payload = json::parse(changes.toString(3).toStdString(), nullptr, false);
        const auto text = [&payload](const char *key) {
            return payload.is_object() && payload.contains(key) && payload[key].is_string()
                       ? QString::fromStdString(payload[key].get<std::string>())
                       : QString();
        };
        const QString kind = type == u"status_changed" ? u"status"_s
                             : type == u"assigned"     ? u"assigned"_s
                                                       : u"tag"_s;
        const QString detail = type == u"status_changed" ? text("to")
                               : type == u"assigned"     ? text("agent")
                                                         : text("tag");
        report.timeline.push_back({(changes.toInt(0) - report.startedAtMs) / 1000,
                                   kind,
                                   changes.toString(1),
                                   {},
                                   detail});
    }
    std::stable_sort(
        report.timeline.begin(), report.timeline.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.atSeconds < b.atSeconds; });

    std::sort(trainees.begin(), trainees.end(),
              [](const TraineeScore &a, const TraineeScore &b) { return a.trainee < b.trainee; });
    report.team.trainee = u"team"_s;
    for (const TraineeScore &s : trainees)
        addInto(report.team, s);
    // Objectives nobody answered stay in the team's score only.
    trainees.erase(std::remove_if(trainees.begin(), trainees.end(),
                                  [](const TraineeScore &s) { return s.trainee.isEmpty(); }),
                   trainees.end());
    report.trainees = std::move(trainees);
    return report;
}

namespace {

json scoreJson(const TraineeScore &s)
{
    json out{{"trainee", s.trainee.toStdString()},
             {"objectives", s.objectives},
             {"answered", s.answered},
             {"missed", s.missed},
             {"public_when_private", s.publicWhenPrivate},
             {"guideline_warnings_ignored", s.guidelineWarningsIgnored},
             {"forbidden_phrases", s.forbiddenPhrases},
             {"personal_data_in_public", s.personalDataInPublic},
             {"escalations_right", s.escalationsRight},
             {"escalations_wrong", s.escalationsWrong},
             {"escalations_missing", s.escalationsMissing},
             {"tone_required", s.toneRequired},
             {"tone_met", s.toneMet},
             {"calmed", s.calmed},
             {"inflamed", s.inflamed}};
    if (s.answered > 0)
        out["mean_first_response_seconds"] = s.totalFirstResponseSeconds / s.answered;
    else
        out["mean_first_response_seconds"] = nullptr;
    return out;
}

QByteArray csvField(const QString &value)
{
    QString text = value;
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

} // namespace

QByteArray trainingReportJson(const TrainingReport &report)
{
    json out{{"started_at_ms", report.startedAtMs}, {"noise", report.noise}};
    out["team"] = scoreJson(report.team);
    out["trainees"] = json::array();
    for (const TraineeScore &s : report.trainees)
        out["trainees"].push_back(scoreJson(s));
    out["objectives"] = json::array();
    for (const ObjectiveScore &o : report.objectives) {
        json item{{"inject", o.inject.toStdString()},
                  {"trainee", o.trainee.toStdString()},
                  {"reached", o.reached},
                  {"missed", o.missed},
                  {"public_when_private", o.publicWhenPrivate},
                  {"escalation", escalationResultKey(o.escalation).toStdString()},
                  {"escalated_to", o.escalatedTo.toStdString()},
                  {"tone_required", o.toneRequired},
                  {"tone_met", o.toneMet}};
        item["first_response_seconds"] =
            o.firstResponseSeconds ? json(*o.firstResponseSeconds) : json(nullptr);
        item["deadline_minutes"] = o.deadlineMinutes ? json(*o.deadlineMinutes) : json(nullptr);
        out["objectives"].push_back(item);
    }
    out["branches"] = json::array();
    for (const BranchOutcome &b : report.branches)
        out["branches"].push_back({{"after", b.after.toStdString()},
                                   {"chosen", b.chosen.toStdString()},
                                   {"mood", b.mood.toStdString()},
                                   {"trainee", b.trainee.toStdString()}});
    out["timeline"] = json::array();
    for (const TimelineEntry &t : report.timeline)
        out["timeline"].push_back({{"at_seconds", t.atSeconds},
                                   {"kind", t.kind.toStdString()},
                                   {"who", t.who.toStdString()},
                                   {"inject", t.inject.toStdString()},
                                   {"detail", t.detail.toStdString()}});
    return QByteArray::fromStdString(out.dump(2)) + '\n';
}

QByteArray trainingReportCsv(const TrainingReport &report)
{
    QByteArray out = "trainee,objectives,answered,missed,mean_first_response_seconds,"
                     "public_when_private,guideline_warnings_ignored,forbidden_phrases,"
                     "personal_data_in_public,escalations_right,escalations_wrong,"
                     "escalations_missing,tone_required,tone_met,calmed,inflamed\n";
    std::vector<TraineeScore> rows = report.trainees;
    rows.push_back(report.team);
    for (const TraineeScore &s : rows) {
        const QString mean =
            s.answered > 0 ? QString::number(s.totalFirstResponseSeconds / s.answered) : QString();
        out += csvField(s.trainee) + ',' + QByteArray::number(s.objectives) + ','
               + QByteArray::number(s.answered) + ',' + QByteArray::number(s.missed) + ','
               + mean.toUtf8() + ',' + QByteArray::number(s.publicWhenPrivate) + ','
               + QByteArray::number(s.guidelineWarningsIgnored) + ','
               + QByteArray::number(s.forbiddenPhrases) + ','
               + QByteArray::number(s.personalDataInPublic) + ','
               + QByteArray::number(s.escalationsRight) + ','
               + QByteArray::number(s.escalationsWrong) + ','
               + QByteArray::number(s.escalationsMissing) + ',' + QByteArray::number(s.toneRequired)
               + ',' + QByteArray::number(s.toneMet) + ',' + QByteArray::number(s.calmed) + ','
               + QByteArray::number(s.inflamed) + '\n';
    }
    out += "\nat_seconds,kind,who,inject,detail\n";
    for (const TimelineEntry &t : report.timeline)
        out += QByteArray::number(t.atSeconds) + ',' + csvField(t.kind) + ',' + csvField(t.who)
               + ',' + csvField(t.inject) + ',' + csvField(t.detail) + '\n';
    return out;
}

} // namespace earshot
