// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace earshot {

// A word-wrapping plain-text label that remembers its height for the last few widths asked.
// Layouts ask a wrapping label's height again and again, alternating between its minimum and its
// actual width (about twenty times per case switch for each label of the case pane); each answer
// lays the whole text out again, and a colour emoji in it is decompressed from its PNG every time
// (Qt 6.4 keeps no advance for colour glyphs). Remembering the answers per text keeps the case
// switch fast.
class PlainLabel final : public QLabel {
    Q_OBJECT

public:
    explicit PlainLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Measured {
        int width = -1;
        int height = 0;
    };
    mutable QString m_measuredText; // the text the heights are for
    mutable Measured m_measured[4]; // the widths asked last, newest first
    void forgetHeights() const;
};

} // namespace earshot
