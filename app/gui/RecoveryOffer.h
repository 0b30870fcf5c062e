// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

class DamagedWorkspaceError;

// Tells a person that their workspace is damaged and offers to save what can still be read into
// a new file beside it. Returns the new file's path when they recovered it, else an empty string.
QString offerRecovery(const DamagedWorkspaceError &error);

} // namespace earshot
