/** Formatting helpers shared by the senders' forms. */
import type { Person } from './data.js';
import type { Case, Flat } from './model.js';
import { fmtDate } from './fmt.js';
import { nb, PageBuilder, MM, type FontKey } from './page.js';

export function abbrevStreet(street: string): string {
  return street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.');
}
export interface AddrOpts { abbrev?: boolean; spacedHn?: boolean }
export function streetLine(f: Flat, o: AddrOpts = {}): string {
  const st = o.abbrev ? abbrevStreet(f.street) : f.street;
  const hn = o.spacedHn ? f.houseNumber.replace(/^(\d+)([a-z])$/, '$1 $2') : f.houseNumber;
  return nb(`${st} ${hn}`);
}
export function cityLine(f: { postalCode: string; city: string }): string {
  return nb(`${f.postalCode} ${f.city}`);
}
/** "Lessingstraße 12, 3. OG rechts, 68165 Mannheim" */
export function addrOneLine(f: Flat, o: AddrOpts = {}): string {
  const parts = [streetLine(f, o)];
  if (f.addition) parts.push(nb(f.addition));
  parts.push(cityLine(f));
  return parts.join(', ');
}
export function fullName(p: Person): string {
  return nb(`${p.given} ${p.surname}`);
}
export function surnameFirst(p: Person): string {
  return nb(`${p.surname}, ${p.given}`);
}
export function upperSurname(p: Person): string {
  return nb(`${p.surname.toLocaleUpperCase('de')}, ${p.given}`);
}
export function titled(p: Person, dative = false): string {
  return nb(`${p.female ? 'Frau' : dative ? 'Herrn' : 'Herr'} ${p.given} ${p.surname}`);
}
export function born(p: Person, style: 'geb' | 'geb-am' | 'star' | 'long' = 'geb'): string {
  switch (style) {
    case 'geb': return nb(`geb. ${fmtDate(p.birthDate, 'dmy')}`);
    case 'geb-am': return nb(`geb. am ${fmtDate(p.birthDate, 'dmy')}`);
    case 'star': return nb(`*${fmtDate(p.birthDate, 'dmy')}`);
    case 'long': return nb(`geboren am ${fmtDate(p.birthDate, 'long')}`);
  }
}
export function sameSurname(ps: Person[]): boolean {
  return ps.length > 1 && ps.every((p) => p.surname === ps[0]?.surname);
}
/** Tenants in running text: "Frau Ewa Kowalczyk", "die Eheleute Ayşe und Mehmet Yılmaz", "1. … und 2. …" */
export function tenantsProse(ps: Person[], mode: 'titled' | 'plain' | 'eheleute' = 'titled'): string {
  if (ps.length === 1) return mode === 'plain' ? fullName(ps[0] as Person) : titled(ps[0] as Person);
  if (mode === 'eheleute' && ps.length === 2 && sameSurname(ps)) return `die Eheleute ${nb(`${ps[0]?.given} und ${ps[1]?.given} ${ps[0]?.surname}`)}`;
  const names = ps.map((p) => (mode === 'plain' ? fullName(p) : titled(p)));
  if (names.length === 2) return `${names[0]} und ${names[1]}`;
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}
/** Salutation for a letter to the tenants. */
export function salutation(ps: Person[]): string {
  return ps.map((p) => (p.female ? `Sehr geehrte Frau ${p.surname}` : `Sehr geehrter Herr ${p.surname}`)).join(', ').replace(/^S/, 'S') + ',';
}
/** Window address lines for a letter to the tenants at the flat. */
export function tenantWindow(c: Case, o: AddrOpts = {}, style: 'titled' | 'eheleute' | 'herr-frau' = 'titled'): string[] {
  const ps = c.tenants;
  const lines: string[] = [];
  if (ps.length === 2 && sameSurname(ps) && style === 'herr-frau') {
    const m = ps.find((p) => !p.female), f = ps.find((p) => p.female);
    if (m && f) lines.push(nb(`Herrn ${m.given} und Frau ${f.given} ${m.surname}`));
    else lines.push(...ps.map((p) => titled(p, true)));
  } else if (ps.length === 2 && sameSurname(ps) && style === 'eheleute') {
    lines.push('Eheleute', nb(`${ps[0]?.given} und ${ps[1]?.given} ${ps[0]?.surname}`));
  } else lines.push(...ps.map((p) => titled(p, true)));
  lines.push(streetLine(c.flat, o));
  if (c.flat.addition) lines.push(nb(c.flat.addition));
  lines.push(cityLine(c.flat));
  return lines;
}

/** DIN 5008 window: return address line (small) and recipient lines. Returns y below. */
export function windowBlock(pb: PageBuilder, ret: string, lines: string[], o: { x?: number; y?: number; font?: FontKey; size?: number; underline?: boolean; retSize?: number } = {}): number {
  const x = o.x ?? 25 * MM;
  let y = o.y ?? 45 * MM;
  const rs = o.retSize ?? 6.5;
  pb.text(x, y + 8, ret, { size: rs, font: 'sans' });
  if (o.underline) pb.line(x, y + 8 + rs + 1.5, x + Math.min(85 * MM, pb.wrap(ret, 1000, 'sans', rs).length ? 85 * MM : 0), y + 8 + rs + 1.5, 0.3);
  y += 17.7 * MM;
  const size = o.size ?? 10;
  for (const l of lines) {
    pb.text(x, y, l, { size, font: o.font ?? pb.font });
    y += size * 1.25;
  }
  return y;
}

export function recipientAuthority(c: Case): string[] {
  return [...c.authority.lines, nb(c.authority.street), nb(`${c.authority.postal} ${c.authority.city}`)];
}
export function recipientService(): string[] {
  return ['Diakonie Südwest Wohnhilfe gGmbH', 'Fachstelle Wohnraumsicherung', 'Kirchplatz 5', '68159 Mannheim'];
}

/** Simple ruled two-column table; returns y below. */
export function ruledTable(pb: PageBuilder, x: number, y: number, wLabel: number, wValue: number, rows: { label: string; value: string[] }[], o: { font?: FontKey; lfont?: FontKey; size?: number; pad?: number; shade?: string | null; lw?: number } = {}): number {
  const size = o.size ?? 9.5;
  const pad = o.pad ?? 4;
  const lead = size * 1.3;
  const lfont = o.lfont ?? 'sans';
  const font = o.font ?? pb.font;
  pb.line(x, y, x + wLabel + wValue, y, o.lw ?? 0.6);
  for (const r of rows) {
    const ll = pb.wrap(r.label, wLabel - 2 * pad, lfont, size);
    const vl: string[] = [];
    for (const v of r.value) vl.push(...pb.wrap(v, wValue - 2 * pad, font, size));
    const n = Math.max(ll.length, vl.length);
    const h = n * lead + 2 * pad;
    if (o.shade) pb.rect(x, y, wLabel, h, { stroke: null, fill: o.shade });
    ll.forEach((l, i) => pb.text(x + pad, y + pad + i * lead, l, { font: lfont, size }));
    vl.forEach((l, i) => pb.text(x + wLabel + pad, y + pad + i * lead, l, { font, size }));
    y += h;
    pb.line(x, y, x + wLabel + wValue, y, o.lw ?? 0.6);
  }
  return y;
}
export function tableFrame(pb: PageBuilder, x: number, y0: number, y1: number, wLabel: number, wValue: number, lw = 0.6): void {
  pb.line(x, y0, x, y1, lw);
  pb.line(x + wLabel, y0, x + wLabel, y1, lw);
  pb.line(x + wLabel + wValue, y0, x + wLabel + wValue, y1, lw);
}
