// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace earshot {

// Bytes nobody can guess, for what protects a sign-in (a PKCE verifier, an OAuth state). Not
// RandomSource: its Mersenne Twister is seeded for replay, and its output can be predicted from a
// few draws. These come from the operating system's cryptographic generator (getrandom on
// Linux), through QRandomGenerator::system(); they are never replayed, so nothing that a test or
// a training run must repeat may use them.
QByteArray secretRandomBytes(int count);

} // namespace earshot
