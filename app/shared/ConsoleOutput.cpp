// SPDX-License-Identifier: Apache-2.0
#include "ConsoleOutput.h"

#include <cstdio>

namespace earshot {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace earshot
