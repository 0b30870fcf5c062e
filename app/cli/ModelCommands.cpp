// SPDX-License-Identifier: Apache-2.0
#include "ModelCommands.h"

#include "CliCommands.h"
#include "ConsoleOutput.h"
#include "listening/SentimentAnalyzer.h"
#include "listening/SentimentModelBuilder.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace earshot::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int rebuildModel(const QString &datasets, const QString &outFile, const QString &seed)
{
    if (datasets.isEmpty() || outFile.isEmpty()) {
        err() << Tr::tr("model rebuild needs --datasets DIR and --out FILE.") << Qt::endl;
        return Usage;
    }
    SentimentBuildOptions options;
    if (!seed.isEmpty()) {
        bool ok = false;
        options.seed = seed.toUInt(&ok);
        if (!ok) {
            err() << Tr::tr("--seed needs a whole number.") << Qt::endl;
            return Usage;
        }
    }
    QString error;
    const std::optional<SentimentCorpus> corpus = loadSentimentCorpus(datasets, &error);
    if (!corpus) {
        err() << Tr::tr("Cannot read the labelled texts: %1").arg(error) << Qt::endl;
        return Failed;
    }
    std::vector<std::pair<double, double>> devCurve;
    const SentimentModel model = buildSentimentModel(*corpus, options, &devCurve);
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(model.toBytes()) < 0 || !file.commit()) {
        err() << Tr::tr("Cannot write %1: %2").arg(outFile, file.errorString()) << Qt::endl;
        return Failed;
    }
    // What it reads on the texts it never saw, per file: the rules alone and with the model.
    const SentimentAnalyzer rules;
    const std::vector<CorpusSource> &sources = sentimentSources();
    std::vector<Confusion3> alone(sources.size());
    std::vector<Confusion3> stacked(sources.size());
    Confusion3 allAlone;
    Confusion3 allStacked;
    for (const CorpusText &text : corpus->texts) {
        if (text.part != CorpusPart::Test)
            continue;
        const QString lang = QString::fromLatin1(sources[text.source].lang);
        const SentimentReading reading = rules.read(text.text, lang);
        const int a = sentimentClassOf(reading.label);
        const int b = sentimentClassOf(model.read(text.text, lang, reading).label);
        ++alone[text.source].cells[text.label][a];
        ++stacked[text.source].cells[text.label][b];
        ++allAlone.cells[text.label][a];
        ++allStacked.cells[text.label][b];
    }
    out() << Tr::tr("Wrote %1 (%2 feature rows, seed %3).")
                 .arg(outFile)
                 .arg(model.linear().rowCount())
                 .arg(options.seed)
          << Qt::endl;
    QStringList curve;
    for (const auto &[weight, f1] : devCurve)
        curve << u"%1: %2"_s.arg(weight, 0, 'f', 2).arg(f1, 0, 'f', 3);
    out() << Tr::tr("Weight of the rules' vote, macro-F1 on the tuning texts: %1; chosen %2.")
                 .arg(curve.join(u", "_s))
                 .arg(model.rulesWeight(), 0, 'f', 2)
          << Qt::endl;
    out() << Tr::tr("Held-out texts (one in sixteen), 3-class macro-F1, rules alone -> with the "
                    "model:")
          << Qt::endl;
    auto line = [](const QString &name, const Confusion3 &a, const Confusion3 &b) {
        return u"  %1  %2  %3 -> %4  (accuracy %5)"_s.arg(name, -44)
            .arg(a.total(), 6)
            .arg(a.macroF1(), 0, 'f', 3)
            .arg(b.macroF1(), 0, 'f', 3)
            .arg(b.accuracy(), 0, 'f', 3);
    };
    for (std::size_t s = 0; s < sources.size(); ++s)
        out() << line(QString::fromLatin1(sources[s].file), alone[s], stacked[s]) << Qt::endl;
    out() << line(Tr::tr("all"), allAlone, allStacked) << Qt::endl;
    return Ok;
}

} // namespace earshot::cli
