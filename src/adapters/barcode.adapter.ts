import jsQRModule from 'jsqr';
import sharp from 'sharp';
import type { SeparatorFinder } from '../pipeline/ports.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' }) => { data: string } | null;

// jsqr is a CommonJS bundle: under NodeNext the default import is module.exports, which also carries `.default`.
const jsQR: JsQr = ((jsQRModule as unknown as { default?: JsQr }).default ?? jsQRModule) as JsQr;

/** Width a page image is scaled to before looking for a code: a separator's QR (≥ 60 mm) stays ≥ 5 px a module. */
export const SEPARATOR_SCAN_WIDTH = 640;
/** Guard against decompression bombs; a 600-dpi A4 page is ~35 Mpx. */
const MAX_INPUT_PIXELS = 80_000_000;

/** A page image as raw 8-bit gray pixels (one byte each). */
export interface GrayImage {
  gray: Uint8Array;
  width: number;
  height: number;
}

/** The text of the QR code found in a gray image, or null (one code; the biggest jsQR locks onto). */
export function decodeQrGray(image: GrayImage): string | null {
  const { gray, width, height } = image;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < gray.length; i++, j += 4) {
    const v = gray[i]!;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Decodes an image (PNG, or anything sharp reads) scaled down to `width` pixels; returns the QR text or null. */
export async function decodeQr(image: Buffer, width = SEPARATOR_SCAN_WIDTH): Promise<string | null> {
  const { data, info } = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS })
    .grayscale()
    .resize({ width, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return decodeQrGray({ gray: data, width: info.width, height: info.height });
}

/** Downscales a raw gray page (e.g. the reader's prepared OCR image) to the scan width with sharp. */
export async function shrinkGray(image: GrayImage, width = SEPARATOR_SCAN_WIDTH): Promise<GrayImage> {
  if (image.width <= width) return image;
  const { data, info } = await sharp(image.gray, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize({ width })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

/**
 * True when the page image carries a QR code whose text is `code` (compared trimmed and case-insensitive, so
 * "TRENN" matches a sheet printed with "trenn"). Fast: the image is scaled to 640 px wide first (~30–60 ms).
 */
export async function detectSeparator(png: Buffer, code: string): Promise<boolean> {
  const text = await decodeQr(png);
  return text !== null && text.trim().toUpperCase() === code.trim().toUpperCase();
}

/**
 * The separator finder of the pipeline: renders each asked-for page small (the reader's renderPage) and looks
 * for a QR code carrying `code`. Only the few candidate pages a splitter names are rendered, never every page.
 */
export function createSeparatorFinder(
  render: (bytes: Buffer, page: number, widthPx: number) => Promise<Buffer>,
  code: string,
): SeparatorFinder {
  return {
    async find(bytes, pages) {
      const found = new Set<number>();
      for (const page of pages) {
        if (await detectSeparator(await render(bytes, page, SEPARATOR_SCAN_WIDTH), code)) found.add(page);
      }
      return found;
    },
  };
}
