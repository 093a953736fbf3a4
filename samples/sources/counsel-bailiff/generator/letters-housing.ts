/** Housing companies' own letters: reminders with an account extract, and terminations. */
import { MM } from './builder.js';
import type { Ctx } from './ctx.js';
import { landlordOf } from './ctx.js';
import { addressField, foldMarks, footerColumns, infoBlock } from './letter.js';
import { fmtDate, fmtMoney, endOfMonth, addDays, MONTHS, pickMoneyStyle } from './format.js';
import { titled, streetLine, cityLine, pickAddrStyle, tenantTruth, flatTruth } from './parties.js';
import { emptyTruth, type Rendered } from './model.js';

interface House { name: string[]; street: string; postal: string; city: string; phone: string; footer: string[][]; font: 'sans' | 'cond' | 'serif'; bold: 'sansB' | 'condB' | 'serifB'; office: string }

const HOUSES: Record<string, House> = {
  leppetal: { name: ['Leppetal Wohnen eG', 'Wohnungsgenossenschaft seit 1949'], street: 'Leppestraße 40', postal: '51766', city: 'Engelskirchen', phone: '02263 9621-0', font: 'sans', bold: 'sansB', office: 'Geschäftsstelle Engelskirchen',
    footer: [['Leppetal Wohnen eG', 'Leppestraße 40 · 51766 Engelskirchen', 'Genossenschaftsregister AG Köln GnR 417'], ['Vorstand: Ulrike Dreibholz, Hans Kürten', 'Aufsichtsrat: Peter Mönnighoff (Vors.)'], ['Sparkasse Gummersbach', 'IBAN DE27 3845 0000 0000 7712 03', 'BIC WELADED1GMB']] },
  nordstern: { name: ['NORDSTERN WOHNEN', 'Nordstern Wohnen GmbH'], street: 'Spaldingstraße 210', postal: '20097', city: 'Hamburg', phone: '040 3344 880-0', font: 'cond', bold: 'condB', office: 'Kundencenter Forderungsmanagement',
    footer: [['Nordstern Wohnen GmbH · Sitz Hamburg', 'Amtsgericht Hamburg HRB 190 442', 'Geschäftsführer: Dr. Malte Iversen, Sina Carstensen'], ['Service-Hotline 040 3344 880-0', 'Mo–Fr 8–18 Uhr', 'service@nordstern-wohnen.example'], ['Hamburger Sparkasse', 'IBAN DE12 2005 0550 1288 4410 77']] },
};

function head(c: Ctx, date: string, hs: House, as: ReturnType<typeof pickAddrStyle>, contract: string): void {
  const { b, h, rng } = c;
  if (hs.font === 'cond') {
    b.rect(0, 0, 595.28, 9 * MM, { fill: '#222222' });
    b.font('condB', 18);
    b.text(b.left, 14 * MM, hs.name[0] ?? '');
    b.font('cond', 8);
    b.text(b.left, 14 * MM + 21, `${hs.name[1]} · ${hs.office}`);
  } else {
    b.font('sansB', 15);
    b.text(b.left, 14 * MM, hs.name[0] ?? '', { width: b.width, align: 'right' });
    b.font('sansI', 8.5);
    b.text(b.left, 14 * MM + 18, hs.name[1] ?? '', { width: b.width, align: 'right' });
  }
  foldMarks(b);
  const rec = [...h.tenants.map((p) => titled(p, true)), ...(h.flat.addition ? [h.flat.addition] : []), streetLine(h.flat, as), cityLine(h.flat)];
  addressField(b, `${hs.name[hs.font === 'cond' ? 1 : 0]} · ${hs.street} · ${hs.postal} ${hs.city}`, rec, { font: hs.font, size: 10.5 });
  infoBlock(b, [['Vertragsnummer', contract], ['Objekt', `${h.flat.city}`], ['Ansprechpartner/in', rng.pick(['Frau Lindemann', 'Herr Özkan', 'Frau Wiegand', 'Herr Pfeiffer'])], ['Telefon', hs.phone], ['Datum', fmtDate(date)]], { y: 50, valueDx: 33 * MM, size: 8.5, labelFont: hs.font, valueFont: hs.font });
  b.y = 100 * MM;
  b.font(hs.font, 10.5);
}

function foot(c: Ctx, hs: House, start: number): void {
  c.b.forEachPage((i) => { if (i >= start) footerColumns(c.b, i, hs.footer, { size: 6.5, y: 278 * MM, font: hs.font }); });
}

export function housingReminder(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const hs = HOUSES[h.landlordKey];
  if (!hs) throw new Error('no housing company');
  const l = landlordOf(h);
  const as = pickAddrStyle(rng);
  const ms = pickMoneyStyle(rng);
  const contract = `${rng.int(100, 999)}.${rng.int(10, 99)}.${rng.int(1000, 9999)}`;
  head(c, s.reminder, hs, as, contract);
  b.font(hs.bold, 11);
  const level = rng.pick(['Zahlungserinnerung', '1. Mahnung', '2. Mahnung', 'Letzte Mahnung vor Kündigung']);
  b.line(`${level} – Mietkonto ${contract}`, { gap: 1 });
  b.font(hs.font, 10);
  b.line(`Wohnung: ${streetLine(h.flat, as)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${cityLine(h.flat)}`, { gap: 8 });
  b.font(hs.font, 10.5);
  b.line(h.tenants.length > 1 ? 'Sehr geehrte Mieterinnen und Mieter,' : `Sehr geehrte${h.tenants[0]?.gender === 'm' ? 'r Herr' : ' Frau'} ${h.tenants[0]?.family},`, { gap: 4 });
  b.para('bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass Ihr Mietkonto folgende offene Posten aufweist:', { gap: 6 });
  // account extract: months with due, paid, open
  const m = Number(s.reminder.slice(5, 7)) - 1;
  const nFull = Math.floor(s.reminderArrears / h.rent);
  const rem = s.reminderArrears - nFull * h.rent;
  const lines: [string, number, number][] = [];
  const total = nFull + (rem > 0 ? 1 : 0);
  for (let i = 0; i < total; i++) {
    const mo = (m - total + 1 + i + 24) % 12;
    const partial = rem > 0 && i === 0;
    lines.push([`Miete ${MONTHS[mo]}`, h.rent, partial ? h.rent - rem : 0]);
  }
  const cols = [b.left, b.left + 70 * MM, b.left + 105 * MM, b.left + 140 * MM];
  b.font(hs.bold, 9.5);
  ['Buchungstext', 'Soll', 'Gezahlt', 'Offen'].forEach((x, i) => b.text((cols[i] ?? 0) + (i ? 0 : 0), b.y, x, { record: false, width: i ? 25 * MM : undefined, align: i ? 'right' : undefined }));
  b.record('Buchungstext Soll Gezahlt Offen');
  b.y += b.lh;
  b.rule(b.left, b.y - 2, b.left + 165 * MM, b.y - 2, 0.6);
  b.font(hs.font, 9.5);
  let sum = 0;
  for (const [label, due, paid] of lines) {
    const open = due - paid;
    sum += open;
    const cells = [label, fmtMoney(due, ms), fmtMoney(Math.max(0, paid), ms), fmtMoney(open, ms)];
    cells.forEach((x, i) => b.text(cols[i] ?? 0, b.y, x, { record: false, width: i ? 25 * MM : undefined, align: i ? 'right' : undefined }));
    b.record(cells.join(' '));
    b.y += b.lh;
  }
  b.rule(b.left, b.y - 2, b.left + 165 * MM, b.y - 2, 0.6);
  b.font(hs.bold, 9.5);
  b.text(cols[0] ?? 0, b.y, 'Gesamtrückstand', { record: false });
  b.text(cols[3] ?? 0, b.y, fmtMoney(sum, ms), { record: false, width: 25 * MM, align: 'right' });
  b.record(`Gesamtrückstand ${fmtMoney(sum, ms)}`);
  b.y += b.lh + 8;
  b.font(hs.font, 10.5);
  const fee = rng.chance(0.6) ? rng.pick([250, 500, 750]) : 0;
  b.para(`Bitte überweisen Sie den offenen Betrag${fee ? ` zuzüglich Mahngebühren von ${fmtMoney(fee, ms)}` : ''} bis zum ${fmtDate(addDays(s.reminder, 10))} auf unser unten genanntes Konto. Ihre monatliche Miete beträgt derzeit ${fmtMoney(h.rent, ms)}.`, { justify: true, gap: 6 });
  b.para('Bitte beachten Sie: Gerät ein Mieter mit einem Betrag in Verzug, der zwei Monatsmieten erreicht, sind wir zur fristlosen Kündigung berechtigt. Bei finanziellen Schwierigkeiten sprechen Sie uns bitte an – gemeinsam finden wir oft eine Lösung (z. B. Ratenzahlung). Unsere Sozialberatung erreichen Sie unter der oben genannten Nummer.', { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 4 });
  b.line(hs.name[hs.font === 'cond' ? 1 : 0] ?? '');
  b.font(hs.font, 8);
  b.line('Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.');
  foot(c, hs, start);
  const t = emptyTruth();
  Object.assign(t, { tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, h.flat.addition !== null), landlord: l.name, monthlyRent: h.rent, arrears: s.reminderArrears });
  return { fields: t, sender: h.landlordKey === 'leppetal' ? 'leppetal' : 'nordstern', layout: `${h.landlordKey}-reminder-account` };
}

export function housingTermination(c: Ctx): Rendered {
  const { b, h, rng } = c;
  const s = h.story;
  const start = b.pageIndex;
  const hs = HOUSES[h.landlordKey];
  if (!hs) throw new Error('no housing company');
  const l = landlordOf(h);
  const as = pickAddrStyle(rng);
  const ms = pickMoneyStyle(rng);
  const contract = `${rng.int(100, 999)}.${rng.int(10, 99)}.${rng.int(1000, 9999)}`;
  head(c, s.termination, hs, as, contract);
  b.font(hs.bold, 11);
  b.line(s.ordinary ? 'Außerordentliche fristlose Kündigung, hilfsweise ordentliche Kündigung' : 'Außerordentliche fristlose Kündigung wegen Zahlungsverzugs', { gap: 1 });
  b.font(hs.font, 10);
  b.line(`Mietvertrag Nr. ${contract} – ${streetLine(h.flat, as)}, ${cityLine(h.flat)}`, { gap: 8 });
  b.font(hs.font, 10.5);
  b.line(h.tenants.length > 1 ? 'Sehr geehrte Damen und Herren,' : `Sehr geehrte${h.tenants[0]?.gender === 'm' ? 'r Herr' : ' Frau'} ${h.tenants[0]?.family},`, { gap: 4 });
  b.para(`trotz unserer Mahnung vom ${fmtDate(s.reminder)} ist Ihr Mietkonto nicht ausgeglichen. Zum heutigen Tag besteht ein Rückstand in Höhe von ${fmtMoney(s.terminationArrears, ms)}. Dies entspricht mehr als zwei Monatsmieten zu je ${fmtMoney(h.rent, ms)}.`, { justify: true, gap: 6 });
  b.para('Wir kündigen daher das Mietverhältnis über die oben genannte Wohnung außerordentlich und fristlos gemäß § 543 Abs. 2 Nr. 3 BGB i. V. m. § 569 Abs. 3 BGB.', { justify: true, gap: 6 });
  if (s.ordinary) b.para(`Vorsorglich und hilfsweise kündigen wir das Mietverhältnis zugleich ordentlich unter Einhaltung der gesetzlichen Kündigungsfrist zum ${fmtDate(endOfMonth(s.termination, rng.int(3, 9)))}.`, { justify: true, gap: 6 });
  b.para(`Bitte geben Sie die Wohnung bis zum ${fmtDate(addDays(s.termination, rng.int(10, 20)))} geräumt und besenrein zurück. Den Termin zur Wohnungsabnahme vereinbaren Sie bitte mit unserem Hausmeisterservice. Einer Fortsetzung des Gebrauchs widersprechen wir ausdrücklich (§ 545 BGB).`, { justify: true, gap: 6 });
  b.para('Zahlen Sie den gesamten Rückstand oder verpflichtet sich eine öffentliche Stelle (Jobcenter, Sozialamt) zur Übernahme, kann die fristlose Kündigung unter den Voraussetzungen des § 569 Abs. 3 Nr. 2 BGB unwirksam werden.', { justify: true, gap: 10 });
  b.line('Mit freundlichen Grüßen', { gap: 18 });
  b.line(rng.pick(['i. A. Lindemann', 'i. A. Özkan', 'ppa. Wiegand', 'i. V. Pfeiffer']));
  b.line(hs.office);
  foot(c, hs, start);
  const t = emptyTruth();
  Object.assign(t, { tenants: tenantTruth(h.tenants, false), address: flatTruth(h.flat, h.flat.addition !== null), landlord: l.name, monthlyRent: h.rent, arrears: s.terminationArrears, ordinaryTermination: s.ordinary });
  return { fields: t, sender: h.landlordKey === 'leppetal' ? 'leppetal' : 'nordstern', layout: `${h.landlordKey}-termination` };
}
