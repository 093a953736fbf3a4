// Entry point: node dist/samples/sources/nordwest-mixed/generator/generate.js [--out dir] [--seed n] [--count n]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from './page.js';
import { Rng } from './rng.js';
import { planCorpus } from './plan.js';
import { truthFields, type DocSpec } from './spec.js';
import { hbNotice, hhNotice, kiNotice, nrwNotice } from './tpl-notice.js';
import { hhSummons, kiSummons, ksNotice, nrwSummons } from './tpl-court2.js';
import { ksJudgment, nrwJudgment } from './tpl-judgment.js';
import { gvGm, gvHh, gvKs } from './tpl-bailiff.js';
import { terminationLetter } from './tpl-letters.js';
import { forwardCover, jcLetter } from './tpl-jobcenter.js';
import { faxHeader, highlight, penMarks, stamp } from './dirt.js';
import { applyProfile } from './scan.js';
import { addDays } from './fmt.js';

type Render = (d: Doc, s: DocSpec, r: Rng) => void;
const RENDER: Record<string, Render> = {
  'nrw-mizi-formular': nrwNotice, 'hh-mizi-tabelle': hhNotice, 'ki-mizi-brief': kiNotice, 'hb-mizi-altvordruck': hbNotice, 'ks-mizi-zweiseitig': ksNotice,
  'nrw-terminsmitteilung': nrwSummons, 'hh-terminsnachricht': hhSummons, 'ki-terminsbrief': kiSummons,
  'nrw-urteil': nrwJudgment, 'ks-urteil-ausfertigung': ksJudgment,
  'gv-gm-tabelle': gvGm, 'gv-hh-brief': gvHh, 'gv-ks-vordruck': gvKs,
  'lt-lawyer': terminationLetter, 'lt-coop': terminationLetter, 'lt-company': terminationLetter, 'lt-private': terminationLetter,
};

function renderer(layout: string): Render {
  const base = layout.includes('+') ? layout.split('+')[1]! : layout;
  if (base.startsWith('so-hh') || base.startsWith('jc-')) return jcLetter;
  const f = RENDER[base];
  if (!f) throw new Error(`no renderer for ${layout}`);
  return f;
}

const FAX_IDS: Record<string, [string, string]> = {
  'jc-obk': ['JOBCENTER OBERBERG', '+49 2261 9132-199'], 'jc-kiel': ['JC KIEL KDU', '0431 709-1190'], 'so-hh': ['BA HH-NORD GS', '040 42804-2911'],
  'ag-gm': ['AG GUMMERSBACH', '02261 811-200'], 'ag-wf': ['AG WIPPERFUERTH', '02267 8807-50'], 'ag-wb': ['AG WALDBROEL', '02291 7958-99'],
  'ag-hh': ['AG HH-BARMBEK', '040 42863-2410'], 'ag-ki': ['AMTSGERICHT KIEL', '0431 604-2299'], 'ag-hb': ['AG BREMEN ZIV', '0421 361-4050'],
  'ag-ks': ['AG KASSEL', '0561 912-555'], 'gv-gm': ['OGV KRAEMER-HOSS', '02261 9177-39'], 'gv-hh': ['GV TESSMER', '040 6981-4409'], 'gv-ks': ['OGV QUENTEL', '0561 70133-19'],
};

async function buildOne(s: DocSpec, outDir: string): Promise<Record<string, unknown>> {
  const r = new Rng(s.seed);
  const d = new Doc(`${s.id}`);
  const render = renderer(s.layout);
  if (s.forwarder && s.layout.includes('+')) {
    forwardCover(d, { ...s, letterDate: workdayAfter(s.letterDate, s.arrival) }, r.fork(1));
    d.newPage();
    d.base = d.pageIndex;
  }
  render(d, s, r);
  const pages = d.texts.length;
  const dirt = new Rng(s.seed ^ (s.kind === 'rescan' ? 0x5a5a : 0x1234) ^ s.profile.length * 7919);
  if (s.profile !== 'text-pdf') {
    for (let p = 0; p < pages; p++) {
      d.pdf.switchToPage(p);
      const fwd = !!s.forwarder && s.layout.includes('+');
      if (p === 0 && dirt.chance(0.6)) stamp(d, dirt, p, addDays(s.arrival, -dirt.int(0, 1)), dirt.pick(['Fachstelle Wohnen', 'Soziale Dienste', 'Kreisverwaltung']));
      if (p === 1 && fwd && dirt.chance(0.8)) stamp(d, dirt, p, addDays(s.letterDate, dirt.int(2, 4)), s.forwarder!.org.split(' · ').pop()!);
      if (dirt.chance(0.3)) highlight(d, dirt, p);
      if (dirt.chance(0.3)) penMarks(d, dirt, p);
      if (s.profile === 'fax-200') {
        const key = s.sender.split('+')[0]!;
        const [from, num] = FAX_IDS[key] ?? ['FAX', '+49 000'];
        faxHeader(d, p, pages, addDays(s.arrival, -1), `${String(dirt.int(7, 16)).padStart(2, '0')}:${String(dirt.int(0, 59)).padStart(2, '0')}`, from, num);
      }
    }
  }
  const pdf = await d.toBuffer();
  let file: string;
  if (s.profile === 'text-pdf') {
    file = `${s.id}.pdf`;
    fs.writeFileSync(path.join(outDir, file), pdf);
  } else {
    const out = await applyProfile(pdf, s.profile, dirt, pages);
    file = `${s.id}.${out.ext}`;
    fs.writeFileSync(path.join(outDir, file), out.buf);
  }
  s.pages = pages;
  const truth = {
    id: s.id, file, documentType: s.type, profile: s.profile, layout: s.layout, pages,
    fields: truthFields(s), pageTexts: d.texts.map((t) => t.join('\n')),
  };
  fs.writeFileSync(path.join(outDir, `${s.id}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  return {
    id: s.id, file, truth: `${s.id}.truth.json`, type: s.type, layout: s.layout, profile: s.profile, pages,
    sender: s.sender, household: s.hh.key, kind: s.kind, arrival: s.arrival,
  };
}

function workdayAfter(letter: string, arrival: string): string {
  const d = addDays(arrival, -2);
  return d > letter ? d : letter;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const defOut = path.resolve(here, '../../../../../samples/sources/nordwest-mixed/corpus');
  const outDir = path.resolve(opt('out') ?? defOut);
  const seed = Number(opt('seed') ?? 1);
  const count = Number(opt('count') ?? 160);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (/^d\d{3}\./.test(f) || f === 'manifest.json') fs.rmSync(path.join(outDir, f));
  const docs = planCorpus(seed, count);
  const entries: Array<Record<string, unknown>> = [];
  for (const s of docs) {
    entries.push(await buildOne(s, outDir));
    if (entries.length % 20 === 0) process.stderr.write(`${entries.length}/${docs.length}\n`);
  }
  const manifest = { source: 'nordwest-mixed', generator: 'samples/sources/nordwest-mixed/generator/generate.ts', seed, count: entries.length, documents: entries };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  process.stderr.write(`wrote ${entries.length} documents to ${outDir}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
