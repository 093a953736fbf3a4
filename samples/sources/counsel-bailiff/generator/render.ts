/** Dispatch: which sender's template renders which planned document. */
import { Builder } from './builder.js';
import type { Ctx } from './ctx.js';
import type { DocPlan, Rendered } from './model.js';
import { Rng } from './rng.js';
import { gmNotice, gmSummons, gmJudgment } from './court-gummersbach.js';
import { wfNotice, wfSummons, wfJudgment } from './court-wipperfuerth.js';
import { wbNotice, wbSummons, wbJudgment } from './court-waldbroel.js';
import { doNotice, doSummons, doJudgment } from './court-dortmund.js';
import { leNotice, leSummons, leJudgment } from './court-leipzig.js';
import { gvGummersbach, gvWipperfuerth, gvDortmund, gvMannheim } from './bailiffs.js';
import { lawyerTermination, lawyerReminder } from './letters-lawyers.js';
import { housingReminder, housingTermination } from './letters-housing.js';
import { coverLetter, coverAlone, authorityLetter } from './authority.js';

type Tpl = (c: Ctx) => Rendered;
interface CourtSet { notice: Tpl; summons: Tpl; judgment: Tpl }
const COURT_TPL: Record<string, CourtSet> = {
  'ag-gummersbach': { notice: gmNotice, summons: gmSummons, judgment: gmJudgment },
  'ag-wipperfuerth': { notice: wfNotice, summons: wfSummons, judgment: wfJudgment },
  'ag-waldbroel': { notice: wbNotice, summons: wbSummons, judgment: wbJudgment },
  'ag-dortmund': { notice: doNotice, summons: doSummons, judgment: doJudgment },
  'ag-leipzig': { notice: leNotice, summons: leSummons, judgment: leJudgment },
};
const BAILIFF_TPL: Record<string, Tpl> = { 'gv-gummersbach': gvGummersbach, 'gv-wipperfuerth': gvWipperfuerth, 'gv-dortmund': gvDortmund, 'gv-mannheim': gvMannheim };

function courtTpl(region: string): CourtSet {
  const t = COURT_TPL[region];
  if (!t) throw new Error(`no court template for ${region}`);
  return t;
}

export interface RenderResult extends Rendered { builder: Builder }

export function renderPlan(plan: DocPlan): RenderResult {
  const h = plan.household;
  const rng = new Rng(plan.seed);
  const created = new Date(`${plan.arrival}T08:00:00Z`);
  const b = new Builder(created, 'Scan');
  const c: Ctx = { b, h, rng, plan };
  let r: Rendered;
  switch (plan.part) {
    case 'notice': r = courtTpl(h.region).notice(c); break;
    case 'summons': r = courtTpl(h.region).summons(c); break;
    case 'judgment': r = courtTpl(h.region).judgment(c); break;
    case 'notice-fwd': {
      coverLetter(c, false);
      b.newPage();
      const inner = courtTpl(h.region).notice(c);
      r = { fields: inner.fields, sender: h.authorityKey ?? 'unknown', layout: `${h.authorityKey}-cover+${inner.layout}` };
      break;
    }
    case 'bailiff': {
      const t = h.bailiffKey ? BAILIFF_TPL[h.bailiffKey] : undefined;
      if (!t) throw new Error('no bailiff template');
      r = t(c);
      break;
    }
    case 'kuendigung': r = h.lawyerKey && !(h.landlordKey === 'leppetal' && rng.chance(0.6)) ? lawyerTermination(c) : housingTermination(c); break;
    case 'mahnung': r = ['leppetal', 'nordstern'].includes(h.landlordKey) ? housingReminder(c) : lawyerReminder(c); break;
    case 'jcletter': r = authorityLetter(c); break;
    case 'cover': r = coverAlone(c); break;
    case 'rescan': throw new Error('rescan has no own part');
  }
  return { ...r, builder: b };
}
