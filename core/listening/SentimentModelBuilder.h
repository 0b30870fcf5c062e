// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "listening/SentimentModel.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace earshot {

// Which part of the labelled data a text belongs to, from a hash of its text alone (so the
// split is the same whatever the seed, the order of the files or the machine): one in twenty
// texts is held out to measure the model (test), one in twenty to choose the trainer's settings
// (dev), the rest trains.
enum class CorpusPart : std::uint8_t { Train, Dev, Test };
CorpusPart corpusPartOf(QStringView text);

struct CorpusText {
    QString text;
    int label = 1;  // 0 negative, 1 neutral, 2 positive
    int source = 0; // index into sentimentSources()
    CorpusPart part = CorpusPart::Train;
};

// The files of <datasets>/sentiment-train the model learns from, in the order it reads them,
// with their language and how much each of their texts counts (Reddit comments, which read
// unlike posts to a brand, count less).
struct CorpusSource {
    const char *file;
    const char *lang;
    float weight;
};
const std::vector<CorpusSource> &sentimentSources();

struct SentimentCorpus {
    std::vector<CorpusText> texts;
};
// Every file must be there and read whole; otherwise nullopt and `error` says which and why.
std::optional<SentimentCorpus> loadSentimentCorpus(const QString &datasets, QString *error);

struct SentimentBuildOptions {
    std::uint32_t seed = 20261207;
    int epochs = 4;
    double learningRate = 0.2;
    double l2 = 1e-6;
    int minCount = 3;
    int bits = learnedFeatureBits;
};

// Trains on the corpus's Train part: one thread, a fixed order per seed, so the same files and
// seed give the same bytes (SentimentModel::toBytes) on every run.
// The weight of the rules' own vote is then chosen on the Dev part: the one of 0, 0.05 … 0.8 with
// the best macro-F1 there (`devCurve`, when given, receives each weight and its macro-F1).
SentimentModel buildSentimentModel(const SentimentCorpus &corpus,
                                   const SentimentBuildOptions &options = {},
                                   std::vector<std::pair<double, double>> *devCurve = nullptr);

// Counts of gold (rows) against read (columns), negative/neutral/positive, and macro-F1.
struct Confusion3 {
    std::array<std::array<int, 3>, 3> cells{};
    int total() const;
    double accuracy() const;
    double f1(int label) const;
    double macroF1() const;
};
int sentimentClassOf(Sentiment sentiment); // 0 negative, 1 neutral, 2 positive

// The first difference between two model files in words ("" when they are the same bytes).
QString describeModelDifference(const QByteArray &expected, const QByteArray &actual);

} // namespace earshot
