import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** A variant's name as a file name: letters, digits, dots, hyphens ("first-contact.de-einfach"). */
export const VARIANT_NAME = /^[a-z0-9][a-z0-9.-]{0,60}$/;

/** Reading and saving templates for the admin pages; a saved template is parsed first and never half-written. */
export interface TemplateAdmin {
  list(): Promise<string[]>;
  /** The template's source text, undefined when there is no such variant. */
  source(variant: string): Promise<string | undefined>;
  /** Parses the source (TEMPLATE_INVALID with file and line on an error), then writes it atomically. */
  save(variant: string, source: string): Promise<void>;
}

export function createTemplateAdmin(dir: string, afterSave: () => Promise<void>): TemplateAdmin {
  const file = (variant: string) => {
    if (!VARIANT_NAME.test(variant)) throw new IntakeError('TEMPLATE_INVALID', 'Der Name einer Vorlage darf nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche enthalten.');
    return join(dir, `${variant}.tpl`);
  };
  return {
    async list() {
      return (await readdir(dir)).filter((n) => n.endsWith('.tpl')).map((n) => n.slice(0, -'.tpl'.length)).sort();
    },
    async source(variant) {
      if (!VARIANT_NAME.test(variant)) return undefined;
      return readFile(file(variant), 'utf8').catch(() => undefined);
    },
    async save(variant, source) {
      const target = file(variant);
      const text = source.replace(/\r\n?/g, '\n');
      parseTemplate(text, `${variant}.tpl`);
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, text, 'utf8');
      await rename(temp, target);
      await afterSave();
    },
  };
}
