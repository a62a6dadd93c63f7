// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolGenerator.h"

#include "calendar/LesdagRule.h"
#include "calendar/OfficialHolidays.h"
#include "util/ChunkedSaveFile.h"
#include "util/Dates.h"
#include "util/Pgn.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// ---- The school ---------------------------------------------------------------------------

// Where the bundled list has no date yet, the week schools usually take (ISO week of the
// Monday per region noord/midden/zuid), marked "geschat" so nobody mistakes it for official.
struct UsualWeek
{
    const char16_t* name;
    std::array<int, 3> isoWeek; // noord, midden, zuid
    int days;                   // Saturday to Sunday inclusive
};
const std::array kUsualWeeks{
    UsualWeek{u"Herfstvakantie", {43, 43, 42}, 9}, UsualWeek{u"Kerstvakantie", {52, 52, 52}, 16},
    UsualWeek{u"Voorjaarsvakantie", {9, 8, 8}, 9}, UsualWeek{u"Meivakantie", {18, 18, 18}, 9},
    UsualWeek{u"Zomervakantie", {28, 30, 29}, 44},
};

QDate saturdayBeforeIsoWeek(int year, int week)
{
    const QDate jan4(year, 1, 4); // always in ISO week 1
    return Dates::mondayOf(jan4).addDays(7 * (week - 1) - 2);
}

QList<Holiday> vakantiesOf(const QString& region, int schoolYear)
{
    QList<Holiday> holidays = OfficialHolidays::forSchoolYear(region, schoolYear);
    const int regionIndex = int(OfficialHolidays::regions().indexOf(region));
    for (const QString& name : OfficialHolidays::missing(region, schoolYear)) {
        for (const UsualWeek& usual : kUsualWeeks) {
            if (name != QString::fromUtf16(usual.name))
                continue;
            const int week = usual.isoWeek[size_t(regionIndex)];
            const int year = week >= 40 ? schoolYear : schoolYear + 1;
            const QDate from = saturdayBeforeIsoWeek(year, week);
            holidays.append({name + u" (geschat)"_s, from, from.addDays(usual.days - 1)});
        }
    }
    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday& a, const Holiday& b) { return a.from < b.from; });
    return holidays;
}

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

// The feestdagen schools close on that can fall outside a vakantie.
QList<QDate> vrijeDagenOf(int schoolYear)
{
    const int year = schoolYear + 1;
    const QDate easter = easterSunday(year);
    return {easter.addDays(-2), easter.addDays(1),  QDate(year, 4, 27),
            easter.addDays(39), easter.addDays(40), easter.addDays(50)};
}

struct SectorProfile
{
    const char16_t* schoolName;
    int lesuurMinutes;
    int lesurenPerDay;
    bool perLesuur; // absence registered per lesuur (one record each), as vo and mbo do
    std::array<int, 21> ageWeights; // ages 4 to 24
    int locations;
};

const SectorProfile& profileOf(Sector sector)
{
    static const SectorProfile po{u"Basisschool De Regenboog",         60, 6, false,
                                  {10, 12, 12, 12, 12, 12, 12, 12, 6}, 1};
    static const SectorProfile vo{
        u"Demo College", 50, 7, true, {0, 0, 0, 0, 0, 0, 0, 0, 15, 17, 17, 17, 16, 12, 6}, 1};
    static const SectorProfile mbo{
        u"ROC Demo",
        60,
        6,
        true,
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 20, 20, 15, 12, 8, 5, 3, 2},
        3};
    return sector == Sector::Po ? po : sector == Sector::Vo ? vo : mbo;
}

const std::array kLocationNames{u"Hoofdgebouw", u"Campus Noord", u"Campus Zuid"};

// The profile's lesdag from 08:30: a short break after the second lesson, lunch after the fourth.
QJsonArray lessonsOf(const SectorProfile& profile)
{
    QJsonArray lessons;
    QTime start(8, 30);
    for (int lesuur = 1; lesuur <= profile.lesurenPerDay; ++lesuur) {
        const QTime end = start.addSecs(profile.lesuurMinutes * 60);
        lessons.append(QJsonObject{{u"lesuur"_s, lesuur},
                                   {u"van"_s, start.toString(u"HH:mm"_s)},
                                   {u"tot"_s, end.toString(u"HH:mm"_s)}});
        start = end.addSecs(lesuur == 2 ? 15 * 60 : lesuur == 4 ? 30 * 60 : 0);
    }
    return lessons;
}

QByteArray schoolJson(const GeneratorSettings& settings, const QString& region,
                      const QList<Holiday>& vakanties, const QList<QDate>& vrijeDagen)
{
    const SectorProfile& profile = profileOf(settings.sector);
    QJsonArray holidays;
    for (const Holiday& h : vakanties) {
        holidays.append(QJsonObject{
            {u"naam"_s, h.name}, {u"van"_s, Dates::toIso(h.from)}, {u"tot"_s, Dates::toIso(h.to)}});
    }
    QJsonArray daysOff;
    for (const QDate& day : vrijeDagen)
        daysOff.append(Dates::toIso(day));
    QJsonArray locations;
    for (int i = 0; i < profile.locations; ++i) {
        locations.append(QJsonObject{
            {u"naam"_s, QString::fromUtf16(kLocationNames[size_t(i)])},
            {u"onderwijsaanbiedercode"_s, u"100B%1"_s.arg(490 + i)},
            {u"onderwijslocatiecode"_s, u"100X%1"_s.arg(261 + i)},
        });
    }
    const QJsonObject contact{{u"naam"_s, u"J. de Wit"_s},
                              {u"functie"_s, u"verzuimcoördinator"_s},
                              {u"telefoon"_s, u"030-1234567"_s},
                              {u"email"_s, u"verzuim@demoschool.nl"_s},
                              {u"standaard"_s, true}};
    const QJsonObject school{
        {u"naam"_s, QString::fromUtf16(profile.schoolName)},
        {u"instellingscode"_s, u"99XX"_s},
        {u"sector"_s, Sectors::key(settings.sector)},
        {u"regio"_s, region},
        {u"lesuur_minuten"_s, profile.lesuurMinutes},
        {u"lestijden"_s, QJsonObject{{u"standaard"_s, lessonsOf(profile)}}},
        {u"vakanties"_s, holidays},
        {u"vrije_dagen"_s, daysOff},
        {u"contactpersonen"_s, QJsonArray{contact}},
        {u"locaties"_s, locations},
    };
    return QJsonDocument(school).toJson();
}

// ---- People ---------------------------------------------------------------------------------

struct Surname
{
    const char16_t* name;
    const char16_t* prefix;
};
const std::array kSurnames{
    Surname{u"Vries", u"de"}, Surname{u"Jansen", u""},    Surname{u"Bakker", u""},
    Surname{u"Visser", u""},  Surname{u"Smit", u""},      Surname{u"Meijer", u""},
    Surname{u"Yilmaz", u""},  Surname{u"El Amrani", u""}, Surname{u"Mulder", u""},
    Surname{u"Boer", u"de"},  Surname{u"Peters", u""},    Surname{u"Hendriks", u""},
    Surname{u"Dekker", u""},  Surname{u"Kaya", u""},      Surname{u"Bos", u""},
    Surname{u"Vos", u""},     Surname{u"Dijk", u"van"},   Surname{u"Berg", u"van den"},
    Surname{u"Öztürk", u""},  Surname{u"Brouwer", u""},   Surname{u"Wijk", u"van"},
    Surname{u"Santos", u""},  Surname{u"Nguyen", u""},    Surname{u"Kok", u""},
};
const std::array kFirstNames{u"Daan",  u"Emma", u"Noah",  u"Julia", u"Sem",      u"Mila",
                             u"Lucas", u"Sara", u"Finn",  u"Yara",  u"Milan",    u"Noor",
                             u"Ayoub", u"Lina", u"Thijs", u"Fleur", u"Mohammed", u"Zoë",
                             u"Levi",  u"Hiba", u"Jesse", u"Tess",  u"Bram",     u"Amira"};
const std::array kParentInitials{u"A.", u"B.", u"C.", u"E.", u"H.",
                                 u"J.", u"K.", u"M.", u"R.", u"S."};
const std::array kStreets{u"Dorpsstraat", u"Kerkstraat",    u"Schoolstraat", u"Molenweg",
                          u"Julianalaan", u"Beatrixstraat", u"Stationsweg",  u"Eikenlaan"};
struct Place
{
    const char16_t* town;
    int postcodeFrom;
};
const std::array kPlaces{
    std::array{Place{u"Groningen", 9711}, Place{u"Zwolle", 8011}, Place{u"Assen", 9401}},
    std::array{Place{u"Utrecht", 3511}, Place{u"Amersfoort", 3811}, Place{u"Gouda", 2801}},
    std::array{Place{u"Eindhoven", 5611}, Place{u"Tilburg", 5011}, Place{u"Maastricht", 6211}},
};
const std::array kOpleidingen{u"Verzorgende-IG",
                              u"Software Developer",
                              u"Logistiek Medewerker",
                              u"Commercieel Medewerker",
                              u"Eerste Monteur Elektrotechniek",
                              u"Pedagogisch Medewerker"};

template <typename Container> const auto& pick(QRandomGenerator& random, const Container& values)
{
    return values[size_t(random.bounded(int(values.size())))];
}

// ---- Attendance -----------------------------------------------------------------------------

enum class Pattern
{
    Rarely,
    Sometimes,
    Often,
    Truant,     // skips lessons week after week
    Continuous, // away for weeks in a row
    Trip,       // leaves early for a vakantie
};

struct PatternShare
{
    Pattern pattern;
    int perMille;       // of the leerlingen; Rarely takes what the others leave
    double eventChance; // that a lesdag holds lateness or absence besides sickness
};
const std::array kShares{
    PatternShare{Pattern::Sometimes, 250, 0.27}, PatternShare{Pattern::Often, 80, 0.45},
    PatternShare{Pattern::Truant, 15, 0.70},     PatternShare{Pattern::Continuous, 8, 0.25},
    PatternShare{Pattern::Trip, 10, 0.08},
};
constexpr double kRarelyChance = 0.10;
// Sickness starts on about three lesdagen a year for everyone.
constexpr double kSickStartChance = 3.0 / 190;

double eventChanceOf(Pattern pattern)
{
    for (const PatternShare& share : kShares) {
        if (share.pattern == pattern)
            return share.eventChance;
    }
    return kRarelyChance;
}

// Exact shares, every pattern at least twice (once could fall on a leerling enrolled too
// late to show it), in a seeded random order.
QList<Pattern> patternsFor(int leerlingen, QRandomGenerator& random)
{
    QList<Pattern> patterns;
    for (const PatternShare& share : kShares) {
        const int count = std::max(2, leerlingen * share.perMille / 1000);
        for (int i = 0; i < count && patterns.size() < leerlingen; ++i)
            patterns.append(share.pattern);
    }
    while (patterns.size() < leerlingen)
        patterns.append(Pattern::Rarely);
    // Fisher–Yates with the seeded generator: std::shuffle differs between standard libraries,
    // and the same seed must give the same school everywhere.
    for (qsizetype i = patterns.size() - 1; i > 0; --i)
        std::swap(patterns[i], patterns[qsizetype(random.bounded(quint64(i) + 1))]);
    return patterns;
}

// One leerling's records, written as absenties.csv lines.
class AttendanceWriter
{
public:
    AttendanceWriter(QByteArray& out, const SectorProfile& profile, QRandomGenerator& random)
        : m_out(out)
        , m_profile(profile)
        , m_random(random)
    {
    }

    void startLeerling(const QString& pgn)
    {
        m_pgn = pgn.toLatin1();
        m_count = 0;
    }
    qint64 count() const { return m_count; }

    void wholeDay(const QDate& day, const char* code)
    {
        write(day, code, m_profile.lesurenPerDay, true, {});
    }
    void lesuren(const QDate& day, const char* code, int lesuren, const char* remark = nullptr)
    {
        if (!m_profile.perLesuur) {
            write(day, code, lesuren, false, remark);
            return;
        }
        for (int i = 0; i < lesuren; ++i)
            write(day, code, 1, false, remark);
    }
    void late(const QDate& day, const char* code)
    {
        write(day, code, 0, false, {}, 5 + int(m_random.bounded(20)));
    }

    // An ordinary day's lateness or absence, as the pattern makes likely.
    void event(const QDate& day, Pattern pattern)
    {
        const int roll = int(m_random.bounded(100));
        int absent = 0; // lesuren, so that the day never holds more than its lessons
        const auto away = [&](const char* code, int count, const char* remark = nullptr) {
            absent = count;
            lesuren(day, code, count, remark);
        };
        if (pattern == Pattern::Truant) {
            if (roll < 60)
                away("O", 2 + int(m_random.bounded(5)), roll < 6 ? "spijbelen" : nullptr);
            else if (roll < 90)
                late(day, "L");
            else
                away("V", 1 + int(m_random.bounded(3)));
        } else if (roll < 45) {
            late(day, "L");
        } else if (roll < 75) {
            away("O", 1 + int(m_random.bounded(4)));
        } else if (roll < 85) {
            late(day, "T");
        } else {
            away("V", 1 + int(m_random.bounded(3)), roll < 90 ? "tandarts" : nullptr);
        }
        // A quarter of such days hold a second record: late in the morning, gone after lunch.
        if (m_random.bounded(4) == 0) {
            const int more =
                std::min(1 + int(m_random.bounded(2)), m_profile.lesurenPerDay - absent);
            if (more > 0)
                lesuren(day, "O", more);
        }
    }

private:
    void write(const QDate& day, const char* code, int lesuren, bool wholeDay, const char* remark,
               int minutes = -1)
    {
        m_out += m_pgn;
        m_out += ';';
        m_out += Dates::toIso(day).toLatin1();
        m_out += ';';
        m_out += code;
        m_out += ';';
        m_out += QByteArray::number(minutes >= 0 ? minutes : lesuren * m_profile.lesuurMinutes);
        m_out += ';';
        m_out += QByteArray::number(lesuren);
        m_out += wholeDay ? ";1;" : ";0;";
        if (remark)
            m_out += remark;
        m_out += '\n';
        ++m_count;
    }

    QByteArray& m_out;
    const SectorProfile& m_profile;
    QRandomGenerator& m_random;
    QByteArray m_pgn;
    qint64 m_count = 0;
};

// ---- Writing --------------------------------------------------------------------------------

QString csvDate(const QDate& date)
{
    return date.isValid() ? Dates::toIso(date) : QString();
}

} // namespace

SchoolGenerator::SchoolGenerator(GeneratorSettings settings)
    : m_settings(settings)
{
}

Result<GeneratedSchool> SchoolGenerator::writeTo(const QString& directory,
                                                 const ProgressCallback& progress) const
{
    if (!QDir().mkpath(directory))
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory))};
    const QDate today = m_settings.today;
    QRandomGenerator random(m_settings.seed);
    const SectorProfile& profile = profileOf(m_settings.sector);
    const QString region = pick(random, OfficialHolidays::regions());
    const int regionIndex = int(OfficialHolidays::regions().indexOf(region));

    // A year of attendance up to today spans two schooljaren; the calendar holds both.
    const QDate firstDay = today.addDays(-364);
    const int firstYear = Dates::schoolYearStart(firstDay).year();
    School school;
    for (int year = firstYear; year <= Dates::schoolYearStart(today).year(); ++year) {
        school.holidays += vakantiesOf(region, year);
        school.daysOff += vrijeDagenOf(year);
    }
    const LesdagRule rule(school);
    QList<QDate> lesdagen;
    for (QDate d = firstDay; d <= today; d = d.addDays(1)) {
        if (rule.isLesdag(d))
            lesdagen.append(d);
    }

    ChunkedSaveFile schoolFile(directory + u"/school.json"_s, {});
    schoolFile.buffer() = schoolJson(m_settings, region, school.holidays, school.daysOff);
    ChunkedSaveFile leerlingenFile(
        directory + u"/leerlingen.csv"_s,
        "pgn;achternaam;tussenvoegsel;voornamen;geboortedatum;geslacht;"
        "startkwalificatie_datum;inschrijving_van;inschrijving_tot;telefoon;"
        "email;straat;huisnummer;postcode;woonplaats;gemeente;opleiding;"
        "leerjaar;klas;locatie\n");
    ChunkedSaveFile contactenFile(
        directory + u"/contacten.csv"_s,
        "pgn;naam;relatie;telefoon;email;wettelijk_vertegenwoordiger;geheim\n");
    ChunkedSaveFile absentiesFile(directory + u"/absenties.csv"_s,
                                  "pgn;datum;code;minuten;lesuren;hele_dag;opmerking\n");
    AttendanceWriter attendance(absentiesFile.buffer(), profile, random);
    GeneratedSchool generated;

    const QList<Pattern> patterns = patternsFor(m_settings.leerlingen, random);
    const QDate yearStart = Dates::schoolYearStart(today);
    for (int i = 0; i < m_settings.leerlingen; ++i) {
        const QString pgn = Pgn::syntheticBsn(i + 1);
        // Who they are.
        int age = 4;
        for (int roll = int(random.bounded(100)); roll >= profile.ageWeights[size_t(age - 4)];
             ++age)
            roll -= profile.ageWeights[size_t(age - 4)];
        const QDate birth = today.addYears(-age).addDays(-int(random.bounded(365)));
        QDate startkwalificatie;
        if (age >= 18 && random.bounded(100) < (m_settings.sector == Sector::Mbo ? 30 : 8))
            startkwalificatie = yearStart.addDays(-10 - int(random.bounded(300)));
        QDate enrolledFrom = yearStart.addYears(-int(random.bounded(std::min(4, age - 3))));
        if (random.bounded(100) < 4)
            enrolledFrom = yearStart.addDays(int(random.bounded(int(yearStart.daysTo(today)) + 1)));
        enrolledFrom = std::min(std::max(enrolledFrom, birth.addYears(4)), today);
        QDate enrolledTo;
        if (random.bounded(100) < 2)
            enrolledTo = std::max(enrolledFrom, today.addDays(-1 - int(random.bounded(150))));

        const Surname& surname = pick(random, kSurnames);
        const QString lastName = QString::fromUtf16(surname.name);
        const QString prefix = QString::fromUtf16(surname.prefix);
        const QString firstName = QString::fromUtf16(pick(random, kFirstNames));
        const Place& place = pick(random, kPlaces[size_t(regionIndex)]);
        const QString postcode = u"%1%2%3"_s.arg(place.postcodeFrom + int(random.bounded(80)))
                                     .arg(QChar(u'A' + int(random.bounded(26))))
                                     .arg(QChar(u'B' + int(random.bounded(24))));
        const bool ownContact = age >= 16;
        const QString phone = u"06%1"_s.arg(10000000 + int(random.bounded(89999999)));
        QString opleiding, klas;
        int leerjaar = 1;
        if (m_settings.sector == Sector::Po) {
            leerjaar = std::clamp(age - 3, 1, 8);
            klas = u"Groep %1"_s.arg(leerjaar);
        } else if (m_settings.sector == Sector::Vo) {
            leerjaar = std::clamp(age - 11, 1, 6);
            klas = u"%1%2"_s.arg(leerjaar).arg(QChar(u'A' + int(random.bounded(4))));
        } else {
            opleiding = QString::fromUtf16(pick(random, kOpleidingen));
            leerjaar = 1 + int(random.bounded(3));
            klas = u"%1%2"_s.arg(opleiding.left(3).toUpper()).arg(leerjaar);
        }
        const QStringList leerlingFields{
            pgn,
            lastName,
            prefix,
            firstName,
            Dates::toIso(birth),
            random.bounded(2) ? u"V"_s : u"M"_s,
            csvDate(startkwalificatie),
            Dates::toIso(enrolledFrom),
            csvDate(enrolledTo),
            ownContact ? phone : QString(),
            ownContact ? u"leerling%1@example.nl"_s.arg(i + 1) : QString(),
            QString::fromUtf16(pick(random, kStreets)),
            QString::number(1 + random.bounded(180)),
            postcode,
            QString::fromUtf16(place.town),
            QString::fromUtf16(place.town),
            opleiding,
            QString::number(leerjaar),
            klas,
            QString::fromUtf16(kLocationNames[size_t(random.bounded(profile.locations))]),
        };
        leerlingenFile.buffer() += leerlingFields.join(u';').toUtf8() + '\n';

        // Who to call: ouders for minors, sometimes still for adults; a few kept secret.
        const int parents = age < 18 ? 1 + int(random.bounded(2)) : int(random.bounded(2));
        for (int p = 0; p < parents; ++p) {
            const bool emailOnly = random.bounded(50) == 0;
            const QStringList contactFields{
                pgn,
                QString::fromUtf16(pick(random, kParentInitials)) + u' ' +
                    (prefix.isEmpty() ? QString() : prefix + u' ') + lastName,
                p == 0 ? u"moeder"_s : u"vader"_s,
                emailOnly ? QString() : u"06%1"_s.arg(10000000 + int(random.bounded(89999999))),
                u"ouder%1.%2@example.nl"_s.arg(i + 1).arg(p + 1),
                age < 18 ? u"1"_s : u"0"_s,
                random.bounded(33) == 0 ? u"1"_s : u"0"_s,
            };
            contactenFile.buffer() += contactFields.join(u';').toUtf8() + '\n';
            ++generated.contacten;
        }

        // What they missed, day by day.
        const Pattern pattern = patterns[i];
        const auto from =
            std::lower_bound(lesdagen.cbegin(), lesdagen.cend(), std::max(enrolledFrom, firstDay));
        const auto to = enrolledTo.isValid()
                            ? std::upper_bound(lesdagen.cbegin(), lesdagen.cend(), enrolledTo)
                            : lesdagen.cend();
        const int span = int(std::max<qsizetype>(0, to - from));
        int runStart = -1, runEnd = -1; // a continuous absence, as lesdag indexes into the span
        if (pattern == Pattern::Continuous && span > 0) {
            // 25 to 60 lesdagen: always 4 whole lesweken, wherever in the week it starts.
            const int length = std::min(span, 25 + int(random.bounded(36)));
            runStart = int(random.bounded(span - length + 1));
            runEnd = runStart + length;
        }
        // The last lesdag before a vakantie: the next lesdag is more than a weekend away.
        const auto lastBeforeVakantie = [&](int n) {
            if (n >= span || from + n + 1 >= lesdagen.cend())
                return false;
            return (from + n)->daysTo(*(from + n + 1)) > 4;
        };
        attendance.startLeerling(pgn);
        const double chance = eventChanceOf(pattern);
        int sickDaysLeft = 0;
        int tripDaysLeft = 0;
        int trips = 0;
        for (int n = 0; n < span; ++n) {
            const QDate day = *(from + n);
            if (n >= runStart && n < runEnd) {
                attendance.wholeDay(day, "O");
                continue;
            }
            // Before the first vakantie always, before later ones now and then.
            if (pattern == Pattern::Trip && lastBeforeVakantie(n + 2) &&
                (trips++ == 0 || random.bounded(2) == 0))
                tripDaysLeft = 3;
            if (tripDaysLeft > 0) {
                --tripDaysLeft;
                attendance.wholeDay(day, "X");
                continue;
            }
            if (sickDaysLeft == 0 && random.generateDouble() < kSickStartChance) {
                const int roll = int(random.bounded(100));
                sickDaysLeft = roll < 70   ? 1 + int(random.bounded(2))
                               : roll < 95 ? 3 + int(random.bounded(3))
                                           : 6 + int(random.bounded(7));
            }
            if (sickDaysLeft > 0) {
                --sickDaysLeft;
                attendance.wholeDay(day, "Z");
                continue;
            }
            if (random.generateDouble() < chance)
                attendance.event(day, pattern);
        }
        generated.absenties += attendance.count();
        ++generated.leerlingen;

        absentiesFile.flushIfLarge();
        leerlingenFile.flushIfLarge();
        contactenFile.flushIfLarge();
        if (progress && i % 500 == 499 && !progress(i + 1, m_settings.leerlingen))
            return Error{tr("Stopped: no files were written.")};
    }

    for (ChunkedSaveFile* file : {&schoolFile, &leerlingenFile, &contactenFile, &absentiesFile}) {
        if (Status status = file->commit(); !status)
            return Error{status.error()};
    }
    return generated;
}
