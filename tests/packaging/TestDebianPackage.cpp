// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a school's IT department gets it: built by CPack from this build,
// unpacked into a throwaway root (dpkg -x), and the programs run from there, not from the build
// tree. Checks the package's name, control fields and files, the desktop integration against
// Debian's validators, the manual pages against the programs' own --help, and the version
// everywhere it shows.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"nl.verzuimdesk.Verzuimdesk"_s;
const QString version = QStringLiteral(VERZUIMDESK_VERSION);

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text of a gzip-compressed file (man pages, changelog), through zcat.
QString unzipped(const QString& path)
{
    const CliRun run = runProgram(u"zcat"_s, {path});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

// The value of KEY in a .desktop file's main group ("Comment[nl]" for a translation).
QString desktopValue(const QString& desktopFile, const QString& key)
{
    QFile file(desktopFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = key + u'=';
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

// The command names and long options a program's --help lists, in the language asked.
struct HelpListing
{
    QStringList commands;
    QStringList options;
};

HelpListing helpOf(const QString& program, const QString& language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VERZUIMDESK_TAAL"_s, language);
    process.setProcessEnvironment(environment);
    process.start(program, {u"--help"_s});
    process.waitForFinished(60000);
    HelpListing listing;
    bool inCommands = false;
    static const QRegularExpression option(u"^\\s+(?:-\\w, )?--([\\w-]+)"_s);
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line == u"Commands:"_s || line == u"Opdrachten:"_s) {
            inCommands = true;
        } else if (line.isEmpty()) {
            inCommands = false;
        } else if (inCommands) {
            listing.commands.append(line.trimmed().section(u' ', 0, 0).remove(u':'));
        } else if (const auto match = option.match(line); match.hasMatch()) {
            listing.options.append(match.captured(1));
        }
    }
    return listing;
}

} // namespace

class TestDebianPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileNameCarriesVersionAndArchitecture();
    void controlField_data();
    void controlField();
    void dependsOn_data();
    void dependsOn();
    void installsFile_data();
    void installsFile();
    void iconHasItsSize_data();
    void iconHasItsSize();
    void validatorAccepts_data();
    void validatorAccepts();
    void menuEntryInDutch_data();
    void menuEntryInDutch();
    void manPageRendersCleanly_data();
    void manPageRendersCleanly();
    void manPageNamesEverything_data();
    void manPageNamesEverything();
    void versionIsTheProjectVersion_data();
    void versionIsTheProjectVersion();
    void importsAnExample_data();
    void importsAnExample();
    void windowStartsFromThePackage();

private:
    QString installed(const QString& path) const { return m_root + u'/' + path; }
    QString controlFieldValue(const QString& field) const;

    QTemporaryDir m_work;
    QString m_package;
    QString m_root;
};

void TestDebianPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString output = m_work.filePath(u"packages"_s);
    const CliRun packed = runProgram(QStringLiteral(VERZUIMDESK_CPACK),
                                     {u"-G"_s, u"DEB"_s, u"--config"_s,
                                      QStringLiteral(VERZUIMDESK_CPACK_CONFIG), u"-B"_s, output});
    QVERIFY2(packed.exitCode == 0, packed.out + packed.err);
    const QStringList debs = QDir(output).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_package = output + u'/' + debs.first();
    m_root = m_work.filePath(u"root"_s);
    const CliRun unpacked = runProgram(u"dpkg-deb"_s, {u"-x"_s, m_package, m_root});
    QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
}

QString TestDebianPackage::controlFieldValue(const QString& field) const
{
    return QString::fromUtf8(runProgram(u"dpkg-deb"_s, {u"--field"_s, m_package, field}).out)
        .trimmed();
}

void TestDebianPackage::fileNameCarriesVersionAndArchitecture()
{
    const QString architecture =
        QString::fromUtf8(runProgram(u"dpkg"_s, {u"--print-architecture"_s}).out).trimmed();
    QCOMPARE(QFileInfo(m_package).fileName(),
             u"verzuimdesk_%1_%2.deb"_s.arg(version, architecture));
}

void TestDebianPackage::controlField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("package name") << u"Package"_s << u"verzuimdesk"_s;
    QTest::newRow("version") << u"Version"_s << version;
    QTest::newRow("section") << u"Section"_s << u"education"_s;
    QTest::newRow("team database driver") << u"Recommends"_s << u"libqt6sql6-psql"_s;
}

void TestDebianPackage::controlField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(controlFieldValue(field), expected);
}

void TestDebianPackage::dependsOn_data()
{
    QTest::addColumn<QString>("package");
    // Linked, found by dpkg-shlibdeps:
    QTest::newRow("Qt Widgets") << u"libqt6widgets6"_s;
    QTest::newRow("Qt Sql") << u"libqt6sql6"_s;
    QTest::newRow("Qt Network") << u"libqt6network6"_s;
    QTest::newRow("keychain") << u"libqt6keychain1"_s;
    QTest::newRow("xlsx writer") << u"libxlsxwriter4"_s;
    // Loaded by Qt at run time, named by hand:
    QTest::newRow("SQLite driver") << u"libqt6sql6-sqlite"_s;
    QTest::newRow("platform plugins") << u"qt6-qpa-plugins"_s;
    QTest::newRow("SVG icon plugin") << u"libqt6svg6"_s;
    QTest::newRow("Qt's Dutch strings") << u"qt6-translations-l10n"_s;
}

void TestDebianPackage::dependsOn()
{
    QFETCH(QString, package);
    const QStringList depends = controlFieldValue(u"Depends"_s).split(u", "_s);
    const bool named = std::any_of(depends.begin(), depends.end(), [&](const QString& entry) {
        return entry.section(u' ', 0, 0) == package;
    });
    QVERIFY2(named, qPrintable(depends.join(u", "_s)));
}

void TestDebianPackage::installsFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("the window") << u"usr/bin/verzuimdesk"_s;
    QTest::newRow("the command line") << u"usr/bin/verzuimdesk-cli"_s;
    QTest::newRow("menu entry") << u"usr/share/applications/%1.desktop"_s.arg(appId);
    QTest::newRow("AppStream") << u"usr/share/metainfo/%1.metainfo.xml"_s.arg(appId);
    QTest::newRow("scalable icon") << u"usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId);
    for (const QString& page : {u"verzuimdesk"_s, u"verzuimdesk-cli"_s}) {
        QTest::addRow("man page %s", qPrintable(page)) << u"usr/share/man/man1/%1.1.gz"_s.arg(page);
        QTest::addRow("Dutch man page %s", qPrintable(page))
            << u"usr/share/man/nl/man1/%1.1.gz"_s.arg(page);
    }
    QTest::newRow("copyright") << u"usr/share/doc/verzuimdesk/copyright"_s;
    QTest::newRow("changelog") << u"usr/share/doc/verzuimdesk/changelog.gz"_s;
}

void TestDebianPackage::installsFile()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(path));
}

void TestDebianPackage::iconHasItsSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestDebianPackage::iconHasItsSize()
{
    QFETCH(int, size);
    const QImage icon(
        installed(u"usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId)));
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.pixelColor(size / 2, size / 2).alpha() > 0);
}

void TestDebianPackage::validatorAccepts_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("desktop-file-validate") << QStringList{
        u"desktop-file-validate"_s, u"usr/share/applications/%1.desktop"_s.arg(appId)};
    QTest::newRow("appstreamcli validate")
        << QStringList{u"appstreamcli"_s, u"validate"_s, u"--no-net"_s, u"--strict"_s,
                       u"usr/share/metainfo/%1.metainfo.xml"_s.arg(appId)};
}

// Both validators print hints and warnings without failing; the package must draw none.
void TestDebianPackage::validatorAccepts()
{
    QFETCH(QStringList, command);
    command.last() = installed(command.last());
    const CliRun run = runProgram(command.first(), command.mid(1));
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString said = QString::fromUtf8(run.out + run.err);
    QVERIFY2(!said.contains(u"hint"_s) && !said.contains(u"warning"_s), qPrintable(said));
}

void TestDebianPackage::menuEntryInDutch_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"Name"_s << u"Verzuimdesk"_s;
    QTest::newRow("generic name") << u"GenericName[nl]"_s << u"Verzuimregistratie"_s;
    QTest::newRow("comment") << u"Comment[nl]"_s
                             << u"Verzuimsignalen en verzuimmeldingen aan DUO voor scholen"_s;
    QTest::newRow("keywords") << u"Keywords[nl]"_s
                              << u"verzuim;leerplicht;verzuimmelding;absentie;school;DUO;"
                                 u"leerplichtambtenaar;"_s;
    QTest::newRow("icon") << u"Icon"_s << appId;
    QTest::newRow("program") << u"Exec"_s << u"verzuimdesk"_s;
}

void TestDebianPackage::menuEntryInDutch()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(desktopValue(installed(u"usr/share/applications/%1.desktop"_s.arg(appId)), key),
             expected);
}

void TestDebianPackage::manPageRendersCleanly_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& page : {u"verzuimdesk"_s, u"verzuimdesk-cli"_s}) {
        QTest::addRow("%s", qPrintable(page)) << u"usr/share/man/man1/%1.1.gz"_s.arg(page);
        QTest::addRow("%s nl", qPrintable(page)) << u"usr/share/man/nl/man1/%1.1.gz"_s.arg(page);
    }
}

// groff with every warning on: a page that renders with warnings looks broken in `man`.
void TestDebianPackage::manPageRendersCleanly()
{
    QFETCH(QString, path);
    const QByteArray page = unzipped(installed(path)).toUtf8();
    QVERIFY(!page.isEmpty());
    const CliRun rendered =
        runProgram(u"groff"_s, {u"-man"_s, u"-ww"_s, u"-k"_s, u"-Tutf8"_s, u"-z"_s}, page);
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.isEmpty(), rendered.err.constData());
}

void TestDebianPackage::manPageNamesEverything_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const QString& program : {u"verzuimdesk"_s, u"verzuimdesk-cli"_s}) {
        QTest::addRow("%s", qPrintable(program))
            << program << u"en"_s << u"usr/share/man/man1/%1.1.gz"_s.arg(program);
        QTest::addRow("%s nl", qPrintable(program))
            << program << u"nl"_s << u"usr/share/man/nl/man1/%1.1.gz"_s.arg(program);
    }
}

// Every command and option the program lists in its --help has its place in the man page, so a
// new command cannot ship undocumented.
void TestDebianPackage::manPageNamesEverything()
{
    QFETCH(QString, program);
    QFETCH(QString, language);
    QFETCH(QString, page);
    const QString text = unzipped(installed(page));
    const HelpListing help = helpOf(installed(u"usr/bin/"_s + program), language);
    QVERIFY(!help.options.isEmpty());
    QCOMPARE(help.commands.isEmpty(), program == u"verzuimdesk"_s);
    for (const QString& command : help.commands) {
        const QRegularExpression entry(u"^\\.B %1( |$)"_s.arg(QRegularExpression::escape(command)),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(entry), qPrintable(u"command "_s + command));
    }
    for (const QString& option : help.options) {
        QString escaped = option;
        escaped.replace(u'-', u"\\-"_s);
        QVERIFY2(text.contains(u"\\-\\-"_s + escaped), qPrintable(u"option --"_s + option));
    }
}

void TestDebianPackage::versionIsTheProjectVersion_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("verzuimdesk-cli --version") << u"cli"_s << u"verzuimdesk-cli "_s + version;
    QTest::newRow("verzuimdesk --version") << u"gui"_s << u"verzuimdesk "_s + version;
    QTest::newRow("AppStream release")
        << u"metainfo"_s << u"<release version=\"%1\""_s.arg(version);
    QTest::newRow("man page") << u"man"_s << u"\"Verzuimdesk %1\""_s.arg(version);
    QTest::newRow("changelog") << u"changelog"_s << u"## [%1] - "_s.arg(version);
}

void TestDebianPackage::versionIsTheProjectVersion()
{
    QFETCH(QString, where);
    QFETCH(QString, expectedLine);
    QString text;
    if (where == u"cli"_s)
        text = QString::fromUtf8(
            runProgram(installed(u"usr/bin/verzuimdesk-cli"_s), {u"--version"_s}).out);
    else if (where == u"gui"_s)
        text = QString::fromUtf8(
            runProgram(installed(u"usr/bin/verzuimdesk"_s), {u"--version"_s}).out);
    else if (where == u"metainfo"_s)
        text = QString::fromUtf8(
            readFile(installed(u"usr/share/metainfo/%1.metainfo.xml"_s.arg(appId))));
    else if (where == u"man"_s)
        text = unzipped(installed(u"usr/share/man/man1/verzuimdesk-cli.1.gz"_s));
    else
        text = unzipped(installed(u"usr/share/doc/verzuimdesk/changelog.gz"_s));
    QVERIFY2(text.contains(expectedLine), qPrintable(text.left(400)));
}

void TestDebianPackage::importsAnExample_data()
{
    QTest::addColumn<QString>("example");
    for (const QString& example : QDir(QStringLiteral(VERZUIMDESK_EXAMPLES_DIR))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(example)) << example;
}

// The unpacked verzuimdesk-cli imports a shared example and finds exactly its expected signals.
void TestDebianPackage::importsAnExample()
{
    QFETCH(QString, example);
    const QString cli = installed(u"usr/bin/verzuimdesk-cli"_s);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    const CliRun imported = runProgram(cli, importExampleArguments(db, example));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(examplePath(example, u"expected.json"_s))).object();
    const CliRun listed = runProgram(cli, {u"--db"_s, db, u"signalen"_s, u"--peildatum"_s,
                                           expected[u"peildatum"_s].toString(), u"--json"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).array(), expected[u"signalen"_s].toArray());
}

// The unpacked window opens the demo school and draws itself (offscreen, as the tests run).
void TestDebianPackage::windowStartsFromThePackage()
{
    QTemporaryDir home;
    const QString screenshot = home.filePath(u"window.png"_s);
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    window.setProcessEnvironment(environment);
    window.start(installed(u"usr/bin/verzuimdesk"_s), {u"--db"_s, home.filePath(u"demo.sqlite"_s),
                                                       u"--demo"_s, u"--screenshot"_s, screenshot});
    QVERIFY(window.waitForFinished(120000));
    QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
    const QImage drawn(screenshot);
    QVERIFY(drawn.width() > 600 && drawn.height() > 400);
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
