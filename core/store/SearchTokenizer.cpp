// SPDX-License-Identifier: Apache-2.0
#include "store/SearchTokenizer.h"

#include "store/SearchCharacters.h"

#include <QChar>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace earshot {

namespace searchchars {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

constexpr Range pictographic[] = {
    {0xA9, 0xA9},       {0xAE, 0xAE},       {0x203C, 0x203C},   {0x2049, 0x2049},
    {0x2122, 0x2122},   {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},
    {0x231A, 0x231B},   {0x2328, 0x2328},   {0x2388, 0x2388},   {0x23CF, 0x23CF},
    {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},   {0x25AA, 0x25AB},
    {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
    {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},
    {0x2714, 0x2714},   {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},
    {0x2728, 0x2728},   {0x2733, 0x2734},   {0x2744, 0x2744},   {0x2747, 0x2747},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},
    {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},
    {0x3297, 0x3297},   {0x3299, 0x3299},   {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F},
    {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
    {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA},
    {0x1F400, 0x1F53D}, {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
    {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD}};

} // namespace

bool isPictographic(char32_t c)
{
    if (c < 0xA9)
        return false;
    const auto *range =
        std::upper_bound(std::begin(pictographic), std::end(pictographic), c,
                         [](char32_t value, const Range &r) { return value < r.first; });
    return range != std::begin(pictographic) && c <= (range - 1)->last;
}

} // namespace searchchars

namespace {

using namespace searchchars;

using TokenCallback = int (*)(void *context, int flags, const char *token, int size, int start,
                              int end);

// Decodes the character at text[at]; malformed UTF-8 comes back one byte at a time as U+FFFD
// (unicode61 sees those bytes as they are).
char32_t decode(const unsigned char *text, int at, int size, int &length)
{
    const unsigned char lead = text[at];
    length = 1;
    if (lead < 0x80)
        return lead;
    int more = 0;
    char32_t c = 0;
    if ((lead & 0xE0) == 0xC0) {
        more = 1;
        c = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        more = 2;
        c = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        more = 3;
        c = lead & 0x07;
    } else {
        return 0xFFFD;
    }
    if (at + more >= size)
        return 0xFFFD;
    for (int i = 1; i <= more; ++i) {
        const unsigned char next = text[at + i];
        if ((next & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (next & 0x3F);
    }
    length = 1 + more;
    return c;
}

bool isAscii(const char *text, int size)
{
    int i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) & 0x80)
            return false;
    }
    return true;
}

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

constexpr bool isKeycapBase(char32_t c)
{
    return (c >= '0' && c <= '9') || c == '#' || c == '*';
}

// A joiner chain longer than any emoji is cut, so a post cannot make one giant token.
constexpr int maxJoinedPictographs = 10;

// One tokenizer per table and connection: unicode61, made with the table's arguments, for words.
struct Instance {
    fts5_tokenizer words{};
    Fts5Tokenizer *wordsInstance = nullptr;
};

// The words of a run of text that was cut out of the whole (or copied without ignored
// characters), with offsets moved back to the whole text.
struct Shift {
    void *context;
    TokenCallback emit;
    int base;          // where the run starts in the whole text
    const int *origin; // or, for a copy, where each of its bytes came from
    int originSize;
};

int shifted(void *shiftContext, int flags, const char *token, int size, int start, int end)
{
    const auto *shift = static_cast<const Shift *>(shiftContext);
    if (shift->origin) {
        const int last = std::clamp(end - 1, start, shift->originSize - 1);
        start = shift->origin[std::min(start, shift->originSize - 1)];
        end = shift->origin[last] + 1;
    } else {
        start += shift->base;
        end += shift->base;
    }
    return shift->emit(shift->context, flags, token, size, start, end);
}

// Walks a text with characters beyond ASCII: words go to unicode61 run by run, emoji are
// emitted here, ignored characters are left out of the runs.
class Splitter final {
public:
    Splitter(Instance &instance, void *context, int flags, const char *text, int size,
             TokenCallback emit)
        : m_instance(instance)
        , m_context(context)
        , m_flags(flags)
        , m_text(text)
        , m_bytes(reinterpret_cast<const unsigned char *>(text))
        , m_size(size)
        , m_emit(emit)
    {}

    int run()
    {
        int at = 0;
        while (at < m_size && m_rc == SQLITE_OK) {
            int length = 0;
            const char32_t c = decode(m_bytes, at, m_size, length);
            if (c < 0x80) {
                const int keycapEnd = isKeycapBase(c) ? keycap(at + 1) : 0;
                if (keycapEnd) {
                    m_emoji.assign(1, char(c));
                    m_emoji.append("\xE2\x83\xA3"); // the keycap, without a variation selector
                    emitEmoji(at, keycapEnd);
                    at = keycapEnd;
                    continue;
                }
            } else if (startsEmoji(c)) {
                const int end = readEmoji(at);
                emitEmoji(at, end);
                at = end;
                continue;
            } else if (isIgnorable(c)) {
                startCopying(at);
                at += length;
                continue;
            }
            if (m_copying)
                copy(at, length);
            at += length;
        }
        if (m_rc == SQLITE_OK)
            flushWords(m_size);
        return m_rc;
    }

private:
    // The end of a keycap sequence (digit, # or *, an optional U+FE0F, U+20E3) whose base ends at
    // `at`, or 0.
    int keycap(int at) const
    {
        if (at >= m_size || m_bytes[at] < 0x80)
            return 0;
        int length = 0;
        char32_t c = decode(m_bytes, at, m_size, length);
        if (c == 0xFE0F) {
            at += length;
            if (at >= m_size)
                return 0;
            c = decode(m_bytes, at, m_size, length);
        }
        return c == combiningKeycap ? at + length : 0;
    }

    // Reads the emoji sequence starting at `at` into m_emoji, folded; returns its end.
    int readEmoji(int at)
    {
        int length = 0;
        char32_t c = decode(m_bytes, at, m_size, length);
        m_emoji.assign(m_text + at, std::size_t(length));
        int end = at + length;
        if (isRegionalIndicator(c) && end < m_size) {
            c = decode(m_bytes, end, m_size, length);
            if (isRegionalIndicator(c)) {
                m_emoji.append(m_text + end, std::size_t(length));
                end += length;
            }
            return end;
        }
        for (int joined = 0;;) {
            // What modifies the pictograph: selectors and skin tones are folded away, tags
            // (subdivision flags) and marks stay.
            while (end < m_size) {
                c = decode(m_bytes, end, m_size, length);
                if (isVariationSelector(c) || isSkinTone(c)) {
                    end += length;
                } else if (isTag(c) || (c >= 0x300 && isMark(c))) {
                    m_emoji.append(m_text + end, std::size_t(length));
                    end += length;
                } else {
                    break;
                }
            }
            if (end >= m_size || decode(m_bytes, end, m_size, length) != zeroWidthJoiner)
                return end;
            const int joinerLength = length;
            const int next = end + joinerLength;
            if (next >= m_size || !isPictographic(decode(m_bytes, next, m_size, length))
                || ++joined > maxJoinedPictographs)
                return end + joinerLength; // a joiner that joins nothing is dropped
            m_emoji.append(m_text + end, std::size_t(joinerLength + length));
            end = next + length;
        }
    }

    void emitEmoji(int start, int end)
    {
        flushWords(start);
        if (m_rc == SQLITE_OK)
            m_rc = m_emit(m_context, 0, m_emoji.data(), int(m_emoji.size()), start, end);
        m_wordsBegin = end;
    }

    // From here on the run of words is a copy without the ignored character at `at`.
    void startCopying(int at)
    {
        if (!m_copying) {
            m_copying = true;
            m_copy.clear();
            m_origin.clear();
            copy(m_wordsBegin, at - m_wordsBegin);
        }
    }

    void copy(int at, int length)
    {
        m_copy.append(m_text + at, std::size_t(length));
        for (int i = 0; i < length; ++i)
            m_origin.push_back(at + i);
    }

    void flushWords(int end)
    {
        if (m_copying) {
            m_copying = false;
            if (!m_copy.empty()) {
                Shift shift{m_context, m_emit, 0, m_origin.data(), int(m_origin.size())};
                m_rc = words(&shift, m_copy.data(), int(m_copy.size()));
            }
        } else if (end > m_wordsBegin) {
            Shift shift{m_context, m_emit, m_wordsBegin, nullptr, 0};
            m_rc = words(&shift, m_text + m_wordsBegin, end - m_wordsBegin);
        }
        m_wordsBegin = end;
    }

    int words(Shift *shift, const char *text, int size)
    {
        return m_instance.words.xTokenize(m_instance.wordsInstance, shift, m_flags, text, size,
                                          shifted);
    }

    Instance &m_instance;
    void *m_context;
    int m_flags;
    const char *m_text;
    const unsigned char *m_bytes;
    int m_size;
    TokenCallback m_emit;
    int m_rc = SQLITE_OK;
    int m_wordsBegin = 0;
    bool m_copying = false;
    std::string m_copy;
    std::vector<int> m_origin;
    std::string m_emoji;
};

// The connection's FTS5, to find unicode61 when a table makes its tokenizer.
struct Module {
    fts5_api *api;
};

int create(void *moduleContext, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    auto *module = static_cast<Module *>(moduleContext);
    auto instance = std::make_unique<Instance>();
    void *wordsContext = nullptr;
    int rc = module->api->xFindTokenizer(module->api, "unicode61", &wordsContext, &instance->words);
    if (rc == SQLITE_OK)
        rc = instance->words.xCreate(wordsContext, arguments, argumentCount,
                                     &instance->wordsInstance);
    if (rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->words.xDelete(instance->wordsInstance);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             TokenCallback emit)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    // Most posts are ASCII: nothing in ASCII is an emoji or ignored, so unicode61 takes it whole.
    if (isAscii(text, size))
        return instance->words.xTokenize(instance->wordsInstance, context, flags, text, size, emit);
    return Splitter(*instance, context, flags, text, size, emit).run();
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

int registerSearchTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return sqlite3_errcode(db) != SQLITE_OK ? sqlite3_errcode(db) : SQLITE_ERROR;
    auto module = std::make_unique<Module>(Module{api});
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    const int rc = api->xCreateTokenizer(api, searchTokenizerName, module.get(), &tokenizer,
                                         [](void *p) { delete static_cast<Module *>(p); });
    if (rc == SQLITE_OK)
        module.release();
    return rc;
}

} // namespace earshot
