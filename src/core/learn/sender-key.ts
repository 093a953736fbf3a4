/**
 * A sender's fingerprint: which office sent a notice and on which of its forms, so that what workers teach
 * about one notice can be used on the next notice of the same sender and form (as layout-learning review tools
 * key their per-layout models). Built only from what a form fixes — the issuer in the letterhead, the form's
 * title words and its label words with their rough place on page 1 — never from the variable text: words with
 * digits (dates, amounts, file numbers, postal codes) are skipped and other words count only when they are one
 * of the known form words, so names and streets can neither change the key nor get into it. The key is a hash.
 *
 * Robust to OCR noise: words are compared by `fuzzyKey` (case, umlauts, letter groups), label words match their
 * stems within `stemDistance`'s allowed edits, the issuer's own words are folded to classes of letters OCR
 * confuses, positions are quarters of the page (a box moved a little keeps its quarter unless it stands on the
 * border). Label stems under 8 letters allow no edit (fuzzyKey's folding only), as in extraction; form words one
 * from six letters on. A word
 * dropped by OCR leaves the key as it is while another word of its label group is still there and it is not a
 * form word's first occurrence; losing the only label of a group or a form word gives another key — which the
 * layout memory then treats as an unknown sender (nothing learned is used), never as a wrong one.
 */
import { allowedEdits, fuzzyKey, levenshtein, stemDistance } from '../extract/fuzzy.js';
import { z } from 'zod';
import type { Page, Word } from '../page.js';

/** Words of a letterhead that name the kind of issuer; the words beside them on that line name the issuer. */
const ISSUER_WORDS = [
  'Amtsgericht', 'Landgericht', 'Gerichtsvollzieher', 'Rechtsanwalt', 'Rechtsanwälte', 'Kanzlei', 'GmbH',
  'Genossenschaft', 'Wohnungsbau', 'Wohnbau', 'Hausverwaltung', 'Immobilien', 'Jobcenter',
];
const ISSUER_CUES = ISSUER_WORDS.map(fuzzyKey);

/** Words that say which form a page is (its title and kind); several may stand on one form. */
const FORM_TITLES = [
  'Ladung', 'Terminsbestimmung', 'Beschluss', 'Urteil', 'Klageschrift', 'Zustellung', 'Mitteilung', 'Verfügung',
  'Benachrichtigung', 'Räumungstermin', 'Vollstreckung', 'Kündigung', 'Mahnung', 'Aufforderung', 'Anhörung',
  'Protokoll', 'Vergleich', 'Hinweis', 'Belehrung',
];
const FORM_WORDS = FORM_TITLES.map(fuzzyKey);

/** Fixed label words of notices, grouped by what they label; a group counts when any of its words is there. */
const LABEL_GROUPS: [string, string[]][] = Object.entries({
  reference: ['Aktenzeichen', 'Geschäftszeichen', 'Geschäftsnummer'],
  hearing: ['Termin', 'Sitzungssaal', 'Saal', 'Uhrzeit', 'Verhandlung', 'erscheinen'],
  parties: ['Kläger', 'Beklagte', 'Vermieter', 'Schuldner', 'Gläubiger', 'Prozessbevollmächtigt'],
  claim: ['Räumung', 'Herausgabe', 'Mietrückstand', 'Zahlung', 'Forderung'],
  office: ['Telefon', 'Telefax', 'Sprechzeiten', 'Öffnungszeiten', 'Bankverbindung', 'Servicezeiten', 'Postanschrift', 'Hausanschrift'],
  deadline: ['Frist', 'binnen', 'Wochen', 'zugestellt'],
}).map(([group, words]) => [group, words.map(fuzzyKey)]);

/** Letters OCR reads for one another, folded to one letter for the issuer's own words (which no list knows). */
const CONFUSED: [RegExp, string][] = [[/[aceo]/g, 'o'], [/[iljtf]/g, 'i'], [/[nmhubk]/g, 'n'], [/[gq]/g, 'g']];

const ISSUER_ZONE = 0.3;
const SEPARATORS = /^[·|•,;–-]+$/;

interface Token {
  key: string;
  word: Word;
}

/** SenderFeatures as stored (layout_senders.features_json), checked when read back. */
export const senderFeaturesSchema = z.object({ issuer: z.string().nullable(), form: z.array(z.string()), labels: z.array(z.string()) });

export interface SenderFeatures {
  /** Kind of issuer and its folded name words (for a court: "amtsgericht" and the town), or null if none found. */
  issuer: string | null;
  /** Form words present, each with the page quarter of its first occurrence ("ladung@1"). */
  form: string[];
  /** Label groups present on page 1. */
  labels: string[];
}

function centreY(w: Word): number {
  return (w.bbox[1] + w.bbox[3]) / 2;
}

/** Words grouped into lines by vertical overlap, top to bottom, each left to right. */
function linesOf(words: readonly Word[]): Word[][] {
  const sorted = [...words].filter((w) => w.text.trim()).sort((a, b) => centreY(a) - centreY(b));
  const lines: { words: Word[]; y0: number; y1: number }[] = [];
  for (const w of sorted) {
    const line = lines.at(-1);
    const c = centreY(w);
    if (line && c >= line.y0 && c <= line.y1) line.words.push(w);
    else lines.push({ words: [w], y0: w.bbox[1], y1: w.bbox[3] });
  }
  return lines.map((l) => l.words.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

/**
 * A word of the form's fixed text, by key. Digits make a word variable (a date, an amount, a file number, a house
 * number) — except one digit among three or more letters, which is OCR reading a letter ("Telef0n").
 */
function tokenOf(word: Word): Token | null {
  const digits = word.text.replace(/\D/g, '').length;
  const letters = word.text.replace(/[^\p{L}]/gu, '').length;
  if (digits > 1 || (digits === 1 && letters < 3)) return null;
  const key = fuzzyKey(word.text);
  return key.length >= 3 ? { key, word } : null;
}

/** A word of a list: short stems ("saal", "frist") only as the whole word, so "Saalfeld" is no label. */
const matches = (key: string, stem: string) => (stem.length < 6 ? key === stem : stemDistance(key, stem) >= 0);

/** Form words stand in large type and decide the key: one misread letter is tolerated from six letters on. */
const isFormWord = (key: string, stem: string) => stemDistance(key, stem, stem.length >= 6 ? Math.max(1, allowedEdits(stem.length)) : 0) >= 0;

function quarter(w: Word): number {
  return Math.min(3, Math.max(0, Math.floor(centreY(w) * 4)));
}

/** The issuer: the first letterhead line with a cue word, its cue and the name words of the cue's segment. */
function issuerOf(lines: Word[][]): string | null {
  const issuer = issuerWords(lines);
  if (!issuer) return null;
  return [issuer.cue, ...issuer.name.map((t) => CONFUSED.reduce((s, [from, to]) => s.replace(from, to), t.key))].join(' ');
}

/** The issuer's cue (a key of ISSUER_CUES) and up to four of its name words. */
function issuerWords(lines: Word[][]): { cue: string; name: Token[] } | null {
  for (const line of lines) {
    if (centreY(line[0]!) > ISSUER_ZONE) break;
    const segments: Word[][] = [[]];
    for (const w of line) {
      if (SEPARATORS.test(w.text.trim())) segments.push([]);
      else segments.at(-1)!.push(w);
      if (/[,;]$/.test(w.text.trim())) segments.push([]);
    }
    for (const segment of segments) {
      const tokens = segment.map(tokenOf);
      const cueAt = tokens.findIndex((t) => t !== null && ISSUER_CUES.some((cue) => matches(t.key, cue)));
      if (cueAt < 0) continue;
      const cue = ISSUER_CUES.find((c) => matches(tokens[cueAt]!.key, c))!;
      // A digit ends the issuer's name: a street number or postal code follows it.
      const firstVariable = tokens.findIndex((t, i) => i > cueAt && t === null);
      const upTo = firstVariable < 0 ? tokens.length : firstVariable;
      const name = tokens
        .slice(0, upTo)
        .filter((t, i): t is Token => t !== null && i !== cueAt)
        .slice(0, 4);
      return { cue, name };
    }
  }
  return null;
}

/** The features a sender key is made of (no variable text: see the header). */
export function senderFeatures(pages: readonly Page[]): SenderFeatures {
  const first = pages.find((p) => p.number === 1) ?? pages[0];
  if (!first) return { issuer: null, form: [], labels: [] };
  const lines = linesOf(first.words);
  const tokens = lines.flat().map(tokenOf).filter((t): t is Token => t !== null);
  const form = new Map<string, number>();
  for (const t of tokens) {
    for (const stem of FORM_WORDS) if (isFormWord(t.key, stem) && !form.has(stem)) form.set(stem, quarter(t.word));
  }
  const labels = LABEL_GROUPS
    .filter(([, stems]) => tokens.some((t) => stems.some((stem) => matches(t.key, stem))))
    .map(([group]) => group);
  return {
    issuer: issuerOf(lines),
    form: [...form.entries()].map(([stem, q]) => `${stem}@${q}`).sort(),
    labels: labels.sort(),
  };
}

/** 64-bit FNV-1a as hex: enough to tell a district's senders apart, and says nothing about the text. */
function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The sender key of a read document ("sk-" and 16 hex digits), or null when page 1 shows neither issuer nor form. */
export function senderKey(pages: readonly Page[]): string | null {
  return keyOf(senderFeatures(pages));
}

/** The key of a sender's features (see senderKey). */
export function keyOf(f: SenderFeatures): string | null {
  if (f.issuer === null && f.form.length === 0) return null;
  return `sk-${hash64(JSON.stringify([f.issuer, f.form, f.labels]))}`;
}

const jaccard = (a: readonly string[], b: readonly string[]) => {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = a.filter((x) => b.includes(x)).length;
  return shared / (a.length + b.length - shared);
};

/**
 * How alike two senders are when OCR gave them different keys (a misread letter of the issuer's town, a label
 * word dropped, a form word seen in another quarter): null unless the issuers are the same kind with names
 * within OCR's edits (or one name missing a word the other has, when every label group agrees) and the form
 * words are the same (quarters aside), else the share of label groups they share (at least half). A court's
 * notice and its hearing summons differ in their form words and so are never alike; a letter with no issuer
 * in its letterhead (a private landlord) is alike to none.
 */
export function senderLikeness(a: SenderFeatures, b: SenderFeatures): number | null {
  // Without an issuer on both (a private landlord's letter) only the form is known: every such letter would be alike.
  if (a.issuer === null || b.issuer === null) return null;
  const stems = (form: readonly string[]) => [...new Set(form.map((f) => f.split('@')[0]!))].sort();
  if (jaccard(stems(a.form), stems(b.form)) < 1) return null;
  const labels = jaccard(a.labels, b.labels);
  const [cueA, ...nameA] = a.issuer.split(' ');
  const [cueB, ...nameB] = b.issuer.split(' ');
  if (cueA !== cueB) return null;
  const na = nameA.join(' ');
  const nb = nameB.join(' ');
  if (levenshtein(na, nb) <= Math.max(1, allowedEdits(Math.max(na.length, nb.length)))) return labels >= 0.5 ? labels : null;
  // A name word OCR dropped: the shorter name's words are all in the longer one; then every label must agree.
  const [fewer, more] = nameA.length <= nameB.length ? [nameA, nameB] : [nameB, nameA];
  return fewer.every((w) => more.includes(w)) && labels === 1 ? labels : null;
}

/**
 * A label people can read for a sender ("Amtsgericht Gummersbach · Mitteilung"), from the same words as its key:
 * the issuer's kind and name words in the letterhead (letters only) and the form's title words. Null when page 1
 * shows neither.
 */
export function senderLabel(pages: readonly Page[]): string | null {
  const first = pages.find((p) => p.number === 1) ?? pages[0];
  if (!first) return null;
  const issuer = issuerWords(linesOf(first.words));
  const kind = issuer ? ISSUER_WORDS[ISSUER_CUES.indexOf(issuer.cue)]! : null;
  const name = (issuer?.name ?? [])
    .map((t) => t.word.text.replace(/[^\p{L}-]/gu, ''))
    .filter((w) => w.length > 1)
    .slice(0, 3)
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
  const form = senderFeatures(pages).form.map((f) => FORM_TITLES[FORM_WORDS.indexOf(f.split('@')[0]!)]!);
  const parts = [[kind, ...name].filter(Boolean).join(' '), form.join(', ')].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}
