// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ingest/Mention.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace earshot::bench {

// Deterministic, realistic-looking mentions: three networks, a long tail of people, threads
// where people reply to themselves and to others, customer-care phrasing and a long-tail
// vocabulary, so the full-text index is as big as a real one.
class MentionGenerator {
public:
    // Conversations: the bench's usual file, where most mentions join an existing case (a third
    // are replies, 5 % private messages, which join the person's open case).
    // NewCases: every mention opens a case of its own, as a brand's mentions mostly do: public
    // top-level posts, no replies, no private messages.
    enum class Shape { Conversations, NewCases };

    MentionGenerator(std::uint32_t seed, int people, std::int64_t startMs,
                     Shape shape = Shape::Conversations);

    Mention next();
    // What people type into the search box: words, phrases and prefixes from the same language.
    std::vector<std::string> searchQueries(int count);

private:
    std::string text();
    std::string pseudoWord();
    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(m_random)];
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    std::mt19937 m_random;
    int m_people;
    Shape m_shape;
    std::int64_t m_clockMs;
    std::int64_t m_sequence = 0;
    std::vector<std::pair<std::int64_t, int>> m_recent; // (sequence, author) of recent mentions
};

} // namespace earshot::bench
