// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invulhulp.h"

#include "exports/HtmlPages.h"
#include "meldingen/MeldingFields.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace {

// The value as the loket shows and expects it.
QString loketValue(const MeldingField& field, const Melding& melding)
{
    const QString value = field.get(melding);
    switch (field.kind) {
    case MeldingField::Kind::Date:
        return value.isEmpty() ? QString() : Dates::toDutch(*Dates::parse(value));
    case MeldingField::Kind::YesNo:
        return value == u"ja"_s ? Invulhulp::tr("Yes") : Invulhulp::tr("No");
    case MeldingField::Kind::Choice:
        for (const auto& [key, label] : field.choices) {
            if (key == value)
                return label;
        }
        return value;
    default:
        return value;
    }
}

// The screen's single-valued fields that hold something, in the loket's order.
QList<Invulhulp::Field> fieldsOn(LoketScreen screen, const Melding& melding)
{
    QList<Invulhulp::Field> fields;
    for (const MeldingField* field : MeldingFields::onScreen(screen)) {
        if (field->kind == MeldingField::Kind::Derived || field->kind == MeldingField::Kind::KeySet)
            continue;
        const QString value = loketValue(*field, melding);
        if (!value.isEmpty())
            fields.append({field->label, value});
    }
    return fields;
}

Invulhulp::Screen leerlingScreen(const Melding& m)
{
    Invulhulp::Screen screen{
        Invulhulp::tr("1. Leerling"),
        Invulhulp::tr("Search the leerling by BSN or onderwijsnummer and check "
                      "the name DUO shows. Look at the open meldingen the "
                      "loket lists first."),
        {{Invulhulp::tr("BSN or onderwijsnummer"), m.pgn},
         {Invulhulp::tr("Name (to check)"), m.leerlingName}}};
    screen.fields += fieldsOn(LoketScreen::Leerling, m);
    int number = 0;
    for (const MeldingContact& c : m.contacts) {
        if (!c.send)
            continue;
        ++number;
        const QString prefix = Invulhulp::tr("Additional contact %1").arg(number);
        for (const auto& [label, value] : {std::pair{Invulhulp::tr("name"), c.name},
                                           std::pair{Invulhulp::tr("relation"), c.relation},
                                           std::pair{Invulhulp::tr("phone"), c.phone},
                                           std::pair{Invulhulp::tr("e-mail"), c.email}}) {
            if (!value.isEmpty())
                screen.fields.append({prefix + u": "_s + label, value});
        }
    }
    return screen;
}

Invulhulp::Screen lesurenScreen(const Melding& m)
{
    Invulhulp::Screen screen{Invulhulp::tr("3. Lesuren"), {}, {}};
    if (m.allLessonsMissed || m.days.isEmpty()) {
        screen.hint = Invulhulp::tr("Choose \"niet van toepassing\".");
        return screen;
    }
    screen.hint = Invulhulp::tr("Per verzuimdag: the whole day, or the number of lesuren.");
    for (const VerzuimDag& day : m.days) {
        screen.fields.append({Dates::toDutch(day.date),
                              day.wholeDay ? Invulhulp::tr("whole day")
                                           : Invulhulp::tr("%n lesuur(en)", nullptr, day.lesuren)});
    }
    return screen;
}

Invulhulp::Screen actiesScreen(const Melding& m)
{
    Invulhulp::Screen screen{Invulhulp::tr("4. Acties school"),
                             Invulhulp::tr("Tick each action the school has taken."),
                             {}};
    for (const QString& action : m.actions)
        screen.fields.append({Invulhulp::tr("Action taken"), MeldingActions::displayName(action)});
    screen.fields += fieldsOn(LoketScreen::Acties, m);
    return screen;
}

// The screens the coordinator types values into, in the loket's order.
QList<Invulhulp::Screen> valueScreens(const Melding& m)
{
    return {leerlingScreen(m),
            {Invulhulp::tr("2. Melding"),
             Invulhulp::tr("Everything in a toelichting can be read by the parent or leerling on "
                           "inzage."),
             fieldsOn(LoketScreen::Melding, m)},
            lesurenScreen(m),
            actiesScreen(m)};
}

QString multiline(const QString& text)
{
    return Html::escaped(text).replace(u'\n', u"<br/>"_s);
}

bool sameField(const Invulhulp::Field& a, const Invulhulp::Field& b)
{
    return a.label == b.label && a.value == b.value;
}

// The fields of `now` that `before` does not hold, each paired with the value it replaces (the
// field of the same label that is gone); then the fields that are gone without a replacement.
// Labels repeat on some screens (each ondernomen actie), so fields are matched one to one.
QList<Invulhulp::Field> changedFields(QList<Invulhulp::Field> before, QList<Invulhulp::Field> now)
{
    for (auto it = now.begin(); it != now.end();) {
        const auto same = std::find_if(before.begin(), before.end(),
                                       [&](const auto& b) { return sameField(b, *it); });
        if (same == before.end()) {
            ++it;
            continue;
        }
        before.erase(same);
        it = now.erase(it);
    }
    QList<Invulhulp::Field> changes;
    for (const Invulhulp::Field& added : std::as_const(now)) {
        const auto replaced = std::find_if(before.begin(), before.end(),
                                           [&](const auto& b) { return b.label == added.label; });
        if (replaced == before.end()) {
            changes.append(added);
            continue;
        }
        changes.append({added.label, added.value, replaced->value});
        before.erase(replaced);
    }
    for (const Invulhulp::Field& removed : std::as_const(before))
        changes.append({removed.label, QString(), removed.value});
    return changes;
}

} // namespace

Invulhulp Invulhulp::ofChange(const Melding& atDuo, const Melding& now)
{
    Invulhulp help{now.id, now.leerlingName, now.pgn, now.duoNumber, {}};
    const QList<Screen> before = valueScreens(atDuo);
    const QList<Screen> after = valueScreens(now);
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QList<Field> changes = changedFields(before[i].fields, after[i].fields);
        if (!changes.isEmpty())
            help.screens.append({after[i].title,
                                 tr("Change these values; \"was\" is what DUO has now. An empty "
                                    "value: clear the field or untick it."),
                                 changes, true});
    }
    if (help.screens.isEmpty())
        return help;
    help.screens.prepend({tr("Find the melding"),
                          tr("Open the melding in the verzuimloket by its meldingsnummer and "
                             "choose Wijzigen."),
                          {{tr("Meldingsnummer"), now.duoNumber}}});
    help.screens.append({tr("Save"),
                         tr("Save the change in the loket, then confirm in Verzuimdesk (Change "
                            "passed on…), so it is not asked for again."),
                         {}});
    return help;
}

Invulhulp Invulhulp::of(const Melding& m)
{
    Invulhulp help{m.id, m.leerlingName, m.pgn, {}, {}};
    help.screens = valueScreens(m);
    QString overview = tr("Check everything once more and save. DUO then shows the "
                          "meldingsnummer: enter it in Verzuimdesk (Registered at DUO…), so the "
                          "melding is followed up and never submitted twice.");
    if (m.verzuimstaatAttached)
        overview += u" "_s + tr("A verzuimstaat is attached: send it to the leerplichtambtenaar "
                                "encrypted, as agreed with the municipality.");
    help.screens.append({tr("5. Overzicht"), overview, {}});
    return help;
}

QString Invulhulp::html(const Invulhulp& help)
{
    QString h = u"<html><body>"_s;
    const bool change = help.isChange();
    h += u"<h2 style=\"margin-bottom: 2px;\">%1</h2>"_s.arg(
        change ? tr("Invulhulp for a change in the verzuimloket")
               : tr("Invulhulp for the verzuimloket"));
    h += u"<p style=\"margin-top: 0;\">%1</p>"_s.arg(Html::escaped(
        tr("Melding %1 · %2 · PGN %3").arg(help.meldingId).arg(help.leerlingName, help.pgn)));
    for (const Screen& screen : help.screens) {
        h += u"<h3>%1</h3>"_s.arg(Html::escaped(screen.title));
        if (!screen.hint.isEmpty())
            h += u"<p><i>%1</i></p>"_s.arg(Html::escaped(screen.hint));
        if (screen.fields.isEmpty())
            continue;
        h += Html::tableStart();
        QStringList header{tr("Field in the loket"), tr("Value")};
        if (screen.changes)
            header.append(tr("Was"));
        h += Html::headerRow(header);
        for (const Field& field : screen.fields) {
            const bool cleared = screen.changes && field.value.isEmpty();
            h += u"<tr><td width=\"38%\">%1</td><td>%2</td>"_s.arg(
                Html::escaped(field.label),
                cleared ? tr("(clear the field)") : multiline(field.value));
            if (screen.changes)
                h += u"<td>%1</td>"_s.arg(field.previous.isEmpty() ? tr("(empty)")
                                                                   : multiline(field.previous));
            h += u"</tr>"_s;
        }
        h += u"</table>"_s;
    }
    if (!change)
        h += u"<p style=\"margin-top: 18px;\">%1 ____________________</p>"_s.arg(
            tr("DUO's meldingsnummer:"));
    return h + u"</body></html>"_s;
}

bool Invulhulp::print(const Invulhulp& help, QPagedPaintDevice& device)
{
    HtmlPages pages(device);
    pages.add(html(help),
              tr("Invulhulp melding %1 · %2").arg(help.meldingId).arg(help.leerlingName));
    return pages.finish();
}

Status Invulhulp::writePdf(const Invulhulp& help, const QString& path, Overwrite overwrite)
{
    auto file = ExportFile::open(path, overwrite);
    if (!file)
        return Error{file.error()};
    {
        QPdfWriter writer(&(*file)->device());
        HtmlPages::setUpPdf(writer, tr("Invulhulp melding %1").arg(help.meldingId));
        if (!print(help, writer))
            return Error{tr("The invulhulp could not be drawn.")};
    }
    return (*file)->commit();
}
