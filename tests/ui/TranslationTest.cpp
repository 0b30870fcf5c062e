// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "Translations.h"
#include "cases/Queue.h"
#include "shortcuts/ShortcutRegistry.h"

#include <QCoreApplication>
#include <QFile>
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

// Qt's German names the keys "Return", "Herunter" and "Hoch": nobody's keyboard says that.
TEST(Translations, GermanKeyNamesAreTheOnesOnTheKeyboard)
{
    TranslationsInstalled german(QStringLiteral("de"));
    EXPECT_EQ(ShortcutRegistry::keyName(QKeySequence(Qt::CTRL | Qt::Key_Return)),
              QStringLiteral("Strg+Eingabe"));
    EXPECT_EQ(ShortcutRegistry::keyName(QKeySequence(Qt::Key_Down)), QStringLiteral("\u2193"));
    EXPECT_EQ(ShortcutRegistry::keyName(QKeySequence(Qt::ALT | Qt::Key_Up)),
              QStringLiteral("Alt+\u2191"));
    EXPECT_EQ(ShortcutRegistry::keyName(QKeySequence(Qt::Key_Question)), QStringLiteral("?"));
}

// "Sprecher" (a speaker at a podium) is the wrong word for the people a list names.
TEST(Translations, GermanSpeaksOfPeopleNotSpeakers)
{
    QFile ts(QStringLiteral(EARSHOT_TEST_DATA "/../../translations/earshot_de.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(ts.readAll()).contains(QStringLiteral("Sprecher")));
}
