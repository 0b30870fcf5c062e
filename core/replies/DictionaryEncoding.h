// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace earshot {

// The bytes a Hunspell dictionary speaks. Hunspell compares bytes in the encoding its .aff file
// names (SET UTF-8, SET ISO8859-1, ...): UTF-8 handed to a Latin-1 dictionary would make every
// word with an accent misspelled and every suggestion garbled.
// Not thread-safe (the converters keep state); use one instance per thread.
class DictionaryEncoding final {
public:
    // `hunspellName` as Hunspell_get_dic_encoding reports it.
    explicit DictionaryEncoding(const QByteArray &hunspellName);
    ~DictionaryEncoding();
    Q_DISABLE_COPY_MOVE(DictionaryEncoding)

    const QByteArray &name() const { return m_name; }
    // False when this system cannot convert to and from the encoding.
    bool isValid() const;

    // Nothing when `text` has a character the encoding cannot represent: the dictionary has no
    // word with that character, so it cannot judge the word either.
    std::optional<QByteArray> encode(const QString &text) const;
    QString decode(const char *bytes) const;

private:
    QByteArray m_name;
    bool m_isUtf8 = false;
    void *m_toDictionary = nullptr; // iconv_t, kept out of the header
    void *m_fromDictionary = nullptr;
};

} // namespace earshot
