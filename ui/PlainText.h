// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Tooltips guess whether text is HTML (Qt::mightBeRichText), so a post saying "<b>hi</b>" would
// be rendered. This wraps untrusted text so the tooltip shows it exactly as written.
QString plainTextToolTip(const QString &untrusted);

} // namespace earshot
