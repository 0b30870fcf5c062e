// SPDX-License-Identifier: Apache-2.0
// earshot-care-eval: how well the whole reading (MentionReader, as the ingest and
// `earshot-cli classify` read) agrees with our own labelled care posts, per field and per
// language. Figures for docs/classifier.md; CareFloorsTest asserts floors under them.
#include "CareEval.h"

#include "listening/MentionReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace earshot;
using namespace earshot::eval;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

QString fixed(double value)
{
    return QString::number(value, 'f', 3);
}

QString emotionName(int index)
{
    return index == 0 ? QStringLiteral("none") : emotionKey(Emotion(index));
}

void printFigures(const QString &language, const CareFigures &f)
{
    print(QStringLiteral("-- %1: %2 posts").arg(language).arg(f.posts));
    print(QStringLiteral("sentiment    accuracy %1  macro-F1 %2 (3 classes)")
              .arg(fixed(f.sentiment.accuracy()), fixed(f.sentiment.macroF1(3))));
    print(QStringLiteral("category     accuracy %1  macro-F1 %2")
              .arg(fixed(f.category.accuracy()), fixed(f.categoryMacroF1())));
    QString perCategory = QStringLiteral("             F1:");
    for (const KeyEntry<Category> &entry : categoryKeyTable)
        perCategory += QStringLiteral(" %1 %2").arg(QString::fromLatin1(entry.key),
                                                    fixed(f.category.f1(int(entry.value))));
    print(perCategory);
    print(
        QStringLiteral("needs reply  accuracy %1  precision %2  recall %3")
            .arg(fixed(f.reply.accuracy()), fixed(f.reply.precision(1)), fixed(f.reply.recall(1))));
    print(QStringLiteral("emotion      accuracy %1  macro-F1 %2 (named emotions)")
              .arg(fixed(f.emotion.accuracy()), fixed(f.emotionMacroF1())));
    print(QStringLiteral("language     accuracy %1").arg(fixed(f.languageAccuracy())));
    for (const KeyEntry<Risk> &entry : riskKeyTable) {
        const RiskCount count = f.risk(entry.value);
        if (count.gold() == 0 && count.flagged() == 0)
            continue;
        print(QStringLiteral("risk %1 precision %2  recall %3  (gold %4, flagged %5)")
                  .arg(QString::fromLatin1(entry.key), -12)
                  .arg(fixed(count.precision()), fixed(count.recall()))
                  .arg(count.gold())
                  .arg(count.flagged()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Earshot reading against its own labelled care posts"));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder holding the *.jsonl sets"),
                                        QStringLiteral("DIR"), defaultCareData());
    const QCommandLineOption splitOption(QStringLiteral("split"),
                                         QStringLiteral("dev, test or all (default: both, apart)"),
                                         QStringLiteral("SPLIT"));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
                                          QStringLiteral("Print N misreadings of the dev split"),
                                          QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({dataOption, splitOption, errorsOption});
    parser.process(app);

    QString error;
    const auto posts = loadCareSets(parser.value(dataOption), &error);
    if (!posts) {
        print(error);
        return 1;
    }
    const MentionReader reader;
    const QStringList splits = parser.isSet(splitOption)
                                   ? QStringList{parser.value(splitOption)}
                                   : QStringList{QStringLiteral("dev"), QStringLiteral("test")};
    CareResult dev;
    for (const QString &split : splits) {
        const CareResult result = measureCare(*posts, reader, split);
        print(QStringLiteral("== Split %1").arg(split));
        for (auto it = result.byLanguage.cbegin(); it != result.byLanguage.cend(); ++it)
            printFigures(it.key(), it.value());
        print(QString());
        if (split != u"test")
            dev = result;
    }

    const int errors = parser.value(errorsOption).toInt();
    for (int i = 0; i < errors && i < dev.devMisreadings.size(); ++i) {
        const Misreading &m = dev.devMisreadings[i];
        const CarePost &p = *m.post;
        const auto yesNo = [](bool yes) {
            return yes ? QStringLiteral("yes") : QStringLiteral("no");
        };
        const QStringList gold = {QString::number(p.sentiment), categoryKey(p.category),
                                  yesNo(p.needsReply), riskText(p.risks),
                                  emotionName(int(p.emotion))};
        const QStringList read = {
            QString::number(sentimentClass(m.reading.sentiment.label)),
            categoryKey(m.reading.category.category), yesNo(m.reading.needsReply.needsReply),
            riskText(m.reading.risks.flags), emotionName(int(m.reading.emotion.emotion))};
        print(QStringLiteral("%1 gold %2 read %3 [%4|%5] %6")
                  .arg(p.id, gold.join(u'/'), read.join(u'/'), m.reading.category.cues.join(u','),
                       m.reading.risks.cues.join(u','), p.text));
    }
    return 0;
}
