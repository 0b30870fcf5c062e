// SPDX-License-Identifier: Apache-2.0
#include "ReadingBench.h"

#include "Stopwatch.h"
#include "listening/LanguageDetector.h"
#include "listening/MentionReader.h"
#include "listening/PlainEnglish.h"
#include "listening/PostWords.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace earshot::bench {

namespace {

// Runs `readAll` a few times and keeps the fastest: on a shared machine the fastest run is the
// one least disturbed by others.
template <typename Read> double fastestSeconds(Read readAll)
{
    double best = 1e30;
    for (int round = 0; round < 5; ++round) {
        const Stopwatch watch;
        readAll();
        best = std::min(best, watch.elapsedMs() / 1000.0);
    }
    return best;
}

} // namespace

QStringList textsFromFile(const QString &path)
{
    QFile file(path);
    QStringList texts;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return texts;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            texts.append(line);
    }
    return texts;
}

void benchReading(const QStringList &texts)
{
    if (texts.isEmpty())
        return;
    const MentionReader reader;
    const LanguageDetector language;
    reader.read(texts.front()); // word lists load once, outside the timing
    double checksum = 0;        // keeps the optimiser from dropping the work
    const double whole = fastestSeconds([&] {
        for (const QString &text : texts)
            checksum += reader.read(text).sentiment.score;
    });
    const double lang = fastestSeconds([&] {
        for (const QString &text : texts)
            checksum += language.detect(text).confidence;
    });
    const double cld2 = fastestSeconds([&] {
        for (const QString &text : texts)
            checksum += language.detectWithCld2(text).confidence;
    });
    int plain = 0; // posts the plain-English shortcut answers without CLD2
    for (const QString &text : texts)
        plain += plainEnglish(PostWords(text)) ? 1 : 0;
    const double n = double(texts.size());
    std::printf("Reading    whole reading, 1 thread %9.0f mentions/s  (%.2f µs each, %lld posts)\n",
                n / whole, whole * 1e6 / n, static_cast<long long>(texts.size()));
    std::printf("           language                %9.0f mentions/s  (%.2f µs each; %.0f %% "
                "told as plain English)\n",
                n / lang, lang * 1e6 / n, 100.0 * plain / n);
    std::printf("           CLD2 language alone     %9.0f mentions/s  (%.2f µs each)\n", n / cld2,
                cld2 * 1e6 / n);
    std::printf("           whole against target    %9.2f  (target: whole >= 100,000/s)\n",
                n / whole / 100000.0);
    std::printf("           (checksum %.3f)\n\n", checksum);
}

} // namespace earshot::bench
