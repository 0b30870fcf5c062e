// SPDX-License-Identifier: Apache-2.0
// The case pane's labels remember their heights; a person must never see text cut off because a
// remembered height outlived the text or the font it was measured for.
#include "PlainLabel.h"

#include <QFont>

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

// What Qt's own label answers for the same text, font and width.
int freshHeight(const PlainLabel &label, int width)
{
    QLabel reference;
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(true);
    reference.setFont(label.font());
    reference.setText(label.text());
    return reference.heightForWidth(width);
}

} // namespace

TEST(PlainLabelTest, HeightFollowsTheTextAndTheFont)
{
    PlainLabel label;
    label.setText(u"Still waiting 😡"_s);
    const int oneLine = label.heightForWidth(300);
    EXPECT_EQ(oneLine, freshHeight(label, 300));
    EXPECT_EQ(label.heightForWidth(120), freshHeight(label, 120)); // a second width, remembered
    EXPECT_EQ(label.heightForWidth(300), oneLine);

    label.setText(u"My order 4471 never arrived, the tracking page has said 'out for delivery' "
                  "since Monday and nobody answers the phone 😡😡 Please call me back today."_s);
    EXPECT_GT(label.heightForWidth(300), oneLine);
    EXPECT_EQ(label.heightForWidth(300), freshHeight(label, 300));
    EXPECT_EQ(label.heightForWidth(120), freshHeight(label, 120));

    const int before = label.heightForWidth(300);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_GT(label.heightForWidth(300), before);
    EXPECT_EQ(label.heightForWidth(300), freshHeight(label, 300));
}

TEST(PlainLabelTest, ShowsMarkupAsWritten)
{
    PlainLabel label;
    EXPECT_EQ(label.textFormat(), Qt::PlainText);
    EXPECT_TRUE(label.wordWrap());
}
