// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace earshot {

// Proof Key for Code Exchange (RFC 7636) for one sign-in: a verifier kept here, and its S256
// challenge sent with the authorization request.
struct Pkce {
    QString verifier;  // 43 characters of base64url: 32 bytes nobody can guess
    QString challenge; // BASE64URL(SHA256(ASCII(verifier))), without padding

    static Pkce make();
};

// BASE64URL(SHA256(ASCII(verifier))), without padding (RFC 7636 section 4.2).
QString s256Challenge(const QString &verifier);
// An OAuth `state`: 16 bytes nobody can guess, base64url.
QString makeOAuthState();

} // namespace earshot
