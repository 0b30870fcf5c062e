// SPDX-License-Identifier: Apache-2.0
// A learned model as the workspace keeps it (learned_models.model): a versioned binary with only
// the buckets the corrections touched, read back with every field checked, because a damaged
// blob must cost the workspace its learning, never a crash or a wrong reading.
#include "listening/LearnedModel.h"

#include "listening/LearnedModelImpl.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cmath>

namespace earshot {

namespace {

constexpr quint32 magic = 0x45534c4d; // "ESLM": Earshot learned model
constexpr quint16 formatVersion = 1;
constexpr int minBits = 10;
constexpr int maxBits = 24;

void setUp(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
}

bool isFraction(double value)
{
    return std::isfinite(value) && value >= 0 && value <= 1;
}

} // namespace

QByteArray LearnedModel::toBytes() const
{
    const Impl &m = *m_impl;
    const CompactLinearModel &linear = m.linear;
    const int count = linear.classCount();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    setUp(out);
    out << magic << formatVersion << quint8(m.field) << qint32(m.examples);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << m.heldOutAccuracy << m.builtInAccuracy << m.blendWeight;
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << quint8(linear.bits()) << quint8(count);
    for (int key : linear.classes())
        out << quint8(key);
    for (const std::vector<float> *values : {&linear.bias(), &linear.scales(), &linear.builtIn()}) {
        for (float value : *values)
            out << value;
    }
    out << quint32(linear.rowCount());
    linear.forEachRow([&](std::uint32_t bucket, const std::int8_t *row) {
        out << quint32(bucket);
        for (int c = 0; c < count; ++c)
            out << qint8(row[c]);
    });
    return bytes;
}

std::optional<LearnedModel> LearnedModel::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    setUp(in);
    quint32 readMagic = 0;
    quint16 version = 0;
    quint8 field = 0;
    qint32 examples = 0;
    in >> readMagic >> version >> field >> examples;
    if (in.status() != QDataStream::Ok || readMagic != magic || version != formatVersion
        || field > quint8(Field::Category) || examples < 0)
        return std::nullopt;
    auto impl = std::make_shared<Impl>();
    impl->field = Field(field);
    impl->examples = examples;
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> impl->heldOutAccuracy >> impl->builtInAccuracy >> impl->blendWeight;
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint8 bits = 0;
    quint8 count = 0;
    in >> bits >> count;
    const int keys = learnedKeyCount(impl->field);
    if (in.status() != QDataStream::Ok || !isFraction(impl->heldOutAccuracy)
        || !isFraction(impl->builtInAccuracy) || !isFraction(impl->blendWeight) || bits < minBits
        || bits > maxBits || count < 2 || count > keys)
        return std::nullopt;
    std::vector<int> classes;
    for (int c = 0; c < count; ++c) {
        quint8 key = 0;
        in >> key;
        // Known keys, ascending: each label once.
        if (key >= keys || (!classes.empty() && key <= classes.back()))
            return std::nullopt;
        classes.push_back(key);
    }
    std::vector<float> bias(count);
    std::vector<float> scales(count);
    std::vector<float> builtIn(std::size_t(keys) * count);
    for (std::vector<float> *values : {&bias, &scales, &builtIn}) {
        for (float &value : *values) {
            in >> value;
            if (!std::isfinite(value))
                return std::nullopt;
        }
    }
    quint32 rows = 0;
    in >> rows;
    // Each row takes 4 + count bytes: a count the bytes cannot hold is damage, and is caught
    // before anything that large is allocated.
    if (in.status() != QDataStream::Ok || rows > (quint32(1) << bits)
        || qint64(rows) * (4 + count) > bytes.size()
        || !std::all_of(scales.begin(), scales.end(), [](float s) { return s > 0; }))
        return std::nullopt;
    impl->linear = CompactLinearModel(bits, keys, std::move(classes), std::move(bias),
                                      std::move(builtIn), std::move(scales));
    std::array<std::int8_t, maxLearnedKeys> row{};
    for (quint32 i = 0; i < rows; ++i) {
        quint32 bucket = 0;
        in >> bucket;
        for (int c = 0; c < count; ++c) {
            qint8 value = 0;
            in >> value;
            row[c] = value;
        }
        if (in.status() != QDataStream::Ok || !impl->linear.append(bucket, row.data()))
            return std::nullopt; // short, or not ascending, or out of range
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return LearnedModel(std::move(impl));
}

} // namespace earshot
