// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `earshot-cli case clear-risk CASE RISK`: an agent judged a risk the case carries to be none
// (a risk raised by any message stays with the case until then). Recorded on the case's
// timeline; the queue follows at once.
int clearCaseRisk(const QString &workspace, const QString &caseText, const QString &risk);

} // namespace earshot::cli
