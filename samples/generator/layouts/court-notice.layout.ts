/** Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII (MiZi IV/1) in three court styles. */
import { birth, date, titled, flatInline, flatLines, hearingText, landlordInline, lawyerInline, money, tenantLines, tenantsInline } from '../surface.js';
import { courtFooter, courtHead, letterDateInfo, signature } from './letterhead.js';
import { say, type LayoutContext } from './layout.types.js';
import { CLERKS } from '../pools.js';

function heading(ctx: LayoutContext): void {
  const { b, rng } = ctx;
  const title = say(rng, 'Mitteilung in Zivilsachen', 'Mitteilung über den Eingang einer Räumungsklage', 'Räumungsrechtsstreit – Mitteilung an den Träger der Grundsicherung');
  b.para(title, { font: b.theme.bold, size: b.theme.size + 1.5 });
  b.line(say(rng, 'gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', 'nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII (MiZi IV/1)', 'gem. § 22 Abs. 5 SGB II / § 34 SGB XII a. F.', 'Mitteilung nach § 22 Abs. 6 SGB II, § 34 Abs. 2 SGB XII (Räumungsklage nach § 543 BGB)'), { size: b.theme.size - 1 });
  b.gap(4);
}

function rows(ctx: LayoutContext): [string, string[]][] {
  const { c, rng } = ctx;
  const out: [string, string[]][] = [];
  out.push([say(rng, 'Tag des Eingangs der Klage', 'Eingang der Klage', 'Klage eingegangen am', 'Datum des Klageeingangs'), [date(c, c.claimReceived)]]);
  out.push([say(rng, 'Klagende Partei (Vermieter/in)', 'Kläger/in', 'Klägerseite'), [landlordInline(c)]]);
  const lawyer = lawyerInline(c);
  if (lawyer) out.push([say(rng, 'Prozessbevollmächtigte', 'vertreten durch', 'Prozessbevollm. der Klägerseite'), [lawyer]]);
  if (c.tenants.length === 2 && rng.chance(0.4)) {
    // "Beklagte zu 1." / "Beklagter zu 2)": one row per defendant, without numbering in the value.
    c.tenants.forEach((p, i) => {
      const label = `${p.title === 'Frau' ? 'Beklagte' : 'Beklagter'} zu ${i + 1}${rng.chance(0.5) ? '.' : ')'}`;
      out.push([label, [`${titled(p, c.style.familyFirst)}${birth(c, p)}`]]);
    });
  } else out.push([say(rng, 'Beklagte Partei (Mieter/in)', 'Beklagte', 'Beklagte/r (Mieter)'), tenantLines(c)]);
  out.push([say(rng, 'Anschrift der Wohnung', 'Lage der Wohnung', 'Räumung der Wohnung'), rng.chance(0.5) ? [flatInline(c)] : flatLines(c)]);
  out.push([say(rng, 'Höhe der monatlichen Miete', 'Monatliche Miete', 'Miete monatlich'), [money(c, c.monthlyRent)]]);
  out.push([say(rng, 'Mietrückstand und Nutzungsentschädigung', 'Höhe des Mietrückstandes', 'Rückstand (Miete/Nutzungsentschädigung)'), [money(c, c.arrears)]]);
  out.push([say(rng, 'Termin zur mündlichen Verhandlung', 'Verhandlungstermin', 'Mündliche Verhandlung'), [hearingText(c)]]);
  out.push([say(rng, 'Zustellung der Klage', 'Rechtshängigkeit'), [c.claimServed ? `am ${date(c, c.claimServed)}` : 'noch nicht erfolgt']]);
  return out;
}

export function courtNotice(ctx: LayoutContext): void {
  const { b, c, rng, layout } = ctx;
  const fileLabel = say(rng, 'Aktenzeichen', 'Geschäftsnummer', 'Geschäfts-Nr.', 'Az.');
  courtHead(ctx, [[fileLabel, c.fileNumberPrinted], letterDateInfo(ctx), ['Durchwahl', `0${rng.int(2191, 2297)} ${rng.int(100, 999)}-${rng.int(10, 99)}`]]);
  heading(ctx);
  if (layout === 'labelled') {
    b.para(say(rng, 'In dem nachstehend bezeichneten Rechtsstreit wird mitgeteilt:', 'Es wird Folgendes mitgeteilt:'));
    b.gap(2);
    for (const [label, values] of rows(ctx)) b.labelled(`${label}:`, values);
  } else if (layout === 'table') {
    b.line(`${say(rng, 'Geschäftsnummer', 'Aktenzeichen')} ${c.fileNumberPrinted}`, { font: b.theme.bold });
    b.gap(2);
    rows(ctx).forEach(([label, values], i) => b.tableRow(label, values, b.theme.tab, { first: i === 0, labelFont: b.theme.bold }));
  } else {
    b.para('Sehr geehrte Damen und Herren,');
    b.gap(2);
    const lawyer = lawyerInline(c);
    b.para(
      `gemäß § 22 Abs. 9 SGB II teilen wir mit, dass am ${date(c, c.claimReceived)} eine Klage ${c.landlord.title ? `von ${c.landlord.title} ` : 'der '}${c.landlord.name}, ${c.landlord.street}, ${c.landlord.postal} ${c.landlord.city}` +
        `${lawyer ? `, ${say(rng, 'vertreten durch', 'Prozessbevollmächtigte:')} ${lawyer},` : ''} gegen ${tenantsInline(c)}, ${say(rng, 'wohnhaft', 'wohnhaft in')} ${flatInline(c)}, auf Räumung und Herausgabe der Wohnung ${say(rng, 'eingegangen ist', 'bei Gericht eingegangen ist')}.`,
    );
    b.gap(2);
    b.para(`Die monatliche Miete beträgt ${money(c, c.monthlyRent)}. Der geltend gemachte Mietrückstand einschließlich Nutzungsentschädigung beläuft sich auf ${money(c, c.arrears)}.`);
    b.gap(2);
    b.para(c.hearing ? `Termin zur mündlichen Verhandlung ist bestimmt auf ${hearingText(c)}.` : 'Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt.');
    if (c.claimServed) b.para(`Die Klage wurde den Beklagten am ${date(c, c.claimServed)} zugestellt.`);
    b.gap(2);
    b.para('Diese Mitteilung ergeht, damit der Träger der Grundsicherung prüfen kann, ob eine Übernahme der Mietschulden in Betracht kommt.');
  }
  signature(ctx, rng.pick(CLERKS));
  courtFooter(ctx);
}
