// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// What `account add --sign-in` and `account reauth` are told besides the network.
struct SignInArguments {
    QString baseUrl;
    QString clientId;     // X: the app's OAuth 2.0 client id (kept as the workspace's setting)
    QString redirectPort; // X: the callback's port registered at X (kept likewise)
    bool secretInFile = false;
};

// `account add mastodon|x --base-url URL --sign-in`: prints the address to open in a browser,
// waits for the browser to come back to 127.0.0.1, then keeps the token in the keychain and
// connects the account under the handle the network reports.
int signInAccount(const QString &workspace, const QString &network, const SignInArguments &args);
// `account reauth ID [--sign-in]`: a new token for an account, from a browser sign-in or (without
// --sign-in) from EARSHOT_TOKEN or standard input like account add.
int reauthAccount(const QString &workspace, const QString &id, bool signIn,
                  const SignInArguments &args);

} // namespace earshot::cli
