/** Builds one document: page models (with printed lines) and truth. */
import type { DocSpec, Built } from './model.js';
import type { Page } from './page.js';
import { Rng } from './rng.js';
import { courtNotice, courtSummons, courtJudgment } from './court.js';
import { bailiffNotice, coverLetter, authorityLetter, housingLetter, lawyerLetter, privateLetter } from './others.js';
import { addStamp, addHandwriting, addHighlighter, addPunchHoles, addFaxHeader } from './dirt.js';
import { addDays, fmtDate } from './fmt.js';

export interface BuiltDoc { pages: Page[]; built: Built; coverSender: string | null; coverLayout: string | null }

const WHAT: Record<string, string> = {
  court_notice: 'Mitteilung über eine Räumungsklage',
  hearing_summons: 'Terminsnachricht des Amtsgerichts',
  eviction_notice: 'Mitteilung über einen Räumungstermin',
  judgment: 'Entscheidung des Amtsgerichts',
};

export function buildDoc(d: DocSpec): BuiltDoc {
  const rng = new Rng(d.seed);
  const c = d.c;
  // the content of a rescanned notice is the same letter: derive its rng from the household's notice seed
  let b: Built;
  switch (d.type) {
    case 'court_notice': b = courtNotice(c, d, new Rng(hashStr(`${c.household}-notice`))); break;
    case 'hearing_summons': b = courtSummons(c, d, rng.fork('s')); break;
    case 'judgment': b = courtJudgment(c, d, rng.fork('j')); break;
    case 'eviction_notice': b = bailiffNotice(c, d, rng.fork('e')); break;
    case 'other': {
      const r = rng.fork('o');
      if (d.variant === 'mahnung' || d.variant === 'kuendigung-hv') b = housingLetter(c, d, r);
      else if (d.variant === 'kuendigung-ra') b = lawyerLetter(c, d, r);
      else if (d.variant === 'kuendigung-privat') b = privateLetter(c, d, r);
      else b = authorityLetter(c, d, r);
      break;
    }
  }
  let pages = b.pages;
  let coverSender: string | null = null, coverLayout: string | null = null;
  if (d.cover && d.type !== 'other' && d.type !== 'judgment') {
    const cov = coverLetter(c, d, rng.fork('c'), d.letterDate, WHAT[d.type] ?? 'Mitteilung');
    pages = [...cov.pages, ...pages];
    b.truth.shift(cov.pages.length);
    coverSender = cov.sender; coverLayout = cov.layout;
  } else if (d.cover && d.type === 'judgment') {
    const cov = coverLetter(c, d, rng.fork('c'), d.letterDate, WHAT.judgment as string);
    pages = [...cov.pages, ...pages];
    b.truth.shift(cov.pages.length);
    coverSender = cov.sender; coverLayout = cov.layout;
  }
  // paper marks before scanning
  const dr = rng.fork('dirt');
  if (d.profile !== 'text-pdf') {
    const first = pages[0] as Page;
    if (dr.chance(0.6)) addStamp(first, dr, d.arrival);
    if (dr.chance(0.45)) addHandwriting(pages[pages.length - 1] as Page, dr);
    if (dr.chance(0.3)) addHighlighter(pages[Math.min(pages.length - 1, d.cover ? 1 : 0)] as Page, dr);
    if (dr.chance(0.3)) for (const p of pages) addPunchHoles(p, dr.chance(0.6));
  }
  if (d.profile === 'fax-200') {
    const when = addDays(d.arrival, -dr.int(0, 1));
    const from = coverSender ?? b.sender;
    const num = `+49 ${dr.int(600, 799)} ${dr.int(1000, 9999)}-${dr.int(10, 99)}`;
    const hh = `${String(dr.int(7, 16)).padStart(2, '0')}:${String(dr.int(0, 59)).padStart(2, '0')}`;
    const short = from.length > 38 ? from.slice(0, 38) : from;
    pages.forEach((p, i) => addFaxHeader(p, `${fmtDate(when, 'dmy')} ${hh}  FAX ${num}  ${short}  S. ${String(i + 1).padStart(2, '0')}/${String(pages.length).padStart(2, '0')}`));
  }
  return { pages, built: b, coverSender, coverLayout };
}

function hashStr(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
