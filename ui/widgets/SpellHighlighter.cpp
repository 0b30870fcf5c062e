// SPDX-License-Identifier: Apache-2.0
#include "widgets/SpellHighlighter.h"

#include "replies/SpellChecker.h"

namespace earshot {

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_format(misspelledFormat())
{}

SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::setSpellChecker(std::unique_ptr<SpellChecker> checker)
{
    m_checker = std::move(checker);
    rehighlight();
}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    for (const WordSpan &span : m_checker->misspelledWords(text))
        setFormat(int(span.start), int(span.length), m_format);
}

} // namespace earshot
