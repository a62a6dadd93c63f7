// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoAnswer.h"

#include "meldingen/MeldingFields.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxAnswerBytes = 1 << 20;
constexpr qsizetype kMaxTextLength = 4000;
constexpr qsizetype kMaxErrors = 200;
constexpr qsizetype kMaxNumberLength = 40;

const std::array kOutcomes{
    std::pair{DuoAnswer::Outcome::Accepted, u"geaccepteerd"},
    std::pair{DuoAnswer::Outcome::Rejected, u"afgewezen"},
    std::pair{DuoAnswer::Outcome::Unknown, u"onbekend"},
    std::pair{DuoAnswer::Outcome::Status, u"status"},
};

std::optional<DuoAnswer::Outcome> outcomeOf(QStringView text)
{
    for (const auto& [outcome, key] : kOutcomes) {
        if (text == QStringView(key))
            return outcome;
    }
    return std::nullopt;
}

// A meldingsnummer is shown and typed by people: letters, digits and dashes only.
bool isPlausibleNumber(const QString& number)
{
    if (number.isEmpty() || number.size() > kMaxNumberLength)
        return false;
    return std::all_of(number.cbegin(), number.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-';
    });
}

class AnswerReader
{
public:
    explicit AnswerReader(const QByteArray& xml)
        : m_xml(xml)
    {
    }

    Result<DuoAnswer> read();

private:
    Status readChild();
    Result<QString> text();
    Error problem(const QString& what) const
    {
        return Error{DuoAnswer::tr("DUO's answer cannot be read (line %1): %2")
                         .arg(m_xml.lineNumber())
                         .arg(what)};
    }

    QXmlStreamReader m_xml;
    DuoAnswer m_answer;
    QString m_outcome;
    QString m_status;
};

Result<QString> AnswerReader::text()
{
    const QString value = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (m_xml.hasError())
        return Error{problem(m_xml.errorString())};
    if (value.size() > kMaxTextLength)
        return Error{
            problem(DuoAnswer::tr("a text is longer than %1 characters").arg(kMaxTextLength))};
    return value.trimmed();
}

Status AnswerReader::readChild()
{
    const QStringView name = m_xml.name();
    if (name == u"fout") {
        if (m_answer.errors.size() >= kMaxErrors)
            return problem(DuoAnswer::tr("more than %1 errors").arg(kMaxErrors));
        const QString field = m_xml.attributes().value(u"veld"_s).toString();
        auto message = text();
        if (!message)
            return Error{message.error()};
        // A field we do not know is shown with the melding as a whole, never dropped.
        const bool known = MeldingFields::find(field) != nullptr;
        const QString shown =
            known || field.isEmpty() ? *message : u"%1: %2"_s.arg(field.left(60), *message);
        m_answer.errors.append({known ? field : QString(), shown});
        return {};
    }
    QString* target = name == u"uitkomst"         ? &m_outcome
                      : name == u"meldingsnummer" ? &m_answer.meldingsnummer
                      : name == u"status"         ? &m_status
                      : name == u"behandelaar"    ? &m_answer.handler
                      : name == u"toelichting"    ? &m_answer.feedback
                                                  : nullptr;
    if (!target) {
        m_xml.skipCurrentElement(); // later versions may add elements
        return m_xml.hasError() ? Status(problem(m_xml.errorString())) : Status();
    }
    auto value = text();
    if (!value)
        return Error{value.error()};
    *target = *value;
    return {};
}

Result<DuoAnswer> AnswerReader::read()
{
    if (!m_xml.readNextStartElement()) {
        return Error{
            problem(m_xml.hasError() ? m_xml.errorString() : DuoAnswer::tr("it holds no element"))};
    }
    if (m_xml.name() != u"antwoord")
        return Error{problem(DuoAnswer::tr("it is not an <antwoord>"))};
    while (m_xml.readNextStartElement()) {
        if (Status child = readChild(); !child)
            return Error{child.error()};
    }
    if (m_xml.hasError())
        return Error{problem(m_xml.errorString())};
    // Nothing may follow the answer (a second document would be a different answer).
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement() || m_xml.hasError())
            return Error{problem(m_xml.hasError() ? m_xml.errorString()
                                                  : DuoAnswer::tr("more than one answer"))};
    }

    const auto outcome = outcomeOf(m_outcome);
    if (!outcome)
        return Error{problem(DuoAnswer::tr("unknown uitkomst '%1'").arg(m_outcome.left(40)))};
    m_answer.outcome = *outcome;
    if (!m_answer.meldingsnummer.isEmpty() && !isPlausibleNumber(m_answer.meldingsnummer))
        return Error{problem(DuoAnswer::tr("'%1' is not a meldingsnummer")
                                 .arg(m_answer.meldingsnummer.left(kMaxNumberLength)))};
    if ((*outcome == DuoAnswer::Outcome::Accepted || *outcome == DuoAnswer::Outcome::Status) &&
        m_answer.meldingsnummer.isEmpty())
        return Error{problem(DuoAnswer::tr("an accepted melding without meldingsnummer"))};
    if (*outcome == DuoAnswer::Outcome::Rejected && m_answer.errors.isEmpty())
        return Error{problem(DuoAnswer::tr("a rejection without a reason"))};
    if (*outcome == DuoAnswer::Outcome::Status) {
        m_answer.status = MeldingStatuses::fromKey(m_status);
        if (!m_answer.status || MeldingStatuses::isDraft(*m_answer.status) ||
            *m_answer.status == MeldingStatus::Ingediend)
            return Error{problem(DuoAnswer::tr("unknown status '%1'").arg(m_status.left(40)))};
    }
    return m_answer;
}

} // namespace

Result<DuoAnswer> DuoAnswer::parse(const QByteArray& xml)
{
    if (xml.size() > kMaxAnswerBytes)
        return Error{tr("DUO's answer cannot be read: it is larger than 1 MB.")};
    // A DTD could declare entities; DUO's answers have no reason to carry one.
    if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY"))
        return Error{tr("DUO's answer cannot be read: it holds a document type declaration.")};
    return AnswerReader(xml).read();
}
