// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

// The user's own preferences, each behind a typed key with its default, all in one place (after
// KeePassXC's Config). The school's settings are not here: they are in the database, shared by
// everyone who opens it.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,             // "nl" (the default) or "en"; VERZUIMDESK_TAAL overrides it
        Database,             // the SQLite file or team database URL opened at start
        WindowGeometry,       // the main window's, as QWidget::saveGeometry() gives it
        SignalsPreviousStart, // the day of the last start: what "new since last time" means
    };
    Q_ENUM(Key)

    // The version of the stored layout; an older one is migrated when opened.
    static constexpr int kVersion = 2;

    // This user's settings (QSettings' per-user store), or the temporary ones of a test.
    static Settings& instance();
    // For tests: instance() becomes a fresh, empty store in a temporary file, so that nothing of
    // the user's own settings is read or changed.
    static void createTemporary();

    // The settings kept in `iniPath`.
    explicit Settings(const QString& iniPath);
    ~Settings() override;

    QVariant get(Key key) const; // its default when not set
    void set(Key key, const QVariant& value);
    void reset(Key key);

    // The import wizard's column choices for one school (its instellingscode, or empty before
    // the school is known) and one file kind: which column of the school's export stands for
    // each of ours. A column present with an empty value was chosen as "not in the file".
    QHash<QString, QString> importColumns(const QString& school, const QString& fileKind) const;
    void setImportColumns(const QString& school, const QString& fileKind,
                          const QHash<QString, QString>& columns);

Q_SIGNALS:
    void changed(Settings::Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> store);
    void migrate();

    std::unique_ptr<QSettings> m_store;
};
