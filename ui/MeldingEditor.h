// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Melding.h"
#include "exports/Invulhulp.h"
#include "meldingen/MeldingValidator.h"
#include "services/MeldingService.h"
#include "util/Result.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;
struct MeldingField;

// One melding in the order of DUO's loket (Leerling, Melding, Lesuren, Acties, Overzicht), with
// fouten and waarschuwingen next to their fields and the completeness score. Every finished
// field is saved at once as a new version: a crash loses at most the field being typed.
class MeldingEditor final : public QWidget
{
    Q_OBJECT

public:
    MeldingEditor(const Session& session, qint64 meldingId, QWidget* parent = nullptr);

    const Melding& melding() const { return m_melding; }
    bool isLoaded() const { return m_melding.id != 0; }

Q_SIGNALS:
    // A copy was made to start a repeat melding; the window should open it.
    void copied(qint64 newMeldingId);

private:
    // Takes the stored melding when it is newer than the one shown.
    void reread();
    QWidget* fieldPage(LoketScreen screen, const QString& intro = {});
    void addField(QVBoxLayout* layout, const MeldingField& field);
    QLabel* findingLabel(const QString& key);
    QWidget* contactsPage();
    QWidget* daysPage();
    QWidget* actionsPage();
    QWidget* overviewPage();
    QWidget* historyPage();
    void showHistory();
    void compareVersions();

    MeldingService service() const;
    QWidget* statusActions();
    void save(const QList<std::pair<QString, QString>>& changes, const QString& key);
    void changeStatus(MeldingStatus status);
    void registerAtDuo();
    void setMunicipalityStatus();
    void withdraw();
    void copyMelding();
    void openInvulhulp();
    // The change to a registered melding still to pass on to DUO (no screens: none).
    Invulhulp changeToPassOn() const;
    void attachVerzuimstaat();
    void openVerzuimstaat();
    // Takes a status change's result: the new melding, or the refusal shown to the user.
    void adopt(const Result<Melding>& changed, const QString& title);
    void refresh();
    void showFindings(const Validation& validation);

    Session m_session;
    Melding m_melding;
    QTabWidget* m_pages;
    QProgressBar* m_completeness;
    QLabel* m_header;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QCheckBox*> m_checks;
    QHash<QString, QComboBox*> m_choices;
    QHash<QString, QLabel*> m_findings;
    QList<QCheckBox*> m_sendBoxes;
    QVBoxLayout* m_contactsLayout = nullptr;
    QListWidget* m_days = nullptr;
    QTextBrowser* m_overview = nullptr;
    QComboBox* m_versionA = nullptr;
    QComboBox* m_versionB = nullptr;
    QTableWidget* m_versionDiff = nullptr;
    QList<MeldingVersion> m_versions;
    QHash<MeldingStatus, QPushButton*> m_statusButtons; // enabled where the status may follow
    QComboBox* m_municipalityStatus = nullptr;
    QPushButton* m_municipalityButton = nullptr;
    QPushButton* m_invulhulpButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_attachButton = nullptr;
    QString m_saveError; // of the field last saved, shown until it is fixed
    QString m_saveErrorKey;
};
