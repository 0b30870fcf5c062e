// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Error.h"

namespace earshot {

// A workspace that cannot be opened, read or written.
class StoreError : public Error {
public:
    using Error::Error;
};

} // namespace earshot
