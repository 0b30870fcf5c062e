// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace earshot {

// Registers the factory of every network Earshot has a connector for (NetworkRegistry), once per
// process: calling it again changes nothing, so a network registered after it under the same key
// (a test's fixture network) stays.
void registerBuiltInNetworks();

} // namespace earshot
