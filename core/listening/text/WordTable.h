// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace earshot {

// FNV-1a over the UTF-16 units: words are short, and a seeded string hash costs more than the
// whole probe for a five-letter word. The tokenizer computes it once per word.
inline quint32 hashWord(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h ^ (h >> 15);
}

// A word → index table looked up by QStringView, so a reader can look up a slice of the post
// without building a QString per word (Qt 6.4's QHash cannot). Open addressing over one string
// pool, kept sparse because most lookups miss. Built once, then only read: any number of threads
// may share it.
class WordTable final {
public:
    // The index stored for `word`, inserting `index` if the word is new.
    int insert(QStringView word, int index);
    int find(QStringView word) const { return find(word, hashWord(word)); }
    int find(QStringView word, quint32 hash) const; // -1 when absent
    int size() const { return m_count; }

private:
    struct Slot {
        quint32 hash = 0;
        int offset = -1;
        int length = 0;
        int index = -1;
    };
    size_t slotFor(QStringView word, quint32 hash) const;
    void grow();

    QString m_pool;
    std::vector<Slot> m_slots;
    int m_count = 0;
};

} // namespace earshot
