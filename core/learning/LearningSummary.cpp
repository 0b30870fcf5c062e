// SPDX-License-Identifier: Apache-2.0
#include "learning/LearningSummary.h"

#include "Tr.h"
#include "learning/LearningExamples.h"

#include <QDateTime>
#include <QLocale>

namespace earshot {

LearningSummary readLearningSummary(Database &db)
{
    LearningSummary summary;
    Statement counts(db, "SELECT field, count(*), max(created_at) FROM learning_examples "
                         "GROUP BY field");
    while (counts.step()) {
        const std::optional<LearnedModel::Field> field = learningFieldFromKey(counts.toString(0));
        if (!field)
            continue;
        FieldLearning &learning =
            *field == LearnedModel::Field::Sentiment ? summary.sentiment : summary.category;
        learning.examples = int(counts.toInt(1));
        learning.newestExampleAtMs = counts.toInt(2);
    }
    Statement s(db, "SELECT field, model, trained_at FROM learned_models");
    while (s.step()) {
        const std::optional<LearnedModel::Field> field = learningFieldFromKey(s.toString(0));
        const std::optional<LearnedModel> model = LearnedModel::fromBytes(s.toBlob(1));
        if (!field || !model)
            continue;
        FieldLearning &learning =
            *field == LearnedModel::Field::Sentiment ? summary.sentiment : summary.category;
        learning.trainedOn = model->exampleCount();
        learning.builtInAccuracy = model->builtInAccuracy();
        learning.heldOutAccuracy = model->heldOutAccuracy();
        learning.blendWeight = model->blendWeight();
        learning.trainedAtMs = s.toInt(2);
    }
    return summary;
}

bool needsTraining(const LearningSummary &summary, int minExamples)
{
    for (const FieldLearning *field : {&summary.sentiment, &summary.category}) {
        // A run stamps its models with the time it started reading: an example of that same
        // millisecond may have come in after the read.
        if (field->examples >= minExamples && field->newestExampleAtMs >= field->trainedAtMs)
            return true;
    }
    return false;
}

QStringList describeLearning(const LearningSummary &summary)
{
    QStringList lines;
    const QLocale locale;
    for (const FieldLearning *field : {&summary.sentiment, &summary.category}) {
        const QString name = field->field == LearnedModel::Field::Sentiment ? Tr::tr("Sentiment")
                                                                            : Tr::tr("Category");
        const QString count = locale.toString(field->examples);
        if (!field->hasModel()) {
            lines.append(Tr::tr("%1 (corrections: %2): nothing learned yet.").arg(name, count));
            continue;
        }
        const QString when = locale.toString(
            QDateTime::fromMSecsSinceEpoch(field->trainedAtMs).toLocalTime(), QLocale::ShortFormat);
        const QString builtIn = locale.toString(field->builtInAccuracy * 100, 'f', 0);
        const QString learned = locale.toString(field->heldOutAccuracy * 100, 'f', 0);
        if (field->blendWeight > 0)
            lines.append(Tr::tr("%1 (corrections: %2): on corrections held back, the built-in "
                                "reading was right %3 % of the time, with what agents taught "
                                "%4 % (weight %5); trained %6.")
                             .arg(name, count, builtIn, learned,
                                  locale.toString(field->blendWeight, 'f', 1), when));
        else
            lines.append(Tr::tr("%1 (corrections: %2): what agents taught does not yet beat the "
                                "built-in reading (right %3 % of the time on corrections held "
                                "back), so it is not used; trained %4.")
                             .arg(name, count, builtIn, when));
    }
    return lines;
}

} // namespace earshot
