// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace earshot::cli {

// `model rebuild --datasets DIR --out FILE [--seed N]`: trains the built-in sentiment model from
// DIR/sentiment-train on one thread in a fixed order, writes it to FILE (the shipped one is
// resources/models/sentiment.esm) and prints its figures on the texts held out from training.
// The same files and seed give the same bytes.
int rebuildModel(const QString &datasets, const QString &out, const QString &seed);

} // namespace earshot::cli
