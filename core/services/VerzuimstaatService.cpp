// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerzuimstaatService.h"

#include "services/Permissions.h"

#include "exports/VerzuimstaatPdf.h"
#include "storage/AbsenceRepository.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "storage/MeldingRepository.h"
#include "storage/SchoolRepository.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The DUO number of the leerling's latest registered melding that covers part of the period.
QString meldingNumberFor(const QList<Melding>& meldingen, const QDate& from, const QDate& to)
{
    QString number;
    qint64 latest = 0;
    for (const Melding& m : meldingen) {
        const QDate end = m.endDate.isValid() ? m.endDate : to;
        if (!m.duoNumber.isEmpty() && m.startDate <= to && end >= from && m.id > latest) {
            latest = m.id;
            number = m.duoNumber;
        }
    }
    return number;
}

// A file name from a leerling's name: letters, digits, spaces and dashes only.
QString fileNameFor(const Verzuimstaat& staat)
{
    static const QRegularExpression unsafe(u"[^\\p{L}\\p{N} -]"_s);
    return u"Verzuimstaat %1 %2 %3.pdf"_s.arg(
        QString(staat.leerlingName).remove(unsafe).simplified(), Dates::toIso(staat.from),
        Dates::toIso(staat.to));
}

} // namespace

VerzuimstaatService::VerzuimstaatService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status VerzuimstaatService::checkPeriod(const Period& period) const
{
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return Error{tr("The period needs a first and a last day, in that order.")};
    return {};
}

Result<School> VerzuimstaatService::loadSchool() const
{
    const auto school = SchoolRepository(m_db).load();
    if (!school)
        return Error{school.error()};
    if (!school->has_value())
        return Error{tr("There is no school in this database yet; import school.json first.")};
    return **school;
}

Result<Verzuimstaat> VerzuimstaatService::build(const QString& pgn, const Period& period) const
{
    if (Status s = checkPeriod(period); !s)
        return Error{s.error()};
    const auto school = loadSchool();
    if (!school)
        return Error{school.error()};
    return build(*school, pgn, period);
}

Result<Verzuimstaat> VerzuimstaatService::build(const School& school, const QString& pgn,
                                                const Period& period) const
{
    // Every statement, alone or in a batch, is built here: one check covers them all.
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    const LeerlingRepository leerlingen(m_db);
    const auto leerling = leerlingen.find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    const auto inschrijvingen = leerlingen.inschrijvingen(pgn);
    const auto vrijstellingen = leerlingen.vrijstellingen(pgn);
    const auto records = AbsenceRepository(m_db).forLeerling(pgn);
    const auto meldingen = MeldingRepository(m_db).forLeerling(pgn);
    if (!inschrijvingen || !vrijstellingen)
        return Error{!inschrijvingen ? inschrijvingen.error() : vrijstellingen.error()};
    if (!records || !meldingen)
        return Error{!records ? records.error() : meldingen.error()};
    const Leerling& l = **leerling;
    const LeerlingFacts facts{pgn, l.birthDate, l.startkwalificatieDate, inschrijvingen->value(pgn),
                              vrijstellingen->value(pgn)};
    return Verzuimstaat::build(
        {school, l, facts, *records, period.from, period.to, period.includeAuthorised,
         meldingNumberFor(*meldingen, period.from, period.to), m_clock.today()});
}

Status VerzuimstaatService::draw(const QStringList& pgns, const Period& period,
                                 VerzuimstaatPages& pages, const ProgressCallback& progress) const
{
    if (Status s = checkPeriod(period); !s)
        return s;
    const auto school = loadSchool();
    if (!school)
        return Error{school.error()};
    for (qsizetype i = 0; i < pgns.size(); ++i) {
        const auto staat = build(*school, pgns[i], period);
        if (!staat)
            return Error{staat.error()};
        pages.add(*staat);
        if (progress && !progress(i + 1, pgns.size()))
            return Error{tr("Stopped; no file was written.")};
    }
    return {};
}

Result<QByteArray> VerzuimstaatService::pdf(const QString& pgn, const Period& period) const
{
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    VerzuimstaatPdf document(buffer);
    if (Status drawn = draw({pgn}, period, document.pages()); !drawn)
        return Error{drawn.error()};
    if (!document.pages().finish())
        return Error{tr("The verzuimstaat could not be drawn.")};
    return content;
}

Status VerzuimstaatService::writeOne(const QStringList& pgns, const Period& period,
                                     const QString& path, Overwrite overwrite,
                                     const ProgressCallback& progress) const
{
    if (Status s = checkPeriod(period); !s)
        return s;
    auto file = ExportFile::open(path, overwrite);
    if (!file)
        return Error{file.error()};
    VerzuimstaatPdf document((*file)->device());
    if (Status drawn = draw(pgns, period, document.pages(), progress); !drawn)
        return drawn; // the file is dropped, not committed
    if (!document.pages().finish())
        return Error{tr("The verzuimstaten could not be drawn.")};
    if (Status committed = (*file)->commit(); !committed)
        return committed;
    return recordExport(pgns, period, path);
}

Status VerzuimstaatService::recordExport(const QStringList& pgns, const Period& period,
                                         const QString& path) const
{
    return m_db.transaction([&]() -> Status {
        for (const QString& pgn : pgns) {
            if (Status logged = AuditLog(m_db).append(
                    {m_user, u"verzuimstaat geëxporteerd"_s, pgn,
                     u"%1 t/m %2 naar %3"_s.arg(Dates::toIso(period.from), Dates::toIso(period.to),
                                                path)});
                !logged)
                return logged;
        }
        return {};
    });
}

Result<QStringList> VerzuimstaatService::writeEach(const QStringList& pgns, const Period& period,
                                                   const QString& folder, Overwrite overwrite,
                                                   const ProgressCallback& progress) const
{
    if (Status s = checkPeriod(period); !s)
        return Error{s.error()};
    const auto school = loadSchool();
    if (!school)
        return Error{school.error()};
    QStringList written;
    for (qsizetype i = 0; i < pgns.size(); ++i) {
        const auto staat = build(*school, pgns[i], period);
        if (!staat)
            return Error{staat.error()};
        const QString path = QDir(folder).filePath(fileNameFor(*staat));
        auto file = ExportFile::open(path, overwrite);
        if (!file)
            return Error{file.error()};
        VerzuimstaatPdf document((*file)->device());
        document.pages().add(*staat);
        if (!document.pages().finish())
            return Error{tr("The verzuimstaat of %1 could not be drawn.").arg(staat->leerlingName)};
        if (Status committed = (*file)->commit(); !committed)
            return Error{committed.error()};
        if (Status recorded = recordExport({pgns[i]}, period, path); !recorded)
            return Error{recorded.error()};
        written.append(path);
        if (progress && !progress(i + 1, pgns.size()))
            return Error{tr("Stopped after %n verzuimstaat(en); those are kept.", nullptr,
                            int(written.size()))};
    }
    return written;
}

VerzuimstaatService::Period VerzuimstaatService::defaultPeriodFor(const Melding& melding) const
{
    QDate start = melding.startDate;
    // An LRV or Doorstroompunt (RMC) melding starts after the run's 16-uur meldingen; its
    // verzuimstaat shows the whole run (van-signaal-naar-melding §1).
    if (melding.signal && melding.signal->startDate.isValid() && melding.signal->startDate < start)
        start = melding.signal->startDate;
    for (const VerzuimDag& day : melding.days) {
        if (!start.isValid() || day.date < start)
            start = day.date;
    }
    const QDate today = m_clock.today();
    if (!start.isValid())
        start = today;
    const QDate end = melding.endDate.isValid() ? melding.endDate : today;
    return {start.addDays(-28), std::max(start, end), false};
}

VerzuimstaatService::Period VerzuimstaatService::schoolYearSoFar() const
{
    const QDate today = m_clock.today();
    return {Dates::schoolYearStart(today), today, false};
}

Result<Melding> VerzuimstaatService::attach(qint64 meldingId, const Period& period)
{
    const auto found = MeldingRepository(m_db).find(meldingId);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{tr("There is no melding %1.").arg(meldingId)};
    Melding melding = **found;
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::EditMelding, melding.pgn);
        !allowed)
        return Error{allowed.error()};
    if (!MeldingStatuses::isDraft(melding.status) && !MeldingStatuses::isOpenAtDuo(melding.status))
        return Error{tr("A verzuimstaat cannot be attached to a melding that is %1.")
                         .arg(MeldingStatuses::displayName(melding.status))};
    const auto content = pdf(melding.pgn, period);
    if (!content)
        return Error{content.error()};
    const QDateTime now = m_clock.now();
    melding.verzuimstaatAttached = true;
    return m_db.transaction([&]() -> Result<Melding> {
        const auto attachment = AttachmentRepository(m_db).insertVerzuimstaat(
            {0, meldingId, period.from, period.to, period.includeAuthorised, m_user, now,
             *content});
        if (!attachment)
            return attachment.failure();
        m_db.announce(&ChangeNotifier::meldingChanged, meldingId);
        auto saved = MeldingRepository(m_db).update(melding, m_user, now);
        if (!saved)
            return saved;
        if (Status recorded = AuditLog(m_db).append(
                {m_user, u"verzuimstaat bijgevoegd"_s, melding.pgn,
                 u"melding %1, %2 t/m %3%4"_s.arg(
                     QString::number(meldingId), Dates::toDutch(period.from),
                     Dates::toDutch(period.to),
                     period.includeAuthorised ? u", met geoorloofd"_s : QString())});
            !recorded)
            return recorded.failure();
        return saved;
    });
}
