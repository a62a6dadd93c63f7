// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a registered absence code means (verzuimregels §2).
enum class AbsenceKind
{
    Afwezig,
    TeLaat,
    Ziek,
    Verlof,
    Schorsing,
    Luxe
};

namespace AbsenceKinds {
QList<AbsenceKind> all();                            // in the order of verzuimregels §2
std::optional<AbsenceKind> fromKey(QStringView key); // "afwezig", "te_laat", …
QString key(AbsenceKind kind);
QString displayName(AbsenceKind kind); // translated
// Ziek, verlof and schorsing are geoorloofd by law (§2); a new code of those soorten starts so.
bool authorisedByDefault(AbsenceKind kind);
} // namespace AbsenceKinds

struct AbsenceCode
{
    QString code;
    QString description;
    AbsenceKind kind = AbsenceKind::Afwezig;
    bool authorised = false; // "geoorloofd"

    friend bool operator==(const AbsenceCode&, const AbsenceCode&) = default;
};

// The school's code table: the default table of verzuimregels §2, with the school's own codes
// added or overriding.
class CodeTable
{
public:
    static CodeTable defaults();

    void upsert(const AbsenceCode& code);
    const AbsenceCode* find(QStringView code) const;
    QList<AbsenceCode> all() const; // sorted by code

private:
    QList<AbsenceCode> m_codes; // by code
};
