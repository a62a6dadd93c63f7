// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerzuimstaatPdf.h"

#include "util/Dates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString& text)
{
    return Html::escaped(text);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == int(value) ? 0 : 1);
}

QString cell(const QString& text, bool right = false)
{
    return right ? u"<td align=\"right\">%1</td>"_s.arg(text) : u"<td>%1</td>"_s.arg(text);
}

} // namespace

VerzuimstaatPdf::VerzuimstaatPdf(QIODevice& device)
    : m_writer(&device)
    , m_pages(m_writer)
{
    HtmlPages::setUpPdf(m_writer, VerzuimstaatPages::tr("Verzuimstaat"));
}

VerzuimstaatPages::VerzuimstaatPages(QPagedPaintDevice& device)
    : m_pages(device)
{
}

QString VerzuimstaatPages::html(const Verzuimstaat& s)
{
    const QLocale locale;
    const QString unit = s.inLesuren ? tr("lesuren") : tr("hours");
    QString h = u"<html><body>"_s;
    h += u"<h2 style=\"margin-bottom: 2px;\">%1</h2>"_s.arg(tr("Verzuimstaat"));
    h += u"<p style=\"margin-top: 0;\">%1 (%2)%3</p>"_s.arg(
        esc(s.schoolName), esc(s.instellingscode),
        s.locatie.isEmpty() ? QString() : u" · "_s + esc(s.locatie));

    h += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    const auto field = [&h](const QString& label, const QString& value) {
        h += u"<tr><td width=\"160\"><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), value);
    };
    field(tr("Leerling"), esc(s.leerlingName));
    field(tr("PGN"), esc(s.pgn));
    field(tr("Date of birth"), Dates::toDutch(s.birthDate));
    QStringList group{s.klas, s.opleiding};
    group.removeAll(QString());
    field(tr("Class / opleiding"), esc(group.join(u" / "_s)));
    field(tr("Period"), tr("%1 to %2").arg(Dates::toDutch(s.from), Dates::toDutch(s.to)));
    field(tr("Melding"), s.meldingNumber.isEmpty()
                             ? tr("not (yet) registered at DUO")
                             : tr("meldingsnummer %1").arg(esc(s.meldingNumber)));
    field(tr("Geoorloofd verzuim"),
          s.includesAuthorised
              ? tr("<b>included at the school's explicit request</b> (ziek, verlof, schorsing)")
              : tr("not included (ziek, verlof and schorsing are left out by default)"));
    h += u"</table>"_s;

    h += u"<h3>%1</h3>"_s.arg(tr("Recorded absence per lesdag"));
    if (s.rows.isEmpty()) {
        h += u"<p>%1</p>"_s.arg(tr("No absence recorded in this period."));
    } else {
        h += Html::tableStart();
        h += Html::headerRow({tr("Date"), tr("Day"), tr("Code"), tr("Meaning"), tr("Whole day"),
                              tr("Lesuren"), tr("Minutes"), tr("Counts")});
        for (const Verzuimstaat::Row& r : s.rows) {
            h += u"<tr>"_s + cell(Dates::toDutch(r.date)) +
                 cell(locale.dayName(r.date.dayOfWeek(), QLocale::ShortFormat)) +
                 cell(esc(r.code)) + cell(esc(r.meaning)) +
                 cell(r.wholeDay ? tr("yes") : QString()) + cell(QString::number(r.lesuren), true) +
                 cell(QString::number(r.minutes), true) + cell(r.counted ? tr("yes") : tr("no")) +
                 u"</tr>"_s;
        }
        h += u"</table>"_s;
    }

    h += u"<h3>%1</h3>"_s.arg(tr("Totals per soort"));
    h += Html::tableStart();
    h += Html::headerRow(
        {tr("Soort"), tr("Geoorloofd"), tr("Records"), tr("Lesuren"), tr("Minutes")});
    for (const Verzuimstaat::KindTotal& t : s.totals) {
        h += u"<tr>"_s + cell(esc(AbsenceKinds::displayName(t.kind))) +
             cell(t.authorised ? tr("yes") : tr("no")) + cell(QString::number(t.records), true) +
             cell(QString::number(t.lesuren), true) + cell(QString::number(t.minutes), true) +
             u"</tr>"_s;
    }
    h += u"</table>"_s;
    h += u"<p><b>%1</b></p>"_s.arg(
        tr("Counted verzuim in the period: %1 %2.").arg(number(s.countedHours), unit));

    h += u"<h3>%1</h3>"_s.arg(tr("Per lesweek, with the 16-hour count"));
    h += u"<p>%1</p>"_s.arg(
        tr("The 16-hour count is the counted verzuim in the 4 lesweken ending with that week "
           "(art. 21a Leerplichtwet); it is reached at %1 %2. Weeks without counted verzuim in "
           "their 4 lesweken are not listed.")
            .arg(number(s.threshold), unit));
    h += Html::tableStart();
    h += Html::headerRow({tr("Week"), tr("From"), tr("Counted this week"), tr("4 lesweken"),
                          tr("16 hours reached")});
    for (const Verzuimstaat::Week& w : s.weeks) {
        const QString reached = w.thresholdReached ? u"<b>%1</b>"_s.arg(tr("reached")) : QString();
        h += (w.thresholdReached ? u"<tr bgcolor=\"#fde0e0\">"_s : u"<tr>"_s) +
             cell(QString::number(w.isoWeek)) + cell(Dates::toDutch(w.monday)) +
             cell(number(w.hours), true) + cell(number(w.fourWeekHours), true) + cell(reached) +
             u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<p style=\"margin-top: 24px;\">%1</p>"_s.arg(
        tr("Printed on %1.").arg(Dates::toDutch(s.printedOn)));
    h += u"<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr>"
         "<td width=\"50%\">%1<br/><br/>______________________________</td>"
         "<td width=\"50%\">%2<br/><br/>______________________________</td>"
         "</tr></table>"_s.arg(tr("Name of the verzuimcoördinator"), tr("Signature"));
    return h + u"</body></html>"_s;
}

void VerzuimstaatPages::add(const Verzuimstaat& staat)
{
    m_pages.add(html(staat), tr("Verzuimstaat %1 · PGN %2 · %3 to %4")
                                 .arg(staat.leerlingName, staat.pgn, Dates::toDutch(staat.from),
                                      Dates::toDutch(staat.to)));
}

bool VerzuimstaatPages::finish()
{
    return m_pages.finish();
}
