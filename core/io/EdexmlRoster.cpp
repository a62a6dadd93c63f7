// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdexmlRoster.h"

#include "util/Text.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Groep
{
    QString naam;
    QString jaargroep;
};

// A leerling's elements as written, before they are judged.
struct LeerlingElements
{
    int line = 0;
    QString key;
    QHash<QString, QString> text; // element name → its text
    QString groepKey;
};

// Keys starting with '#' are not stable from one export to the next (EDEXML's own convention).
bool isStableKey(const QString& key)
{
    return !key.isEmpty() && !key.startsWith(u'#');
}

// The text of the element the reader is on, and of each of its simple children; a child with a
// key attribute (<groep key="…"/>) gives its key under its own name.
QHash<QString, QString> childrenOf(QXmlStreamReader& xml, QString* groepKey = nullptr)
{
    QHash<QString, QString> children;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == u"groep"_s && groepKey) {
            *groepKey = xml.attributes().value(u"key"_s).toString().trimmed();
            xml.skipCurrentElement();
        } else if (name == u"samengestelde_groepen"_s || name == u"toevoegingen"_s) {
            xml.skipCurrentElement();
        } else {
            children.insert(name,
                            xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed());
        }
    }
    return children;
}

class Reader
{
public:
    Reader(const QString& path, const QByteArray& data, ImportIssues& issues)
        : m_path(path)
        , m_xml(data)
        , m_issues(issues)
    {
    }

    QList<RosterLeerling> read()
    {
        if (!m_xml.readNextStartElement() ||
            (m_xml.name() != u"EDEX"_s && m_xml.name() != u"leerlinggegevens"_s)) {
            if (!m_xml.hasError())
                m_issues.error(m_path, int(m_xml.lineNumber()), QString(),
                               EdexmlRoster::tr("expected an EDEXML roster: an <EDEX> element"));
        }
        while (!m_xml.hasError() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"school"_s)
                readSchool();
            else if (m_xml.name() == u"groepen"_s)
                readGroepen();
            else if (m_xml.name() == u"leerlingen"_s)
                readLeerlingen();
            else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError()) {
            m_issues.error(m_path, int(m_xml.lineNumber()), QString(),
                           EdexmlRoster::tr("not valid XML: %1").arg(m_xml.errorString()));
            return {};
        }
        QList<RosterLeerling> roster;
        for (const LeerlingElements& elements : m_leerlingen)
            roster.append(judged(elements));
        return roster;
    }

private:
    void readSchool()
    {
        const int line = int(m_xml.lineNumber());
        const QString schooljaar = childrenOf(m_xml).value(u"schooljaar"_s);
        // "2025-2026": the schooljaar starts on 1 August of its first year.
        const int firstYear = schooljaar.left(4).toInt();
        if (schooljaar.size() == 9 && schooljaar[4] == u'-' && firstYear > 2000)
            m_schoolYearStart = QDate(firstYear, 8, 1);
        else
            m_issues.error(m_path, line, u"schooljaar"_s,
                           EdexmlRoster::tr("'%1' is not a schooljaar such as 2025-2026")
                               .arg(Text::shown(schooljaar)));
    }

    void readGroepen()
    {
        while (m_xml.readNextStartElement()) {
            const bool isGroep = m_xml.name() == u"groep"_s;
            const QString key = m_xml.attributes().value(u"key"_s).toString().trimmed();
            const QHash<QString, QString> children = childrenOf(m_xml);
            if (isGroep)
                m_groepen.insert(key, {children.value(u"naam"_s), children.value(u"jaargroep"_s)});
        }
    }

    void readLeerlingen()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"leerling"_s) {
                m_xml.skipCurrentElement();
                continue;
            }
            LeerlingElements elements;
            elements.line = int(m_xml.lineNumber());
            elements.key = m_xml.attributes().value(u"key"_s).toString().trimmed();
            elements.text = childrenOf(m_xml, &elements.groepKey);
            m_leerlingen.append(elements);
        }
    }

    RosterLeerling judged(const LeerlingElements& e) const
    {
        const auto error = [&](const QString& element, const QString& reason) {
            m_issues.error(m_path, e.line, element, reason);
        };
        const auto text = [&](const QString& element) {
            return e.text.value(element);
        };
        const auto date = [&](const QString& element, bool required) {
            const QString value = text(element);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (value.isEmpty() && required)
                error(element, EdexmlRoster::tr("a value is required"));
            else if (!value.isEmpty() && !date.isValid())
                error(element,
                      EdexmlRoster::tr("'%1' is not a date YYYY-MM-DD").arg(Text::shown(value)));
            return date;
        };
        RosterLeerling r;
        r.line = e.line;
        Leerling& l = r.leerling;
        l.pgn = text(u"bsn"_s).isEmpty() ? text(u"onderwijsnummer"_s) : text(u"bsn"_s);
        if (l.pgn.isEmpty())
            error(u"bsn"_s, EdexmlRoster::tr("the leerling has no bsn or onderwijsnummer, which "
                                             "DUO needs as its pgn"));
        l.lastName = text(u"achternaam"_s);
        if (l.lastName.isEmpty())
            error(u"achternaam"_s, EdexmlRoster::tr("a value is required"));
        l.infix = text(u"voorvoegsel"_s);
        for (const QString& element : {u"voornamen"_s, u"roepnaam"_s, u"voorletters-1"_s}) {
            if (l.firstNames.isEmpty())
                l.firstNames = text(element);
        }
        if (l.firstNames.isEmpty())
            error(u"voornamen"_s, EdexmlRoster::tr("a value is required"));
        l.birthDate = date(u"geboortedatum"_s, true);
        static const QHash<QString, QString> kGeslacht{
            {u"0"_s, QString()}, {u"1"_s, u"M"_s}, {u"2"_s, u"V"_s}, {u"9"_s, u"X"_s}};
        const QString geslacht = text(u"geslacht"_s);
        if (!geslacht.isEmpty() && !kGeslacht.contains(geslacht))
            error(u"geslacht"_s,
                  EdexmlRoster::tr("'%1' is not 0, 1, 2 or 9").arg(Text::shown(geslacht)));
        l.gender = kGeslacht.value(geslacht);
        l.email = text(u"emailadres"_s);
        l.address.postcode = text(u"postcodenl"_s);
        if (isStableKey(e.key))
            l.leerlingnummer = e.key;
        if (!e.groepKey.isEmpty()) {
            if (!m_groepen.contains(e.groepKey))
                error(u"groep"_s, EdexmlRoster::tr("no groep with key %1 in <groepen>")
                                      .arg(Text::shown(e.groepKey)));
            const Groep groep = m_groepen.value(e.groepKey);
            l.klas = groep.naam;
            // A combinatiegroep (jaargroep C) leaves the jaargroep to each leerling.
            l.leerjaar = groep.jaargroep == u"C"_s ? QString() : groep.jaargroep;
        }
        if (!text(u"jaargroep"_s).isEmpty())
            l.leerjaar = text(u"jaargroep"_s);
        const QDate from = date(u"instroomdatum"_s, false);
        const QDate to = date(u"uitstroomdatum"_s, false);
        r.inschrijving = {from.isValid() ? from : m_schoolYearStart, to};
        if (!r.inschrijving.from.isValid())
            error(u"instroomdatum"_s, EdexmlRoster::tr("no instroomdatum and no schooljaar to "
                                                       "start the inschrijving"));
        else if (to.isValid() && to < r.inschrijving.from)
            error(u"uitstroomdatum"_s, EdexmlRoster::tr("the inschrijving ends before it starts"));
        return r;
    }

    const QString& m_path;
    QXmlStreamReader m_xml;
    ImportIssues& m_issues;
    QDate m_schoolYearStart;
    QHash<QString, Groep> m_groepen;
    QList<LeerlingElements> m_leerlingen;
};

} // namespace

bool EdexmlRoster::looksLike(const QByteArray& data)
{
    const QByteArray start = data.left(4096);
    return start.trimmed().startsWith('<') &&
           (start.contains("<EDEX") || start.contains("leerlinggegevens"));
}

QList<RosterLeerling> EdexmlRoster::read(const QString& path, const QByteArray& data,
                                         ImportIssues& issues)
{
    return Reader(path, data, issues).read();
}
