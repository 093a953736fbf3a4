// A thin layer over pdfkit that draws line by line and records what it drew (pageTexts).
import PDFDocument from 'pdfkit';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const DJ = path.join(REPO, 'node_modules/dejavu-fonts-ttf/ttf');
const LIB = '/usr/share/fonts/truetype/liberation';

export const FONTS = {
  sans: `${DJ}/DejaVuSans.ttf`, sansB: `${DJ}/DejaVuSans-Bold.ttf`,
  cond: `${DJ}/DejaVuSansCondensed.ttf`, condB: `${DJ}/DejaVuSansCondensed-Bold.ttf`,
  serif: `${DJ}/DejaVuSerif.ttf`, serifB: `${DJ}/DejaVuSerif-Bold.ttf`,
  mono: `${DJ}/DejaVuSansMono.ttf`, monoB: `${DJ}/DejaVuSansMono-Bold.ttf`,
  lsans: `${LIB}/LiberationSans-Regular.ttf`, lsansB: `${LIB}/LiberationSans-Bold.ttf`,
  lserif: `${LIB}/LiberationSerif-Regular.ttf`, lserifB: `${LIB}/LiberationSerif-Bold.ttf`, lserifI: `${LIB}/LiberationSerif-Italic.ttf`,
  lmono: `${LIB}/LiberationMono-Regular.ttf`, lmonoB: `${LIB}/LiberationMono-Bold.ttf`,
  narrow: `${LIB}/LiberationSansNarrow-Regular.ttf`, narrowB: `${LIB}/LiberationSansNarrow-Bold.ttf`,
} as const;
export type FontKey = keyof typeof FONTS;

export const PW = 595.28;
export const PH = 841.89;
export const mm = (v: number): number => (v * 72) / 25.4;

type TextOpts = { w?: number; align?: 'left' | 'right' | 'center'; font?: FontKey; size?: number; cont?: boolean; color?: string; noRecord?: boolean; spacing?: number };
type FontLike = { hasGlyphForCodePoint(cp: number): boolean };

export class Doc {
  pdf: PDFKit.PDFDocument;
  pages: string[][] = [[]];
  font: FontKey = 'sans';
  size = 10;
  private chunks: Buffer[] = [];
  private done: Promise<Buffer>;

  constructor(creation: Date, title: string) {
    this.pdf = new PDFDocument({
      size: 'A4', margin: 0, autoFirstPage: true, compress: true, bufferPages: true,
      info: { Title: title, Producer: 'mittelland-post generator', Creator: 'mittelland-post generator', CreationDate: creation, ModDate: creation },
    });
    for (const [k, f] of Object.entries(FONTS)) this.pdf.registerFont(k, f);
    this.pdf.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((res) => this.pdf.on('end', () => res(Buffer.concat(this.chunks))));
    this.setFont('sans', 10);
  }

  get page(): number { return this.pages.length; }

  setFont(f: FontKey, size?: number): void {
    this.font = f;
    if (size) this.size = size;
    this.pdf.font(f).fontSize(this.size);
  }

  private safeFont(s: string): void {
    const fk = (this.pdf as unknown as { _font: { font: FontLike } })._font.font;
    for (const ch of s) {
      const cp = ch.codePointAt(0) ?? 32;
      if (cp > 126 && !fk.hasGlyphForCodePoint(cp)) {
        const bold = this.font.endsWith('B');
        this.pdf.font(bold ? 'sansB' : 'sans').fontSize(this.size);
        return;
      }
    }
  }

  width(s: string, font?: FontKey, size?: number): number {
    const pf = this.font; const ps = this.size;
    if (font || size) this.setFont(font ?? this.font, size ?? this.size);
    this.safeFont(s);
    const w = this.pdf.widthOfString(s);
    this.setFont(pf, ps);
    return w;
  }

  text(x: number, y: number, s: string, o: TextOpts = {}): void {
    const pf = this.font; const ps = this.size;
    if (o.font || o.size) this.setFont(o.font ?? this.font, o.size ?? this.size);
    this.safeFont(s);
    // never run off the page: shrink a too long line to fit the right margin
    if (!o.align) {
      const avail = PW - mm(12) - x;
      let w = this.pdf.widthOfString(s, { characterSpacing: o.spacing ?? 0 });
      let sz = this.size;
      while (w > avail && sz > 5) { sz -= 0.25; this.pdf.fontSize(sz); w = this.pdf.widthOfString(s, { characterSpacing: o.spacing ?? 0 }); }
    }
    let tx = x;
    if (o.align && o.w !== undefined) {
      const w = this.pdf.widthOfString(s, { characterSpacing: o.spacing ?? 0 });
      if (o.align === 'right') tx = x + o.w - w;
      else if (o.align === 'center') tx = x + (o.w - w) / 2;
    }
    this.pdf.fillColor(o.color ?? '#000000');
    this.pdf.text(s, tx, y, { lineBreak: false, characterSpacing: o.spacing ?? 0 });
    this.pdf.fillColor('#000000');
    if (!o.noRecord && s.trim()) this.record(s, o.cont ?? false);
    this.setFont(pf, ps);
  }

  private recordPage: number | null = null;

  /** draw onto an earlier page (0-based), recording its text there */
  drawOnPage(i: number, fn: () => void): void {
    this.pdf.switchToPage(i);
    this.recordPage = i;
    fn();
    this.recordPage = null;
    this.pdf.switchToPage(this.pages.length - 1);
  }

  record(s: string, cont = false): void {
    const lines = this.pages[this.recordPage ?? this.pages.length - 1] as string[];
    if (cont && lines.length) lines[lines.length - 1] = `${lines[lines.length - 1] as string} ${s.trim()}`;
    else lines.push(s.trim());
  }

  wrap(s: string, w: number, font?: FontKey, size?: number): string[] {
    const out: string[] = [];
    for (const para of s.split('\n')) {
      const words = para.split(/ +/);
      let line = '';
      for (const word of words) {
        const cand = line ? `${line} ${word}` : word;
        if (this.width(cand, font, size) <= w || !line) line = cand;
        else { out.push(line); line = word; }
      }
      out.push(line);
    }
    return out;
  }

  /** Wrapped paragraph; returns the y below it. */
  para(x: number, y: number, w: number, s: string, o: { font?: FontKey; size?: number; lh?: number; color?: string } = {}): number {
    const size = o.size ?? this.size;
    const lh = o.lh ?? size * 1.32;
    let yy = y;
    for (const line of this.wrap(s, w, o.font, size)) {
      if (line.trim()) this.text(x, yy, line, { font: o.font, size, color: o.color });
      yy += lh;
    }
    return yy;
  }

  hline(x1: number, x2: number, y: number, lw = 0.6, color = '#000000'): void {
    this.pdf.save().lineWidth(lw).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }
  vline(x: number, y1: number, y2: number, lw = 0.6): void {
    this.pdf.save().lineWidth(lw).moveTo(x, y1).lineTo(x, y2).stroke().restore();
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string): void {
    this.pdf.save().lineWidth(lw);
    if (fill) this.pdf.rect(x, y, w, h).fillAndStroke(fill, '#000000');
    else this.pdf.rect(x, y, w, h).stroke();
    this.pdf.restore();
  }
  fillRect(x: number, y: number, w: number, h: number, fill: string): void {
    this.pdf.save().rect(x, y, w, h).fill(fill).restore();
  }
  checkbox(x: number, y: number, checked: boolean, size = 8): void {
    this.rect(x, y, size, size, 0.7);
    if (checked) {
      this.pdf.save().lineWidth(1).moveTo(x + 1.5, y + 1.5).lineTo(x + size - 1.5, y + size - 1.5).moveTo(x + size - 1.5, y + 1.5).lineTo(x + 1.5, y + size - 1.5).stroke().restore();
    }
  }

  /** DIN 5008 fold and punch marks */
  marks(): void {
    this.hline(mm(4), mm(9), mm(105), 0.4);
    this.hline(mm(4), mm(11), mm(148.5), 0.4);
    this.hline(mm(4), mm(9), mm(210), 0.4);
  }

  stamp(x: number, y: number, angle: number, lines: string[], color: string): void {
    this.pdf.save();
    this.pdf.rotate(angle, { origin: [x, y] });
    const w = Math.max(...lines.map((l) => this.width(l, 'sansB', 9))) + 16;
    const h = lines.length * 12 + 8;
    this.pdf.lineWidth(1.6).strokeColor(color).roundedRect(x, y, w, h, 4).stroke();
    lines.forEach((l, i) => {
      this.pdf.font('sansB').fontSize(9).fillColor(color).text(l, x + 8, y + 6 + i * 12, { lineBreak: false });
    });
    this.pdf.restore();
    this.pdf.fillColor('#000000').strokeColor('#000000');
    this.setFont(this.font, this.size);
    this.record(lines.join(' '));
  }

  addPage(): void {
    this.pdf.addPage({ size: 'A4', margin: 0 });
    this.pages.push([]);
    this.setFont(this.font, this.size);
  }

  async end(): Promise<Buffer> {
    this.pdf.end();
    return this.done;
  }
}
