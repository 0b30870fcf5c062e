// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "Translations.h"
#include "cases/Queue.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace earshot;

namespace {

// Translators are installed on the application; take them off again for the next test.
struct TranslationsInstalled {
    explicit TranslationsInstalled(const QString &language)
    {
        installTranslations(*QCoreApplication::instance(), language);
    }
    ~TranslationsInstalled()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }
};

} // namespace

TEST(Translations, GermanIsShippedAndUsedWhenAskedFor)
{
    TranslationsInstalled german(QStringLiteral("de"));
    EXPECT_EQ(queueTitle(Queue::New), QStringLiteral("Neu"));
    EXPECT_EQ(statusTitle(CaseStatus::Resolved), QStringLiteral("Gelöst"));
}

TEST(Translations, EnglishStaysEnglish)
{
    TranslationsInstalled english(QStringLiteral("en"));
    EXPECT_EQ(queueTitle(Queue::Unassigned), QStringLiteral("Unassigned"));
}
