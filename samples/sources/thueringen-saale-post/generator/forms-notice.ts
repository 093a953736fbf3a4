/** Court notices (Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII): one form per court family. */
import { Ctx, addressField, authorityRecipient, courtFooter, courtLetterhead, fachstelleRecipient, infoBlock, pageNumber, CLERKS, SIGN_COURT, MONEY_STYLES, type Recipient } from './common.js';
import { MM, PAGE_W } from './sheet.js';
import type { Court } from './data.js';
import type { Person } from './world.js';
import type { DateStyle } from './fmt.js';

export function L(c: Court, k: number, opts: readonly string[]): string {
  return opts[(c.labelSeed * 3 + k * 7) % opts.length] as string;
}

export function courtRecipient(x: Ctx): Recipient {
  if (x.d.kind === 'with-cover' || x.rng.chance(0.4)) return authorityRecipient(x.c.authority);
  return fachstelleRecipient(x.rng);
}
export function returnLine(c: Court): string {
  return `Amtsgericht ${c.town} · Postfach ${c.postfach} · ${c.postfachPlz} ${c.town}`;
}
export function lawyerLine(x: Ctx): string | null {
  const l = x.c.lawyer;
  if (!l) return null;
  return `${l.name}, ${l.street}, ${l.plz} ${l.town}`;
}
export function landlordAddr(x: Ctx): string {
  const l = x.c.landlord;
  return `${l.street}, ${l.plz} ${l.town}`;
}
function streitwert(x: Ctx): number {
  return x.c.rent * 12 + x.c.arrears;
}
function interestDate(x: Ctx): string {
  return x.date(x.c.terminationDate, 'num');
}

/** what the notice prints and sets; call once per notice */
function noticeValues(x: Ctx, dateStyle: DateStyle) {
  const c = x.c;
  const ms = x.rng.pick(MONEY_STYLES);
  const withBirth = x.rng.chance(0.55);
  const withAdd = x.addition !== null && x.rng.chance(0.85);
  x.setCourt();
  x.f.fileNumber = c.az;
  x.f.landlord = c.landlord.name;
  x.f.claimReceived = c.claimReceived;
  x.f.monthlyRent = c.rent;
  x.f.arrears = c.arrears;
  x.setTenants(withBirth);
  x.setAddress(withAdd);
  if (x.d.noticeHearing && c.hearing) x.f.hearing = { ...c.hearing };
  if (x.d.noticeServed) x.f.claimServed = c.claimServed;
  const ts = x.rng.pick(['colon', 'dot', 'short'] as const);
  return {
    ms,
    withBirth,
    withAdd,
    received: x.date(c.claimReceived, dateStyle),
    rent: x.money(c.rent, ms),
    arrears: x.money(c.arrears, ms),
    hearingDate: c.hearing ? x.date(c.hearing.date, x.rng.pick(['wdNum', 'wdDenLong', 'num', 'wdLong'] as const)) : '',
    hearingTime: c.hearing ? x.time(c.hearing.time, ts) : '',
    room: c.hearing?.room ?? '',
    served: x.date(c.claimServed, dateStyle),
    az: x.azPrint(c.az),
  };
}

function tenantLines(x: Ctx, withBirth: boolean, style: 'num' | 'alpha' | 'plain', nameStyle: 'plain' | 'caps' | 'comma' | 'commaCaps' | 'sal' | 'salAcc'): string[] {
  const t = x.hh.tenants;
  const bs = x.rng.pick(['geb', 'gebAm', 'paren', 'star', 'gebShort'] as const);
  return t.map((p: Person, i: number) => {
    const pre = t.length === 1 || style === 'plain' ? '' : style === 'num' ? `${i + 1}. ` : `${String.fromCharCode(97 + i)}) `;
    return `${pre}${x.name(p, nameStyle)}${withBirth ? `, ${x.birth(p, bs)}` : ''}`;
  });
}
function flatLines(x: Ctx, withAdd: boolean, abbrev: boolean): string[] {
  const st = x.streetLine(abbrev);
  if (withAdd && x.addition) return x.rng.chance(0.5) ? [`${st}, ${x.addition}`, x.townLine()] : [st, x.addition, x.townLine()];
  return [st, x.townLine()];
}
function signature(x: Ctx, label?: string): void {
  const s = x.s;
  s.gap(10);
  if (label) s.line(label);
  s.line(`${x.rng.pick(CLERKS)}`);
  s.line(x.rng.pick(SIGN_COURT), { size: 9 });
  if (x.rng.chance(0.5)) s.line('Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8 });
}
function letterDateRow(x: Ctx, rows: [string, string][]): [string, string][] {
  return [...rows, ['Datum', x.date(x.d.letterDate, x.rng.pick(['num', 'long'] as const))]];
}

// ------------------------------------------------------------------ form "tafel": ruled two-column table
function tafel(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-tafel';
  const v = noticeValues(x, 'num');
  courtLetterhead(s, ct, ct.labelSeed % 3);
  addressField(s, returnLine(ct), courtRecipient(x));
  infoBlock(s, 50 * MM, letterDateRow(x, [[L(ct, 0, ['Aktenzeichen', 'Geschäftsnummer', 'Az.']), v.az], ['Bearbeiter/in', x.rng.pick(CLERKS)], ['Durchwahl', ct.phone.replace(/-0$/, `-${x.rng.int(100, 399)}`)]]));
  s.mark('fileNumber', 'court');
  s.y = 105 * MM;
  s.line(L(ct, 1, ['Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', 'Mitteilung über den Eingang einer Räumungsklage', 'Mitteilung in Zivilsachen – Räumungsrechtsstreit']), { bold: true, size: 11.5 });
  s.line(L(ct, 2, ['(Kündigung wegen Zahlungsverzuges, § 543 Abs. 2 Nr. 3, § 569 Abs. 3 BGB)', '(Räumungsklage nach Kündigung wegen Mietrückständen)', '(MiZi Teil 2 Abschn. IV Nr. 1)']), { size: 9 });
  s.gap(4);
  s.para('Bei dem hiesigen Gericht ist folgende Klage auf Räumung von Wohnraum anhängig geworden. Die Angaben beruhen auf der Klageschrift.', { size: 9.5 });
  const W = [150, s.right - s.left - 150];
  const row = (label: string, val: string | string[]): void => s.table([{ cells: [label, val] }], W, { after: 0, size: 9.5, boldFirstCol: true });
  row(L(ct, 3, ['Tag des Eingangs der Klage', 'Eingang der Klageschrift', 'Klage eingegangen am']), v.received);
  s.mark('claimReceived');
  const ll = [c.landlord.name, landlordAddr(x)];
  const lw = lawyerLine(x);
  if (lw) ll.push(`Prozessbevollmächtigte: ${lw}`);
  row(L(ct, 4, ['Klägerin/Kläger', 'Kläger/in (Vermieter)', 'Klagende Partei']), ll);
  s.mark('landlord');
  row(L(ct, 5, ['Beklagte/r', 'Beklagte (Mieter)', 'Beklagte Partei']), [...tenantLines(x, v.withBirth, 'num', x.rng.pick(['plain', 'caps'] as const)), ...(x.rng.chance(0.5) ? [] : [`${x.hh.tenants.length > 1 ? 'beide' : ''} wohnhaft unter der nachstehenden Anschrift`.trim()])]);
  s.mark('tenants');
  row(L(ct, 6, ['Anschrift der Wohnung', 'Lage des Wohnraums', 'Räumungsobjekt']), flatLines(x, v.withAdd, x.rng.chance(0.4)));
  s.mark('address');
  row(L(ct, 7, ['Höhe der monatlichen Miete', 'Monatliche Miete (brutto)', 'Miete mtl. einschl. Nebenkosten']), v.rent);
  s.mark('monthlyRent');
  row(L(ct, 8, ['Mietrückstand / Nutzungsentschädigung', 'Geltend gemachter Rückstand', 'Höhe der Mietschulden lt. Klage']), [v.arrears, `zzgl. Zinsen seit ${interestDate(x)}`]);
  s.mark('arrears');
  if (x.f.hearing) {
    row('Termin zur mündlichen Verhandlung', [`${v.hearingDate}, ${v.hearingTime}`, v.room]);
    s.mark('hearing');
  } else row('Termin zur mündlichen Verhandlung', 'noch nicht bestimmt');
  if (x.f.claimServed) {
    row('Zustellung der Klage an die Beklagten', v.served);
    s.mark('claimServed');
  } else if (x.rng.chance(0.5)) row('Zustellung der Klage', 'ist veranlasst');
  row('Streitwert (vorläufig)', x.money(streitwert(x), v.ms));
  s.gap(8);
  s.para('Die Mitteilung dient dazu, dem Träger der Leistungen die Prüfung zu ermöglichen, ob zur Sicherung der Unterkunft Mietschulden übernommen werden können (§ 22 Abs. 8 SGB II, § 36 Abs. 1 SGB XII). Eine Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit beruht.', { size: 9 });
  signature(x, 'Auf Anordnung');
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "zeilen": label: value lines with leaders
function zeilen(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-zeilen';
  const v = noticeValues(x, x.rng.pick(['num', 'long'] as const));
  courtLetterhead(s, ct, (ct.labelSeed + 1) % 3);
  addressField(s, returnLine(ct), courtRecipient(x));
  infoBlock(s, 52 * MM, [['Ihr Zeichen:', '—'], [L(ct, 0, ['Unser Zeichen:', 'Geschäfts-Nr.:', 'Aktenzeichen:']), v.az], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 62 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.line('Räumungsrechtsstreit', { bold: true, size: 12 });
  s.line('hier: Mitteilung gemäß § 22 Abs. 9 SGB II bzw. § 36 Abs. 2 SGB XII', { size: 10 });
  s.gap(6);
  s.para('Sehr geehrte Damen und Herren,', { after: 2 });
  s.para('in der nachfolgend bezeichneten Sache wird Ihnen Folgendes mitgeteilt:', { after: 6 });
  const lw = 175;
  const kv = (k: string, val: string | string[]): void => s.kv(`${k}:`, val, { labelW: lw, after: 3 });
  kv(L(ct, 3, ['Klageeingang', 'Eingangsdatum der Klage', 'Anhängig seit']), v.received);
  s.mark('claimReceived');
  kv(L(ct, 4, ['Klägerin', 'Vermieter (Kläger)', 'Kläger']), [c.landlord.name, landlordAddr(x)]);
  s.mark('landlord');
  const lwl = lawyerLine(x);
  if (lwl) kv('Prozessbevollmächtigte', lwl);
  kv(L(ct, 5, ['Beklagte', 'Mieter (Beklagte)', 'Beklagter/Beklagte']), tenantLines(x, v.withBirth, 'alpha', x.rng.pick(['plain', 'comma', 'commaCaps'] as const)));
  s.mark('tenants');
  kv(L(ct, 6, ['Wohnung', 'Anschrift der Wohnung', 'Mietobjekt']), flatLines(x, v.withAdd, x.rng.chance(0.5)));
  s.mark('address');
  kv(L(ct, 7, ['Monatsmiete', 'Miethöhe monatlich', 'Gesamtmiete monatl.']), v.rent);
  s.mark('monthlyRent');
  kv(L(ct, 8, ['Rückstand (Miete und Nutzungsentschädigung)', 'Klageforderung', 'Rückstand lt. Klageschrift']), v.arrears);
  s.mark('arrears');
  if (x.f.hearing) {
    kv('Verhandlungstermin', `${v.hearingDate}, ${v.hearingTime}, ${v.room}`);
    s.mark('hearing');
  } else kv('Verhandlungstermin', x.rng.pick(['noch nicht bestimmt', 'wird gesondert mitgeteilt', '—  (noch nicht anberaumt)']));
  if (x.f.claimServed) {
    kv('Rechtshängigkeit (Zustellung)', v.served);
    s.mark('claimServed');
  }
  s.gap(6);
  s.para(`Die Klage ist auf Räumung und Herausgabe der Wohnung sowie auf Zahlung gerichtet. Streitwert: ${x.money(streitwert(x), 'EUR')}.`, { size: 9.5 });
  signature(x);
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "brief": running prose
function brief(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-brief';
  const v = noticeValues(x, 'long');
  courtLetterhead(s, ct, 2);
  addressField(s, returnLine(ct), courtRecipient(x));
  infoBlock(s, 50 * MM, [['Geschäftsnummer', v.az], ['(bitte stets angeben)', ''], ['', ''], [`${ct.town},`, x.date(x.d.letterDate, 'longNoDot')]], { labelW: 60 });
  s.mark('fileNumber', 'court');
  s.y = 102 * MM;
  s.line(`Mitteilung nach § 22 Abs. 9 SGB II${x.rng.chance(0.5) ? ' und § 36 Abs. 2 SGB XII' : ''}`, { bold: true });
  s.gap(6);
  s.para('Sehr geehrte Damen und Herren,', { after: 3 });
  const names = x.hh.tenants.map((p) => x.name(p, 'salAcc')).join(' und ');
  const birthTxt = v.withBirth ? ` (${x.hh.tenants.map((p) => x.birth(p, 'geb')).join(', ')})` : '';
  const add = v.withAdd && x.addition ? `, ${x.addition}` : '';
  s.para(`gemäß § 22 Abs. 9 SGB II teilen wir Ihnen mit, dass am ${v.received} bei dem Amtsgericht ${ct.town} eine Klage der ${c.landlord.name}, ${landlordAddr(x)}, gegen ${names}${birthTxt} eingegangen ist.`);
  s.mark('claimReceived', 'landlord', 'tenants');
  s.para(`Die Klägerin begehrt die Räumung der Wohnung ${x.streetLine(false)}${add}, ${x.townLine()}, nach einer Kündigung wegen Zahlungsverzuges.`);
  s.mark('address');
  s.para(`Die monatlich geschuldete Miete beträgt nach den Angaben in der Klageschrift ${v.rent}. Geltend gemacht werden Mietrückstände und Nutzungsentschädigung in Höhe von insgesamt ${v.arrears} nebst Zinsen.`);
  s.mark('monthlyRent', 'arrears');
  if (x.f.hearing) {
    s.para(`Termin zur mündlichen Verhandlung ist bestimmt auf ${v.hearingDate}, ${v.hearingTime}, ${v.room}.`);
    s.mark('hearing');
  } else s.para('Ein Termin zur mündlichen Verhandlung ist bisher nicht bestimmt.');
  if (x.f.claimServed) {
    s.para(`Die Klageschrift ist den Beklagten am ${v.served} zugestellt worden.`);
    s.mark('claimServed');
  }
  const lw = lawyerLine(x);
  if (lw) s.para(`Die Klägerin wird vertreten durch ${lw}.`);
  s.para('Wir bitten zu prüfen, ob Leistungen zur Sicherung der Unterkunft in Betracht kommen. Eine Stellungnahme gegenüber dem Gericht ist nicht erforderlich.');
  s.para('Mit freundlichen Grüßen', { after: 2 });
  s.line('Auf Anordnung');
  s.gap(14);
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`);
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "rubrum": caption "In dem Rechtsstreit … gegen …", numbered items
function rubrum(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-rubrum';
  const v = noticeValues(x, 'num');
  courtLetterhead(s, ct, 1);
  addressField(s, returnLine(ct), courtRecipient(x), { top: 42 * MM });
  infoBlock(s, 48 * MM, [['Az.:', v.az], ['Datum:', x.date(x.d.letterDate, 'num')], ['Zimmer:', String(x.rng.int(101, 240))]], { labelW: 40 });
  s.mark('fileNumber', 'court');
  s.y = 98 * MM;
  s.line(L(ct, 1, ['Mitteilung an den Träger der Grundsicherung', 'Mitteilung nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII']), { bold: true, size: 11 });
  s.gap(4);
  s.line('In dem Rechtsstreit', { align: 'center' });
  s.gap(2);
  s.line(c.landlord.name, { align: 'center', bold: true });
  s.line(landlordAddr(x), { align: 'center', size: 9.5 });
  s.mark('landlord');
  s.line(`– ${L(ct, 4, ['Klägerin', 'Kläger/in', 'klagende Partei'])} –`, { align: 'center', size: 9.5 });
  if (c.manager) s.line(`zustellungsbevollmächtigt: ${c.manager.name}, ${c.manager.street}, ${c.manager.plz} ${c.manager.town}`, { align: 'center', size: 8.5 });
  const lw = lawyerLine(x);
  if (lw) {
    s.line('Prozessbevollmächtigte:', { align: 'center', size: 9 });
    s.line(lw, { align: 'center', size: 9 });
  }
  s.gap(3);
  s.line('gegen', { align: 'center' });
  s.gap(3);
  const tl = tenantLines(x, v.withBirth, 'num', 'salAcc');
  for (const l of tl) s.line(l, { align: 'center', bold: true });
  s.mark('tenants');
  const fl = flatLines(x, v.withAdd, false);
  s.line(`${x.hh.tenants.length > 1 ? 'sämtlich' : ''} wohnhaft ${fl.join(', ')}`.trim(), { align: 'center', size: 9.5 });
  s.mark('address');
  s.line(`– ${x.hh.tenants.length > 1 ? 'Beklagte' : x.hh.tenants[0]?.female ? 'Beklagte' : 'Beklagter'} –`, { align: 'center', size: 9.5 });
  s.gap(3);
  s.line('wegen Räumung und Zahlung', { align: 'center' });
  s.gap(8);
  s.line('wird gemäß § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII mitgeteilt:');
  s.gap(3);
  const item = (n: number, k: string, val: string): void => s.row([{ x: s.left, text: `${n}.` }, { x: s.left + 16, text: k }, { x: s.left + 230, text: val }]);
  item(1, 'Tag des Eingangs der Klage:', v.received);
  s.mark('claimReceived');
  item(2, 'Höhe der monatlichen Miete:', v.rent);
  s.mark('monthlyRent');
  item(3, 'Miet- und Nutzungsentschädigungsrückstand:', v.arrears);
  s.mark('arrears');
  if (x.f.hearing) {
    item(4, 'Termin zur mündlichen Verhandlung:', `${v.hearingDate},`);
    s.row([{ x: s.left + 230, text: `${v.hearingTime}, ${v.room}` }]);
    s.mark('hearing');
  } else item(4, 'Termin zur mündlichen Verhandlung:', 'noch nicht bestimmt');
  if (x.f.claimServed) {
    item(5, 'Klage zugestellt am:', v.served);
    s.mark('claimServed');
  }
  signature(x);
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "kreuz": Vordruck with ticked boxes and sections I–V
function kreuz(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-vordruck-kreuz';
  s.style.size = 9.5;
  s.style.lead = 13;
  const v = noticeValues(x, 'num');
  s.text(s.left, 14 * MM, `Amtsgericht ${ct.town}`, { size: 12, font: s.style.b });
  s.text(s.right, 14 * MM, L(ct, 9, ['Vordruck MiZi IV/1', 'ZP 407 a – Mitteilung Räumungsklage', 'Vordr. Z 22-9 (Thür.)']), { size: 7.5, align: 'right' });
  addressField(s, returnLine(ct), courtRecipient(x), { top: 38 * MM });
  infoBlock(s, 44 * MM, [['Geschäftsnummer:', v.az], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 72 });
  s.mark('fileNumber', 'court');
  s.y = 90 * MM;
  s.line('Mitteilung in Räumungssachen', { bold: true, size: 11.5 });
  s.line('nach § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { size: 9 });
  s.gap(4);
  const box = (ticked: boolean, label: string, x0 = s.left): void => {
    s.checkbox(x0, s.y, ticked);
    s.text(x0 + 13, s.y, label);
  };
  box(true, 'Kläger/in');
  box(false, 'Widerkläger/in', s.left + 120);
  s.y += 14;
  s.kv('Name/Firma:', c.landlord.name, { labelW: 110, x: s.left + 13 });
  s.mark('landlord');
  s.kv('Anschrift:', landlordAddr(x), { labelW: 110, x: s.left + 13 });
  const lw = lawyerLine(x);
  if (lw) s.kv('vertreten durch:', lw, { labelW: 110, x: s.left + 13 });
  s.gap(4);
  box(true, 'Beklagte/r');
  box(x.hh.tenants.length > 1, 'weitere Beklagte (siehe unten)', s.left + 120);
  s.y += 14;
  const tl = tenantLines(x, v.withBirth, 'num', x.rng.pick(['commaCaps', 'caps', 'comma'] as const));
  s.kv('Name(n):', tl, { labelW: 110, x: s.left + 13 });
  s.mark('tenants');
  s.gap(4);
  s.line('I.  Wohnung, deren Räumung begehrt wird', { bold: true });
  const fl = flatLines(x, v.withAdd, true);
  for (const l of fl) s.line(l, { x: s.left + 13 });
  s.mark('address');
  s.gap(2);
  s.line('II.  Eingang der Klage', { bold: true });
  s.kv('Tag des Eingangs:', v.received, { labelW: 110, x: s.left + 13 });
  s.mark('claimReceived');
  s.checkbox(s.left + 13, s.y, x.f.claimServed !== null);
  s.text(s.left + 26, s.y, x.f.claimServed ? `Klage zugestellt am ${v.served}` : 'Klage zugestellt am ____________');
  s.y += 14;
  if (x.f.claimServed) s.mark('claimServed');
  s.line('III.  Miete und Rückstand', { bold: true });
  s.kv('monatliche Miete:', v.rent, { labelW: 110, x: s.left + 13 });
  s.mark('monthlyRent');
  s.kv('Rückstand Miete/Nutzungsentschädigung:', v.arrears, { labelW: 200, x: s.left + 13 });
  s.mark('arrears');
  s.line('IV.  Termin zur mündlichen Verhandlung', { bold: true });
  box(!x.f.hearing, 'noch nicht bestimmt', s.left + 13);
  s.y += 14;
  box(Boolean(x.f.hearing), x.f.hearing ? `bestimmt auf ${v.hearingDate}, ${v.hearingTime}, ${v.room}` : 'bestimmt auf ____________', s.left + 13);
  s.y += 14;
  if (x.f.hearing) s.mark('hearing');
  s.line('V.  Hinweis', { bold: true });
  s.para('Die Mitteilung unterbleibt, wenn die Nichtzahlung der Miete nach dem Inhalt der Klageschrift offensichtlich nicht auf Zahlungsunfähigkeit des Mieters beruht.', { size: 8.5, x: s.left + 13 });
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`, { size: 9 });
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "spalten": parties in two side-by-side blocks
function spalten(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-zweispaltig';
  const v = noticeValues(x, x.rng.pick(['num', 'yy'] as const));
  courtLetterhead(s, ct, 0);
  addressField(s, returnLine(ct), courtRecipient(x));
  infoBlock(s, 50 * MM, [['Geschäfts-Nr.', v.az], ['Datum', x.date(x.d.letterDate, 'num')], ['Telefon', ct.phone.replace(/-0$/, '-21')]], { labelW: 55 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.line('Mitteilung über eine Räumungsklage (§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)', { bold: true });
  s.gap(6);
  const colL = s.left;
  const colR = s.left + (s.right - s.left) / 2 + 6;
  const y0 = s.y;
  s.text(colL, y0, L(ct, 4, ['Klägerseite', 'Kläger / Vermieter', 'Klagende Partei']), { font: s.style.b });
  s.text(colR, y0, L(ct, 5, ['Beklagtenseite', 'Beklagte / Mieter', 'Beklagte Partei']), { font: s.style.b });
  const left = [c.landlord.name, c.landlord.street, `${c.landlord.plz} ${c.landlord.town}`];
  const lw = c.lawyer;
  if (lw) left.push('', 'Prozessbevollm.:', lw.name, `${lw.street}, ${lw.plz} ${lw.town}`);
  const right = [...tenantLines(x, v.withBirth, x.rng.pick(['num', 'alpha'] as const), x.rng.pick(['plain', 'caps'] as const)), ...flatLines(x, v.withAdd, x.rng.chance(0.5))];
  const lead = s.style.lead;
  left.forEach((l, i) => s.text(colL, y0 + lead * (i + 1.3), l, { size: 9.5 }));
  right.forEach((l, i) => s.text(colR, y0 + lead * (i + 1.3), l, { size: 9.5 }));
  s.mark('landlord', 'tenants', 'address');
  s.y = y0 + lead * (Math.max(left.length, right.length) + 2.5);
  s.hr();
  const W = [230, s.right - s.left - 230];
  const rows: [string, string][] = [[L(ct, 3, ['Eingang der Klage', 'Klageeingang', 'Tag des Klageeingangs']), v.received], [L(ct, 7, ['Miete monatlich', 'Höhe der Monatsmiete', 'Mietzins mtl.']), v.rent], [L(ct, 8, ['Rückstand Miete / Nutzungsentschädigung', 'eingeklagter Rückstand', 'Zahlungsrückstand lt. Klage']), v.arrears]];
  rows.push(['Termin zur mündlichen Verhandlung', x.f.hearing ? `${v.hearingDate}, ${v.hearingTime}` : 'noch nicht bestimmt']);
  if (x.f.hearing) rows.push(['Sitzungssaal', v.room]);
  if (x.f.claimServed) rows.push(['Zustellung der Klageschrift', v.served]);
  for (const [k, val] of rows) s.row([{ x: s.left, text: k }, { x: s.left + W[0]!, text: val, bold: true }]);
  s.mark('claimReceived', 'monthlyRent', 'arrears');
  if (x.f.hearing) s.mark('hearing');
  if (x.f.claimServed) s.mark('claimServed');
  s.gap(6);
  s.para('Diese Mitteilung ergeht von Amts wegen. Rückfragen richten Sie bitte unter Angabe der Geschäftsnummer an die Geschäftsstelle.', { size: 9 });
  signature(x);
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "raster": grid of parties (role | name | address) + amounts table, 2 pages
function raster(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-raster';
  s.style.size = 9.5;
  s.style.lead = 12.5;
  const v = noticeValues(x, 'num');
  courtLetterhead(s, ct, 1);
  addressField(s, returnLine(ct), courtRecipient(x));
  infoBlock(s, 50 * MM, [['Aktenzeichen:', v.az], ['Datum:', x.date(x.d.letterDate, 'num')], ['Sachbearbeitung:', x.rng.pick(CLERKS)]], { labelW: 68 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.line('Mitteilung gem. § 22 Abs. 9 SGB II / § 36 Abs. 2 SGB XII', { bold: true, size: 11 });
  s.line('Räumungsklage wegen Zahlungsverzugs', { size: 9.5 });
  s.gap(4);
  const W = [92, s.right - s.left - 92 - 78, 78];
  s.table([{ cells: ['Beteiligte', 'Name, Anschrift', x.hh.tenants.length > 0 && v.withBirth ? 'geboren' : ''], shade: true, bold: [true, true, true] }], W, { after: 0 });
  s.table([{ cells: ['Kläger/in', [c.landlord.name, landlordAddr(x)], ''] }], W, { after: 0 });
  s.mark('landlord');
  const fl = flatLines(x, v.withAdd, x.rng.chance(0.5));
  x.hh.tenants.forEach((p, i) => {
    const role = x.hh.tenants.length > 1 ? `Beklagte/r zu ${i + 1}` : 'Beklagte/r';
    s.table([{ cells: [role, [x.name(p, 'commaCaps'), ...fl], v.withBirth ? x.date(p.birth, 'num') : ''] }], W, { after: 0 });
  });
  s.mark('tenants', 'address');
  if (c.lawyer) s.table([{ cells: ['Prozessbev. Kl.', [c.lawyer.name, `${c.lawyer.street}, ${c.lawyer.plz} ${c.lawyer.town}`], ''] }], W, { after: 0 });
  s.gap(10);
  const W2 = [250, s.right - s.left - 250];
  const row = (k: string, val: string): void => s.table([{ cells: [k, val] }], W2, { after: 0 });
  row('Tag des Eingangs der Klage', v.received);
  s.mark('claimReceived');
  row('Monatliche Miete', v.rent);
  s.mark('monthlyRent');
  row('Rückstand Miete und Nutzungsentschädigung', v.arrears);
  s.mark('arrears');
  row('Streitwert', x.money(streitwert(x), v.ms));
  // second page: hearing, service, notes
  s.addPage();
  s.text(s.left, 15 * MM, `Amtsgericht ${ct.town} – ${v.az} – Fortsetzung`, { size: 8.5 });
  s.y = 28 * MM;
  row('Termin zur mündlichen Verhandlung', x.f.hearing ? `${v.hearingDate}, ${v.hearingTime}, ${v.room}` : 'noch nicht bestimmt');
  if (x.f.hearing) s.mark('hearing');
  row('Zustellung der Klage', x.f.claimServed ? v.served : 'noch nicht erfolgt');
  if (x.f.claimServed) s.mark('claimServed');
  s.gap(10);
  s.line('Hinweise', { bold: true });
  s.para('1. Nach § 569 Abs. 3 Nr. 2 BGB wird die Kündigung unwirksam, wenn der Vermieter spätestens bis zum Ablauf von zwei Monaten nach Eintritt der Rechtshängigkeit des Räumungsanspruchs hinsichtlich der fälligen Miete und der fälligen Entschädigung befriedigt wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet.', { size: 9 });
  s.para('2. Die Angaben zu Miete und Rückstand sind der Klageschrift entnommen und vom Gericht nicht geprüft.', { size: 9 });
  s.para('3. Diese Mitteilung ist nur für den Empfänger bestimmt. Die enthaltenen Sozialdaten sind nach § 35 SGB I zu schützen.', { size: 9 });
  signature(x);
  courtFooter(s, ct, x.rng);
  pageNumber(s, 2, 0);
  x.sender = `Amtsgericht ${ct.town}`;
}

// ------------------------------------------------------------------ form "altform": older Vordruck citing § 22 Abs. 5 SGB II / § 34 SGB XII, typewriter look
function altform(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-mitteilung-altvordruck';
  s.style = { r: 'mono', b: 'monoB', size: 9.5, lead: 13 };
  const v = noticeValues(x, x.rng.pick(['num', 'yy'] as const));
  s.text(s.left, 14 * MM, `AMTSGERICHT ${ct.town.toUpperCase()}`, { font: 'monoB', size: 11 });
  s.text(s.left, 14 * MM + 13, `${ct.street}, ${ct.plz} ${ct.town}`, { size: 8.5 });
  s.text(s.right, 14 * MM, `Gesch.-Nr.: ${v.az}`, { size: 9.5, align: 'right' });
  s.mark('fileNumber', 'court');
  s.text(s.right, 14 * MM + 13, x.date(x.d.letterDate, 'num'), { size: 9.5, align: 'right' });
  addressField(s, returnLine(ct), courtRecipient(x), { font: 'mono', size: 9.5 });
  s.y = 98 * MM;
  s.line('Mitteilung gemäß § 22 Abs. 5 SGB II / § 34 Abs. 2 SGB XII', { bold: true });
  s.line('(Räumungsklage wegen Zahlungsverzuges)', {});
  s.hr({ dash: 2 });
  const kv = (k: string, val: string | string[]): void => s.kv(k, val, { labelW: 190 });
  kv('Eingang der Klage ...........', v.received);
  s.mark('claimReceived');
  kv('Klagende Partei .............', [c.landlord.name, landlordAddr(x)]);
  s.mark('landlord');
  kv('Beklagte Partei .............', tenantLines(x, v.withBirth, 'num', 'commaCaps'));
  s.mark('tenants');
  kv('Wohnung .....................', flatLines(x, v.withAdd, true));
  s.mark('address');
  kv('Miete monatlich .............', v.rent);
  s.mark('monthlyRent');
  kv('Mietrückstand ...............', v.arrears);
  s.mark('arrears');
  kv('Termin ......................', x.f.hearing ? [`${v.hearingDate}`, `${v.hearingTime}, ${v.room}`] : 'noch nicht bestimmt');
  if (x.f.hearing) s.mark('hearing');
  if (x.f.claimServed) {
    kv('Rechtshängig seit ...........', v.served);
    s.mark('claimServed');
  }
  s.hr({ dash: 2 });
  s.para('Die Mitteilung erfolgt, damit geprüft werden kann, ob die Wohnungslosigkeit durch Übernahme der Mietschulden abgewendet werden kann.', { size: 9 });
  s.gap(6);
  s.line(`gez. ${x.rng.pick(CLERKS)}`);
  s.line(x.rng.pick(SIGN_COURT), { size: 8.5 });
  x.sender = `Amtsgericht ${ct.town}`;
}

export function noticeTemplate(x: Ctx): void {
  const form = x.c.court.notice;
  ({ tafel, zeilen, brief, rubrum, kreuz, spalten, raster, altform } as const)[form](x);
  void PAGE_W;
}
