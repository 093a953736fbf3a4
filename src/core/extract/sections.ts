import { ADDRESS_TITLE } from '../parse/name.parser.js';
import type { Cue } from './cues.js';
import { isGivenNameWord } from './given-names.js';
import { ROLE_WEIGHTS } from './role-weights.js';
import type { CueHit, Span, TextLine, View } from './text-view.js';

/**
 * Party sections: which stretch of the document speaks of whom. Notices list their parties in every way
 * (labelled lines, table rows, a rubrum with the role after the block, prose, a letter's window), but always
 * with role words: Beklagte/Mieter/Schuldner/gegen for the tenants, Kläger/Vermieter/Gläubiger for the
 * landlord, Prozessbevollmächtigte/Rechtsanwalt for counsel, Jobcenter/Fachstelle for the authority. A
 * position's role is that of the nearest section that opened before it and still runs there.
 */
export type PartyRole = 'tenant' | 'landlord' | 'counsel' | 'official' | 'authority';

export interface Section extends Span {
  role: PartyRole;
  strength: number;
  kind: 'label' | 'marker' | 'inline' | 'window';
}

const PARTY: readonly Cue[] = ['tenant', 'landlord', 'counsel', 'official', 'authority'];
/** A line that starts with one of these is a label of something else: it ends a party block. */
const STOPS: readonly Cue[] = [
  'hearing', 'evictionDate', 'claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline', 'monthlyRent', 'arrears', 'moneyOther',
  'fileNumber', 'referenceOther', 'claim', 'letterDate', 'official', 'dateOther', 'room',
];
/** Words that may stand before a role word at a line's start, or around it in a marker line (folded); a list's number or letter ("2.", "b)", "II."). */
const ROLE_FILLER = /^(die|der|den|das|des|partei|seite|zu|und|sowie|in|r|n|innen|nr|als|gesamtschuldner|gesamtschuldnerisch|vertreten|durch|\d{1,2}|[ivx]{1,3}|[a-h])$/;
const MAX_BLOCK_LINES = 7;
const INLINE_REACH = 260;

function partyHitsOn(view: View, line: number): CueHit[] {
  return view.cues.filter((h) => h.line === line && PARTY.includes(h.cue));
}

function tokensOn(view: View, line: TextLine): { start: number; end: number; key: string }[] {
  const out = [];
  for (let t = view.tokenAt(line.start); t < view.tokens.length && view.tokens[t]!.start < line.end; t++) {
    const tok = view.tokens[t]!;
    out.push({ start: tok.start, end: tok.end, key: view.folded.slice(tok.start, tok.end) });
  }
  return out;
}

/** The role word that opens a line ("Beklagte:", "1. Kläger", "Die Gläubigerin"), if any. */
function leadingRole(view: View, line: TextLine): CueHit | null {
  const hit = partyHitsOn(view, line.index)[0];
  if (!hit) return null;
  const before = tokensOn(view, line).filter((t) => t.end <= hit.start);
  if (!before.every((t) => ROLE_FILLER.test(t.key)) || before.length > 2) return null;
  // A label, not a sentence that starts with the role ("Den Schuldnern droht …"): a colon, a tab or the line's end
  // follows, or a name, a number or a bracket; after an article only a colon or a tab.
  const remnant = roleRemnant(view.folded.slice(hit.end, line.end));
  const after = view.text.slice(hit.end + remnant, line.end);
  const article = before.some((t) => /^(die|der|den|das|des)$/.test(t.key));
  // A line that ends with a colon is a label, whatever qualifies the role ("Beklagte (Mieter), beide wohnhaft:").
  if (/:\s*$/.test(after) && !article) return hit;
  if (view.text.slice(hit.end, hit.end + remnant).includes(':') || /^[\s.,'‘’`´;_]*[:\t|]/.test(after) || !after.trim()) return hit;
  return !article && /^[\s.,'‘’`´;_]*(?:[\p{Lu}\d(\-–—]|\s{2})/u.test(after) ? hit : null;
}

/**
 * A line that names the role last and ends with a colon, the block following below ("Von der Räumung betroffen
 * sind:", "Die Klage richtet sich gegen:", "Schuldner ist:"): a label too, however the sentence before it runs.
 */
function trailingRole(view: View, line: TextLine): CueHit | null {
  const hit = partyHitsOn(view, line.index).pop();
  if (!hit || hit.start === line.start) return null;
  const after = view.text.slice(hit.end + roleRemnant(view.folded.slice(hit.end, line.end)), line.end);
  return /:\s*$/.test(view.text.slice(hit.end, line.end)) && /^\s*(?:(?:sind|ist|wird|werden)\s*)?:?\s*$/.test(after) ? hit : null;
}

/**
 * How many characters after a role word still belong to its label: "/in", "(Mieter/in)", " Partei", " zu 2.",
 * the colon.
 */
function roleRemnant(after: string): number {
  return REMNANT.exec(after)![0].length;
}

/**
 * What may follow a role word inside its label: "/in", "(Mieter/in)", " Partei", " zu 2.", the colon, a form's
 * dotted leader with what OCR made of its dots ("BEKLAGTE/R ........! KÜHN", "KLAEGER/IN ......0.00000 :"), a form's
 * note of what to fill in ("Klagende Partei (Vermieter) – Name, Anschrift"), and the same role in another form
 * ("Klägerin / Kläger (Vermieter)", "Beklagte / Beklagter").
 */
const REMNANT = new RegExp(
  String.raw`^(?:\/(?:in|r|n|innen)\b|[ \t]*\.{3,}[^\s\p{L}]*|\s*[–—-]\s*(?:(?:vor|nach|familien)?name|anschrift|geburtsdatum|ggf\.?|[,/ \t])+$|\s*\([^)\n]{0,24}\)|[ \t]+(?:partei(?:en)?|seite)\b|\s*zu[\s.]*(?:\d+|[il|](?![a-z]))\s*(?:\.?[)}\]]|\.)?|\s*:|\s*\/[\s'‘’\x60´]*(?:die |der )?(?:${[
    'beklagte[rn]?', 'mieter(?:in)?', 'schuldner(?:in)?', 'klager(?:in)?', 'klagerseite', 'vermieter(?:in)?', 'glaubiger(?:in)?', 'antragsteller(?:in)?', 'antragsgegner(?:in)?',
  ].join('|')})\b)*`,
  'iu',
);

/** A line that is nothing but a role ("– Beklagte –", "(Kläger)", "beklagte Partei", "- Schuldnerseite -"). */
function markerRole(view: View, line: TextLine): CueHit | null {
  const hits = partyHitsOn(view, line.index);
  if (!hits.length) return null;
  const covered = (t: Span) => hits.some((h) => t.start >= h.start && t.end <= h.end);
  if (tokensOn(view, line).every((t) => covered(t) || ROLE_FILLER.test(t.key))) return hits[0]!;
  // A rubrum set on one line: "– Klägerin – gegen Bozena Mazurek – Beklagter – wegen …". The role between dashes at
  // the line's start closes the block above; what follows is read as a sentence ("gegen …").
  const first = hits[0]!;
  const dashed = /^[\s|‚'’]*[–—-]\s*$/.test(view.text.slice(line.start, first.start)) && /^\p{L}*[\s,]*[–—-]\s/u.test(view.text.slice(first.end, line.end));
  return dashed ? first : null;
}

/** Whether a line opens with a label of another kind (a file number, an amount, a date's label …). */
function startsWithOtherLabel(view: View, line: TextLine): boolean {
  const first = tokensOn(view, line).slice(0, 3);
  return view.cues.some((h) => h.line === line.index && STOPS.includes(h.cue) && first.some((t) => t.start === h.start));
}

function roleOf(cue: Cue): PartyRole {
  return cue as PartyRole;
}

export function findSections(view: View): Section[] {
  const sections: Section[] = [];
  const assigned = new Set<number>();
  const lines = view.lines;
  let boundary = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.gapBefore) boundary = i;
    if (startsWithOtherLabel(view, line)) boundary = i + 1;
    const marker = markerRole(view, line);
    const text = view.text.slice(line.start, line.end);
    if (marker && !/:\s*$/.test(text)) {
      // A role after its block (a rubrum: "Bergische Wohnstätten GmbH, …" + "– Klägerin –"): the lines above up to
      // the last boundary. A block inside them keeps its own role ("Prozessbevollmächtigte: …" of the claimant).
      // Without dashes or brackets a role alone on its line is a label over its block ("Beklagte" + names below),
      // unless nothing that could be its block follows (a new block, "gegen", another label).
      const following = lines[i + 1];
      // A marker stands between dashes or in brackets of its own ("– Kläger –", "(Beklagte)"), or closes with a comma
      // as the rubrum's sentence goes on ("…, Klägerin,"); "Kläger (Vermieter)" is a label.
      const explicit = /^[\s\W]*[–—-]|[–—-][\s\W]*$|^\s*\(.*\)[\s.,]*$|,\s*$/.test(text);
      // A block under a label starts with a name, a title or a number; a sentence going on in small letters ("hat das
      // Amtsgericht … erkannt") shows the role closed the block above.
      const closes =
        !following ||
        following.gapBefore ||
        /^\s*\p{Ll}/u.test(view.text.slice(following.start, following.end)) ||
        !!leadingRole(view, following) ||
        !!markerRole(view, following) ||
        startsWithOtherLabel(view, following);
      if (!explicit && !closes) {
        const end = blockEnd(view, i, marker);
        for (let k = i; k <= end; k++) assigned.add(k);
        sections.push({ start: marker.end + roleRemnant(view.folded.slice(marker.end, line.end)), end: lines[end]!.end, role: roleOf(marker.cue), strength: ROLE_WEIGHTS.section.label, kind: 'label' });
        continue;
      }
      const from = Math.max(boundary, i - MAX_BLOCK_LINES);
      let first = i;
      for (let k = i - 1; k >= from; k--) {
        if (lines[k]!.page !== line.page || markerRole(view, lines[k]!) || /\b(gegen|rechtsstreit|sachen|rechtssache)\s*:?\s*$/i.test(view.text.slice(lines[k]!.start, lines[k]!.end))) break;
        if (!explicit && assigned.has(k)) break;
        first = k;
      }
      if (first < i) {
        for (let k = first; k < i; k++) assigned.add(k);
        sections.push({ start: lines[first]!.start, end: lines[i - 1]!.end, role: roleOf(marker.cue), strength: ROLE_WEIGHTS.section.marker, kind: 'marker' });
      }
      if (first < i || explicit) {
        assigned.add(i);
        boundary = i + 1;
        continue;
      }
    }
    const lead = leadingRole(view, line) ?? trailingRole(view, line);
    // A sentence that starts with a role word is no label ("Gegen: dieses Urteil …", the colon a speck): no name
    // starts with a pronoun or a verb.
    const sentence = lead && /^[\s:]*(?:dies\p{Ll}*|das|es|ein\p{Ll}*|sie|ihr\p{Ll}*|wird|werden|wurde|ist|sind|hat|haben|kann|können)\s/iu.test(view.text.slice(lead.end, line.end));
    if (lead && !sentence) {
      const end = blockEnd(view, i, lead);
      for (let k = i; k <= end; k++) assigned.add(k);
      // The block starts after the label: its remnant, or up to a colon or tab that soon follows ("Beklagte Parteien:").
      const remnantEnd = lead.end + roleRemnant(view.folded.slice(lead.end, line.end));
      const colon = /^[^:\t\n]{0,24}[:\t]/.exec(view.text.slice(remnantEnd, line.end));
      const start = colon && !/\p{Lu}\p{Ll}+,|\d/u.test(colon[0]) ? remnantEnd + colon[0].length : remnantEnd;
      // A role word of another party inside the block ends it there ("Beklagte: Frau A. Klägerin: Herr B").
      // Only where it is used as a label (a colon after it, or first on its line; "Richter" may be a name), or
      // where it is the versus ("…, prozessbevollmächtigt: X Rechtsanwälte, gegen Herrn A …").
      const other = view.cues.find(
        (h) =>
          h.start > start &&
          h.start < lines[end]!.end &&
          h.cue !== lead.cue &&
          (PARTY.includes(h.cue) || h.cue === 'claim') &&
          (/^[^\n\p{L}]{0,3}[:(/]|^\s*(?:partei|seite)/iu.test(view.text.slice(h.end, h.end + 8)) || leadingRole(view, view.lines[h.line]!) === h || view.folded.slice(h.start, h.end) === 'gegen'),
      );
      sections.push({ start, end: other ? other.start : lines[end]!.end, role: roleOf(lead.cue), strength: ROLE_WEIGHTS.section.label, kind: 'label' });
    }
  }
  sections.push(...inlineSections(view));
  sections.push(...windowSections(view, sections));
  sections.push(...subjectSections(view));
  return sections.sort((a, b) => a.start - b.start);
}

/** A letter's salutation: its text starts there, and no party block goes on past it. */
const SALUTATION = /^\s*(?:Sehr geehrte|Guten Tag\b)/;

/**
 * The last line of a block opened by a role label on line `first`: it runs on while lines neither start with a
 * label of their own nor begin a new block; in a table (label in its own cell), while the label column stays
 * empty or only repeats the role ("Beklagte ⇥ 1. A" + "(Mieter/in) ⇥ 2. B").
 */
function blockEnd(view: View, first: number, lead: CueHit): number {
  const lines = view.lines;
  const labelLine = lines[first]!;
  const valueCell = labelLine.cells.find((c) => c.start >= lead.end);
  // An authority's or official's role word is part of its name ("Kreisverwaltung Neuwied"): its block is the
  // address under it, whatever stands in the column beside it.
  const named = lead.cue === 'authority' || lead.cue === 'official';
  const tabled = !named && labelLine.cells.length > 1 && valueCell !== undefined && valueCell !== labelLine.cells[0];
  const valueX = tabled ? xOf(view, valueCell.start) : 0;
  const emptyLabel = !view.text.slice(lead.end, labelLine.end).replace(/[\s:.\-–—|]|\b(?:sind|ist|wird|werden)\b/g, '');
  let end = first;
  for (let k = first + 1; k < lines.length && k <= first + MAX_BLOCK_LINES; k++) {
    const line = lines[k]!;
    if (line.page !== labelLine.page) break;
    if (line.gapBefore && !(emptyLabel && end === first)) break;
    if (SALUTATION.test(view.text.slice(line.start, line.end))) break;
    if (leadingRole(view, line) || markerRole(view, line) || startsWithOtherLabel(view, line)) {
      const same = leadingRole(view, line);
      // The label cell's second line of the same role ("(Mieter/in)") continues the block.
      if (!(tabled && same && same.cue === lead.cue && line.cells.length > 1)) break;
    }
    if (tabled && xOf(view, line.start) < valueX - 0.03) {
      // A line that starts in the label column is the next row, unless it repeats the role ("(Mieter/in)"), is a
      // speck, or is the list's next entry that OCR placed there ("2, Frau …").
      const labelCell = view.text.slice(line.cells[0]!.start, line.cells[0]!.end);
      const sameRole = partyHitsOn(view, k).some((h) => h.cue === lead.cue && h.start < line.cells[0]!.end);
      const entry = /^\W*\d{1,2}\s*[.,)]\s+\p{Lu}|^\W*(?:Herrn?|Frau)\s/u.test(labelCell);
      if (!sameRole && !entry && /[\p{L}\d]{2}/u.test(labelCell)) break;
    }
    end = k;
  }
  return end;
}

function xOf(view: View, offset: number): number {
  const w = view.doc.charWord[offset];
  return w !== undefined && w >= 0 ? view.doc.words[w]!.word.bbox[0] : 0;
}

/**
 * Role words inside a sentence: "… gegen Frau A B, wohnhaft …", "… eine Klage der X GmbH gegen …", "die Mieterin
 * Frau C", "vertreten durch Rechtsanwalt D". Each runs to the next role word, the end of the sentence, or a
 * word that ends the parties ("wegen", "auf Räumung", "eingegangen").
 */
/**
 * Where the parties named in a sentence end: its full stop (also right after the role word: "Kinder leben im
 * Haushalt."), a blank line, "./.", or the claim's own words.
 */
const PARTIES_END = /^[.!?](?=\s)|\p{Ll}{3}[.!?](?=\s+\p{Lu})|\n\s*\n|\s[.,‚'’`]{0,2}\/\.\s|\b(?:wegen|auf Räumung|auf Zahlung|auf Herausgabe|eingegangen|eingereicht|erhoben|anhängig)\b/u;

function inlineSections(view: View): Section[] {
  const out: Section[] = [];
  const hits = view.cues.filter((h) => PARTY.includes(h.cue) || h.cue === 'claim');
  // "Büşra Kılıç, wohnhaft Zum Steinberg 21, …": whoever lives at the flat is a tenant, back to the sentence's start.
  for (const hit of view.cues.filter((h) => h.cue === 'flat' && /^(?:wohnhaft|wohnend|whft?)$/.test(view.folded.slice(h.start, h.end)))) {
    const before = view.text.slice(Math.max(0, hit.start - 120), hit.start);
    const comma = /,\s*$/.exec(before);
    if (!comma) continue;
    const previous = hits.filter((h) => h.end <= hit.start).pop();
    const sentence = Math.max(before.search(/(?:\p{Ll}{3}[.!?]\s+|\n\s*\n|[:;]\s+)(?=[^.!?:;]*$)/u), 0);
    // Within the line of "wohnhaft", or the line before where the sentence runs on into it.
    const line = view.lines[hit.line]!;
    const lineFrom = /^\s*\p{Ll}/u.test(view.text.slice(line.start, line.end)) && hit.line > 0 ? view.lines[hit.line - 1]!.start : line.start;
    const from = Math.max(previous?.end ?? 0, hit.start - before.length + sentence, lineFrom);
    if (hit.start - from > 3) out.push({ start: from, end: hit.start, role: 'tenant', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
  }
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    let role: PartyRole | null = PARTY.includes(hit.cue) ? roleOf(hit.cue) : null;
    // "Klage der/des/von X", "Klage-der X", "In dem Rechtsstreit X ./. Y", "In der Zwangsvollstreckungssache X": the
    // claimant follows, unless it is a court or an authority ("Räumungsklage des Amtsgerichts …").
    const next = view.folded.slice(hit.end, hit.end + 40);
    let from = hit.end;
    const claimWord = /klage|streit|sache/.test(view.folded.slice(hit.start, hit.end));
    const article = claimWord ? /^[\s-]*(?:der|des|von|vom)[‘'’`´]?\s/.exec(next) : null;
    // The claimant may stand on the next line, the rubrum set as a block ("In dem Rechtsstreit" + "X GmbH" + "gegen").
    if (!role && (article || (/^(?:rechtsstreit|rechtssache|streitsache|sachen|(?:zwangs)?vollstreckungssache)$/.test(view.folded.slice(hit.start, hit.end)) && /^[ \t]*\n?[ \t]*\p{Lu}/u.test(view.text.slice(hit.end, hit.end + 6)) && /^\s/.test(view.text.slice(hit.end, hit.end + 1))))) {
      if (!/^[\s-]*(?:(?:der|des|von|vom)\s+)?(?:amts|land)?gericht|^[\s-]*(?:(?:der|des|von|vom)\s+)?(?:jobcenter|sozialamt|gerichtsvollzieher)/.test(next)) role = 'landlord';
      if (article) from += article[0].length;
    }
    if (!role) continue;
    const line = view.lines[hit.line]!;
    if (leadingRole(view, line) === hit || trailingRole(view, line) === hit || markerRole(view, line)) continue;
    // A role in brackets after a name ("Ingrid Thelen (Gläubiger) gegen …"): the name before it, back to the
    // previous role word or the sentence's start.
    if (/\(\s*$/.test(view.text.slice(hit.start - 2, hit.start)) && /^[^)\n]{0,12}\)/.test(view.text.slice(hit.end, hit.end + 14))) {
      const open = view.text.lastIndexOf('(', hit.start);
      const previous = hits.filter((h) => h.end <= open).pop();
      let from = Math.max(previous?.end ?? 0, view.lines[Math.max(0, hit.line - 1)]!.start);
      from += nameRunStart(view.text.slice(from, open));
      if (open - from > 3) out.push({ start: from, end: open, role, strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
      continue;
    }
    let end = Math.min(view.text.length, from + INLINE_REACH);
    const following = hits.find((h, k) => k > i && h.start >= from && (PARTY.includes(h.cue) || h.cue === 'claim'));
    if (following) end = Math.min(end, following.start);
    const stop = PARTIES_END.exec(view.text.slice(from, end));
    if (stop) end = from + stop.index + (/\p{Ll}[.!?]$/u.test(stop[0]) ? 3 : 0);
    if (end - from < 3) continue;
    out.push({ start: from, end, role, strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
    // "X ./. Y": the other side of the "versus".
  }
  return [...out, ...versusSections(view, out)];
}

/** Small words and signs inside a name ("Verein für Wohnhilfe", "Wohnbau GmbH & Co. KG", "Erbengemeinschaft nach …"). */
const NAME_JOINER = /^(?:für|der|des|den|dem|und|&|von|van|de|di|zu|zur|zum|am|an|im|in|nach|al|el|mbH|gGmbH|eG|e\.\s?V\.|Co\.)$/;

/**
 * Where the name that ends a text starts: the run of capitalised words (with the small words a name holds) before a
 * bracketed role, after the sentence that leads to it ("… besteht gegenüber Chiemgau Wohnen eG" → "Chiemgau Wohnen
 * eG"). 0 when no such run is found.
 */
function nameRunStart(text: string): number {
  const words = [...text.matchAll(/\S+/g)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]![0];
    if (k < words.length - 1 && /[,;:.!?]$/.test(word) && !/^(?:e\.\s?V|Co)\.$|^\p{Lu}\.$/u.test(word)) break;
    if (!/^\p{Lu}/u.test(word) && !NAME_JOINER.test(word)) break;
    first = k;
  }
  while (first < words.length && NAME_JOINER.test(words[first]![0]) && !/^\p{Lu}/u.test(words[first]![0])) first++;
  return first < words.length ? words[first]!.index : 0;
}

/** A line that holds nothing but the rest of a name (one to three capitalised words, no label word): "Sokolow". */
function isNameRest(view: View, line: TextLine): boolean {
  return /^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u.test(view.text.slice(line.start, line.end)) && !view.cues.some((h) => h.line === line.index);
}

/** The rubrum's "versus" as scanners read it: "./.", "‚/.", ".‚/.". */
const VERSUS = /\s[.,‚'’`]{0,2}\/\.\s/g;

/**
 * "Maik Birkenstock-Ahl ./. Frau Nour Abu Saleh, Eckenhagener Straße 26, …": the claimant stands before the
 * versus, the defendant after it, each to the line's (or the claim's) end unless a role word said so already.
 */
function versusSections(view: View, inline: Section[]): Section[] {
  const out: Section[] = [];
  for (const m of view.text.matchAll(VERSUS)) {
    const line = view.lines[view.lineAt(m.index)]!;
    const opener = view.cues.filter((h) => h.line === line.index && h.end <= m.index && (h.cue === 'claim' || PARTY.includes(h.cue))).pop();
    const from = Math.max(line.start, opener?.end ?? line.start, view.text.lastIndexOf(':', m.index) + 1, view.text.lastIndexOf('\t', m.index) + 1);
    const after = m.index + m[0].length;
    const stop = /\b(?:wegen|auf Räumung)\b/.exec(view.text.slice(after, line.end));
    if (!inline.some((s) => s.role === 'landlord' && s.start <= m.index && s.end >= m.index - 1) && m.index - from > 3) {
      out.push({ start: from, end: m.index, role: 'landlord', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
    }
    // A list the line's end cut goes on in the next line: after a comma ("./. Al-Hassan," + "Ahmad, Al-Hassan, Rania"),
    // or where that line holds nothing but the rest of a name ("./. Oksana Sokolowa, Jewgeni" + "Sokolow").
    const next = view.lines[line.index + 1];
    const cut = !stop && next && next.page === line.page && (/,\s*$/.test(view.text.slice(after, line.end)) || isNameRest(view, next));
    out.push({ start: after, end: stop ? after + stop.index : cut ? next.end : line.end, role: 'tenant', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
  }
  // "Verfahren ⇥ Karl-Heinz Dallmayr-Fink gegen Brückner": a case's name, where "gegen" is the versus. The words
  // before it are the claimant when they are a name alone (capitalised words, a legal form), not a sentence.
  for (const hit of view.cues.filter((h) => h.cue === 'tenant' && view.folded.slice(h.start, h.end) === 'gegen')) {
    const line = view.lines[hit.line]!;
    const from = Math.max(line.start, view.text.lastIndexOf(':', hit.start) + 1, view.text.lastIndexOf('\t', hit.start) + 1);
    const before = view.text.slice(from, hit.start);
    // At a line's start only where no sentence runs on into the line ("… der Gemeinnütziger ⏎ Bauverein … gegen").
    const previous = view.lines[hit.line - 1];
    const runsOn = from === line.start && previous && !line.gapBefore && !/[.:;!?)]\s*$/.test(view.text.slice(previous.start, previous.end));
    if (runsOn || !CASE_NAME.test(before) || inline.some((s) => s.role === 'landlord' && s.start <= hit.start && s.end >= hit.start - 1)) continue;
    out.push({ start: from, end: hit.start, role: 'landlord', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
  }
  return out;
}

/** A party's name alone: two or more capitalised words (hyphens, "&", a legal form such as "eG" or "mbH" allowed). */
const CASE_NAME = /^\s*(?:Herrn?\s+|Frau\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|eG|mbH|e\.\s?V\.|und|Co\.|von|van|de|zu))+\s*$/u;

/** "Sender · Street 1 · 12345 Town": a window envelope's return line (OCR reads · as - + : •). */
const RETURN_LINE = /^(.{3,80}?)\s+[·•+|:–-]\s+.+\s[·•+|:–-]\s+.*\b\d{5}\s+\p{Lu}/u;
/** The same with commas, the whole line, only where a window is ("Sender, Street 1, 12345 Town"): elsewhere it is an address in the text. */
const RETURN_LINE_COMMAS = /^(.{3,80}?),\s+[^,\t]{3,60}?\d{1,4}\s?[a-zA-Z]?,\s+\d{5}\s+\p{Lu}[^,\t]*$/u;
/** Where a letter's window is: below the letterhead, in the page's left half, above the text (DIN 5008: 45–90 mm of 297). */
const inWindow = (line: TextLine) => line.bbox[1] > 0.08 && line.bbox[1] < 0.32 && line.bbox[0] < 0.4;
/**
 * Without a readable return line, a recipient block starts with the addressee's title in the window's place, the
 * name after it or on the next line ("Eheleute" + "Dmitrij und Irina Smirnow").
 */
const ADDRESSEE = new RegExp(String.raw`^\s*(?:${ADDRESS_TITLE}|Eheleute|Familie|Fam\.)(?:\s+\p{Lu}|\s*$)`, 'u');
/** A sender that is a court or an authority writes to the service, not to the tenant. */
const OFFICIAL_SENDER = /(amtsgericht|\bgericht\b|gerichtsvollzieher|jobcenter|sozialamt|\bkreis\b|landkreis|\bstadt\b|stadtverwaltung|kreisverwaltung|\bgemeinde\b|ordnungsamt|wohnungsamt|landratsamt|bezirksamt|behorde|fachstelle)/;

/**
 * A letter's window: the return line and the recipient block under it. From a landlord or its lawyer, the
 * recipients are the tenants and the sender the landlord; from a court or an authority, the recipient is the
 * service (an authority).
 */
function windowSections(view: View, blocks: Section[]): Section[] {
  const firstPage = view.lines[0]?.page;
  const top = view.lines.filter((l) => l.page === firstPage && l.bbox[1] < 0.45);
  const lineText = (l: TextLine) => view.text.slice(l.start, l.end);
  // The comma form is the window's own cell: the info block may share its row ("…, 83022 Rosenheim ⇥ Datum …").
  const firstCell = (l: TextLine) => view.text.slice(l.start, l.cells[0]!.end);
  const ret = top.find((l) => RETURN_LINE.test(lineText(l))) ?? top.find((l) => inWindow(l) && RETURN_LINE_COMMAS.test(firstCell(l)));
  const addressee = ret
    ? undefined
    : top.find((l) => inWindow(l) && ADDRESSEE.test(view.text.slice(l.start, l.cells[0]!.end)) && !blocks.some((b) => b.kind !== 'inline' && b.start <= l.end));
  if (!ret && !addressee) return [];
  const senderEnd = ret ? ret.start + (RETURN_LINE.exec(lineText(ret)) ?? RETURN_LINE_COMMAS.exec(firstCell(ret)))![1]!.length : addressee!.start;
  const letterhead = view.folded.slice(0, senderEnd);
  // An official's word in a letterhead names a court's or authority's staff ("Urkundsbeamtin"), but a company's
  // contact ("Ansprechpartner", "Sachbearbeiter") as well: only the sender's name or an authority's word decides.
  const official = OFFICIAL_SENDER.test(letterhead) || view.cues.some((h) => h.end <= senderEnd && h.cue === 'authority');
  const recipient: TextLine[] = [];
  for (let k = ret ? ret.index + 1 : addressee!.index; k < view.lines.length && recipient.length < 7; k++) {
    const line = view.lines[k]!;
    if (line.page !== firstPage) break;
    // Lines of the info block beside the address field are no part of it.
    if (line.bbox[0] > 0.45) continue;
    recipient.push(line);
    if (/\b\d{5}\s+\p{Lu}/u.test(view.text.slice(line.cells[0]!.start, line.cells[0]!.end))) break;
  }
  // A postal endorsement above the addressee ("Vorab per E-Mail", "Einschreiben/Rückschein", "Per Boten") is no
  // part of the address.
  const named = recipient.findIndex((l) => ADDRESSEE.test(view.text.slice(l.start, l.cells[0]!.end)));
  if (named > 0 && named <= 2) recipient.splice(0, named);
  if (!recipient.length) return [];
  const strength = ROLE_WEIGHTS.section.window;
  const block = { start: recipient[0]!.start, end: recipient[recipient.length - 1]!.end };
  if (recipient[recipient.length - 1]!.index - recipient[0]!.index > 9) return [];
  // A court or bailiff writes to the authority, or to the tenant (a summons, a copy of the judgment): a person in the
  // window, and no authority, is the tenant.
  const toPerson = ADDRESSEE.test(view.text.slice(recipient[0]!.start, recipient[0]!.cells[0]!.end)) && !view.cues.some((h) => h.start >= block.start && h.end <= block.end && h.cue === 'authority');
  if (official && toPerson) return [{ ...block, role: 'tenant', strength, kind: 'window' }];
  if (official) return [{ ...block, role: 'authority', strength, kind: 'window' }];
  // A lawyer writes for the landlord (its client is named in the letter: "Mandantin: …"); the window is the tenant's.
  if (view.cues.some((h) => h.end <= senderEnd && h.cue === 'counsel')) return [{ ...block, role: 'tenant', strength, kind: 'window' }];
  return [
    { start: ret ? ret.start : 0, end: senderEnd, role: 'landlord', strength: ret ? strength : ROLE_WEIGHTS.section.fallback, kind: 'window' },
    { ...block, role: 'tenant', strength, kind: 'window' },
  ];
}

/** A list of names and nothing else: "Oksana Melnyk, Ali Reza Moreau", "Herrn Dmitrij und Frau Irina Smirnow". */
const NAME_LIST = /^(?:(?:Herrn?|Frau|Eheleute|Familie)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|el|al))*(?:\s*(?:,|und|&)\s*(?:(?:Herrn?|Frau)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|el|al))*)*,?$/u;

/** A household's address after its names on a subject line: a street and house number or a postal code and town. */
const ADDRESS_AFTER_NAMES = /^(.+?),\s*(?=[^,]*\p{L}[^,]*\s\d{1,4}\s?[a-z]?\s*(?:,|$)|.*\b\d{5}\s+\p{Lu})/u;

/**
 * A letter's subject that names the household, in the lines above the salutation: after a dash ("Mietschulden –
 * Oksana Melnyk, Ali Reza Moreau", "Ihr Antrag auf Übernahme von Mietschulden - Dmitrij Smirnow, Irina Smirnow"),
 * or on a line of its own before the household's address ("Dragan Krasniqi, Kiefernheider Straße 64, 14478
 * Potsdam"): whom the letter is about. A list the line's end cut goes on in the next line.
 */
function subjectSections(view: View): Section[] {
  const salutation = view.lines.findIndex((l) => SALUTATION.test(view.text.slice(l.start, l.end)));
  const out: Section[] = [];
  for (let k = Math.max(0, salutation - 4); k < salutation; k++) {
    const line = view.lines[k]!;
    const text = view.text.slice(line.start, line.end);
    const addressed = line.cells.length === 1 ? ADDRESS_AFTER_NAMES.exec(text) : null;
    // A person's names (a given name of the lexicon among them), not a company's or a court's.
    if (addressed && NAME_LIST.test(addressed[1]!.trim()) && addressed[1]!.split(/[\s,-]+/).some(isGivenNameWord)) {
      out.push({ start: line.start, end: line.start + addressed[1]!.length, role: 'tenant', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
      continue;
    }
    const m = /^(.*?\p{L}.*?)\s[–—-]\s+(.+)$/u.exec(text);
    if (!m || /\d/.test(m[1]!) || line.cells.length > 1) continue;
    const next = view.lines[k + 1];
    const cut = next && k + 1 < salutation && /,\s*$|\s\p{Lu}[\p{L}-]+$/u.test(m[2]!) && isNameRest(view, next);
    const names = cut ? `${m[2]} ${view.text.slice(next.start, next.end).trim()}` : m[2]!;
    if (!NAME_LIST.test(names.trim())) continue;
    const start = line.end - m[2]!.length;
    out.push({ start, end: cut ? next.end : line.end, role: 'tenant', strength: ROLE_WEIGHTS.section.inline, kind: 'inline' });
  }
  return out;
}

/** The role at an offset: of the section that opened last before it and still runs there. */
export function roleAt(sections: Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) if (s.start <= offset && offset < s.end && (!best || s.start > best.start || (s.start === best.start && s.strength > best.strength))) best = s;
  return best;
}
