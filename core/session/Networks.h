// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace earshot {

// Registers the factory of every network Earshot has a connector for (NetworkRegistry). Safe to
// call more than once.
void registerBuiltInNetworks();

} // namespace earshot
