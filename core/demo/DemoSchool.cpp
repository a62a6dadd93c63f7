// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSchool.h"

#include "calendar/LesdagRule.h"
#include "io/SchoolJsonReader.h"
#include "util/Dates.h"
#include "util/Pgn.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QStringList kLastNames{u"de Vries"_s, u"Jansen"_s,  u"Bakker"_s, u"Visser"_s,
                             u"Smit"_s,     u"Meijer"_s,  u"Yilmaz"_s, u"El Amrani"_s,
                             u"Mulder"_s,   u"de Boer"_s, u"Peters"_s, u"Hendriks"_s,
                             u"Dekker"_s,   u"Kaya"_s,    u"Bos"_s,    u"Vos"_s};
const QStringList kFirstNames{u"Daan"_s,  u"Emma"_s,  u"Noah"_s,  u"Julia"_s, u"Sem"_s,
                              u"Mila"_s,  u"Lucas"_s, u"Sara"_s,  u"Finn"_s,  u"Yara"_s,
                              u"Milan"_s, u"Noor"_s,  u"Ayoub"_s, u"Lina"_s,  u"Thijs"_s};

// Region midden, as published for 2025-2026 and 2026-2027 (domain-rules.md §8).
const QString kSchoolJson = uR"({
 "naam": "Demo College",
 "instellingscode": "99XX",
 "sector": "vo",
 "regio": "midden",
 "lesuur_minuten": 50,
 "vakanties": [
  {"naam": "Herfstvakantie", "van": "2025-10-18", "tot": "2025-10-26"},
  {"naam": "Kerstvakantie", "van": "2025-12-20", "tot": "2026-01-04"},
  {"naam": "Voorjaarsvakantie", "van": "2026-02-14", "tot": "2026-02-22"},
  {"naam": "Meivakantie", "van": "2026-04-25", "tot": "2026-05-03"},
  {"naam": "Zomervakantie", "van": "2026-07-18", "tot": "2026-08-30"},
  {"naam": "Herfstvakantie", "van": "2026-10-17", "tot": "2026-10-25"},
  {"naam": "Kerstvakantie", "van": "2026-12-19", "tot": "2027-01-03"}
 ],
 "vrije_dagen": ["2026-04-03", "2026-04-06", "2026-05-14", "2026-05-15", "2026-05-25"],
 "contactpersonen": [{"naam": "J. de Wit", "functie": "verzuimcoördinator", "telefoon": "030-1234567",
                      "email": "verzuim@democollege.nl", "standaard": true}],
 "locaties": [{"naam": "Hoofdgebouw", "onderwijsaanbiedercode": "100B490",
               "onderwijslocatiecode": "100X261"}]
}
)"_s;

Status writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{DemoSchool::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(text.toUtf8());
    return {};
}

} // namespace

DemoSchool::DemoSchool(QDate today, int leerlingen, quint32 seed)
    : m_today(today)
    , m_leerlingen(leerlingen)
    , m_seed(seed)
{
}

Status DemoSchool::writeTo(const QString& directory) const
{
    QDir().mkpath(directory);
    QRandomGenerator random(m_seed);
    const QDate yearStart = Dates::schoolYearStart(m_today);
    const QDate classStart = yearStart.addMonths(1); // after the zomervakantie

    QStringList leerlingen{
        u"pgn;achternaam;voornamen;geboortedatum;inschrijving_van;klas;locatie"_s};
    QStringList contacten{u"pgn;naam;relatie;telefoon;email"_s};
    QStringList absenties{u"pgn;datum;code;minuten;lesuren;hele_dag"_s};

    // The lesdagen of the last eight weeks, where all demo absence falls.
    ImportIssues unused;
    const School school = *SchoolJsonReader(u"school.json"_s, kSchoolJson.toUtf8(), unused).read();
    const LesdagRule rule(school);
    QList<QDate> lesdagen;
    for (QDate d = std::max(classStart, m_today.addDays(-56)); d <= m_today; d = d.addDays(1)) {
        if (rule.isLesdag(d))
            lesdagen.append(d);
    }

    for (int i = 0; i < m_leerlingen; ++i) {
        const QString pgn = Pgn::syntheticBsn(i + 1);
        const int age = 12 + int(random.bounded(7)); // 12 to 18
        const QDate birth = m_today.addYears(-age).addDays(-int(random.bounded(365)));
        const QString last = kLastNames[int(random.bounded(kLastNames.size()))];
        const QString first = kFirstNames[int(random.bounded(kFirstNames.size()))];
        leerlingen.append(u"%1;%2;%3;%4;%5;%6;Hoofdgebouw"_s.arg(
            pgn, last, first, Dates::toIso(birth), Dates::toIso(yearStart),
            u"%1%2"_s.arg(1 + i % 6).arg(QChar(u'A' + i % 3))));
        contacten.append(u"%1;%2 %3;ouder;06%4;ouder%5@example.nl"_s
                             .arg(pgn, random.bounded(2) ? u"M."_s : u"J."_s, last)
                             .arg(10000000 + int(random.bounded(89999999)))
                             .arg(i + 1));

        const auto absent = [&](const QDate& day, const QString& code, int lesuren, bool whole) {
            absenties.append(u"%1;%2;%3;%4;%5;%6"_s.arg(pgn, Dates::toIso(day), code)
                                 .arg(lesuren * 50)
                                 .arg(lesuren)
                                 .arg(whole ? 1 : 0));
        };
        for (qsizetype n = 0; n < lesdagen.size(); ++n) {
            const QDate day = lesdagen[n];
            const bool lastFiveWeeks = day > m_today.addDays(-35);
            if (i == 3 && lastFiveWeeks)
                absent(day, u"O"_s, 7, true); // continuous: LRV
            else if (i % 10 == 0 && day.dayOfWeek() % 2 == 1 && random.bounded(3) > 0)
                absent(day, u"O"_s, 3, false); // often absent: 16UUR
            else if (i % 7 == 1 && random.bounded(4) == 0)
                absent(day, u"L"_s, 0, false); // lateness ladder
            else if (i % 9 == 2 && day.dayOfWeek() == 1 && random.bounded(2) == 0)
                absent(day, u"Z"_s, 7, true); // Monday sickness: M@ZL
            else if (i == 5 && n >= lesdagen.size() - 12 && n < lesdagen.size() - 9)
                absent(day, u"X"_s, 7, true); // a trip outside the vakanties
            else if (random.bounded(60) == 0)
                absent(day, u"O"_s, 1 + int(random.bounded(2)), false);
        }
    }

    Status status = writeFile(directory + u"/school.json"_s, kSchoolJson);
    if (status)
        status = writeFile(directory + u"/leerlingen.csv"_s, leerlingen.join(u'\n') + u'\n');
    if (status)
        status = writeFile(directory + u"/contacten.csv"_s, contacten.join(u'\n') + u'\n');
    if (status)
        status = writeFile(directory + u"/absenties.csv"_s, absenties.join(u'\n') + u'\n');
    return status;
}
