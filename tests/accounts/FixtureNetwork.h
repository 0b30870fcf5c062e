// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/NetworkRegistry.h"

#include <QString>

namespace earshot::test {

// A network for tests whose connector speaks real HTTP through the session's NetworkLoop to a
// FixtureServer: GET <baseUrl>/mentions?since=<cursor> with "Authorization: Bearer <secret>";
// the answer is one mention a line ("id<TAB>author<TAB>text"), and its X-Cursor header the
// cursor after them. Registered under `key`.
void registerFixtureNetwork(const QString &key);

} // namespace earshot::test
