/** A page as positioned text runs and ruled lines (mm, origin top-left, y = baseline). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export const FONT_KEYS = ['sans', 'sans-bold', 'sans-oblique', 'serif', 'serif-bold', 'serif-italic', 'mono', 'mono-bold', 'sans-cond', 'sans-cond-bold', 'serif-cond', 'serif-cond-bold'] as const;
export type FontKey = (typeof FONT_KEYS)[number];

const FONT_FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  'sans-oblique': 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  'serif-bold': 'DejaVuSerif-Bold.ttf',
  'serif-italic': 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
  'mono-bold': 'DejaVuSansMono-Bold.ttf',
  'sans-cond': 'DejaVuSansCondensed.ttf',
  'sans-cond-bold': 'DejaVuSansCondensed-Bold.ttf',
  'serif-cond': 'DejaVuSerifCondensed.ttf',
  'serif-cond-bold': 'DejaVuSerifCondensed-Bold.ttf',
};

/** How the rasteriser (librsvg via fontconfig) asks for the same face. */
export const SVG_FONTS: Record<FontKey, { family: string; weight: string; style: string }> = {
  sans: { family: 'DejaVu Sans', weight: 'normal', style: 'normal' },
  'sans-bold': { family: 'DejaVu Sans', weight: 'bold', style: 'normal' },
  'sans-oblique': { family: 'DejaVu Sans', weight: 'normal', style: 'oblique' },
  serif: { family: 'DejaVu Serif', weight: 'normal', style: 'normal' },
  'serif-bold': { family: 'DejaVu Serif', weight: 'bold', style: 'normal' },
  'serif-italic': { family: 'DejaVu Serif', weight: 'normal', style: 'italic' },
  mono: { family: 'DejaVu Sans Mono', weight: 'normal', style: 'normal' },
  'mono-bold': { family: 'DejaVu Sans Mono', weight: 'bold', style: 'normal' },
  'sans-cond': { family: 'DejaVu Sans Condensed', weight: 'normal', style: 'normal' },
  'sans-cond-bold': { family: 'DejaVu Sans Condensed', weight: 'bold', style: 'normal' },
  'serif-cond': { family: 'DejaVu Serif Condensed', weight: 'normal', style: 'normal' },
  'serif-cond-bold': { family: 'DejaVu Serif Condensed', weight: 'bold', style: 'normal' },
};

export function fontFile(key: FontKey): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', FONT_FILES[key]);
}

export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  font: FontKey;
  /** Font size in points. */
  size: number;
}
export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in mm. */
  width: number;
}
export type PageItem = TextItem | RuleItem;
export interface PageModel {
  items: PageItem[];
}

export const A4 = { width: 210, height: 297 } as const;
const PT_TO_MM = 25.4 / 72;

let measurer: PDFKit.PDFDocument | null = null;

/** Width of a text run in mm, measured with the same TTF the PDF embeds. */
export function textWidth(text: string, font: FontKey, size: number): number {
  measurer ??= new PDFDocument({ autoFirstPage: false });
  measurer.font(fontFile(font)).fontSize(size);
  return measurer.widthOfString(text) * PT_TO_MM;
}

/** The page's text in reading order: runs grouped into lines by baseline, then left to right. */
export function pageText(page: PageModel): string {
  const runs = page.items.filter((i): i is TextItem => i.kind === 'text').slice();
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; parts: string[] }[] = [];
  for (const run of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) < 0.8) last.parts.push(run.text);
    else lines.push({ y: run.y, parts: [run.text] });
  }
  return lines.map((l) => l.parts.join(' ')).join('\n');
}
