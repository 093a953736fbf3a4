/** Who stamps a paper on receipt, and what a fax machine prints on top of it. */
import type { DocPlan } from './model.js';
import { COURTS, BAILIFFS, FIRMS, AUTHORITIES } from './senders.js';
import type { StampSpec } from './dirt.js';

const SERVICE_STAMP: Record<string, [string, string]> = {
  'ag-gummersbach': ['Oberbergischer Kreis', 'Fachstelle Wohnraumsicherung – Eingang'],
  'ag-wipperfuerth': ['Oberbergischer Kreis', 'Fachstelle Wohnraumsicherung – Eingang'],
  'ag-waldbroel': ['Oberbergischer Kreis', 'Fachstelle Wohnraumsicherung – Eingang'],
  'ag-dortmund': ['Stadt Dortmund', 'Zentrale Fachstelle Wohnen – Eingang'],
  'ag-leipzig': ['Präventionsstelle Wohnen', 'Eingegangen am'],
  'ag-mannheim': ['Stadt Mannheim', 'FB Arbeit und Soziales – Eingang'],
  'none-north': ['Wohnungsnotfallhilfe', 'Beratungsstelle – Eingang'],
};

/** The stamp on the document's first page (for forwarded copies: page 1 is the cover letter). */
export function firstStamp(plan: DocPlan, date: string): StampSpec {
  const h = plan.household;
  const [org, label] = SERVICE_STAMP[h.region] ?? ['Fachstelle', 'Eingang'];
  if (plan.part === 'notice' || plan.part === 'summons') {
    const a = h.authorityKey ? AUTHORITIES[h.authorityKey] : undefined;
    if (a && plan.part === 'notice') return { org: a.name[0] ?? org, label: 'Eingang', date, style: 'box' };
  }
  if (plan.part === 'bailiff') return { org: `Stadt ${h.flat.city}`.replace('Stadt Engelskirchen', 'Gemeinde Engelskirchen'), label: 'Eingegangen', date, style: 'round' };
  return { org, label, date, style: 'box' };
}

/** The authority's own stamp on the forwarded notice (page 2 onward). */
export function innerStamp(plan: DocPlan, date: string): StampSpec | null {
  const a = plan.household.authorityKey ? AUTHORITIES[plan.household.authorityKey] : undefined;
  return a ? { org: a.name[0] ?? '', label: 'Posteingang', date, style: 'round' } : null;
}

export function faxIdent(sender: string): string {
  const c = COURTS[sender];
  if (c) return `${c.name.replace('Amtsgericht', 'AG').toUpperCase()}  ${c.fax}`;
  const b = BAILIFFS[sender];
  if (b) return `GV ${b.name.toUpperCase()}  ${b.phone}`;
  const f = FIRMS[sender];
  if (f) return `${f.lines[0]?.toUpperCase()}  ${f.fax}`;
  const a = AUTHORITIES[sender];
  if (a) return `${a.name[0]?.toUpperCase()}  ${a.phone}`;
  if (sender === 'leppetal') return 'LEPPETAL WOHNEN EG  02263 9621-99';
  return 'NORDSTERN WOHNEN  040 3344 880-99';
}
