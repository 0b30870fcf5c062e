// SPDX-License-Identifier: Apache-2.0
#include "listening/SentimentModel.h"

#include <QDataStream>
#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace earshot {

namespace {

constexpr quint32 magic = 0x4553534d; // "ESSM": Earshot sentiment model
constexpr quint16 formatVersion = 1;
constexpr int scoreBins = 20;
constexpr int cueBins = 4;

void setUp(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
}

// The five levels' score ranges (sentimentFromScore's cut points), so the score says the label.
double scoreWithin(Sentiment label, double score)
{
    switch (label) {
    case Sentiment::VeryNegative:
        return std::clamp(score, -1.0, -0.6);
    case Sentiment::Negative:
        return std::clamp(score, -0.59, -0.15);
    case Sentiment::Neutral:
        return std::clamp(score, -0.14, 0.14);
    case Sentiment::Positive:
        return std::clamp(score, 0.15, 0.59);
    case Sentiment::VeryPositive:
        return std::clamp(score, 0.6, 1.0);
    }
    return score;
}

} // namespace

int SentimentModel::stackKey(const SentimentReading &rules, QStringView lang)
{
    const int bin =
        std::clamp(int(std::floor((rules.score + 1.0) * scoreBins / 2.0)), 0, scoreBins - 1);
    const int cues = std::min(int(rules.cues.size()), cueBins - 1);
    const int language = lang == u"de" ? 1 : 0;
    return (language * cueBins + cues) * scoreBins + bin;
}

bool SentimentModel::trainedFor(QStringView lang)
{
    return lang.isEmpty() || lang == u"en" || lang == u"de";
}

SentimentModel::SentimentModel(CompactLinearModel linear, double rulesWeight)
    : m_linear(std::move(linear))
    , m_rulesWeight(rulesWeight)
    , m_dense((std::size_t(1) << m_linear.bits()) * 4, 0)
{
    m_linear.forEachRow([&](std::uint32_t bucket, const std::int8_t *row) {
        std::copy(row, row + classes, m_dense.data() + std::size_t(bucket) * 4);
    });
}

SentimentModel::Probabilities
SentimentModel::blend(const Probabilities &model, const SentimentReading &rules, double rulesWeight)
{
    // The rules vote for their class with their confidence (a third at least, 0.95 at most).
    const int ruled = rules.label < Sentiment::Neutral    ? 0
                      : rules.label == Sentiment::Neutral ? 1
                                                          : 2;
    const double own = std::clamp(rules.confidence, 1.0 / 3.0, 0.95);
    Probabilities out{};
    for (int c = 0; c < classes; ++c)
        out[c] =
            (1.0 - rulesWeight) * model[c] + rulesWeight * (c == ruled ? own : (1.0 - own) / 2.0);
    return out;
}

SentimentModel::Probabilities SentimentModel::probabilities(QStringView text, QStringView lang,
                                                            const SentimentReading &rules) const
{
    thread_local HashedFeatures features;
    hashFeatures(text, m_linear.bits(), &features);
    // Whole numbers add up exactly; the scale applies once (as CompactLinearModel does).
    std::int32_t sum[classes] = {0, 0, 0};
    const std::int8_t *rows = m_dense.data();
    for (std::uint32_t bucket : features.buckets) {
        const std::int8_t *row = rows + std::size_t(bucket) * 4;
        sum[0] += row[0];
        sum[1] += row[1];
        sum[2] += row[2];
    }
    const float *stacked = m_linear.builtIn().data() + std::size_t(stackKey(rules, lang)) * classes;
    Probabilities out{};
    for (int c = 0; c < classes; ++c)
        out[c] = double(m_linear.bias()[c]) + double(stacked[c])
                 + double(sum[c]) * m_linear.scales()[c] * features.weight;
    softmaxInPlace(out.data(), classes);
    return out;
}

SentimentReading SentimentModel::read(QStringView text, QStringView lang,
                                      const SentimentReading &rules) const
{
    const Probabilities p = blend(probabilities(text, lang, rules), rules, m_rulesWeight);
    const int best = int(std::max_element(p.begin(), p.end()) - p.begin());
    SentimentReading reading = rules;
    const double score = p[2] - p[0];
    Sentiment label = Sentiment::Neutral;
    if (best == 0) {
        label = rules.label == Sentiment::VeryNegative || p[0] > 0.9 ? Sentiment::VeryNegative
                                                                     : Sentiment::Negative;
    } else if (best == 2) {
        label = rules.label == Sentiment::VeryPositive || p[2] > 0.9 ? Sentiment::VeryPositive
                                                                     : Sentiment::Positive;
    }
    reading.label = label;
    reading.score = scoreWithin(label, score);
    reading.confidence = p[best];
    return reading;
}

QByteArray SentimentModel::toBytes() const
{
    const CompactLinearModel &linear = m_linear;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    setUp(out);
    out << magic << formatVersion << quint8(linear.bits()) << quint16(linear.keys())
        << float(m_rulesWeight);
    for (const std::vector<float> *values : {&linear.bias(), &linear.scales(), &linear.builtIn()}) {
        for (float value : *values)
            out << value;
    }
    out << quint32(linear.rowCount());
    // Buckets ascend: each is written as its distance from the one before, in 1 to 5 bytes.
    std::uint32_t previous = 0;
    linear.forEachRow([&](std::uint32_t bucket, const std::int8_t *row) {
        std::uint32_t gap = bucket - previous;
        previous = bucket;
        while (gap >= 0x80) {
            out << quint8(0x80 | (gap & 0x7f));
            gap >>= 7;
        }
        out << quint8(gap);
        for (int c = 0; c < classes; ++c)
            out << qint8(row[c]);
    });
    return bytes;
}

namespace {

// Little-endian numbers from a byte array, each read checked: a damaged file is no model.
class ByteReader {
public:
    explicit ByteReader(const QByteArray &bytes)
        : m_data(reinterpret_cast<const unsigned char *>(bytes.constData()))
        , m_size(std::size_t(bytes.size()))
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_size; }
    std::uint32_t unsignedOf(int bytes)
    {
        if (m_size - m_at < std::size_t(bytes)) {
            m_ok = false;
            m_at = m_size;
            return 0;
        }
        std::uint32_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= std::uint32_t(m_data[m_at + i]) << (8 * i);
        m_at += std::size_t(bytes);
        return value;
    }
    float real()
    {
        const std::uint32_t raw = unsignedOf(4);
        float value = 0;
        std::memcpy(&value, &raw, sizeof value);
        return value;
    }

private:
    const unsigned char *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
    bool m_ok = true;
};

} // namespace

std::optional<SentimentModel> SentimentModel::fromBytes(const QByteArray &bytes)
{
    ByteReader in(bytes);
    const std::uint32_t readMagic = in.unsignedOf(4);
    const std::uint32_t version = in.unsignedOf(2);
    const int bits = int(in.unsignedOf(1));
    const int keys = int(in.unsignedOf(2));
    const float rulesWeight = in.real();
    if (!in.ok() || readMagic != magic || version != formatVersion || bits < 10 || bits > 24
        || keys != stackKeys || !(rulesWeight >= 0 && rulesWeight <= 1))
        return std::nullopt;
    std::vector<float> bias(classes);
    std::vector<float> scales(classes);
    std::vector<float> builtIn(std::size_t(keys) * classes);
    for (std::vector<float> *values : {&bias, &scales, &builtIn}) {
        for (float &value : *values) {
            value = in.real();
            if (!std::isfinite(value))
                return std::nullopt;
        }
    }
    const std::uint32_t rows = in.unsignedOf(4);
    if (!in.ok() || rows > (std::uint32_t(1) << bits)
        || !std::all_of(scales.begin(), scales.end(), [](float s) { return s > 0; }))
        return std::nullopt;
    CompactLinearModel linear(bits, keys, {0, 1, 2}, std::move(bias), std::move(builtIn),
                              std::move(scales));
    std::uint32_t bucket = 0;
    std::array<std::int8_t, classes> row{};
    for (std::uint32_t i = 0; i < rows; ++i) {
        std::uint32_t gap = 0;
        for (int shift = 0;; shift += 7) {
            const std::uint32_t byte = in.unsignedOf(1);
            if (!in.ok() || shift > 28)
                return std::nullopt;
            gap |= (byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                break;
        }
        bucket += gap;
        for (int c = 0; c < classes; ++c)
            row[c] = std::int8_t(std::uint8_t(in.unsignedOf(1)));
        if (!in.ok() || !linear.append(bucket, row.data()))
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    return SentimentModel(std::move(linear), rulesWeight);
}

const SentimentModel *SentimentModel::builtIn()
{
    static const std::optional<SentimentModel> model = [] {
        QFile file(QStringLiteral(":/earshot/models/sentiment.esm"));
        if (!file.open(QIODevice::ReadOnly))
            return std::optional<SentimentModel>();
        return fromBytes(file.readAll());
    }();
    return model ? &*model : nullptr;
}

} // namespace earshot
