import type { Address, ExtractionWarning, Tenant } from '../extraction.schema.js';
import type { Gazetteer } from '../gazetteer.js';
import { findAddresses } from '../parse/address.parser.js';
import { findDates } from '../parse/date.parser.js';
import { parseNames, PARTICLES } from '../parse/name.parser.js';
import { levenshtein } from '../parse/ocr-repair.js';
import { evidenceOf } from './layout.js';
import { clamp, confidenceOf, found, labels, unionBox, type Found, type View } from './evidence.js';

/** "zu 1." after a party's role, as OCR reads it: "zu 2}", "zu.l." (a speck for the space, l for the 1). */
const ORDINAL_NUMBER = String.raw`(?:\d+|[il|](?![a-z]))`;
const ORDINAL = String.raw`zu[\s.]*${ORDINAL_NUMBER}\s*[.)}\]]?`;
const TENANT_LABEL = new RegExp(
  String.raw`(?<![a-z])(beklagte partei|beklagte[rn]?(?:\/(?:r|n|in))?|mieter(?:in|innen)?(?:\/in)?|(?:raumungs)?schuldner(?:in|innen)?(?:\/in(?:nen)?)?|gegen)(?![a-z])(?:\s*\((?:mieter|schuldner)[^)\n]{0,12}\))?\s*(?:${ORDINAL})?\s*[:\t]?\s*(?:[-–_|][ \t]*(?=[\ta-z]))?\s*`,
);
/** "zu 1." somewhere in the text. */
const NUMBERED_LABEL = new RegExp(ORDINAL);
/** A numbered defendant's label ("Beklagte zu 2.:"): the highest number tells how many tenants the notice names. */
const NUMBERED_TENANT = new RegExp(String.raw`(?<![a-z])(?:beklagte[rn]?|schuldner(?:in)?)\s*zu[\s.]*(${ORDINAL_NUMBER})`, 'g');
/** A party's role written after its block, as judgments do: "– beklagte Partei –", "- Beklagte zu 2 -". */
const ROLE_MARKER = /^[ \t.,:;'|_]*(?:[–—-]+[ \t]*(beklagte partei|beklagte[rn]?|klager(?:in)?|klagende partei)(?:[ \t]+zu[ \t]*\d+[.)]?)?[ \t]*[–—-]+|(beklagte partei|klagende partei))[ \t.,:;'|]*$/gm;
/** Without dashes (lost in a photo) only the rubrum's lower-case "beklagte Partei" on a line of its own counts. */
const BARE_ROLE = /^[ \t.,:;'|_]*(?:beklagte|klagende) Partei/;
/** Where the text after "gegen" stops naming people. */
const GEGEN_END = /(wohnhaft|,?\s*(?:beide |alle )?(?:wh\.|wohnend)|\bwegen\b|\bauf (?:raumung|herausgabe|zahlung)|\bzur raumung|\bin (?:der|die) wohnung|\n\s*\n|\(beklagt)/;
/** A list's number before a name: "2. Frau …", "2) …", and OCR's comma for the dot before a title ("2, Frau …"). */
const LIST_NUMBER = /^\s*\d{1,2}\s*(?:[.)]|,(?=\s*(?:Herrn?|Frau)\s))\s+/;
/**
 * Specks a scan leaves before a value: table ruling, a list number's lost digit, stray quotes
 * ("\t.\t1. Meißner, Jörg", ". Nowak, Fatma", "“2. Frau …", "Kläger/in: ⇥ . ⇥ Siegtal …").
 */
const SPECK = '[\\s.,:;\'|"“”„‚‘’«»`´_]';
const LEADING_SPECKS = new RegExp(`^${SPECK}+(?=\\S)`, 'u');
/** A line of nothing but specks: a table rule read as "|" between two entries of a list. */
const ONLY_SPECKS = new RegExp(`^\\s*(?!\\s)${SPECK}+$`, 'u');
/**
 * Prose that broke a second person's name after the title or first name: "…, und Herr Mustafa" + a next line
 * that starts with the family name ("Müller-Lüdenscheidt, geb. …").
 */
const DANGLING_NAME = /(?:,|\bund|\bsowie|\bu\.)\s+(?:Herrn?|Frau)(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)?[ \t]*$/u;
const FAMILY_NAME_FIRST = /^\s*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s*(?:,|geb\b)/u;
/** The second line of a label cell: "Beklagte Partei ⇥ 1. A" + "(Mieter/in) ⇥ 2. B". */
const ROLE_CELL = /^\s*\((?:mieter|schuldner|beklagt)[^)\n]{0,12}\)[ \t]*\t/i;
/** A speck in the label column read as a letter, before a list's next entry ("Ä ⇥ 2. Kuznetsov, Rüdiger"). */
const LETTER_SPECK_CELL = /^\s*[^\s\d]\t(?=\s*\d{1,2}\s*[.)]\s)/;
const COUNSEL_BEFORE = /(bevollm|vertreter|anwalt|anwaelt|anwalte)[^\n]*$/;
const STOP_LINE = /(klager|klagende|prozessbevollm|rechtsanw|vertreten durch|wegen|aktenzeichen|geschafts|amtsgericht|glaubiger|vermieter)/;
// The recipients of court mail (the prevention service, the district's social services) are distractors too.
const DISTRACTOR = /(jobcenter|sozialamt|fachstelle|amtsgericht|postfach|rechtsanw|prozessbevollm|klae?ger|klagende|glae?ubiger|vermieter|gerichtsvollzieher|kanzlei|landkreis|kreisverwaltung|kreis\b|ordnungsamt|obdachlos|wohnraumsicherung|wohnungssicherung|soziale dienste|im hause|z\. ?hd|stadtverwaltung|kundennummer|sitzungssaal|gerichtsgebaude|dienstgebaude|verhandlungsort|hausanschrift|besucheranschrift|sprechzeiten|postanschrift|klage (?:von|der|des))/;
const FLAT_LABEL_STRONG = /(?<![a-z])(wohnhaft(?: in| unter)?|anschrift der (?:wohnung|mietsache|beklagten)|raumung der wohnung|mietobjekt|raumungsobjekt|wohnungsanschrift)(?![a-z])\s*[:\t]?\s*/;
const FLAT_LABEL_WEAK = /(?<![a-z])(wohnung(?: in| gelegen)?|mietsache|belegen(?:heit)?|anschrift)(?![a-z])\s*[:\t]?\s*/;

export interface TenantBlock {
  tenants: Found<Tenant[]>;
  end: number;
  /**
   * Set when the notice numbers more defendants than were read ("Beklagte zu 2.", or a list from "1." with one
   * name read): how many it numbers at least.
   */
  numbered?: number;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** Tenants from blocks under "Beklagte", "Mieter", "Schuldner", "gegen" (labelled lines, tables, prose). */
export function extractTenants(view: View): TenantBlock | null {
  const candidates: { block: TenantBlock; score: number }[] = [];
  for (const block of rubrumBlocks(view, 'tenant')) candidates.push({ block, score: 0.95 });
  for (const label of labels(view, TENANT_LABEL)) {
    if (COUNSEL_BEFORE.test(view.folded.slice(Math.max(0, label.start - 40), label.start))) continue;
    if (/[–—-][ \t]*$/.test(view.text.slice(Math.max(0, label.start - 3), label.start))) continue; // a role marker, see rubrumBlocks
    const isGegen = label.text.startsWith('gegen');
    if (isGegen) {
      const prose = gegenBlock(view, label.end);
      if (prose) candidates.push({ block: prose, score: 0.9 });
      continue;
    }
    const hasColon = /[:\t]/.test(label.text);
    const tenants: Tenant[] = [];
    const spans: { start: number; end: number }[] = [];
    // A list that starts at "1." names more than one tenant.
    let listed = false;
    let pos = label.end;
    for (let n = 0; n < 4 && pos < view.text.length; n++) {
      let end = lineEnd(view.text, pos);
      // "…, geb.\n14.11.1971" — the birth date went onto the next line; "…, und Herr Mustafa\nMüller, geb. …"
      // — prose wrapped inside a name.
      const wrapped = DANGLING_NAME.test(view.text.slice(pos, end)) && FAMILY_NAME_FIRST.test(view.text.slice(end + 1, lineEnd(view.text, end + 1)));
      if ((wrapped || /geb(?:oren|\.)?\s*(?:am)?\s*$/i.test(view.text.slice(pos, end))) && end < view.text.length) end = lineEnd(view.text, end + 1);
      // Prose: "Beklagte: Frau A B. Klägerin: …" — the sentence ends the block.
      const sentence = /\.\s+(?=[A-ZÄÖÜ][a-zäöüß/]+(?:\s\([^)]*\))?\s*:)/.exec(view.text.slice(pos, end));
      if (sentence) end = pos + sentence.index;
      const line = view.text.slice(pos, end).replace(/\n/g, ' ');
      const foldedLine = view.folded.slice(pos, end);
      if (n > 0 && STOP_LINE.test(foldedLine)) break;
      if (tenants.length && ONLY_SPECKS.test(line)) {
        pos = end + 1;
        continue;
      }
      const birthOnly = /^\s*,?\s*geb(?:oren|\.)?\s*(?:am\s*)?/i.exec(line);
      if (birthOnly && tenants.length) {
        const iso = findDates(line)[0]?.iso ?? null;
        if (iso && !tenants[tenants.length - 1]!.birthDate) tenants[tenants.length - 1]!.birthDate = iso;
        pos = end + 1;
        continue;
      }
      // OCR leaves specks of table ruling before a cell ("\t.\t1. Meißner, Jörg"); list numbers go too.
      const unspecked = line
        .replace(ROLE_CELL, (m) => ' '.repeat(m.length))
        .replace(LETTER_SPECK_CELL, (m) => ' '.repeat(m.length))
        .replace(LEADING_SPECKS, (m) => ' '.repeat(m.length));
      if (!tenants.length && /^\s*1\s*[.)]\s/.test(unspecked)) listed = true;
      const cleaned = unspecked.replace(LIST_NUMBER, (m) => ' '.repeat(m.length));
      const { namePart, hitAddress } = splitNameSegments(cleaned);
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
    const short = listed && unique.length < 2;
    candidates.push({
      block: {
        tenants: { value: unique, confidence: confidenceOf(strength * (short ? INCOMPLETE : 1), conf), page: evs[0]!.page, bbox: unionBox(evs), start: label.start },
        end: spans[spans.length - 1]!.end,
        ...(short ? { numbered: 2 } : {}),
      },
      score: strength,
    });
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => b.score - a.score || a.block.tenants.start - b.block.tenants.start);
  const best = candidates[0]!;
  // "Beklagte zu 1.: …", "Beklagter zu 2.: …" are one block split over several labels.
  const numbered = candidates.filter((c) => NUMBERED_LABEL.test(view.folded.slice(c.block.tenants.start, c.block.tenants.start + 30)));
  if (numbered.length > 1 && numbered.includes(best)) {
    numbered.sort((a, b) => a.block.tenants.start - b.block.tenants.start);
    best.block.tenants.value = dedupe(numbered.flatMap((c) => c.block.tenants.value));
    best.block.end = Math.max(...numbered.map((c) => c.block.end));
  }
  const disagreeing = candidates.filter((c) => c.score === best.score && c.block.tenants.value[0]!.name !== best.block.tenants.value[0]!.name);
  if (disagreeing.length) best.block.tenants.confidence = clamp(best.block.tenants.confidence * 0.85);
  // "Beklagte zu 2." where one tenant was read: the first one's label or name was lost.
  const named = Math.max(0, ...[...view.folded.matchAll(NUMBERED_TENANT)].map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : 1)).filter((n) => n <= MAX_NUMBERED));
  if (named > best.block.tenants.value.length) {
    if (!best.block.numbered) best.block.tenants.confidence = clamp(best.block.tenants.confidence * INCOMPLETE);
    best.block.numbered = Math.max(best.block.numbered ?? 0, named);
  }
  return best.block;
}

/** Defendants numbered "zu 1." … at most; a higher number is a misread. */
const MAX_NUMBERED = 6;
/** Confidence kept by a tenants list shorter than the notice's numbering says. */
const INCOMPLETE = 0.8;

/** Tenants in running text after "gegen", over line breaks: "gegen Frau A B, geb. …, und Herrn C D, wohnhaft …". */
function gegenBlock(view: View, start: number): TenantBlock | null {
  // Specks of the scan after "gegen" ("gegen ‘\nHerr Ahmad Dogan") are passed over.
  const from = start + (LEADING_SPECKS.exec(view.text.slice(start, start + 12))?.[0].length ?? 0);
  const window = view.folded.slice(from, from + 320);
  if (!/^\s*(?:(?:herrn?|frau|eheleute|die eheleute)\s+)?[a-z]/.test(window)) return null;
  // Names start upper case: "gegen dieses Urteil" is no party, nor are "gegen Sie", "gegen Den Beschluss".
  if (!/^\s*\p{Lu}/u.test(view.text.slice(from, from + 5))) return null;
  if (/^\s*(?:sie|ihre?[mnrs]?|ihnen|den|der|das|dem|dies(?:e[mnrs]?)?|eine?[mnrs]?|uns|mich|euch)\b/.test(window)) return null;
  const stop = window.search(GEGEN_END);
  const raw = view.text.slice(from, from + (stop < 0 ? 200 : stop)).replace(/\n/g, ' ');
  const { namePart } = splitNameSegments(raw);
  const source = namePart.replace(/[,\s]+$/, '');
  const tenants = parseNames(source);
  if (!tenants.length || tenants.length > 4) return null;
  const ev = evidenceOf(view.doc, from, from + source.length);
  if (!ev) return null;
  return {
    tenants: { value: dedupe(tenants), confidence: confidenceOf(0.9, ev.confidence), page: ev.page, bbox: ev.bbox, start: from },
    end: from + source.length,
  };
}

const RUBRUM_START = /(in dem rechtsstreit|in sachen|rechtssache|^\s*gegen\s*$|[–—-]\s*(?:beklagte|klager|klagende)[^\n]*[–—-]\s*$|^[ \t.,:;'|_]*(?:beklagte|klagende) partei[ \t.]*$)/;

/**
 * Parties of a judgment's rubrum, whose role follows the block: the name lines above "– beklagte Partei –"
 * (or "– Kläger –") up to the previous role marker or "In dem Rechtsstreit".
 */
export function rubrumBlocks(view: View, role: 'tenant' | 'landlord'): TenantBlock[] {
  const out: TenantBlock[] = [];
  for (const m of view.folded.matchAll(ROLE_MARKER)) {
    if (!m[1] && !BARE_ROLE.test(view.text.slice(m.index, m.index + m[0].length))) continue;
    const isTenant = (m[1] ?? m[2]!).startsWith('beklagt');
    if (isTenant !== (role === 'tenant')) continue;
    const lines: { start: number; end: number }[] = [];
    let end = m.index - 1;
    while (end > 0 && lines.length < 6) {
      const start = view.text.lastIndexOf('\n', end - 1) + 1;
      const folded = view.folded.slice(start, end);
      if (RUBRUM_START.test(folded) || !folded.trim()) break;
      lines.unshift({ start, end });
      end = start - 1;
    }
    const tenants: Tenant[] = [];
    const spans: { start: number; end: number }[] = [];
    for (const l of lines) {
      const line = view.text
        .slice(l.start, l.end)
        .replace(LEADING_SPECKS, (x) => ' '.repeat(x.length))
        .replace(LIST_NUMBER, (x) => ' '.repeat(x.length));
      if (/^\s*(?:beide\s+|alle\s+)?(wohnhaft|c\/o|\d)/i.test(line)) continue;
      const birthOnly = /^\s*,?\s*geb(?:oren|\.)/i.test(line);
      if (birthOnly && tenants.length) {
        const iso = findDates(line)[0]?.iso ?? null;
        if (iso && !tenants[tenants.length - 1]!.birthDate) tenants[tenants.length - 1]!.birthDate = iso;
        continue;
      }
      const { namePart } = splitNameSegments(line);
      const parsed = role === 'tenant' ? parseNames(namePart || line) : [];
      if (role === 'landlord') {
        const value = cleanLandlord(line);
        if (value) {
          tenants.push({ name: value, birthDate: null });
          spans.push(l);
        }
        break;
      }
      if (!parsed.length) continue;
      tenants.push(...parsed);
      spans.push({ start: l.start, end: l.start + (namePart || line).trimEnd().length });
    }
    if (!tenants.length) continue;
    const evs = spans.map((s) => evidenceOf(view.doc, s.start, s.end)).filter((e) => e !== null);
    if (!evs.length) continue;
    const conf = evs.reduce((s, e) => s + e.confidence, 0) / evs.length;
    out.push({
      tenants: { value: dedupe(tenants), confidence: confidenceOf(0.95, conf), page: evs[0]!.page, bbox: unionBox(evs), start: spans[0]!.start },
      end: spans[spans.length - 1]!.end,
    });
  }
  return out;
}

function isAddressSegment(seg: string): boolean {
  const core = seg
    .replace(/geb(?:oren|\.)?.*$/i, '')
    .replace(/^\s*\d{1,2}\s?[.)]\s/, '')
    // OCR's "}" or "]" for the bracket ("Beklagte zu 2}:").
    .replace(/\bzu\s*\d+\s*[.)}\]]?/g, '')
    // OCR's zero for the O of a name ("Pohl, 0lga") is no house number.
    .replace(/(?<![\d\p{L}])0(?=\p{Ll})/gu, 'O');
  return /\d/.test(core) || /\b(wohnhaft|c\/o)\b/i.test(core);
}

/** The part of a line that holds names: comma segments before the first address-like segment. */
function splitNameSegments(line: string): { namePart: string; hitAddress: boolean } {
  // "geb, 09.09.1995": OCR's comma for the abbreviation's dot would cut the birth date off as an address.
  const segments = line.replace(/\b(geb),(?=\s*\d)/gi, '$1.').split(/(?<=,)/);
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
/** A street's generic word with nothing that names it: no street is called so. */
const GENERIC_STREET = /^(?:Straße|Weg|Platz|Allee|Gasse|Damm|Chaussee)$/;

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
  let address = chosen.match.address;
  // A town outside the gazetteer has only the document to check it: where the same postal code stands elsewhere
  // with the town spelled a letter or two apart, the spelling read more often wins ("Siedburg" once, "Siegburg"
  // in the judgment's tenor and the landlord's address).
  if (check === 'unknown') {
    const spellings = all.filter((a) => a.address.postalCode === address.postalCode).map((a) => a.address.city);
    const count = (city: string) => spellings.filter((c) => c === city).length;
    const better = spellings.find((c) => c !== address.city && levenshtein(c, address.city) <= 2 && count(c) > count(address.city));
    if (better) {
      address = { ...address, city: better };
      strength *= 0.95;
    }
  }
  // "Straße" or "Weg" alone: the words that name the street were lost (a line break, a speck, the scan's edge).
  if (GENERIC_STREET.test(address.street)) {
    strength *= 0.6;
    warnings.push({ code: 'street_incomplete', message: 'Straßenname scheint unvollständig', field: 'address' });
  }
  return found(view, address, chosen.match.start, chosen.match.end, strength);
}

const LANDLORD_LABEL = /(?<![a-z])(klager(?:in)?(?:\/in)?|klagerseite|klagende partei|glaubiger(?:in)?(?:\/in)?|vermieter(?:in)?(?:\/in)?)(?![a-z])(?:\s*\((?:vermieter|glaubiger)[^)\n]{0,12}\))?\s*(?:und .{0,20}?)?\s*[:\t]\s*/;
/** Legal forms that end a company's name (they may come after a comma: "Wohnbau GmbH, & Co. KG"). */
const LEGAL_FORM_WORD = String.raw`(?:GmbH|mbH|KG|AG|eG|e\.\s?G\.|GbR|OHG|UG|SE|e\.\s?V\.|e\.\s?K\.)`;
const LEGAL_FORM = new RegExp(String.raw`^(?:${LEGAL_FORM_WORD}|& Co\.? KG|Co\. KG)`);
const ENDS_WITH_LEGAL_FORM = new RegExp(String.raw`(?:^|\s)${LEGAL_FORM_WORD}\.?$`);

function cleanLandlord(raw: string): string | null {
  const parts = raw
    .replace(LEADING_SPECKS, '')
    // OCR's "=" at a double name's hyphen ("Schmitz=-Berger"), as typewriters wrote it.
    .replace(/(?<=\p{L})(?:=-|-=|=)(?=\p{Lu})/gu, '-')
    .split(/,\s*/);
  let value = parts[0]!;
  for (let i = 1; i < parts.length && LEGAL_FORM.test(parts[i]!); i++) value += `, ${parts[i]}`;
  value = value
    .replace(/\s+(?:vertreten durch|vertr\. d\.|gegen|wohnhaft|Prozessbevollm).*$/i, '')
    .replace(/^(?:die|der|das|Firma|Fa\.)\s+/i, '')
    .replace(/^(?:Herrn?|Frau)\s+/, '')
    .replace(/\t.*$/, '')
    .trim()
    // A speck after the name ("Herr Ralf Dahlhaus’, Siegburger Straße 101").
    .replace(/\s*[‘'’`´]+$/, '');
  if (value.length < 3 || /^\d/.test(value) || !/[A-Za-zÄÖÜ]/.test(value)) return null;
  // OCR's small first letter ("immobilienverwaltung Keßler GmbH"): a company or person starts with a capital,
  // unless with a particle ("von der Heydt Immobilien").
  if (/^\p{Ll}/u.test(value) && !PARTICLES.has(value.split(/[\s-]/)[0]!)) value = value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}

/**
 * A labelled name that runs to the end of its line may go on in the next: "Klägerin: Bergische Wohnstätten"
 * + "GmbH, Am Markt 1, …". The next line's part before its first comma joins when it is the legal form, or
 * a word or two ending in one ("Partner GbR"); a cut-off name ends in "&" or "und" and is otherwise left.
 */
function continuedName(view: View, value: string, lineText: string, next: number): string | null {
  if (lineText.includes(',') || ENDS_WITH_LEGAL_FORM.test(value)) return null;
  const nextLine = view.text.slice(next, lineEnd(view.text, next));
  const head = nextLine.split(',')[0]!.trim();
  if (!head || /\d/.test(head) || head.split(/\s+/).length > 3) return null;
  if (!LEGAL_FORM.test(head) && !ENDS_WITH_LEGAL_FORM.test(head)) return null;
  return `${value} ${head}`;
}

/** Where the last word of `value`, as found in `text` from `from` on, ends. */
function endOfLastWord(text: string, from: number, value: string): number {
  const last = value.split(' ').pop()!;
  return from + text.slice(from).indexOf(last) + last.length;
}

/** Whether two readings of a name differ in one word only, by at most two letters: the same name misread. */
function misreadOf(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length !== y.length) return false;
  const differing = x.map((word, i) => [word, y[i]!] as const).filter(([p, q]) => p !== q);
  return differing.length === 1 && levenshtein(differing[0]![0], differing[0]![1]) <= 2;
}

/** The landlord (plaintiff / creditor): labelled, or "Klage der … gegen". */
export function extractLandlord(view: View): Found<string> | null {
  const rubrum = rubrumBlocks(view, 'landlord')[0];
  if (rubrum) return { ...rubrum.tenants, value: rubrum.tenants.value[0]!.name };
  const inProse = proseLandlord(view);
  for (const label of labels(view, LANDLORD_LABEL)) {
    if (/[–—-][ \t]*$/.test(view.text.slice(Math.max(0, label.start - 3), label.start))) continue;
    if (COUNSEL_BEFORE.test(view.folded.slice(Math.max(0, label.start - 40), label.start))) continue;
    // "Prozessbevollm. der ⇥ Rechtsanwalt …" + "Klägerseite: ⇥ …": the counsel's label over two lines.
    if (/^\s*prozessbevollm\S*\s+(?:der|des)[ \t]*[\t\n][^\n]*\n[^\n]*$/.test(view.folded.slice(view.text.lastIndexOf('\n', view.text.lastIndexOf('\n', label.start - 1) - 1) + 1, label.start))) continue;
    let start = label.end;
    let end = lineEnd(view.text, start);
    // Nothing after the label, or only the title ("Klägerin: Herr" + "Werner Kampmann, …"): the name is on the next line.
    if (!view.text.slice(start, end).trim() || /^\s*(?:Herrn?|Frau)\s*$/.test(view.text.slice(start, end))) {
      start = end + 1;
      end = lineEnd(view.text, start);
    }
    const lineText = view.text.slice(start, end);
    let value = cleanLandlord(lineText);
    if (!value) continue;
    let valueEnd = endOfLastWord(view.text, start, value);
    const continued = continuedName(view, value, lineText, end + 1);
    if (continued) {
      valueEnd = endOfLastWord(view.text, end + 1, continued);
      value = continued;
    }
    // The rubrum in prose ("In dem Rechtsstreit X ./. Y") has the whole name where the label's line cut it.
    if (inProse && inProse.value.length > value.length && inProse.value.startsWith(value)) return { ...inProse, confidence: clamp(inProse.confidence * 1.05) };
    // A name cut at the line's end ("Dreesen &") is read but not trusted.
    return found(view, value, start, valueEnd, /(?:&|\bund)$/.test(value) ? 0.6 : 0.95);
  }
  return inProse;
}

/**
 * "Klage der X", "In dem Rechtsstreit (der) X ./. Y", "In der Zwangsvollstreckungssache X (Gläubiger) gegen …";
 * not "Räumungsklage des Amtsgerichts …" in a cover letter.
 */
function proseLandlord(view: View): Found<string> | null {
  // A quote speck may follow the phrase at a line's end ("eine Klage der‘" + "Hausverwaltung …").
  const phrases = /(?:klage[\s-]+(?:der|des|von)|(?:rechtsstreit|sachen|rechtssache)\s+(?:der|des|die|dem)|\bin\s+dem\s+rechtsstreit|\bin\s+der\s+zwangsvollstreckungssache)[‘'’`´]?\s+/g;
  for (const prose of view.folded.matchAll(phrases)) {
    const start = prose.index + prose[0].length;
    if (AUTHORITY_NAME.test(view.folded.slice(start, start + 40))) continue;
    // "./." may come with a speck for its first dot ("‚/.") or before it (".‚/.").
    const stop = view.folded.slice(start, start + 160).search(/\s+gegen\b|\s*\((?:glaubiger|klager)|\s+[.,‚'’`]{0,2}\/\.|,(?!\s*(?:gmbh|mbh|kg|ag|eg)\b)/);
    if (stop <= 0) continue;
    const value = cleanLandlord(view.text.slice(start, start + stop).replace(/\n/g, ' '));
    if (value) return found(view, value, start, start + stop, 0.85);
  }
  return null;
}

/** A court or office named where prose would name the claimant. */
const AUTHORITY_NAME = /^(?:amts|land)?gerichts?\b|^(?:amtsgerichts?|landgerichts?|jobcenters?|sozialamt(?:e?s)?|gerichtsvollzieher)/;

// "Stadt" as a word, not the end of a town's name in the return line ("51702 Bergneustadt").
const AUTHORITY = /(amtsgericht|landgericht|gericht|jobcenter|sozialamt|kreis|(?<![a-z])stadt |gemeinde|gerichtsvollzieher|fachstelle|verwaltung der stadt)/;
/** How sure a landlord read from the letterhead alone is (no readable return line to confirm it): below 0.9. */
const LETTERHEAD_STRENGTH = 0.75;
/** The return line above a window address: "Sender · Street 1 · 12345 Town" (two separators; OCR reads · as - + :). */
const RETURN_LINE = /^([^·•+\n]{3,80}?)[ \t]+[·•+\-–:][ \t]+[^·•+\n]+[ \t][·•+\-–:][ \t]+[^\n]*\b\d{5}[ \t]+[A-ZÄÖÜ][^\n]*$/gm;

/**
 * A letter from the landlord itself (reminder, notice to quit, account statement): the sender is the first
 * part of the window envelope's return line, the tenants are the recipients below it. Only for letters whose
 * sender is no court or authority — those are addressed to the prevention service, not to the tenant.
 */
export function landlordLetterParties(view: View): { landlord: Found<string> | null; tenants: TenantBlock | null } {
  const head = view.text.slice(0, 900);
  RETURN_LINE.lastIndex = 0;
  const m = RETURN_LINE.exec(head);
  // Without a readable return line (a photo, a torn window), the letterhead's first line names the sender.
  const firstLine = view.text.slice(0, lineEnd(view.text, 0));
  const letterhead = { raw: firstLine.trim(), start: view.text.indexOf(firstLine.trim()) };
  const sender = m ? { raw: m[1]!.trim(), start: m.index, strength: 0.85 } : { ...letterhead, strength: LETTERHEAD_STRENGTH };
  const senderFolded = view.folded.slice(sender.start, sender.start + (m ? m[0].length : firstLine.length));
  if (AUTHORITY.test(senderFolded)) return { landlord: null, tenants: null };
  const value = cleanLandlord(sender.raw);
  let landlord = value ? found(view, value, sender.start, sender.start + sender.raw.length, sender.strength) : null;
  if (m && landlord) {
    // The letterhead names the sender too, in larger print: where the two spell one name a letter or two apart
    // ("Aqgertal Wohnbau eG" in the return line), the better-read spelling is taken.
    const head = cleanLandlord(letterhead.raw);
    const fromHead = head && head !== landlord.value && misreadOf(head, landlord.value) ? found(view, head, letterhead.start, letterhead.start + letterhead.raw.length, sender.strength) : null;
    if (fromHead && fromHead.confidence > landlord.confidence) landlord = fromHead;
  }
  if (m && !landlord && !AUTHORITY.test(view.folded.slice(letterhead.start, letterhead.start + firstLine.length))) {
    // A return line garbled where the sender stands ("M ⇥ ung Dres & Partner GbR - Postfach …"): the letterhead.
    const head = cleanLandlord(letterhead.raw);
    landlord = head ? found(view, head, letterhead.start, letterhead.start + letterhead.raw.length, LETTERHEAD_STRENGTH) : null;
  }
  const tenants: Tenant[] = [];
  const spans: { start: number; end: number }[] = [];
  let pos = m ? m.index + m[0].length + 1 : firstLine.length + 1;
  // Without a return line the recipient block is looked for in the first lines; it starts with Herr/Frau.
  const maxLines = m ? 5 : 8;
  for (let n = 0; n < maxLines && pos < view.text.length; n++) {
    const end = lineEnd(view.text, pos);
    const line = view.text.slice(pos, end);
    if (/\b\d{5}\s+[A-ZÄÖÜ]/.test(line) && !/(Herrn?|Frau)\s/.test(line) && (m || tenants.length)) break;
    let offset = 0;
    // A speck after the title ("Herr. Dariusz Meißner").
    for (const segment of line.split(/(?=\t)|\s{2,}|(?=(?:Herrn?|Frau|Eheleute)[.,]?\s)/)) {
      const at = line.indexOf(segment, offset);
      offset = at + segment.length;
      if (!/^\s*(?:Herrn?|Frau|Eheleute)[.,]?\s/.test(segment)) continue;
      const parsed = parseNames(segment);
      if (!parsed.length) continue;
      tenants.push(...parsed);
      spans.push({ start: pos + at, end: pos + at + segment.trimEnd().length });
    }
    pos = end + 1;
  }
  if (!tenants.length) return { landlord, tenants: null };
  const evs = spans.map((sp) => evidenceOf(view.doc, sp.start, sp.end)).filter((e) => e !== null);
  if (!evs.length) return { landlord, tenants: null };
  const conf = evs.reduce((sum, e) => sum + e.confidence, 0) / evs.length;
  return {
    landlord,
    tenants: {
      tenants: { value: dedupe(tenants), confidence: confidenceOf(0.85, conf), page: evs[0]!.page, bbox: unionBox(evs), start: spans[0]!.start },
      end: spans[spans.length - 1]!.end,
    },
  };
}
