import { describe, expect, it } from 'vitest';
import { parseFieldForm, rawOf } from '../../../src/web/field-forms.js';
import { germanDateInput, parseGermanDate, parseGermanMonth, parseGermanTime } from '../../../src/web/german-input.js';

describe('dates and times typed the German way', () => {
  it('reads day.month.year, with or without leading zeros and with a two-digit year', () => {
    expect(parseGermanDate('23.09.2025')).toBe('2025-09-23');
    expect(parseGermanDate(' 3.9.2025 ')).toBe('2025-09-03');
    expect(parseGermanDate('03.04.71')).toBe('1971-04-03');
    expect(parseGermanDate('01.02.25')).toBe('2025-02-01');
  });

  it('refuses dates that are none, and the American order', () => {
    for (const text of ['31.02.2025', '00.01.2025', '09/23/2025', '2025-13-01', '23.9', 'morgen']) expect(parseGermanDate(text), text).toBeUndefined();
  });

  it('reads times as HH:MM, also with a dot or "Uhr", and refuses 24:00', () => {
    expect(parseGermanTime('9.30')).toBe('09:30');
    expect(parseGermanTime('10:30 Uhr')).toBe('10:30');
    expect(parseGermanTime('24:00')).toBeUndefined();
    expect(parseGermanTime('9 Uhr')).toBeUndefined();
  });

  it('reads a month as MM.JJJJ', () => {
    expect(parseGermanMonth('09.2025')).toBe('2025-09');
    expect(parseGermanMonth('2025-09')).toBe('2025-09');
    expect(parseGermanMonth('13.2025')).toBeUndefined();
  });

  it('shows stored dates in the forms as TT.MM.JJJJ and stores what was typed as ISO dates', () => {
    expect(rawOf('hearing', { date: '2025-09-23', time: '10:30', room: null })).toEqual({ date: '23.09.2025', time: '10:30', room: '' });
    expect(rawOf('claimReceived', '2025-03-10')).toEqual({ v: '10.03.2025' });
    expect(germanDateInput('23.09.2025')).toBe('23.09.2025');
    expect(parseFieldForm('hearing', { date: '23.09.2025', time: '9:30', room: 'Saal 2' })).toEqual({ ok: true, value: { date: '2025-09-23', time: '09:30', room: 'Saal 2' } });
    expect(parseFieldForm('tenants', { name0: 'Ewa Kowalczyk', birth0: '03.04.1971' })).toEqual({ ok: true, value: [{ name: 'Ewa Kowalczyk', birthDate: '1971-04-03' }] });
    expect(parseFieldForm('claimReceived', { v: '2025-03-10' })).toEqual({ ok: true, value: '2025-03-10' });
  });

  it('names the expected form in German when a date or time is wrong', () => {
    const parsed = parseFieldForm('hearing', { date: '09/23/2025', time: '25:00' });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.messages).toEqual(['Datum bitte als TT.MM.JJJJ eingeben, z. B. 23.09.2025.', 'Uhrzeit bitte als HH:MM eingeben, z. B. 09:30.']);
    expect(parseFieldForm('evictionDate', { time: '10:00' })).toEqual({ ok: false, messages: ['Bitte das Datum der Räumung eintragen.'] });
  });
});
