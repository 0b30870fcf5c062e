// SPDX-License-Identifier: Apache-2.0
// The JSON locator: where a value sits in a file a person wrote (a scenario, a template file), so
// an error says "file:line: mentions[2].author: ..." and the person can go straight there.
#include "TestSupport.h"

#include "json/JsonLocator.h"

#include <string_view>

using namespace earshot;

namespace {

JsonPath path()
{
    return {};
}

// A literal 0 would be a null `const char *` as much as an index.
constexpr std::size_t zero = 0;

// Lines numbered as an editor shows them.
constexpr std::string_view scenario = R"({
  "title": "Outage",
  "people": [
    {"key": "anna", "name": "Anna"},
    {
      "key": "ben",
      "name": "Ben {not} [a] \"brace\", or comma",
      "handles": [["x", "ben_x"], ["mastodon", "ben@m.example"]]
    }
  ],
  "mentions": [
    {
      "text": "first",
      "likes": 12,
      "private": false,
      "reply": null,
      "author": {
        "key": "anna"
      }
    },
    {"text": "second", "author": {"key": "ben"}},
    {
      "text": "third",
      "author":
        {"key": "ben"}
    }
  ]
})";

} // namespace

TEST(JsonPath, ReadsAsAPersonWouldWriteIt)
{
    EXPECT_EQ(formatJsonPath(path()), QString());
    EXPECT_EQ(formatJsonPath(path() + "mentions" + 57 + "author"),
              QStringLiteral("mentions[57].author"));
    EXPECT_EQ(formatJsonPath(path() + 3 + "text"), QStringLiteral("[3].text"));
    EXPECT_EQ(formatJsonPath(path() + "handles" + 1 + zero), QStringLiteral("handles[1][0]"));
    EXPECT_EQ(formatJsonPath(path() + "a" + "b"), QStringLiteral("a.b"));
}

TEST(JsonLocator, FindsTheLineOfEachValueAlongThePath)
{
    EXPECT_EQ(lineOfJsonPath(scenario, path()), 1);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "title"), 2);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people"), 3);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + zero), 4);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + zero + "name"), 4);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + 1), 5);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + 1 + "key"), 6);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions"), 11);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "text"), 13);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "author" + "key"), 18);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 1), 21);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 1 + "author" + "key"), 21);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 2 + "text"), 23);
}

// Values skipped on the way (strings holding braces, brackets, commas and escaped quotes; arrays
// of arrays; numbers, booleans and null) never throw the count off.
TEST(JsonLocator, SkipsEveryKindOfValueOnTheWay)
{
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + 1 + "handles"), 8);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + 1 + "handles" + 1 + 1), 8);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "reply"), 16);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "author"), 17);
    EXPECT_EQ(
        lineOfJsonPath(
            "[\"a,b\", \"c]\",\n\"}{\", {\"k\": [1, [2, 3]], \"s\": \"\\\"\"},\n 4.5e3, true]",
            path() + 4),
        3);
}

// A field's line is the line of its name, where a person looks for it, even when its value
// starts on the next line.
TEST(JsonLocator, AFieldIsWhereItsNameIs)
{
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 2 + "author"), 24);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 2 + "author" + "key"), 25);
}

// Where the path leads nowhere (a missing field, an index past the end, an object where a list
// was expected), the line of the deepest part that exists.
TEST(JsonLocator, AMissingPartPointsAtTheDeepestPartThatExists)
{
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "lang"), 12);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + zero + "author" + "name"), 17);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 9), 11);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "mentions" + 9 + "text"), 11);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "people" + 1 + zero), 5);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "title" + "x"), 2);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + "nothing"), 1);
    EXPECT_EQ(lineOfJsonPath(scenario, path() + zero), 1);
}

TEST(JsonLocator, BlankLinesWindowsLineEndingsAndEscapedKeysCount)
{
    EXPECT_EQ(lineOfJsonPath("\n\n  {\"a\": 1}", path()), 3);
    EXPECT_EQ(lineOfJsonPath("{\r\n\"a\": 1,\r\n\r\n\"b\": [\r\n1,\r\n2]}", path() + "b" + 1), 6);
    EXPECT_EQ(lineOfJsonPath("{\"x\": 0,\n\"we\\\"ird\": 1}", path() + "we\"ird"), 2);
    EXPECT_EQ(lineOfJsonPath("{\"a\": {\"b\": [10, 20, 30]}}", path() + "a" + "b" + 2), 1);
    EXPECT_EQ(lineOfJsonPath("", path() + "a"), 1);
}
