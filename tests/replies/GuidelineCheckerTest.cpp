// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "replies/GuidelineChecker.h"
#include "replies/PersonalDataGuard.h"

#include <QElapsedTimer>

using namespace earshot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Only the rules under test: the defaults switched off except where a test turns them on.
GuidelineSettings quiet()
{
    GuidelineSettings settings;
    settings.bannedPhrases.clear();
    settings.shoutingWords = 0;
    settings.empathyPhrases.clear();
    return settings;
}

QList<GuidelineWarning> check(const GuidelineSettings &settings, const QString &draft,
                              const GuidelineContext &context = {QStringLiteral("x"), false, {}})
{
    return GuidelineChecker(settings).check(draft, context);
}

QString spanOf(const QString &draft, const GuidelineWarning &warning)
{
    return draft.mid(warning.start, warning.length);
}

} // namespace

TEST(GuidelineChecker, BannedPhrasesMatchWholeWordsInAnyCase)
{
    GuidelineSettings settings = quiet();
    settings.bannedPhrases = {s("calm down"), s("cheap")};
    const QString draft = s("Please CALM   down, it is Cheap. Our cheapest plan is fine.");
    const QList<GuidelineWarning> warnings = check(settings, draft);
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::BannedPhrase);
    EXPECT_EQ(spanOf(draft, warnings[0]), s("CALM   down"));
    EXPECT_EQ(spanOf(draft, warnings[1]), s("Cheap"));
    EXPECT_TRUE(warnings[1].explanation.contains(u"Cheap"))
        << warnings[1].explanation.toStdString();
    EXPECT_TRUE(check(settings, s("Calmly, we went down the list.")).isEmpty());
}

TEST(GuidelineChecker, TheDefaultListCatchesDismissivePhrases)
{
    GuidelineSettings settings = quiet();
    settings.bannedPhrases = GuidelineSettings::defaultBannedPhrases();
    EXPECT_EQ(check(settings, s("As I already said, restart it.")).size(), 1);
    EXPECT_TRUE(check(settings, s("Whatever you need, we're here.")).isEmpty());
}

TEST(GuidelineChecker, InitialsSignOffMustEndTheReply)
{
    GuidelineSettings settings = quiet();
    settings.signOffRule = SignOffRule::Initials;
    const GuidelineContext agent{s("x"), false, s("AB")};
    EXPECT_TRUE(check(settings, s("Thanks! ^AB"), agent).isEmpty());
    EXPECT_TRUE(check(settings, s("Thanks! ^ab  \n"), agent).isEmpty());

    const QList<GuidelineWarning> missing = check(settings, s("Thanks!"), agent);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing[0].rule, GuidelineRule::SignOff);
    EXPECT_EQ(missing[0].start, 7);
    EXPECT_TRUE(missing[0].explanation.contains(u"^AB")) << missing[0].explanation.toStdString();

    EXPECT_EQ(check(settings, s("Thanks ^XY"), agent).size(), 1);
    EXPECT_EQ(check(settings, s("^AB Thanks"), agent).size(), 1);
    // Without known initials any ^ and letters will do.
    EXPECT_TRUE(check(settings, s("Thanks ^JD")).isEmpty());
}

TEST(GuidelineChecker, OneOfTheBrandsSignOffsMustBeThere)
{
    GuidelineSettings settings = quiet();
    settings.signOffRule = SignOffRule::OneOf;
    settings.signOffs = {s("Best, the Fernline team"), s("Cheers, Fernline")};
    EXPECT_TRUE(check(settings, s("Fixed now. best,  the Fernline team")).isEmpty());
    const QList<GuidelineWarning> warnings = check(settings, s("Fixed now."));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].explanation.contains(u"Cheers, Fernline"))
        << warnings[0].explanation.toStdString();
}

TEST(GuidelineChecker, SeveralWordsInCapitalsAreShouting)
{
    GuidelineSettings settings = quiet();
    settings.shoutingWords = 3;
    settings.acronyms = GuidelineSettings::defaultAcronyms();
    const QString draft = s("Sorry! THIS IS NOT ACCEPTABLE and we fix it.");
    const QList<GuidelineWarning> warnings = check(settings, draft);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::Shouting);
    EXPECT_EQ(spanOf(draft, warnings[0]), s("THIS IS NOT ACCEPTABLE"));
    EXPECT_EQ(check(settings, s("ÜBER ÄRGER ÖFTER")).size(), 1);

    for (const char *calm :
         {"See our FAQ and API docs, or the USA UK EU FAQ page.", "We are SO SORRY about it.",
          "Thanks @FERNLINE_CARE #BLACKFRIDAY DEALS", "日本語のテキストです ありがとう",
          "I am OK, GDPR ASAP FAQ."})
        EXPECT_TRUE(check(settings, s(calm)).isEmpty()) << calm;

    settings.acronyms.append(s("FERNLINE"));
    EXPECT_TRUE(check(settings, s("FERNLINE API FAQ")).isEmpty());
}

TEST(GuidelineChecker, AnUnhappyCustomerHearsAnApology)
{
    GuidelineSettings settings = quiet();
    settings.empathyPhrases = GuidelineSettings::defaultEmpathyPhrases();
    const GuidelineContext negative{s("x"), true, {}};
    const QList<GuidelineWarning> warnings = check(settings, s("Restart the app."), negative);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::Empathy);
    EXPECT_TRUE(check(settings, s("So sorry! Restart the app."), negative).isEmpty());
    EXPECT_TRUE(check(settings, s("That is frustrating; restart the app."), negative).isEmpty());
    EXPECT_TRUE(check(settings, s("Restart the app.")).isEmpty()); // customer not negative
    // Nothing written yet but the handle the composer puts in: nothing to judge.
    EXPECT_TRUE(check(settings, s("@kaicasts "), negative).isEmpty());
    EXPECT_TRUE(check(settings, s(""), negative).isEmpty());
}

TEST(GuidelineChecker, OverLengthMarksWhatDoesNotFit)
{
    const QString draft(300, u'a');
    const QList<GuidelineWarning> warnings = check(quiet(), draft);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::OverLength);
    EXPECT_EQ(warnings[0].start, 280);
    EXPECT_EQ(warnings[0].length, 20);
    EXPECT_EQ(warnings[0].explanation, s("The reply is 20 over the limit of 280 for X."));
    EXPECT_TRUE(check(quiet(), draft, {s("mastodon"), false, {}}).isEmpty());
}

TEST(GuidelineChecker, LinksMustGoToAllowedDomainsOrTheirSubdomains)
{
    GuidelineSettings settings = quiet();
    settings.allowedDomains = {s("fernline.com"), s("*.fernline-status.io")};
    for (const char *fine : {"https://help.fernline.com/reset", "https://FERNLINE.com",
                             "fernline.com/help", "status at https://www.fernline-status.io."})
        EXPECT_TRUE(check(settings, s(fine)).isEmpty()) << fine;

    for (const char *suspect : {"https://evilfernline.com", "https://fernline.com.evil.io/x",
                                "https://fernline.com@evil.io/", "bit.ly/abc",
                                "https://fernlіne.com/reset" /* Cyrillic і */}) {
        const QList<GuidelineWarning> warnings = check(settings, s(suspect));
        ASSERT_EQ(warnings.size(), 1) << suspect;
        EXPECT_EQ(warnings[0].rule, GuidelineRule::UnknownLink) << suspect;
        EXPECT_EQ(warnings[0].start, 0) << suspect;
    }
    EXPECT_TRUE(check(quiet(), s("https://anything.example")).isEmpty()); // no list, no rule
}

TEST(GuidelineChecker, APublicReplyOnXWithALinkSaysItCostsMore)
{
    GuidelineContext x{s("x"), false, {}};
    x.publicPost = true;
    const QList<GuidelineWarning> warnings =
        check(quiet(), s("Hi Anna, see fernline.com/help for the steps."), x);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::CostlyLink);
    EXPECT_EQ(warnings[0].start, 13);
    EXPECT_EQ(warnings[0].length, 17);
    EXPECT_TRUE(warnings[0].explanation.contains(s("costs much more")));
    // Without a link, in a private message, or on another network: nothing to say.
    EXPECT_TRUE(check(quiet(), s("Hi Anna, we are on it."), x).isEmpty());
    GuidelineContext dm = x;
    dm.publicPost = false;
    EXPECT_TRUE(check(quiet(), s("Hi Anna, see fernline.com/help."), dm).isEmpty());
    GuidelineContext mastodon = x;
    mastodon.platform = s("mastodon");
    EXPECT_TRUE(check(quiet(), s("Hi Anna, see https://fernline.com/help."), mastodon).isEmpty());
}

TEST(GuidelineChecker, DefaultsWarnAboutAnUnhappyCustomerWithNoEmpathyOnly)
{
    const GuidelineContext negative{s("mastodon"), true, {}};
    const QList<GuidelineWarning> warnings =
        GuidelineChecker().check(s("Hi Anna, a new version is out today."), negative);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].rule, GuidelineRule::Empathy);
    EXPECT_TRUE(GuidelineChecker().check(s("   "), negative).isEmpty());
}

TEST(GuidelineChecker, LongHostileDraftsAreCheckedWithoutFreezingTheComposer)
{
    // The composer checks as the agent types; a pasted wall of text must not stall it.
    GuidelineSettings settings;
    settings.allowedDomains = {s("fernline.com")};
    settings.signOffRule = SignOffRule::Initials;
    const GuidelineChecker checker(settings);
    const QStringList drafts{s("1 ").repeated(5000) + u'x',
                             s("a.b.").repeated(2500) + u'@',
                             s("ABC ").repeated(2500),
                             s("order 1-").repeated(1250),
                             s("https://a.com/((((").repeated(500),
                             QString(10'000, u'@')};
    for (const QString &draft : drafts) {
        QElapsedTimer timer;
        timer.start();
        PersonalDataGuard::scan(draft);
        const QList<GuidelineWarning> warnings = checker.check(draft, {s("x"), true, {}});
        EXPECT_LT(timer.elapsed(), 1000) << draft.left(20).toStdString();
        EXPECT_FALSE(warnings.isEmpty()); // over-length at least
    }
}
