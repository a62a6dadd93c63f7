// SPDX-License-Identifier: GPL-3.0-or-later
// The secret store: the in-memory one the session falls back to, and the real system keychain
// (QtKeychain over a private gnome-keyring, when tests/with-keyring.sh runs this test).
#include "submission/KeychainSecretStore.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<SecretStore> make(const QString& kind)
{
    if (kind == u"memory"_s)
        return std::make_unique<MemorySecretStore>();
    return std::make_unique<KeychainSecretStore>(10000);
}

bool keyringSession()
{
    return qEnvironmentVariableIsSet("VERZUIMDESK_KEYRING_SESSION");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAndForgetsSecrets_data();
    void keepsAndForgetsSecrets();
    void withoutKeychainFailsFastAndStaysFailed();
};

void TestSecretStore::keepsAndForgetsSecrets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << u"memory"_s;
    // Only where tests/with-keyring.sh started a keyring (ctest: TestSecretStoreKeyring).
    if (keyringSession())
        QTest::newRow("system_keychain") << u"keychain"_s;
}

void TestSecretStore::keepsAndForgetsSecrets()
{
    QFETCH(QString, kind);
    const auto store = make(kind);
    const QString name = certificatePassphraseName(u"/etc/verzuimdesk/school.p12"_s);
    auto missing = store->read(name);
    QVERIFY2(missing, qPrintable(missing.error()));
    QVERIFY(!missing->has_value());
    QVERIFY(store->write(name, u"géhéim wachtwoord ✓"_s));
    auto read = store->read(name);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->value_or(QString()), u"géhéim wachtwoord ✓"_s);
    QVERIFY(store->write(name, u"nieuw"_s));
    QCOMPARE(store->read(name)->value_or(QString()), u"nieuw"_s);
    QVERIFY(store->remove(name));
    QVERIFY(!store->read(name)->has_value());
}

void TestSecretStore::withoutKeychainFailsFastAndStaysFailed()
{
    // No session bus: QtKeychain fails at once (not NoBackendAvailable, see build-notes).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    KeychainSecretStore store(10000);
    const auto read = store.read(u"x"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(u"keychain"_s) || read.error().contains(u"sleutelhanger"_s),
             qPrintable(read.error()));
    // Remembered: the next call does not try (and possibly wait) again.
    const Status write = store.write(u"x"_s, u"y"_s);
    QVERIFY(!write);
    QCOMPARE(write.error(), read.error());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
