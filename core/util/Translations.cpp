// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QString chooseLanguage(const QString& preferred)
{
    const QString fromEnvironment = qEnvironmentVariable("VERZUIMDESK_TAAL").toLower();
    for (const QString& candidate : {fromEnvironment, preferred.toLower()}) {
        if (candidate == u"nl"_s || candidate == u"en"_s)
            return candidate;
    }
    return u"nl"_s;
}

void install(QCoreApplication& app, const QString& language)
{
    // English is the source language: nothing to load.
    if (language == u"en"_s)
        return;
    // Dates and numbers as Dutch readers expect them (16,5 uur).
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/verzuimdesk_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
