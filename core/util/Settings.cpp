// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct KeyInfo
{
    QString name; // in the store
    QVariant defaultValue;
};

KeyInfo infoOf(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return {u"weergave/taal"_s, u"nl"_s};
    case Settings::Key::Database:
        return {u"database/locatie"_s, QString()};
    case Settings::Key::WindowGeometry:
        return {u"venster/geometrie"_s, QByteArray()};
    case Settings::Key::SignalsPreviousStart:
        return {u"signalen/vorige_start"_s, QDate()};
    }
    Q_UNREACHABLE();
}

const QString kVersionName = u"versie"_s;

QString importGroup(const QString& school, const QString& fileKind)
{
    return u"import/kolommen/%1/%2"_s.arg(school.isEmpty() ? u"nieuw"_s : school, fileKind);
}

std::unique_ptr<Settings>& current()
{
    static std::unique_ptr<Settings> settings;
    return settings;
}

} // namespace

Settings& Settings::instance()
{
    if (!current())
        current().reset(new Settings(std::make_unique<QSettings>()));
    return *current();
}

void Settings::createTemporary()
{
    // Lives as long as the process: the test's instance() writes into it until exit.
    static QTemporaryDir directory;
    static int made = 0;
    current() = std::make_unique<Settings>(directory.filePath(u"settings-%1.ini"_s.arg(++made)));
}

Settings::Settings(const QString& iniPath)
    : Settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::Settings(std::unique_ptr<QSettings> store)
    : m_store(std::move(store))
{
    migrate();
}

Settings::~Settings() = default;

// Version 1 (before there was a version) kept the language at the top level as "taal".
void Settings::migrate()
{
    const int version = m_store->value(kVersionName, 1).toInt();
    if (version >= kVersion)
        return;
    if (m_store->contains(u"taal"_s)) {
        m_store->setValue(infoOf(Key::Language).name, m_store->value(u"taal"_s));
        m_store->remove(u"taal"_s);
    }
    m_store->setValue(kVersionName, kVersion);
    m_store->sync();
}

QVariant Settings::get(Key key) const
{
    const KeyInfo info = infoOf(key);
    return m_store->value(info.name, info.defaultValue);
}

void Settings::set(Key key, const QVariant& value)
{
    const QString name = infoOf(key).name;
    if (m_store->contains(name) && m_store->value(name) == value)
        return;
    m_store->setValue(name, value);
    m_store->sync(); // a crash later loses nothing
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    const QString name = infoOf(key).name;
    if (!m_store->contains(name))
        return;
    m_store->remove(name);
    m_store->sync();
    Q_EMIT changed(key);
}

QHash<QString, QString> Settings::importColumns(const QString& school,
                                                const QString& fileKind) const
{
    m_store->beginGroup(importGroup(school, fileKind));
    QHash<QString, QString> columns;
    for (const QString& column : m_store->childKeys())
        columns.insert(column, m_store->value(column).toString());
    m_store->endGroup();
    return columns;
}

void Settings::setImportColumns(const QString& school, const QString& fileKind,
                                const QHash<QString, QString>& columns)
{
    m_store->beginGroup(importGroup(school, fileKind));
    m_store->remove(QString()); // the group's earlier choices
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        m_store->setValue(it.key(), it.value());
    m_store->endGroup();
    m_store->sync();
}
