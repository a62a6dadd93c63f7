// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoMessage.h"

#include "meldingen/MeldingFields.h"
#include "util/Dates.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kNamespace = u"urn:verzuimdesk:verzuimmelding:loket-1";

void writeIfSet(QXmlStreamWriter& xml, const QString& element, const QString& value)
{
    if (!value.isEmpty())
        xml.writeTextElement(element, value);
}

// The screen's fields that carry one value; lists are written by their own element.
void writeFields(QXmlStreamWriter& xml, const Melding& melding, LoketScreen screen)
{
    for (const MeldingField* field : MeldingFields::onScreen(screen)) {
        if (field->kind != MeldingField::Kind::Derived && field->kind != MeldingField::Kind::KeySet)
            writeIfSet(xml, field->key, field->get(melding));
    }
}

void writeLeerling(QXmlStreamWriter& xml, const Melding& melding)
{
    xml.writeStartElement(u"leerling"_s);
    xml.writeTextElement(u"pgn"_s, melding.pgn);
    writeFields(xml, melding, LoketScreen::Leerling);
    for (const MeldingContact& contact : melding.contacts) {
        if (!contact.send)
            continue;
        xml.writeStartElement(u"contactpersoon"_s);
        writeIfSet(xml, u"naam"_s, contact.name);
        writeIfSet(xml, u"relatie"_s, contact.relation);
        writeIfSet(xml, u"telefoon"_s, contact.phone);
        writeIfSet(xml, u"email"_s, contact.email);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeLesuren(QXmlStreamWriter& xml, const Melding& melding)
{
    // The loket allows no lesuren when every lesson was missed.
    if (melding.allLessonsMissed || melding.days.isEmpty())
        return;
    xml.writeStartElement(u"lesuren"_s);
    for (const VerzuimDag& day : melding.days) {
        xml.writeStartElement(u"verzuimdag"_s);
        xml.writeAttribute(u"datum"_s, Dates::toIso(day.date));
        if (day.wholeDay)
            xml.writeAttribute(u"hele_dag"_s, u"ja"_s);
        else
            xml.writeAttribute(u"lesuren"_s, QString::number(day.lesuren));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeActies(QXmlStreamWriter& xml, const Melding& melding)
{
    xml.writeStartElement(u"acties"_s);
    for (const QString& action : melding.actions)
        xml.writeTextElement(u"actie"_s, action);
    writeFields(xml, melding, LoketScreen::Acties);
    xml.writeEndElement();
}

} // namespace

namespace DuoMessage {

QByteArray build(const Melding& melding, const QString& idempotencyKey)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromUtf16(kNamespace));
    xml.writeStartElement(u"verzuimmelding"_s);
    xml.writeTextElement(u"berichtsleutel"_s, idempotencyKey);
    writeLeerling(xml, melding);
    xml.writeStartElement(u"melding"_s);
    writeFields(xml, melding, LoketScreen::Melding);
    xml.writeEndElement();
    writeLesuren(xml, melding);
    writeActies(xml, melding);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace DuoMessage
