// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// What a scenario of format version 2 adds for training (docs/scenario-format.md, "Version 2"):
// personas with a temperament, a script of injects, branches that react to what the trainee
// does, background noise and the objectives a run is scored against.

enum class Temperament { Calm, Impatient, Abusive, Anxious, Influencer, Journalist, Employee };

// How an inject leaves the conversation: what a branch's outcome is scored as.
enum class InjectMood { Neutral, Calmed, Inflamed };

struct TrainingInject {
    QString key;
    QString mentionId;                     // the post's id on its network ("id", default the key)
    std::optional<std::int64_t> atSeconds; // scripted; none: only a branch posts it
    std::int64_t delaySeconds = 60;        // after the branch that chose it decided
    QString persona;
    QString network;
    QString account;
    QString text;
    QString lang;
    bool isPrivate = false;
    QString inReplyTo; // inject key
    InjectMood mood = InjectMood::Neutral;
};

// Every condition given must hold (an empty condition always holds).
struct BranchCondition {
    std::optional<int> repliedWithinMinutes;
    std::optional<bool> repliedPrivately; // "replied_in": "private" / "public"
    QStringList replyContains;            // any of them, in any reply
    QStringList replyLacks;               // none of them, in every reply
    std::optional<bool> showsEmpathy;
    std::optional<bool> askedDetailsInPrivate;
    QString escalatedTo; // a team or an agent key
    std::optional<bool> resolved;
};

struct BranchRule {
    BranchCondition condition;
    QString then; // inject key
};

// Decided `decideAfterMinutes` after inject `after` was posted: the first rule that holds
// posts its inject, else `otherwise` (if any).
struct TrainingBranch {
    QString after;
    int decideAfterMinutes = 10;
    std::vector<BranchRule> rules;
    QString otherwise;
};

struct NoiseMix {
    QString category; // question, complaint, praise, chatter
    int weight = 1;
};

struct TrainingNoise {
    double perMinute = 0;
    std::vector<NoiseMix> mix;
    double surgeFactor = 3;
};

struct TrainingObjective {
    QString inject;
    std::optional<int> replyWithinMinutes;
    bool mustGoPrivate = false;
    QString escalateTo;
    QString tone; // "empathetic" or empty
};

struct TrainingPersonaTraits {
    QString key;
    bool customer = true;
    Temperament temperament = Temperament::Calm;
};

struct TrainingScript {
    std::uint64_t seed = 0;
    int durationMinutes = 30;
    QString language = QStringLiteral("en"); // of the background noise: "en" or "de"
    QStringList teams;
    std::vector<TrainingPersonaTraits> personas;
    std::vector<TrainingInject> injects;
    std::vector<TrainingBranch> branches;
    TrainingNoise noise;
    std::vector<TrainingObjective> objectives;
    QStringList forbiddenPhrases;
    bool noPersonalDataInPublic = true;

    const TrainingInject *inject(const QString &key) const;
    const TrainingObjective *objective(const QString &injectKey) const;
    const TrainingPersonaTraits *persona(const QString &key) const;
};

QString temperamentKey(Temperament temperament);
QString injectMoodKey(InjectMood mood);
const QStringList &temperamentKeys();
const QStringList &noiseCategories();

} // namespace earshot
