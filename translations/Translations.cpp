// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace earshot {

using namespace Qt::StringLiterals;

QLocale installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *earshot = new QTranslator(&app);
    if (earshot->load(locale, u"earshot"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(earshot);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace earshot
