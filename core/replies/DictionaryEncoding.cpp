// SPDX-License-Identifier: Apache-2.0
#include "replies/DictionaryEncoding.h"

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace earshot {

namespace {

const auto invalidConverter = reinterpret_cast<iconv_t>(-1);

// Hunspell's names for the encodings it knows, spelled as iconv expects them. ISO8859-x and
// KOI8-x are already iconv names.
QByteArray iconvName(const QByteArray &hunspellName)
{
    const QByteArray upper = hunspellName.toUpper();
    if (upper.startsWith("MICROSOFT-"))
        return upper.mid(int(std::strlen("MICROSOFT-")));
    if (upper == "TIS620-2533")
        return "TIS-620";
    return upper;
}

bool isUtf8Name(const QByteArray &name)
{
    const QByteArray upper = name.toUpper();
    return upper == "UTF-8" || upper == "UTF8";
}

// Converts all of `input` or nothing: a character the target lacks makes iconv stop with
// EILSEQ, which is what encode() reports as "cannot represent".
std::optional<QByteArray> convert(void *converter, const QByteArray &input)
{
    auto cd = static_cast<iconv_t>(converter);
    iconv(cd, nullptr, nullptr, nullptr, nullptr); // back to the initial shift state
    QByteArray output(input.size() * 4 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(input.constData());
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    if (iconv(cd, &in, &inLeft, &out, &outLeft) == size_t(-1))
        return std::nullopt;
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

} // namespace

DictionaryEncoding::DictionaryEncoding(const QByteArray &hunspellName)
    : m_name(hunspellName)
    , m_isUtf8(isUtf8Name(hunspellName))
{
    if (m_isUtf8)
        return;
    const QByteArray name = iconvName(hunspellName);
    iconv_t to = iconv_open(name.constData(), "UTF-8");
    iconv_t from = iconv_open("UTF-8", name.constData());
    if (to != invalidConverter)
        m_toDictionary = to;
    if (from != invalidConverter)
        m_fromDictionary = from;
}

DictionaryEncoding::~DictionaryEncoding()
{
    if (m_toDictionary)
        iconv_close(static_cast<iconv_t>(m_toDictionary));
    if (m_fromDictionary)
        iconv_close(static_cast<iconv_t>(m_fromDictionary));
}

bool DictionaryEncoding::isValid() const
{
    return m_isUtf8 || (m_toDictionary && m_fromDictionary);
}

std::optional<QByteArray> DictionaryEncoding::encode(const QString &text) const
{
    if (m_isUtf8)
        return text.toUtf8();
    if (!m_toDictionary)
        return std::nullopt;
    return convert(m_toDictionary, text.toUtf8());
}

QString DictionaryEncoding::decode(const char *bytes) const
{
    if (m_isUtf8)
        return QString::fromUtf8(bytes);
    if (!m_fromDictionary)
        return {};
    const std::optional<QByteArray> utf8 = convert(m_fromDictionary, QByteArray(bytes));
    return utf8 ? QString::fromUtf8(*utf8) : QString();
}

} // namespace earshot
