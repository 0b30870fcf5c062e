// SPDX-License-Identifier: Apache-2.0
#include "platforms/simulation/TrainingScript.h"

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

const TrainingInject *TrainingScript::inject(const QString &key) const
{
    const auto it = std::find_if(injects.begin(), injects.end(),
                                 [&key](const TrainingInject &i) { return i.key == key; });
    return it == injects.end() ? nullptr : &*it;
}

const TrainingObjective *TrainingScript::objective(const QString &injectKey) const
{
    const auto it =
        std::find_if(objectives.begin(), objectives.end(),
                     [&injectKey](const TrainingObjective &o) { return o.inject == injectKey; });
    return it == objectives.end() ? nullptr : &*it;
}

const TrainingPersonaTraits *TrainingScript::persona(const QString &key) const
{
    const auto it = std::find_if(personas.begin(), personas.end(),
                                 [&key](const TrainingPersonaTraits &p) { return p.key == key; });
    return it == personas.end() ? nullptr : &*it;
}

const QStringList &temperamentKeys()
{
    // In the order of Temperament.
    static const QStringList keys{u"calm"_s,       u"impatient"_s,  u"abusive"_s, u"anxious"_s,
                                  u"influencer"_s, u"journalist"_s, u"employee"_s};
    return keys;
}

QString temperamentKey(Temperament temperament)
{
    return temperamentKeys().value(int(temperament));
}

QString injectMoodKey(InjectMood mood)
{
    switch (mood) {
    case InjectMood::Calmed:
        return u"calmed"_s;
    case InjectMood::Inflamed:
        return u"inflamed"_s;
    case InjectMood::Neutral:
        break;
    }
    return u"neutral"_s;
}

const QStringList &noiseCategories()
{
    static const QStringList keys{u"question"_s, u"complaint"_s, u"praise"_s, u"chatter"_s};
    return keys;
}

} // namespace earshot
