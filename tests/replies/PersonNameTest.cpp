// SPDX-License-Identifier: Apache-2.0
// {first_name} as a care agent would write it: "Hi Rhys", never "Hi Cllr" or "Hi jturner_88".
#include "replies/PersonName.h"

#include <gtest/gtest.h>

using namespace earshot;
using namespace Qt::StringLiterals;

namespace {

std::string first(const QString &name, const QString &handle = u"someone"_s)
{
    return firstNameOf(name, handle).toStdString();
}

} // namespace

TEST(PersonName, TitlesBeforeANameAreSkipped)
{
    EXPECT_EQ(first(u"Cllr Rhys Pritchard"_s), "Rhys"); // gave "Hi Cllr"
    EXPECT_EQ(first(u"Dr. Anna Weber"_s), "Anna");
    EXPECT_EQ(first(u"Mrs Eileen O'Brien"_s), "Eileen");
    EXPECT_EQ(first(u"Prof Jean-Luc Martin"_s), "Jean-Luc");
    EXPECT_EQ(first(u"Herr Jonas Weber"_s), "Jonas");
    EXPECT_EQ(first(u"Frau Dr. Zoë Krüger"_s), "Zoë");
    EXPECT_EQ(first(u"Sir Ian Blake"_s), "Ian");
}

TEST(PersonName, SingleNamesAndDecoratedNamesKeepTheName)
{
    EXPECT_EQ(first(u"Maya"_s), "Maya");
    EXPECT_EQ(first(u"🌻 Maya Goldberg 🌻"_s), "Maya");
    EXPECT_EQ(first(u"  Tilly   Moss "_s), "Tilly");
    EXPECT_EQ(first(u"Ruby ✨ Lane"_s), "Ruby");
}

TEST(PersonName, UsernamesAndBrandsAsNamesGiveNothingSoTheFallbackIsUsed)
{
    EXPECT_EQ(first(u"jturner_88"_s, u"jturner_88"_s), "");
    EXPECT_EQ(first(u"@anna"_s), "");
    EXPECT_EQ(first(u"kai"_s, u"kai@social.example"_s), "");
    EXPECT_EQ(first(u"FERNLINE"_s), "");
    EXPECT_EQ(first(u"Mr"_s), "");
    EXPECT_EQ(first(u""_s), "");
    EXPECT_EQ(first(u"🌻"_s), "");
    // A capitalised name that happens to match the handle is still a name.
    EXPECT_EQ(first(u"Kai Brennan"_s, u"kai"_s), "Kai");
}
