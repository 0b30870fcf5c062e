// SPDX-License-Identifier: Apache-2.0
#include "net/NetError.h"

#include "Tr.h"

#include <array>

namespace earshot {

namespace {

struct NetErrorText {
    NetError error;
    const char *key;
    const char *words; // translated in the context "Core"
};

// Enum to text in one place.
constexpr std::array<NetErrorText, 11> netErrorTexts{{
    {NetError::None, "none", QT_TRANSLATE_NOOP("Core", "no error")},
    {NetError::Refused, "refused",
     QT_TRANSLATE_NOOP("Core", "refused: only https, or plain http to this computer")},
    {NetError::Paused, "paused", QT_TRANSLATE_NOOP("Core", "paused for the network's rate limit")},
    {NetError::HostNotFound, "host-not-found",
     QT_TRANSLATE_NOOP("Core", "the server's name was not found")},
    {NetError::CouldNotConnect, "could-not-connect",
     QT_TRANSLATE_NOOP("Core", "could not connect to the server")},
    {NetError::Timeout, "timeout", QT_TRANSLATE_NOOP("Core", "timed out")},
    {NetError::Tls, "tls",
     QT_TRANSLATE_NOOP("Core", "the secure connection (TLS) could not be made")},
    {NetError::TooLarge, "too-large", QT_TRANSLATE_NOOP("Core", "the response was too large")},
    {NetError::Truncated, "truncated", QT_TRANSLATE_NOOP("Core", "the response was cut short")},
    {NetError::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Core", "cancelled")},
    {NetError::Network, "network", QT_TRANSLATE_NOOP("Core", "network error")},
}};

const NetErrorText &textOf(NetError error)
{
    for (const NetErrorText &t : netErrorTexts) {
        if (t.error == error)
            return t;
    }
    return netErrorTexts.back();
}

} // namespace

const char *netErrorKey(NetError error)
{
    return textOf(error).key;
}

QString describeNetError(NetError error)
{
    return Tr::tr(textOf(error).words);
}

} // namespace earshot
