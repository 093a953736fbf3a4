/** Landlord, management, law-firm and authority letters (type "other"), and the cover letters of forwarded post. */
import { Ctx, addressField, fachstelleRecipient, infoBlock, pageNumber, MONEY_STYLES, CLERKS } from './common.js';
import { MM, PAGE_W, Sheet, measure } from './sheet.js';
import { MONTHS, addDays, endOfMonth, workday } from './fmt.js';
import { FACHSTELLE, type Authority } from './data.js';
import type { DocPlan } from './world.js';
import { Rng } from './rng.js';
import { fmtDate } from './fmt.js';

const STAFF = ['Frau Köhler', 'Herr Dietrich', 'Frau Nitsche', 'Herr Rabe', 'Frau Scholz-Wendt', 'Herr Anders', 'Frau Baumgärtel', 'Herr Querner'] as const;

type Sender = { head: string[]; street: string; plz: string; town: string; phone: string; onBehalf: string | null; sign: string };

function landlordSender(x: Ctx, allowLawyer: boolean): Sender {
  const c = x.c, l = c.landlord;
  if (allowLawyer && c.lawyer && x.rng.chance(0.4)) {
    const f = c.lawyer;
    return { head: [...f.lines], street: f.street, plz: f.plz, town: f.town, phone: f.phone, onBehalf: `namens und in Vollmacht ${l.kind === 'privat' ? 'unseres Mandanten / unserer Mandantin' : 'unserer Mandantschaft'}, ${l.name}, ${l.street}, ${l.plz} ${l.town}`, sign: `${f.name.replace(/^(Rechtsanwälte|Kanzlei|Anwaltskanzlei) /, '')}, Rechtsanwalt/Rechtsanwältin` };
  }
  if (c.manager) {
    const m = c.manager;
    return { head: [m.name], street: m.street, plz: m.plz, town: m.town, phone: m.phone, onBehalf: `im Auftrag und in Vollmacht der Eigentümerseite (${l.name})`, sign: `${m.name}` };
  }
  return { head: [l.name], street: l.street, plz: l.plz, town: l.town, phone: l.phone, onBehalf: null, sign: l.kind === 'wg' ? `${l.name}, Der Vorstand` : l.name };
}

function letterHead(x: Ctx, snd: Sender, style: number): void {
  const s = x.s;
  if (style === 0) {
    s.text(s.left, 14 * MM, snd.head[0] ?? '', { size: 14, font: s.style.b });
    snd.head.slice(1).forEach((h, i) => s.text(s.left, 14 * MM + 18 + i * 11, h, { size: 9 }));
  } else if (style === 1) {
    const bw = Math.max(150, ...snd.head.map((h, i) => measure(h, i === 0 ? s.style.b : s.style.r, i === 0 ? 9.5 : 8.5) + 12));
    s.box(s.right - bw, 12 * MM, bw, 16 + snd.head.length * 12, 1.2);
    snd.head.forEach((h, i) => s.text(s.right - bw + 6, 12 * MM + 8 + i * 12, h, { size: i === 0 ? 9.5 : 8.5, font: i === 0 ? s.style.b : s.style.r }));
  } else {
    s.text(PAGE_W / 2 - 150, 13 * MM, snd.head.join(' · '), { size: 11, font: s.style.b, align: 'center', w: 300 });
    s.rule(s.left, 13 * MM + 16, s.right, 13 * MM + 16, 1);
  }
}
function tenantRecipient(x: Ctx, withAdd: boolean): { lines: string[] } {
  const t = x.hh.tenants;
  let names = t.length === 2 && t[0]?.surname === t[1]?.surname ? [`${t[0]?.female ? 'Frau' : 'Herrn'} ${t[0]?.given} und ${t[1]?.female ? 'Frau' : 'Herrn'} ${t[1]?.given} ${t[0]?.surname}`] : t.map((p) => x.name(p, 'salAcc'));
  if (names.length > 3) names = [`${names[0]}, ${names[1]}`, `${names[2]}, ${names[3]}`];
  const lines = [...names, x.streetLine(false)];
  if (withAdd && x.addition) lines.push(x.addition);
  lines.push(x.townLine());
  return { lines: lines.slice(0, 6) };
}
function footer(x: Ctx, snd: Sender): void {
  const s = x.s;
  const y = 280 * MM;
  s.rule(s.left, y - 4, s.right, y - 4, 0.3);
  s.text(s.left, y, `${snd.head[0]} · ${snd.street} · ${snd.plz} ${snd.town} · Tel. ${snd.phone}`, { size: 6.8 });
  const l = x.c.landlord;
  s.text(s.left, y + 8.5, `Bankverbindung: IBAN ${l.iban}${l.kind === 'wg' ? ` · Genossenschaftsregister Amtsgericht Jena GnR ${100 + x.hh.idx}` : ''}`, { size: 6.8 });
}
function contractLine(x: Ctx): string {
  return `${x.rng.int(10, 99)}${x.rng.int(100, 999)}/${x.rng.int(1, 40)}`;
}
function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
/** per-month statement lines (distractors) adding up to the arrears */
function statement(x: Ctx, ms: (typeof MONEY_STYLES)[number], upTo: string): void {
  const s = x.s, c = x.c;
  const n = c.monthsInArrears;
  const W = [170, 90, 90, 100];
  s.table([{ cells: ['Zeitraum / Position', 'Soll', 'gezahlt', 'offen'], shade: true, bold: [true, true, true, true] }], W, { after: 0, size: 9 });
  const first = addDays(endOfMonth(upTo, -n), 1);
  for (let i = 0; i < n; i++) {
    const m = addDays(endOfMonth(first, i - 1), 1);
    s.table([{ cells: [`Miete ${monthLabel(m)}`, x.money(c.rent, 'nosep'), '0,00', x.money(c.rent, 'nosep')] }], W, { after: 0, size: 9 });
  }
  const extra = c.arrears - c.rent * n;
  if (extra > 0) s.table([{ cells: ['Betriebskostenabrechnung – Nachzahlung', x.money(extra, 'nosep'), '0,00', x.money(extra, 'nosep')] }], W, { after: 0, size: 9 });
  s.table([{ cells: ['Gesamtrückstand', '', '', x.money(c.arrears, ms)], bold: [true, false, false, true] }], W, { size: 9 });
}

function kuendigung(x: Ctx): void {
  const s = x.s, c = x.c;
  x.layout = 'vermieter-kuendigung';
  const snd = landlordSender(x, true);
  const ord = c.ordinaryTermination;
  const withAdd = x.addition !== null && x.rng.chance(0.7);
  x.setTenants(false);
  x.setAddress(withAdd);
  x.f.landlord = c.landlord.name;
  x.f.arrears = c.arrears;
  x.f.ordinaryTermination = ord;
  const ms = x.rng.pick(MONEY_STYLES);
  letterHead(x, snd, x.hh.idx % 3);
  addressField(s, `${snd.head[0]} · ${snd.street} · ${snd.plz} ${snd.town}`, tenantRecipient(x, withAdd));
  s.mark('tenants', 'address');
  infoBlock(s, 50 * MM, [['Vertrags-Nr.:', contractLine(x)], ['Bearbeiter:', x.rng.pick(STAFF)], ['Telefon:', snd.phone], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 60 });
  s.y = 100 * MM;
  s.line(ord ? 'Fristlose, hilfsweise ordentliche Kündigung des Mietverhältnisses' : 'Fristlose Kündigung des Mietverhältnisses wegen Zahlungsverzuges', { bold: true });
  s.line(`Mietobjekt: ${x.streetLine(false)}${withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`, { size: 9.5 });
  s.gap(6);
  s.para('Sehr geehrte Damen und Herren,', { after: 2 });
  if (snd.onBehalf?.startsWith('namens')) s.para('wir zeigen an, dass wir Ihre Vermieterin anwaltlich vertreten; eine auf uns lautende Vollmacht ist beigefügt. Namens und in Vollmacht unserer Mandantschaft erklären wir Folgendes.');
  else if (snd.onBehalf) s.para(`wir schreiben Ihnen ${snd.onBehalf}.`);
  s.para(`Vermieter/in: ${c.landlord.name}`);
  s.mark('landlord');
  const rentShown = x.rng.chance(0.6);
  s.para(`Sie sind mit der Zahlung der Miete für ${c.monthsInArrears} Monate in Verzug. Der Rückstand beläuft sich zum heutigen Tag auf insgesamt ${x.money(c.arrears, ms)}${rentShown ? ` bei einer monatlichen Gesamtmiete von ${x.money(c.rent, ms)}` : ''}. Die Aufstellung finden Sie unten.`);
  s.mark('arrears');
  if (rentShown) { x.f.monthlyRent = c.rent; s.mark('monthlyRent'); }
  s.para('Wir kündigen daher das mit Ihnen bestehende Mietverhältnis fristlos gemäß § 543 Abs. 2 Satz 1 Nr. 3 BGB in Verbindung mit § 569 Abs. 3 BGB.');
  if (ord) s.para(`Hilfsweise kündigen wir das Mietverhältnis hiermit ordentlich und fristgerecht zum ${x.date(endOfMonth(x.d.letterDate, 3), 'num')} gemäß § 573 Abs. 2 Nr. 1 BGB.`);
  s.mark('ordinaryTermination');
  s.para(`Bitte räumen Sie die Wohnung bis spätestens ${x.date(workday(addDays(x.d.letterDate, 14)), 'num')} und geben Sie sie mit sämtlichen Schlüsseln an uns heraus. Einer Fortsetzung des Mietgebrauchs widersprechen wir bereits jetzt (§ 545 BGB).`);
  statement(x, ms, x.d.letterDate);
  s.para('Hinweis: Die fristlose Kündigung wird unwirksam, wenn der gesamte Rückstand spätestens bis zum Ablauf von zwei Monaten nach Zustellung einer Räumungsklage ausgeglichen wird oder sich eine öffentliche Stelle zur Zahlung verpflichtet.', { size: 9 });
  s.para('Mit freundlichen Grüßen', { after: 14 });
  s.line(snd.sign);
  footer(x, snd);
  if (s.pages.length > 1) pageNumber(s, s.pages.length, 0);
  x.sender = snd.head[0] ?? c.landlord.name;
}

function mahnung(x: Ctx, friendly: boolean): void {
  const s = x.s, c = x.c;
  x.layout = friendly ? 'vermieter-zahlungserinnerung' : 'vermieter-mahnung';
  const snd = landlordSender(x, !friendly);
  const withAdd = x.addition !== null && x.rng.chance(0.5);
  x.setTenants(false);
  x.setAddress(withAdd);
  x.f.landlord = c.landlord.name;
  x.f.arrears = c.arrears;
  x.f.monthlyRent = c.rent;
  const ms = x.rng.pick(MONEY_STYLES);
  letterHead(x, snd, (x.hh.idx + 1) % 3);
  addressField(s, `${snd.head[0]} · ${snd.street} · ${snd.plz} ${snd.town}`, tenantRecipient(x, withAdd));
  s.mark('tenants', 'address');
  const stand = workday(addDays(x.d.letterDate, -x.rng.int(1, 4)));
  infoBlock(s, 50 * MM, [['Mieter-Nr.:', contractLine(x)], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 55 });
  s.y = 100 * MM;
  s.line(friendly ? 'Zahlungserinnerung' : x.rng.pick(['Mahnung', '2. Mahnung', 'Letzte Mahnung vor Kündigung']), { bold: true, size: 12 });
  s.line(`Mietkonto für die Wohnung ${x.streetLine(true)}${withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()} – Stand ${x.date(stand, 'num')}`, { size: 9.5 });
  s.line(`${x.rng.pick(['Vermieter', 'Eigentümer/Vermieter', 'Vermieterin'])}: ${c.landlord.name}`, { size: 9.5 });
  s.mark('landlord');
  s.gap(6);
  s.para('Sehr geehrte Mieterin, sehr geehrter Mieter,', { after: 2 });
  s.para(friendly
    ? `sicher ist es Ihrer Aufmerksamkeit entgangen: Auf Ihrem Mietkonto ist ein offener Betrag von ${x.money(c.arrears, ms)} aufgelaufen. Ihre monatliche Miete beträgt ${x.money(c.rent, ms)} und ist bis zum dritten Werktag eines Monats fällig.`
    : `trotz unserer Zahlungserinnerung ist Ihr Mietkonto weiterhin nicht ausgeglichen. Der Rückstand beträgt ${x.money(c.arrears, ms)}. Die monatliche Miete von ${x.money(c.rent, ms)} wurde seit ${c.monthsInArrears} Monaten nicht oder nicht vollständig gezahlt.`);
  s.mark('arrears', 'monthlyRent');
  statement(x, ms, x.d.letterDate);
  s.para(`Bitte überweisen Sie den Betrag bis zum ${x.date(workday(addDays(x.d.letterDate, 10)), 'num')} auf unser Konto IBAN ${c.landlord.iban}.`);
  if (!friendly) s.para('Sollte der Rückstand nicht fristgerecht ausgeglichen werden, sind wir gezwungen, das Mietverhältnis zu kündigen und die Räumung gerichtlich geltend zu machen.');
  s.para('Können Sie den Betrag nicht auf einmal zahlen, sprechen Sie uns an. Auch das Jobcenter oder die Fachstelle Wohnungssicherung können unterstützen.', { size: 9.5 });
  s.para('Mit freundlichen Grüßen', { after: 12 });
  s.line(snd.sign);
  footer(x, snd);
  x.sender = snd.head[0] ?? c.landlord.name;
}

function raeumung(x: Ctx): void {
  const s = x.s, c = x.c;
  x.layout = 'vermieter-raeumungsaufforderung';
  const snd = landlordSender(x, true);
  const withAdd = x.addition !== null && x.rng.chance(0.6);
  x.setTenants(false);
  x.setAddress(withAdd);
  x.f.landlord = c.landlord.name;
  x.f.arrears = c.arrears;
  const mention = c.ordinaryTermination;
  if (mention) x.f.ordinaryTermination = true;
  letterHead(x, snd, (x.hh.idx + 2) % 3);
  addressField(s, `${snd.head[0]} · ${snd.street} · ${snd.plz} ${snd.town}`, tenantRecipient(x, withAdd));
  s.mark('tenants', 'address');
  infoBlock(s, 50 * MM, [['Unser Zeichen:', `${x.rng.pick(['RA', 'MV', 'KÜ'])}-${x.rng.int(100, 999)}`], ['Datum:', x.date(x.d.letterDate, 'long')]], { labelW: 62 });
  s.y = 100 * MM;
  s.line('Aufforderung zur Räumung und Herausgabe der Wohnung', { bold: true });
  s.line(`${x.streetLine(false)}${withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`, { size: 9.5 });
  s.gap(6);
  s.para('Sehr geehrte Damen und Herren,', { after: 2 });
  s.para(`mit Schreiben vom ${x.date(c.terminationDate, 'num')} ${snd.onBehalf ? 'wurde' : 'haben wir'} das Mietverhältnis ${mention ? 'fristlos und hilfsweise ordentlich' : 'wegen Zahlungsverzuges'} gekündigt${snd.onBehalf ? ` (Vermieterin: ${c.landlord.name})` : ''}. Die Ihnen gesetzte Frist ist abgelaufen, ohne dass Sie die Wohnung zurückgegeben haben.`);
  if (mention) s.mark('ordinaryTermination');
  s.para(`Vermieterin: ${c.landlord.name}`);
  s.mark('landlord');
  s.para(`Zugleich ist der Rückstand weiter angewachsen; er beträgt inzwischen ${x.money(c.arrears, x.rng.pick(MONEY_STYLES))}.`);
  s.mark('arrears');
  s.para(`Wir fordern Sie letztmalig auf, die Wohnung bis zum ${x.date(workday(addDays(x.d.letterDate, 7)), 'num')} vollständig geräumt an uns zu übergeben. Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung Räumungsklage beim zuständigen Amtsgericht erheben. Die Kosten des Verfahrens hätten Sie zu tragen.`);
  s.para('Mit freundlichen Grüßen', { after: 12 });
  s.line(snd.sign);
  footer(x, snd);
  x.sender = snd.head[0] ?? c.landlord.name;
}

// ------------------------------------------------------------------ authorities
function authorityHead(s: Sheet, a: Authority, rng: Rng, rows: [string, string][]): void {
  s.text(s.left, 14 * MM, a.lines[0] ?? a.name, { size: 13, font: s.style.b });
  a.lines.slice(1).forEach((l, i) => s.text(s.left, 14 * MM + 16 + i * 11, l, { size: 9.5 }));
  infoBlock(s, 48 * MM, rows, { labelW: 66 });
  void rng;
}
function authorityFooter(s: Sheet, a: Authority): void {
  const y = 281 * MM;
  s.rule(s.left, y - 4, s.right, y - 4, 0.3);
  s.text(s.left, y, `${a.name} · ${a.street} · ${a.plz} ${a.town} · Telefon ${a.phone}`, { size: 6.8 });
  s.text(s.left, y + 8.5, 'Öffnungszeiten: Mo, Di, Do 8.00–12.00 Uhr, Do 14.00–18.00 Uhr und nach Vereinbarung', { size: 6.8 });
}

function darlehen(x: Ctx): void {
  const s = x.s, c = x.c;
  const a = c.authority.kind === 'jc' ? c.authority : { ...c.authority, name: `Jobcenter ${x.hh.flat.town.name}`, lines: [`Jobcenter ${x.hh.flat.town.name}`], kind: 'jc' as const };
  x.layout = 'jobcenter-darlehen-22-8';
  const withAdd = x.addition !== null && x.rng.chance(0.5);
  x.setTenants(false);
  x.setAddress(withAdd);
  x.f.landlord = c.landlord.name;
  x.f.arrears = c.arrears;
  const ms = x.rng.pick(MONEY_STYLES);
  authorityHead(s, a, x.rng, [['BG-Nummer:', c.bgNumber], ['Ansprechpartner:', x.rng.pick(STAFF)], ['Telefon:', a.phone], ['Datum:', x.date(x.d.letterDate, 'num')]]);
  addressField(s, `${a.name}, ${a.street}, ${a.plz} ${a.town}`, tenantRecipient(x, withAdd));
  s.mark('tenants', 'address');
  s.y = 100 * MM;
  s.line('Bescheid', { bold: true, size: 12 });
  s.line('über die Übernahme von Mietschulden als Darlehen nach § 22 Abs. 8 SGB II', { bold: true });
  s.gap(6);
  s.para(`Sehr geehrte Damen und Herren,`, { after: 2 });
  s.para(`auf Ihren Antrag vom ${x.date(workday(addDays(x.d.letterDate, -x.rng.int(6, 15))), 'num')} wird Ihnen zur Sicherung Ihrer Unterkunft ein Darlehen in Höhe von ${x.money(c.arrears, ms)} gewährt. Das Darlehen dient der Tilgung der Mietrückstände gegenüber Ihrer Vermieterin, der ${c.landlord.name}.`);
  s.mark('arrears', 'landlord');
  s.para('Der Betrag wird direkt an die Vermieterin überwiesen. Die Vermieterin wird über die Zahlung unterrichtet; damit kann die fristlose Kündigung nach § 569 Abs. 3 Nr. 2 BGB unwirksam werden.');
  if (x.rng.chance(0.5)) {
    s.para(`Ihre laufenden Kosten der Unterkunft (Gesamtmiete ${x.money(c.rent, ms)} monatlich) werden ab dem nächsten Monat direkt an die Vermieterin gezahlt (§ 22 Abs. 7 SGB II).`);
    x.f.monthlyRent = c.rent;
    s.mark('monthlyRent');
  }
  s.para(`Die Rückzahlung erfolgt durch monatliche Aufrechnung in Höhe von 10 Prozent des maßgebenden Regelbedarfs, derzeit ${x.money(5630, 'eur')}, beginnend ab ${x.date(addDays(endOfMonth(x.d.letterDate, 0), 1), 'num')} (§ 42a Abs. 2 SGB II).`);
  s.line('Rechtsbehelfsbelehrung', { bold: true });
  s.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, elektronisch oder zur Niederschrift beim ${a.name}, ${a.street}, ${a.plz} ${a.town}, einzulegen.`, { size: 9 });
  s.para('Nachrichtlich: Fachstelle Wohnungssicherung Thüringen (Kooperationsvereinbarung vom 01.02.2024)', { size: 9 });
  s.line('Mit freundlichen Grüßen');
  s.line('Im Auftrag');
  s.line(x.rng.pick(STAFF).replace(/^(Frau|Herr) /, ''));
  authorityFooter(s, a);
  if (s.pages.length > 1) pageNumber(s, s.pages.length, 0);
  x.sender = a.name;
}

function sozial(x: Ctx): void {
  const s = x.s, c = x.c;
  const a = c.authority;
  x.layout = a.kind === 'sozial' ? 'sozialamt-fallmeldung' : 'jobcenter-fallmeldung';
  const withAdd = x.addition !== null && x.rng.chance(0.6);
  const withBirth = x.rng.chance(0.7);
  x.setTenants(withBirth);
  x.setAddress(withAdd);
  x.f.landlord = c.landlord.name;
  x.f.arrears = c.arrears;
  const mention = c.ordinaryTermination && x.rng.chance(0.7);
  if (mention) x.f.ordinaryTermination = true;
  authorityHead(s, a, x.rng, [['Aktenzeichen:', `${a.kind === 'sozial' ? '50.2' : 'SGB II'}-${x.rng.int(1000, 9999)}`], ['Bearbeitung:', x.rng.pick(STAFF)], ['Datum:', x.date(x.d.letterDate, 'num')]]);
  addressField(s, `${a.name}, ${a.street}, ${a.plz} ${a.town}`, fachstelleRecipient(x.rng));
  s.y = 100 * MM;
  s.line('Drohender Wohnungsverlust – Bitte um Kontaktaufnahme', { bold: true });
  s.gap(4);
  const bs = 'geb' as const;
  const W = [130, s.right - s.left - 130];
  s.table([
    { cells: ['Haushalt', x.hh.tenants.map((p) => `${x.name(p, 'commaCaps')}${withBirth ? `, ${x.birth(p, bs)}` : ''}`)] },
    { cells: ['Wohnung', `${x.streetLine(false)}${withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`] },
    { cells: ['Vermieter/in', c.landlord.name] },
    { cells: ['Rückstand lt. Vermieter', x.money(c.arrears, x.rng.pick(MONEY_STYLES))] },
    { cells: ['Kündigung', mention ? `fristlos, hilfsweise ordentlich, Schreiben vom ${x.date(c.terminationDate, 'num')}` : `Schreiben vom ${x.date(c.terminationDate, 'num')}`] },
  ], W, { boldFirstCol: true });
  s.mark('tenants', 'address', 'landlord', 'arrears');
  if (mention) s.mark('ordinaryTermination');
  s.para('Sehr geehrte Kolleginnen und Kollegen,', { after: 2 });
  s.para(`der oben genannte Haushalt ist uns bekannt${a.kind === 'sozial' ? ' (Leistungen nach dem Vierten Kapitel SGB XII)' : ''}. Nach Mitteilung der Vermieterin droht der Verlust der Wohnung. Wir bitten Sie, im Rahmen der Kooperationsvereinbarung Kontakt aufzunehmen und uns über das Ergebnis zu informieren. Ein Antrag auf Übernahme der Mietschulden liegt bisher nicht vor.`);
  s.para('Mit freundlichen Grüßen', { after: 10 });
  s.line(x.rng.pick(STAFF).replace(/^(Frau|Herr) /, ''));
  authorityFooter(s, a);
  x.sender = a.name;
}

/** the cover page itself (no truth of its own) */
export function coverPage(d: DocPlan, rng: Rng, fontSetR: 'sans' | 'dvSans' | 'serif', forwarded: string, pagesOfEnclosure: number, missing: boolean): { sheet: Sheet; layout: string; sender: string } {
  const c = d.hh.c;
  const a = c.authority;
  const s = new Sheet({ r: fontSetR, b: fontSetR === 'sans' ? 'sansB' : fontSetR === 'dvSans' ? 'dvSansB' : 'serifB', size: 10, lead: 13.8 });
  const letter = workday(addDays(d.arrival, -rng.int(2, 4)));
  const kn = a.kind === 'jc' ? ['BG-Nummer:', c.bgNumber] as [string, string] : ['Kundennummer:', `${rng.int(100, 999)}.${rng.int(1000, 9999)}`] as [string, string];
  authorityHead(s, a, rng, [kn, ['Ihr Zeichen:', '—'], ['Ansprechpartner:', rng.pick(STAFF)], ['Telefon:', a.phone], ['Datum:', fmtDate(letter, rng.pick(['num', 'long'] as const))]]);
  addressField(s, `${a.name}, ${a.street}, ${a.plz} ${a.town}`, fachstelleRecipient(rng));
  s.y = 105 * MM;
  const t = d.hh.tenants[0];
  const who = t ? `${t.female ? 'Frau' : 'Herr'} ${t.given} ${t.surname}` : '';
  s.line(`Weiterleitung: ${forwarded}`, { bold: true });
  s.line(`Betrifft: ${who}${d.hh.tenants.length > 1 ? ' u. a.' : ''}`, { size: 9.5 });
  s.gap(6);
  s.para('Sehr geehrte Damen und Herren,', { after: 2 });
  s.para(`beigefügt übersenden wir Ihnen ${forwarded} mit der Bitte um Übernahme in Ihre Zuständigkeit gemäß der Kooperationsvereinbarung zur Prävention von Wohnungslosigkeit. ${a.kind === 'jc' ? 'Die Bedarfsgemeinschaft steht im laufenden Leistungsbezug.' : 'Der Haushalt ist hier im Leistungsbezug nach dem SGB XII bekannt.'}`);
  s.para('Bitte informieren Sie uns, sobald ein Antrag auf Übernahme von Mietschulden gestellt wird. Die Daten sind ausschließlich für diesen Zweck bestimmt (§ 78 SGB X).');
  s.para('Mit freundlichen Grüßen', { after: 2 });
  s.line('Im Auftrag');
  s.gap(10);
  s.line(rng.pick(STAFF).replace(/^(Frau|Herr) /, ''));
  s.gap(8);
  s.line(missing ? 'Anlage: wie erwähnt' : `Anlage: ${pagesOfEnclosure} Blatt`, { size: 9 });
  authorityFooter(s, a);
  return { sheet: s, layout: a.kind === 'jc' ? 'anschreiben-jobcenter' : 'anschreiben-sozialamt', sender: a.name };
}

function coverOnly(x: Ctx): void {
  // a cover letter that arrived without its enclosure; it names the household and the flat
  const c = x.c, a = c.authority;
  x.layout = a.kind === 'jc' ? 'anschreiben-jobcenter-ohne-anlage' : 'anschreiben-sozialamt-ohne-anlage';
  const cov = coverPage(x.d, x.rng, 'sans', `die Mitteilung des Amtsgerichts ${c.court.town} (Az. ${c.az})`, 0, true);
  x.s = cov.sheet;
  const s = x.s;
  const withAdd = x.addition !== null && x.rng.chance(0.5);
  x.setTenants(false);
  x.setAddress(withAdd);
  s.gap(4);
  s.line(`Haushalt: ${x.joinedNames('plain')}`, { size: 9.5 });
  s.line(`Anschrift: ${x.streetLine(false)}${withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`, { size: 9.5 });
  s.mark('tenants', 'address');
  x.sender = a.name;
}

export function otherTemplate(x: Ctx): void {
  switch (x.d.sub) {
    case 'kuendigung': return kuendigung(x);
    case 'mahnung': return mahnung(x, false);
    case 'erinnerung': return mahnung(x, true);
    case 'raeumung': return raeumung(x);
    case 'darlehen': return darlehen(x);
    case 'sozial': return sozial(x);
    case 'cover-only': return coverOnly(x);
    default: throw new Error(`no other template for ${x.d.sub}`);
  }
}
void FACHSTELLE;
