/** Hearing summonses and hearing notices: five court forms. */
import type { Doc } from './render.js';
import { MM } from './render.js';
import type { Ctx } from './common.js';
import { CLERKS, JUDGES, LEFT, RIGHT, TEXTW, addressLines, addressOneLine, addressTruth, azPrint, courtName, footerLine, pageNo, personName, put, tenantTruth, windowAddress } from './common.js';
import { courtForm, courtHead, recipientLines } from './notice.js';
import type { Form } from './notice.js';
import { addDays, fmtDate, fmtTime, workday } from './fmt.js';
import type { DateStyle } from './fmt.js';

function hearingLine(c: Ctx, fm: Form, style: number): string {
  const h = c.h.hearing;
  const ds: DateStyle = style === 0 ? 'wdDenLong' : style === 1 ? 'wdDmy' : 'dmy';
  return `${fmtDate(h.date, ds)}, ${fmtTime(h.time, fm.ts === 'colon' ? 'colonUhr' : fm.ts)}`;
}

function putHearing(c: Ctx, d: Doc): void {
  put(c, d, 'hearing', { date: c.h.hearing.date, time: c.h.hearing.time, room: c.h.hearing.room });
}

function partiesShort(c: Ctx, fm: Form): string {
  const t = c.h.tenants;
  return `${c.h.landlord.name} ./. ${t.map((p) => personName(p, fm.ns === 'capsFirst' || fm.ns === 'surnameFirst' ? 'plain' : fm.ns)).join(', ')}`;
}

/** 0: Terminsnachricht to the authority, label form */
function summonsNachricht(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'summons0');
  const h = c.h;
  courtHead(d, c, fm, 0);
  const rc = recipientLines(c);
  windowAddress(d, `${courtName(h.court)} · ${h.court.pobox} · ${h.court.plz} ${h.court.town}`, rc.lines, fm.f);
  d.t(125 * MM, 52 * MM, `Geschäftsnummer: ${azPrint(h.az, fm.azs)}`, { f: fm.fb, s: 9.5 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 52 * MM + 13, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  let y = 100 * MM;
  d.t(LEFT, y, 'Terminsnachricht', { f: fm.fb, s: 13 });
  y += 24;
  const ref = Boolean(c.opt.refClaim);
  y = d.para(LEFT, y, TEXTW, ref
    ? `In dem Räumungsrechtsstreit, über dessen Eingang am ${fmtDate(h.claimReceived, fm.ds)} Sie nach § 22 Abs. 9 SGB II unterrichtet worden sind, wird Ihnen Folgendes mitgeteilt:`
    : 'In dem nachstehend bezeichneten Räumungsrechtsstreit wird Ihnen in Ergänzung der Mitteilung nach § 22 Abs. 9 SGB II Folgendes mitgeteilt:', { f: fm.f, s: 10 });
  if (ref) put(c, d, 'claimReceived', h.claimReceived);
  y += 10;
  const lab = (k: string, vals: string[]): void => {
    d.t(LEFT, y, k, { f: fm.f, s: 9.5 });
    vals.forEach((v, i) => d.t(LEFT + 45 * MM, y + i * 12.5, v, { f: fm.f, s: 10, fit: TEXTW - 45 * MM }));
    y += vals.length * 12.5 + 7;
  };
  lab('Klägerin:', [h.landlord.name]);
  put(c, d, 'landlord', h.landlord.name);
  lab(h.tenants.length > 1 ? 'Beklagte:' : 'Beklagte/r:', h.tenants.map((p, i) => `${h.tenants.length > 1 ? `${i + 1}. ` : ''}${personName(p, fm.ns)}`));
  put(c, d, 'tenants', tenantTruth(h, false));
  lab('Wohnung:', addressLines(h, { abbrev: true, additionInline: true }));
  put(c, d, 'address', addressTruth(h));
  y += 6;
  d.rect(LEFT, y - 4, TEXTW, 48, 0.8);
  d.t(LEFT + 8, y + 2, 'Termin zur mündlichen Verhandlung:', { f: fm.fb, s: 10 });
  d.t(LEFT + 8, y + 16, hearingLine(c, fm, 1), { f: fm.fb, s: 11 });
  d.t(LEFT + 8, y + 30, `${h.hearing.room}, ${courtName(h.court)}, ${h.court.street}, ${h.court.plz} ${h.court.town}`, { f: fm.f, s: 9.5, fit: TEXTW - 16 });
  putHearing(c, d);
  y += 60;
  y = d.para(LEFT, y, TEXTW, 'Das persönliche Erscheinen der Beklagten ist angeordnet. Die Sitzungen sind öffentlich; bitte planen Sie für die Einlasskontrolle ausreichend Zeit ein.', { f: fm.f, s: 9.5 });
  d.t(LEFT, y + 20, `${fmtDate(c.letterDate, 'dmy')} – ${fm.r.pick(CLERKS)}, Urkundsbeamtin der Geschäftsstelle`, { f: fm.f, s: 9 });
  d.t(LEFT, y + 34, 'Maschinell erstellt, ohne Unterschrift gültig.', { f: fm.f, s: 7.5 });
}

/** 1: Abschrift einer Ladung an die Beklagten (flat address in the window), two pages */
function summonsLadung(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'summons1');
  const h = c.h;
  courtHead(d, c, fm, 2);
  const first = h.tenants[0];
  if (!first) throw new Error('no tenant');
  const lines = [personName(first, 'herrFrau'), ...h.tenants.slice(1, 3).map((p) => personName(p, 'herrFrau')), ...addressLines(h, { additionInline: h.tenants.length > 2 })];
  windowAddress(d, `${courtName(h.court)}, ${h.court.pobox}, ${h.court.plz} ${h.court.town}`, lines.slice(0, 6), fm.f);
  d.t(125 * MM, 48 * MM, 'ABSCHRIFT', { f: fm.fb, s: 11, spacing: 2 });
  d.t(125 * MM, 48 * MM + 16, `Aktenzeichen: ${azPrint(h.az, fm.azs)}`, { f: fm.f, s: 9.5 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 48 * MM + 29, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'address', addressTruth(h));
  let y = 102 * MM;
  d.t(LEFT, y, 'Ladung zum Termin', { f: fm.fb, s: 13 });
  y += 18;
  d.t(LEFT, y, `In dem Rechtsstreit ${h.landlord.name} gegen ${h.tenants.map((p) => p.surname).filter((s, i, a) => a.indexOf(s) === i).join(', ')}`, { f: fm.f, s: 10, fit: TEXTW });
  put(c, d, 'landlord', h.landlord.name);
  y += 14;
  d.t(LEFT, y, 'wegen Räumung und Zahlung', { f: fm.f, s: 10 });
  y += 24;
  y = d.para(LEFT, y, TEXTW, `Sehr geehrte${first.sex === 'm' ? 'r Herr' : ' Frau'} ${first.surname}${h.tenants.length > 1 ? ', sehr geehrte Damen und Herren' : ''},`, { f: fm.f, s: 10 });
  y += 6;
  const ref = Boolean(c.opt.refClaim);
  y = d.para(LEFT, y, TEXTW, `in dem oben bezeichneten Verfahren ${ref ? `(Klage eingegangen am ${fmtDate(h.claimReceived, fm.ds)}) ` : ''}werden Sie zu dem Termin zur Güteverhandlung und dem sich unmittelbar anschließenden Haupttermin geladen auf`, { f: fm.f, s: 10 });
  if (ref) put(c, d, 'claimReceived', h.claimReceived);
  y += 8;
  d.t(LEFT + 30, y, hearingLine(c, fm, 0), { f: fm.fb, s: 11 });
  d.t(LEFT + 30, y + 15, `Ort: ${courtName(h.court)}, ${h.court.street}, ${h.hearing.room}`, { f: fm.fb, s: 10, fit: TEXTW - 30 });
  putHearing(c, d);
  y += 40;
  y = d.para(LEFT, y, TEXTW, 'Ihr persönliches Erscheinen wird angeordnet, um den Sachverhalt aufzuklären und eine gütliche Einigung zu versuchen (§§ 141, 278 Abs. 3 ZPO). Bringen Sie bitte diese Ladung und einen Lichtbildausweis mit.', { f: fm.f, s: 10 });
  y += 10;
  d.t(LEFT, y, 'Abschrift zur Kenntnisnahme an: Jobcenter / Sozialamt (§ 22 Abs. 9 SGB II)', { f: fm.f, s: 8.5 });
  pageNo(d, 1, 2, fm.f, 0);
  d.addPage();
  d.t(LEFT, 40, `${courtName(h.court)} · ${azPrint(h.az, fm.azs)}`, { f: fm.f, s: 8.5 });
  y = 70;
  d.t(LEFT, y, 'Hinweise', { f: fm.fb, s: 11 });
  y += 18;
  for (const p of [
    'Erscheint eine Partei im Termin nicht, kann auf Antrag der Gegenseite ein Versäumnisurteil ergehen (§§ 330, 331 ZPO). Aus einem Versäumnisurteil kann sofort die Räumung betrieben werden.',
    `Bleiben Sie dem Termin unentschuldigt fern, obwohl Ihr persönliches Erscheinen angeordnet ist, kann gegen Sie ein Ordnungsgeld bis zu ${'1.000,00 €'} festgesetzt werden.`,
    'Wenn Sie die Miete nicht zahlen können, wenden Sie sich bitte umgehend an das Jobcenter oder das Sozialamt. Innerhalb von zwei Monaten nach Zustellung der Klage kann die fristlose Kündigung durch Zahlung oder eine Verpflichtungserklärung einer öffentlichen Stelle unwirksam werden (§ 569 Abs. 3 Nr. 2 BGB).',
    'Sie können sich im Verfahren vor dem Amtsgericht selbst vertreten. Auskünfte zur Beratungs- und Prozesskostenhilfe erteilt die Rechtsantragstelle.',
  ]) y = d.para(LEFT, y, TEXTW, p, { f: fm.f, s: 9.5 }) + 8;
  d.t(LEFT, y + 10, `${fm.r.pick(CLERKS)}, Justizsekretärin – als Urkundsbeamtin der Geschäftsstelle`, { f: fm.f, s: 9 });
  pageNo(d, 2, 2, fm.f, 0);
}

/** 2: richterliche Terminsbestimmung (Verfügung) with caption */
function summonsVerfuegung(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'summons2');
  const h = c.h;
  courtHead(d, c, fm, 1);
  let y = 100;
  d.t(LEFT, y, `Az.: ${azPrint(h.az, fm.azs)}`, { f: fm.fb, s: 10 });
  put(c, d, 'fileNumber', h.az);
  d.t(LEFT + TEXTW / 2, y, `${h.court.town.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'long')}`, { f: fm.f, s: 10, align: 'right', w: TEXTW / 2 });
  y += 30;
  d.t(LEFT, y, 'V e r f ü g u n g', { f: fm.fb, s: 13, align: 'center', w: TEXTW });
  y += 26;
  d.t(LEFT, y, 'In dem Rechtsstreit', { f: fm.f, s: 10 });
  y += 16;
  d.t(LEFT + 20, y, h.landlord.name, { f: fm.f, s: 10 });
  d.t(RIGHT - 60, y, '- Klägerin -', { f: fm.f, s: 9.5 });
  put(c, d, 'landlord', h.landlord.name);
  y += 13;
  if (h.lawfirm) { d.t(LEFT + 20, y, `Proz.-Bev.: ${h.lawfirm.short}, ${h.lawfirm.city}`, { f: fm.f, s: 9 }); y += 13; }
  d.t(LEFT, y + 2, 'gegen', { f: fm.f, s: 10 });
  y += 18;
  h.tenants.forEach((p, i) => {
    d.t(LEFT + 20, y, `${h.tenants.length > 1 ? `${String.fromCharCode(97 + i)}) ` : ''}${personName(p, fm.ns)}`, { f: fm.f, s: 10 });
    y += 13;
  });
  d.t(RIGHT - 60, y - 13, '- Beklagte -', { f: fm.f, s: 9.5 });
  put(c, d, 'tenants', tenantTruth(h, false));
  d.t(LEFT + 20, y, `wohnhaft: ${addressOneLine(h, { spaceNo: fm.r.chance(0.4) })}`, { f: fm.f, s: 10, fit: TEXTW - 20 });
  put(c, d, 'address', addressTruth(h));
  y += 28;
  const item = (n: string, s: string): void => {
    d.t(LEFT, y, n, { f: fm.f, s: 10 });
    y = d.para(LEFT + 20, y, TEXTW - 20, s, { f: fm.f, s: 10 }) + 5;
  };
  const ref = Boolean(c.opt.refClaim);
  if (ref) {
    item('1.', `Die Klageschrift vom ${fmtDate(addDays(h.claimReceived, -2), 'dmy')}, eingegangen am ${fmtDate(h.claimReceived, fm.ds)}, ist den Beklagten zuzustellen.`);
    put(c, d, 'claimReceived', h.claimReceived);
  } else item('1.', 'Es wird das frühe erste Termin-Verfahren gewählt (§ 275 ZPO).');
  item('2.', `Termin zur Güteverhandlung und zur mündlichen Verhandlung wird bestimmt auf ${hearingLine(c, fm, 0)}, ${h.hearing.room}.`);
  putHearing(c, d);
  item('3.', 'Das persönliche Erscheinen der Beklagten wird angeordnet (§ 141 ZPO).');
  item('4.', 'Mitteilung an den Träger der Grundsicherung gemäß § 22 Abs. 9 SGB II.');
  item('5.', 'Wiedervorlage mit Eingang, spätestens zum Termin.');
  y += 10;
  d.t(LEFT, y, `${fm.r.pick(JUDGES)}`, { f: fm.f, s: 10 });
  d.t(LEFT, y + 12, 'Richterin am Amtsgericht', { f: fm.f, s: 9.5 });
  y += 40;
  d.t(LEFT, y, `Für die Richtigkeit der Abschrift: ${fm.r.pick(CLERKS)}, JOS'in als Urkundsbeamtin der Geschäftsstelle`, { f: fm.f, s: 8.5, fit: TEXTW });
  footerLine(d, [`${courtName(h.court)} · ${h.court.street} · ${h.court.plz} ${h.court.town} · Telefon ${h.court.phone}`], fm.f);
}

/** 3: table (Terminsmitteilung), optionally a continuation date after a past hearing */
function summonsTable(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'summons3');
  const h = c.h;
  courtHead(d, c, fm, 0);
  const rc = recipientLines(c);
  windowAddress(d, `${courtName(h.court)} · ${h.court.pobox} · ${h.court.plz} ${h.court.town}`, rc.lines, fm.f);
  d.t(125 * MM, 52 * MM, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f: fm.f, s: 9 });
  let y = 98 * MM;
  d.t(LEFT, y, 'Terminsmitteilung in Räumungssachen', { f: fm.fb, s: 12 });
  y += 22;
  const cols = [40 * MM, TEXTW - 40 * MM];
  const row = (k: string, vals: string[]): void => {
    const rh = vals.length * 12 + 8;
    d.rect(LEFT, y, cols[0] ?? 0, rh, 0.5);
    d.rect(LEFT + (cols[0] ?? 0), y, cols[1] ?? 0, rh, 0.5);
    d.t(LEFT + 4, y + 4, k, { f: fm.f, s: 8.5 });
    vals.forEach((v, i) => d.t(LEFT + (cols[0] ?? 0) + 4, y + 4 + i * 12, v, { f: fm.f, s: 9.5, fit: (cols[1] ?? 0) - 8 }));
    y += rh;
  };
  row('Aktenzeichen', [azPrint(h.az, fm.azs)]);
  put(c, d, 'fileNumber', h.az);
  row('Klägerin', [h.landlord.name]);
  put(c, d, 'landlord', h.landlord.name);
  row('Beklagte', [...h.tenants.map((p) => personName(p, fm.ns)), `wohnhaft ${addressOneLine(h, { abbrev: true })}`]);
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'address', addressTruth(h));
  const ref = Boolean(c.opt.refClaim);
  if (ref) { row('Klageeingang', [fmtDate(h.claimReceived, fm.ds)]); put(c, d, 'claimReceived', h.claimReceived); }
  const cont = Boolean(c.opt.continued);
  if (cont) row('Bisheriger Termin', [`mündliche Verhandlung vom ${fmtDate(workday(addDays(h.hearing.date, -fm.r.int(21, 35))), 'dmy')} (vertagt)`]);
  y += 10;
  d.t(LEFT, y, cont ? 'Fortsetzungstermin' : 'Termin', { f: fm.fb, s: 10 });
  y += 14;
  const tc = [TEXTW * 0.45, TEXTW * 0.2, TEXTW * 0.35];
  let x = LEFT;
  ['Datum', 'Uhrzeit', 'Sitzungssaal'].forEach((k, i) => { d.rect(x, y, tc[i] ?? 0, 14, 0.5, '#e4e4e4'); d.t(x + 4, y + 3, k, { f: fm.fb, s: 8.5 }); x += tc[i] ?? 0; });
  y += 14;
  x = LEFT;
  const vals = [fmtDate(h.hearing.date, 'wdDmy'), fmtTime(h.hearing.time, 'colonUhr'), h.hearing.room];
  vals.forEach((v, i) => { d.rect(x, y, tc[i] ?? 0, 18, 0.5); d.t(x + 4, y + 4, v, { f: fm.f, s: 10, fit: (tc[i] ?? 0) - 8 }); x += tc[i] ?? 0; });
  putHearing(c, d);
  y += 32;
  y = d.para(LEFT, y, TEXTW, `Verhandlungsort: ${courtName(h.court)}, ${h.court.street}, ${h.court.plz} ${h.court.town}. Art des Termins: Güteverhandlung und Haupttermin.`, { f: fm.f, s: 9.5 });
  d.t(LEFT, y + 16, `Im Auftrag: ${fm.r.pick(CLERKS)}`, { f: fm.f, s: 9.5 });
}

/** 4: Terminsverlegung: an old date is cancelled, a new one set */
function summonsVerlegung(d: Doc, c: Ctx): void {
  const fm = courtForm(c.h.court, 'summons4');
  const h = c.h;
  courtHead(d, c, fm, 2);
  const rc = recipientLines(c);
  windowAddress(d, `${courtName(h.court)}, ${h.court.pobox}, ${h.court.plz} ${h.court.town}`, rc.lines, fm.f);
  d.t(125 * MM, 50 * MM, `Aktenzeichen ${azPrint(h.az, fm.azs)}`, { f: fm.fb, s: 10 });
  put(c, d, 'fileNumber', h.az);
  d.t(125 * MM, 50 * MM + 14, fmtDate(c.letterDate, 'long'), { f: fm.f, s: 9.5 });
  let y = 100 * MM;
  d.t(LEFT, y, 'Aufhebung und Neubestimmung eines Termins', { f: fm.fb, s: 12 });
  y += 22;
  y = d.para(LEFT, y, TEXTW, `Rechtsstreit ${h.landlord.name} gegen ${h.tenants.map((p) => personName(p, 'plain')).join(' und ')}, wohnhaft ${addressOneLine(h)}`, { f: fm.f, s: 10 });
  put(c, d, 'landlord', h.landlord.name);
  put(c, d, 'tenants', tenantTruth(h, false));
  put(c, d, 'address', addressTruth(h));
  y += 10;
  const old = workday(addDays(h.hearing.date, -fm.r.int(10, 30)));
  y = d.para(LEFT, y, TEXTW, `Der Termin vom ${fmtDate(old, 'dmy')}, ${fmtTime(h.hearing.time === '09:00' ? '10:00' : '09:00', 'colonUhr')}, wird wegen Verhinderung des Gerichts aufgehoben.`, { f: fm.f, s: 10 });
  y += 8;
  y = d.para(LEFT, y, TEXTW, 'Neuer Termin zur mündlichen Verhandlung wird bestimmt auf', { f: fm.f, s: 10 });
  y += 4;
  d.t(LEFT + 40, y, `${hearingLine(c, fm, 1)},`, { f: fm.fb, s: 11 });
  d.t(LEFT + 40, y + 15, `${h.hearing.room}, ${h.court.street}`, { f: fm.fb, s: 10 });
  putHearing(c, d);
  y += 40;
  const ref = Boolean(c.opt.refClaim);
  if (ref) {
    y = d.para(LEFT, y, TEXTW, `Die Klage ist am ${fmtDate(h.claimReceived, fm.ds)} eingegangen; die Anordnungen aus der Verfügung vom ${fmtDate(addDays(h.claimReceived, 6), 'dmy')} bleiben bestehen.`, { f: fm.f, s: 10 });
    put(c, d, 'claimReceived', h.claimReceived);
  }
  d.t(LEFT, y + 20, `Auf Anordnung: ${fm.r.pick(CLERKS)}, Justizobersekretär`, { f: fm.f, s: 9.5 });
}

export const SUMMONS_FORMS = [summonsNachricht, summonsLadung, summonsVerfuegung, summonsTable, summonsVerlegung];
export const SUMMONS_NAMES = ['terminsnachricht', 'ladung-abschrift', 'terminsverfuegung', 'terminsmitteilung-tabelle', 'terminsverlegung'];
export { partiesShort };
