// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

// The verzuimloket's screens, in the order the coordinator goes through them.
enum class LoketScreen
{
    Leerling,
    Melding,
    Lesuren,
    Acties,
    AfterSubmission, // meldingsnummer and the municipality's feedback: not typed into the loket
    None             // ours only (the status)
};

// Every field of a melding that a person can read or change, by its key. One table serves the
// command line (`--zet veld=waarde`), the JSON document, version differences and the editor.
struct MeldingField
{
    enum class Kind
    {
        Text,
        Date,
        YesNo,
        Choice,
        KeySet, // a comma-separated set of keys (the ondernomen acties)
        Derived
    };

    QString key;   // as in the JSON document and on the command line
    QString label; // translated, in the loket's words
    // DUO accepts changes to these while a melding is Geregistreerd or In behandeling
    // (verzuimloket 001 §4.2: reden, toelichting, einddatum, verbijzondering, contacts, lesuren,
    // acties; also actie gewenst, prioriteit and the school contact). The contacts sent along
    // (meesturen.N) are changeable too: see MeldingFields::changeableAtDuo.
    bool changeableAtDuo = false;
    std::function<QString(const Melding&)> get;
    std::function<Status(Melding&, const QString&)> set; // empty: shown, not set by hand
    Kind kind = Kind::Text;
    QList<std::pair<QString, QString>> choices; // for Kind::Choice: value and label
    LoketScreen screen = LoketScreen::None;     // where the loket asks for it
};

class MeldingFields
{
    Q_DECLARE_TR_FUNCTIONS(MeldingFields)

public:
    static const QList<MeldingField>& all();
    static const MeldingField* find(QStringView key);
    // The fields of one loket screen, in the loket's order.
    static QList<const MeldingField*> onScreen(LoketScreen screen);

    // Sets one field from text, e.g. ("einddatum", "2026-02-02") or ("meesturen.2", "nee").
    static Status set(Melding& melding, const QString& key, const QString& value);
    // Whether DUO accepts a change of the key on a registered, open melding.
    static bool changeableAtDuo(QStringView key);
};

// One field that differs between two versions.
struct FieldDifference
{
    QString key;
    QString label;
    QString before;
    QString after;
};

QList<FieldDifference> differences(const Melding& before, const Melding& after);
