// SPDX-License-Identifier: Apache-2.0
#include "signin/Pkce.h"

#include "clock/SecretRandom.h"

#include <QCryptographicHash>

namespace earshot {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Pkce Pkce::make()
{
    // The verifier must not be guessable by whoever sees the authorization request, so its bytes
    // come from the system's cryptographic generator, not from RandomSource's replayable dice.
    Pkce pkce;
    pkce.verifier = base64Url(secretRandomBytes(32));
    pkce.challenge = s256Challenge(pkce.verifier);
    return pkce;
}

QString s256Challenge(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString makeOAuthState()
{
    return base64Url(secretRandomBytes(16));
}

} // namespace earshot
