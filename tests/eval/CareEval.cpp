// SPDX-License-Identifier: Apache-2.0
#include "CareEval.h"

#include "listening/MentionReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace earshot::eval {

namespace {

int sentimentFromLabel(const QString &label)
{
    if (label == u"negative")
        return 0;
    if (label == u"positive")
        return 2;
    return label == u"neutral" ? 1 : -1;
}

std::optional<CarePost> postFrom(const QJsonObject &object, QString *why)
{
    CarePost post;
    post.id = object.value(u"id").toString();
    post.split = object.value(u"split").toString();
    post.text = object.value(u"text").toString();
    post.language = object.value(u"language").toString();
    post.sentiment = sentimentFromLabel(object.value(u"sentiment").toString());
    const auto category = categoryFromKey(object.value(u"category").toString());
    const QJsonValue reply = object.value(u"needs_reply");
    const QJsonValue emotion = object.value(u"emotion");
    if (post.id.isEmpty() || post.text.isEmpty() || post.language.isEmpty()
        || (post.split != u"dev" && post.split != u"test") || post.sentiment < 0 || !category
        || !reply.isBool() || !object.value(u"risks").isArray()) {
        *why = QStringLiteral("a field is missing or not one of its labels");
        return std::nullopt;
    }
    post.category = *category;
    post.needsReply = reply.toBool();
    for (const QJsonValue &key : object.value(u"risks").toArray()) {
        const auto risk = riskFromKey(key.toString());
        if (!risk) {
            *why = QStringLiteral("unknown risk ") + key.toString();
            return std::nullopt;
        }
        post.risks |= riskFlag(*risk);
    }
    if (!emotion.isNull()) {
        const auto named = emotionFromKey(emotion.toString());
        if (!named) {
            *why = QStringLiteral("unknown emotion ") + emotion.toString();
            return std::nullopt;
        }
        post.emotion = *named;
    }
    return post;
}

double macroOverGold(const Confusion &matrix, int from, int classes)
{
    double sum = 0;
    int scored = 0;
    for (int c = from; c < classes; ++c) {
        int gold = 0;
        for (int p = 0; p < classes; ++p)
            gold += matrix.at(c, p);
        if (gold == 0)
            continue;
        sum += matrix.f1(c);
        ++scored;
    }
    return scored ? sum / scored : 0;
}

void count(CareFigures &figures, const CarePost &post, const MentionReading &reading)
{
    ++figures.posts;
    figures.sentiment.add(post.sentiment, sentimentClass(reading.sentiment.label));
    figures.category.add(int(post.category), int(reading.category.category));
    figures.reply.add(post.needsReply, reading.needsReply.needsReply);
    figures.emotion.add(int(post.emotion), int(reading.emotion.emotion));
    figures.languageRight += reading.language.code == post.language;
    for (std::size_t r = 0; r < riskKeyTable.size(); ++r) {
        const Risk risk = riskKeyTable[r].value;
        const bool gold = hasRisk(post.risks, risk);
        const bool read = hasRisk(reading.risks.flags, risk);
        figures.risks[r].truePositives += gold && read;
        figures.risks[r].falsePositives += !gold && read;
        figures.risks[r].falseNegatives += gold && !read;
    }
}

bool misread(const CarePost &post, const MentionReading &reading)
{
    return post.category != reading.category.category
           || post.needsReply != reading.needsReply.needsReply || post.risks != reading.risks.flags
           || post.sentiment != sentimentClass(reading.sentiment.label)
           || post.emotion != reading.emotion.emotion;
}

} // namespace

QString defaultCareData()
{
    return QStringLiteral(EARSHOT_CARE_DATA);
}

std::optional<QList<CarePost>> loadCareSets(const QString &dir, QString *error)
{
    QList<CarePost> posts;
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no *.jsonl in ") + dir;
        return std::nullopt;
    }
    for (const QString &name : files) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + file.fileName();
            return std::nullopt;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            QString why = parseError.errorString();
            std::optional<CarePost> post;
            if (document.isObject())
                post = postFrom(document.object(), &why);
            if (!post) {
                *error = QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(why);
                return std::nullopt;
            }
            posts.append(*post);
        }
    }
    return posts;
}

double RiskCount::precision() const
{
    return flagged() ? double(truePositives) / flagged() : 1.0;
}

double RiskCount::recall() const
{
    return gold() ? double(truePositives) / gold() : 1.0;
}

double CareFigures::categoryMacroF1() const
{
    return macroOverGold(category, 0, int(categoryKeyTable.size()));
}

double CareFigures::emotionMacroF1() const
{
    return macroOverGold(emotion, 1, kEmotionClasses);
}

RiskCount CareFigures::risk(Risk risk) const
{
    for (std::size_t r = 0; r < riskKeyTable.size(); ++r)
        if (riskKeyTable[r].value == risk)
            return risks[r];
    return {};
}

RiskCount CareFigures::allRisks() const
{
    RiskCount pooled;
    for (const RiskCount &one : risks) {
        pooled.truePositives += one.truePositives;
        pooled.falsePositives += one.falsePositives;
        pooled.falseNegatives += one.falseNegatives;
    }
    return pooled;
}

CareResult measureCare(const QList<CarePost> &posts, const MentionReader &reader,
                       const QString &split)
{
    CareResult result;
    for (const CarePost &post : posts) {
        if (split != u"all" && post.split != split)
            continue;
        const MentionReading reading = reader.read(post.text);
        count(result.byLanguage[post.language], post, reading);
        count(result.byLanguage[QStringLiteral("all")], post, reading);
        if (post.split == u"dev" && misread(post, reading))
            result.devMisreadings.append({&post, reading});
    }
    return result;
}

QString riskText(RiskFlags flags)
{
    return flags ? riskKeys(flags).join(u',') : QStringLiteral("-");
}

} // namespace earshot::eval
