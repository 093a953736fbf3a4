// Renders a Page to an SVG (glyph outlines as paths) and rasterises it with sharp/librsvg.
import sharp from 'sharp';
import { getFont } from './fonts.js';
import { type Page, type PageItem, PAGE_H, PAGE_W } from './page.js';
import { type Raster } from './raster.js';

const grey = (v: number): string => {
  const c = Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${c}${c}${c}`;
};

/** SVG body (no <svg> wrapper) for items, in pixel units at the given dpi. */
export function itemsToSvg(items: PageItem[], dpi: number, idPrefix = 'g', fill?: string): string {
  const k = dpi / 25.4;
  const defs = new Map<string, string>();
  const parts: string[] = [];
  for (const it of items) {
    if (it.kind === 'rule') {
      parts.push(
        `<line x1="${(it.x1 * k).toFixed(1)}" y1="${(it.y1 * k).toFixed(1)}" x2="${(it.x2 * k).toFixed(1)}" y2="${(it.y2 * k).toFixed(1)}" stroke="${fill ?? grey(it.grey)}" stroke-width="${(it.width * k).toFixed(2)}"/>`,
      );
    } else if (it.kind === 'box') {
      parts.push(`<rect x="${(it.x * k).toFixed(1)}" y="${(it.y * k).toFixed(1)}" width="${(it.w * k).toFixed(1)}" height="${(it.h * k).toFixed(1)}" fill="${fill ?? grey(it.fill)}"/>`);
    } else {
      const font = getFont(it.font);
      const run = font.layout(it.text);
      const s = ((it.size / 72) * dpi) / font.unitsPerEm;
      let x = it.x * k;
      const y = it.y * k;
      const uses: string[] = [];
      run.glyphs.forEach((g, i) => {
        const p = run.positions[i];
        const id = `${idPrefix}${it.font}${g.id}`;
        if (!defs.has(id)) defs.set(id, `<path id="${id}" d="${g.path.toSVG()}"/>`);
        if (p) {
          uses.push(`<use href="#${id}" transform="translate(${(x + p.xOffset * s).toFixed(2)} ${(y - p.yOffset * s).toFixed(2)}) scale(${s.toFixed(6)} ${(-s).toFixed(6)})"/>`);
          x += p.xAdvance * s;
        }
      });
      parts.push(`<g fill="${fill ?? grey(it.grey)}">${uses.join('')}</g>`);
    }
  }
  return `<defs>${[...defs.values()].join('')}</defs>${parts.join('')}`;
}

export function pagePixels(dpi: number): { width: number; height: number } {
  return { width: Math.round((PAGE_W / 25.4) * dpi), height: Math.round((PAGE_H / 25.4) * dpi) };
}

/** Renders a page to an 8-bit grey raster: white paper, black print. */
export async function renderPage(page: Page, dpi: number): Promise<Raster> {
  const { width, height } = pagePixels(dpi);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>${itemsToSvg(page.items, dpi)}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg), { density: 72, limitInputPixels: false })
    .flatten({ background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 1, data: new Uint8Array(data) };
}

/** Rasterises an arbitrary SVG overlay (same pixel size) to RGBA. */
export async function renderOverlay(svgBody: string, width: number, height: number): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svgBody}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg), { density: 72, limitInputPixels: false })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 4, data: new Uint8Array(data) };
}
