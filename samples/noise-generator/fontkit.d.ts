// Minimal typings for the parts of fontkit (installed with pdfkit) that the generator uses.
declare module 'fontkit' {
  export interface GlyphPath { toSVG(): string }
  export interface Glyph { id: number; path: GlyphPath }
  export interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }
  export interface GlyphRun { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number }
  export interface Font { unitsPerEm: number; ascent: number; descent: number; familyName: string; layout(text: string): GlyphRun }
  export function openSync(path: string): Font;
}
