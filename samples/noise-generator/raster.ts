// In-memory rasters and the encoders used for the bench files.
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

export interface Raster { width: number; height: number; channels: 1 | 3 | 4; data: Uint8Array }

export function blankRaster(width: number, height: number, channels: 1 | 3 | 4, value: number): Raster {
  return { width, height, channels, data: new Uint8Array(width * height * channels).fill(value) };
}

export function toSharp(r: Raster): Sharp {
  return sharp(r.data, { raw: { width: r.width, height: r.height, channels: r.channels }, limitInputPixels: false });
}

/** Reads a sharp pipeline back into a raster; grey forces a single band (sharp would otherwise emit sRGB). */
export async function fromSharp(s: Sharp, grey = false): Promise<Raster> {
  const { data, info } = await (grey ? s.toColourspace('b-w') : s).raw().toBuffer({ resolveWithObject: true });
  const ch = info.channels;
  if (ch !== 1 && ch !== 3 && ch !== 4) throw new Error(`unexpected channel count ${ch}`);
  return { width: info.width, height: info.height, channels: ch, data: new Uint8Array(data) };
}

export function greyToRgb(r: Raster, tint: [number, number, number] = [255, 255, 255]): Raster {
  if (r.channels !== 1) throw new Error('greyToRgb expects a grey raster');
  const out = new Uint8Array(r.width * r.height * 3);
  for (let i = 0; i < r.width * r.height; i++) {
    const v = r.data[i] ?? 0;
    out[i * 3] = (v * tint[0]) / 255;
    out[i * 3 + 1] = (v * tint[1]) / 255;
    out[i * 3 + 2] = (v * tint[2]) / 255;
  }
  return { width: r.width, height: r.height, channels: 3, data: out };
}

/** Alpha-blends an RGBA overlay onto a grey or RGB raster of the same size (multiply, like ink on paper). */
export function inkOver(base: Raster, overlay: Raster, opacity = 1): void {
  const n = base.width * base.height;
  const bc = base.channels;
  for (let i = 0; i < n; i++) {
    const a = ((overlay.data[i * 4 + 3] ?? 0) / 255) * opacity;
    if (a <= 0) continue;
    if (bc === 1) {
      const lum = 0.299 * (overlay.data[i * 4] ?? 0) + 0.587 * (overlay.data[i * 4 + 1] ?? 0) + 0.114 * (overlay.data[i * 4 + 2] ?? 0);
      const b = base.data[i] ?? 0;
      base.data[i] = b * (1 - a) + ((b * lum) / 255) * a;
    } else {
      for (let c = 0; c < 3; c++) {
        const b = base.data[i * bc + c] ?? 0;
        base.data[i * bc + c] = b * (1 - a) + ((b * (overlay.data[i * 4 + c] ?? 0)) / 255) * a;
      }
    }
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** Greyscale PNG (colour type 0) at 4 or 8 bits with a pHYs density chunk; 4 bits keeps scans small. */
export function encodeGreyPng(r: Raster, dpi: number, bits: 4 | 8): Buffer {
  if (r.channels !== 1) throw new Error('encodeGreyPng expects a grey raster');
  const rowBytes = bits === 8 ? r.width : Math.ceil(r.width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * r.height);
  for (let y = 0; y < r.height; y++) {
    const o = y * (rowBytes + 1);
    raw[o] = 0;
    for (let x = 0; x < r.width; x++) {
      const v = r.data[y * r.width + x] ?? 0;
      if (bits === 8) raw[o + 1 + x] = v;
      else {
        const q = Math.round(v / 17);
        const idx = o + 1 + (x >> 1);
        raw[idx] = (raw[idx] ?? 0) | (x & 1 ? q : q << 4);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(r.width, 0);
  ihdr.writeUInt32BE(r.height, 4);
  ihdr[8] = bits;
  ihdr[9] = 0;
  const phys = Buffer.alloc(9);
  const ppm = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export async function encodeJpeg(r: Raster, dpi: number, quality: number): Promise<Buffer> {
  const s = toSharp(r).withDensity(dpi);
  return (r.channels === 1 ? s.toColourspace('b-w') : s).jpeg({ quality, mozjpeg: true }).toBuffer();
}

/** Bilevel CCITT G4 TIFF; expects a grey raster that is already black/white. */
export async function encodeG4Tiff(r: Raster, dpi: number): Promise<Buffer> {
  const res = dpi / 25.4;
  return toSharp(r)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true, xres: res, yres: res, resolutionUnit: 'inch' })
    .toBuffer();
}
