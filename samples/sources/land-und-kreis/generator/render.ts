/** Dispatches a document plan to its layout(s) and returns the digital PDF plus its truth. */
import { Sheet, type LineBox } from './sheet.js';
import { Rng } from './prng.js';
import { emptyFields, registerTenants, type Ctx, type DocPlan, type Fields } from './model.js';
import { fmtDate } from './format.js';
import { cnTabform, cnOldVordruck, cnProse, cnTwopage, cnRuled } from './layouts-notice.js';
import { tsTerminsnachricht, tsLadung, tsKurz, juRubrum, juVuSchriftlich } from './layouts-court.js';
import { gvForm, gvTyped, gvTwopage, gvTable } from './layouts-bailiff.js';
import { llEheleute, llGenossenschaft, hvEifel, raKleinstadt, jcCover, jcLetter } from './layouts-other.js';
import { BAILIFFS } from './senders.js';
import { raFuhrmann, raSondermann } from './layouts-lawyer.js';

export interface Rendered {
  pdf: Buffer;
  texts: string[];
  boxes: LineBox[][];
  fields: Fields;
  innerLayout: string;
}

function inner(s: Sheet, c: Ctx): string {
  const h = c.h;
  const ct = h.court;
  switch (c.d.inner) {
    case 'notice': {
      const map = { 'cn-tabform': cnTabform, 'cn-old-vordruck': cnOldVordruck, 'cn-prose': cnProse, 'cn-twopage': cnTwopage, 'cn-ruled': cnRuled };
      map[ct.notice](s, c);
      return ct.notice;
    }
    case 'summons': {
      const map = { 'ts-terminsnachricht': tsTerminsnachricht, 'ts-ladung': tsLadung, 'ts-kurz': tsKurz };
      map[ct.summons](s, c);
      return ct.summons;
    }
    case 'judgment': {
      (ct.judgment === 'ju-rubrum' ? juRubrum : juVuSchriftlich)(s, c);
      return ct.judgment;
    }
    case 'bailiff': {
      const b = BAILIFFS[ct.key];
      const map = { 'gv-form': gvForm, 'gv-typed': gvTyped, 'gv-twopage': gvTwopage, 'gv-table': gvTable };
      const layout = b?.layout ?? 'gv-form';
      map[layout](s, c);
      return layout;
    }
    case 'termination':
    case 'reminder': {
      const l = c.d.layout;
      if (l === 'ra-kleinstadt') raKleinstadt(s, c);
      else if (l === 'ra-fuhrmann') raFuhrmann(s, c);
      else if (l === 'ra-sondermann') raSondermann(s, c);
      else if (l === 'll-genossenschaft') llGenossenschaft(s, c);
      else if (l === 'hv-eifel') hvEifel(s, c);
      else llEheleute(s, c);
      return l;
    }
    case 'jc-letter':
      if (!c.d.forwarder) throw new Error('jc-letter without forwarder');
      jcLetter(s, c, c.d.forwarder);
      return c.d.layout;
    case 'cover':
      if (!c.d.forwarder) throw new Error('cover without forwarder');
      jcCover(s, c, c.d.forwarder, `eine Mitteilung des Amtsgerichts ${ct.place} über eine Räumungsklage`, false);
      return c.d.layout;
  }
}

function coverWhat(c: Ctx): string {
  const ct = c.h.court;
  const d = c.d;
  if (d.inner === 'summons') return `die Terminsnachricht des Amtsgerichts ${ct.place} vom ${fmtDate(d.letterDate, 'dots')}`;
  if (d.inner === 'bailiff') return `die Mitteilung über einen Räumungstermin der Gerichtsvollzieherin/des Gerichtsvollziehers vom ${fmtDate(d.letterDate, 'dots')}`;
  return `die Mitteilung des Amtsgerichts ${ct.place} vom ${fmtDate(d.letterDate, 'dots')}`;
}

export async function renderDoc(d: DocPlan): Promise<Rendered> {
  const s = new Sheet(`Schriftstück ${d.id}`);
  const c: Ctx = { h: d.h, d, rng: new Rng(d.contentSeed), f: emptyFields() };
  if (d.forwarder && d.inner !== 'cover' && d.inner !== 'jc-letter') jcCover(s, c, d.forwarder, coverWhat(c), true);
  const innerLayout = inner(s, c);
  if (d.forwarder && d.inner !== 'cover' && d.inner !== 'jc-letter') {
    if (!c.f.address) c.f.address = { ...d.h.flat };
    if (!c.f.tenants) registerTenants(c, false);
  }
  const pdf = await s.finish();
  return { pdf, texts: s.pageTexts(), boxes: s.pages, fields: c.f, innerLayout };
}
