// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImporter.h"

#include "ConversionQueue.h"
#include "EdexmlRoster.h"
#include "EduarteAbsenceFile.h"
#include "MagisterAbsenceFile.h"
#include "SchoolJsonReader.h"
#include "SomtodayAbsenceFile.h"
#include "SomtodayVakantiesFile.h"
#include "TimeRangeConversion.h"
#include "calendar/LesdagRule.h"
#include "util/Pgn.h"
#include "util/Text.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The longest school day a record can describe.
constexpr int kMaxMinutesPerDay = 24 * 60;
// The spans shown with their day records in the import's preview; the rest is only counted.
constexpr qsizetype kPreviewedSpans = 200;

bool inAny(const QList<DateRange>& ranges, const QDate& date)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const DateRange& r) { return r.contains(date); });
}

// Whether a record names its leerling as the record before it did (the same pgn and
// leerlingnummer fields). Every export we know lists a leerling's records together, so what is
// looked up for a leerling is looked up once per run of their records.
class LeerlingRun
{
public:
    explicit LeerlingRun(const CsvTable& table)
        : m_table(table)
    {
    }

    // True when `record` names another leerling than the record before it, or is the first.
    bool startsWith(const CsvRecordView& record)
    {
        const QStringView pgn = m_table.value(record, u"pgn"_s);
        const QStringView number = m_table.value(record, u"leerlingnummer"_s);
        if (m_started && pgn == m_pgn && number == m_number)
            return false;
        m_started = true;
        m_pgn = pgn.toString();
        m_number = number.toString();
        return true;
    }

private:
    const CsvTable& m_table;
    bool m_started = false;
    QString m_pgn;
    QString m_number;
};

} // namespace

std::optional<CsvTable> ExchangeImporter::load(const QString& path,
                                               const QList<ColumnSpec>& columns,
                                               const ColumnMapping& mapping,
                                               ImportIssues& issues) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.unreadable(path, tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return CsvTable::load(path, file.readAll(), columns, issues, mapping);
}

ImportBatch ExchangeImporter::prepare(const ImportFiles& files, ImportIssues& issues)
{
    ImportBatch batch;
    batch.replacing = files.replacing;
    m_mappings = files.mappings;
    m_absenceFormat = files.absenceFormat;
    m_rosterAsEdexml = files.leerlingenAsEdexml;
    m_inschrijvingen = m_existing.inschrijvingen;
    m_vrijstellingen = m_existing.vrijstellingen;
    m_pgnByLeerlingnummer = m_existing.pgnByLeerlingnummer;
    for (auto it = m_pgnByLeerlingnummer.cbegin(); it != m_pgnByLeerlingnummer.cend(); ++it)
        m_leerlingnummerByPgn.insert(it.value(), it.key());
    if (!files.school.isEmpty())
        readSchool(files.school, batch, issues);
    // Order matters: later files refer to the leerlingen and vrijstellingen of earlier ones.
    if (!files.leerlingen.isEmpty())
        readLeerlingen(files.leerlingen, batch, issues);
    if (!files.contacten.isEmpty())
        readContacts(files.contacten, batch, issues);
    if (!files.vrijstellingen.isEmpty())
        readVrijstellingen(files.vrijstellingen, batch, issues);
    if (!files.absenties.isEmpty())
        readAbsences(files.absenties, batch, issues);
    return batch;
}

void ExchangeImporter::readSchool(const QString& path, ImportBatch& batch, ImportIssues& issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.unreadable(path, tr("cannot read the file: %1").arg(file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    if (SomtodayVakantiesFile::looksLike(data)) {
        batch.vakantiesFromSomtoday = true;
        if (!m_existing.school) {
            issues.error(path, 0, QString(),
                         tr("Somtoday's vakanties go into a school: import school.json first"));
            return;
        }
        if (const auto holidays = SomtodayVakantiesFile::read(path, data, issues)) {
            batch.school = m_existing.school;
            batch.school->holidays =
                SomtodayVakantiesFile::merged(batch.school->holidays, *holidays);
        }
        return;
    }
    batch.school = SchoolJsonReader(path, data, issues).read();
    // Lestijden set in Instellingen stay when the package's school.json has none.
    if (batch.school && batch.school->lestijden.isEmpty() && m_existing.school)
        batch.school->lestijden = m_existing.school->lestijden;
}

std::optional<QString> ExchangeImporter::knownLeerling(const LeerlingName& name,
                                                       const ReportProblem& report) const
{
    QString pgn = name.pgn;
    if (pgn.isEmpty()) {
        pgn = m_pgnByLeerlingnummer.value(name.leerlingnummer);
        if (pgn.isEmpty()) {
            report(name.leerlingnummerColumn,
                   tr("no leerling with leerlingnummer %1 is known; import leerlingen.csv with its "
                      "leerlingnummer column first")
                       .arg(Text::shown(name.leerlingnummer)));
            return std::nullopt;
        }
    }
    // Two million records share their leerling's string instead of holding a copy each.
    if (const auto known = m_inschrijvingen.constFind(pgn); known != m_inschrijvingen.cend())
        return known.key();
    report(u"pgn"_s, tr("no leerling with PGN %1 is known; import leerlingen.csv first").arg(pgn));
    return std::nullopt;
}

std::optional<QString> ExchangeImporter::leerlingOf(const RowReader& row) const
{
    const ReportProblem report = [&](const QString& column, const QString& reason) {
        row.error(column, reason);
    };
    if (row.has(u"leerlingnummer"_s) && (!row.has(u"pgn"_s) || row.text(u"pgn"_s).isEmpty())) {
        const QString number = row.text(u"leerlingnummer"_s, true);
        if (number.isEmpty())
            return std::nullopt;
        return knownLeerling({QString(), number, u"leerlingnummer"_s}, report);
    }
    const QString pgn = row.pgn(u"pgn"_s);
    if (pgn.isEmpty() || !Pgn::isValid(pgn))
        return std::nullopt; // already reported by RowReader::pgn
    return knownLeerling({pgn, QString(), QString()}, report);
}

QString ExchangeImporter::knownCode(const School& school, QStringView code, const QString& column,
                                    const ReportProblem& report)
{
    if (const AbsenceCode* known = school.codes.find(code))
        return known->code;
    if (!code.isEmpty())
        report(column, tr("code '%1' is not in the school's code table").arg(Text::shown(code)));
    return code.toString();
}

void ExchangeImporter::readLeerlingen(const QString& path, ImportBatch& batch, ImportIssues& issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.unreadable(path, tr("cannot read the file: %1").arg(file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    batch.leerlingenFromEdexml = m_rosterAsEdexml || EdexmlRoster::looksLike(data);
    if (batch.leerlingenFromEdexml)
        readRoster(path, data, batch, issues);
    else
        readLeerlingenCsv(path, data, batch, issues);
}

void ExchangeImporter::readLeerlingenCsv(const QString& path, const QByteArray& data,
                                         ImportBatch& batch, ImportIssues& issues)
{
    const auto table = CsvTable::load(path, data, CsvFileKinds::columns(CsvFileKind::Leerlingen),
                                      issues, m_mappings.value(CsvFileKind::Leerlingen));
    if (!table)
        return;
    table->forEachRecord([&](const CsvRecordView& record) {
        const RowReader row(*table, record, issues);
        Leerling leerling;
        leerling.pgn = row.pgn(u"pgn"_s);
        leerling.lastName = row.text(u"achternaam"_s, true);
        leerling.firstNames = row.text(u"voornamen"_s, true);
        leerling.infix = row.text(u"tussenvoegsel"_s);
        const auto birth = row.date(u"geboortedatum"_s, true);
        leerling.gender = row.text(u"geslacht"_s).toUpper();
        if (!leerling.gender.isEmpty() &&
            !QStringList{u"M"_s, u"V"_s, u"X"_s}.contains(leerling.gender))
            row.error(u"geslacht"_s, tr("'%1' is not M, V or X").arg(Text::shown(leerling.gender)));
        leerling.startkwalificatieDate = row.date(u"startkwalificatie_datum"_s).value_or(QDate());
        const auto from = row.date(u"inschrijving_van"_s, true);
        const auto to = row.date(u"inschrijving_tot"_s);
        if (from && to && *to < *from)
            row.error(u"inschrijving_tot"_s, tr("the inschrijving ends before it starts"));
        if (birth && from && *from < *birth)
            row.error(u"inschrijving_van"_s, tr("the inschrijving starts before the birth date"));
        leerling.birthDate = birth.value_or(QDate());
        leerling.phone = row.text(u"telefoon"_s);
        leerling.email = row.text(u"email"_s);
        leerling.address = {row.text(u"straat"_s), row.text(u"huisnummer"_s),
                            row.text(u"postcode"_s), row.text(u"woonplaats"_s),
                            row.text(u"gemeente"_s)};
        leerling.opleiding = row.text(u"opleiding"_s);
        leerling.leerjaar = row.text(u"leerjaar"_s);
        leerling.klas = row.text(u"klas"_s);
        leerling.locatie = row.text(u"locatie"_s);
        leerling.leerlingnummer = row.text(u"leerlingnummer"_s);
        const ReportProblem report = [&](const QString& column, const QString& reason) {
            row.error(column, reason);
        };
        addLeerling(leerling,
                    from ? std::optional(DateRange{*from, to.value_or(QDate())}) : std::nullopt,
                    row.line(), report, batch);
    });
}

void ExchangeImporter::readRoster(const QString& path, const QByteArray& data, ImportBatch& batch,
                                  ImportIssues& issues)
{
    for (const RosterLeerling& entry : EdexmlRoster::read(path, data, issues)) {
        const Leerling& leerling = entry.leerling;
        // The problems name EDEXML's elements: key is where the leerlingnummer comes from.
        const ReportProblem report = [&](const QString& column, const QString& reason) {
            issues.error(path, entry.line,
                         column == u"pgn"_s              ? u"bsn"_s
                         : column == u"leerlingnummer"_s ? u"key"_s
                                                         : column,
                         reason);
        };
        if (!leerling.pgn.isEmpty()) {
            if (const QString problem = Pgn::problem(leerling.pgn); !problem.isEmpty())
                report(u"pgn"_s, problem);
        }
        if (leerling.birthDate.isValid() && entry.inschrijving.from.isValid() &&
            entry.inschrijving.from < leerling.birthDate)
            report(u"instroomdatum"_s, tr("the inschrijving starts before the birth date"));
        addLeerling(leerling,
                    entry.inschrijving.from.isValid() ? std::optional(entry.inschrijving)
                                                      : std::nullopt,
                    entry.line, report, batch);
    }
}

void ExchangeImporter::addLeerling(const Leerling& leerling,
                                   const std::optional<DateRange>& inschrijving, int line,
                                   const ReportProblem& report, ImportBatch& batch)
{
    if (const int earlier = m_leerlingLines.value(leerling.pgn); earlier > 0)
        report(u"pgn"_s,
               tr("leerling %1 is already listed on line %2").arg(leerling.pgn).arg(earlier));
    m_leerlingLines.insert(leerling.pgn, line);
    // A leerling whose number changed in the package frees the old one.
    if (const QString old = m_leerlingnummerByPgn.value(leerling.pgn);
        !old.isEmpty() && old != leerling.leerlingnummer)
        m_pgnByLeerlingnummer.remove(old);
    m_leerlingnummerByPgn.insert(leerling.pgn, leerling.leerlingnummer);
    if (!leerling.leerlingnummer.isEmpty()) {
        const QString holder = m_pgnByLeerlingnummer.value(leerling.leerlingnummer);
        if (!holder.isEmpty() && holder != leerling.pgn)
            report(u"leerlingnummer"_s, tr("leerlingnummer %1 already belongs to leerling %2")
                                            .arg(Text::shown(leerling.leerlingnummer), holder));
        else
            m_pgnByLeerlingnummer.insert(leerling.leerlingnummer, leerling.pgn);
    }
    batch.leerlingen.append(leerling);
    if (inschrijving) {
        batch.inschrijvingen.append({leerling.pgn, *inschrijving});
        // One inschrijving per start date: a re-import with a new end date replaces it.
        QList<DateRange>& periods = m_inschrijvingen[leerling.pgn];
        periods.removeIf([&](const DateRange& r) { return r.from == inschrijving->from; });
        periods.append(*inschrijving);
    }
}

void ExchangeImporter::readContacts(const QString& path, ImportBatch& batch, ImportIssues& issues)
{
    const auto table = load(path, CsvFileKinds::columns(CsvFileKind::Contacten),
                            m_mappings.value(CsvFileKind::Contacten), issues);
    if (!table)
        return;
    batch.hasContacts = true;
    table->forEachRecord([&](const CsvRecordView& record) {
        const RowReader row(*table, record, issues);
        Contact contact;
        contact.pgn = leerlingOf(row).value_or(QString());
        contact.name = row.text(u"naam"_s, true);
        contact.relation = row.text(u"relatie"_s);
        contact.phone = row.text(u"telefoon"_s);
        contact.email = row.text(u"email"_s);
        // DUO rejects a contactpersoon without phone number and e-mail address.
        if (contact.phone.isEmpty() && contact.email.isEmpty())
            row.error(u"telefoon"_s, tr("a contact needs a phone number or an e-mail address"));
        if (!contact.email.isEmpty() && !contact.email.contains(u'@'))
            row.error(u"email"_s,
                      tr("'%1' is not an e-mail address").arg(Text::shown(contact.email)));
        contact.legalRepresentative = row.flag(u"wettelijk_vertegenwoordiger"_s, true);
        contact.secret = row.flag(u"geheim"_s, false);
        batch.contacts.append(contact);
    });
}

void ExchangeImporter::readVrijstellingen(const QString& path, ImportBatch& batch,
                                          ImportIssues& issues)
{
    const auto table = load(path, CsvFileKinds::columns(CsvFileKind::Vrijstellingen),
                            m_mappings.value(CsvFileKind::Vrijstellingen), issues);
    if (!table)
        return;
    table->forEachRecord([&](const CsvRecordView& record) {
        const RowReader row(*table, record, issues);
        Vrijstelling vrijstelling;
        vrijstelling.pgn = leerlingOf(row).value_or(QString());
        const auto from = row.date(u"van"_s, true);
        const auto to = row.date(u"tot"_s);
        if (from && to && *to < *from)
            row.error(u"tot"_s, tr("the vrijstelling ends before it starts"));
        vrijstelling.artikel = row.text(u"artikel"_s);
        if (from) {
            vrijstelling.period = {*from, to.value_or(QDate())};
            batch.vrijstellingen.append(vrijstelling);
            QList<DateRange>& periods = m_vrijstellingen[vrijstelling.pgn];
            periods.removeIf([&](const DateRange& r) { return r.from == *from; });
            periods.append(vrijstelling.period);
        }
    });
}

void ExchangeImporter::readAbsences(const QString& path, ImportBatch& batch, ImportIssues& issues)
{
    const std::optional<School>& school = batch.school ? batch.school : m_existing.school;
    if (!school) {
        issues.error(path, 0, QString(), tr("no school is known yet; import school.json first"));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues.unreadable(path, tr("cannot read the file: %1").arg(file.errorString()));
        return;
    }
    DecodingProblem problem;
    std::optional<DecodedText> decoded = TextDecoding::decode(file.readAll(), problem);
    if (!decoded) {
        issues.error(path, problem.line, QString(), problem.reason);
        return;
    }
    const AbsenceFormat format = m_absenceFormat.value_or(AbsenceFormats::detect(decoded->text));
    batch.absenceFormat = format;
    if (format != AbsenceFormat::PerDay && school->lestijden.isEmpty()) {
        issues.error(path, 0, QString(),
                     tr("absentiemeldingen (time ranges) become lesson minutes through the "
                        "school's lestijden: add them to school.json first"));
        return;
    }
    switch (format) {
    case AbsenceFormat::PerDay:
        readAbsencesPerDay(path, std::move(*decoded), *school, batch, issues);
        break;
    case AbsenceFormat::Absentiemeldingen:
        readAbsenceSpans(path, std::move(*decoded), *school, batch, issues);
        break;
    case AbsenceFormat::Eduarte: {
        const QStringList& fields = EduarteAbsenceFile::fieldNames();
        convertPackageSpans(path, EduarteAbsenceFile::read(path, decoded->text, issues),
                            {fields[0], fields[7], fields[1]}, *school, batch, issues);
        break;
    }
    case AbsenceFormat::Somtoday:
        convertPackageSpans(path, SomtodayAbsenceFile::read(path, decoded->text, issues),
                            {SomtodayAbsenceFile::kLeerling, SomtodayAbsenceFile::kCode,
                             SomtodayAbsenceFile::kBegin},
                            *school, batch, issues);
        break;
    case AbsenceFormat::Magister:
        convertPackageSpans(path, MagisterAbsenceFile::read(path, decoded->text, issues),
                            {MagisterAbsenceFile::kLeerling, MagisterAbsenceFile::kCode,
                             MagisterAbsenceFile::kBegin, true},
                            *school, batch, issues);
        break;
    }
    if (format != AbsenceFormat::PerDay && format != AbsenceFormat::Absentiemeldingen &&
        decoded->encoding != TextEncoding::Utf8)
        issues.warning(path, 0, QString(), CsvTable::readAsNote(decoded->encoding));
}

void ExchangeImporter::readAbsencesPerDay(const QString& path, DecodedText text,
                                          const School& school, ImportBatch& batch,
                                          ImportIssues& issues)
{
    const bool lesurenRequired = school.sector == Sector::Vo;
    const auto table = CsvTable::load(path, std::move(text),
                                      CsvFileKinds::columns(CsvFileKind::Absenties, school.sector),
                                      issues, m_mappings.value(CsvFileKind::Absenties));
    if (!table)
        return;
    const LesdagRule lesdagen(school);
    batch.absences.reserve(table->recordCount());
    // A day's records of one leerling add up to at most its lessons (without lestijden: a day).
    // Records come grouped by leerling in every export we know: what is looked up per leerling
    // is looked up once per run of their records, and a day is keyed by two numbers, which hash
    // far quicker than a PGN (the order of the file does not change the outcome).
    QHash<QString, quint32> leerlingNumbers;
    QHash<quint64, int> minutesPerDay;
    minutesPerDay.reserve(table->recordCount());
    QString current;
    quint32 currentNumber = 0;
    QList<DateRange> currentInschrijvingen;
    QList<DateRange> currentVrijstellingen;
    LeerlingRun run(*table);
    std::optional<QString> leerling;
    table->forEachRecord([&](const CsvRecordView& record) {
        const RowReader row(*table, record, issues);
        const ReportProblem report = [&](const QString& column, const QString& reason) {
            row.error(column, reason);
        };
        AbsenceRecord absence;
        // Two million records share their leerling's and code's strings instead of holding a
        // copy each (a third of the import's memory).
        if (run.startsWith(record))
            leerling = leerlingOf(row);
        const bool known = leerling.has_value();
        absence.pgn = leerling.value_or(QString());
        const auto date = row.date(u"datum"_s, true);
        absence.code = knownCode(school, row.view(u"code"_s, true), u"code"_s, report);
        const auto minutes = row.count(u"minuten"_s, true);
        if (minutes && *minutes > kMaxMinutesPerDay)
            row.error(u"minuten"_s, tr("%1 minutes is more than a day").arg(*minutes));
        absence.minutes = minutes.value_or(0);
        absence.lesuren = row.count(u"lesuren"_s, lesurenRequired).value_or(0);
        // Most packages export no hele_dag: the school's lestijden then decide (§4.2).
        absence.wholeDayGiven = !row.view(u"hele_dag"_s).isEmpty();
        absence.wholeDay = row.flag(u"hele_dag"_s, false);
        absence.remark = row.text(u"opmerking"_s);
        if (!date)
            return;
        absence.date = *date;
        if (absence.pgn != current || leerlingNumbers.isEmpty()) {
            current = absence.pgn;
            auto number = leerlingNumbers.constFind(current);
            if (number == leerlingNumbers.cend())
                number = leerlingNumbers.insert(current, quint32(leerlingNumbers.size()));
            currentNumber = *number;
            currentInschrijvingen = m_inschrijvingen.value(current);
            currentVrijstellingen = m_vrijstellingen.value(current);
        }
        int& dayTotal =
            minutesPerDay[quint64(currentNumber) << 32 | quint32(absence.date.toJulianDay())];
        dayTotal += absence.minutes;
        const int lessons = school.lestijden.minutesOn(absence.date);
        if (const int cap = lessons > 0 ? lessons : kMaxMinutesPerDay; dayTotal > cap) {
            row.error(
                u"minuten"_s,
                tr("the records of %1 on %2 add up to %3 minutes, more than the day's %4")
                    .arg(absence.pgn, Dates::toIso(absence.date))
                    .arg(dayTotal)
                    .arg(lessons > 0 ? tr("%1 lesson minutes").arg(lessons) : tr("24 hours")));
        }
        // verzuimregels §1: such records are kept but not counted; the import warns.
        if (!lesdagen.isLesdag(*date))
            row.warning(
                u"datum"_s,
                tr("%1 is not a lesdag; the record is not counted").arg(Dates::toIso(*date)));
        else if (known && !inAny(currentInschrijvingen, *date))
            row.warning(u"datum"_s, tr("%1 is outside the inschrijving; the record is not counted")
                                        .arg(Dates::toIso(*date)));
        else if (known && inAny(currentVrijstellingen, *date))
            row.warning(u"datum"_s, tr("%1 is inside a vrijstelling; the record is not counted")
                                        .arg(Dates::toIso(*date)));
        batch.absences.append(std::move(absence));
    });
    const bool judgedByLestijden = std::any_of(batch.absences.cbegin(), batch.absences.cend(),
                                               [](const auto& a) { return !a.wholeDayGiven; });
    if (judgedByLestijden && school.lestijden.isEmpty()) {
        issues.warning(path, 0, u"hele_dag"_s,
                       tr("records without hele_dag and a school without lestijden: whole days "
                          "cannot be told, so LRV and Doorstroompunt (RMC) are not judged; add "
                          "the lestijden to school.json"));
    }
}

QString ImportFiles::path(CsvFileKind kind) const
{
    switch (kind) {
    case CsvFileKind::Leerlingen:
        return leerlingen;
    case CsvFileKind::Contacten:
        return contacten;
    case CsvFileKind::Absenties:
        return absenties;
    case CsvFileKind::Vrijstellingen:
        return vrijstellingen;
    }
    Q_UNREACHABLE();
    return {};
}

QSet<QString> ImportBatch::affectedPgns() const
{
    QSet<QString> pgns;
    for (const Leerling& l : leerlingen)
        pgns.insert(l.pgn);
    for (const Vrijstelling& v : vrijstellingen)
        pgns.insert(v.pgn);
    // A leerling's records come one after another: their PGN is inserted once per run.
    const QString* previous = nullptr;
    for (const AbsenceRecord& r : absences) {
        if (!previous || r.pgn != *previous)
            pgns.insert(r.pgn);
        previous = &r.pgn;
    }
    return pgns;
}

void ExchangeImporter::readAbsenceSpans(const QString& path, DecodedText text, const School& school,
                                        ImportBatch& batch, ImportIssues& issues)
{
    static const QList<ColumnSpec> kColumns{
        {u"pgn"_s, true},         {u"leerlingnummer"_s, false, u"pgn"_s},
        {u"van_datum"_s, true},   {u"van_tijd"_s, false},
        {u"tot_datum"_s, false},  {u"tot_tijd"_s, false},
        {u"van_lesuur"_s, false}, {u"tot_lesuur"_s, false},
        {u"code"_s, true},        {u"opmerking"_s, false}};
    const auto table = CsvTable::load(path, std::move(text), kColumns, issues);
    if (!table)
        return;
    // A leerling's spans are converted as soon as the last of them is read: a school's million
    // absentiemeldingen are never all held at once (a file usually lists one leerling's lines
    // together, so only a few are open at any time). A first pass finds each one's last line.
    QHash<QString, qsizetype> lastSpanOf;
    {
        LeerlingRun run(*table);
        QString key;
        qsizetype index = 0;
        table->forEachRecord([&](const CsvRecordView& record) {
            if (run.startsWith(record)) {
                if (index > 0)
                    lastSpanOf.insert(key, index - 1);
                key = leerlingKey(*table, record);
            }
            ++index;
        });
        if (index > 0)
            lastSpanOf.insert(key, index - 1);
    }
    QHash<QString, QList<AbsenceSpan>> open; // leerlingen whose last line is still to come
    // Converted on the other core while this one reads on; added in the order of their last
    // lines, as converted here.
    ConversionQueue conversions(school, m_existing.today);
    const auto add = [&](const QList<AbsenceSpan>& converting, ConvertedSpans converted) {
        addConverted(path, converting, std::move(converted), u"van_datum"_s, batch, issues, false);
    };
    LeerlingRun run(*table);
    QString key;
    std::optional<QString> leerling;
    QList<AbsenceSpan> spans; // of the leerling of this run of lines
    qsizetype last = -1;      // the index of their last line
    qsizetype index = 0;
    table->forEachRecord([&](const CsvRecordView& record) {
        const RowReader row(*table, record, issues);
        const ReportProblem report = [&](const QString& column, const QString& reason) {
            row.error(column, reason);
        };
        if (run.startsWith(record)) {
            if (!spans.isEmpty())
                open.insert(key, std::exchange(spans, {}));
            key = leerlingKey(*table, record);
            spans = open.take(key);
            last = lastSpanOf.value(key);
            leerling = leerlingOf(row);
        }
        AbsenceSpan span;
        span.line = row.line();
        span.pgn = leerling.value_or(QString());
        span.fromDate = row.date(u"van_datum"_s, true).value_or(QDate());
        span.toDate = row.date(u"tot_datum"_s).value_or(QDate());
        span.fromTime = row.time(u"van_tijd"_s).value_or(QTime());
        span.toTime = row.time(u"tot_tijd"_s).value_or(QTime());
        span.fromLesuur = row.count(u"van_lesuur"_s);
        span.toLesuur = row.count(u"tot_lesuur"_s);
        span.code = knownCode(school, row.view(u"code"_s, true), u"code"_s, report);
        span.remark = row.text(u"opmerking"_s);
        if (span.fromDate.isValid() && span.toDate.isValid() && span.toDate < span.fromDate)
            row.error(u"tot_datum"_s, tr("the span ends before it starts"));
        if (span.fromDate.isValid())
            spans.append(span);
        if (index++ == last)
            conversions.start(std::exchange(spans, {}));
        conversions.takeFinished(add);
    });
    conversions.takeAll(add);
    // Leerlingen whose lines are spread over the file finish out of line order.
    std::stable_sort(
        batch.convertedSpans.begin(), batch.convertedSpans.end(),
        [](const ConvertedSpan& a, const ConvertedSpan& b) { return a.span.line < b.span.line; });
}

QString ExchangeImporter::leerlingKey(const CsvTable& table, const CsvRecordView& record) const
{
    if (const QStringView pgn = table.value(record, u"pgn"_s); !pgn.isEmpty())
        return pgn.toString();
    const QString number = table.value(record, u"leerlingnummer"_s).toString();
    return m_pgnByLeerlingnummer.value(number, u'#' + number);
}

void ExchangeImporter::convertPackageSpans(const QString& path, QList<AbsenceSpan> spans,
                                           const PackageFields& fields, const School& school,
                                           ImportBatch& batch, ImportIssues& issues)
{
    for (AbsenceSpan& span : spans) {
        const ReportProblem report = [&](const QString& column, const QString& reason) {
            issues.error(path, span.line, column, reason);
        };
        span.pgn = knownLeerling({QString(), span.leerlingnummer, fields.leerling}, report)
                       .value_or(QString());
        span.code = knownCode(school, span.code, fields.code, report);
    }
    convertSpans(path, spans, fields.from, school, batch, issues, fields.perLesson);
}

void ExchangeImporter::convertSpans(const QString& path, const QList<AbsenceSpan>& spans,
                                    const QString& fromColumn, const School& school,
                                    ImportBatch& batch, ImportIssues& issues, bool perLesson) const
{
    addConverted(path, spans, TimeRangeConversion(school, m_existing.today).convert(spans),
                 fromColumn, batch, issues, perLesson);
}

void ExchangeImporter::addConverted(const QString& path, const QList<AbsenceSpan>& spans,
                                    ConvertedSpans converted, const QString& fromColumn,
                                    ImportBatch& batch, ImportIssues& issues, bool perLesson)
{
    // The preview shows the first spans converted (a lesson, in Magister's file) beside their
    // own records.
    const qsizetype firstPreviewed = batch.convertedSpans.size();
    const qsizetype previewed =
        std::clamp(kPreviewedSpans - firstPreviewed, qsizetype(0), spans.size());
    for (qsizetype i = 0; i < previewed; ++i)
        batch.convertedSpans.append({spans[i], {}});
    for (qsizetype r = 0; r < converted.records.size(); ++r) {
        if (converted.spanOfRecord[r] < previewed)
            batch.convertedSpans[firstPreviewed + converted.spanOfRecord[r]].records.append(
                converted.records[r]);
    }
    if (perLesson)
        converted.records = TimeRangeConversion::joinedPerDayAndCode(converted.records);
    if (batch.absences.isEmpty())
        batch.absences = std::move(converted.records); // two million records are not copied
    else
        batch.absences.append(std::move(converted.records));
    for (const SpanOverlap& overlap : converted.overlaps) {
        issues.warning(path, overlap.line, fromColumn,
                       tr("overlaps line %1 on %2 with a code of the same kind; line %1 keeps "
                          "the shared minutes")
                           .arg(overlap.earlierLine)
                           .arg(Dates::toIso(overlap.date)));
    }
}
