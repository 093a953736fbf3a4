import type { DocSpec, DocumentType, Household, Kind } from '../model.js';
import { authorityFor, type Layout } from './common.js';
import { authorityLetter, coverAlone, coverLetter } from './authority.js';
import { gvGe, gvGm, gvWipp, gvWup } from './bailiffs.js';
import { judgmentFor } from './judgments.js';
import { aggertalLetter, emscherblickLetter, lawyerLetter, privateLetter } from './letters.js';
import { gmNotice, waldNotice, wippNotice } from './notices-ob.js';
import { geNotice, wupNotice } from './notices-ruhr.js';
import { gmSummons, geSummons, waldSummons, wippSummons, wupSummons } from './summons.js';

/** Which sender and which fixed layout a paper of a household gets. */

export interface LayoutChoice {
  type: DocumentType;
  sender: string;
  layout: string;
  fn: Layout;
}

const SHORT: Record<string, string> = { 'ag-gm': 'gm', 'ag-wipp': 'wipp', 'ag-wald': 'wald', 'ag-wup': 'wup', 'ag-ge': 'ge' };

const NOTICES: Record<string, [string, Layout]> = {
  'ag-gm': ['gm-notice-tabform', gmNotice],
  'ag-wipp': ['wipp-notice-ruled-table', wippNotice],
  'ag-wald': ['wald-notice-oldform-prose', waldNotice],
  'ag-wup': ['wup-notice-letterhead-partytable', wupNotice],
  'ag-ge': ['ge-notice-prose', geNotice],
};

const SUMMONSES: Record<string, [string, Layout]> = {
  'ag-gm': ['gm-summons-form', gmSummons],
  'ag-wipp': ['wipp-summons-ruled-table', wippSummons],
  'ag-wald': ['wald-summons-typewriter', waldSummons],
  'ag-wup': ['wup-summons-letter', wupSummons],
  'ag-ge': ['ge-summons-labelled', geSummons],
};

const BAILIFF_LAYOUTS: Record<string, [string, string, Layout]> = {
  'ag-gm': ['gv-gm', 'gv-gm-labelled-letter', gvGm],
  'ag-wipp': ['gv-wipp', 'gv-wipp-prose-letter', gvWipp],
  'ag-wup': ['gv-wup', 'gv-wup-boxed-form', gvWup],
  'ag-ge': ['gv-ge', 'gv-ge-infoline-letter', gvGe],
};

export function baseLayout(kind: Exclude<Kind, 'forwarded-copy' | 'rescan'>, hh: Household): LayoutChoice {
  const c = hh.court;
  switch (kind) {
    case 'notice': {
      const [layout, fn] = NOTICES[c] as [string, Layout];
      return { type: 'court_notice', sender: c, layout, fn };
    }
    case 'summons': {
      const [layout, fn] = SUMMONSES[c] as [string, Layout];
      return { type: 'hearing_summons', sender: c, layout, fn };
    }
    case 'judgment': {
      const fn = judgmentFor(c);
      if (!fn) throw new Error(`no judgment form for ${c}`);
      return { type: 'judgment', sender: c, layout: `${SHORT[c] ?? c}-judgment`, fn };
    }
    case 'bailiff': {
      const b = BAILIFF_LAYOUTS[c];
      if (!b) throw new Error(`no bailiff for ${c}`);
      return { type: 'eviction_notice', sender: b[0], layout: b[1], fn: b[2] };
    }
    case 'termination':
    case 'reminder': {
      const ls = hh.landlord.letterSender;
      const what = kind === 'reminder' ? 'reminder' : 'termination';
      if (ls === 'wbg-aggertal') return { type: 'other', sender: ls, layout: `wbg-aggertal-${what}`, fn: aggertalLetter };
      if (ls === 'emscherblick') return { type: 'other', sender: ls, layout: `emscherblick-${what}`, fn: emscherblickLetter };
      if (ls === 'private') return { type: 'other', sender: 'private-landlords', layout: 'private-typed-termination', fn: privateLetter };
      return { type: 'other', sender: ls, layout: `${ls}-termination`, fn: lawyerLetter };
    }
    case 'cover-alone': {
      const a = authorityFor(hh);
      return { type: 'other', sender: a.key, layout: `${a.key}-cover-alone`, fn: coverAlone };
    }
    case 'jc-letter': {
      const a = authorityFor(hh);
      return { type: 'other', sender: a.key, layout: `${a.key}-contact-request`, fn: authorityLetter };
    }
  }
}

export function coverFor(hh: Household): { sender: string; layout: string; fn: Layout } {
  const a = authorityFor(hh);
  return { sender: a.key, layout: `${a.key}-cover`, fn: coverLetter };
}

export type { DocSpec };
