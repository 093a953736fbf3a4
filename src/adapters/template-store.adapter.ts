import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IntakeError } from '../core/errors.js';
import { parseTemplate, type LetterTemplate } from '../core/letter/template.parser.js';

export interface TemplateSet {
  /** Variant names = file names without ".tpl", e.g. "first-contact.de", "first-contact.de-einfach". */
  variants(): string[];
  /** Throws TEMPLATE_INVALID for an unknown variant. */
  get(variant: string): LetterTemplate;
}

/** Reads and validates every `*.tpl` in `dir`; the first broken file stops the start with TEMPLATE_INVALID. */
export async function loadTemplates(dir: string): Promise<TemplateSet> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.tpl')).sort();
  } catch (cause) {
    throw new IntakeError('TEMPLATE_INVALID', 'Vorlagenordner kann nicht gelesen werden.', { cause });
  }
  if (names.length === 0) throw new IntakeError('TEMPLATE_INVALID', 'Im Vorlagenordner liegt keine Vorlage (*.tpl).');
  const templates = new Map<string, LetterTemplate>();
  for (const name of names) {
    const source = await readFile(join(dir, name), 'utf8');
    templates.set(name.slice(0, -'.tpl'.length), parseTemplate(source, name));
  }
  return {
    variants: () => [...templates.keys()],
    get(variant) {
      const t = templates.get(variant);
      if (!t) throw new IntakeError('TEMPLATE_INVALID', `Briefvariante "${variant}" gibt es nicht (vorhanden: ${[...templates.keys()].join(', ')}).`);
      return t;
    },
  };
}
