// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/TemplateRenderer.h"

#include <QElapsedTimer>

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

using Values = QHash<QString, QString>;

RenderedTemplate render(const char *source, const Values &variables = {},
                        const Values &answers = {})
{
    return TemplateRenderer(s(source)).render(variables, answers);
}

} // namespace

TEST(TemplateRenderer, FillsVariablesTheCallerKnows)
{
    const RenderedTemplate r = render(
        "Hi {first_name}, this is {agent_name} about case {case_id}.",
        {{s("first_name"), s("Anna")}, {s("agent_name"), s("Ben")}, {s("case_id"), s("#1042")}});
    EXPECT_EQ(r.text, s("Hi Anna, this is Ben about case #1042."));
    EXPECT_TRUE(r.gaps.isEmpty());
}

TEST(TemplateRenderer, UsesTheFallbackWhenAVariableIsUnknownOrBlank)
{
    EXPECT_EQ(render("Hi {first_name|there}!").text, s("Hi there!"));
    EXPECT_EQ(render("Hi {first_name|there}!", {{s("first_name"), s("  ")}}).text, s("Hi there!"));
    EXPECT_EQ(render("Hi {first_name|there}!", {{s("first_name"), s("Anna")}}).text, s("Hi Anna!"));
    EXPECT_EQ(render("Hi{first_name|}!").text, s("Hi!")); // an empty fallback is a choice
    EXPECT_EQ(render("Hi {First_Name|there}!", {{s("first_name"), s("Anna")}}).text, s("Hi Anna!"));
}

TEST(TemplateRenderer, AMissingVariableStaysVisibleAndIsReported)
{
    const RenderedTemplate r = render("Thanks, {agent_signoff}");
    EXPECT_EQ(r.text, s("Thanks, {agent_signoff}"));
    EXPECT_FALSE(r.gaps.isEmpty());
    EXPECT_EQ(r.missingVariables(), QStringList{s("agent_signoff")});
    ASSERT_EQ(r.gaps.size(), 1);
    EXPECT_EQ(r.gaps[0].start, 8);
    EXPECT_EQ(r.gaps[0].length, 15);
    EXPECT_FALSE(r.gaps[0].isPrompt);
}

TEST(TemplateRenderer, ListsPromptsOnceAndFillsEveryPlaceWithTheAnswer)
{
    const TemplateRenderer renderer(
        s("Order {?order number} ships {?ship date}. Quote {?order number} when you call."));
    EXPECT_EQ(renderer.prompts(), (QStringList{s("order number"), s("ship date")}));

    const RenderedTemplate partial = renderer.render({}, {{s("order number"), s("A-77")}});
    EXPECT_EQ(partial.text, s("Order A-77 ships {?ship date}. Quote A-77 when you call."));
    EXPECT_EQ(partial.unansweredPrompts(), QStringList{s("ship date")});
    EXPECT_TRUE(partial.missingVariables().isEmpty());

    const RenderedTemplate full =
        renderer.render({}, {{s("order number"), s("A-77")}, {s("ship date"), s("Monday")}});
    EXPECT_TRUE(full.gaps.isEmpty());
}

TEST(TemplateRenderer, ValuesAreNeverExpandedAgain)
{
    const Values values{{s("first_name"), s("{agent_signoff}")},
                        {s("agent_signoff"), s("^AB")},
                        {s("name"), s("{{x}} }{ {?order number}")}};
    const RenderedTemplate r = render("Hi {first_name} / {name} {agent_signoff}", values);
    EXPECT_EQ(r.text, s("Hi {agent_signoff} / {{x}} }{ {?order number} ^AB"));
    EXPECT_TRUE(r.gaps.isEmpty());
}

TEST(TemplateRenderer, HostileValuesArePlainText)
{
    const Values html{{s("first_name"), s("<b>Anna</b><script>x()</script>")}};
    EXPECT_EQ(render("Hi {first_name}", html).text, s("Hi <b>Anna</b><script>x()</script>"));

    const Values arabic{{s("first_name"), s("سارة")}};
    EXPECT_EQ(render("Hi {first_name}, thanks", arabic).text, s("Hi سارة, thanks"));

    // A right-to-left override in a display name would reverse the rest of the reply on screen.
    const Values override{{s("first_name"), s("Anna\u202Eevil")}};
    EXPECT_EQ(render("Hi {first_name}, thanks", override).text, s("Hi Annaevil, thanks"));

    const Values lines{{s("first_name"), s("Anna\nSmith\r\n")}};
    EXPECT_EQ(render("Hi {first_name}!", lines).text, s("Hi Anna Smith!"));
}

TEST(TemplateRenderer, LongValuesAreInsertedWholeAndQuickly)
{
    const QString huge(10'000, u'x');
    QElapsedTimer timer;
    timer.start();
    const RenderedTemplate r =
        TemplateRenderer(s("[{name}]")).render({{s("name"), huge}, {s("brand"), huge}});
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_EQ(r.text, u'[' + huge + u']');
}

TEST(TemplateRenderer, DoubledBracesAreLiteral)
{
    const TemplateRenderer renderer(s("Write {{first_name}} to greet, }} done"));
    EXPECT_TRUE(renderer.errors().isEmpty());
    const RenderedTemplate r = renderer.render({{s("first_name"), s("Anna")}});
    EXPECT_EQ(r.text, s("Write {first_name} to greet, } done"));
    EXPECT_TRUE(r.gaps.isEmpty());
}

TEST(TemplateRenderer, AnUnclosedBraceIsReportedWithItsPosition)
{
    const TemplateRenderer renderer(s("Hi {first_name, thanks"));
    ASSERT_EQ(renderer.errors().size(), 1);
    EXPECT_EQ(renderer.errors()[0].position, 3);
    EXPECT_TRUE(renderer.errors()[0].message.contains(u"character 4"))
        << renderer.errors()[0].message.toStdString();
    // What follows still renders, so the editor can show a preview.
    EXPECT_EQ(renderer.render({}).text, s("Hi {first_name, thanks"));

    const TemplateRenderer nested(s("Hi {first_name {agent_name}"));
    ASSERT_EQ(nested.errors().size(), 1);
    EXPECT_EQ(nested.errors()[0].position, 3);
    EXPECT_EQ(nested.render({{s("agent_name"), s("Ben")}}).text, s("Hi {first_name Ben"));
}

TEST(TemplateRenderer, OtherSyntaxMistakesAreReported)
{
    for (const char *source : {"Hi }", "Hi {}", "Hi {?  }", "Hi {first name}", "Hi {1st}"}) {
        const TemplateRenderer renderer(s(source));
        ASSERT_EQ(renderer.errors().size(), 1) << source;
        EXPECT_EQ(renderer.errors()[0].position, 3) << source;
    }
    EXPECT_EQ(TemplateRenderer(s("Hi {first name}")).render({}).text, s("Hi {first name}"));
}
