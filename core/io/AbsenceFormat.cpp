// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceFormat.h"

#include "EduarteAbsenceFile.h"
#include "MagisterAbsenceFile.h"
#include "SomtodayAbsenceFile.h"

using namespace Qt::StringLiterals;

namespace {

constexpr AbsenceFormat kAll[] = {AbsenceFormat::PerDay, AbsenceFormat::Absentiemeldingen,
                                  AbsenceFormat::Eduarte, AbsenceFormat::Somtoday,
                                  AbsenceFormat::Magister};

} // namespace

QString AbsenceFormats::key(AbsenceFormat format)
{
    switch (format) {
    case AbsenceFormat::PerDay:
        return u"uitwissel"_s;
    case AbsenceFormat::Absentiemeldingen:
        return u"absentiemeldingen"_s;
    case AbsenceFormat::Eduarte:
        return u"eduarte"_s;
    case AbsenceFormat::Somtoday:
        return u"somtoday"_s;
    case AbsenceFormat::Magister:
        return u"magister"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AbsenceFormat> AbsenceFormats::fromKey(const QString& key)
{
    for (AbsenceFormat format : kAll) {
        if (AbsenceFormats::key(format) == key.trimmed().toLower())
            return format;
    }
    return std::nullopt;
}

QStringList AbsenceFormats::keys()
{
    QStringList keys;
    for (AbsenceFormat format : kAll)
        keys.append(key(format));
    return keys;
}

QString AbsenceFormats::displayName(AbsenceFormat format)
{
    switch (format) {
    case AbsenceFormat::PerDay:
        return tr("absenties per day (exchange format)");
    case AbsenceFormat::Absentiemeldingen:
        return tr("absentiemeldingen as time ranges (exchange format)");
    case AbsenceFormat::Eduarte:
        return tr("Eduarte/KRD absentiemeldingen");
    case AbsenceFormat::Somtoday:
        return tr("Somtoday absentiemeldingen (JSON)");
    case AbsenceFormat::Magister:
        return tr("Magister absenties (JSON)");
    }
    Q_UNREACHABLE();
    return {};
}

AbsenceFormat AbsenceFormats::detect(QStringView text)
{
    if (MagisterAbsenceFile::looksLike(text))
        return AbsenceFormat::Magister;
    if (SomtodayAbsenceFile::looksLike(text))
        return AbsenceFormat::Somtoday;
    const qsizetype end = text.indexOf(u'\n');
    const QStringView firstLine = text.left(end < 0 ? text.size() : end);
    if (firstLine.contains(u"van_datum"_s, Qt::CaseInsensitive))
        return AbsenceFormat::Absentiemeldingen;
    if (EduarteAbsenceFile::looksLike(firstLine))
        return AbsenceFormat::Eduarte;
    return AbsenceFormat::PerDay;
}
