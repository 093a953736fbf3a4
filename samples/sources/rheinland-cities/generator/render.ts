import { Sheet } from './sheet.js';
import { Rng } from './rng.js';
import type { DocPlan } from './plan.js';
import type { Fields } from './common.js';
import { renderNotice, COURT_STYLES } from './court-notice.js';
import { renderSummons, SUMMONS_FAMILY } from './summons.js';
import { renderJudgment, JUDGMENT_FAMILY } from './judgment.js';
import { bailiffFor, renderBailiff } from './bailiff.js';
import { renderOther } from './other.js';
import { renderCover } from './forward.js';
import { circleTag, faxHeader, handwriting, highlight, punchAndStaple, stamp } from './dirt.js';

export interface Rendered { sheet: Sheet; fields: Fields; layout: string; sender: string }

function otherSender(p: DocPlan): string {
  const h = p.household;
  if (p.other === 'lawyer-termination') return Object.entries({ 'ra-kessler': 'Köln', 'ra-hallmann': 'Gummersbach', 'ra-nordpark': 'Düsseldorf' }).find(([, c]) => c === h.lawyer?.city)?.[0] ?? 'ra-kessler';
  if (p.other === 'jobcenter-letter') return h.town.oberberg ? 'jc-oberberg' : h.court.key === 'koeln' ? 'jc-koeln' : 'sozialamt-duisburg';
  if (p.other === 'settlement') return `ag-${h.court.key}`;
  return h.landlordSender;
}

/** Lay out the document's content (deterministic from the plan's content seed). */
export function renderContent(p: DocPlan, pagesHint: number): Rendered {
  const h = p.household;
  const rng = new Rng(p.contentSeed);
  const sheet = new Sheet(`Dokument ${h.key}`);
  let sender = `ag-${h.court.key}`;
  let layout = '';
  if (p.forward) {
    renderCover(sheet, h, new Rng(p.contentSeed ^ 0x5bd1e995), p.forward, p.type, p.forwardDate ?? p.arrival, pagesHint);
    sheet.addPage();
  }
  let fields: Fields;
  switch (p.type) {
    case 'court_notice': fields = renderNotice(sheet, h, rng); layout = `notice-${COURT_STYLES[h.court.key].family}`; break;
    case 'hearing_summons': fields = renderSummons(sheet, h, rng); layout = `summons-${SUMMONS_FAMILY[h.court.key]}`; break;
    case 'judgment': fields = renderJudgment(sheet, h, rng); layout = `judgment-${JUDGMENT_FAMILY[h.court.key]}`; break;
    case 'eviction_notice': {
      const key = bailiffFor(h) ?? 'gv-koeln';
      fields = renderBailiff(sheet, h, rng, key); layout = `bailiff-${key}`; sender = key; break;
    }
    case 'other': {
      sender = otherSender(p);
      fields = renderOther(sheet, h, rng, p.other ?? 'reminder', sender);
      layout = `other-${p.other ?? 'letter'}${p.other === 'termination' || p.other === 'reminder' ? `-${sender === 'private-landlord' ? 'private' : 'company'}` : ''}`;
      break;
    }
  }
  if (p.forward) { layout = `${p.forward}-cover+${layout}`; sender = p.forward; }
  return { sheet, fields, layout, sender };
}

/** Paper dirt for scanned profiles, drawn before rasterising. */
export function decorate(r: Rendered, p: DocPlan, profile: string, rng: Rng): void {
  const s = r.sheet;
  const pages = s.pageCount;
  const main = p.forward ? 1 : 0;
  const fax = profile === 'fax-200';
  if (fax) for (let i = 0; i < pages; i++) { s.goto(i); faxHeader(s, r.sender.toUpperCase(), p.arrival, i + 1, pages, rng); }
  s.goto(main);
  if (rng.chance(0.75)) stamp(s, rng, main, p.arrival, rng.pick(['Fachstelle Wohnen', 'Wohnungsnotfallhilfe', 'Soziale Dienste – Prävention', 'Fachstelle Wohnungssicherung']));
  if (!fax && rng.chance(0.45)) highlight(s, rng, 'hl');
  if (rng.chance(0.3)) circleTag(s, 'file');
  if (rng.chance(0.5)) handwriting(s, rng, main, p.arrival);
  if (rng.chance(0.35)) { for (let i = 0; i < pages; i++) { s.goto(i); punchAndStaple(s, rng, rng.chance(0.5)); } }
  s.goto(pages - 1);
}
