/** PageModel → SVG (mm viewBox) for rasterising with sharp/librsvg. */
import type { Rng } from './prng.js';
import { A4, SVG_FONTS, type PageModel } from './page-model.js';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `dust`: scanner dirt, a few tiny dark specks placed by the PRNG. */
export function pageSvg(page: PageModel, dpi: number, dust: { rng: Rng; count: number } | null = null): Buffer {
  const w = Math.round((A4.width / 25.4) * dpi);
  const h = Math.round((A4.height / 25.4) * dpi);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${A4.width} ${A4.height}">`,
    `<rect x="0" y="0" width="${A4.width}" height="${A4.height}" fill="#ffffff"/>`,
  ];
  for (const item of page.items) {
    if (item.kind === 'text') {
      const f = SVG_FONTS[item.font];
      const size = ((item.size * 25.4) / 72).toFixed(3);
      parts.push(
        `<text x="${item.x.toFixed(2)}" y="${item.y.toFixed(2)}" font-family="${f.family}" font-weight="${f.weight}" font-style="${f.style}" font-size="${size}" fill="#111" xml:space="preserve">${esc(item.text)}</text>`,
      );
    } else {
      parts.push(`<line x1="${item.x1.toFixed(2)}" y1="${item.y1.toFixed(2)}" x2="${item.x2.toFixed(2)}" y2="${item.y2.toFixed(2)}" stroke="#111" stroke-width="${item.width}"/>`);
    }
  }
  if (dust) {
    for (let i = 0; i < dust.count; i++) {
      const r = dust.rng.float(0.05, 0.18).toFixed(2);
      parts.push(`<circle cx="${dust.rng.float(3, 207).toFixed(1)}" cy="${dust.rng.float(3, 294).toFixed(1)}" r="${r}" fill="#333"/>`);
    }
  }
  parts.push('</svg>');
  return Buffer.from(parts.join('\n'));
}
