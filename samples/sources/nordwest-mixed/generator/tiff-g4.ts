// Minimal CCITT Group 4 (T.6) encoder and multi-page TIFF writer.
// The installed sharp/libvips refuses ccittfax4 output here, so fax pages are encoded by hand.
import { BLACK_CODES, WHITE_CODES } from './g4-tables.js';

class BitWriter {
  private bytes: number[] = [];
  private cur = 0;
  private n = 0;
  put(code: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) {
      this.cur = (this.cur << 1) | ((code >> i) & 1);
      this.n++;
      if (this.n === 8) {
        this.bytes.push(this.cur);
        this.cur = 0;
        this.n = 0;
      }
    }
  }
  finish(): Buffer {
    if (this.n > 0) this.bytes.push(this.cur << (8 - this.n));
    return Buffer.from(this.bytes);
  }
}

function putSpan(w: BitWriter, span: number, table: Record<number, [number, number]>): void {
  while (span >= 2624) {
    const c = table[2560]!;
    w.put(c[0], c[1]);
    span -= 2560;
  }
  if (span >= 64) {
    const mk = span - (span % 64);
    const c = table[mk]!;
    w.put(c[0], c[1]);
    span -= mk;
  }
  const t = table[span]!;
  w.put(t[0], t[1]);
}

const V_CODES: Array<[number, number]> = [
  [0x03, 7], [0x03, 6], [0x03, 3], [0x1, 1], [0x2, 3], [0x02, 6], [0x02, 7],
];

/** Encodes a bilevel image (1 = black, one byte per pixel) as T.6 data. */
export function encodeG4(px: Uint8Array, width: number, height: number): Buffer {
  const w = new BitWriter();
  let ref = new Uint8Array(width);
  const pix = (row: Uint8Array, i: number): number => (i < width ? row[i]! : 0);
  const findDiff = (row: Uint8Array, start: number, color: number): number => {
    let i = start;
    while (i < width && row[i] === color) i++;
    return i;
  };
  const findDiff2 = (row: Uint8Array, start: number, color: number): number =>
    start < width ? findDiff(row, start, color) : width;
  for (let y = 0; y < height; y++) {
    const cur = px.subarray(y * width, (y + 1) * width);
    let a0 = 0;
    let a1 = pix(cur, 0) !== 0 ? 0 : findDiff(cur, 0, 0);
    let b1 = pix(ref, 0) !== 0 ? 0 : findDiff(ref, 0, 0);
    for (;;) {
      const b2 = findDiff2(ref, b1, pix(ref, b1));
      if (b2 >= a1) {
        const d = b1 - a1;
        if (d < -3 || d > 3) {
          const a2 = findDiff2(cur, a1, pix(cur, a1));
          w.put(0x1, 3);
          if (a0 + a1 === 0 || pix(cur, a0) === 0) {
            putSpan(w, a1 - a0, WHITE_CODES);
            putSpan(w, a2 - a1, BLACK_CODES);
          } else {
            putSpan(w, a1 - a0, BLACK_CODES);
            putSpan(w, a2 - a1, WHITE_CODES);
          }
          a0 = a2;
        } else {
          const v = V_CODES[d + 3]!;
          w.put(v[0], v[1]);
          a0 = a1;
        }
      } else {
        w.put(0x1, 4);
        a0 = b2;
      }
      if (a0 >= width) break;
      const c0 = pix(cur, a0);
      a1 = findDiff(cur, a0, c0);
      b1 = findDiff(ref, a0, c0 === 0 ? 1 : 0);
      b1 = findDiff(ref, b1, c0);
    }
    ref = cur.slice();
  }
  w.put(0x001, 12);
  w.put(0x001, 12);
  return w.finish();
}

export interface BilevelPage {
  px: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

/** Writes one or more bilevel pages as a little-endian multi-page G4 TIFF. */
export function writeG4Tiff(pages: BilevelPage[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  let prevNextPtr = 4;
  const patches: Array<[number, number]> = [];
  pages.forEach((p, idx) => {
    const data = encodeG4(p.px, p.width, p.height);
    const dataOff = offset;
    chunks.push(data);
    offset += data.length;
    if (offset % 2) {
      chunks.push(Buffer.alloc(1));
      offset++;
    }
    const resOff = offset;
    const res = Buffer.alloc(16);
    res.writeUInt32LE(p.dpi, 0);
    res.writeUInt32LE(1, 4);
    res.writeUInt32LE(p.dpi, 8);
    res.writeUInt32LE(1, 12);
    chunks.push(res);
    offset += 16;
    const tags: Array<[number, number, number, number]> = [
      [254, 4, 1, pages.length > 1 ? 2 : 0],
      [256, 4, 1, p.width],
      [257, 4, 1, p.height],
      [258, 3, 1, 1],
      [259, 3, 1, 4],
      [262, 3, 1, 0],
      [266, 3, 1, 1],
      [273, 4, 1, dataOff],
      [277, 3, 1, 1],
      [278, 4, 1, p.height],
      [279, 4, 1, data.length],
      [282, 5, 1, resOff],
      [283, 5, 1, resOff + 8],
      [293, 4, 1, 0],
      [296, 3, 1, 2],
      [297, 3, 2, idx | (pages.length << 16)],
    ];
    const ifd = Buffer.alloc(2 + tags.length * 12 + 4);
    ifd.writeUInt16LE(tags.length, 0);
    tags.forEach(([tag, type, count, value], i) => {
      const o = 2 + i * 12;
      ifd.writeUInt16LE(tag, o);
      ifd.writeUInt16LE(type, o + 2);
      ifd.writeUInt32LE(count, o + 4);
      if (type === 3 && count === 1) ifd.writeUInt16LE(value, o + 8);
      else ifd.writeUInt32LE(value >>> 0, o + 8);
    });
    patches.push([prevNextPtr, offset]);
    prevNextPtr = offset + 2 + tags.length * 12;
    chunks.push(ifd);
    offset += ifd.length;
  });
  const out = Buffer.concat(chunks);
  for (const [at, val] of patches) out.writeUInt32LE(val, at);
  return out;
}
