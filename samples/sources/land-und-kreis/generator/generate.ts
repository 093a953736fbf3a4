/** Entry point: node dist/samples/sources/land-und-kreis/generator/generate.js [--out dir] [--seed n] [--count n] */
import { mkdirSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.js';
import { planCorpus } from './story.js';
import { OVERLAPS } from './sheet.js';
import { renderDoc } from './render.js';
import { makeScan } from './scan.js';
import type { Profile } from './model.js';
import { BAILIFFS, LAWYERS } from './senders.js';
import type { DocPlan } from './model.js';

/** Who the fax header names: the forwarding authority, the bailiff, the lawyer/landlord, or the court. */
function faxSender(d: DocPlan): { date: string; no: string; name: string } {
  const h = d.h;
  const fw = d.forwarder;
  const intl = (n: string): string => `+49 ${n.replace(/^0/, '')}`;
  if (fw) return { date: d.coverDate ?? d.letterDate, no: intl(fw.phone.replace(/-0$/, '-199')), name: (fw.lines[0] ?? '').toUpperCase() };
  if (d.inner === 'bailiff') {
    const b = BAILIFFS[h.court.key];
    return { date: d.letterDate, no: intl(b?.phone ?? ''), name: `GV ${(b?.family ?? '').toUpperCase()}` };
  }
  if (d.inner === 'termination' || d.inner === 'reminder') {
    const law = LAWYERS.find((l) => l.key === d.sender);
    if (law) return { date: d.letterDate, no: intl(law.phone), name: (law.firm.join(' ')).toUpperCase() };
    return { date: d.letterDate, no: intl(`0${h.landlord.postal.slice(0, 4)} ${h.landlord.postal.slice(2)}${h.fileNumber.length}1`), name: h.landlord.truth.toUpperCase() };
  }
  return { date: d.letterDate, no: intl(h.court.fax), name: `AG ${h.court.place.toUpperCase()}` };
}

function args(): { out: string; seed: number; count: number } {
  const a = process.argv.slice(2);
  const get = (k: string): string | undefined => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  // dist/samples/sources/<name>/generator -> samples/sources/<name>/corpus
  const def = path.resolve(here, '../../../../../samples/sources/land-und-kreis/corpus');
  return { out: path.resolve(get('--out') ?? def), seed: Number(get('--seed') ?? 1), count: Number(get('--count') ?? 160) };
}

const SINGLE: [Profile, number][] = [['text-pdf', 36], ['scan-300', 16], ['fax-200', 14], ['skew', 14], ['rotated', 10], ['photo', 16]];
const MULTI: [Profile, number][] = [['text-pdf', 38], ['multi-page', 45], ['fax-200', 25]];

async function main(): Promise<void> {
  const { out, seed, count } = args();
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (/^d\d+\./.test(f) || f === 'manifest.json') unlinkSync(path.join(out, f));
  const plans = planCorpus(seed, count);
  const used = new Map<number, Profile>();
  const manifest: Record<string, unknown>[] = [];
  for (const [i, d] of plans.entries()) {
    const r = await renderDoc(d);
    const prng = new Rng((seed * 7919 + i * 104729) >>> 0);
    const pages = r.texts.length;
    let options = pages > 1 ? MULTI : SINGLE;
    const orig = used.get(d.contentSeed);
    if (d.kind === 'rescan' && orig) options = options.filter(([p]) => p !== orig);
    const profile = prng.weighted(options);
    if (!used.has(d.contentSeed)) used.set(d.contentSeed, profile);
    d.profile = profile;
    const h = d.h;
    const fw = d.forwarder;
    const faxFrom = faxSender(d);
    const hhmm = `${String(prng.int(7, 16)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}`;
    const [fy, fm, fd] = faxFrom.date.split('-');
    let file: string;
    let extra: { pre: string[]; post: string[] }[];
    if (profile === 'text-pdf') {
      file = `${d.id}.pdf`;
      writeFileSync(path.join(out, file), r.pdf);
      extra = r.texts.map(() => ({ pre: [], post: [] }));
    } else {
      const sc = await makeScan(profile, r.pdf, r.boxes, prng, {
        stampDate: d.arrival,
        stampWho: fw ? 'Fachstelle Wohnungssicherung' : (h.court.authority[0] ?? 'Sozialamt'),
        faxHeader: (p, n) => `${fd}.${fm}.${fy} ${hhmm}   ${faxFrom.no}   ${faxFrom.name}   S. ${String(p).padStart(2, '0')}/${String(n).padStart(2, '0')}`,
      });
      file = `${d.id}.${sc.ext}`;
      writeFileSync(path.join(out, file), sc.data);
      extra = sc.extra;
    }
    const pageTexts = r.texts.map((t, k) => [...(extra[k]?.pre ?? []), t, ...(extra[k]?.post ?? [])].filter((x) => x !== '').join('\n'));
    const layout = fw && d.inner !== 'jc-letter' && d.inner !== 'cover' ? `${fw.style}-cover+${r.innerLayout}` : r.innerLayout;
    const truth = { id: d.id, file, documentType: d.type, profile, layout, pages, fields: r.fields, pageTexts };
    writeFileSync(path.join(out, `${d.id}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    manifest.push({ id: d.id, file, truth: `${d.id}.truth.json`, type: d.type, layout, profile, pages, sender: d.sender, household: h.key, kind: d.kind, arrival: d.arrival });
    process.stdout.write(`${d.id} ${d.type} ${profile} ${layout}\n`);
  }
  if (OVERLAPS.length > 0) process.stderr.write(`layout overlaps:\n${[...new Set(OVERLAPS)].join('\n')}\n`);
  const m = { source: 'land-und-kreis', generator: 'samples/sources/land-und-kreis/generator/generate.ts', seed, count: manifest.length, documents: manifest };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
