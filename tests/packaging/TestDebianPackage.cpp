// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a school's IT department gets it: built by CPack from this build,
// unpacked into a throwaway root (dpkg -x), and the programs run from there, not from the build
// tree. Checks the package's name, control fields and files, that every file Qt loads at run time
// comes with a package it names, the desktop integration against Debian's validators, the manual
// pages against the programs' own --help, and the version everywhere it shows.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = QStringLiteral(VERZUIMDESK_APP_ID);
const QString version = QStringLiteral(VERZUIMDESK_VERSION);

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text of a gzip-compressed file (man pages, changelog).
QString unzipped(const QString& path)
{
    const CliRun run = runProgram(u"zcat"_s, {path});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

// The value of KEY in a .desktop file's main group ("Comment[nl]" for a translation).
QString desktopValue(const QString& desktopFile, const QString& key)
{
    const QString prefix = key + u'=';
    for (const QString& line : QString::fromUtf8(readFile(desktopFile)).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

// Command names and long options, as a program's --help lists them or a man page documents them.
struct Vocabulary
{
    QSet<QString> commands;
    QSet<QString> options;
};

Vocabulary helpOf(const QString& program)
{
    Vocabulary listed;
    bool inCommands = false;
    static const QRegularExpression option(uR"(^\s+(?:-\w, )?--([\w-]+))"_s);
    const QString help = QString::fromUtf8(runProgram(program, {u"--help"_s}).out);
    for (const QString& line : help.split(u'\n')) {
        if (line == u"Commands:"_s || line == u"Opdrachten:"_s)
            inCommands = true;
        else if (line.isEmpty())
            inCommands = false;
        else if (inCommands)
            listed.commands.insert(line.trimmed().section(u' ', 0, 0).remove(u':'));
        else if (const auto match = option.match(line); match.hasMatch())
            listed.options.insert(match.captured(1));
    }
    return listed;
}

// The first word of each entry under COMMANDS (OPDRACHTEN), and every long option written
// anywhere in the page (as troff has it: \-\-name\-with\-dashes).
Vocabulary documentedIn(const QString& page)
{
    Vocabulary documented;
    static const QRegularExpression commandsSection(
        uR"(^\.SH (?:COMMANDS|OPDRACHTEN)\n(.*?)^\.SH )"_s,
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression entry(uR"(^\.TP\n\.B ([a-z]+))"_s,
                                          QRegularExpression::MultilineOption);
    for (const auto& match : entry.globalMatch(commandsSection.match(page).captured(1)))
        documented.commands.insert(match.captured(1));
    static const QRegularExpression option(uR"(\\-\\-((?:[a-z]|\\-)+))"_s);
    for (const auto& match : option.globalMatch(page))
        documented.options.insert(match.captured(1).remove(u'\\'));
    return documented;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
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
    void runTimeFileComesWithThePackage_data();
    void runTimeFileComesWithThePackage();
    void installsFile_data();
    void installsFile();
    void programHasNoRunpath_data();
    void programHasNoRunpath();
    void iconHasItsSize_data();
    void iconHasItsSize();
    void validatorAccepts_data();
    void validatorAccepts();
    void menuEntryInDutch_data();
    void menuEntryInDutch();
    void manPageRendersCleanly_data();
    void manPageRendersCleanly();
    void manPageMatchesTheProgram_data();
    void manPageMatchesTheProgram();
    void programSpeaksTheLanguage_data();
    void programSpeaksTheLanguage();
    void versionIsTheProjectVersion_data();
    void versionIsTheProjectVersion();
    void importsAnExample_data();
    void importsAnExample();
    void windowStartsFromThePackage_data();
    void windowStartsFromThePackage();

private:
    // A path inside the throwaway root for "usr/…"; anything else (a tool on PATH) as it is.
    QString installed(const QString& path) const
    {
        return path.startsWith(u"usr/"_s) ? m_root + u'/' + path : path;
    }
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
}

void TestDebianPackage::controlField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(controlFieldValue(field), expected);
}

void TestDebianPackage::runTimeFileComesWithThePackage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    const QString plugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
    const QString translations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTest::newRow("SQLite driver") << plugins + u"/sqldrivers/libqsqlite.so"_s << u"Depends"_s;
    QTest::newRow("X11 platform") << plugins + u"/platforms/libqxcb.so"_s << u"Depends"_s;
    QTest::newRow("offscreen platform (PDFs)")
        << plugins + u"/platforms/libqoffscreen.so"_s << u"Depends"_s;
    QTest::newRow("SVG images") << plugins + u"/imageformats/libqsvg.so"_s << u"Depends"_s;
    QTest::newRow("SVG icons") << plugins + u"/iconengines/libqsvgicon.so"_s << u"Depends"_s;
    QTest::newRow("Qt's Dutch strings") << translations + u"/qtbase_nl.qm"_s << u"Depends"_s;
    QTest::newRow("PostgreSQL driver")
        << plugins + u"/sqldrivers/libqsqlpsql.so"_s << u"Recommends"_s;
    QTest::newRow("Wayland platform")
        << plugins + u"/platforms/libqwayland-generic.so"_s << u"Recommends"_s;
}

// dpkg-shlibdeps sees the libraries the programs link, not the files Qt loads by name; each of
// those must come with a package the control field names (libqt6gui6, linked, brings the X11
// and offscreen platforms).
void TestDebianPackage::runTimeFileComesWithThePackage()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    const CliRun owner = runProgram(u"dpkg-query"_s, {u"--search"_s, file});
    QVERIFY2(owner.exitCode == 0, qPrintable(file + u" belongs to no installed package"_s));
    const QString ownerPackage = QString::fromUtf8(owner.out).section(u':', 0, 0);
    QStringList named;
    for (const QString& entry : controlFieldValue(field).split(u", "_s))
        named.append(entry.section(u' ', 0, 0));
    QVERIFY2(named.contains(ownerPackage), qPrintable(u"%1 comes with %2, not in %3: %4"_s.arg(
                                               file, ownerPackage, field, named.join(u", "_s))));
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

void TestDebianPackage::programHasNoRunpath_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("verzuimdesk") << u"usr/bin/verzuimdesk"_s;
    QTest::newRow("verzuimdesk-cli") << u"usr/bin/verzuimdesk-cli"_s;
}

// Programs in /usr/bin find their libraries where the system keeps them, nowhere else.
void TestDebianPackage::programHasNoRunpath()
{
    QFETCH(QString, program);
    const CliRun dynamic = runProgram(u"readelf"_s, {u"--dynamic"_s, installed(program)});
    QCOMPARE(dynamic.exitCode, 0);
    QVERIFY2(!dynamic.out.contains("RUNPATH") && !dynamic.out.contains("RPATH"),
             dynamic.out.constData());
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
    QTest::addColumn<QString>("file");
    QTest::newRow("desktop-file-validate") << QStringList{u"desktop-file-validate"_s}
                                           << u"usr/share/applications/%1.desktop"_s.arg(appId);
    QTest::newRow("appstreamcli validate")
        << QStringList{u"appstreamcli"_s, u"validate"_s, u"--no-net"_s, u"--strict"_s}
        << u"usr/share/metainfo/%1.metainfo.xml"_s.arg(appId);
}

// Both validators print hints and warnings without failing; the package must draw none.
void TestDebianPackage::validatorAccepts()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    const CliRun run = runProgram(command.first(), command.mid(1) << installed(file));
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QString said = QString::fromUtf8(run.out + run.err);
    QVERIFY2(!said.contains(u"hint"_s) && !said.contains(u"warning"_s), qPrintable(said));
}

void TestDebianPackage::menuEntryInDutch_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"Name"_s << u"Verzuimdesk"_s;
    QTest::newRow("generic name") << u"GenericName[nl]"_s
                                  << u"Verzuimsignalering en verzuimmelding"_s;
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

void TestDebianPackage::manPageMatchesTheProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("page");
    for (const QString& program : {u"verzuimdesk"_s, u"verzuimdesk-cli"_s}) {
        QTest::addRow("%s", qPrintable(program))
            << program << u"usr/share/man/man1/%1.1.gz"_s.arg(program);
        QTest::addRow("%s nl", qPrintable(program))
            << program << u"usr/share/man/nl/man1/%1.1.gz"_s.arg(program);
    }
}

// The page documents exactly the commands and options the program's --help lists: a new one
// cannot ship undocumented, a removed one cannot stay in the manual.
void TestDebianPackage::manPageMatchesTheProgram()
{
    QFETCH(QString, program);
    QFETCH(QString, page);
    const Vocabulary help = helpOf(installed(u"usr/bin/"_s + program));
    const Vocabulary manual = documentedIn(unzipped(installed(page)));
    QVERIFY(!help.options.isEmpty());
    QCOMPARE(help.commands.isEmpty(), program == u"verzuimdesk"_s); // the window has no commands
    QCOMPARE(sorted(manual.commands), sorted(help.commands));
    QCOMPARE(sorted(manual.options), sorted(help.options));
}

void TestDebianPackage::programSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("Dutch") << u"nl"_s << u"Opdrachten:"_s;
    QTest::newRow("English") << u"en"_s << u"Commands:"_s;
}

// The translations travel inside the programs (Qt resources), not as files beside them.
void TestDebianPackage::programSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VERZUIMDESK_TAAL"_s, language);
    const CliRun run =
        runProgram(installed(u"usr/bin/verzuimdesk-cli"_s), {u"--help"_s}, {}, environment);
    QVERIFY2(run.out.contains(heading.toUtf8()), run.out.left(400).constData());
}

void TestDebianPackage::versionIsTheProjectVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("verzuimdesk-cli --version")
        << u"usr/bin/verzuimdesk-cli"_s << u"--version"_s << u"verzuimdesk-cli "_s + version;
    QTest::newRow("verzuimdesk --version")
        << u"usr/bin/verzuimdesk"_s << u"--version"_s << u"verzuimdesk "_s + version;
    QTest::newRow("AppStream release")
        << u"cat"_s << u"usr/share/metainfo/%1.metainfo.xml"_s.arg(appId)
        << u"<release version=\"%1\""_s.arg(version);
    QTest::newRow("man page") << u"zcat"_s << u"usr/share/man/man1/verzuimdesk-cli.1.gz"_s
                              << u"\"Verzuimdesk %1\""_s.arg(version);
    QTest::newRow("changelog") << u"zcat"_s << u"usr/share/doc/verzuimdesk/changelog.gz"_s
                               << u"## [%1] - "_s.arg(version);
}

void TestDebianPackage::versionIsTheProjectVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    const CliRun run = runProgram(installed(program), {installed(argument)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.left(400).constData());
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

void TestDebianPackage::windowStartsFromThePackage_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("offscreen") << u"offscreen"_s;
    QTest::newRow("X11 (Xvfb)") << u"xcb"_s;
}

// The unpacked window opens the demo school and draws it: offscreen as the other tests run, and
// on an X server, the way a desktop starts it from the menu.
void TestDebianPackage::windowStartsFromThePackage()
{
    QFETCH(QString, platform);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, platform);
    const QString screenshot = home.filePath(u"window.png"_s);
    QStringList command{installed(u"usr/bin/verzuimdesk"_s),
                        u"--db"_s,
                        home.filePath(u"demo.sqlite"_s),
                        u"--demo"_s,
                        u"--screenshot"_s,
                        screenshot};
    if (platform == u"xcb"_s) {
        // Not a skip: ctest would count the whole binary as skipped (scripts/debian-packages.txt
        // has xvfb).
        if (QStandardPaths::findExecutable(u"xvfb-run"_s).isEmpty())
            QFAIL("xvfb-run is not installed");
        command.prepend(u"--auto-servernum"_s);
        command.prepend(u"xvfb-run"_s);
    }
    const CliRun run = runProgram(command.first(), command.mid(1), {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage drawn(screenshot);
    QVERIFY(drawn.width() > 600 && drawn.height() > 400);
    // A window that drew nothing is one or two colours; the signal table has many.
    QSet<QRgb> colours;
    for (int y = 0; y < drawn.height(); y += 7)
        for (int x = 0; x < drawn.width(); x += 7)
            colours.insert(drawn.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
