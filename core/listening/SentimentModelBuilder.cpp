// SPDX-License-Identifier: Apache-2.0
#include "listening/SentimentModelBuilder.h"

#include "listening/SentimentAnalyzer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace earshot {

using namespace Qt::StringLiterals;

CorpusPart corpusPartOf(QStringView text)
{
    std::uint32_t hash = 2166136261u;
    for (QChar c : text)
        hash = (hash ^ c.unicode()) * 16777619u;
    switch ((hash * 2654435769u) >> 27) { // 32 parts
    case 0:
    case 1:
        return CorpusPart::Test;
    case 2:
    case 3:
        return CorpusPart::Dev;
    default:
        return CorpusPart::Train;
    }
}

const std::vector<CorpusSource> &sentimentSources()
{
    static const std::vector<CorpusSource> sources{
        {"semeval-2013-2016-en.jsonl", "en", 1.0f},
        {"semeval-2013-2014-sms-livejournal-en.jsonl", "en", 1.0f},
        {"figure-eight-emotion-in-text-en.jsonl", "en", 1.0f},
        {"vader-tweets-en.jsonl", "en", 1.0f},
        {"vader-amazon-snippets-en.jsonl", "en", 1.0f},
        {"goemotions-reddit-en.jsonl", "en", 0.3f},
        {"potts-de.jsonl", "de", 1.0f},
        {"guhr-service-robot-de.jsonl", "de", 1.0f},
    };
    return sources;
}

std::optional<SentimentCorpus> loadSentimentCorpus(const QString &datasets, QString *error)
{
    SentimentCorpus corpus;
    const std::vector<CorpusSource> &sources = sentimentSources();
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const QString path =
            datasets + u"/sentiment-train/"_s + QString::fromLatin1(sources[s].file);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
            return std::nullopt;
        }
        int line = 0;
        int read = 0;
        while (!file.atEnd()) {
            const QByteArray bytes = file.readLine();
            ++line;
            if (bytes.trimmed().isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(bytes).object();
            const QString label = object.value("label"_L1).toString();
            const int gold = label == "negative"_L1   ? 0
                             : label == "neutral"_L1  ? 1
                             : label == "positive"_L1 ? 2
                                                      : -1;
            const QString text = object.value("text"_L1).toString();
            if (gold < 0 || text.isEmpty()) {
                *error =
                    u"%1 line %2: no text or no label negative|neutral|positive"_s.arg(path).arg(
                        line);
                return std::nullopt;
            }
            corpus.texts.push_back({text, gold, int(s), corpusPartOf(text)});
            ++read;
        }
        if (read == 0) {
            *error = u"%1 holds no labelled texts"_s.arg(path);
            return std::nullopt;
        }
    }
    return corpus;
}

SentimentModel buildSentimentModel(const SentimentCorpus &corpus,
                                   const SentimentBuildOptions &options,
                                   std::vector<std::pair<double, double>> *devCurve)
{
    const SentimentAnalyzer rules;
    const std::vector<CorpusSource> &sources = sentimentSources();
    std::vector<HashedFeatures> features;
    std::vector<TrainingExample> examples;
    features.reserve(corpus.texts.size());
    for (const CorpusText &text : corpus.texts) {
        if (text.part != CorpusPart::Train)
            continue;
        const QString lang = QString::fromLatin1(sources[text.source].lang);
        features.emplace_back();
        hashFeatures(text.text, options.bits, &features.back());
        const SentimentReading reading = rules.read(text.text, lang);
        examples.push_back({nullptr, SentimentModel::stackKey(reading, lang), text.label,
                            sources[text.source].weight});
    }
    for (std::size_t i = 0; i < examples.size(); ++i)
        examples[i].features = &features[i];
    LinearOptions linear;
    linear.epochs = options.epochs;
    linear.learningRate = options.learningRate;
    linear.l2 = options.l2;
    linear.minCount = options.minCount;
    linear.seed = options.seed;
    const SentimentModel trained(CompactLinearModel::from(
        trainLinear(examples, SentimentModel::stackKeys, {0, 1, 2}, options.bits, linear)));

    // The rules' weight beside the model, chosen on the Dev part (never on the Test part).
    struct Held {
        SentimentModel::Probabilities model;
        SentimentReading rules;
        int label;
    };
    std::vector<Held> dev;
    for (const CorpusText &text : corpus.texts) {
        if (text.part != CorpusPart::Dev)
            continue;
        const QString lang = QString::fromLatin1(sources[text.source].lang);
        const SentimentReading reading = rules.read(text.text, lang);
        dev.push_back({trained.probabilities(text.text, lang, reading), reading, text.label});
    }
    double bestWeight = 0;
    double bestF1 = -1;
    for (int step = 0; step <= 16; ++step) {
        const double weight = step * 0.05;
        Confusion3 confusion;
        for (const Held &held : dev) {
            const SentimentModel::Probabilities p =
                SentimentModel::blend(held.model, held.rules, weight);
            const int read = int(std::max_element(p.begin(), p.end()) - p.begin());
            ++confusion.cells[held.label][read];
        }
        const double f1 = confusion.macroF1();
        if (devCurve)
            devCurve->push_back({weight, f1});
        if (f1 > bestF1 + 1e-9) {
            bestF1 = f1;
            bestWeight = weight;
        }
    }
    // Kept as the file keeps it, so the model built and the model read are the same.
    return SentimentModel(trained.linear(), double(float(bestWeight)));
}

int Confusion3::total() const
{
    int n = 0;
    for (const auto &row : cells)
        for (int v : row)
            n += v;
    return n;
}

double Confusion3::accuracy() const
{
    const int n = total();
    return n == 0 ? 0 : double(cells[0][0] + cells[1][1] + cells[2][2]) / n;
}

double Confusion3::f1(int label) const
{
    int read = 0;
    int gold = 0;
    for (int k = 0; k < 3; ++k) {
        read += cells[k][label];
        gold += cells[label][k];
    }
    const int right = cells[label][label];
    return read + gold == 0 ? 0 : 2.0 * right / (read + gold);
}

double Confusion3::macroF1() const
{
    return (f1(0) + f1(1) + f1(2)) / 3.0;
}

int sentimentClassOf(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::VeryNegative:
    case Sentiment::Negative:
        return 0;
    case Sentiment::Neutral:
        return 1;
    case Sentiment::Positive:
    case Sentiment::VeryPositive:
        return 2;
    }
    return 1;
}

QString describeModelDifference(const QByteArray &expected, const QByteArray &actual)
{
    if (expected == actual)
        return {};
    const std::optional<SentimentModel> a = SentimentModel::fromBytes(expected);
    const std::optional<SentimentModel> b = SentimentModel::fromBytes(actual);
    if (!a || !b)
        return u"the %1 model does not read (%2 and %3 bytes)"_s
            .arg(!a ? u"expected"_s : u"rebuilt"_s)
            .arg(expected.size())
            .arg(actual.size());
    const CompactLinearModel &x = a->linear();
    const CompactLinearModel &y = b->linear();
    QStringList differences;
    if (a->rulesWeight() != b->rulesWeight())
        differences << u"the rules' weight %1 vs %2"_s.arg(a->rulesWeight()).arg(b->rulesWeight());
    if (x.bits() != y.bits())
        differences << u"feature bits %1 vs %2"_s.arg(x.bits()).arg(y.bits());
    if (x.bias() != y.bias())
        differences << u"class biases differ"_s;
    if (x.scales() != y.scales())
        differences << u"quantization scales differ"_s;
    if (x.builtIn() != y.builtIn())
        differences << u"the weights of the rules' reading (stack table) differ"_s;
    if (x.rowCount() != y.rowCount())
        differences << u"%1 vs %2 feature rows"_s.arg(x.rowCount()).arg(y.rowCount());
    std::vector<std::pair<std::uint32_t, std::array<int, 3>>> rows;
    x.forEachRow([&](std::uint32_t bucket, const std::int8_t *row) {
        rows.push_back({bucket, {row[0], row[1], row[2]}});
    });
    std::size_t i = 0;
    int differing = 0;
    QString first;
    y.forEachRow([&](std::uint32_t bucket, const std::int8_t *row) {
        const bool same = i < rows.size() && rows[i].first == bucket && rows[i].second[0] == row[0]
                          && rows[i].second[1] == row[1] && rows[i].second[2] == row[2];
        if (!same) {
            if (differing == 0)
                first = u"first at bucket %1"_s.arg(bucket);
            ++differing;
        }
        ++i;
    });
    if (differing > 0)
        differences << u"%1 feature rows differ (%2)"_s.arg(differing).arg(first);
    if (differences.isEmpty())
        differences << u"the same weights, written differently (%1 vs %2 bytes)"_s
                           .arg(expected.size())
                           .arg(actual.size());
    return differences.join(u"; "_s);
}

} // namespace earshot
