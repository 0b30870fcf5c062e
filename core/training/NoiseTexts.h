// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace earshot {

// The ordinary traffic a training run's background noise is made of, written for Earshot: what
// people post to a care team on an ordinary day, by category (question, complaint, praise,
// chatter), in English or German. Scenario content, not the program's words: not translated.
const QStringList &noiseTexts(const QString &language, const QString &category);
QString noisePersonName(int number);

} // namespace earshot
