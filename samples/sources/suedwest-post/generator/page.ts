/** A small page model: every printed line is recorded (pageTexts) and measured (width check). */
import PDFDocument from 'pdfkit';
import path from 'node:path';
import { createRequire } from 'node:module';

export type FontKey = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'serifI' | 'cond' | 'condB' | 'mono' | 'monoB';
const FONT_FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf', sansB: 'DejaVuSans-Bold.ttf', sansI: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf', serifB: 'DejaVuSerif-Bold.ttf', serifI: 'DejaVuSerif-Italic.ttf',
  cond: 'DejaVuSansCondensed.ttf', condB: 'DejaVuSansCondensed-Bold.ttf',
  mono: 'DejaVuSansMono.ttf', monoB: 'DejaVuSansMono-Bold.ttf',
};
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export function fontPath(f: FontKey): string {
  return path.join(FONT_DIR, FONT_FILES[f]);
}

export const MM = 72 / 25.4;
export const A4W = 595.28;
export const A4H = 841.89;
/** Printable area: text must stay at least this far from every edge. */
export const MIN_MARGIN = 8 * MM;

export interface Run { s: string; font: FontKey }
export interface TextOp { t: 'text'; x: number; y: number; runs: Run[]; size: number; w: number; color: string; rot: number; opacity: number; record: boolean }
export interface LineOp { t: 'line'; x1: number; y1: number; x2: number; y2: number; lw: number; color: string; dash: number | null; opacity: number }
export interface RectOp { t: 'rect'; x: number; y: number; w: number; h: number; stroke: string | null; fill: string | null; lw: number; opacity: number; rot: number; radius: number }
export interface PathOp { t: 'path'; d: string; stroke: string; lw: number; opacity: number }
export interface CircleOp { t: 'circle'; x: number; y: number; r: number; fill: string | null; stroke: string | null; lw: number; opacity: number }
export type Op = TextOp | LineOp | RectOp | PathOp | CircleOp;

export interface Page { w: number; h: number; ops: Op[]; lines: string[] }

let measureDoc: PDFKit.PDFDocument | null = null;
function md(): PDFKit.PDFDocument {
  if (!measureDoc) {
    measureDoc = new PDFDocument({ autoFirstPage: false });
    for (const k of Object.keys(FONT_FILES) as FontKey[]) measureDoc.registerFont(k, fontPath(k));
  }
  return measureDoc;
}
export function measure(s: string, font: FontKey, size: number): number {
  const d = md();
  d.font(font).fontSize(size);
  return d.widthOfString(clean(s));
}
export function clean(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}
/** Bind words so that wrapping never splits them. */
export function nb(s: string): string {
  return s.replace(/ /g, '\u00a0');
}

export interface TextOpts { font?: FontKey; size?: number; color?: string; align?: 'left' | 'right' | 'center'; rot?: number; opacity?: number; record?: boolean }

export class PageBuilder {
  page: Page;
  font: FontKey;
  size: number;
  constructor(font: FontKey = 'sans', size = 10, w = A4W, h = A4H) {
    this.page = { w, h, ops: [], lines: [] };
    this.font = font;
    this.size = size;
  }
  get w(): number { return this.page.w; }
  get h(): number { return this.page.h; }

  /** One printed line made of runs; x is left edge (or right edge / centre by align). Returns width. */
  runs(x: number, y: number, runs: Run[], o: TextOpts = {}): number {
    const size = o.size ?? this.size;
    const w = runs.reduce((a, r) => a + measure(r.s, r.font, size), 0);
    let x0 = x;
    if (o.align === 'right') x0 = x - w;
    if (o.align === 'center') x0 = x - w / 2;
    const op: TextOp = { t: 'text', x: x0, y, runs: runs.map((r) => ({ s: clean(r.s), font: r.font })), size, w, color: o.color ?? '#000000', rot: o.rot ?? 0, opacity: o.opacity ?? 1, record: o.record ?? true };
    this.page.ops.push(op);
    if (op.record) this.page.lines.push(op.runs.map((r) => r.s).join('').replace(/\s+$/, ''));
    return w;
  }
  text(x: number, y: number, s: string, o: TextOpts = {}): number {
    return this.runs(x, y, [{ s, font: o.font ?? this.font }], o);
  }
  /** Label in one font followed by value in another, on one line. */
  lv(x: number, y: number, label: string, value: string, o: TextOpts & { lfont?: FontKey; vfont?: FontKey } = {}): number {
    return this.runs(x, y, [{ s: label, font: o.lfont ?? 'sansB' }, { s: value, font: o.vfont ?? this.font }], o);
  }
  wrap(s: string, width: number, font: FontKey = this.font, size: number = this.size, firstIndent = 0): string[] {
    const words = s.split(/ +/).filter((w) => w.length > 0);
    const out: string[] = [];
    let cur = '';
    for (const word of words) {
      const cand = cur ? `${cur} ${word}` : word;
      const avail = out.length === 0 ? width - firstIndent : width;
      if (cur && measure(cand, font, size) > avail) {
        out.push(cur);
        cur = word;
      } else cur = cand;
    }
    if (cur) out.push(cur);
    return out;
  }
  /** Wrapped paragraph; returns y below it. */
  para(x: number, y: number, width: number, s: string, o: TextOpts & { leading?: number } = {}): number {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const lead = o.leading ?? size * 1.32;
    for (const line of this.wrap(s, width, font, size)) {
      this.text(x, y, line, { ...o, font, size });
      y += lead;
    }
    return y;
  }
  line(x1: number, y1: number, x2: number, y2: number, lw = 0.6, color = '#000000', dash: number | null = null, opacity = 1): void {
    this.page.ops.push({ t: 'line', x1, y1, x2, y2, lw, color, dash, opacity });
  }
  rect(x: number, y: number, w: number, h: number, o: { stroke?: string | null; fill?: string | null; lw?: number; opacity?: number; rot?: number; radius?: number } = {}): void {
    this.page.ops.push({ t: 'rect', x, y, w, h, stroke: o.stroke === undefined ? '#000000' : o.stroke, fill: o.fill ?? null, lw: o.lw ?? 0.6, opacity: o.opacity ?? 1, rot: o.rot ?? 0, radius: o.radius ?? 0 });
  }
  path(d: string, stroke = '#1b2a8a', lw = 1.2, opacity = 0.9): void {
    this.page.ops.push({ t: 'path', d, stroke, lw, opacity });
  }
  circle(x: number, y: number, r: number, o: { fill?: string | null; stroke?: string | null; lw?: number; opacity?: number } = {}): void {
    this.page.ops.push({ t: 'circle', x, y, r, fill: o.fill ?? null, stroke: o.stroke ?? null, lw: o.lw ?? 0.8, opacity: o.opacity ?? 1 });
  }
  /** Fold and punch marks of a DIN 5008 letter. */
  foldMarks(): void {
    this.line(4 * MM, 105 * MM, 9 * MM, 105 * MM, 0.4);
    this.line(4 * MM, 148.5 * MM, 11 * MM, 148.5 * MM, 0.4);
    this.line(4 * MM, 210 * MM, 9 * MM, 210 * MM, 0.4);
  }
}

export interface DocPages { pages: Page[] }

const FIXED_DATE = new Date(Date.UTC(2025, 9, 1, 8, 0, 0));

export function renderPdf(pages: Page[], title: string, images?: Buffer[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Producer: 'suedwest-post generator', Creator: 'suedwest-post generator', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const k of Object.keys(FONT_FILES) as FontKey[]) doc.registerFont(k, fontPath(k));
    if (images) {
      for (const img of images) {
        doc.addPage({ size: [A4W, A4H], margin: 0 });
        doc.image(img, 0, 0, { width: A4W, height: A4H });
      }
      doc.end();
      return;
    }
    for (const p of pages) {
      doc.addPage({ size: [p.w, p.h], margin: 0 });
      for (const op of p.ops) drawOp(doc, op);
    }
    doc.end();
  });
}

function drawOp(doc: PDFKit.PDFDocument, op: Op): void {
  doc.save();
  switch (op.t) {
    case 'text': {
      doc.fillColor(op.color).fillOpacity(op.opacity);
      if (op.rot) doc.rotate(op.rot, { origin: [op.x, op.y] });
      let x = op.x;
      for (const r of op.runs) {
        doc.font(r.font).fontSize(op.size);
        doc.text(r.s, x, op.y, { lineBreak: false });
        x += measure(r.s, r.font, op.size);
      }
      break;
    }
    case 'line':
      doc.lineWidth(op.lw).strokeColor(op.color).strokeOpacity(op.opacity);
      if (op.dash) doc.dash(op.dash, { space: op.dash });
      doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke();
      break;
    case 'rect':
      if (op.rot) doc.rotate(op.rot, { origin: [op.x + op.w / 2, op.y + op.h / 2] });
      doc.lineWidth(op.lw);
      if (op.radius) doc.roundedRect(op.x, op.y, op.w, op.h, op.radius);
      else doc.rect(op.x, op.y, op.w, op.h);
      if (op.fill && op.stroke) doc.fillOpacity(op.opacity).strokeOpacity(op.opacity).fillAndStroke(op.fill, op.stroke);
      else if (op.fill) doc.fillOpacity(op.opacity).fill(op.fill);
      else if (op.stroke) doc.strokeOpacity(op.opacity).stroke(op.stroke);
      break;
    case 'path':
      doc.lineWidth(op.lw).strokeOpacity(op.opacity).lineCap('round').lineJoin('round');
      doc.path(op.d).stroke(op.stroke);
      break;
    case 'circle':
      doc.lineWidth(op.lw);
      doc.circle(op.x, op.y, op.r);
      if (op.fill && op.stroke) doc.fillOpacity(op.opacity).fillAndStroke(op.fill, op.stroke);
      else if (op.fill) doc.fillOpacity(op.opacity).fill(op.fill);
      else if (op.stroke) doc.strokeOpacity(op.opacity).stroke(op.stroke);
      break;
  }
  doc.restore();
}
