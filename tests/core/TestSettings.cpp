// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own settings: typed keys with their defaults, a change announced once, written at
// once, an older layout migrated, the import wizard's column choices per school.
#include "util/Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsetKeyGivesItsDefault_data();
    void unsetKeyGivesItsDefault();
    void valueIsKeptAndAnnouncedOnce_data();
    void valueIsKeptAndAnnouncedOnce();
    void resetGivesTheDefaultAgain();
    void olderLayoutIsMigrated_data();
    void olderLayoutIsMigrated();
    void importColumnsArePerSchoolAndFile();
    void temporaryStoreStartsEmpty();

private:
    QString iniPath(const QString& name) const { return m_dir.filePath(name + u".ini"_s); }
    static QByteArray contentOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

void TestSettings::unsetKeyGivesItsDefault_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("language_is_dutch") << Settings::Key::Language << QVariant(u"nl"_s);
    QTest::newRow("no_database_chosen") << Settings::Key::Database << QVariant(QString());
    QTest::newRow("no_window_geometry") << Settings::Key::WindowGeometry << QVariant(QByteArray());
    QTest::newRow("no_previous_start") << Settings::Key::SignalsPreviousStart << QVariant(QDate());
}

void TestSettings::unsetKeyGivesItsDefault()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    const Settings settings(iniPath(QString::fromLatin1(QTest::currentDataTag())));
    QCOMPARE(settings.get(key), expected);
}

void TestSettings::valueIsKeptAndAnnouncedOnce_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("language") << Settings::Key::Language << QVariant(u"en"_s);
    QTest::newRow("team_database")
        << Settings::Key::Database << QVariant(u"postgresql://anna@db.school.nl/verzuim"_s);
    QTest::newRow("window_geometry")
        << Settings::Key::WindowGeometry << QVariant(QByteArray("\x01\xd9\xd0\xcb", 4));
    QTest::newRow("previous_start")
        << Settings::Key::SignalsPreviousStart << QVariant(QDate(2026, 12, 7));
}

void TestSettings::valueIsKeptAndAnnouncedOnce()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, value);
    const QString path = iniPath(QString::fromLatin1(QTest::currentDataTag()));
    {
        Settings settings(path);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.set(key, value);
        settings.set(key, value); // the same again: nothing changed
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Settings::Key>(), key);
        // Written at once: another program (or the next start after a crash) reads it.
        QCOMPARE(Settings(path).get(key), value);
    }
    QVERIFY(!contentOf(path).isEmpty());
}

void TestSettings::resetGivesTheDefaultAgain()
{
    Settings settings(iniPath(u"reset"_s));
    settings.set(Settings::Key::Language, u"en"_s);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.reset(Settings::Key::Language);
    settings.reset(Settings::Key::Language);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(settings.get(Settings::Key::Language).toString(), u"nl"_s);
}

void TestSettings::olderLayoutIsMigrated_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("language");
    // Before the settings had a version, the language was "taal" at the top level.
    QTest::newRow("unversioned_english")
        << QByteArray("[General]\ntaal=en\n\n[database]\nlocatie=/data/school.sqlite\n") << u"en"_s;
    QTest::newRow("unversioned_without_language")
        << QByteArray("[database]\nlocatie=/data/school.sqlite\n") << u"nl"_s;
    QTest::newRow("current_version_is_left_alone")
        << QByteArray("[General]\nversie=2\n\n[database]\nlocatie=/data/school.sqlite\n"
                      "\n[weergave]\ntaal=en\n")
        << u"en"_s;
}

void TestSettings::olderLayoutIsMigrated()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, language);
    const QString path = iniPath(QString::fromLatin1(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(stored);
    file.close();

    const Settings settings(path);
    QCOMPARE(settings.get(Settings::Key::Language).toString(), language);
    QCOMPARE(settings.get(Settings::Key::Database).toString(), u"/data/school.sqlite"_s);
    const QSettings migrated(path, QSettings::IniFormat);
    QCOMPARE(migrated.value(u"versie"_s).toInt(), Settings::kVersion);
    QVERIFY(!migrated.contains(u"taal"_s));
}

void TestSettings::importColumnsArePerSchoolAndFile()
{
    const QString path = iniPath(u"columns"_s);
    {
        Settings settings(path);
        settings.setImportColumns(u"12AB"_s, u"absenties"_s,
                                  {{u"pgn"_s, u"BSN"_s}, {u"klas"_s, QString()}});
        settings.setImportColumns(u"12AB"_s, u"leerlingen"_s, {{u"pgn"_s, u"Burgerservicenr"_s}});
        settings.setImportColumns(QString(), u"absenties"_s, {{u"pgn"_s, u"PGN"_s}});
        // A later choice replaces the earlier one whole, also a column no longer chosen.
        settings.setImportColumns(u"12AB"_s, u"absenties"_s,
                                  {{u"pgn"_s, u"Leerling BSN"_s}, {u"klas"_s, QString()}});
        settings.setImportColumns(u"12AB"_s, u"leerlingen"_s, {{u"naam"_s, u"Naam"_s}});
    }
    const Settings settings(path);
    const QHash<QString, QString> absence{{u"pgn"_s, u"Leerling BSN"_s}, {u"klas"_s, QString()}};
    QCOMPARE(settings.importColumns(u"12AB"_s, u"absenties"_s), absence);
    const QHash<QString, QString> leerlingen{{u"naam"_s, u"Naam"_s}};
    QCOMPARE(settings.importColumns(u"12AB"_s, u"leerlingen"_s), leerlingen);
    const QHash<QString, QString> beforeTheSchool{{u"pgn"_s, u"PGN"_s}};
    QCOMPARE(settings.importColumns(QString(), u"absenties"_s), beforeTheSchool);
    QVERIFY(settings.importColumns(u"99ZZ"_s, u"absenties"_s).isEmpty());
}

void TestSettings::temporaryStoreStartsEmpty()
{
    Settings::createTemporary();
    Settings::instance().set(Settings::Key::Language, u"en"_s);
    Settings::createTemporary();
    QCOMPARE(Settings::instance().get(Settings::Key::Language).toString(), u"nl"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
