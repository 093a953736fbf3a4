import type { Address, ExtractionWarning, Tenant } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import { findAddresses } from '../parse/address.parser.js';
import { findDates } from '../parse/date.parser.js';
import { parseNames } from '../parse/name.parser.js';
import { evidenceOf } from './layout.js';
import { clamp, found, labels, unionBox, type Found, type View } from './evidence.js';

const TENANT_LABEL = /(?<![a-z])(beklagte partei|beklagte[rn]?|mieter(?:in|innen)?|(?:raumungs)?schuldner(?:in|innen)?|gegen)(?![a-z])\s*(?:zu\s*\d+\s*[.)]?)?\s*[:\t]?\s*/;
const COUNSEL_BEFORE = /(bevollm|vertreter|anwalt|anwaelt|anwalte)[^\n]*$/;
const STOP_LINE = /(klager|klagende|prozessbevollm|rechtsanw|vertreten durch|wegen|aktenzeichen|geschafts|amtsgericht|glaubiger|vermieter)/;
const DISTRACTOR = /(jobcenter|sozialamt|fachstelle|amtsgericht|postfach|rechtsanw|prozessbevollm|klae?ger|klagende|glae?ubiger|vermieter|gerichtsvollzieher|kanzlei|landkreis|kreisverwaltung|kundennummer|sitzungssaal|gerichtsgebaude|dienstgebaude|verhandlungsort)/;
const FLAT_LABEL_STRONG = /(?<![a-z])(wohnhaft(?: in| unter)?|anschrift der (?:wohnung|mietsache|beklagten)|raumung der wohnung|mietobjekt|raumungsobjekt|wohnungsanschrift)(?![a-z])\s*[:\t]?\s*/;
const FLAT_LABEL_WEAK = /(?<![a-z])(wohnung(?: in| gelegen)?|mietsache|belegen(?:heit)?|anschrift)(?![a-z])\s*[:\t]?\s*/;

export interface TenantBlock {
  tenants: Found<Tenant[]>;
  end: number;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** Tenants from blocks under "Beklagte", "Mieter", "Schuldner", "gegen" (labelled lines, tables, prose). */
export function extractTenants(view: View): TenantBlock | null {
  const candidates: { block: TenantBlock; score: number }[] = [];
  for (const label of labels(view, TENANT_LABEL)) {
    if (COUNSEL_BEFORE.test(view.folded.slice(Math.max(0, label.start - 40), label.start))) continue;
    const isGegen = label.text.startsWith('gegen');
    const hasColon = /[:\t]/.test(label.text);
    const tenants: Tenant[] = [];
    const spans: { start: number; end: number }[] = [];
    let pos = label.end;
    for (let n = 0; n < 4 && pos < view.text.length; n++) {
      const end = lineEnd(view.text, pos);
      const line = view.text.slice(pos, end);
      const foldedLine = view.folded.slice(pos, end);
      if (n > 0 && STOP_LINE.test(foldedLine)) break;
      const birthOnly = /^\s*,?\s*geb(?:oren|\.)?\s*(?:am\s*)?/i.exec(line);
      if (birthOnly && tenants.length) {
        const iso = findDates(line)[0]?.iso ?? null;
        if (iso && !tenants[tenants.length - 1]!.birthDate) tenants[tenants.length - 1]!.birthDate = iso;
        pos = end + 1;
        continue;
      }
      const { namePart, hitAddress } = splitNameSegments(line);
      const source = namePart || (hitAddress ? (/wohnhaft/i.test(line) ? line.split(/\s*,?\s*wohnhaft\b/i)[0]! : '') : line);
      const parsed = parseNames(source);
      if (!parsed.length) {
        if (n === 0 && !line.trim()) {
          pos = end + 1;
          continue;
        }
        break;
      }
      tenants.push(...parsed);
      spans.push({ start: pos, end: pos + (source.trimEnd().length || line.length) });
      if (hitAddress) break;
      pos = end + 1;
      if (isGegen) break;
    }
    if (!tenants.length) continue;
    const evs = spans.map((s) => evidenceOf(view.doc, s.start, s.end)).filter((e) => e !== null);
    if (!evs.length) continue;
    const conf = evs.reduce((s, e) => s + e.confidence, 0) / evs.length;
    const strength = isGegen ? 0.9 : hasColon ? 0.97 : 0.92;
    const unique = dedupe(tenants);
    candidates.push({
      block: {
        tenants: { value: unique, confidence: clamp(strength * conf * conf), page: evs[0]!.page, bbox: unionBox(evs), start: label.start },
        end: spans[spans.length - 1]!.end,
      },
      score: strength,
    });
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => b.score - a.score || a.block.tenants.start - b.block.tenants.start);
  const best = candidates[0]!;
  // "Beklagte zu 1.: …", "Beklagter zu 2.: …" are one block split over several labels.
  const numbered = candidates.filter((c) => /zu\s*\d/.test(view.folded.slice(c.block.tenants.start, c.block.tenants.start + 30)));
  if (numbered.length > 1 && numbered.includes(best)) {
    numbered.sort((a, b) => a.block.tenants.start - b.block.tenants.start);
    best.block.tenants.value = dedupe(numbered.flatMap((c) => c.block.tenants.value));
    best.block.end = Math.max(...numbered.map((c) => c.block.end));
  }
  const disagreeing = candidates.filter((c) => c.score === best.score && c.block.tenants.value[0]!.name !== best.block.tenants.value[0]!.name);
  if (disagreeing.length) best.block.tenants.confidence = clamp(best.block.tenants.confidence * 0.85);
  return best.block;
}

function isAddressSegment(seg: string): boolean {
  const core = seg
    .replace(/geb(?:oren|\.)?.*$/i, '')
    .replace(/^\s*\d{1,2}\s?[.)]\s/, '')
    .replace(/\bzu\s*\d+\s*[.)]?/g, '');
  return /\d/.test(core) || /\b(wohnhaft|c\/o)\b/i.test(core);
}

/** The part of a line that holds names: comma segments before the first address-like segment. */
function splitNameSegments(line: string): { namePart: string; hitAddress: boolean } {
  const segments = line.split(/(?<=,)/);
  let namePart = '';
  for (const seg of segments) {
    if (isAddressSegment(seg)) return { namePart, hitAddress: true };
    namePart += seg;
  }
  return { namePart, hitAddress: false };
}

function dedupe(tenants: Tenant[]): Tenant[] {
  const out: Tenant[] = [];
  for (const t of tenants) {
    const same = out.find((o) => o.name === t.name);
    if (same) same.birthDate ??= t.birthDate;
    else out.push(t);
  }
  return out;
}

/** The flat's address: after "wohnhaft"/"Anschrift der Wohnung", or under the tenant; never a distractor's. */
export function extractAddress(
  view: View,
  gazetteer: Gazetteer,
  tenantEnd: number | null,
  warnings: ExtractionWarning[],
): Found<Address> | null {
  const all = findAddresses(view.text, gazetteer);
  const lastLinesDistract = (start: number) => {
    const before = view.folded.slice(Math.max(0, start - 160), start).split('\n').slice(-4).join('\n');
    return DISTRACTOR.test(before);
  };
  const pick = (after: number, within: number) => all.find((a) => a.start >= after && a.start - after <= within);
  let chosen: { match: (typeof all)[number]; strength: number } | null = null;
  for (const [pattern, strength] of [[FLAT_LABEL_STRONG, 0.97], [FLAT_LABEL_WEAK, 0.9]] as const) {
    for (const label of labels(view, pattern)) {
      const m = pick(label.end - 2, 60);
      if (m && !DISTRACTOR.test(view.folded.slice(label.end, m.start))) {
        chosen = { match: m, strength };
        break;
      }
    }
    if (chosen) break;
  }
  if (!chosen && tenantEnd !== null) {
    const m = pick(tenantEnd - 5, 200);
    if (m && !DISTRACTOR.test(view.folded.slice(tenantEnd, m.start))) chosen = { match: m, strength: 0.93 };
  }
  if (!chosen) {
    const m = all.find((a) => !lastLinesDistract(a.start));
    if (m) chosen = { match: m, strength: 0.6 };
  }
  if (!chosen) return null;
  let strength = chosen.strength;
  const check = chosen.match.postalCheck;
  if (check === 'repaired') {
    strength *= 0.85;
    warnings.push({ code: 'postal_code_repaired', message: 'Postleitzahl wurde anhand des Ortes korrigiert', field: 'address' });
  } else if (check === 'mismatch') {
    strength *= 0.7;
    warnings.push({ code: 'postal_code_mismatch', message: 'Postleitzahl passt nicht zum Ort', field: 'address' });
  } else if (check === 'unknown') strength *= 0.97;
  return found(view, chosen.match.address, chosen.match.start, chosen.match.end, strength);
}

const LANDLORD_LABEL = /(?<![a-z])(klager(?:in)?|klagende partei|glaubiger(?:in)?|vermieter(?:in)?)(?![a-z])\s*(?:und .{0,20}?)?\s*[:\t]\s*/;
const LEGAL_FORM = /^(GmbH|mbH|KG|AG|eG|e\.\s?G\.|& Co\.? KG|Co\. KG)/;

function cleanLandlord(raw: string): string | null {
  const parts = raw.split(/,\s*/);
  let value = parts[0]!;
  for (let i = 1; i < parts.length && LEGAL_FORM.test(parts[i]!); i++) value += `, ${parts[i]}`;
  value = value
    .replace(/\s+(?:vertreten durch|vertr\. d\.|gegen|wohnhaft|Prozessbevollm).*$/i, '')
    .replace(/^(?:die|der|das|Firma|Fa\.)\s+/i, '')
    .replace(/^(?:Herrn?|Frau)\s+/, '')
    .replace(/\t.*$/, '')
    .trim();
  if (value.length < 3 || /^\d/.test(value) || !/[A-Za-zÄÖÜ]/.test(value)) return null;
  return value;
}

/** The landlord (plaintiff / creditor): labelled, or "Klage der … gegen". */
export function extractLandlord(view: View): Found<string> | null {
  for (const label of labels(view, LANDLORD_LABEL)) {
    if (COUNSEL_BEFORE.test(view.folded.slice(Math.max(0, label.start - 40), label.start))) continue;
    let start = label.end;
    let end = lineEnd(view.text, start);
    if (!view.text.slice(start, end).trim()) {
      start = end + 1;
      end = lineEnd(view.text, start);
    }
    const value = cleanLandlord(view.text.slice(start, end));
    if (value) return found(view, value, start, start + view.text.slice(start, end).indexOf(value.split(' ').pop()!) + value.split(' ').pop()!.length, 0.95);
  }
  const prose = /(?:klage (?:der|des|von)|(?:rechtsstreit|sachen|rechtssache)\s+(?:der|des|die|dem))\s+/.exec(view.folded);
  if (prose) {
    const start = prose.index + prose[0].length;
    const stop = view.folded.slice(start, start + 160).search(/\s+gegen\b|,(?!\s*(?:gmbh|mbh|kg|ag|eg)\b)/);
    if (stop > 0) {
      const value = cleanLandlord(view.text.slice(start, start + stop).replace(/\n/g, ' '));
      if (value) return found(view, value, start, start + stop, 0.85);
    }
  }
  return null;
}
