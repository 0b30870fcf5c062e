// SPDX-License-Identifier: Apache-2.0
// earshot-classifier-eval: how well and how fast the listening readers read labelled tweets
// (TweetEval val splits), beside a plain lexicon sum. Figures for docs/classifier.md.
#include "TweetEval.h"

#include "listening/AbuseDetector.h"
#include "listening/EmotionDetector.h"
#include "listening/LanguageDetector.h"
#include "listening/PlainEnglish.h"
#include "listening/PostWords.h"
#include "listening/SentimentAnalyzer.h"
#include "listening/text/SentimentScale.h"
#include "listening/text/Tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace earshot;
using namespace earshot::eval;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

void printMatrix(const Confusion &matrix, const QStringList &names, int goldRows)
{
    QString header = QStringLiteral("%1").arg(QStringLiteral("gold \\ read"), -14);
    for (const QString &name : names)
        header += QStringLiteral("%1").arg(name, 10);
    print(header);
    for (int g = 0; g < goldRows; ++g) {
        QString row = QStringLiteral("%1").arg(names[g], -14);
        for (int p = 0; p < names.size(); ++p)
            row += QStringLiteral("%1").arg(matrix.at(g, p), 10);
        print(row);
    }
}

// VADER's core without its rules: the sum of the words' valences, cut at ±0.05 compound.
Confusion lexiconBaseline(const Split &split)
{
    QHash<QString, float> valence;
    QFile file(QStringLiteral(":/earshot/lexicons/sentiment-en.tsv"));
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            const auto fields = line.split(u'\t');
            if (fields.size() == 2 && !line.startsWith(u'#'))
                valence.insert(fields[0].toString().toLower(), fields[1].toFloat());
        }
    }
    Confusion matrix(3);
    for (int i = 0; i < split.texts.size(); ++i) {
        const Tokens tokens(split.texts[i]);
        double sum = 0;
        for (const Token &token : tokens)
            sum += valence.value(token.lower.toString());
        const double compound = sum / std::sqrt(sum * sum + 15);
        matrix.add(split.labels[i], compound >= 0.05 ? 2 : (compound <= -0.05 ? 0 : 1));
    }
    return matrix;
}

double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Texts a second over the split repeated, on this thread, by the CPU time the thread used (on a
// shared machine the wall clock also counts other people's work).
double throughput(const QStringList &texts, const std::function<void(const QString &)> &read)
{
    const double start = threadSeconds();
    qint64 done = 0;
    while (threadSeconds() - start < 2.0) {
        for (const QString &text : texts)
            read(text);
        done += texts.size();
    }
    return double(done) / (threadSeconds() - start);
}

// How often plainEnglish() answers instead of CLD2, and how CLD2 reads those posts: the
// shortcut must never name English where CLD2 would name another language.
void printLanguageShortcut(const QString &datasets)
{
    const LanguageDetector detector;
    int posts = 0;
    int taken = 0;
    int cld2English = 0;
    QStringList cld2Unknown;
    QStringList cld2Other;
    int cld2EnglishAll = 0;
    const QList<std::pair<QString, QString>> splits = {
        {QStringLiteral("sentiment"), QStringLiteral("val")},
        {QStringLiteral("emotion"), QStringLiteral("train")},
        {QStringLiteral("emotion"), QStringLiteral("val")},
        {QStringLiteral("offensive"), QStringLiteral("train")},
        {QStringLiteral("offensive"), QStringLiteral("val")}};
    for (const auto &[task, split] : splits) {
        const auto loaded = loadSplit(datasets, task, split);
        if (!loaded)
            continue;
        for (const QString &text : loaded->texts) {
            ++posts;
            const LanguageReading cld2 = detector.detectWithCld2(text);
            cld2EnglishAll += cld2.code == u"en" ? 1 : 0;
            if (!plainEnglish(PostWords(text)))
                continue;
            ++taken;
            if (cld2.code == u"en")
                ++cld2English;
            else if (cld2.code.isEmpty())
                cld2Unknown.append(u"unknown: " + text);
            else
                cld2Other.append(cld2.code + u": " + text);
        }
    }
    print(QStringLiteral("== Language: the plain-English shortcut against CLD2 (%1 tweets)")
              .arg(posts));
    print(QStringLiteral("shortcut taken for %1 (%2 of CLD2's %3 English); CLD2 reads those as "
                         "English %4, unknown %5, another language %6")
              .arg(taken)
              .arg(fixed(cld2EnglishAll ? double(cld2English) / cld2EnglishAll : 0))
              .arg(cld2EnglishAll)
              .arg(cld2English)
              .arg(cld2Unknown.size())
              .arg(cld2Other.size()));
    // Where the two disagree, for a person to judge which is right.
    for (const QString &line : cld2Other.mid(0, 10) + cld2Unknown.mid(0, 10))
        print(QStringLiteral("  ") + line);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Earshot classifier evaluation on TweetEval"));
    parser.addHelpOption();
    const QCommandLineOption datasetsOption(QStringLiteral("datasets"),
                                            QStringLiteral("Folder holding tweeteval/"),
                                            QStringLiteral("DIR"), defaultDatasets());
    const QCommandLineOption errorsOption(
        QStringLiteral("errors"), QStringLiteral("Print N sentiment and N abuse misreadings"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noSpeedOption(QStringLiteral("no-speed"),
                                           QStringLiteral("Skip the throughput runs"));
    parser.addOptions({datasetsOption, errorsOption, noSpeedOption});
    parser.process(app);
    const QString datasets = parser.value(datasetsOption);

    const auto sentimentSplit =
        loadSplit(datasets, QStringLiteral("sentiment"), QStringLiteral("val"));
    if (!sentimentSplit) {
        print(QStringLiteral("No TweetEval sentiment split under %1/tweeteval").arg(datasets));
        return 1;
    }
    const Figures figures = measure(datasets);

    print(QStringLiteral("== Sentiment, tweeteval/sentiment/val (%1 tweets), 3 classes")
              .arg(figures.sentiment.total()));
    print(QStringLiteral("Earshot      accuracy %1  macro-F1 %2")
              .arg(fixed(figures.sentiment.accuracy()), fixed(figures.sentiment.macroF1(3))));
    print(QStringLiteral("Rules alone  accuracy %1  macro-F1 %2")
              .arg(fixed(figures.sentimentRules.accuracy()),
                   fixed(figures.sentimentRules.macroF1(3))));
    const Confusion baseline = lexiconBaseline(*sentimentSplit);
    print(QStringLiteral("Lexicon sum  accuracy %1  macro-F1 %2  (VADER words, no rules)")
              .arg(fixed(baseline.accuracy()), fixed(baseline.macroF1(3))));
    const QStringList sentimentNames = {QStringLiteral("negative"), QStringLiteral("neutral"),
                                        QStringLiteral("positive")};
    print(QStringLiteral("F1 per class: negative %1  neutral %2  positive %3")
              .arg(fixed(figures.sentiment.f1(0)), fixed(figures.sentiment.f1(1)),
                   fixed(figures.sentiment.f1(2))));
    printMatrix(figures.sentiment, sentimentNames, 3);

    const int errors = parser.value(errorsOption).toInt();
    if (errors > 0) {
        const SentimentAnalyzer analyzer;
        int shown = 0;
        for (int i = 0; i < sentimentSplit->texts.size() && shown < errors; ++i) {
            const SentimentReading reading =
                analyzer.read(sentimentSplit->texts[i], QStringLiteral("en"));
            if (sentimentClass(reading.label) == sentimentSplit->labels[i])
                continue;
            ++shown;
            print(QStringLiteral("gold %1 read %2 (%3) [%4] %5")
                      .arg(sentimentSplit->labels[i])
                      .arg(sentimentClass(reading.label))
                      .arg(fixed(reading.score, 2), reading.cues.join(u'|'),
                           sentimentSplit->texts[i]));
        }
    }

    print(QString());
    print(QStringLiteral("== Emotion, tweeteval/emotion/val (%1 tweets)")
              .arg(figures.emotion.total()));
    int named = 0;
    int namedRight = 0;
    for (int g = 0; g < 3; ++g)
        for (int p = 0; p < 3; ++p) {
            named += figures.emotion.at(g, p);
            namedRight += g == p ? figures.emotion.at(g, p) : 0;
        }
    print(QStringLiteral("macro-F1 %1 (anger, joy, sadness)  names an emotion for %2 of %3, "
                         "right when it names one %4")
              .arg(fixed(figures.emotion.macroF1(3)))
              .arg(named)
              .arg(figures.emotion.total())
              .arg(fixed(named ? double(namedRight) / named : 0)));
    printMatrix(figures.emotion,
                {QStringLiteral("anger"), QStringLiteral("joy"), QStringLiteral("sadness"),
                 QStringLiteral("none")},
                3);

    if (errors > 0) {
        if (const auto split =
                loadSplit(datasets, QStringLiteral("offensive"), QStringLiteral("val"))) {
            const AbuseDetector detector;
            int shown = 0;
            for (int i = 0; i < split->texts.size() && shown < errors; ++i) {
                const AbuseReading reading = detector.read(split->texts[i], QStringLiteral("en"));
                if (int(reading.abusive) == split->labels[i])
                    continue;
                ++shown;
                print(QStringLiteral("abuse gold %1 read %2 [%3] %4")
                          .arg(split->labels[i])
                          .arg(int(reading.abusive))
                          .arg(reading.cues.join(u'|'), split->texts[i]));
            }
        }
    }

    print(QString());
    print(
        QStringLiteral("== Abuse, tweeteval/offensive/val (%1 tweets)").arg(figures.abuse.total()));
    print(QStringLiteral("abusive: precision %1  recall %2  F1 %3  accuracy %4")
              .arg(fixed(figures.abuse.precision(1)), fixed(figures.abuse.recall(1)),
                   fixed(figures.abuse.f1(1)), fixed(figures.abuse.accuracy())));
    printMatrix(figures.abuse, {QStringLiteral("not"), QStringLiteral("offensive")}, 2);

    print(QString());
    printLanguageShortcut(datasets);

    if (parser.isSet(noSpeedOption))
        return 0;
    print(QString());
    const QStringList &texts = sentimentSplit->texts;
    qint64 characters = 0;
    for (const QString &text : texts)
        characters += text.size();
    print(QStringLiteral("== Throughput, one thread, val tweets repeated (mean %1 characters)")
              .arg(fixed(double(characters) / texts.size(), 0)));
    const QString en = QStringLiteral("en");
    const SentimentAnalyzer sentiment;
    const EmotionDetector emotion;
    const AbuseDetector abuse;
    int sink = 0;
    const double t0 = throughput(texts, [&](const QString &t) { sink += Tokens(t).size(); });
    print(
        QStringLiteral("tokenizer %1 texts/s (%2 µs each)").arg(fixed(t0, 0), fixed(1e6 / t0, 2)));
    const double s = throughput(texts, [&](const QString &t) { sentiment.read(t, en); });
    const double e = throughput(texts, [&](const QString &t) { emotion.read(t, en); });
    const double a = throughput(texts, [&](const QString &t) { abuse.read(t, en); });
    const double all = throughput(texts, [&](const QString &t) {
        sentiment.read(t, en);
        emotion.read(t, en);
        abuse.read(t, en);
    });
    print(QStringLiteral("sentiment %1 texts/s (%2 µs each)").arg(fixed(s, 0), fixed(1e6 / s, 2)));
    print(QStringLiteral("emotion   %1 texts/s (%2 µs each)").arg(fixed(e, 0), fixed(1e6 / e, 2)));
    print(QStringLiteral("abuse     %1 texts/s (%2 µs each)").arg(fixed(a, 0), fixed(1e6 / a, 2)));
    print(QStringLiteral("all three %1 texts/s (%2 µs each)")
              .arg(fixed(all, 0), fixed(1e6 / all, 2)));
    return sink == -1; // keeps the tokenizer run from being optimised away
}
