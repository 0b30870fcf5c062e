// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/StoreWriter.h"

namespace earshot {

// Every open case scored again with the stored weights and badges, without holding the writer:
// what would change is read on the writer's reading thread, then written in steps on the bulk
// lane, so agents' commands get through in between. `done` gets how many cases moved.
void rescoreInSteps(StoreWriter &writer, QObject *context, StoreWriter::Done<int> done);

} // namespace earshot
