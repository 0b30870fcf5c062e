// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "ingest/MentionJson.h"

#include <nlohmann/json.hpp>

using namespace earshot;
using namespace earshot::test;

namespace {

std::optional<Mention> parse(const char *line, QString *error)
{
    return mentionFromJsonLine(line, error);
}

QString errorOf(const char *line)
{
    QString error;
    EXPECT_FALSE(parse(line, &error)) << line;
    return error;
}

} // namespace

TEST(MentionJson, ReadsEveryDocumentedField)
{
    QString error;
    const auto m = parse(
        R"({"platform":"bluesky","id":"at://did:plc:a/app.bsky.feed.post/3k","url":"https://bsky.example/p/3k",
            "created_at":"2026-11-20T09:20:00.5+01:00","text":"hi 👋","lang":"en",
            "author":{"id":"did:plc:a","handle":"@amy.bsky.social","name":"Amy","followers":12},
            "in_reply_to":"at://x","conversation_id":"c1","visibility":"private","account":"brand.bsky.social",
            "something_new":{"nested":true}})",
        &error);
    ASSERT_TRUE(m) << error.toStdString();
    EXPECT_EQ(m->platform, QStringLiteral("bluesky"));
    EXPECT_EQ(m->createdAtMs, 1795162800500);                       // 08:20:00.5 UTC
    EXPECT_EQ(m->author.handle, QStringLiteral("amy.bsky.social")); // leading @ dropped
    EXPECT_EQ(m->author.followers, 12);
    EXPECT_TRUE(m->isPrivate);
    EXPECT_EQ(m->conversationId, QStringLiteral("c1"));
    EXPECT_EQ(m->text, QStringLiteral("hi 👋"));
}

TEST(MentionJson, RoundTripsThroughJson)
{
    Mention m = makeMention(QStringLiteral("42"));
    m.inReplyTo = QStringLiteral("41");
    m.isPrivate = true;
    QString error;
    const auto back = mentionFromJson(mentionToJson(m), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->id, m.id);
    EXPECT_EQ(back->createdAtMs, m.createdAtMs);
    EXPECT_EQ(back->inReplyTo, m.inReplyTo);
    EXPECT_EQ(back->isPrivate, m.isPrivate);
    EXPECT_EQ(back->author.handle, m.author.handle);
}

TEST(MentionJson, NumericPostIdsFromSomeNetworksAreAccepted)
{
    QString error;
    const auto m =
        parse(R"({"platform":"x","id":1790000000000000001,"created_at":"2026-11-20T09:20:00Z",
                             "text":"t","author":{"id":"77","handle":"sam"}})",
              &error);
    ASSERT_TRUE(m) << error.toStdString();
    EXPECT_EQ(m->id, QStringLiteral("1790000000000000001"));
    // Beyond int64, still a whole number: read as written, not wrapped to a negative.
    const auto big =
        parse(R"({"platform":"x","id":18446744073709551615,"created_at":"2026-11-20T09:20:00Z",
                             "text":"t","author":{"id":"77","handle":"sam"}})",
              &error);
    ASSERT_TRUE(big) << error.toStdString();
    EXPECT_EQ(big->id, QStringLiteral("18446744073709551615"));
}

// The import format documents text and author.id as strings; a number there is refused, not
// stored as "5" (docs/import-format.md).
TEST(MentionJson, NumbersWhereTextIsDocumentedAreRefused)
{
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":5,"author":{"id":"1","handle":"a"}})"),
        QStringLiteral("text: must be a string, as in \"5\""));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","author":{"id":77,"handle":"a"}})"),
        QStringLiteral("author.id: must be a string, as in \"77\""));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","in_reply_to":12.5,"author":{"id":"1","handle":"a"}})"),
        QStringLiteral("in_reply_to: must be a string, as in \"12.5\""));
}

// Outside JSON never ends the process: a number beyond double range (which the JSON library
// raises as out_of_range, not as a parse error) is a reason like any other, with its column.
TEST(MentionJson, ANumberBeyondDoubleRangeIsAReasonNotACrash)
{
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","author":{"id":"1","handle":"a"},"x":1e400})"),
        QStringLiteral("the number 1e400 at column 110 is too large to read"));
    EXPECT_EQ(errorOf(R"({"x": -1e400})"),
              QStringLiteral("the number -1e400 at column 7 is too large to read"));
}

TEST(MentionJson, InvalidUtf8IsCalledSoWithItsColumn)
{
    EXPECT_EQ(errorOf("{\"platform\": \"x\", \"text\": \"caf\xE9\"}"),
              QStringLiteral("not valid UTF-8 at column 31"));
    // An overlong form and a lone surrogate are not UTF-8 either.
    EXPECT_EQ(errorOf("{\"text\": \"\xC0\xAF\"}"), QStringLiteral("not valid UTF-8 at column 11"));
    EXPECT_EQ(errorOf("{\"text\": \"\xED\xA0\x80\"}"),
              QStringLiteral("not valid UTF-8 at column 11"));
}

TEST(MentionJson, MissingOrWrongFieldsAreNamed)
{
    EXPECT_EQ(
        errorOf(
            R"({"id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","author":{"id":"1","handle":"a"}})"),
        QStringLiteral("platform: is missing"));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"","author":{"id":"1","handle":"a"}})"),
        QStringLiteral("text: is empty"));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","author":{"id":"1"}})"),
        QStringLiteral("author.handle: is missing"));
    EXPECT_EQ(
        errorOf(R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t"})"),
        QStringLiteral("author: is missing or not an object"));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20 09:20","text":"t","author":{"id":"1","handle":"a"}})"),
        QStringLiteral("created_at: \"2026-11-20 09:20\" is not an RFC 3339 time"));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":["t"],"author":{"id":"1","handle":"a"}})"),
        QStringLiteral("text: must be a string"));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","visibility":"friends","author":{"id":"1","handle":"a"}})"),
        QStringLiteral("visibility: must be \"public\" or \"private\""));
    EXPECT_EQ(
        errorOf(
            R"({"platform":"x","id":"1","created_at":"2026-11-20T09:20:00Z","text":"t","author":{"id":"1","handle":"a","followers":-4}})"),
        QStringLiteral("author.followers: must be a whole number of at least 0"));
    EXPECT_EQ(errorOf(R"(["not", "an", "object"])"),
              QStringLiteral("a mention must be a JSON object"));
    EXPECT_EQ(errorOf(R"({"platform": "x", oops})"), QStringLiteral("not valid JSON at column 19"));
}

TEST(MentionJson, Rfc3339IsStrict)
{
    EXPECT_TRUE(parseRfc3339(QStringLiteral("2026-11-23T10:00:00Z")));
    EXPECT_TRUE(parseRfc3339(QStringLiteral("2026-11-23t10:00:00.123456-05:00")));
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2026-11-23T10:00:00"))); // no offset: ambiguous
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2026-13-23T10:00:00Z")));
    EXPECT_FALSE(parseRfc3339(QStringLiteral("23.11.2026 10:00")));
    EXPECT_EQ(*parseRfc3339(QStringLiteral("1970-01-01T01:00:00+01:00")), 0);
}
