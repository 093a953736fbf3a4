import { AUTHORITIES, COURTS, LAWYERS, serviceFor, type Authority } from '../data.js';
import { cityLine, dmy, fullName, familyFirst, salutation, sameFamily, streetLine } from '../format.js';
import type { DocSpec, Household, Person, Printed } from '../model.js';
import type { Rng } from '../prng.js';
import type { Sheet, Style } from '../sheet.js';

export interface Ctx {
  spec: DocSpec;
  hh: Household;
  rng: Rng;
  p: Printed;
}

export type Layout = (ctx: Ctx) => Sheet;

export type PartyMode = 'lines' | 'numbered' | 'und' | 'eheleute' | 'family-first' | 'zu' | 'comma';
export type BirthMode = 'geb-comma' | 'geb-paren' | 'star' | 'geboren-am';

export function birthSuffix(p: Person, mode: BirthMode): string {
  switch (mode) {
    case 'geb-comma': return `, geb. ${dmy(p.birthDate)}`;
    case 'geb-paren': return ` (geb. ${dmy(p.birthDate)})`;
    case 'star': return `, * ${dmy(p.birthDate)}`;
    case 'geboren-am': return `, geboren am ${dmy(p.birthDate)}`;
  }
}

/** Lines naming the tenants; `titles` adds Herr/Frau. */
export function tenantLines(hh: Household, mode: PartyMode, opts: { birth: BirthMode | null; titles?: boolean; role?: string }): string[] {
  const ts = hh.tenants;
  const name = (p: Person, ff = false): string => {
    const n = ff ? familyFirst(p) : fullName(p);
    const t = opts.titles && !ff ? `${salutation(p)} ` : '';
    return t + n + (opts.birth ? birthSuffix(p, opts.birth) : '');
  };
  const role = opts.role ?? 'Beklagte';
  switch (mode) {
    case 'lines': return ts.map((p) => name(p));
    case 'family-first': return ts.map((p) => name(p, true));
    case 'numbered': return ts.length === 1 ? [name(ts[0] as Person)] : ts.map((p, i) => `${i + 1}. ${name(p)}`);
    case 'zu': return ts.length === 1 ? [name(ts[0] as Person)] : ts.map((p, i) => `${role} zu ${i + 1}.: ${name(p)}`);
    case 'comma': return [ts.map((p) => name(p)).join(', ')];
    case 'und':
    case 'eheleute': {
      if (opts.birth || ts.length > 2) return ts.map((p) => name(p));
      if (sameFamily(ts)) {
        const [a, b] = ts as [Person, Person];
        const pre = mode === 'eheleute' ? 'Eheleute ' : '';
        return [`${pre}${a.given} und ${b.given} ${a.family}`];
      }
      return [ts.map((p) => name(p)).join(' und ')];
    }
  }
}

export function flatStreet(hh: Household, rng: Rng, abbr: boolean): string {
  return streetLine(hh.flat, rng, abbr);
}

/** The flat's address lines; records in ctx.p whether the addition is printed. */
export function flatLines(ctx: Ctx, opts: { abbr: boolean; additionInline: boolean; showAddition?: boolean }): string[] {
  const { hh, rng, p } = ctx;
  const st = flatStreet(hh, rng, opts.abbr);
  const add = hh.flat.addition;
  const show = add !== null && (opts.showAddition ?? true);
  if (show) p.addition = true;
  if (!show) return [st, cityLine(hh.flat)];
  return opts.additionInline ? [`${st}, ${add}`, cityLine(hh.flat)] : [st, add, cityLine(hh.flat)];
}

export function flatOneLine(ctx: Ctx, abbr: boolean, showAddition = true): string {
  const l = flatLines(ctx, { abbr, additionInline: true, showAddition });
  return l.join(', ');
}

export function lawyerOf(hh: Household): (typeof LAWYERS)[keyof typeof LAWYERS] | null {
  return hh.landlord.lawyer ? LAWYERS[hh.landlord.lawyer] : null;
}

export function authorityFor(hh: Household): Authority {
  const a = Object.values(AUTHORITIES).find((x) => x.region.includes(hh.court));
  if (!a) throw new Error('no authority');
  return a;
}

/** Who the court writes to: the benefits authority or, in Oberberg sometimes, the service itself. */
export function recipientLines(ctx: Ctx): string[] {
  const ob = ['ag-gm', 'ag-wipp', 'ag-wald'].includes(ctx.hh.court);
  const sv = serviceFor(ctx.hh.court);
  if (ctx.rng.chance(ob ? 0.35 : 0.2)) return [...sv.name, sv.street, `${sv.postalCode} ${sv.city}`];
  const a = authorityFor(ctx.hh);
  return [...a.name, a.street, `${a.postalCode} ${a.city}`];
}

export function courtOf(hh: Household): (typeof COURTS)[keyof typeof COURTS] {
  return COURTS[hh.court];
}

/** DIN fold and punch marks at the left edge. */
export function foldMarks(s: Sheet): void {
  s.line(3, 105, 7, 105, 0.4);
  s.line(3, 148.5, 9, 148.5, 0.4);
  s.line(3, 210, 7, 210, 0.4);
}

/** A block of lines; returns y below. */
export function block(s: Sheet, x: number, y: number, lines: readonly string[], style: Style = {}, leading = 1.25): number {
  const lh = ((style.size ?? s.base.size) * leading) / (72 / 25.4);
  for (const l of lines) {
    s.text(x, y, l, style);
    y += lh;
  }
  return y;
}

/** Label and value column; value lines after the first are recorded on their own. */
export function labelled(s: Sheet, y: number, lx: number, vx: number, label: string, raw: readonly string[], opts: { label?: Style; value?: Style; leading?: number; mark?: boolean; right?: number } = {}): number {
  const vs = opts.value ?? {};
  const values = raw.flatMap((v) => s.wrap(v, (opts.right ?? 190) - vx, vs));
  const lh = ((vs.size ?? s.base.size) * (opts.leading ?? 1.3)) / (72 / 25.4);
  s.row(y, [{ x: lx, str: label, style: opts.label }, { x: vx, str: values[0] ?? '', style: vs }]);
  if (opts.mark && values[0]) s.mark({ x: vx, y, w: s.width(values[0], vs), h: lh });
  let yy = y + lh;
  for (const v of values.slice(1)) {
    s.text(vx, yy, v, vs);
    yy += lh;
  }
  return yy;
}

export function landlordLines(hh: Household, withAddress: boolean): string[] {
  const l = hh.landlord;
  return withAddress ? [l.name, `${l.street}, ${l.postalCode} ${l.city}`] : [l.name];
}
