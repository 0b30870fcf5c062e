// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Where a notification goes: the desktop's notification service (DesktopNotifier), or a test's
// stand-in. `title` is ours; `body` may quote outside text and is plain text.
class Notifier {
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &body) = 0;
};

} // namespace earshot
