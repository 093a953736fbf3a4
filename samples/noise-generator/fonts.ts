// Font registry: DejaVu TTFs from the dejavu-fonts-ttf package, shaped with fontkit (a pdfkit dependency).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as fontkit from 'fontkit';

export type FontKey =
  | 'sans' | 'sansBold' | 'sansOblique' | 'serif' | 'serifBold' | 'serifItalic'
  | 'cond' | 'condBold' | 'mono' | 'monoBold';

const FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condBold: 'DejaVuSansCondensed-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf',
};

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const cache = new Map<FontKey, fontkit.Font>();

export function getFont(key: FontKey): fontkit.Font {
  let font = cache.get(key);
  if (!font) {
    font = fontkit.openSync(path.join(fontDir, FILES[key]));
    cache.set(key, font);
  }
  return font;
}

/** Width of a string in millimetres at the given size in points. */
export function measureMm(text: string, key: FontKey, sizePt: number): number {
  const font = getFont(key);
  const run = font.layout(text);
  return (run.advanceWidth / font.unitsPerEm) * sizePt * (25.4 / 72);
}

export function fontFileNames(): string[] {
  return Object.values(FILES);
}
