import { Doc, mm, PW, type FontKey } from './render.js';
import type { Rng, Fields } from './lib.js';
import type { Case } from './model.js';
import { FACHSTELLE, type Agency } from './data.js';

export type FormCtx = { d: Doc; r: Rng; c: Case; date: string; toFachstelle: boolean };
export type FormFn = (x: FormCtx) => Fields;

export function empty(): Fields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
}

export function addrTruth(c: Case): NonNullable<Fields['address']> {
  return { street: c.street, houseNumber: c.houseNo, postalCode: c.postal, city: c.city, addition: c.addition };
}

/** DIN 5008 form B window: return line + up to 6 lines */
export function windowBlock(d: Doc, ret: string, lines: string[], font: FontKey = 'sans', size = 10, x = mm(20), y = mm(45)): void {
  d.text(x, y + mm(12), ret, { font, size: 6.5 });
  d.hline(x, x + Math.min(d.width(ret, font, 6.5), mm(85)), y + mm(12) + 8.2, 0.3);
  let yy = y + mm(18.5);
  for (const l of lines) { d.text(x, yy, l, { font, size }); yy += size * 1.22; }
}

export function infoBlock(d: Doc, x: number, y: number, rows: [string, string][], font: FontKey = 'sans', size = 8.5, labelW = 70): number {
  let yy = y;
  for (const [l, v] of rows) {
    if (l) d.text(x, yy, l, { font, size, color: '#333333' });
    d.text(x + labelW, yy, v, { font, size, cont: !!l });
    yy += size * 1.45;
  }
  return yy;
}

export function recipientLines(a: Agency | null, toFachstelle: boolean): string[] {
  if (toFachstelle || !a) return [FACHSTELLE.org, FACHSTELLE.name, FACHSTELLE.street, `${FACHSTELLE.postal} ${FACHSTELLE.city}`];
  return [a.name, a.unit, a.street, `${a.postal} ${a.city}`];
}

export function footer(d: Doc, lines: string[], font: FontKey = 'sans', size = 7, y = 800): void {
  d.hline(mm(20), PW - mm(20), y - 6, 0.4, '#555555');
  let yy = y;
  for (const l of lines) { d.text(mm(20), yy, l, { font, size, color: '#333333' }); yy += size * 1.3; }
}

export function ensure(d: Doc, y: number, need: number, top = 70): number {
  if (y + need > 770) { d.addPage(); return top; }
  return y;
}

/** labelled row: label at x, value at vx; value may wrap */
export function row(d: Doc, x: number, vx: number, y: number, label: string, value: string, font: FontKey, bold: FontKey, size = 10, vw = PW - mm(20) - vx): number {
  const labs = label ? d.wrap(label, vx - x - 6, font, size) : [];
  labs.forEach((l, i) => d.text(x, y + i * size * 1.3, l, { font, size }));
  const lines = d.wrap(value, vw, bold, size);
  lines.forEach((l, i) => d.text(vx, y + i * size * 1.3, l, { font: bold, size, cont: i === 0 && labs.length > 0 }));
  return y + Math.max(1, lines.length, labs.length) * size * 1.3;
}
