// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <memory>

namespace earshot {

class SpellChecker;

// Underlines misspelled words as the agent types, the way every spell-checking editor does, so
// the mark needs no explanation. Only the edited paragraph is checked again on each keystroke.
class SpellHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;

    // Takes the checker and underlines the whole document again; nullptr underlines nothing.
    void setSpellChecker(std::unique_ptr<SpellChecker> checker);
    SpellChecker *spellChecker() const { return m_checker.get(); }

    // The platform's spell-check underline (wavy on most), in red.
    static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<SpellChecker> m_checker;
    QTextCharFormat m_format;
};

} // namespace earshot
