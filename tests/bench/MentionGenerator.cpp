// SPDX-License-Identifier: Apache-2.0
#include "MentionGenerator.h"

namespace earshot::bench {

namespace {

const std::vector<std::string> platforms{"x", "x", "x", "mastodon", "bluesky", "bluesky"};
const std::vector<std::string> openers{"@FernlineHelp",  "Hey @FernlineHelp", "@fernline", "",
                                       "Dear Fernline,", "@FernlineHelp hi"};
const std::vector<std::string> bodies{"my broadband has been down since this morning",
                                      "I was charged twice for the same bill this month",
                                      "still waiting for the refund you promised two weeks ago",
                                      "the router keeps dropping the connection every evening",
                                      "how do I move my number to an eSIM",
                                      "your app crashes as soon as I open the billing page",
                                      "the engineer was brilliant, fixed it in ten minutes",
                                      "thanks for the quick fix yesterday",
                                      "on hold for an hour and then cut off",
                                      "is there an outage in Harrowgate right now",
                                      "can I get compensation for the days without internet",
                                      "please add a dark mode to the app",
                                      "roaming charges in Portugal look wrong",
                                      "switched to Fernline last week, so far so good",
                                      "the shop in the high street told me something different",
                                      "my contract says 500 Mbit but I get 40",
                                      "cancelled my order and still got billed",
                                      "where is my new SIM card, ordered ten days ago",
                                      "support chat closed my ticket without an answer",
                                      "great coverage on the train today, well done"};
const std::vector<std::string> tails{"",   "",   "",     " #fail",       " #broadband", " 😡",
                                     " 🙏", " 👍", " !!!", " any update?", " #Fernline",  " 😤😤"};
const std::vector<std::string> syllables{"ka", "lo", "mi",  "ter", "van", "sol", "dre", "ni",
                                         "pa", "ru", "gen", "tor", "li",  "ma",  "sen", "bo"};

} // namespace

MentionGenerator::MentionGenerator(std::uint32_t seed, int people, std::int64_t startMs,
                                   Shape shape)
    : m_random(seed)
    , m_people(people)
    , m_shape(shape)
    , m_clockMs(startMs)
{}

std::string MentionGenerator::pseudoWord()
{
    std::string word;
    const int parts = std::uniform_int_distribution<int>(2, 4)(m_random);
    for (int i = 0; i < parts; ++i)
        word += pick(syllables);
    return word;
}

std::string MentionGenerator::text()
{
    std::string out = pick(openers);
    if (!out.empty())
        out += ' ';
    out += pick(bodies);
    if (chance(0.4))
        out += ", and " + pick(bodies);
    const int extra = std::uniform_int_distribution<int>(0, 6)(m_random);
    for (int i = 0; i < extra; ++i)
        out += ' ' + pseudoWord();
    out += pick(tails);
    return out;
}

Mention MentionGenerator::next()
{
    Mention m;
    const std::int64_t sequence = ++m_sequence;
    m_clockMs += std::uniform_int_distribution<int>(100, 5000)(m_random);
    int author = std::uniform_int_distribution<int>(1, m_people)(m_random);
    const bool conversations = m_shape == Shape::Conversations;
    if (conversations && !m_recent.empty() && chance(0.35)) {
        const auto &[parent, parentAuthor] = pick(m_recent);
        m.inReplyTo = QString::number(parent);
        if (chance(0.6))
            author = parentAuthor; // people mostly follow up on their own posts
    }
    m.platform = QString::fromStdString(platforms[std::size_t(author) % platforms.size()]);
    m.id = QString::number(sequence);
    m.createdAtMs = m_clockMs;
    m.text = QString::fromStdString(text());
    m.author.id = QString::number(author);
    m.author.handle = QStringLiteral("person%1").arg(author);
    m.author.name = QStringLiteral("Person %1").arg(author);
    // Each person has their own audience, drifting a little from post to post.
    m.author.followers = (std::int64_t(author) * 2654435761u) % 5000
                         + std::uniform_int_distribution<int>(0, 3)(m_random);
    m.isPrivate = conversations && chance(0.05);
    m.lang = QStringLiteral("en");
    if (m_recent.size() < 2000)
        m_recent.emplace_back(sequence, author);
    else
        m_recent[std::size_t(sequence % 2000)] = {sequence, author};
    return m;
}

std::vector<std::string> MentionGenerator::searchQueries(int count)
{
    const std::vector<std::string> fixed{
        "refund",       "router",  "\"charged twice\"", "harrowgate",       "esim",
        "compensation", "refund*", "dark mode",         "\"on hold\" hour", "engineer brilliant"};
    std::vector<std::string> queries;
    queries.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        queries.push_back(i % 2 == 0 ? fixed[std::size_t(i / 2) % fixed.size()] : pseudoWord());
    return queries;
}

} // namespace earshot::bench
