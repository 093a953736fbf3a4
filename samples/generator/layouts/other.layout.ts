/** Documents of type "other": landlord's termination, statement of arrears, payment demand. */
import { addDays, formatDate, nextWorkday } from '../german-format.js';
import { date, flatLines, money, titled } from '../surface.js';
import { say, type LayoutContext } from './layout.types.js';

function landlordHead(ctx: LayoutContext, letterDate: string): void {
  const { b, c, rng } = ctx;
  const l = c.landlord;
  b.line(`${l.title ? `${l.title} ` : ''}${l.name}`, { font: b.theme.bold, size: b.theme.size + 2 });
  b.line(`${l.street} · ${l.postal} ${l.city}`, { size: b.theme.size - 1 });
  b.y = 45;
  b.line(`${l.name} · ${l.street} · ${l.postal} ${l.city}`, { size: 6.5 });
  b.gap(2);
  const names = c.tenants.map((p) => titled(p));
  for (const n of names) b.line(n);
  for (const line of flatLines(c)) b.line(line);
  b.at(125, 60, `${say(rng, 'Datum', 'Ort, Datum')}: ${date(c, letterDate, 'numeric')}`);
  b.at(125, 66, `Mieternummer: ${rng.int(1000, 9999)}-${rng.int(10, 99)}`);
  b.gap(14);
}

export function otherDocument(ctx: LayoutContext): void {
  const { b, c, rng, layout } = ctx;
  const letterDate = nextWorkday(addDays(c.claimReceived, -rng.int(20, 45)));
  landlordHead(ctx, letterDate);
  const salutation = c.tenants.map((p) => `${p.title === 'Frau' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${p.family}`).join(', ');
  if (layout === 'prose') {
    b.line(say(rng, 'Fristlose Kündigung des Mietverhältnisses', 'Kündigung wegen Zahlungsverzugs'), { font: b.theme.bold });
    b.gap(3);
    b.para(`${salutation},`);
    b.gap(2);
    b.para(`Sie sind mit der Zahlung der Miete in Höhe von monatlich ${money(c, c.monthlyRent)} in Verzug. Der Rückstand beträgt inzwischen ${money(c, c.arrears)}.`);
    b.para(`Hiermit kündige ich das Mietverhältnis über die Wohnung ${flatLines(c).join(', ')} fristlos gemäß § 543 Abs. 2 Nr. 3 BGB.`);
    if (c.ordinaryTermination) b.para('Hilfsweise kündige ich das Mietverhältnis ordentlich zum nächstzulässigen Termin (§ 573 Abs. 2 Nr. 1 BGB).');
    b.para('Ich fordere Sie auf, die Wohnung innerhalb von zwei Wochen geräumt herauszugeben. Einer stillschweigenden Verlängerung nach § 545 BGB widerspreche ich.');
  } else if (layout === 'table') {
    b.line(say(rng, 'Mietkontoauszug – Aufstellung der Rückstände', 'Kontoauszug Mietkonto'), { font: b.theme.bold });
    b.gap(3);
    b.para(`${salutation}, nachstehend die Aufstellung Ihres Mietkontos (monatliche Miete ${money(c, c.monthlyRent)}):`);
    b.gap(2);
    const widths = [45, 40, 40, 40];
    b.gridRow(['Monat', 'Soll', 'Ist', 'offen'], widths, { first: true, font: b.theme.bold });
    const months = Math.max(1, Math.round(c.arrears / c.monthlyRent));
    let remaining = c.arrears;
    for (let i = 0; i < months; i++) {
      const open = i === months - 1 ? remaining : Math.min(c.monthlyRent, remaining);
      remaining -= open;
      const monthIso = addDays(letterDate, -30 * (months - 1 - i));
      b.gridRow([formatDate(monthIso, 'numeric').slice(3), money(c, c.monthlyRent), money(c, c.monthlyRent - Math.min(open, c.monthlyRent)), money(c, open)], widths);
    }
    b.gridRow(['Summe Rückstand', '', '', money(c, c.arrears)], widths, { font: b.theme.bold });
    b.gap(3);
    b.para(c.ordinaryTermination ? 'Wir verweisen auf unsere Kündigung, die hilfsweise auch als ordentliche Kündigung ausgesprochen wurde.' : 'Bitte gleichen Sie den Rückstand umgehend aus.');
  } else {
    b.line(say(rng, 'Zahlungsaufforderung / Mahnung', 'Letzte Mahnung vor Kündigung'), { font: b.theme.bold });
    b.gap(3);
    b.labelled('Mietobjekt:', flatLines(c));
    b.labelled('Monatliche Miete:', [money(c, c.monthlyRent)]);
    b.labelled('Offener Betrag:', [money(c, c.arrears)]);
    b.labelled('Zahlbar bis:', [date(c, addDays(letterDate, 14), 'numeric')]);
    b.gap(3);
    b.para(c.ordinaryTermination ? 'Die bereits ausgesprochene Kündigung gilt hilfsweise auch als ordentliche Kündigung.' : 'Sollte der Betrag nicht fristgerecht eingehen, werden wir das Mietverhältnis kündigen.');
  }
  b.gap(8);
  b.line('Mit freundlichen Grüßen');
  b.gap(6);
  b.line(c.landlord.name);
}
