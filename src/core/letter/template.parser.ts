import { IntakeError } from '../errors.js';
import type { LetterLanguage } from './letter.types.js';

/**
 * The fixed list of placeholders a template may use. Documented for staff in templates/README.md.
 * Values are computed in letter.builder.ts; nothing in a template is ever executed.
 */
export const PLACEHOLDERS = [
  'salutation',
  'tenant.name',
  'tenants.names',
  'case.id',
  'letter.date',
  'address.street',
  'address.postalCode',
  'address.city',
  'hearing.date',
  'hearing.weekday',
  'hearing.time',
  'hearing.room',
  'court',
  'sender.name',
  'sender.department',
  'sender.street',
  'sender.postalCode',
  'sender.city',
  'sender.phone',
  'sender.email',
  'sender.officeHours',
  'sender.contactPerson',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Conditions usable in {{#if …}}. */
export const CONDITIONS = ['hearing', 'hearing.time', 'hearing.room', 'court', 'severalTenants', 'sender.department'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: Placeholder; line: number }
  | { kind: 'if'; condition: Condition; then: TemplateNode[]; otherwise: TemplateNode[]; line: number };

export interface LetterTemplate {
  fileName: string;
  variant: string;
  language: LetterLanguage;
  /** Subject line, may contain placeholders. */
  subject: TemplateNode[];
  /** 'flow': lines of a paragraph are joined; 'lines': every line stays a line (Leichte Sprache). */
  layout: 'flow' | 'lines';
  body: TemplateNode[];
}

function fail(fileName: string, line: number, what: string): never {
  throw new IntakeError('TEMPLATE_INVALID', `Vorlage ${fileName}, Zeile ${line}: ${what}`);
}

const HEADER_KEYS = ['betreff', 'variante', 'sprache', 'umbruch'] as const;

/** Parses a template file (front matter between `---` lines, then the body). Throws TEMPLATE_INVALID. */
export function parseTemplate(source: string, fileName: string): LetterTemplate {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') fail(fileName, 1, 'die Datei muss mit einer Kopfzeile "---" beginnen');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) fail(fileName, 1, 'der Kopfbereich wird nicht mit "---" abgeschlossen');
  const header = new Map<string, { value: string; line: number }>();
  for (let i = 1; i < end; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const m = /^\s*([A-Za-zäöüß]+)\s*:\s*(.*)$/.exec(raw);
    if (!m) fail(fileName, i + 1, 'erwartet "name: wert"');
    const key = m[1]!.toLowerCase();
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      fail(fileName, i + 1, `unbekannter Kopfeintrag "${key}" (erlaubt: ${HEADER_KEYS.join(', ')})`);
    }
    header.set(key, { value: m[2]!.trim(), line: i + 1 });
  }
  for (const key of ['betreff', 'variante', 'sprache'] as const) {
    if (!header.get(key)?.value) fail(fileName, end + 1, `Kopfeintrag "${key}" fehlt`);
  }
  const language = header.get('sprache')!;
  if (language.value !== 'de' && language.value !== 'en') {
    fail(fileName, language.line, `Sprache "${language.value}" wird nicht unterstützt (de, en)`);
  }
  const layout = header.get('umbruch');
  if (layout && layout.value !== 'fliesstext' && layout.value !== 'zeilen') {
    fail(fileName, layout.line, 'umbruch muss "fliesstext" oder "zeilen" sein');
  }
  const subject = header.get('betreff')!;
  return {
    fileName,
    variant: header.get('variante')!.value,
    language: language.value,
    layout: layout?.value === 'zeilen' ? 'lines' : 'flow',
    subject: parseBody(subject.value, fileName, subject.line, false),
    body: parseBody(lines.slice(end + 1).join('\n'), fileName, end + 2, true),
  };
}

/**
 * A block tag alone on its line ("{{#if hearing}}", "{{else}}", "{{/if}}") takes its line with it,
 * so conditions do not leave blank lines (which would split paragraphs). Returns the new position.
 */
function dropStandaloneLine(text: string, open: number, after: number, nodes: TemplateNode[]): number {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  let lineEnd = text.indexOf('\n', after);
  if (lineEnd < 0) lineEnd = text.length;
  if (text.slice(lineStart, open).trim() !== '' || text.slice(after, lineEnd).trim() !== '') return after;
  const last = nodes[nodes.length - 1];
  if (last?.kind === 'text' && open > lineStart) last.text = last.text.replace(/[ \t]+$/, '');
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

type Frame = { node: Extract<TemplateNode, { kind: 'if' }>; inElse: boolean };

function parseBody(text: string, fileName: string, firstLine: number, allowBlocks: boolean): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  const target = (): TemplateNode[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.otherwise : top.node.then) : root;
  };
  let pos = 0;
  let line = firstLine;
  const advance = (chunk: string): void => {
    line += chunk.split('\n').length - 1;
  };
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      const rest = text.slice(pos);
      if (rest.includes('}}')) fail(fileName, line + rest.slice(0, rest.indexOf('}}')).split('\n').length - 1, '"}}" ohne "{{"');
      target().push({ kind: 'text', text: rest });
      break;
    }
    const before = text.slice(pos, open);
    if (before.includes('}}')) fail(fileName, line + before.slice(0, before.indexOf('}}')).split('\n').length - 1, '"}}" ohne "{{"');
    if (before) target().push({ kind: 'text', text: before });
    advance(before);
    const close = text.indexOf('}}', open + 2);
    const nextNewline = text.indexOf('\n', open);
    if (close < 0 || (nextNewline >= 0 && nextNewline < close)) fail(fileName, line, '"{{" wird in derselben Zeile nicht mit "}}" geschlossen');
    const tag = text.slice(open + 2, close).trim();
    pos = close + 2;
    if (allowBlocks && /^(#if\b|else$|\/if$)/.test(tag)) pos = dropStandaloneLine(text, open, pos, target());
    const skipped = text.slice(close + 2, pos);
    if (tag.startsWith('#if')) {
      if (!allowBlocks) fail(fileName, line, 'Bedingungen sind im Betreff nicht erlaubt');
      const condition = tag.slice(3).trim();
      if (!(CONDITIONS as readonly string[]).includes(condition)) {
        fail(fileName, line, `unbekannte Bedingung "${condition}" (erlaubt: ${CONDITIONS.join(', ')})`);
      }
      const node = { kind: 'if' as const, condition: condition as Condition, then: [], otherwise: [], line };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (tag === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.inElse) fail(fileName, line, '{{else}} ohne passendes {{#if …}}');
      top.inElse = true;
    } else if (tag === '/if') {
      if (!stack.pop()) fail(fileName, line, '{{/if}} ohne passendes {{#if …}}');
    } else if ((PLACEHOLDERS as readonly string[]).includes(tag)) {
      target().push({ kind: 'var', name: tag as Placeholder, line });
    } else {
      fail(fileName, line, `unbekannter Platzhalter "{{${tag}}}" (siehe templates/README.md)`);
    }
    advance(skipped);
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(fileName, unclosed.node.line, `{{#if ${unclosed.node.condition}}} wird nicht mit {{/if}} geschlossen`);
  return root;
}
