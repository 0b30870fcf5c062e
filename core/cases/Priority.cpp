// SPDX-License-Identifier: Apache-2.0
#include "cases/Priority.h"

#include "Tr.h"
#include "cases/CaseVocabulary.h"
#include "people/PersonBadges.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <type_traits>

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

// The defaults rank what a care lead would look at first: risks to the business, then money
// and complaints from people who wrote to us, then reach. Every case starts at `base`.
const std::map<QString, int> &defaultPoints()
{
    static const std::map<QString, int> points{
        {u"base"_s, 20},
        {u"risk.legal"_s, 25},
        {u"risk.safety"_s, 30},
        {u"risk.press"_s, 25},
        {u"risk.churn"_s, 15},
        {u"risk.staff-abuse"_s, 10},
        // A scam in our name is spam to answer but urgent to act on (report it, warn the
        // customers it reaches): it outweighs the spam category's -40.
        {u"risk.scam"_s, 70},
        {u"risk.purchase"_s, 10},
        {u"category.claim"_s, 15},
        {u"category.complaint"_s, 12},
        {u"category.question"_s, 8},
        {u"category.feedback"_s, 3},
        {u"category.praise"_s, 0},
        {u"category.observation"_s, 0},
        {u"category.spam"_s, -40},
        {u"sentiment.very negative"_s, 12},
        {u"sentiment.negative"_s, 6},
        {u"sentiment.neutral"_s, 0},
        {u"sentiment.positive"_s, 0},
        {u"sentiment.very positive"_s, 0},
        {u"needs-reply"_s, 10},
        {u"direct"_s, 8},
        {u"influencer"_s, 15},
        {u"vip"_s, 20},
        {u"customer"_s, 8},
        {u"prospect"_s, 5},
        {u"employee"_s, -10},
        {u"waiting.per-hour"_s, 2},
        {u"waiting.max"_s, 20},
    };
    return points;
}

} // namespace

QString priorityWeightTitle(const QString &key)
{
    if (key.startsWith(u"risk.")) {
        for (Risk risk : allRisks()) {
            if (u"risk." + riskKey(risk) == key)
                return riskTitle(risk);
        }
    }
    if (key.startsWith(u"category."))
        return categoryTitle(key.mid(9));
    if (key.startsWith(u"sentiment."))
        return sentimentTitle(key.mid(10));
    if (key == u"base")
        return Tr::tr("Every case");
    if (key == u"needs-reply")
        return Tr::tr("Needs a reply");
    if (key == u"direct")
        return Tr::tr("Written to us");
    if (key == u"waiting.per-hour")
        return Tr::tr("Waiting: points an hour");
    if (key == u"waiting.max")
        return Tr::tr("Waiting: points at most");
    return badgeTitle(key); // the speaker weights carry the badges' names
}

namespace {

QString waitingTitle(std::int64_t waitingMs)
{
    const std::int64_t minutes = waitingMs / 60000;
    if (minutes < 120)
        return Tr::tr("Waiting %n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return Tr::tr("Waiting %n h", nullptr, int(minutes / 60));
    return Tr::tr("Waiting %n days", nullptr, int(minutes / (24 * 60)));
}

} // namespace

PriorityWeights::PriorityWeights()
    : m_points(defaultPoints())
{
    fillTable();
}

void PriorityWeights::fillTable()
{
    Table &t = m_table;
    t.base = points(u"base"_s);
    // The table's arrays are sized by hand: a new risk or category must grow them.
    Q_ASSERT(allRisks().size() == qsizetype(std::size(t.risk)));
    Q_ASSERT(allCategories().size() == qsizetype(std::size(t.category)));
    for (qsizetype i = 0; i < allRisks().size(); ++i)
        t.risk[i] = points(u"risk." + riskKey(allRisks()[i]));
    for (qsizetype i = 0; i < allCategories().size(); ++i)
        t.category[i] = points(u"category." + categoryKey(allCategories()[i]));
    static_assert(sentimentKeyTable.size() == std::extent_v<decltype(Table::sentiment)>);
    for (const KeyEntry<Sentiment> &entry : sentimentKeyTable)
        t.sentiment[int(entry.value)] = points(u"sentiment." + sentimentKey(entry.value));
    t.needsReply = points(u"needs-reply"_s);
    t.direct = points(u"direct"_s);
    t.vip = points(u"vip"_s);
    t.influencer = points(u"influencer"_s);
    t.employee = points(u"employee"_s);
    t.customer = points(u"customer"_s);
    t.prospect = points(u"prospect"_s);
    t.waitingPerHour = points(u"waiting.per-hour"_s);
    t.waitingMax = points(u"waiting.max"_s);
}

int PriorityWeights::points(const QString &key) const
{
    const auto it = m_points.find(key);
    return it == m_points.end() ? 0 : it->second;
}

QStringList PriorityWeights::keys()
{
    QStringList keys;
    for (const auto &[key, points] : defaultPoints())
        keys.append(key);
    return keys;
}

std::optional<PriorityWeights> PriorityWeights::fromJson(const nlohmann::json &json, QString *error)
{
    if (!json.is_object()) {
        *error = Tr::tr("Priority weights must be a JSON object of weight names and points.");
        return std::nullopt;
    }
    PriorityWeights weights;
    for (const auto &[name, value] : json.items()) {
        const QString key = QString::fromStdString(name);
        const auto it = weights.m_points.find(key);
        if (it == weights.m_points.end()) {
            *error = Tr::tr("\"%1\" is not a priority weight. The weights are: %2.")
                         .arg(key, keys().join(u", "));
            return std::nullopt;
        }
        if (!value.is_number_integer() || value.get<std::int64_t>() < -100
            || value.get<std::int64_t>() > 100) {
            *error = Tr::tr("\"%1\" must be a whole number of points from -100 to 100.").arg(key);
            return std::nullopt;
        }
        it->second = value.get<int>();
    }
    weights.fillTable();
    return weights;
}

nlohmann::json PriorityWeights::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto &[key, points] : m_points)
        json[key.toStdString()] = points;
    return json;
}

namespace {

// Every signal that applies, with its points: `add(key, points)` where `key()` names its weight.
// One walk for the total and for the reasons, so the two never disagree.
template <typename Add>
void visitSignals(const PrioritySignals &s, const PriorityWeights::Table &t, Add &&add)
{
    add([] { return u"base"_s; }, t.base);
    const QList<Risk> &risks = allRisks();
    for (qsizetype i = 0; i < risks.size(); ++i) {
        if (hasRisk(s.risks, risks[i]))
            add([&] { return riskKey(risks[i]).prepend(u"risk."); }, t.risk[i]);
    }
    if (s.category) {
        const qsizetype i = allCategories().indexOf(*s.category);
        add([&] { return categoryKey(*s.category).prepend(u"category."); }, t.category[i]);
    }
    if (s.sentiment)
        add([&] { return sentimentKey(*s.sentiment).prepend(u"sentiment."); },
            t.sentiment[int(*s.sentiment)]);
    if (s.needsReply)
        add([] { return u"needs-reply"_s; }, t.needsReply);
    if (s.direct)
        add([] { return u"direct"_s; }, t.direct);
    if (s.vip)
        add([] { return u"vip"_s; }, t.vip);
    if (s.influencer)
        add([] { return u"influencer"_s; }, t.influencer);
    if (s.employee)
        add([] { return u"employee"_s; }, t.employee);
    else if (s.customer)
        add([] { return u"customer"_s; }, t.customer);
    else if (s.prospect)
        add([] { return u"prospect"_s; }, t.prospect);
    if (s.waitingMs > 0) {
        const std::int64_t hours = s.waitingMs / 3600000;
        add([] { return u"waiting"_s; },
            int(std::min<std::int64_t>(hours * t.waitingPerHour, t.waitingMax)));
    }
}

} // namespace

int priorityTotal(const PrioritySignals &signals, const PriorityWeights &weights)
{
    int total = 0;
    visitSignals(signals, weights.table(), [&total](auto &&, int points) { total += points; });
    return std::clamp(total, 0, 100);
}

PriorityBreakdown scorePriority(const PrioritySignals &signals, const PriorityWeights &weights)
{
    PriorityBreakdown breakdown;
    visitSignals(signals, weights.table(), [&](auto &&key, int points) {
        if (points == 0)
            return;
        const QString name = key();
        breakdown.reasons.push_back(
            {name, name == u"waiting" ? waitingTitle(signals.waitingMs) : priorityWeightTitle(name),
             points});
    });
    breakdown.total = priorityTotal(signals, weights);
    std::stable_sort(breakdown.reasons.begin(), breakdown.reasons.end(),
                     [](const PriorityReason &a, const PriorityReason &b) {
                         return std::abs(a.points) > std::abs(b.points);
                     });
    return breakdown;
}

QString priorityReasonsText(const PriorityBreakdown &breakdown)
{
    QStringList parts;
    for (const PriorityReason &reason : breakdown.reasons) {
        parts.append(reason.points >= 0 ? Tr::tr("%1 +%2").arg(reason.title).arg(reason.points)
                                        : Tr::tr("%1 −%2").arg(reason.title).arg(-reason.points));
    }
    return parts.join(u" · ");
}

} // namespace earshot
