// SPDX-License-Identifier: GPL-3.0-or-later
#include "PurgeLedger.h"

#include "BackupStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString ledgerPath(const QString& databasePath)
{
    return BackupStore::directoryFor(databasePath) + u"/opschoningen.json"_s;
}

} // namespace

Result<QList<PurgeLedger::Purge>> PurgeLedger::read(const QString& databasePath)
{
    QFile file(ledgerPath(databasePath));
    if (!file.exists())
        return QList<Purge>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The record of purges %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QList<Purge> purges;
    for (const QJsonValue& entry : document.array()) {
        const Purge purge{QDateTime::fromString(entry[u"tijdstip"_s].toString(), Qt::ISODateWithMs),
                          QDate::fromString(entry[u"grens"_s].toString(), Qt::ISODate)};
        if (!purge.at.isValid() || !purge.cutoff.isValid())
            return Error{tr("The record of purges %1 is damaged.")
                             .arg(QDir::toNativeSeparators(file.fileName()))};
        purges.append(purge);
    }
    if (!document.isArray())
        return Error{tr("The record of purges %1 is damaged.")
                         .arg(QDir::toNativeSeparators(file.fileName()))};
    return purges;
}

Status PurgeLedger::record(const QString& databasePath, const Purge& purge)
{
    auto purges = read(databasePath);
    if (!purges)
        return Error{purges.error()};
    purges->append(purge);
    QJsonArray entries;
    for (const Purge& p : std::as_const(*purges)) {
        entries.append(QJsonObject{{u"tijdstip"_s, p.at.toString(Qt::ISODateWithMs)},
                                   {u"grens"_s, p.cutoff.toString(Qt::ISODate)}});
    }
    const QString path = ledgerPath(databasePath);
    QDir().mkpath(BackupStore::directoryFor(databasePath));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(entries).toJson()) < 0 || !file.commit())
        return Error{tr("The record of purges %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}
