// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTextStream>

namespace earshot {

// Standard output and error as text streams in UTF-8.
QTextStream &out();
QTextStream &err();

} // namespace earshot
