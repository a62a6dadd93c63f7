// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceCode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

#include <algorithm>
#include <array>

namespace {

struct KindName
{
    AbsenceKind kind;
    const char16_t* key;
};

constexpr std::array kKindNames{
    KindName{AbsenceKind::Afwezig, u"afwezig"},     KindName{AbsenceKind::TeLaat, u"te_laat"},
    KindName{AbsenceKind::Ziek, u"ziek"},           KindName{AbsenceKind::Verlof, u"verlof"},
    KindName{AbsenceKind::Schorsing, u"schorsing"}, KindName{AbsenceKind::Luxe, u"luxe"},
};

} // namespace

namespace AbsenceKinds {

QList<AbsenceKind> all()
{
    QList<AbsenceKind> kinds;
    for (const auto& entry : kKindNames)
        kinds.append(entry.kind);
    return kinds;
}

std::optional<AbsenceKind> fromKey(QStringView key)
{
    for (const auto& entry : kKindNames) {
        if (key.compare(QStringView(entry.key), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

bool authorisedByDefault(AbsenceKind kind)
{
    return kind == AbsenceKind::Ziek || kind == AbsenceKind::Verlof ||
           kind == AbsenceKind::Schorsing;
}

QString key(AbsenceKind kind)
{
    for (const auto& entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.key);
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(AbsenceKind kind)
{
    switch (kind) {
    case AbsenceKind::Afwezig:
        return QCoreApplication::translate("AbsenceKind", "absent");
    case AbsenceKind::TeLaat:
        return QCoreApplication::translate("AbsenceKind", "late");
    case AbsenceKind::Ziek:
        return QCoreApplication::translate("AbsenceKind", "sick");
    case AbsenceKind::Verlof:
        return QCoreApplication::translate("AbsenceKind", "leave");
    case AbsenceKind::Schorsing:
        return QCoreApplication::translate("AbsenceKind", "suspension");
    case AbsenceKind::Luxe:
        return QCoreApplication::translate("AbsenceKind", "luxury absence");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AbsenceKinds

CodeTable CodeTable::defaults()
{
    // Default code table of verzuimregels §2; descriptions are the school-facing Dutch labels.
    CodeTable table;
    table.upsert({u"O"_s, u"Ongeoorloofd afwezig"_s, AbsenceKind::Afwezig, false});
    table.upsert({u"L"_s, u"Te laat"_s, AbsenceKind::TeLaat, false});
    table.upsert({u"T"_s, u"Te laat, geoorloofd"_s, AbsenceKind::TeLaat, true});
    table.upsert({u"Z"_s, u"Ziek"_s, AbsenceKind::Ziek, true});
    table.upsert({u"V"_s, u"Verlof"_s, AbsenceKind::Verlof, true});
    table.upsert({u"S"_s, u"Schorsing"_s, AbsenceKind::Schorsing, true});
    table.upsert({u"X"_s, u"Luxeverzuim"_s, AbsenceKind::Luxe, false});
    return table;
}

void CodeTable::upsert(const AbsenceCode& code)
{
    const auto at = std::lower_bound(
        m_codes.begin(), m_codes.end(), code.code,
        [](const AbsenceCode& known, const QString& wanted) { return known.code < wanted; });
    if (at != m_codes.end() && at->code == code.code)
        *at = code;
    else
        m_codes.insert(at, code);
}

const AbsenceCode* CodeTable::find(QStringView code) const
{
    // Every imported record asks: comparing with a school's few dozen codes is quicker than
    // hashing (see CsvTable's columns).
    for (const AbsenceCode& known : m_codes) {
        if (known.code == code)
            return &known;
    }
    return nullptr;
}

QList<AbsenceCode> CodeTable::all() const
{
    return m_codes;
}
