// SPDX-License-Identifier: GPL-3.0-or-later
// Instellingen → Database: the choice between the coordinator's own file and the team's
// PostgreSQL database is kept only after the connection was tried, and the password goes to the
// keychain (here its in-memory stand-in), never to the settings file.
#include "DatabaseOpener.h"
#include "DatabaseSettingsDialog.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "storage/PostgresAddress.h"
#include "submission/SecretStore.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void fileChoiceIsKept();
    void unreachableServerKeepsNothing();
    // Run by TestDatabaseSettingsOnPostgres only (see tests/CMakeLists.txt).
    void teamDatabaseIsTriedAndKept();
    void caCertificateGoesIntoTheAddress();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseSettings::fileChoiceIsKept()
{
    Settings settings(m_dir.filePath(u"file.ini"_s));
    MemorySecretStore secrets;
    DatabaseSettingsDialog dialog(settings, secrets);
    dialog.findChild<QRadioButton*>(u"databaseFileChoice"_s)->setChecked(true);
    QVERIFY(!dialog.findChild<QLineEdit*>(u"databaseHost"_s)->isEnabled());
    dialog.findChild<QLineEdit*>(u"databasePath"_s)->setText(u"/data/school.sqlite"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.get(Settings::Key::Database).toString(), u"/data/school.sqlite"_s);
}

void TestDatabaseSettings::unreachableServerKeepsNothing()
{
    Settings settings(m_dir.filePath(u"unreachable.ini"_s));
    MemorySecretStore secrets;
    DatabaseSettingsDialog dialog(settings, secrets);
    dialog.findChild<QRadioButton*>(u"databaseTeamChoice"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"databaseHost"_s)->setText(u"127.0.0.1"_s);
    dialog.findChild<QSpinBox*>(u"databasePort"_s)->setValue(1); // nothing listens there
    dialog.findChild<QLineEdit*>(u"databaseName"_s)->setText(u"verzuim"_s);
    dialog.findChild<QLineEdit*>(u"databaseLogin"_s)->setText(u"anna"_s);
    dialog.findChild<QLineEdit*>(u"databasePassword"_s)->setText(u"geheim"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(MessageBox::lastMessage().contains(u"127.0.0.1"_s),
             qPrintable(MessageBox::lastMessage()));
    QVERIFY(settings.get(Settings::Key::Database).toString().isEmpty());
    QVERIFY(!secrets.read(Database::passwordName(dialog.teamUrl()))->has_value());
}

void TestDatabaseSettings::teamDatabaseIsTriedAndKept()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
    const QUrl server(TestDatabase::postgresServer());
    const QString schema = u"instellingen_%1"_s.arg(QCoreApplication::applicationPid());
    Settings settings(m_dir.filePath(u"team.ini"_s));
    MemorySecretStore secrets;
    DatabaseSettingsDialog dialog(settings, secrets);
    dialog.findChild<QRadioButton*>(u"databaseTeamChoice"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"databaseHost"_s)->setText(server.host());
    dialog.findChild<QSpinBox*>(u"databasePort"_s)->setValue(server.port(5432));
    dialog.findChild<QLineEdit*>(u"databaseName"_s)->setText(server.path().mid(1));
    dialog.findChild<QLineEdit*>(u"databaseSchema"_s)->setText(schema);
    dialog.findChild<QLineEdit*>(u"databaseLogin"_s)->setText(server.userName());
    const QString password = server.password();
    dialog.findChild<QLineEdit*>(u"databasePassword"_s)->setText(password);
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(MessageBox::lastMessage()));

    const QString kept = settings.get(Settings::Key::Database).toString();
    QCOMPARE(kept, dialog.teamUrl());
    QVERIFY(!kept.contains(password));
    QFile file(m_dir.filePath(u"team.ini"_s)); // written at once, not only at exit
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
    QCOMPARE(secrets.read(Database::passwordName(kept))->value_or(QString()), password);

    // The next start opens it with the kept password, without asking.
    const FixedClock clock(QDate(2026, 1, 15));
    auto opened = DatabaseOpener(clock, secrets).open(kept);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE((*opened)->dialect().schema(), schema);
    TestDatabase::dropSchema(**opened);
}

void TestDatabaseSettings::caCertificateGoesIntoTheAddress()
{
    Settings settings(m_dir.filePath(u"ca.ini"_s));
    settings.set(Settings::Key::Database,
                 u"postgresql://anna@db.school.nl:5432/verzuim?schema=lyceum&sslrootcert=/mnt/"
                 u"IT%20afdeling/ca.pem"_s);
    MemorySecretStore secrets;
    DatabaseSettingsDialog dialog(settings, secrets);
    auto* certificate = dialog.findChild<QLineEdit*>(u"databaseRootCertificate"_s);
    QVERIFY(certificate->isEnabled());
    QCOMPARE(certificate->text(), u"/mnt/IT afdeling/ca.pem"_s);
    certificate->setText(u"/etc/ssl/school-ca.pem"_s);
    const auto address = PostgresAddress::parse(dialog.teamUrl());
    QVERIFY2(address, qPrintable(address.error()));
    QCOMPARE(address->schema, u"lyceum"_s);
    QVERIFY(address->connectOptions.contains(u"sslrootcert='/etc/ssl/school-ca.pem'"_s));
    QVERIFY(address->connectOptions.contains(u"sslmode=verify-full"_s));
}

QTEST_MAIN(TestDatabaseSettings)
#include "TestDatabaseSettings.moc"
