import { describe, expect, it } from 'vitest';
import { IntakeError } from '../../../src/core/errors.js';
import { buildLetter, parseTemplate } from '../../../src/core/letter/index.js';
import { model } from './letter-fixtures.js';

const head = '---\nbetreff: Test\nvariante: T\nsprache: de\n---\n';

function errorOf(source: string): IntakeError {
  try {
    parseTemplate(source, 'probe.tpl');
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('parseTemplate', () => {
  it('reads the header and the placeholders of a valid template', () => {
    const t = parseTemplate(`${head}{{salutation}}\n{{#if hearing}}am {{hearing.date}}{{else}}bald{{/if}}\n`, 'ok.tpl');
    expect(t.variant).toBe('T');
    expect(t.language).toBe('de');
    expect(t.body.some((n) => n.kind === 'if')).toBe(true);
  });

  it('names file and line of an unknown placeholder', () => {
    const e = errorOf(`${head}Zeile eins\n\nHallo {{tenant.vorname}}\n`);
    expect(e.code).toBe('TEMPLATE_INVALID');
    expect(e.message).toContain('probe.tpl');
    expect(e.message).toContain('Zeile 8');
    expect(e.message).toContain('tenant.vorname');
  });

  it('names the line of an if that is never closed', () => {
    const e = errorOf(`${head}a\n{{#if hearing}}\nb\n`);
    expect(e.message).toMatch(/probe\.tpl, Zeile 7: .*nicht mit \{\{\/if\}\} geschlossen/);
  });

  it('rejects an else or /if without an if, an unknown condition and an unclosed brace', () => {
    expect(errorOf(`${head}{{else}}`).message).toContain('Zeile 6');
    expect(errorOf(`${head}\n{{/if}}`).message).toContain('Zeile 7');
    expect(errorOf(`${head}{{#if reich}}x{{/if}}`).message).toContain('unbekannte Bedingung');
    expect(errorOf(`${head}{{salutation\n}}`).message).toContain('nicht mit "}}"');
  });

  it('rejects a missing header entry and an unsupported language', () => {
    expect(errorOf('---\nbetreff: x\nsprache: de\n---\n').message).toContain('variante');
    expect(errorOf('---\nbetreff: x\nvariante: y\nsprache: fr\n---\n').message).toContain('Zeile 4');
  });
});

describe('block tags on their own line', () => {
  it('leave no blank line behind, so a paragraph stays one paragraph', () => {
    const t = parseTemplate(`---\numbruch: zeilen\nbetreff: Test\nvariante: T\nsprache: de\n---\nEins.\n{{#if hearing.time}}\nZwei um {{hearing.time}}.\n{{/if}}\nDrei.\n`, 'z.tpl');
    const r = buildLetter(t, model());
    expect(r.ok && r.letter.blocks).toEqual([{ kind: 'paragraph', lines: ['Eins.', 'Zwei um 10:30 Uhr.', 'Drei.'] }]);
  });

  it('still count their lines for error messages', () => {
    const e = errorOf(`${head}{{#if hearing}}\nja\n{{/if}}\n{{falsch}}\n`);
    expect(e.message).toContain('Zeile 9');
  });
});
