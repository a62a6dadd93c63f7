// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLogin.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

int s_counter = 0;

} // namespace

TestLogin::TestLogin()
    : m_name(u"lid_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_counter))
{
    QSqlQuery admin = TestDatabase::serverQuery();
    if (!admin.exec(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(m_name, TestDatabase::passwordOf(m_name))))
        qFatal("creating the login %s: %s", qPrintable(m_name),
               qPrintable(admin.lastError().text()));
}

TestLogin::~TestLogin()
{
    TestDatabase::serverQuery().exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_name));
}

QString TestLogin::location(const TestDatabase& db) const
{
    QUrl url(db.location());
    url.setUserName(m_name);
    url.setPassword(TestDatabase::passwordOf(m_name));
    return url.toString();
}

std::unique_ptr<Database> openAs(const TestLogin& login, const TestDatabase& db)
{
    auto opened = Database::open(login.location(db));
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return opened ? std::move(opened).value() : nullptr;
}
