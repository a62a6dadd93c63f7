// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

// Verzuimdesk speaks Dutch unless the user chose English (VERZUIMDESK_TAAL=en or the setting).
namespace Translations {

// "nl" or "en": the environment's VERZUIMDESK_TAAL, else `preferred`, else "nl".
QString chooseLanguage(const QString& preferred = {});
// Loads our own and Qt's translations for the language into the application.
void install(QCoreApplication& app, const QString& language);

} // namespace Translations
