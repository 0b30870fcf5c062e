// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// The name a person knows a network by ("x" -> "X", "bluesky" -> "Bluesky").
QString platformTitle(const QString &platform);
// Whether Earshot knows the network by this key ("mastodon", "x", ...).
bool isKnownPlatform(const QString &platform);

} // namespace earshot
