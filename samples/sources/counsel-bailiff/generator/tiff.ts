/** Join single-page little-endian TIFFs (as sharp writes them) into one multi-page TIFF. */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

interface Entry { tag: number; type: number; count: number; raw: Buffer }

function readValues(f: Buffer, e: Entry): number[] {
  const size = TYPE_SIZE[e.type] ?? 1;
  const inline = size * e.count <= 4;
  const base = inline ? 0 : e.raw.readUInt32LE(0);
  const src = inline ? e.raw : f;
  const out: number[] = [];
  for (let i = 0; i < e.count; i++) out.push(e.type === 3 ? src.readUInt16LE(base + i * 2) : src.readUInt32LE(base + i * 4));
  return out;
}

export function mergeTiffs(files: Buffer[]): Buffer {
  const chunks: Buffer[] = [Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0])];
  let pos = 8;
  const push = (buf: Buffer): number => {
    const at = pos;
    chunks.push(buf);
    pos += buf.length;
    if (pos % 2 === 1) { chunks.push(Buffer.alloc(1)); pos += 1; }
    return at;
  };
  const ifdAt: number[] = [];
  files.forEach((f, pageNo) => {
    if (f.readUInt16LE(0) !== 0x4949) throw new Error('only little-endian TIFF supported');
    const ifd = f.readUInt32LE(4);
    const n = f.readUInt16LE(ifd);
    const entries: Entry[] = [];
    for (let i = 0; i < n; i++) {
      const o = ifd + 2 + i * 12;
      entries.push({ tag: f.readUInt16LE(o), type: f.readUInt16LE(o + 2), count: f.readUInt32LE(o + 4), raw: Buffer.from(f.subarray(o + 8, o + 12)) });
    }
    const offE = entries.find((e) => e.tag === 273);
    const cntE = entries.find((e) => e.tag === 279);
    if (!offE || !cntE) throw new Error('TIFF without strips');
    const offs = readValues(f, offE);
    const cnts = readValues(f, cntE);
    const newOffs = offs.map((o, i) => push(Buffer.from(f.subarray(o, o + (cnts[i] ?? 0)))));
    // page number tag (297) so readers know the order
    const pn = Buffer.alloc(4); pn.writeUInt16LE(pageNo, 0); pn.writeUInt16LE(files.length, 2);
    const all = entries.filter((e) => e.tag !== 297);
    all.push({ tag: 297, type: 3, count: 2, raw: pn });
    all.sort((a, b) => a.tag - b.tag);
    for (const e of all) {
      const size = (TYPE_SIZE[e.type] ?? 1) * e.count;
      if (e.tag === 273) {
        const buf = Buffer.alloc(4 * newOffs.length);
        newOffs.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
        e.type = 4;
        if (newOffs.length === 1) e.raw = buf; else { const at = push(buf); e.raw = Buffer.alloc(4); e.raw.writeUInt32LE(at, 0); }
      } else if (size > 4) {
        const src = e.raw.readUInt32LE(0);
        const at = push(Buffer.from(f.subarray(src, src + size)));
        e.raw = Buffer.alloc(4); e.raw.writeUInt32LE(at, 0);
      }
    }
    const ifdBuf = Buffer.alloc(2 + all.length * 12 + 4);
    ifdBuf.writeUInt16LE(all.length, 0);
    all.forEach((e, i) => {
      const o = 2 + i * 12;
      ifdBuf.writeUInt16LE(e.tag, o); ifdBuf.writeUInt16LE(e.type, o + 2); ifdBuf.writeUInt32LE(e.count, o + 4); e.raw.copy(ifdBuf, o + 8);
    });
    ifdAt.push(push(ifdBuf));
  });
  const out = Buffer.concat(chunks);
  out.writeUInt32LE(ifdAt[0] ?? 0, 4);
  ifdAt.forEach((at, i) => {
    const n = out.readUInt16LE(at);
    out.writeUInt32LE(ifdAt[i + 1] ?? 0, at + 2 + n * 12);
  });
  return out;
}
