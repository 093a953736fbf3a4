/** Hearing summonses: Ladung, Terminsnachricht, Terminsbestimmung, Hinweis auf Güteverhandlung, Anordnung des persönlichen Erscheinens. */
import { Ctx, addressField, authorityRecipient, courtFooter, courtLetterhead, fachstelleRecipient, infoBlock, pageNumber, CLERKS, JUDGES, SIGN_COURT, type Recipient } from './common.js';
import { MM } from './sheet.js';
import { addDays, workday } from './fmt.js';
import { L, returnLine, landlordAddr, lawyerLine } from './forms-notice.js';

function values(x: Ctx) {
  const c = x.c;
  const h = c.hearing as NonNullable<typeof c.hearing>;
  x.setCourt();
  x.f.fileNumber = c.az;
  x.f.landlord = c.landlord.name;
  x.f.hearing = { ...h };
  const withAdd = x.addition !== null && x.rng.chance(0.7);
  const withBirth = x.rng.chance(0.3);
  x.setTenants(withBirth);
  x.setAddress(withAdd);
  const printReceived = x.rng.chance(0.55);
  if (printReceived) x.f.claimReceived = c.claimReceived;
  return {
    withAdd, withBirth, printReceived,
    az: x.azPrint(c.az),
    hDate: x.date(h.date, x.rng.pick(['wdDenLong', 'wdNum', 'wdLong', 'wdDenNum', 'num'] as const)),
    hTime: x.time(h.time, x.rng.pick(['colon', 'dot', 'short'] as const)),
    room: h.room,
    received: x.date(c.claimReceived, 'num'),
    klageVom: x.date(workday(addDays(c.claimReceived, -x.rng.int(2, 6))), 'num'),
  };
}
function parties(x: Ctx, withBirth: boolean, withAdd: boolean, caps: boolean): { tenants: string[]; flat: string } {
  const bs = x.rng.pick(['geb', 'gebAm'] as const);
  const tenants = x.hh.tenants.map((p, i) => `${x.hh.tenants.length > 1 ? `${i + 1}. ` : ''}${x.name(p, caps ? 'salCaps' : 'sal')}${withBirth ? `, ${x.birth(p, bs)}` : ''}`);
  const flat = `${x.streetLine(x.rng.chance(0.4))}${withAdd && x.addition ? ` (${x.addition})` : ''}, ${x.townLine()}`;
  return { tenants, flat };
}
function venue(x: Ctx): string {
  const ct = x.c.court;
  return `Amtsgericht ${ct.town}, ${ct.street}, ${ct.plz} ${ct.town}`;
}
function recipient(x: Ctx, toTenant: boolean): Recipient {
  if (toTenant) {
    const t = x.hh.tenants[0];
    const lines = [t ? x.name(t, 'salAcc') : '', x.streetLine(false), x.townLine()];
    return { lines };
  }
  if (x.d.kind === 'with-cover' || x.rng.chance(0.5)) return authorityRecipient(x.c.authority);
  return fachstelleRecipient(x.rng);
}

function caption(x: Ctx, v: ReturnType<typeof values>, centered: boolean): void {
  const s = x.s, c = x.c;
  const o = centered ? { align: 'center' as const } : {};
  s.line('In dem Rechtsstreit', o);
  s.gap(2);
  s.line(`${c.landlord.name}, ${landlordAddr(x)}`, { ...o, size: 9.5 });
  s.mark('landlord');
  s.line('– Klägerin –', { ...o, size: 9.5 });
  const lw = lawyerLine(x);
  if (lw) s.line(`Proz.-Bev.: ${lw}`, { ...o, size: 8.5 });
  s.line('gegen', o);
  const p = parties(x, v.withBirth, v.withAdd, x.rng.chance(0.4));
  for (const t of p.tenants) s.line(t, { ...o, size: 9.5 });
  s.mark('tenants');
  s.line(`wohnhaft ${p.flat}`, { ...o, size: 9.5 });
  s.mark('address');
  s.line(`– ${x.hh.tenants.length > 1 ? 'Beklagte' : x.hh.tenants[0]?.female ? 'Beklagte' : 'Beklagter'} –`, { ...o, size: 9.5 });
  s.line('wegen Räumung von Wohnraum', o);
  s.gap(6);
}

function ladung(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-ladung-beklagte';
  const v = values(x);
  courtLetterhead(s, ct, (ct.labelSeed + 2) % 3);
  addressField(s, returnLine(ct), recipient(x, true));
  infoBlock(s, 50 * MM, [['Geschäftsnummer:', v.az], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 72 });
  s.mark('fileNumber', 'court');
  s.text(125 * MM, 75 * MM, 'Abschrift zur Kenntnis an die Fachstelle', { size: 8 });
  s.y = 100 * MM;
  s.line('Ladung zum Termin zur mündlichen Verhandlung', { bold: true, size: 11.5 });
  s.gap(4);
  caption(x, v, false);
  const names = x.hh.tenants.length > 1 ? 'werden Sie' : 'werden Sie';
  s.para(`${names} auf Anordnung des Gerichts zu dem Termin zur mündlichen Verhandlung geladen auf`);
  s.line(`${v.hDate}, ${v.hTime}`, { bold: true, x: s.left + 30 });
  s.line(`${L(ct, 10, ['Sitzungssaal', 'Saal/Raum', 'Ort'])}: ${v.room}`, { bold: true, x: s.left + 30 });
  s.mark('hearing');
  s.line(venue(x), { x: s.left + 30, size: 9.5 });
  s.gap(6);
  if (v.printReceived) {
    s.para(`Die Klage vom ${v.klageVom} ist bei Gericht am ${v.received} eingegangen; eine Abschrift ist Ihnen bereits zugestellt worden.`);
    s.mark('claimReceived');
  }
  s.para('Erscheinen Sie in dem Termin nicht, so kann auf Antrag der Klägerin ein Versäumnisurteil gegen Sie ergehen, durch das Sie zur Räumung der Wohnung und zur Zahlung verurteilt werden. Eine Vertretung durch einen Rechtsanwalt ist nicht vorgeschrieben.', { size: 9.5 });
  s.addPage();
  s.text(s.left, 15 * MM, `${v.az} – Seite 2`, { size: 8.5 });
  s.y = 28 * MM;
  s.line('Wichtige Hinweise', { bold: true });
  s.para('Bitte bringen Sie diese Ladung und einen amtlichen Lichtbildausweis zum Termin mit. Der Sitzungssaal ist barrierefrei erreichbar. Wenn Sie Leistungen nach dem SGB II oder SGB XII beziehen, wenden Sie sich wegen der Mietrückstände bitte umgehend an Ihr Jobcenter oder das Sozialamt; die Übernahme von Mietschulden kann unter Umständen die Räumung abwenden (§ 569 Abs. 3 Nr. 2 BGB).', { size: 9.5 });
  s.para('Die Fachstelle Wohnungssicherung erhält eine Abschrift dieser Ladung und wird sich mit Ihnen in Verbindung setzen.', { size: 9.5 });
  s.gap(10);
  s.line(x.rng.pick(CLERKS));
  s.line(x.rng.pick(SIGN_COURT), { size: 9 });
  courtFooter(s, ct, x.rng);
  pageNumber(s, 2, 1);
  x.sender = `Amtsgericht ${ct.town}`;
}

function terminsnachricht(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-terminsnachricht';
  const v = values(x);
  courtLetterhead(s, ct, 1);
  addressField(s, returnLine(ct), recipient(x, false));
  infoBlock(s, 50 * MM, [['Az.', v.az], ['Datum', x.date(x.d.letterDate, 'num')]], { labelW: 40 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.line('Terminsnachricht', { bold: true, size: 12 });
  s.line('– Räumungsrechtsstreit, Ergänzung zur Mitteilung nach § 22 Abs. 9 SGB II –', { size: 9 });
  s.gap(6);
  const W = [150, s.right - s.left - 150];
  const p = parties(x, v.withBirth, v.withAdd, true);
  const rows: { cells: (string | string[])[] }[] = [
    { cells: ['Klägerin', [c.landlord.name, landlordAddr(x)]] },
    { cells: ['Beklagte', [...p.tenants.map((t) => t.replace(/^(\d\. )?(Herr|Frau) /, '$1')), p.flat]] },
  ];
  for (const r of rows) s.table([r], W, { after: 0, boldFirstCol: true });
  s.mark('landlord', 'tenants', 'address');
  if (v.printReceived) {
    s.table([{ cells: ['Klageeingang', v.received] }], W, { after: 0, boldFirstCol: true });
    s.mark('claimReceived');
  }
  s.table([{ cells: ['Termin', [`${v.hDate}, ${v.hTime}`, `${v.room}, ${venue(x)}`]] }], W, { after: 0, boldFirstCol: true });
  s.mark('hearing');
  s.table([{ cells: ['Art des Termins', x.rng.pick(['Güteverhandlung und Haupttermin', 'früher erster Termin', 'Haupttermin'])] }], W, { boldFirstCol: true });
  s.para('Die Nachricht ergeht zur Information, damit vor dem Termin geprüft werden kann, ob eine Übernahme der Rückstände in Betracht kommt.', { size: 9.5 });
  s.gap(8);
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`, { size: 9.5 });
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

function terminsbestimmung(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-terminsbestimmung';
  const v = values(x);
  courtLetterhead(s, ct, 0);
  addressField(s, returnLine(ct), recipient(x, false));
  infoBlock(s, 50 * MM, [['Aktenzeichen', v.az], ['Datum', x.date(x.d.letterDate, 'long')]], { labelW: 60 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.line('Beglaubigte Abschrift', { size: 9, align: 'right' });
  caption(x, v, true);
  s.line('Terminsbestimmung', { bold: true, align: 'center', size: 11.5 });
  s.gap(4);
  s.para(`Termin zur Güteverhandlung und zur sich unmittelbar anschließenden mündlichen Verhandlung wird bestimmt auf ${v.hDate}, ${v.hTime}, ${L(ct, 10, ['Ort:', 'im Gerichtsgebäude,', 'Verhandlungsort:'])} ${v.room}.`);
  s.mark('hearing');
  s.para('Das persönliche Erscheinen der Parteien zur Güteverhandlung wird angeordnet (§ 278 Abs. 3 ZPO).');
  if (v.printReceived) {
    s.para(`Die Klage ist am ${v.received} bei Gericht eingegangen.`);
    s.mark('claimReceived');
  }
  s.gap(6);
  s.line(`${x.rng.pick(JUDGES)}`);
  s.line(x.rng.pick(['Richterin am Amtsgericht', 'Richter am Amtsgericht', 'Direktor des Amtsgerichts']), { size: 9.5 });
  s.gap(6);
  s.line('Für die Richtigkeit der Abschrift', { size: 9 });
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`, { size: 9 });
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

function guete(x: Ctx): void {
  const s = x.s, c = x.c, ct = c.court;
  x.layout = 'ag-hinweis-gueteverhandlung';
  const v = values(x);
  courtLetterhead(s, ct, 2);
  addressField(s, returnLine(ct), recipient(x, false));
  infoBlock(s, 50 * MM, [['Geschäftsnummer', v.az], ['Datum', x.date(x.d.letterDate, 'num')], ['Zimmer', String(x.rng.int(12, 230))]], { labelW: 68 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  s.para(`Rechtsstreit ${c.landlord.name} ./. ${x.hh.tenants.map((p) => `${x.name(p, 'plain')}${v.withBirth ? ` (${x.birth(p, 'gebShort')})` : ''}`).join(', ')}`, { bold: true, size: 10, after: 0 });
  s.mark('landlord', 'tenants');
  s.line(`Räumung der Wohnung ${x.streetLine(false)}${v.withAdd && x.addition ? `, ${x.addition}` : ''}, ${x.townLine()}`, { size: 10 });
  s.mark('address');
  s.gap(6);
  s.line('Hinweis auf Güteverhandlung', { bold: true, size: 11 });
  s.gap(2);
  s.para('Sehr geehrte Damen und Herren,', { after: 2 });
  s.para(`in dem oben bezeichneten Verfahren findet die Güteverhandlung (§ 278 ZPO) am ${v.hDate} um ${v.hTime} statt. Verhandelt wird im ${v.room} des Amtsgerichts, Eingang ${ct.street}.`);
  s.mark('hearing');
  if (v.printReceived) {
    s.para(`Die Klageschrift vom ${v.klageVom} ging am ${v.received} bei Gericht ein.`);
    s.mark('claimReceived');
  }
  s.para('Scheitert die Güteverhandlung, schließt sich die mündliche Verhandlung unmittelbar an. Wir teilen Ihnen dies mit, weil nach unseren Unterlagen ein Antrag auf Übernahme von Mietschulden in Betracht kommen könnte.');
  s.para('Mit freundlichen Grüßen', { after: 10 });
  s.line(`${x.rng.pick(CLERKS)}`);
  s.line(x.rng.pick(SIGN_COURT), { size: 9 });
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

function anordnung(x: Ctx): void {
  const s = x.s, ct = x.c.court;
  x.layout = 'ag-anordnung-persoenliches-erscheinen';
  s.style.size = 10;
  s.style.lead = 13.5;
  const v = values(x);
  courtLetterhead(s, ct, 1);
  addressField(s, returnLine(ct), recipient(x, x.rng.chance(0.5)));
  infoBlock(s, 50 * MM, [['Geschäfts-Nr.:', v.az], ['Datum:', x.date(x.d.letterDate, 'num')]], { labelW: 60 });
  s.mark('fileNumber', 'court');
  s.y = 100 * MM;
  caption(x, v, false);
  s.line('Verfügung', { bold: true });
  s.para('1. Das persönliche Erscheinen der Beklagten zum Termin wird gemäß § 141 ZPO angeordnet. Bei unentschuldigtem Ausbleiben kann ein Ordnungsgeld festgesetzt werden.');
  s.para('2. Termin zur mündlichen Verhandlung:');
  const W = [120, s.right - s.left - 150];
  s.table([{ cells: ['Tag', v.hDate] }, { cells: ['Uhrzeit', v.hTime] }, { cells: ['Saal', v.room] }], W, { x: s.left + 20, boldFirstCol: true });
  s.mark('hearing');
  if (v.printReceived) {
    s.para(`3. Zur Kenntnis: Klageeingang am ${v.received}.`);
    s.mark('claimReceived');
  }
  s.line(`${x.rng.pick(JUDGES)}, ${x.rng.pick(['Richterin am Amtsgericht', 'Richter am Amtsgericht'])}`, { size: 9.5 });
  s.gap(4);
  s.line('Ausgefertigt:', { size: 9 });
  s.line(`${x.rng.pick(CLERKS)}, ${x.rng.pick(SIGN_COURT)}`, { size: 9 });
  courtFooter(s, ct, x.rng);
  x.sender = `Amtsgericht ${ct.town}`;
}

export function summonsTemplate(x: Ctx): void {
  ({ ladung, terminsnachricht, terminsbestimmung, guete, anordnung } as const)[x.c.court.summons](x);
}
