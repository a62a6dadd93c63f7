// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPki.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

TestPki::TestPki()
{
    const bool made = makeCa(u"ca"_s) && makeCa(u"otherca"_s) &&
                      makeLeaf(u"server"_s, u"ca"_s,
                               u"subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"_s) &&
                      makeLeaf(u"client"_s, u"ca"_s, u"extendedKeyUsage=clientAuth\n"_s) &&
                      makeLeaf(u"stranger"_s, u"otherca"_s, u"extendedKeyUsage=clientAuth\n"_s);
    if (!made && m_error.isEmpty())
        m_error = u"openssl failed"_s;
}

const Clock& TestPki::validityClock()
{
    static const FixedClock now(QDateTime::currentDateTime());
    return now;
}

QString TestPki::path(QStringView name) const
{
    return m_dir.filePath(name.toString());
}

bool TestPki::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"openssl %1: %2%3"_s.arg(arguments.join(u' '), process.errorString(),
                                            QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::makeCa(const QString& name)
{
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                    u"-out"_s, name + u".pem"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                    u"/CN=Verzuimdesk test %1"_s.arg(name), u"-addext"_s,
                    u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                    u"keyUsage=critical,keyCertSign,cRLSign"_s});
}

bool TestPki::makeLeaf(const QString& name, const QString& ca, const QString& extensions)
{
    QFile ext(path(QString(name + u".ext"_s)));
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0)
        return false;
    ext.close();
    return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                    u"-out"_s, name + u".csr"_s, u"-subj"_s,
                    u"/CN=%1"_s.arg(name == u"server"_s ? u"127.0.0.1"_s : name)}) &&
           openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s,
                    u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".pem"_s,
                    u"-days"_s, u"30"_s, u"-extfile"_s, name + u".ext"_s}) &&
           openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, name + u".key"_s, u"-in"_s,
                    name + u".pem"_s, u"-certfile"_s, ca + u".pem"_s, u"-out"_s, name + u".p12"_s,
                    u"-passout"_s, u"pass:"_s + passphrase()});
}
