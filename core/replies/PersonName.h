// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// What a reply may call a person by: {first_name} in templates. Display names on social networks
// are not forms: "Cllr Rhys Pritchard" is Rhys (not "Cllr"), "Dr. Anna Weber" is Anna, "🌻 Maya
// Goldberg 🌻" is Maya, and a display name that is only the handle again ("jturner_88") or a
// brand-like all-caps word gives nothing, so the template's fallback ("Hi {first_name|there}")
// is used instead of greeting someone by their username.
QString firstNameOf(const QString &displayName, const QString &handle);

} // namespace earshot
