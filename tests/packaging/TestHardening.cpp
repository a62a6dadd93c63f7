// SPDX-License-Identifier: GPL-3.0-or-later
// What checksec reports, read from the built programs with readelf: both programs are
// position-independent, fully RELRO with immediate binding, have a stack that cannot execute,
// call the stack protector and, in an optimised build, glibc's fortified functions.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readelf(const QStringList& arguments)
{
    QProcess process;
    process.start(u"readelf"_s, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programIsHardened_data();
    void programIsHardened();
};

void TestHardening::programIsHardened_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("verzuimdesk") << QStringLiteral(VERZUIMDESK_GUI);
    QTest::newRow("verzuimdesk-cli") << QStringLiteral(VERZUIMDESK_CLI);
}

void TestHardening::programIsHardened()
{
    QFETCH(QString, program);
    const QString header = readelf({u"--file-header"_s, program});
    QVERIFY2(header.contains(u"DYN (Position-Independent Executable file)"_s), qPrintable(header));

    const QString segments = readelf({u"--program-headers"_s, u"--wide"_s, program});
    QVERIFY2(segments.contains(u"GNU_RELRO"_s), "no RELRO segment");
    const QStringList stack = segments.split(u'\n').filter(u"GNU_STACK"_s);
    QCOMPARE(stack.size(), 1);
    QVERIFY2(!stack.first().simplified().endsWith(u"RWE 0x10"_s), qPrintable(stack.first()));

    const QString dynamic = readelf({u"--dynamic"_s, program});
    QVERIFY2(dynamic.contains(u"BIND_NOW"_s) || dynamic.contains(u"Flags: NOW"_s),
             "binds lazily: partial RELRO only");

    const QString symbols = readelf({u"--dyn-syms"_s, u"--wide"_s, program});
    QVERIFY2(symbols.contains(u"__stack_chk_fail"_s), "no stack protector");
#ifdef VERZUIMDESK_FORTIFIED
    QVERIFY2(symbols.contains(QRegularExpression(u"__\\w+_chk@"_s)), "no fortified calls");
#endif
}

QTEST_GUILESS_MAIN(TestHardening)
#include "TestHardening.moc"
