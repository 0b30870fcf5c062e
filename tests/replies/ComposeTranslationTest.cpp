// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"

#include "Translations.h"
#include "replies/GuidelineChecker.h"
#include "replies/PersonalDataGuard.h"
#include "replies/TemplateRenderer.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace earshot;

namespace {

struct GermanInstalled {
    GermanInstalled() { installTranslations(*QCoreApplication::instance(), QStringLiteral("de")); }
    ~GermanInstalled()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }
};

} // namespace

TEST(ComposeTranslation, AGermanAgentReadsWarningsInGerman)
{
    GermanInstalled german;
    const QList<PersonalDataFinding> findings =
        PersonalDataGuard::scan(QStringLiteral("anna@example.com"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(personalDataWarning(findings[0]),
              QString::fromUtf8("Diese öffentliche Antwort enthält anscheinend eine "
                                "E-Mail-Adresse: anna@example.com. Stattdessen als private "
                                "Nachricht senden?"));

    const QList<GuidelineWarning> warnings = GuidelineChecker().check(
        QString(300, u'a'), GuidelineContext{QStringLiteral("x"), false, {}});
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].explanation,
              QString::fromUtf8("Die Antwort liegt 20 über der Grenze von 280 für X."));

    const TemplateRenderer broken(QStringLiteral("Hi {first_name"));
    ASSERT_EQ(broken.errors().size(), 1);
    EXPECT_TRUE(broken.errors()[0].message.startsWith(QString::fromUtf8("Die { an Zeichen 4")))
        << broken.errors()[0].message.toStdString();
}
