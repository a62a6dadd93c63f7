// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDamage.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kPage = 4096;

bool runSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    const bool ok =
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) == SQLITE_OK &&
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Overwrites the whole page at `offset` with bytes from a fixed seed: the same damage every run.
bool overwritePage(const QString& path, double where)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = file.size() / kPage;
    const qint64 page = std::clamp<qint64>(qint64(double(pages) * where), 1, pages - 1);
    QRandomGenerator random(20261204);
    QByteArray noise(kPage, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), kPage / 4);
    return file.seek(page * kPage) && file.write(noise) == kPage;
}

bool truncate(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.resize(size < 0 ? file.size() / 2 : size);
}

} // namespace

QStringList FileDamage::kinds()
{
    return {
        u"random_bytes_page_2"_s, u"random_bytes_middle"_s,     u"random_bytes_three_quarters"_s,
        u"truncated_to_half"_s,   u"truncated_to_1000_bytes"_s, u"page_1_overwritten"_s,
        u"zero_bytes"_s,          u"foreign_sqlite"_s,          u"newer_schema"_s};
}

void FileDamage::addRows()
{
    QTest::addColumn<QString>("damage");
    for (const QString& damage : kinds())
        QTest::newRow(qPrintable(damage)) << damage;
}

bool FileDamage::apply(const QString& kind, const QString& path)
{
    if (!runSql(path, "PRAGMA wal_checkpoint(TRUNCATE)"))
        return false;
    if (kind == u"random_bytes_page_2"_s)
        return overwritePage(path, 0.0);
    if (kind == u"random_bytes_middle"_s)
        return overwritePage(path, 0.5);
    if (kind == u"random_bytes_three_quarters"_s)
        return overwritePage(path, 0.75);
    if (kind == u"truncated_to_half"_s)
        return truncate(path, -1);
    if (kind == u"truncated_to_1000_bytes"_s)
        return truncate(path, 1000);
    if (kind == u"page_1_overwritten"_s) {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) && file.write(QByteArray(kPage, 'x')) == kPage;
    }
    if (kind == u"zero_bytes"_s)
        return truncate(path, 0);
    if (kind == u"foreign_sqlite"_s)
        return QFile::remove(path) && runSql(path, "CREATE TABLE recepten (naam TEXT)");
    if (kind == u"newer_schema"_s)
        return runSql(path, "UPDATE verzuimdesk_meta SET waarde = '999' "
                            "WHERE sleutel = 'schemaversie'");
    return false;
}
