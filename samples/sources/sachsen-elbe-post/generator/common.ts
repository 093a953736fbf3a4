/** Shared pieces for templates: context, truth setters, names, addresses, letterheads. */
import type { Doc, FontKey } from './render.js';
import { A4W, MM } from './render.js';
import type { Rng } from './rng.js';
import type { Fields, Household, Person } from './model.js';
import { fullName } from './model.js';
import type { FieldName } from '../../../../src/core/extraction.schema.js';
import { abbrevStreet, fmtDate, upper } from './fmt.js';
import type { DateStyle } from './fmt.js';
import type { Court } from './data.js';

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';

export interface Ctx {
  r: Rng;
  h: Household;
  fields: Fields;
  letterDate: string;
  /** free-form options chosen by the planner */
  opt: Record<string, string | number | boolean>;
}

export function put(c: Ctx, d: Doc, f: FieldName, v: unknown): void {
  c.fields[f] = v;
  d.mark(f);
}

export const LEFT = 25 * MM;
export const RIGHT = A4W - 20 * MM;
export const TEXTW = RIGHT - LEFT;

// ---------- names ----------
export type NameStyle = 'herrFrau' | 'plain' | 'capsFirst' | 'surnameFirst' | 'capsSurname';

export function personName(p: Person, style: NameStyle): string {
  switch (style) {
    case 'herrFrau': return `${p.sex === 'm' ? 'Herr' : 'Frau'} ${fullName(p)}`;
    case 'plain': return fullName(p);
    case 'capsFirst': return `${upper(p.surname)}, ${p.given}`;
    case 'surnameFirst': return `${p.surname}, ${p.given}`;
    case 'capsSurname': return `${p.given} ${upper(p.surname)}`;
  }
}

export function birthText(p: Person, style: number): string {
  switch (style % 4) {
    case 0: return `geb. ${fmtDate(p.birth, 'dmy')}`;
    case 1: return `geboren am ${fmtDate(p.birth, 'dmy')}`;
    case 2: return `geb. am ${fmtDate(p.birth, 'dmy')}`;
    default: return `*${fmtDate(p.birth, 'dmy')}`;
  }
}

export function tenantTruth(h: Household, withBirth: boolean): { name: string; birthDate: string | null }[] {
  return h.tenants.map((p) => ({ name: fullName(p), birthDate: withBirth ? p.birth : null }));
}

/** "Steffen und Mandy Krause" when all share a surname, else null */
export function coupleName(h: Household, herr = false): string | null {
  const t = h.tenants;
  if (t.length !== 2) return null;
  const [a, b] = t as [Person, Person];
  if (a.surname !== b.surname) return null;
  if (herr) return `${a.sex === 'm' ? 'Herrn' : 'Frau'} ${a.given} und ${b.sex === 'm' ? 'Herrn' : 'Frau'} ${b.given} ${a.surname}`;
  return `${a.given} und ${b.given} ${a.surname}`;
}

/** tenants in running text: "Herrn Jens Krause und Frau Mandy Krause" */
export function tenantsProse(h: Household, dative = false): string {
  const names = h.tenants.map((p) => `${p.sex === 'm' ? (dative ? 'Herrn' : 'Herr') : 'Frau'} ${fullName(p)}`);
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

// ---------- addresses ----------
export interface AddrStyle { abbrev?: boolean; spaceNo?: boolean; additionInline?: boolean }

export function streetLine(h: Household, s: AddrStyle = {}): string {
  const st = s.abbrev ? abbrevStreet(h.flat.street) : h.flat.street;
  const no = s.spaceNo ? h.flat.houseNumber.replace(/^(\d+)([a-z])$/, '$1 $2') : h.flat.houseNumber;
  return `${st} ${no}`;
}

export function cityLine(h: Household): string {
  return `${h.flat.postalCode} ${h.flat.city}`;
}

export function addressOneLine(h: Household, s: AddrStyle = {}): string {
  const add = h.flat.addition ? `, ${h.flat.addition}` : '';
  return `${streetLine(h, s)}${add}, ${cityLine(h)}`;
}

export function addressLines(h: Household, s: AddrStyle = {}): string[] {
  const lines = [streetLine(h, s)];
  if (h.flat.addition) {
    if (s.additionInline) lines[0] = `${lines[0]}, ${h.flat.addition}`;
    else lines.push(h.flat.addition);
  }
  lines.push(cityLine(h));
  return lines;
}

export function addressTruth(h: Household): Household['flat'] {
  return { ...h.flat };
}

// ---------- court bits ----------
export function courtName(c: Court): string {
  return `Amtsgericht ${c.town === 'Annaberg-Buchholz' ? 'Annaberg' : c.town.replace(/\/.*$/, '')}`;
}

export function courtKey(c: Court): string {
  return courtName(c).replace('Amtsgericht ', '');
}

/** printed Aktenzeichen variants ("12C 345/25", "12 C 345 / 25") */
export function azPrint(az: string, style: number): string {
  if (style === 1) return az.replace(' C ', 'C ');
  if (style === 2) return az.replace('/', ' / ');
  return az;
}

export function dateStyle(r: Rng): DateStyle {
  return r.pick(['dmy', 'dmy', 'dmy', 'long', 'dmyPadless'] as const);
}

/** DIN 5008 window: return-address line and recipient lines */
export function windowAddress(d: Doc, ret: string, lines: string[], f: FontKey = 'sans', x = 20 * MM, y = 45 * MM): void {
  d.t(x, y + 2, ret, { f, s: 6.5, fit: 85 * MM });
  d.hr(x, y + 10, x + 80 * MM, 0.3);
  let yy = y + 17.7 * MM;
  for (const l of lines) {
    d.t(x, yy, l, { f, s: 10 });
    yy += 12.5;
  }
}

/** information block at 125 mm: label/value pairs */
export function infoBlock(d: Doc, rows: [string, string][], f: FontKey = 'sans', x = 125 * MM, y = 50 * MM, labelW = 26 * MM): number {
  let yy = y;
  for (const [k, v] of rows) {
    if (k) d.t(x, yy, k, { f, s: 8 });
    d.t(x + labelW, yy, v, { f, s: 8.5, fit: RIGHT - x - labelW });
    yy += 11;
  }
  return yy;
}

export function footerLine(d: Doc, parts: string[], f: FontKey = 'sans', y = 800): void {
  d.hr(LEFT, y - 4, RIGHT, 0.4);
  let yy = y;
  for (const p of parts) {
    d.t(LEFT, yy, p, { f, s: 6.5, fit: TEXTW });
    yy += 8.5;
  }
}

export function pageNo(d: Doc, n: number, total: number, f: FontKey = 'sans', style = 0): void {
  const s = style === 0 ? `Seite ${n} von ${total}` : style === 1 ? `- ${n} -` : `Blatt ${n}`;
  d.t(LEFT, 820, s, { f, s: 7.5, align: 'center', w: TEXTW });
}

/** greeting-less closing for court clerks */
export function clerkSign(d: Doc, y: number, name: string, role: string, f: FontKey, machine: boolean): number {
  let yy = y;
  if (machine) {
    d.t(LEFT, yy, name, { f, s: 9.5 });
    d.t(LEFT, yy + 12, role, { f, s: 9.5 });
    yy += 30;
    d.t(LEFT, yy, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { f, s: 7.5 });
    return yy + 14;
  }
  d.t(LEFT, yy, 'Mit freundlichen Grüßen', { f, s: 10 });
  d.t(LEFT, yy + 36, name, { f, s: 10 });
  d.t(LEFT, yy + 48, role, { f, s: 9 });
  return yy + 66;
}

export const CLERKS = ['Hanke', 'Rietschel', 'Morgenstern', 'Leuschner', 'Vetter', 'Bartsch', 'Kreher', 'Pönitz', 'Wehner', 'Scheibe', 'Lindner', 'Voigtländer'];
export const JUDGES = ['Dr. Kießling', 'Rabe', 'Hofmann-Zeh', 'Schwind', 'Adler', 'Dr. Fuchs', 'Gnauck', 'Teichert', 'Brückner'];

export function titleCase(s: string): string {
  return s;
}
