// Plans the inbox: households, their story patterns, and one DocSpec per arriving document.
import { Rng } from './rng.js';
import { addDays, workday } from './fmt.js';
import { FORWARDERS, type Town } from './data.js';
import { makeHousehold, type Household, type Step } from './story.js';
import type { DocumentType } from '../../../../src/core/extraction.schema.js';
import { PROFILES, type DocSpec, type Flags, type Profile } from './spec.js';

const PATTERNS: ReadonlyArray<readonly [Step[], number]> = [
  [['notice'], 30], [['notice', 'summons'], 7], [['notice', 'summons', 'judgment'], 4], [['notice', 'summons', 'judgment', 'bailiff'], 2],
  [['notice', 'judgment'], 3], [['judgment', 'bailiff'], 3], [['bailiff'], 10], [['summons'], 4], [['judgment'], 3],
  [['termination'], 9], [['termination', 'notice'], 5], [['reminder'], 3], [['reminder', 'termination'], 3],
  [['jcletter'], 5], [['cover'], 4], [['termination', 'notice', 'summons'], 2],
];

const TYPE: Record<Step, DocumentType> = {
  reminder: 'other', termination: 'other', notice: 'court_notice', summons: 'hearing_summons', judgment: 'judgment',
  bailiff: 'eviction_notice', jcletter: 'other', cover: 'other',
};

const NOTICE_LAYOUT = { nrw: 'nrw-mizi-formular', hh: 'hh-mizi-tabelle', ki: 'ki-mizi-brief', hb: 'hb-mizi-altvordruck', ks: 'ks-mizi-zweiseitig' } as const;
const SUMMONS_LAYOUT: Record<string, string> = { nrw: 'nrw-terminsmitteilung', hh: 'hh-terminsnachricht', ki: 'ki-terminsbrief' };
const JUDGMENT_LAYOUT: Record<string, string> = { nrw: 'nrw-urteil', ks: 'ks-urteil-ausfertigung' };
const BAILIFF_LAYOUT: Record<string, string> = { 'gv-gm': 'gv-gm-tabelle', 'gv-hh': 'gv-hh-brief', 'gv-ks': 'gv-ks-vordruck' };

const FAMILY_OF: Record<string, string> = { 'ag-gm': 'nrw', 'ag-wf': 'nrw', 'ag-wb': 'nrw', 'ag-hh': 'hh', 'ag-ki': 'ki', 'ag-hb': 'hb', 'ag-ks': 'ks' };

function townOk(steps: Step[]): (t: Town) => boolean {
  return (t) => {
    const fam = FAMILY_OF[t.court]!;
    if (steps.includes('summons') && !SUMMONS_LAYOUT[fam]) return false;
    if (steps.includes('judgment') && !JUDGMENT_LAYOUT[fam]) return false;
    if (steps.includes('bailiff') && !t.bailiff) return false;
    if ((steps.includes('jcletter') || steps.includes('cover')) && !t.jc) return false;
    return true;
  };
}

function landlordLayout(hh: Household, step: Step): { layout: string; sender: string } {
  const l = hh.landlord;
  if (step === 'termination' && l.lawyer) return { layout: 'lt-lawyer', sender: l.lawyer.key };
  if (l.info) return { layout: l.info.style.startsWith('coop') ? 'lt-coop' : 'lt-company', sender: l.info.key };
  return { layout: 'lt-private', sender: 'private-landlords' };
}

export function expectedPages(s: Pick<DocSpec, 'layout' | 'forwarder'>): number {
  const base = ['ks-mizi-zweiseitig', 'nrw-urteil', 'ks-urteil-ausfertigung', 'lt-lawyer'].includes(s.layout) ? 2 : 1;
  return base + (s.forwarder ? 1 : 0);
}

function pickProfile(r: Rng, pages: number, not?: Profile): Profile {
  for (;;) {
    const p = r.weighted<Profile>([['text-pdf', 40], ['scan-300', 12], ['fax-200', 12], ['skew', 11], ['rotated', 9], ['photo', 9], ['multi-page', pages > 1 ? 30 : 0]]);
    if (p !== not && !(not && p === 'text-pdf')) return p;
  }
}

export function planCorpus(seed: number, count: number): DocSpec[] {
  const root = new Rng(seed);
  const docs: DocSpec[] = [];
  let h = 0;
  while (docs.length < count) {
    const r = root.fork(++h);
    const steps = [...r.weighted(PATTERNS)];
    const hh = makeHousehold(r, `hh${String(h).padStart(3, '0')}`, townOk(steps), r.chance(0.36), steps.includes('summons'));
    const fam = FAMILY_OF[hh.court.key]!;
    const jc = hh.town.jc ? FORWARDERS[hh.town.jc] : null;
    let lastArrival = '2000-01-01';
    const mine: DocSpec[] = [];
    let noticeLetter = hh.claimReceived;
    for (const step of steps) {
      const flags: Flags = { birth: false, served: false, hearing: false, address: true, rent: false, arrears: false, claimRef: false, landlord: true, ordinary: false };
      let layout = '';
      let sender = '';
      let letterDate = '';
      let forwarder = null as DocSpec['forwarder'];
      let kind = 'notice';
      switch (step) {
        case 'notice': {
          layout = NOTICE_LAYOUT[fam as keyof typeof NOTICE_LAYOUT];
          sender = hh.court.key;
          flags.served = r.chance(0.45);
          letterDate = flags.served ? workday(addDays(hh.claimServed, r.int(1, 4))) : workday(addDays(hh.claimReceived, r.int(1, 6)));
          flags.hearing = hh.hearingKnownAtNotice;
          flags.birth = r.chance(0.5);
          noticeLetter = letterDate;
          break;
        }
        case 'summons':
          layout = SUMMONS_LAYOUT[fam]!;
          sender = hh.court.key;
          kind = 'summons';
          letterDate = workday(addDays(hh.hearing.date, -r.int(18, 32)));
          if (letterDate <= noticeLetter) letterDate = workday(addDays(noticeLetter, 2));
          flags.address = r.chance(0.5);
          flags.claimRef = r.chance(0.4);
          flags.birth = layout !== 'ki-terminsbrief' && r.chance(0.25);
          break;
        case 'judgment':
          layout = JUDGMENT_LAYOUT[fam]!;
          sender = hh.court.key;
          kind = 'judgment';
          letterDate = hh.judgment.date;
          flags.birth = r.chance(0.4);
          break;
        case 'bailiff':
          layout = BAILIFF_LAYOUT[hh.bailiff!.key]!;
          sender = hh.bailiff!.key;
          kind = 'bailiff';
          letterDate = hh.eviction.letterDate;
          flags.birth = layout === 'gv-gm-tabelle' && r.chance(0.5);
          break;
        case 'termination':
        case 'reminder': {
          ({ layout, sender } = landlordLayout(hh, step));
          kind = step === 'termination' ? (r.chance(0.5) ? 'letter-einschreiben' : 'letter') : 'reminder';
          letterDate = step === 'termination' ? hh.termDate : workday(addDays(hh.termDate, -r.int(20, 35)));
          Object.assign(flags, { rent: true, arrears: true });
          break;
        }
        case 'jcletter':
        case 'cover':
          layout = step === 'cover' ? `${jc!.key}-anschreiben-ohne-anlage` : `${jc!.key}-brief`;
          sender = jc!.key;
          forwarder = jc;
          kind = step === 'cover' ? 'cover-letter' : 'letter';
          if (step === 'cover') {
            letterDate = workday(addDays(hh.claimReceived, r.int(6, 14)));
            flags.claimRef = true;
          } else {
            flags.claimRef = r.chance(0.5);
            letterDate = flags.claimRef ? workday(addDays(hh.claimReceived, r.int(10, 25))) : workday(addDays(hh.termDate, r.int(5, 15)));
            Object.assign(flags, { rent: r.chance(0.5), arrears: r.chance(0.7), landlord: r.chance(0.7), ordinary: hh.withOrdinary && r.chance(0.4), birth: r.chance(0.4) });
          }
          break;
      }
      let arrival = workday(addDays(letterDate, r.int(2, 6)));
      const forwardable = ['notice', 'summons', 'bailiff'].includes(step) && jc;
      const viaJc = forwardable && r.chance(0.22);
      if (viaJc) {
        forwarder = jc;
        kind = 'forwarded-copy';
        arrival = workday(addDays(letterDate, r.int(7, 14)));
      }
      if (arrival <= lastArrival) arrival = workday(addDays(lastArrival, 1));
      lastArrival = arrival;
      const spec: DocSpec = {
        id: '', hh, step, type: TYPE[step], kind, sender: viaJc ? `${jc!.key}+${sender}` : sender, layout: viaJc ? `${jc!.key}-deckblatt+${layout}` : layout,
        profile: 'text-pdf', letterDate, arrival, forwarder: viaJc || step === 'jcletter' || step === 'cover' ? forwarder : null, flags, seed: Math.floor(r.next() * 2 ** 31), pages: 0,
      };
      spec.profile = pickProfile(r, expectedPages({ layout, forwarder: viaJc ? jc : null }));
      mine.push(spec);
      if (forwardable && !viaJc && step === 'notice' && r.chance(0.12)) {
        const arr2 = workday(addDays(arrival, r.int(4, 10)));
        mine.push({ ...spec, kind: 'forwarded-copy', forwarder: jc, sender: `${jc!.key}+${sender}`, layout: `${jc!.key}-deckblatt+${layout}`, arrival: arr2, profile: pickProfile(r, 2), flags: { ...flags } });
        lastArrival = arr2;
      } else if (r.chance(0.1)) {
        const arr2 = workday(addDays(lastArrival, r.int(1, 8)));
        mine.push({ ...spec, kind: 'rescan', arrival: arr2, profile: pickProfile(r, expectedPages(spec), spec.profile), flags: { ...flags } });
        lastArrival = arr2;
      }
    }
    for (const d of mine) {
      if (docs.length >= count) break;
      d.id = `d${String(docs.length + 1).padStart(3, '0')}`;
      docs.push(d);
    }
  }
  return docs;
}
export { PROFILES };
