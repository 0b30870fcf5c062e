// SPDX-License-Identifier: Apache-2.0
#include "listening/CategoryClassifier.h"

#include "listening/CareCues.h"
#include "listening/PostWords.h"

#include <algorithm>
#include <array>

namespace earshot {

namespace {

constexpr int kCategories = 7;

// How much one cue counts towards its category. A claim or a suggestion is said in few, plain
// words; problems and praise words are many and loose.
double weight(CareCue cue)
{
    switch (cue) {
    case CareCue::Claim:
        return 2.0;
    case CareCue::Feedback:
        return 1.6;
    case CareCue::Spam:
        return 1.2;
    default:
        return 1.0;
    }
}

bool countsFor(CareCue cue, Category *category)
{
    switch (cue) {
    case CareCue::Problem:
    case CareCue::Chase:
        *category = Category::Complaint;
        return true;
    case CareCue::Claim:
        *category = Category::Claim;
        return true;
    case CareCue::Question:
        *category = Category::Question;
        return true;
    case CareCue::Praise:
    case CareCue::Resolved: // "thanks, sorted now" closes with a thank-you
        *category = Category::Praise;
        return true;
    case CareCue::Feedback:
        *category = Category::Feedback;
        return true;
    case CareCue::Spam:
        *category = Category::Spam;
        return true;
    }
    return false;
}

// Ties go to the category that asks more of us.
constexpr std::array<Category, kCategories> kPrecedence{
    Category::Spam,     Category::Claim,  Category::Complaint,  Category::Feedback,
    Category::Question, Category::Praise, Category::Observation};

} // namespace

CategoryClassifier::CategoryClassifier()
{
    careCues(); // build the tables now, not on the first mention
}

CategoryReading CategoryClassifier::read(QStringView text, const QString &lang,
                                         const SentimentReading &sentiment,
                                         const RiskReading &risks) const
{
    const PostWords &words = PostWords::ofText(text);
    std::array<double, kCategories> score{};
    auto add = [&](Category c, double w) { score[int(c)] += w; };

    const PhraseHits hits = careCues().find(words, lang);
    const auto has = [&hits](CareCue cue) {
        return std::any_of(hits.begin(), hits.end(),
                           [cue](const PhraseHit &hit) { return CareCue(hit.tag) == cue; });
    };
    const bool resolved = has(CareCue::Resolved);
    const bool phishing = hasRisk(risks.flags, Risk::Scam);
    for (const PhraseHit &hit : hits) {
        // A problem said to be over ("the outage is finally over") is no complaint now, and the
        // money a phishing post dangles is bait, not a claim.
        if ((resolved && CareCue(hit.tag) == CareCue::Problem)
            || (phishing && CareCue(hit.tag) == CareCue::Claim))
            continue;
        Category c;
        if (countsFor(CareCue(hit.tag), &c))
            add(c, weight(CareCue(hit.tag)));
    }
    if (words.questionMarks() > 0)
        add(Category::Question, 0.8);
    // Whoever threatens to sue or to leave is complaining, however calmly ("I'm thinking of
    // leaving. Convince me not to.").
    // So is whoever reports a danger, goes to the press or abuses our staff: something went wrong.
    constexpr RiskFlags complaining = riskFlag(Risk::LegalThreat) | riskFlag(Risk::Churn)
                                      | riskFlag(Risk::Safety) | riskFlag(Risk::PressOrRegulator)
                                      | riskFlag(Risk::StaffAbuse);
    if (risks.flags & complaining)
        add(Category::Complaint, 1.0);
    // Outweighs the outage it exploits: no customer asks other customers for card details.
    if (phishing)
        add(Category::Spam, 3.0);

    // Promotion: a post that is mostly links and tags, or that stacks hashtags.
    const qsizetype plainWords = words.size() - words.handles();
    if (words.links() > 0 && plainWords - words.hashtags() <= 3)
        add(Category::Spam, 2.0);
    if (words.hashtags() >= 4)
        add(Category::Spam, 0.8 + 0.2 * (words.hashtags() - 4));
    if (words.links() > 0 && score[int(Category::Spam)] > 0)
        add(Category::Spam, 0.5);

    // The sentiment read before: negative with a problem named is a complaint; positive is
    // praise unless something is wrong.
    const double problem = score[int(Category::Complaint)];
    if (sentiment.score <= -0.15) {
        add(Category::Complaint, problem > 0 ? 0.5 - sentiment.score : -sentiment.score * 0.8);
        score[int(Category::Praise)] *= 0.5; // "thanks for nothing"
    } else if (sentiment.score >= 0.15 && problem == 0) {
        add(Category::Praise, 0.4 + sentiment.score * 0.6);
    }
    // A problem asked about ("my internet is down, when will it be fixed?", "please help, I'm
    // locked out") is a complaint: the question is about the problem.
    if (problem > 0 && score[int(Category::Question)] > 0) {
        score[int(Category::Complaint)] += 0.5 + 0.5 * score[int(Category::Question)];
        score[int(Category::Question)] *= 0.5;
    }
    // Praise with a problem named is rarely praise: "love how it's down again", and courtesy
    // ("thanks for the reply, but my order still has not arrived", "please help") is manners,
    // not praise, while the problem is not over.
    if (problem > 0)
        score[int(Category::Praise)] *= resolved ? 0.6 : 0.3;
    // News about us ("… strike dates over pay dispute, union says") asks nothing of us, whatever
    // problem it names.
    if (risks.reportsOnOthers && !phishing) {
        for (Category c : {Category::Complaint, Category::Claim, Category::Question,
                           Category::Praise, Category::Feedback})
            score[int(c)] = 0;
    }
    // Spam needs more than one hint: "crypto" alone may be a customer's question.
    if (score[int(Category::Spam)] < 1.5)
        score[int(Category::Spam)] = 0;

    Category best = Category::Observation;
    double top = 0;
    for (Category c : kPrecedence) {
        if (score[int(c)] > top + 1e-9) {
            top = score[int(c)];
            best = c;
        }
    }
    double second = 0;
    for (Category c : kPrecedence) {
        if (c != best)
            second = std::max(second, score[int(c)]);
    }

    CategoryReading reading;
    reading.category = best;
    if (best == Category::Observation) {
        // Nothing asked, nothing felt: the default, held loosely.
        reading.confidence = words.size() >= 3 ? 0.5 : 0.3;
        return reading;
    }
    reading.confidence = std::clamp(0.3 + 0.12 * top + 0.12 * (top - second), 0.3, 0.95);
    // Quotes are made for the winner only: most hits never need one.
    for (const PhraseHit &hit : hits) {
        Category c;
        if (countsFor(CareCue(hit.tag), &c) && c == best) {
            const QString cue = words.quote(hit.firstWord, hit.lastWord).toString();
            if (!reading.cues.contains(cue))
                reading.cues.append(cue);
        }
    }
    if (best == Category::Spam && phishing) {
        for (const QString &cue : risks.cues) {
            if (!reading.cues.contains(cue))
                reading.cues.append(cue);
        }
    }
    if (best == Category::Question && words.questionMarks() > 0)
        reading.cues.append(QStringLiteral("?"));
    if (best == Category::Complaint || best == Category::Praise) {
        for (const QString &cue : sentiment.cues) {
            if (!reading.cues.contains(cue))
                reading.cues.append(cue);
        }
    }
    return reading;
}

} // namespace earshot
