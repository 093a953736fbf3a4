import { formatDate, formatTime, formatWeekday } from './german.format.js';
import type { LetterBlock, LetterContent, LetterLanguage, LetterModel } from './letter.types.js';
import type { Condition, LetterTemplate, Placeholder, TemplateNode } from './template.parser.js';

export type BuildLetterResult = { ok: true; letter: LetterContent } | { ok: false; missing: string[] };

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function tenantNames(model: LetterModel): string[] {
  return model.tenants.map((t) => clean(t.name)).filter((n) => n !== '');
}

/** "Jürgen und Erika Mustermann" when the surnames match, else "A und B"; three or more: "A, B und C". */
export function joinNames(names: string[], language: LetterLanguage): string {
  const and = language === 'de' ? 'und' : 'and';
  if (names.length === 2) {
    const [a, b] = names.map((n) => n.split(' ')) as [string[], string[]];
    if (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
      return `${a.slice(0, -1).join(' ')} ${and} ${b.join(' ')}`;
    }
  }
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Salutation from names only (gender is unknown): "Guten Tag Jürgen Müller-Lüdenscheidt," or "Guten Tag,". */
export function salutation(names: string[], language: LetterLanguage): string {
  const greeting = language === 'de' ? 'Guten Tag' : 'Dear';
  const joined = names.length > 0 && names.length <= 3 ? joinNames(names, language) : '';
  if (joined) return `${greeting} ${joined},`;
  return language === 'de' ? 'Guten Tag,' : 'Dear Sir or Madam,';
}

const MISSING_TEXT: Partial<Record<Placeholder, string>> = {
  'hearing.date': 'Die Vorlage braucht den Verhandlungstermin, er ist nicht bekannt.',
  'hearing.weekday': 'Die Vorlage braucht den Verhandlungstermin, er ist nicht bekannt.',
  'hearing.time': 'Die Vorlage braucht die Uhrzeit der Verhandlung, sie ist nicht bekannt.',
  'hearing.room': 'Die Vorlage braucht den Saal der Verhandlung, er ist nicht bekannt.',
  court: 'Die Vorlage braucht das Gericht, es ist nicht bekannt.',
  'sender.department': 'Die Vorlage braucht die Abteilung des Absenders, sie ist nicht eingestellt.',
};

function values(model: LetterModel, language: LetterLanguage): Record<Placeholder, string | null> {
  const names = tenantNames(model);
  const a = model.address;
  const h = model.hearing;
  const s = model.sender;
  return {
    salutation: salutation(names, language),
    'tenant.name': names[0] ?? null,
    'tenants.names': names.length ? joinNames(names, language) : null,
    'case.id': model.caseId,
    'letter.date': formatDate(model.date, language),
    'address.street': a ? `${clean(a.street)} ${clean(a.houseNumber)}` : null,
    'address.postalCode': a?.postalCode ?? null,
    'address.city': a ? clean(a.city) : null,
    'hearing.date': h ? formatDate(h.date, language) : null,
    'hearing.weekday': h ? formatWeekday(h.date, language) : null,
    'hearing.time': h?.time ? formatTime(h.time, language) : null,
    'hearing.room': clean(h?.room) || null,
    court: clean(model.court) || null,
    'sender.name': s.name,
    'sender.department': clean(s.department) || null,
    'sender.street': s.street,
    'sender.postalCode': s.postalCode,
    'sender.city': s.city,
    'sender.phone': s.phone,
    'sender.email': s.email,
    'sender.officeHours': s.officeHours,
    'sender.contactPerson': s.contactPerson,
  };
}

function conditions(model: LetterModel): Record<Condition, boolean> {
  return {
    hearing: model.hearing !== null,
    'hearing.time': Boolean(model.hearing?.time),
    'hearing.room': Boolean(clean(model.hearing?.room)),
    court: Boolean(clean(model.court)),
    severalTenants: tenantNames(model).length > 1,
    'sender.department': Boolean(clean(model.sender.department)),
  };
}

function evaluate(nodes: TemplateNode[], vals: Record<Placeholder, string | null>, conds: Record<Condition, boolean>, missing: Set<string>): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'if') out += evaluate(conds[node.condition] ? node.then : node.otherwise, vals, conds, missing);
    else {
      const v = vals[node.name];
      if (v === null || v === '') missing.add(MISSING_TEXT[node.name] ?? `Die Vorlage braucht „${node.name}“, der Wert fehlt.`);
      else out += v;
    }
  }
  return out;
}

const unmark = (l: string): string => (l.startsWith('| ') ? l.slice(2).trim() : l === '|' ? '' : l);

/** Joins the lines of a paragraph; a line starting with "| " keeps its own line (signature, address). */
function flowLines(lines: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const l of lines) {
    if (l.startsWith('| ')) {
      if (current) out.push(current);
      out.push(unmark(l));
      current = '';
    } else current = current ? `${current} ${l}` : l;
  }
  if (current) out.push(current);
  return out;
}

function toBlocks(text: string, layout: LetterTemplate['layout']): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    let para: string[] = [];
    let list: string[] = [];
    const flush = (): void => {
      if (para.length) blocks.push({ kind: 'paragraph', lines: layout === 'flow' ? flowLines(para) : para.map(unmark) });
      if (list.length) blocks.push({ kind: 'list', items: list });
      para = [];
      list = [];
    };
    for (const l of lines) {
      if (l.startsWith('- ')) {
        if (para.length) flush();
        list.push(l.slice(2).trim());
      } else {
        if (list.length) flush();
        para.push(l);
      }
    }
    flush();
  }
  return blocks;
}

/** Pure: fills a parsed template with a case's data. Never produces "undefined" or an empty name. */
export function buildLetter(template: LetterTemplate, model: LetterModel): BuildLetterResult {
  const missing = new Set<string>();
  const names = tenantNames(model);
  if (names.length === 0) missing.add('Kein Mieter und keine Mieterin bekannt: der Brief hätte keinen Empfänger.');
  if (!model.address) missing.add('Keine Anschrift der Wohnung bekannt: der Brief kann nicht zugestellt werden.');
  const lang = template.language;
  const vals = values(model, lang);
  const conds = conditions(model);
  const subject = clean(evaluate(template.subject, vals, conds, missing));
  const bodyText = evaluate(template.body, vals, conds, missing);
  if (missing.size > 0) return { ok: false, missing: [...missing] };
  const a = model.address!;
  const recipientLines = [
    ...(names.length > 3 ? [joinNames(names.slice(0, 3), lang)] : names.length === 2 ? [joinNames(names, lang)] : names),
    ...(clean(a.addition) ? [clean(a.addition)] : []),
    `${clean(a.street)} ${clean(a.houseNumber)}`,
    `${a.postalCode} ${clean(a.city)}`,
  ].slice(0, 6);
  const s = model.sender;
  const de = lang === 'de';
  return {
    ok: true,
    letter: {
      caseId: model.caseId,
      variant: template.variant,
      language: lang,
      returnAddress: `${s.name} · ${s.street} · ${s.postalCode} ${s.city}`,
      recipientLines,
      infoBlock: [
        { label: de ? 'Datum' : 'Date', value: formatDate(model.date, lang) },
        { label: de ? 'Unser Zeichen' : 'Our reference', value: model.caseId },
        { label: de ? 'Ansprechperson' : 'Contact', value: s.contactPerson },
        { label: de ? 'Telefon' : 'Phone', value: s.phone },
        { label: 'E-Mail', value: s.email },
      ],
      subject,
      blocks: toBlocks(bodyText, template.layout),
      footer: [
        [s.name, clean(s.department)].filter(Boolean).join(' – '),
        `${s.street} · ${s.postalCode} ${s.city}`,
        `${de ? 'Telefon' : 'Phone'} ${s.phone} · ${s.email}`,
        `${de ? 'Sprechzeiten' : 'Office hours'}: ${s.officeHours}`,
      ],
      logoPath: s.logoPath ?? null,
    },
  };
}
