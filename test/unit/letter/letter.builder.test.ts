import { describe, expect, it } from 'vitest';
import { buildLetter, formatDate, formatMoney, formatTime, formatWeekday, parseTemplate, salutation } from '../../../src/core/letter/index.js';
import { model } from './letter-fixtures.js';

const tpl = (body: string, extra = '') => parseTemplate(`---\nbetreff: Ihre Wohnung\nvariante: T\nsprache: de\n${extra}---\n${body}`, 't.tpl');
const text = (r: ReturnType<typeof buildLetter>): string => (r.ok ? JSON.stringify(r.letter) : r.missing.join('\n'));

describe('German formatting', () => {
  it('writes dates, weekdays, times and money the German way', () => {
    expect(formatDate('2025-04-22')).toBe('22. April 2025');
    expect(formatWeekday('2025-04-22')).toBe('Dienstag');
    expect(formatTime('10:30')).toBe('10:30 Uhr');
    expect(formatMoney(123456)).toBe('1.234,56 €');
    expect(formatMoney(5)).toBe('0,05 €');
    expect(formatDate('2025-03-01', 'en')).toBe('1 March 2025');
  });
});

describe('salutation', () => {
  it('greets by name, joins a shared surname, and falls back without a name', () => {
    expect(salutation(['Jürgen Müller-Lüdenscheidt'], 'de')).toBe('Guten Tag Jürgen Müller-Lüdenscheidt,');
    expect(salutation(['Jürgen Mustermann', 'Erika Mustermann'], 'de')).toBe('Guten Tag Jürgen und Erika Mustermann,');
    expect(salutation(['Ayşe Yılmaz', 'Piotr Wiśniewski'], 'de')).toBe('Guten Tag Ayşe Yılmaz und Piotr Wiśniewski,');
    expect(salutation([], 'de')).toBe('Guten Tag,');
  });
});

describe('buildLetter', () => {
  it('fills the hearing branch with weekday, date and time', () => {
    const r = buildLetter(tpl('{{salutation}}\n\n{{#if hearing}}Termin {{hearing.weekday}}, {{hearing.date}}, {{hearing.time}}{{else}}kein Termin{{/if}}'), model());
    expect(r.ok).toBe(true);
    expect(text(r)).toContain('Termin Dienstag, 22. April 2025, 10:30 Uhr');
    expect(text(r)).not.toContain('kein Termin');
  });

  it('takes the else branch when no hearing is known', () => {
    const r = buildLetter(tpl('{{#if hearing}}Termin{{else}}kein Termin{{/if}}'), model({ hearing: null }));
    expect(r.ok && r.letter.blocks).toEqual([{ kind: 'paragraph', lines: ['kein Termin'] }]);
  });

  it('refuses without tenant or address and says why in German', () => {
    const r = buildLetter(tpl('{{salutation}}'), model({ tenants: [], address: null }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.missing.join(' ')).toMatch(/Mieter.*Anschrift/);
  });

  it('refuses when the template needs a value the case lacks, outside a condition', () => {
    const r = buildLetter(tpl('Termin am {{hearing.date}}'), model({ hearing: null }));
    expect(r).toEqual({ ok: false, missing: ['Die Vorlage braucht den Verhandlungstermin, er ist nicht bekannt.'] });
  });

  it('puts the c/o line below the name and keeps the envelope side free of court data', () => {
    const r = buildLetter(tpl('x'), model({ address: { street: 'Hauptstraße', houseNumber: '12a', postalCode: '44137', city: 'Dortmund', addition: 'c/o Wiśniewski' } }));
    if (!r.ok) throw new Error('expected ok');
    expect(r.letter.recipientLines).toEqual(['Jürgen Müller-Lüdenscheidt', 'c/o Wiśniewski', 'Hauptstraße 12a', '44137 Dortmund']);
    const visible = [r.letter.returnAddress, ...r.letter.recipientLines, ...r.letter.infoBlock.map((e) => `${e.label} ${e.value}`)].join(' ');
    expect(visible).toContain('F-2025-0042');
    expect(visible).not.toMatch(/Räumung|Amtsgericht|undefined/i);
  });

  it('keeps line breaks in the plain-language layout and flows them otherwise', () => {
    expect(buildLetter(tpl('Satz eins.\nSatz zwei.'), model())).toMatchObject({ ok: true, letter: { blocks: [{ kind: 'paragraph', lines: ['Satz eins. Satz zwei.'] }] } });
    expect(buildLetter(tpl('Satz eins.\nSatz zwei.', 'umbruch: zeilen\n'), model())).toMatchObject({ ok: true, letter: { blocks: [{ kind: 'paragraph', lines: ['Satz eins.', 'Satz zwei.'] }] } });
  });
});

describe('line marks in flowing text', () => {
  it('keeps lines that start with "| " as lines of their own', () => {
    const r = buildLetter(tpl('Mit freundlichen\nGrüßen\n| {{sender.contactPerson}}\n| {{sender.name}}'), model());
    expect(r.ok && r.letter.blocks).toEqual([{ kind: 'paragraph', lines: ['Mit freundlichen Grüßen', 'Zeynep Çelik', 'Fachstelle Wohnungssicherung'] }]);
  });
});
