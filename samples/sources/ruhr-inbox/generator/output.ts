import sharp from 'sharp';
import type { Profile } from './model.js';
import { phonePhoto } from './photo.js';
import type { Rng } from './prng.js';
import { blur, faxify, paperScan, rasterize, rotateBy, threshold, toSharp, type Gray } from './raster.js';
import { finish, newPdf } from './render.js';

/** Turns a rendered (dirty) PDF into the file a profile delivers. */

export interface Output {
  bytes: Buffer;
  ext: 'pdf' | 'jpg' | 'png' | 'tif';
}

async function jpeg(g: Gray, dpi: number, q: number): Promise<Buffer> {
  return toSharp(g).jpeg({ quality: q }).withDensity(dpi).toBuffer();
}

async function g4(pages: Gray[], dpi: number): Promise<Buffer> {
  const pngs = await Promise.all(pages.map((g) => toSharp(g).png().toBuffer()));
  const img = pngs.length > 1 ? sharp(pngs, { join: { animated: true } }) : sharp(pngs[0] as Buffer);
  return img.toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: dpi / 25.4, yres: dpi / 25.4, resolutionUnit: 'inch' }).toBuffer();
}

async function imagePdf(pages: { jpg: Buffer; w: number; h: number; dpi: number }[], producer: string): Promise<Buffer> {
  const doc = newPdf('Scan', producer);
  for (const p of pages) {
    const w = (p.w / p.dpi) * 72;
    const h = (p.h / p.dpi) * 72;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(p.jpg, 0, 0, { width: w, height: h });
  }
  return finish(doc);
}

const SCANNERS = ['Canon iR-ADV C5535 PDF', 'KONICA MINOLTA bizhub C300i', 'RICOH IM C3000', 'Xerox AltaLink C8130', 'HP LaserJet MFP M528'];

export async function produce(pdf: Buffer, profile: Profile, rng: Rng): Promise<Output> {
  const scanner = rng.pick(SCANNERS);
  switch (profile) {
    case 'text-pdf':
      return { bytes: pdf, ext: 'pdf' };
    case 'scan-300': {
      const [page] = await rasterize(pdf, 300);
      if (rng.chance(0.3)) {
        const clean = await blur(paperScan(page as Gray, rng, 300, 1, 0), rng.float(0.5, 0.8));
        return { bytes: await toSharp(clean).png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 8 }).withDensity(300).toBuffer(), ext: 'png' };
      }
      const g = await blur(paperScan(page as Gray, rng, 300), rng.float(0.5, 0.8));
      return { bytes: await jpeg(g, 300, rng.int(55, 68)), ext: 'jpg' };
    }
    case 'fax-200': {
      const pages = await rasterize(pdf, 200);
      const fof = rng.chance(0.4);
      return { bytes: await g4(pages.map((p) => faxify(p, rng, fof)), 200), ext: 'tif' };
    }
    case 'skew': {
      const dpi = rng.chance(0.5) ? 300 : 200;
      const [page] = await rasterize(pdf, dpi);
      const angle = (rng.chance(0.5) ? -1 : 1) * rng.float(1, 5);
      const g = await rotateBy(await blur(paperScan(page as Gray, rng, dpi), 0.6), angle, rng.int(200, 240));
      if (rng.chance(0.35)) return { bytes: await imagePdf([{ jpg: await jpeg(g, dpi, 60), w: g.width, h: g.height, dpi }], scanner), ext: 'pdf' };
      return { bytes: await jpeg(g, dpi, rng.int(55, 68)), ext: 'jpg' };
    }
    case 'rotated': {
      const dpi = rng.chance(0.6) ? 200 : 300;
      const [page] = await rasterize(pdf, dpi);
      const angle = rng.weighted([[180, 50], [90, 25], [270, 25]] as const);
      const g = await rotateBy(await blur(paperScan(page as Gray, rng, dpi), 0.6), angle, 255);
      const r = rng.next();
      if (r < 0.45) return { bytes: await imagePdf([{ jpg: await jpeg(g, dpi, 60), w: g.width, h: g.height, dpi }], scanner), ext: 'pdf' };
      if (r < 0.75) return { bytes: await jpeg(g, dpi, rng.int(55, 68)), ext: 'jpg' };
      return { bytes: await g4([threshold(g, rng.int(120, 150))], dpi), ext: 'tif' };
    }
    case 'photo': {
      const [page] = await rasterize(pdf, rng.int(160, 190));
      return { bytes: await phonePhoto(page as Gray, rng, rng.int(50, 70)), ext: 'jpg' };
    }
    case 'multi-page': {
      const asTiff = rng.chance(0.4);
      const dpi = asTiff ? 300 : rng.chance(0.5) ? 200 : 250;
      const pages = await rasterize(pdf, dpi);
      const flipped = pages.length > 1 && rng.chance(0.2) ? rng.int(1, pages.length - 1) : -1;
      const out: Gray[] = [];
      for (let i = 0; i < pages.length; i++) {
        let g = await blur(paperScan(pages[i] as Gray, rng, dpi, 0.8), 0.55);
        if (i === flipped) g = await rotateBy(g, 180, 255);
        else if (!asTiff && rng.chance(0.35)) g = await rotateBy(g, rng.float(-1.8, 1.8), rng.int(215, 245));
        out.push(g);
      }
      if (asTiff) return { bytes: await g4(out.map((g) => threshold(g, rng.int(125, 150))), dpi), ext: 'tif' };
      const jpgs = await Promise.all(out.map(async (g) => ({ jpg: await jpeg(g, dpi, rng.int(52, 62)), w: g.width, h: g.height, dpi })));
      return { bytes: await imagePdf(jpgs, scanner), ext: 'pdf' };
    }
  }
}
