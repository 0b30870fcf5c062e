// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace earshot {

// The whole of a very long post, read-only, scrolled inside its own frame. QPlainTextEdit lays
// out only the paragraphs it paints, but a paragraph is laid out whole: a megabyte written as
// one paragraph took seconds. So a paragraph longer than a few thousand characters is shown as
// several, broken where a space was (the space gives way to the break), or between graphemes
// where there is none. Hidden controls show as markers, as in the conversation.
class LongTextView final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongTextView)

public:
    static constexpr qsizetype paragraphLength = 2000;

    explicit LongTextView(const QString &text, QWidget *parent = nullptr);

    // `text` as the view shows it: markers for hidden controls, long paragraphs broken.
    static QString displayedText(const QString &text);
};

} // namespace earshot
