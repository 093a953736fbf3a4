/** Builds households and the chronological list of documents that reach the service. */
import { Rng } from './prng.js';
import { TOWNS, STREETS, ADDITIONS, NAME_POOLS, ORIGIN_WEIGHTS, type Region } from './data.js';
import { COURTS, LANDLORDS, LAWYERS, FORWARDERS, BAILIFFS, type Forwarder } from './senders.js';
import { addDays, workday, endOfMonth } from './format.js';
import { ROOMS } from './parts.js';
import type { DocPlan, DocType, Household, InnerKind, JudgmentKind, Person } from './model.js';

type Step = 'notice' | 'summons' | 'judgment' | 'bailiff' | 'termination' | 'reminder' | 'jc-letter' | 'cover'
  | 'fwd-notice' | 'fwd-summons' | 'fwd-bailiff' | 'rescan';
interface Template { steps: Step[]; w: number; needs: ('fwd' | 'bailiff' | 'letter' | 'ownletter')[] }
const TEMPLATES: Template[] = [
  { steps: ['notice'], w: 11, needs: [] },
  { steps: ['notice', 'summons'], w: 5, needs: [] },
  { steps: ['notice', 'summons', 'judgment'], w: 4, needs: [] },
  { steps: ['notice', 'rescan'], w: 4, needs: [] },
  { steps: ['fwd-notice'], w: 6, needs: ['fwd'] },
  { steps: ['termination'], w: 14, needs: ['letter'] },
  { steps: ['termination', 'notice'], w: 6, needs: ['letter'] },
  { steps: ['reminder', 'termination', 'fwd-notice'], w: 3, needs: ['ownletter', 'fwd'] },
  { steps: ['reminder', 'termination'], w: 2, needs: ['ownletter'] },
  { steps: ['judgment', 'bailiff'], w: 6, needs: ['bailiff'] },
  { steps: ['bailiff'], w: 16, needs: ['bailiff'] },
  { steps: ['notice', 'summons', 'judgment', 'bailiff'], w: 4, needs: ['bailiff'] },
  { steps: ['bailiff', 'rescan'], w: 3, needs: ['bailiff'] },
  { steps: ['fwd-bailiff'], w: 4, needs: ['bailiff', 'fwd'] },
  { steps: ['summons'], w: 2, needs: [] },
  { steps: ['fwd-summons'], w: 2, needs: ['fwd'] },
  { steps: ['notice', 'jc-letter'], w: 5, needs: ['fwd'] },
  { steps: ['jc-letter'], w: 4, needs: ['fwd'] },
  { steps: ['reminder'], w: 5, needs: ['ownletter'] },
  { steps: ['cover'], w: 4, needs: ['fwd'] },
  { steps: ['judgment'], w: 3, needs: [] },
  { steps: ['summons', 'rescan'], w: 1, needs: [] },
];
/** Regions where some landlord writes its own letters, and where a lawyer writes terminations. */
const OWN_LETTER_REGIONS: Region[] = ['oberberg', 'rlp'];
const LAWYER_LETTER_REGIONS: Region[] = ['oberberg', 'hessen', 'sauerland'];

const REGION_WEIGHTS: [Region, number][] = [['oberberg', 40], ['sauerland', 13], ['hessen', 13], ['rlp', 12], ['nds', 11], ['bw', 11]];
const REGION_COURTS: Record<Region, string[]> = { oberberg: ['gm', 'gm', 'wf', 'wb'], sauerland: ['me'], hessen: ['al'], rlp: ['da'], nds: ['so'], bw: ['mu'] };

function person(rng: Rng, origin: string, male: boolean, family?: string): Person {
  const pool = NAME_POOLS[origin] ?? NAME_POOLS['de'];
  if (!pool) throw new Error('no name pool');
  const given = rng.pick(male ? pool.male : pool.female);
  let fam = family ?? rng.pick(pool.family);
  if (!male && origin === 'pl' && !family) fam = fam.replace(/ski$/, 'ska');
  const y = rng.int(1955, 2003);
  const birth = `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { given, family: fam, birth, male };
}

function roman(courtKey: string): string {
  return BAILIFFS[courtKey]?.drRoman ?? 'II';
}

export function makeHousehold(rng: Rng, idx: number, tpl: Template, region: Region): Household {
  const courtKey = rng.pick(tpl.needs.includes('bailiff') ? REGION_COURTS[region].filter((k) => BAILIFFS[k]) : REGION_COURTS[region]);
  const court = COURTS[courtKey];
  if (!court) throw new Error('court');
  const town = rng.pick(TOWNS.filter((t) => t.court === courtKey));
  const origin = rng.weighted(ORIGIN_WEIGHTS);
  const n = rng.weighted([[1, 55], [2, 38], [3, 7]] as const);
  const first = person(rng, origin, rng.chance(0.5));
  const tenants: Person[] = [first];
  let couple = false;
  if (n >= 2) {
    couple = rng.chance(0.7);
    if (couple) tenants.push(person(rng, origin, !first.male, first.family));
    else tenants.push(person(rng, rng.weighted(ORIGIN_WEIGHTS), rng.chance(0.5)));
  }
  if (n === 3) {
    const child = person(rng, origin, rng.chance(0.5), first.family);
    child.birth = `${rng.int(2000, 2006)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    tenants.push(child);
    couple = false;
  }
  const hn = rng.weighted([[String(rng.int(1, 120)), 70], [`${rng.int(1, 60)}${rng.pick(['a', 'b', 'c'])}`, 20], [`${rng.int(2, 20)}-${rng.int(21, 30)}`, 10]] as const);
  const flat = { street: rng.pick(STREETS), houseNumber: hn, postalCode: rng.pick(town.postalCodes), city: town.city, addition: rng.chance(0.35) ? rng.pick(ADDITIONS) : null };
  const needsLetter = tpl.needs.includes('letter');
  const ownLetter = tpl.needs.includes('ownletter') || (needsLetter && !LAWYER_LETTER_REGIONS.includes(region));
  const regionLawyers = LAWYERS.filter((l) => l.region === region);
  let landlordPool = LANDLORDS.filter((l) => l.region === region || l.region === 'any');
  if (ownLetter) landlordPool = landlordPool.filter((l) => l.letter !== null);
  const landlord = rng.pick(landlordPool);
  let lawyer = rng.chance(landlord.letter === null ? 0.65 : 0.25) && regionLawyers.length > 0 ? rng.pick(regionLawyers) : null;
  if (needsLetter && landlord.letter === null) lawyer = regionLawyers.find((l) => l.letter !== null) ?? null;
  const rent = rng.chance(0.4) ? rng.int(38, 95) * 1000 : rng.int(38000, 95000);
  const arrears = rent * rng.int(2, 6) + (rng.chance(0.7) ? rng.int(1000, rent - 1000) : 0);
  const claimReceived = workday(addDays('2024-02-01', rng.int(0, 500)));
  const yy = claimReceived.slice(2, 4);
  const dept = rng.pick(court.dept);
  const fileNumber = `${dept} C ${rng.int(12, 1480)}/${yy}`;
  const claimServed = workday(addDays(claimReceived, rng.int(6, 24)));
  const hearingDate = workday(addDays(claimReceived, rng.int(45, 80)));
  const rooms = ROOMS[courtKey] ?? ['Saal 1'];
  const hearing = { date: hearingDate, time: `${String(rng.int(8, 14)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`, room: rng.pick(rooms) };
  const writtenOnly = court.judgment === 'ju-vu-schriftlich' && !tpl.steps.includes('summons');
  const shortForm = court.judgment === 'ju-vu-schriftlich';
  const kind: JudgmentKind = shortForm ? rng.weighted([['versaeumnisurteil', 3], ['anerkenntnisurteil', 1]] as const) : rng.weighted([['versaeumnisurteil', 3], ['anerkenntnisurteil', 2], ['raeumungsurteil', 3]] as const);
  const jDate = writtenOnly ? workday(addDays(claimServed, rng.int(20, 35))) : kind === 'raeumungsurteil' ? workday(addDays(hearingDate, rng.int(14, 28))) : hearingDate;
  const vacate = kind !== 'versaeumnisurteil' && rng.chance(0.55) ? endOfMonth(jDate, rng.int(2, 4)) : null;
  const ordered = rng.chance(0.8) ? arrears + rng.int(0, 2) * rent : null;
  const bailiffLetter = workday(addDays(vacate ?? jDate, rng.int(25, 60)));
  const eviction = { date: workday(addDays(bailiffLetter, rng.int(22, 42))), time: `${String(rng.int(8, 11)).padStart(2, '0')}:${rng.pick(['00', '00', '30', '15'])}` };
  const termDate = workday(addDays(claimReceived, -rng.int(20, 70)));
  return {
    key: `h${String(idx).padStart(3, '0')}`, court, tenants, couple, flat, landlord, lawyer, rent, arrears, fileNumber,
    claimReceived, claimServed, hearing,
    judgment: { kind, date: jDate, vacate, ordered, hearingDate: writtenOnly ? null : hearingDate },
    dr: `DR ${roman(courtKey)} ${rng.int(100, 2400)}/${bailiffLetter.slice(2, 4)}`,
    bailiffLetter, eviction,
    termination: { date: termDate, ordinary: rng.chance(0.55), reminderDate: addDays(termDate, -rng.int(15, 40)) },
    customerNo: `${rng.int(10, 99)}${rng.int(100, 999)}//${String(rng.int(1, 99999)).padStart(7, '0')}`,
  };
}

function regionOk(t: Template, region: Region): boolean {
  if (t.needs.includes('fwd') && !FORWARDERS[region]) return false;
  if (t.needs.includes('letter') && !OWN_LETTER_REGIONS.includes(region) && !LAWYER_LETTER_REGIONS.includes(region)) return false;
  if (t.needs.includes('ownletter') && !OWN_LETTER_REGIONS.includes(region)) return false;
  if (t.needs.includes('bailiff') && !REGION_COURTS[region].some((k) => BAILIFFS[k])) return false;
  return true;
}

/** Plans households until `count` documents exist; returns documents in arrival order per household. */
export function planCorpus(seed: number, count: number): DocPlan[] {
  const rng = new Rng(seed);
  const docs: DocPlan[] = [];
  let idx = 0;
  while (docs.length < count) {
    idx++;
    const hr = rng.fork(idx);
    const region = hr.weighted(REGION_WEIGHTS);
    const tpl = hr.weighted(TEMPLATES.filter((t) => regionOk(t, region)).map((t) => [t, t.w] as const));
    const h = makeHousehold(hr, idx, tpl, region);
    const fw: Forwarder | null = FORWARDERS[region] ?? null;
    let prev: DocPlan | null = null;
    for (const step of tpl.steps) {
      if (docs.length >= count) break;
      const d = planDoc(hr, h, step, fw, prev);
      // a hearing set only later (a summons follows) is not yet on the first notice
      if (d.inner === 'notice' && tpl.steps.some((x) => x === 'summons' || x === 'fwd-summons')) d.flags.hearingOnNotice = false;
      if (prev && d.kind !== 'rescan') {
        if (d.letterDate <= prev.letterDate) d.letterDate = workday(addDays(prev.letterDate, 5));
        if (d.coverDate !== null && d.coverDate <= d.letterDate) d.coverDate = workday(addDays(d.letterDate, 3));
        const floor = addDays(d.coverDate ?? d.letterDate, 2);
        if (d.arrival < floor) d.arrival = floor;
      }
      if (prev && d.arrival <= prev.arrival) d.arrival = addDays(prev.arrival, 1);
      d.id = `d${String(docs.length + 1).padStart(3, '0')}`;
      docs.push(d);
      prev = d;
    }
  }
  return docs;
}

function planDoc(rng: Rng, h: Household, step: Step, fw: Forwarder | null, prev: DocPlan | null): DocPlan {
  const ct = h.court;
  const base = { id: '', h, forwarder: null as Forwarder | null, contentSeed: rng.int(1, 2 ** 30), coverDate: null as string | null, profile: 'text-pdf' as const, flags: { hearingOnNotice: false, servedOnNotice: false, ordinary: h.termination.ordinary } };
  const mk = (type: DocType, kind: string, inner: InnerKind, letterDate: string, sender: string, layout: string, lag: [number, number]): DocPlan => ({
    ...base, type, kind, inner, letterDate, arrival: addDays(letterDate, rng.int(lag[0], lag[1])), sender, layout,
  });
  const court = `ag-${ct.place.toLowerCase().replace('ü', 'ue').replace('ö', 'oe')}`;
  switch (step) {
    case 'notice': {
      const d = mk('court_notice', 'notice', 'notice', workday(addDays(h.claimReceived, rng.int(1, 6))), court, ct.notice, [2, 5]);
      d.flags.servedOnNotice = rng.chance(0.3);
      d.flags.hearingOnNotice = rng.chance(0.3);
      if (d.flags.servedOnNotice) { d.letterDate = workday(addDays(h.claimServed, rng.int(1, 4))); d.arrival = addDays(d.letterDate, rng.int(2, 5)); }
      return d;
    }
    case 'fwd-notice': {
      const d = planDoc(rng, h, 'notice', fw, prev);
      return forward(rng, d, fw, 'forwarded-copy');
    }
    case 'summons':
      return mk('hearing_summons', 'summons', 'summons', workday(addDays(h.hearing.date, -rng.int(21, 32))), court, ct.summons, [2, 5]);
    case 'fwd-summons':
      return forward(rng, planDoc(rng, h, 'summons', fw, prev), fw, 'forwarded-copy');
    case 'judgment':
      return mk('judgment', 'judgment', 'judgment', h.judgment.date, court, ct.judgment, [5, 14]);
    case 'bailiff': {
      const b = BAILIFFS[ct.key];
      return mk('eviction_notice', 'bailiff', 'bailiff', h.bailiffLetter, b?.key ?? 'gv', b?.layout ?? 'gv-form', [2, 4]);
    }
    case 'fwd-bailiff':
      return forward(rng, planDoc(rng, h, 'bailiff', fw, prev), fw, 'forwarded-copy');
    case 'termination':
    case 'reminder': {
      const date = step === 'termination' ? h.termination.date : h.termination.reminderDate;
      const useLawyer = step === 'termination' && h.landlord.letter === null && h.lawyer?.letter != null;
      const layout = useLawyer ? (h.lawyer?.letter ?? 'ra-kleinstadt') : (h.landlord.letter ?? 'll-eheleute');
      const sender = useLawyer ? (h.lawyer?.key ?? 'ra') : h.landlord.key;
      const d = mk('other', step === 'termination' ? 'letter-termination' : 'letter-reminder', step, date, sender, layout, [5, 15]);
      return d;
    }
    case 'jc-letter': {
      const d = mk('other', 'letter-jobcenter', 'jc-letter', workday(addDays(prev ? prev.arrival : h.claimReceived, rng.int(3, 12))), fw?.key ?? 'jc', `${fw?.style ?? 'jc'}-letter`, [1, 4]);
      d.forwarder = fw;
      return d;
    }
    case 'cover': {
      const d = mk('other', 'cover-letter', 'cover', workday(addDays(h.claimReceived, rng.int(8, 16))), fw?.key ?? 'jc', `${fw?.style ?? 'jc'}-cover`, [2, 4]);
      d.forwarder = fw;
      d.coverDate = d.letterDate;
      return d;
    }
    case 'rescan': {
      if (!prev) throw new Error('rescan without original');
      return { ...prev, flags: { ...prev.flags }, kind: 'rescan', arrival: addDays(prev.arrival, rng.int(1, 9)) };
    }
  }
}

function forward(rng: Rng, d: DocPlan, fw: Forwarder | null, kind: string): DocPlan {
  if (!fw) return d;
  const coverDate = workday(addDays(d.arrival, rng.int(1, 4)));
  return { ...d, kind, forwarder: fw, coverDate, arrival: addDays(coverDate, rng.int(2, 5)), sender: fw.key, layout: `${fw.style}-cover+${d.layout}` };
}
