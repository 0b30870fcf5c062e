// SPDX-License-Identifier: Apache-2.0
#include "net/HttpResult.h"

#include "Tr.h"

namespace earshot {

QString HttpResult::errorText() const
{
    if (error != NetError::None)
        return describeNetError(error);
    if (ok())
        return {};
    return Tr::tr("HTTP %1").arg(status);
}

} // namespace earshot
