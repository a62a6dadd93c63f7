// SPDX-License-Identifier: GPL-3.0-or-later
// The damage matrix against verzuimdesk-cli's entry points: every damaged file is refused, no
// backup is made of it, the message names the way back, and that way back gives the last good
// state.
#include "CliRunner.h"
#include "FileDamage.h"
#include "TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kExample = u"p03_continu_lrv_en_rmc"_s;

QStringList backupFolder(const QString& db)
{
    return QDir(BackupStore::directoryFor(db)).entryList({u"*.sqlite"_s}, QDir::Files);
}

// The arguments of the `herstel` command the message gives, as a shell would split them.
QStringList restoreCommandIn(const QString& message)
{
    static const QRegularExpression command(u"verzuimdesk-cli (--db \\S+ herstel --van \\S+)"_s);
    const QRegularExpressionMatch match = command.match(message);
    return match.hasMatch() ? match.captured(1).split(u' ') : QStringList();
}

qsizetype leerlingCount(const QString& db)
{
    const CliRun run = runCli({u"--db"_s, db, u"leerlingen"_s, u"--json"_s});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array().size() : -1;
}

} // namespace

class TestCliDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedDatabaseIsRefusedWithTheWayBack_data();
    void damagedDatabaseIsRefusedWithTheWayBack();
    void herstelRefusesADamagedBackup_data();
    void herstelRefusesADamagedBackup();
    void backupsAreListedAsVerified();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    qsizetype m_goodLeerlingen = 0;
};

void TestCliDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"school.sqlite"_s);
    // Two imports: the second's backup holds the first's school.
    for (int i = 0; i < 2; ++i) {
        const CliRun imported = runCli(importExampleArguments(m_db, kExample));
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }
    m_goodLeerlingen = leerlingCount(m_db);
    QVERIFY(m_goodLeerlingen > 0);
}

void TestCliDamage::damagedDatabaseIsRefusedWithTheWayBack_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("command");
    const QList<std::pair<const char*, QStringList>> commands = {
        {"import", importExampleArguments(u"DB"_s, kExample).mid(2)},
        // Read while the file is checked: nothing of it may be printed.
        {"signalen", {u"signalen"_s, u"--peildatum"_s, u"2026-03-31"_s, u"--json"_s}},
    };
    for (const QString& damage : FileDamage::kinds()) {
        for (const auto& [name, arguments] : commands)
            QTest::addRow("%s_%s", qPrintable(damage), name) << damage << arguments;
    }
}

void TestCliDamage::damagedDatabaseIsRefusedWithTheWayBack()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, command);
    QVERIFY(FileDamage::apply(damage, m_db));
    const QStringList backups = backupFolder(m_db);

    const CliRun refused = runCli(QStringList{u"--db"_s, m_db} + command);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QByteArray());
    const QString message = QString::fromUtf8(refused.err);
    QCOMPARE(backupFolder(m_db), backups); // nothing backed up over the good ones
    QVERIFY2(!message.contains(u"QSql"_s), qPrintable(message));
    const QStringList wayBack = restoreCommandIn(message);
    QVERIFY2(!wayBack.isEmpty(), qPrintable(message));
    QCOMPARE(wayBack.value(1), m_db);
    QVERIFY2(BackupStore::isVerified(QFileInfo(wayBack.value(4))), qPrintable(message));

    const CliRun restored = runCli(wayBack);
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY2(restored.out.contains((m_db + u".vervangen-"_s).toUtf8()), restored.out.constData());
    QCOMPARE(leerlingCount(m_db), m_goodLeerlingen);
}

void TestCliDamage::herstelRefusesADamagedBackup_data()
{
    FileDamage::addRows();
}

void TestCliDamage::herstelRefusesADamagedBackup()
{
    QFETCH(QString, damage);
    const QString candidate = m_dir->filePath(u"kandidaat.sqlite"_s);
    QVERIFY(QFile::copy(BackupStore::list(m_db).first().filePath(), candidate));
    QVERIFY(FileDamage::apply(damage, candidate));

    const CliRun refused = runCli({u"--db"_s, m_db, u"herstel"_s, u"--van"_s, candidate});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(candidate.toUtf8()), refused.err.constData());
    QCOMPARE(leerlingCount(m_db), m_goodLeerlingen); // the database is as it was
}

void TestCliDamage::backupsAreListedAsVerified()
{
    const CliRun listed = runCli({u"--db"_s, m_db, u"reservekopieen"_s});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // two backups and the count
    for (const QString& line : lines.mid(0, 2))
        QVERIFY2(line.endsWith(u"\tgecontroleerd"_s), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliDamage)
#include "TestCliDamage.moc"
