/** Truth shape and printing helpers shared by all forms. */
import type { CaseData, Person, Flat } from './model.js';
import { Sheet, FAMILIES, type Family } from './sheet.js';
import { fmtDate, type DateStyle } from './util.js';

export interface Tenant { name: string; birthDate: string | null }
export interface Fields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: Tenant[] | null;
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil' | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}

export const FIELD_KEYS: (keyof Fields)[] = [
  'court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed',
  'monthlyRent', 'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination',
];

export function emptyFields(): Fields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null, claimReceived: null,
    claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null, judgmentKind: null, judgmentDate: null,
    vacateDeadline: null, ordinaryTermination: null,
  };
}

export function tenantsTruth(c: CaseData, withBirth: boolean, only?: Person[]): Tenant[] {
  return (only ?? c.tenants).map((p) => ({ name: p.name, birthDate: withBirth ? p.birth : null }));
}

export function addrTruth(c: CaseData, withAddition = true): NonNullable<Fields['address']> {
  const f = c.flat;
  return { street: f.street, houseNumber: f.houseNumber, postalCode: f.postalCode, city: f.city, addition: withAddition ? f.addition : null };
}

export type NameStyle = 'plain' | 'comma' | 'upperComma' | 'upperLast' | 'title';

export function upper(s: string): string {
  return s.toLocaleUpperCase('de-DE');
}

export function nm(p: Person, style: NameStyle): string {
  switch (style) {
    case 'plain':
      return p.name;
    case 'comma':
      return `${p.surname}, ${p.given}`;
    case 'upperComma':
      return `${upper(p.surname)}, ${p.given}`;
    case 'upperLast':
      return `${p.given} ${upper(p.surname)}`;
    case 'title':
      return `${p.gender === 'f' ? 'Frau' : 'Herrn'} ${p.name}`;
  }
}

/** "Yılmaz, Mehmet und Ayşe" / "Mehmet und Ayşe Yılmaz" / "Mehmet Yılmaz und Ayşe Yılmaz" */
export function namesJoined(c: CaseData, style: 'und' | 'full' | 'title'): string {
  const ts = c.tenants;
  if (ts.length === 1) return style === 'title' ? nm(ts[0]!, 'title') : ts[0]!.name;
  const [a, b] = [ts[0]!, ts[1]!];
  if (style === 'und' && a.surname === b.surname) return `${a.given} und ${b.given} ${a.surname}`;
  if (style === 'title') return `${nm(a, 'title')} und ${b.gender === 'f' ? 'Frau' : 'Herrn'} ${b.name}`;
  return `${a.name} und ${b.name}`;
}

export function streetP(f: Flat, abbr: boolean): string {
  if (!abbr) return f.street;
  return f.street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.');
}

export function houseP(f: Flat, spaced: boolean): string {
  return spaced ? f.houseSpaced : f.houseNumber;
}

export function streetLine(c: CaseData, abbr: boolean, spaced: boolean, inlineAddition = false): string {
  const base = `${streetP(c.flat, abbr)} ${houseP(c.flat, spaced)}`;
  return inlineAddition && c.flat.addition ? `${base}, ${c.flat.addition}` : base;
}

export function cityLine(c: CaseData): string {
  return `${c.flat.postalCode} ${c.flat.city}`;
}

export function birthStr(p: Person, style: DateStyle = 'dmy', prefix = 'geb. '): string {
  return `${prefix}${fmtDate(p.birth, style)}`;
}

/** invented bank data per sender key */
export function ibanFor(key: string): string {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const digits = String(h).padStart(10, '0') + String(Math.imul(h, 31) >>> 0).padStart(10, '0');
  const d = digits.slice(0, 18);
  return `DE${String(10 + (h % 89))} ${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12, 16)} ${d.slice(16, 18)}`;
}

export function fam(key: string): Family {
  return FAMILIES[key] ?? FAMILIES.sans!;
}

/** the window address field (DIN 5008 form B): return line, then up to 6 lines */
export function window(sh: Sheet, ret: string, lines: string[], o: { x?: number; y?: number; size?: number; retSize?: number } = {}): void {
  const x = o.x ?? 25;
  const y = o.y ?? 50;
  sh.t(x, y, ret, { size: o.retSize ?? 6.5, underline: true });
  let yy = y + 6;
  for (const l of lines.slice(0, 6)) {
    sh.t(x, yy, l, { size: o.size ?? 10 });
    yy += 4.4;
  }
}

/** right-hand information block of label/value pairs */
export function infoBlock(sh: Sheet, x: number, y: number, rows: [string, string][], o: { size?: number; labelW?: number; stacked?: boolean } = {}): number {
  const size = o.size ?? 8.5;
  let yy = y;
  for (const [l, v] of rows) {
    if (o.stacked) {
      sh.t(x, yy, l, { size: size - 1.5 });
      yy += 3.1;
      sh.t(x, yy, v, { size });
      yy += 4.6;
    } else {
      sh.t(x, yy, l, { size });
      sh.t(x + (o.labelW ?? 27), yy, v, { size });
      yy += 4.1;
    }
  }
  return yy;
}

export const FACH_LINES = (c: CaseData): string[] => [
  'Verbund Nordost e. V.',
  'Fachstelle Wohnraumsicherung',
  c.court.branch.line,
  c.court.branch.street,
  `${c.court.branch.plz} ${c.court.branch.city}`,
];

export function officeLines(c: CaseData): string[] {
  const o = c.office;
  return [o.name, ...o.dept.slice(0, 2), o.street, `${o.plz} ${o.city}`];
}

export function pagerHook(sh: Sheet, text: (n: number) => string, align: 'center' | 'right' = 'center'): void {
  sh.onNewPage = (s, n) => {
    if (align === 'center') s.t(105, 12, text(n), { size: 8.5, align: 'center' });
    else s.t(190, 12, text(n), { size: 8.5, align: 'right' });
    s.y = 22;
  };
}
