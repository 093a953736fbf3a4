/** Which sender and layout produce a planned document. */
import { BAILIFF_LAYOUTS } from './bailiffs.js';
import { authorityLetterLayout, coverOnlyLayout } from './covers.js';
import { JUDGMENT_LAYOUTS } from './judgments.js';
import { reminderSender, terminationSender } from './letters.js';
import type { DocPlan } from './model.js';
import { gmNotice, wbNotice, wfNotice } from './notices-owk.js';
import { nrNotice, suNotice } from './notices-ext.js';
import { gmNotice2009, nrNotice2007, wbNotice2003 } from './notices-old.js';
import type { CourtKey } from './places.js';
import type { Rng } from './rng.js';
import { gmSummons, nrSummons, suSummons, wbSummons, wfSummons } from './summons.js';
import type { Layout } from './truth.js';

const NOTICES: Record<CourtKey, Layout> = { gummersbach: gmNotice, wipperfuerth: wfNotice, waldbroel: wbNotice, siegburg: suNotice, neuwied: nrNotice };
const SUMMONSES: Record<CourtKey, Layout> = { gummersbach: gmSummons, wipperfuerth: wfSummons, waldbroel: wbSummons, siegburg: suSummons, neuwied: nrSummons };

export function chooseLayout(plan: DocPlan, rng: Rng): { sender: string; layout: Layout } {
  const h = plan.household;
  switch (plan.base) {
    case 'notice':
      if (h.era === 'y2003') return { sender: 'ag-waldbroel-vordruck-2003', layout: wbNotice2003 };
      if (h.era === 'y2009') return { sender: 'ag-gummersbach-2009', layout: gmNotice2009 };
      if (h.era === 'y2007') return { sender: 'ag-neuwied-2007', layout: nrNotice2007 };
      return { sender: `ag-${h.court}`, layout: NOTICES[h.court] };
    case 'summons':
      return { sender: `ag-${h.court}`, layout: SUMMONSES[h.court] };
    case 'judgment':
      return { sender: `ag-${h.court}`, layout: JUDGMENT_LAYOUTS[h.court] };
    case 'bailiff': {
      const key = h.bailiff?.bailiff.key ?? '';
      const layout = BAILIFF_LAYOUTS[key];
      if (!layout) throw new Error(`no bailiff layout ${key}`);
      return { sender: key, layout };
    }
    case 'termination':
      return terminationSender(h, rng);
    case 'reminder':
      return reminderSender(h);
    case 'cover-only':
      return { sender: h.authority.key, layout: coverOnlyLayout(h.authority) };
    case 'jobcenter-letter':
      return { sender: h.authority.key, layout: authorityLetterLayout(h.authority) };
  }
}

export const FORWARD_WHAT: Record<DocPlan['base'], string> = {
  notice: 'Mitteilung des Amtsgerichts nach § 22 Abs. 9 SGB II',
  summons: 'Terminsmitteilung des Amtsgerichts',
  judgment: 'Urteil',
  bailiff: 'Mitteilung der Gerichtsvollzieherin / des Gerichtsvollziehers über einen Räumungstermin',
  termination: 'Kündigungsschreiben',
  reminder: 'Mahnung',
  'cover-only': '',
  'jobcenter-letter': '',
};
