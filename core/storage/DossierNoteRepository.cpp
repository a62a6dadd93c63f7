// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierNoteRepository.h"

using namespace Qt::StringLiterals;

Result<DossierNote> DossierNoteRepository::insert(DossierNote note)
{
    auto inserted =
        m_db.exec(u"INSERT INTO notities (pgn, tekst, werknotitie, auteur, geschreven_op)"
                  " VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                  {note.pgn, note.text, note.workNote ? 1 : 0, note.author,
                   note.writtenAt.toString(Qt::ISODateWithMs)});
    if (!inserted)
        return Error{inserted.error()};
    if (!inserted->next())
        return Error{tr("The note was not stored.")};
    note.id = inserted->value(0).toLongLong();
    inserted->finish();
    return note;
}

Result<QList<DossierNote>> DossierNoteRepository::forLeerling(const QString& pgn) const
{
    auto query = m_db.exec(u"SELECT id, pgn, tekst, werknotitie, auteur, geschreven_op"
                           " FROM notities WHERE pgn = ? ORDER BY id DESC"_s,
                           {pgn});
    if (!query)
        return Error{query.error()};
    QList<DossierNote> notes;
    while (query->next()) {
        notes.append({query->value(0).toLongLong(), query->value(1).toString(),
                      query->value(2).toString(), query->value(3).toInt() != 0,
                      query->value(4).toString(),
                      QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs)});
    }
    return notes;
}
