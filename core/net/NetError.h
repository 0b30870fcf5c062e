// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot {

// Why a request got no usable answer. An answer with any HTTP status (404, 500) is not an error
// here: the status says what the server meant.
enum class NetError {
    None,
    Refused,         // our own rules refused it before anything was sent (UrlPolicy)
    Paused,          // the account waits for a network's rate limit to reset (AccountPauses)
    HostNotFound,    // the name did not resolve
    CouldNotConnect, // nobody answered at that address and port
    Timeout,         // connecting, or the server fell silent for longer than allowed
    Tls,             // the TLS handshake failed or the certificate was not trusted
    TooLarge,        // the answer was larger than the request allows
    Truncated,       // the connection closed before the whole answer came
    Cancelled,       // the caller cancelled it
    Network,         // anything else the connection did wrong
};

// A fixed English word for the log ("timeout", "tls"); never translated.
const char *netErrorKey(NetError error);
// What happened, in words a person reads ("timed out", "the response was too large").
QString describeNetError(NetError error);

} // namespace earshot
