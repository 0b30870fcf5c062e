// SPDX-License-Identifier: Apache-2.0
#include "PlainText.h"

namespace earshot {

using namespace Qt::StringLiterals;

QString plainTextToolTip(const QString &untrusted)
{
    if (untrusted.isEmpty())
        return {};
    return u"<p style=\"white-space:pre-wrap\">"_s + untrusted.toHtmlEscaped() + u"</p>"_s;
}

} // namespace earshot
