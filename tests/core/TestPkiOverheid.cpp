// SPDX-License-Identifier: GPL-3.0-or-later
// The PKIoverheid root the DUO client trusts is the one Logius publishes, byte for byte: its
// fingerprint, self-signature and validity.
#include "submission/PkiOverheid.h"

#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPkiOverheid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRootsAreLogiussOwn_data();
    void theRootsAreLogiussOwn();
};

void TestPkiOverheid::theRootsAreLogiussOwn_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<QDate>("expiry");
    // The fingerprint as cert.pkioverheid.nl lists it.
    QTest::newRow("private_root_g1")
        << u"Staat der Nederlanden Private Root CA - G1"_s
        << QByteArray("0257ce27b52408e24ee2c0945640b723c5bc66ddbda4ada58c60357604f0e675")
        << QDate(2028, 11, 13);
}

void TestPkiOverheid::theRootsAreLogiussOwn()
{
    QFETCH(QString, commonName);
    QFETCH(QByteArray, sha256);
    QFETCH(QDate, expiry);
    const QList<QSslCertificate> roots = PkiOverheid::roots();
    const auto root = std::find_if(roots.cbegin(), roots.cend(), [&](const QSslCertificate& c) {
        return c.subjectInfo(QSslCertificate::CommonName).value(0) == commonName;
    });
    QVERIFY(root != roots.cend());
    QCOMPARE(root->digest(QCryptographicHash::Sha256).toHex(), sha256);
    QVERIFY(root->isSelfSigned());
    QCOMPARE(root->expiryDate().toUTC().date(), expiry);
    QCOMPARE(root->publicKey().length(), 4096);
}

QTEST_GUILESS_MAIN(TestPkiOverheid)
#include "TestPkiOverheid.moc"
