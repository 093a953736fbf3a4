/** Bailiffs' eviction notices: each bailiff has a form. */
import type { Doc, FontKey } from './render.js';
import { MM } from './render.js';
import { Rng } from './rng.js';
import type { Ctx } from './common.js';
import { LEFT, RIGHT, TEXTW, courtKey, addressLines, addressOneLine, addressTruth, azPrint, birthText, courtName, footerLine, personName, put, streetLine, cityLine, tenantTruth, windowAddress } from './common.js';
import type { NameStyle } from './common.js';
import { addDays, fmtDate, fmtMoney, fmtTime } from './fmt.js';
import type { Bailiff } from './data.js';
import type { JudgmentKind } from './model.js';

const KIND_TEXT: Record<JudgmentKind, string> = {
  raeumungsurteil: 'Urteil',
  versaeumnisurteil: 'Versäumnisurteil',
  anerkenntnisurteil: 'Anerkenntnisurteil',
};

function bailiffCourt(b: Bailiff): string {
  return `Amtsgericht ${b.court}`;
}

function ordnungLines(c: Ctx): string[] {
  const o = c.h.authority.ordnung;
  const [a, b] = o.split(', ');
  const dept = b ?? '';
  return [a ?? o, dept, c.h.authority.soStreet, `${c.h.authority.soPlz} ${c.h.authority.soCity}`].filter((s) => s.length > 0);
}

function titleText(c: Ctx, style: number): string {
  const j = c.h.judgment;
  const kind = j.partial ? 'Teilanerkenntnis- und Schlussurteil' : KIND_TEXT[j.kind];
  const az = c.h.az;
  if (style === 0) return `${kind} des Amtsgerichts ${courtKey(c.h.court)} vom ${fmtDate(j.date, 'dmy')}, Az. ${az}`;
  if (style === 1) return `vollstreckbare Ausfertigung des ${kind}s des ${courtName(c.h.court)} vom ${fmtDate(j.date, 'long')} (${az})`;
  return `${courtName(c.h.court)}, ${kind} vom ${fmtDate(j.date, 'dmy')} – ${az} –`;
}

function putTitle(c: Ctx, d: Doc): void {
  put(c, d, 'relatedFileNumbers', [c.h.az]);
  put(c, d, 'judgmentKind', c.h.judgment.partial ? 'anerkenntnisurteil' : c.h.judgment.kind);
  put(c, d, 'judgmentDate', c.h.judgment.date);
}

function head(d: Doc, c: Ctx, b: Bailiff, f: FontKey, fb: FontKey, variant: number): void {
  const ac = bailiffCourt(b);
  if (variant === 0) {
    d.t(LEFT, 36, `${b.title} ${b.name}`, { f: fb, s: 12 });
    d.t(LEFT, 52, `bei dem ${ac}`, { f, s: 10 });
    d.t(LEFT, 66, `${b.street} · ${b.plz} ${b.city} · Tel. ${b.phone}`, { f, s: 8.5 });
    d.t(LEFT, 77, `Sprechzeiten: ${b.hours}`, { f, s: 8.5 });
    d.t(RIGHT - 140, 36, ac, { f, s: 9, align: 'right', w: 140 });
  } else if (variant === 1) {
    d.t(LEFT, 34, ac.toUpperCase(), { f: fb, s: 10, spacing: 1 });
    d.t(LEFT, 48, `Der ${b.title.replace('Ober', 'Ober-').replace('Ober-gerichts', 'Obergerichts')}`, { f, s: 9 });
    d.t(LEFT, 60, b.name, { f: fb, s: 11 });
    d.t(RIGHT - 200, 34, `Geschäftsanschrift: ${b.street}`, { f, s: 8, align: 'right', w: 200 });
    d.t(RIGHT - 200, 45, `${b.plz} ${b.city}`, { f, s: 8, align: 'right', w: 200 });
    d.t(RIGHT - 200, 56, `Telefon ${b.phone}`, { f, s: 8, align: 'right', w: 200 });
    d.hr(LEFT, 76, RIGHT, 0.8);
  } else {
    d.fillRect(LEFT, 30, TEXTW, 40, '#e8e8e8');
    d.t(LEFT + 8, 36, `${b.title.toUpperCase()}`, { f: fb, s: 9, spacing: 0.5 });
    d.t(LEFT + 8, 48, `${b.name} – ${ac}`, { f: fb, s: 11 });
    d.t(LEFT + 8, 61, `${b.street}, ${b.plz} ${b.city} | ${b.phone}`, { f, s: 8 });
  }
  put(c, d, 'court', ac);
}

function evLine(c: Ctx, style: number): string {
  const e = c.h.eviction;
  if (style === 0) return `${fmtDate(e.date, 'wdDenLong')}, ${fmtTime(e.time, 'hUhr')}`;
  if (style === 1) return `${fmtDate(e.date, 'wdDmy')}, ${fmtTime(e.time, 'colonUhr')}`;
  return `${fmtDate(e.date, 'dmy')} um ${fmtTime(e.time, 'dotUhr')}`;
}

function putEv(c: Ctx, d: Doc): void {
  put(c, d, 'evictionDate', { date: c.h.eviction.date, time: c.h.eviction.time });
}

function debtorLines(c: Ctx, ns: NameStyle, birth: boolean): string[] {
  return c.h.tenants.map((p, i) => `${c.h.tenants.length > 1 ? `${i + 1}. ` : ''}${personName(p, ns)}${birth ? `, ${birthText(p, i)}` : ''}`);
}

/** form 0: table "Mitteilung des Räumungstermins" */
function evTable(d: Doc, c: Ctx, b: Bailiff, r: Rng): void {
  const f: FontKey = 'sans', fb: FontKey = 'sansB';
  const h = c.h;
  head(d, c, b, f, fb, 0);
  windowAddress(d, `${b.title} ${b.name} · ${b.street} · ${b.plz} ${b.city}`, ordnungLines(c), f);
  d.t(125 * MM, 52 * MM, `DR-Nr.: ${h.dr}`, { f: fb, s: 10 });
  put(c, d, 'fileNumber', h.dr);
  d.t(125 * MM, 52 * MM + 14, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f, s: 9 });
  let y = 100 * MM;
  d.t(LEFT, y, 'Mitteilung des Räumungstermins', { f: fb, s: 12 });
  d.t(LEFT, y + 14, '(Benachrichtigung nach § 128 Abs. 2 GVGA)', { f, s: 9 });
  y += 34;
  const lw = 48 * MM;
  const birth = Boolean(c.opt.birth);
  const rows: [string, string[], () => void][] = [
    ['Gläubiger/in', [h.landlord.name, `${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`], () => put(c, d, 'landlord', h.landlord.name)],
    ['Schuldner/in', debtorLines(c, 'surnameFirst', birth), () => put(c, d, 'tenants', tenantTruth(h, birth))],
    ['Räumungsobjekt', addressLines(h, { abbrev: true, additionInline: true }), () => put(c, d, 'address', addressTruth(h))],
    ['Vollstreckungstitel', d.wrap(titleText(c, 0), TEXTW - lw - 8, f, 9.5), () => putTitle(c, d)],
    ['Räumungstermin', [evLine(c, 1)], () => putEv(c, d)],
  ];
  d.hr(LEFT, y, RIGHT, 0.7);
  for (const [k, vals, mk] of rows) {
    const rh = vals.length * 12 + 8;
    d.t(LEFT + 3, y + 4, k, { f: fb, s: 9 });
    vals.forEach((v, i) => d.t(LEFT + lw, y + 4 + i * 12, v, { f, s: 9.5, fit: TEXTW - lw - 4 }));
    mk();
    y += rh;
    d.hr(LEFT, y, RIGHT, 0.7);
  }
  y += 14;
  y = d.para(LEFT, y, TEXTW, `Die Schuldner wurden am ${fmtDate(addDays(c.letterDate, -1), 'dmy')} durch Zustellung benachrichtigt. Es ist damit zu rechnen, dass die Schuldner nach Durchführung der Räumung obdachlos werden. Ich bitte um Prüfung, ob Maßnahmen zur Unterbringung erforderlich sind.`, { f, s: 9.5 });
  d.t(LEFT, y + 24, b.name, { f, s: 10 });
  d.t(LEFT, y + 36, b.title, { f, s: 9 });
  footerLine(d, [`Dienstkonto: ${b.name}, IBAN DE${r.int(10, 99)} 8705 0000 ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(10, 99)} · Bitte DR-Nummer angeben`], f);
}

/** form 1: prose letter (Zwangsvollstreckungssache) */
function evProse(d: Doc, c: Ctx, b: Bailiff, r: Rng): void {
  const f: FontKey = 'serif', fb: FontKey = 'serifB';
  const h = c.h;
  head(d, c, b, f, fb, 1);
  windowAddress(d, `${b.name}, ${b.title}, ${b.street}, ${b.plz} ${b.city}`, ordnungLines(c), f);
  d.t(125 * MM, 50 * MM, `Geschäftszeichen: ${h.dr}`, { f: fb, s: 10 });
  put(c, d, 'fileNumber', h.dr);
  d.t(125 * MM, 50 * MM + 14, `${b.city.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'long')}`, { f, s: 10 });
  let y = 100 * MM;
  d.t(LEFT, y, `Zwangsvollstreckungssache ${h.landlord.name} ./. ${h.tenants.map((p) => p.surname).filter((s, i, a) => a.indexOf(s) === i).join(' u. ')}`, { f: fb, s: 10, fit: TEXTW });
  put(c, d, 'landlord', h.landlord.name);
  y += 14;
  d.t(LEFT, y, 'hier: Mitteilung über einen Räumungstermin', { f: fb, s: 10 });
  y += 24;
  d.t(LEFT, y, 'Sehr geehrte Damen und Herren,', { f, s: 10.5 });
  y += 20;
  const tn = h.tenants.map((p) => `${p.sex === 'm' ? 'Herrn' : 'Frau'} ${personName(p, 'plain')}`);
  y = d.para(LEFT, y, TEXTW, `in der oben genannten Sache betreibt die Gläubigerin aus der ${titleText(c, 1)} die Zwangsräumung gegen ${tn.length === 1 ? tn[0] : `${tn.slice(0, -1).join(', ')} und ${tn[tn.length - 1]}`}.`, { f, s: 10.5 });
  putTitle(c, d);
  put(c, d, 'tenants', tenantTruth(h, false));
  y += 6;
  y = d.para(LEFT, y, TEXTW, `Die Räumung der Wohnung ${addressOneLine(h)} habe ich auf`, { f, s: 10.5 });
  put(c, d, 'address', addressTruth(h));
  y += 4;
  d.t(LEFT, y, evLine(c, 0), { f: fb, s: 11.5, align: 'center', w: TEXTW });
  putEv(c, d);
  y += 22;
  y = d.para(LEFT, y, TEXTW, 'festgesetzt. Nach meinen Feststellungen droht den Schuldnern Obdachlosigkeit. Ich gebe Ihnen daher Gelegenheit, rechtzeitig Maßnahmen zu ergreifen (§ 128 Abs. 2 GVGA).', { f, s: 10.5 });
  y += 6;
  y = d.para(LEFT, y, TEXTW, `Von der Gläubigerin wurde ein Kostenvorschuss von ${fmtMoney(r.int(18, 45) * 10000, 'eurSign')} angefordert. Die Spedition ist für ${fmtTime(c.h.eviction.time, 'hUhr')} bestellt.`, { f, s: 10.5 });
  y += 14;
  d.t(LEFT, y, 'Mit freundlichen Grüßen', { f, s: 10.5 });
  d.t(LEFT, y + 36, b.name, { f, s: 10.5 });
  d.t(LEFT, y + 49, b.title, { f, s: 9.5 });
}

/** form 2: boxed sections form */
function evBoxes(d: Doc, c: Ctx, b: Bailiff, r: Rng): void {
  const f: FontKey = 'dvc', fb: FontKey = 'dvcB';
  const h = c.h;
  head(d, c, b, f, fb, 2);
  windowAddress(d, `${b.title} ${b.name}, ${b.street}, ${b.plz} ${b.city}`, ordnungLines(c), f);
  d.rect(125 * MM, 48 * MM, 60 * MM, 40, 0.6);
  d.t(125 * MM + 4, 48 * MM + 4, 'Dienstregister-Nr.', { f, s: 7 });
  d.t(125 * MM + 4, 48 * MM + 14, h.dr.replace('DR ', 'DR '), { f: fb, s: 11 });
  put(c, d, 'fileNumber', h.dr);
  d.t(125 * MM + 4, 48 * MM + 28, fmtDate(c.letterDate, 'dmy'), { f, s: 8.5 });
  let y = 98 * MM;
  d.t(LEFT, y, 'BENACHRICHTIGUNG ÜBER DIE RÄUMUNG VON WOHNRAUM', { f: fb, s: 11 });
  y += 20;
  const sec = (t: string, lines: string[], mk: () => void): void => {
    const hh = 14 + lines.length * 12 + 6;
    d.rect(LEFT, y, TEXTW, hh, 0.6);
    d.t(LEFT + 4, y + 3, t, { f: fb, s: 8 });
    lines.forEach((l, i) => d.t(LEFT + 14, y + 15 + i * 12, l, { f, s: 9.5, fit: TEXTW - 20 }));
    mk();
    y += hh + 4;
  };
  const birth = Boolean(c.opt.birth);
  sec('A  Gläubiger', [`${h.landlord.name}, ${h.landlord.street}, ${h.landlord.plz} ${h.landlord.city}`, ...(h.lawfirm ? [`vertreten durch ${h.lawfirm.name}`] : [])], () => put(c, d, 'landlord', h.landlord.name));
  sec('B  Schuldner', debtorLines(c, 'capsFirst', birth), () => put(c, d, 'tenants', tenantTruth(h, birth)));
  sec('C  Räumungsgut / Objekt', [`Wohnung ${streetLine(h, { spaceNo: true })}${h.flat.addition ? `, ${h.flat.addition}` : ''}`, cityLine(h)], () => put(c, d, 'address', addressTruth(h)));
  sec('D  Titel', [titleText(c, 2), `zugestellt am ${fmtDate(addDays(h.judgment.date, r.int(3, 9)), 'dmy')}`], () => putTitle(c, d));
  sec('E  Termin der Räumung', [evLine(c, 2), 'Treffpunkt: vor dem Hauseingang'], () => putEv(c, d));
  y += 8;
  y = d.para(LEFT, y, TEXTW, 'Den Schuldnern wurde der Termin mindestens drei Wochen vorher mitgeteilt. Sollte die Unterbringung der Schuldner nicht gesichert sein, bitte ich um Nachricht.', { f, s: 9 });
  d.t(LEFT, y + 18, `${b.name}, ${b.title}`, { f, s: 9.5 });
}

/** form 3: short fax-style note */
function evShort(d: Doc, c: Ctx, b: Bailiff, r: Rng): void {
  const f: FontKey = 'mono', fb: FontKey = 'monoB';
  const h = c.h;
  head(d, c, b, 'sans', 'sansB', 0);
  let y = 110;
  d.t(LEFT, y, `An: ${c.h.authority.ordnung}`, { f, s: 9.5, fit: TEXTW });
  d.t(LEFT, y + 12, `per Telefax`, { f, s: 9.5 });
  y += 40;
  d.t(LEFT, y, `${h.dr}`, { f: fb, s: 11 });
  put(c, d, 'fileNumber', h.dr);
  d.t(LEFT + TEXTW / 2, y, `${b.city.replace(/\/.*$/, '')}, ${fmtDate(c.letterDate, 'dmy')}`, { f, s: 9.5, align: 'right', w: TEXTW / 2 });
  y += 28;
  d.t(LEFT, y, 'RÄUMUNGSTERMIN', { f: fb, s: 12 });
  y += 22;
  const kv = (k: string, v: string): void => {
    d.t(LEFT, y, k.padEnd(14, ' '), { f, s: 9.5 });
    d.t(LEFT + 110, y, v, { f, s: 9.5, fit: TEXTW - 110 });
    y += 13;
  };
  kv('Gläubiger:', h.landlord.name);
  put(c, d, 'landlord', h.landlord.name);
  h.tenants.forEach((p, i) => kv(i === 0 ? 'Schuldner:' : '', personName(p, 'capsSurname')));
  put(c, d, 'tenants', tenantTruth(h, false));
  kv('Objekt:', addressOneLine(h, { abbrev: true }));
  put(c, d, 'address', addressTruth(h));
  kv('Titel:', titleText(c, 2));
  putTitle(c, d);
  kv('Termin:', evLine(c, 1));
  putEv(c, d);
  y += 12;
  y = d.para(LEFT, y, TEXTW, 'Schuldner sind nach hiesiger Kenntnis nicht in der Lage, sich selbst eine Unterkunft zu beschaffen. Bitte Unterbringung prüfen. Rückfragen unter der o. g. Rufnummer.', { f, s: 9.5 });
  d.t(LEFT, y + 18, `gez. ${b.name}`, { f, s: 9.5 });
  d.t(LEFT, y + 30, `Seite 1 von 1 · ${r.pick(['Original folgt nicht', 'Original folgt per Post'])}`, { f, s: 8 });
}

/** form 4: tick-box form with two pages */
function evTicks(d: Doc, c: Ctx, b: Bailiff, r: Rng): void {
  const f: FontKey = 'narrow', fb: FontKey = 'narrowB';
  const h = c.h;
  head(d, c, b, f, fb, 1);
  windowAddress(d, `${b.title} ${b.name} | ${b.street} | ${b.plz} ${b.city}`, ordnungLines(c), f);
  d.t(125 * MM, 50 * MM, 'Az. (DR):', { f, s: 8.5 });
  d.t(125 * MM + 48, 50 * MM, h.dr, { f: fb, s: 10.5 });
  put(c, d, 'fileNumber', h.dr);
  d.t(125 * MM, 50 * MM + 14, `Datum: ${fmtDate(c.letterDate, 'dmy')}`, { f, s: 9 });
  let y = 96 * MM;
  d.t(LEFT, y, 'Mitteilung über die Anberaumung eines Räumungstermins', { f: fb, s: 12 });
  y += 22;
  const tick = (x: number, yy: number, on: boolean, s: string): number => { d.box(x, yy + 1, on); return d.t(x + 12, yy, s, { f, s: 9.5 }) + 26; };
  let x = LEFT;
  x += tick(x, y, true, 'Räumung und Herausgabe (§ 885 ZPO)');
  tick(x, y, r.chance(0.3), 'beschränkter Auftrag (§ 885a ZPO)');
  y += 22;
  d.t(LEFT, y, 'Gläubiger:', { f: fb, s: 9.5 });
  d.t(LEFT + 80, y, h.landlord.name, { f, s: 10 });
  put(c, d, 'landlord', h.landlord.name);
  y += 13;
  if (h.landlord.manager) { d.t(LEFT + 80, y, `verwaltet durch ${h.landlord.manager}`, { f, s: 9 }); y += 13; }
  y += 4;
  d.t(LEFT, y, 'Schuldner:', { f: fb, s: 9.5 });
  const birth = Boolean(c.opt.birth);
  debtorLines(c, 'plain', birth).forEach((l) => { d.t(LEFT + 80, y, l, { f, s: 10 }); y += 13; });
  put(c, d, 'tenants', tenantTruth(h, birth));
  y += 4;
  d.t(LEFT, y, 'Wohnung:', { f: fb, s: 9.5 });
  addressLines(h).forEach((l) => { d.t(LEFT + 80, y, l, { f, s: 10 }); y += 13; });
  put(c, d, 'address', addressTruth(h));
  y += 10;
  d.t(LEFT, y, 'Schuldtitel:', { f: fb, s: 9.5 });
  y = d.para(LEFT + 80, y, TEXTW - 80, titleText(c, 0), { f, s: 10 });
  putTitle(c, d);
  y += 10;
  d.t(LEFT, y, 'Angaben zum Haushalt:', { f: fb, s: 9.5 });
  y += 14;
  x = LEFT;
  x += tick(x, y, r.chance(0.4), 'minderjährige Kinder');
  x += tick(x, y, r.chance(0.2), 'Haustiere');
  tick(x, y, r.chance(0.2), 'Pflegebedürftigkeit');
  d.t(LEFT, 815, 'Fortsetzung auf Seite 2', { f, s: 8, align: 'right', w: TEXTW });
  d.addPage();
  d.t(LEFT, 40, `${b.title} ${b.name} – ${h.dr} – Seite 2`, { f, s: 8.5 });
  y = 80;
  d.rect(LEFT, y, TEXTW, 50, 1.2);
  d.t(LEFT + 8, y + 8, 'Der Räumungstermin ist bestimmt auf:', { f: fb, s: 10 });
  d.t(LEFT + 8, y + 26, evLine(c, 1), { f: fb, s: 13 });
  putEv(c, d);
  y += 70;
  y = d.para(LEFT, y, TEXTW, `Den Schuldnern ist der Termin am ${fmtDate(addDays(c.letterDate, -r.int(0, 2)), 'dmy')} mitgeteilt worden. Ein Antrag auf Vollstreckungsschutz (§ 765a ZPO) ist bisher nicht bekannt.`, { f, s: 10 });
  y += 10;
  d.t(LEFT, y, `${b.name}`, { f, s: 10 });
  d.t(LEFT, y + 12, b.title, { f, s: 9 });
}

export const EVICTION_FORMS = [evTable, evProse, evBoxes, evShort, evTicks];
export const EVICTION_NAMES = ['gv-tabelle', 'gv-brief', 'gv-abschnitte', 'gv-faxnotiz', 'gv-ankreuz'];

export function eviction(d: Doc, c: Ctx): string {
  const b = c.h.bailiff;
  const r = new Rng(`bailiff:${b.name}:${c.h.id}`);
  const form = EVICTION_FORMS[b.form] ?? evTable;
  form(d, c, b, r);
  return EVICTION_NAMES[b.form] ?? 'gv-tabelle';
}
