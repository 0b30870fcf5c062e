// SPDX-License-Identifier: Apache-2.0
#include "listening/text/WordTable.h"

#include <algorithm>

namespace earshot {

size_t WordTable::slotFor(QStringView word, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (true) {
        const Slot &slot = m_slots[i];
        if (slot.offset < 0)
            return i;
        if (slot.hash == hash && slot.length == word.size()
            && std::equal(word.begin(), word.end(), m_pool.constData() + slot.offset))
            return i;
        i = (i + 1) & mask;
    }
}

void WordTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot &slot : old) {
        if (slot.offset >= 0)
            m_slots[slotFor(QStringView(m_pool.constData() + slot.offset, slot.length),
                            slot.hash)] = slot;
    }
}

int WordTable::insert(QStringView word, int index)
{
    if ((m_count + 1) * 4 > int(m_slots.size()))
        grow();
    const quint32 hash = hashWord(word);
    Slot &slot = m_slots[slotFor(word, hash)];
    if (slot.offset < 0) {
        slot.hash = hash;
        slot.offset = int(m_pool.size());
        slot.length = int(word.size());
        slot.index = index;
        m_pool.append(word);
        ++m_count;
    }
    return slot.index;
}

int WordTable::find(QStringView word, quint32 hash) const
{
    if (m_slots.empty() || word.isEmpty())
        return -1;
    return m_slots[slotFor(word, hash)].index;
}

} // namespace earshot
