/** Turns rendered pages into the files a scanner, fax or phone would produce. */
import sharp, { type Sharp } from 'sharp';
import type { PageModel } from './page-model.js';
import type { Rng } from './prng.js';
import { imagePdf, textLayerPdf } from './render-pdf.js';
import { pageSvg } from './render-svg.js';
import type { Profile } from './truth.schema.js';

export interface ProfileOutput {
  ext: 'pdf' | 'jpg' | 'png' | 'tif';
  data: Buffer;
}

const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

/** A grey 8-bit scan of one page with paper tone, slight blur and dust, optionally rotated. */
async function grayScan(page: PageModel, dpi: number, rng: Rng, angle: number): Promise<Sharp> {
  const svg = pageSvg(page, dpi, { rng, count: rng.int(15, 60) });
  const base = await sharp(svg).flatten({ background: WHITE }).greyscale().blur(rng.float(0.5, 0.8)).linear(rng.float(0.88, 0.94), rng.int(10, 18)).raw().toBuffer({ resolveWithObject: true });
  let img = sharp(base.data, { raw: { width: base.info.width, height: base.info.height, channels: 1 } });
  if (angle !== 0) {
    const paper = Math.round(255 * 0.91 + 14);
    const rotated = await img.rotate(angle, { background: { r: paper, g: paper, b: paper, alpha: 1 } }).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const left = Math.max(0, Math.round((rotated.info.width - base.info.width) / 2));
    const top = Math.max(0, Math.round((rotated.info.height - base.info.height) / 2));
    img = sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels } }).extract({ left, top, width: base.info.width, height: base.info.height });
  }
  return img;
}

/**
 * Grey JPEG with its dpi in the JFIF header. sharp's withMetadata/withDensity would convert to
 * three-channel sRGB, so the header fields are set directly.
 */
async function jpeg(img: Sharp, dpi: number, quality: number): Promise<Buffer> {
  const data = await img.toColourspace('b-w').jpeg({ quality, mozjpeg: true }).toBuffer();
  return withJfifDensity(data, dpi);
}

export function withJfifDensity(data: Buffer, dpi: number): Buffer {
  const at = data.indexOf('JFIF\0', 0, 'latin1');
  if (at >= 0 && at < 20) {
    data.writeUInt8(1, at + 7);
    data.writeUInt16BE(dpi, at + 8);
    data.writeUInt16BE(dpi, at + 10);
    return data;
  }
  // No APP0 segment: insert one right after the SOI marker.
  const app0 = Buffer.alloc(18);
  app0.writeUInt16BE(0xffe0, 0);
  app0.writeUInt16BE(16, 2);
  app0.write('JFIF\0', 4, 'latin1');
  app0.writeUInt16BE(0x0101, 9);
  app0.writeUInt8(1, 11);
  app0.writeUInt16BE(dpi, 12);
  app0.writeUInt16BE(dpi, 14);
  return Buffer.concat([data.subarray(0, 2), app0, data.subarray(2)]);
}

async function faxPages(pages: PageModel[], rng: Rng, angle: number): Promise<Buffer> {
  const dpi = 200;
  const raws: Buffer[] = [];
  for (const page of pages) {
    const svg = pageSvg(page, dpi, { rng, count: rng.int(30, 90) });
    let img = sharp(svg).flatten({ background: WHITE }).greyscale().blur(rng.float(0.35, 0.55));
    if (angle !== 0) img = sharp(await img.png().toBuffer()).rotate(angle, { background: WHITE });
    raws.push(await img.png().toBuffer());
  }
  const threshold = rng.int(150, 175);
  const joined = raws.length === 1 ? sharp(raws[0]) : sharp(raws, { join: { animated: true } });
  return joined
    .flatten({ background: WHITE })
    .extractChannel(0)
    .threshold(threshold)
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' })
    .toBuffer();
}

/** Phone photo: page on a darker desk, slightly turned, uneven light, soft focus, strong JPEG. */
async function photo(page: PageModel, rng: Rng): Promise<Buffer> {
  const dpi = 180;
  const scan = await grayScan(page, dpi, rng, 0);
  const pageBuf = await scan.png().toBuffer();
  const meta = await sharp(pageBuf).metadata();
  const w = meta.width ?? 1488;
  const h = meta.height ?? 2104;
  const margin = Math.round(w * 0.06);
  const W = w + 2 * margin;
  const H = h + 2 * margin;
  const angle = rng.float(-1.5, 1.5);
  const turned = await sharp(pageBuf).rotate(angle, { background: { r: 96, g: 86, b: 74, alpha: 1 } }).toBuffer();
  const tm = await sharp(turned).metadata();
  const desk = sharp({ create: { width: Math.max(W, tm.width ?? W), height: Math.max(H, tm.height ?? H), channels: 3, background: { r: 96, g: 86, b: 74 } } });
  const placed = await desk.composite([{ input: turned, gravity: 'centre' }]).png().toBuffer();
  const pm = await sharp(placed).metadata();
  const cx = rng.float(0.15, 0.85);
  const cy = rng.float(0.1, 0.5);
  const shade = rng.float(0.45, 0.6).toFixed(2);
  const light = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pm.width}" height="${pm.height}"><defs><radialGradient id="g" cx="${cx}" cy="${cy}" r="1.0"><stop offset="0" stop-color="#fffdf6"/><stop offset="1" stop-color="rgb(${Math.round(255 * Number(shade))},${Math.round(250 * Number(shade))},${Math.round(240 * Number(shade))})"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(placed)
    .composite([{ input: light, blend: 'multiply' }])
    .blur(rng.float(0.9, 1.3))
    .modulate({ brightness: rng.float(1.02, 1.12) })
    .jpeg({ quality: 58, mozjpeg: true })
    .toBuffer()
    .then((data) => withJfifDensity(data, dpi));
}

export async function renderProfile(profile: Profile, pages: PageModel[], rng: Rng): Promise<ProfileOutput> {
  const single = pages.length === 1;
  const first = pages[0] as PageModel;
  switch (profile) {
    case 'text-pdf':
      return { ext: 'pdf', data: await textLayerPdf(pages) };
    case 'gray-300': {
      if (rng.chance(0.3)) {
        const img = await grayScan(first, 300, rng, 0);
        return { ext: 'png', data: await img.png({ palette: true, colours: 16, compressionLevel: 9 }).withMetadata({ density: 300 }).toBuffer() };
      }
      return { ext: 'jpg', data: await jpeg(await grayScan(first, 300, rng, 0), 300, 68) };
    }
    case 'fax-200':
      return { ext: 'tif', data: await faxPages(pages, rng, 0) };
    case 'multi-tiff':
      return { ext: 'tif', data: await faxPages(pages, rng, rng.chance(0.3) ? rng.float(-1, 1) : 0) };
    case 'skew': {
      const angle = (rng.chance(0.5) ? 1 : -1) * rng.float(2, 5);
      if (single) return { ext: 'jpg', data: await jpeg(await grayScan(first, 300, rng, angle), 300, 66) };
      const imgs: Buffer[] = [];
      for (const p of pages) imgs.push(await jpeg(await grayScan(p, 300, rng, angle + rng.float(-0.5, 0.5)), 300, 62));
      return { ext: 'pdf', data: await imagePdf(imgs) };
    }
    case 'upside-down':
      if (single) return { ext: 'jpg', data: await jpeg(await grayScan(first, 300, rng, 180), 300, 66) };
      return { ext: 'tif', data: await faxPages(pages, rng, 180) };
    case 'photo':
      return { ext: 'jpg', data: await photo(first, rng) };
    case 'multi-pdf': {
      const imgs: Buffer[] = [];
      for (const p of pages) imgs.push(await jpeg(await grayScan(p, 300, rng, rng.float(-0.6, 0.6)), 300, 62));
      return { ext: 'pdf', data: await imagePdf(imgs) };
    }
  }
}
