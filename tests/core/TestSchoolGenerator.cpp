// SPDX-License-Identifier: GPL-3.0-or-later
// The generated school (demo and benchmark): the same seed gives the same files, the files pass
// the import a school's own files go through, and even a small school shows every signal kind.
#include "TestDatabase.h"
#include "demo/SchoolGenerator.h"
#include "services/SignalService.h"
#include "storage/LeerlingRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 20);
const QStringList kFiles{u"school.json"_s, u"leerlingen.csv"_s, u"contacten.csv"_s,
                         u"absenties.csv"_s};

QByteArray fingerprint(const QString& directory)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : kFiles) {
        QFile file(directory + u'/' + name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

ImportOutcome importGenerated(TestDatabase& test, const QString& dir)
{
    return test.importService().run({dir + u"/school.json"_s,
                                     dir + u"/leerlingen.csv"_s,
                                     dir + u"/contacten.csv"_s,
                                     dir + u"/absenties.csv"_s,
                                     {}});
}

} // namespace

class TestSchoolGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSchool_data();
    void sameSeedSameSchool();
    void importsAndShowsEverySignalKind_data();
    void importsAndShowsEverySignalKind();
    void schoolHasTheRegionsVakanties();
    void stoppingWritesNothing();
};

void TestSchoolGenerator::sameSeedSameSchool_data()
{
    QTest::addColumn<quint32>("otherSeed");
    QTest::addColumn<bool>("same");
    QTest::addRow("same seed") << quint32(7) << true;
    QTest::addRow("other seed") << quint32(8) << false;
}

void TestSchoolGenerator::sameSeedSameSchool()
{
    QFETCH(quint32, otherSeed);
    QFETCH(bool, same);
    QTemporaryDir dir;
    const auto first = SchoolGenerator({80, Sector::Vo, 7, kToday}).writeTo(dir.filePath(u"a"_s));
    const auto second =
        SchoolGenerator({80, Sector::Vo, otherSeed, kToday}).writeTo(dir.filePath(u"b"_s));
    QVERIFY2(first && second, qPrintable(first ? second.error() : first.error()));
    QCOMPARE(fingerprint(dir.filePath(u"a"_s)) == fingerprint(dir.filePath(u"b"_s)), same);
}

void TestSchoolGenerator::importsAndShowsEverySignalKind_data()
{
    QTest::addColumn<Sector>("sector");
    QTest::addColumn<int>("youngest");
    QTest::addColumn<int>("oldest");
    QTest::addColumn<QStringList>("kinds"); // a|b: either will do
    const QStringList everywhere{u"16UUR"_s,      u"LRV"_s,     u"LUXE"_s,
                                 u"PREVENTIEF"_s, u"TE_LAAT"_s, u"ZIEK_MAZL"_s};
    QTest::addRow("po") << Sector::Po << 4 << 12 << everywhere;
    QTest::addRow("vo") << Sector::Vo << 12 << 18 << everywhere;
    // Continuous absence of an mbo student of 18 or older is RMC_18PLUS, not LRV.
    QStringList mbo = everywhere;
    mbo.replace(mbo.indexOf(u"LRV"_s), u"LRV|RMC_18PLUS"_s);
    QTest::addRow("mbo") << Sector::Mbo << 16 << 24 << mbo + QStringList{u"16UUR_18PLUS"_s};
}

void TestSchoolGenerator::importsAndShowsEverySignalKind()
{
    QFETCH(Sector, sector);
    QFETCH(int, youngest);
    QFETCH(int, oldest);
    QFETCH(QStringList, kinds);
    TestDatabase test;
    const QString dir = test.dir() + u"/school"_s;
    const auto generated = SchoolGenerator({150, sector, 2026, kToday}).writeTo(dir);
    QVERIFY2(generated, qPrintable(generated.error()));
    QCOMPARE(generated->leerlingen, 150);

    const ImportOutcome outcome = importGenerated(test, dir);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.failure + outcome.issues.all().value(0).toString()));
    QCOMPARE(outcome.issues.errorCount(), 0);
    QCOMPARE(outcome.leerlingen, 150);
    QCOMPARE(qint64(outcome.absences), generated->absenties);
    QCOMPARE(qint64(outcome.contacts), generated->contacten);

    const auto leerlingen = LeerlingRepository(test.db()).all();
    QVERIFY(leerlingen);
    for (const Leerling& leerling : *leerlingen) {
        const QDate birth = leerling.birthDate;
        const int age = kToday.year() - birth.year() -
                        (QDate(kToday.year(), birth.month(), birth.day()) > kToday ? 1 : 0);
        QVERIFY2(age >= youngest && age <= oldest, qPrintable(leerling.pgn));
    }

    const auto signalList = SignalService(test.db(), kToday).signals();
    QVERIFY(signalList);
    QSet<QString> found;
    for (const Signal& signal : *signalList)
        found.insert(SignalKinds::key(signal.kind));
    for (const QString& alternatives : kinds) {
        const QStringList either = alternatives.split(u'|');
        QVERIFY2(std::any_of(either.cbegin(), either.cend(),
                             [&](const QString& kind) { return found.contains(kind); }),
                 qPrintable(alternatives));
    }
}

void TestSchoolGenerator::schoolHasTheRegionsVakanties()
{
    QTemporaryDir dir;
    QVERIFY(SchoolGenerator({10, Sector::Mbo, 3, kToday}).writeTo(dir.path()));
    QFile file(dir.filePath(u"school.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject school = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(school[u"sector"_s].toString(), u"mbo"_s);
    QVERIFY(
        QStringList({u"noord"_s, u"midden"_s, u"zuid"_s}).contains(school[u"regio"_s].toString()));
    // A year of attendance back from today: both schooljaren, five vakanties each.
    const QJsonArray vakanties = school[u"vakanties"_s].toArray();
    QCOMPARE(vakanties.size(), 10);
    QStringList names;
    for (const QJsonValue& vakantie : vakanties)
        names.append(vakantie[u"naam"_s].toString());
    QVERIFY(names.contains(u"Kerstvakantie"_s));
    // What no source confirms yet is marked as an estimate.
    QVERIFY(names.contains(u"Zomervakantie (geschat)"_s));
}

void TestSchoolGenerator::stoppingWritesNothing()
{
    QTemporaryDir dir;
    const auto stopped =
        SchoolGenerator({2000, Sector::Vo, 1, kToday}).writeTo(dir.path(), [](qint64, qint64) {
            return false;
        });
    QVERIFY(!stopped);
    for (const QString& name : kFiles)
        QVERIFY2(!QFile::exists(dir.filePath(name)), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestSchoolGenerator)
#include "TestSchoolGenerator.moc"
