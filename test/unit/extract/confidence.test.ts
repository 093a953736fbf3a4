import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { pageFromLines } from '../../support/page-factory.js';

const context = { gazetteer: { courts: ['Gummersbach'], towns: [{ name: 'Wiehl', postalCodes: ['51674'] }] }, today: '2025-06-01' };

describe('confidence from evidence', () => {
  it('is lower for an unlabelled file number when two different ones appear', () => {
    const one = extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'in Sachen 12 C 345/25'])], context);
    const two = extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'in Sachen 12 C 345/25', 'vgl. 12 C 100/24'])], context);
    expect(two.fields.fileNumber!.confidence).toBeLessThan(one.fields.fileNumber!.confidence);
    expect(two.fields.fileNumber!.confidence).toBeLessThan(0.9);
  });

  it('reaches 0.9 (no review hint) for a labelled value read from clean OCR words, not from shaky ones', () => {
    const lines = ['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', 'Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr'];
    const clean = extractDocument([pageFromLines(lines, { source: 'ocr', confidence: 0.95 })], context).fields;
    const shaky = extractDocument([pageFromLines(lines, { source: 'ocr', confidence: 0.8 })], context).fields;
    for (const field of ['fileNumber', 'hearing'] as const) {
      expect(clean[field]!.confidence, field).toBeGreaterThanOrEqual(0.9);
      expect(shaky[field]!.confidence, field).toBeLessThan(0.9);
    }
  });

  it('warns and lowers confidence when the hearing lies before the letter date', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Gummersbach, 12.05.2025', 'Termin zur mündlichen Verhandlung: 22.04.2025, 10:30 Uhr'])],
      context,
    );
    expect(r.fields.hearing!.confidence).toBeLessThan(0.9);
    expect(r.warnings.map((w) => w.code)).toContain('hearing_before_letter');
  });

  it('takes a hearing date mended by its weekday for review, not a later table row\'s date', () => {
    const lines = ['Amtsgericht Gummersbach', 'Mitteilung nach § 22 Abs. 9 SGB II', 'Datum: 23.02.2026', 'Termin | Donnerstag, 99.04.2026, 13:30 Uhr', 'Ort | Sitzungssaal 1 (EG)', 'Klageeingang | 18.02.2026'];
    const r = extractDocument([pageFromLines(lines, { source: 'ocr', confidence: 0.96 })], context);
    expect(r.fields.hearing!.value).toEqual({ date: '2026-04-09', time: '13:30', room: 'Sitzungssaal 1 (EG)' });
    expect(r.fields.hearing!.confidence).toBeLessThan(0.9);
    expect(r.warnings.map((w) => w.code)).toContain('date_repaired_by_weekday');
    // A date its weekday contradicts (19 April 2026 is a Sunday) is kept, for review.
    const odd = extractDocument([pageFromLines(['Termin zur mündlichen Verhandlung: Donnerstag, 19.04.2026, 10:30 Uhr'], { source: 'ocr', confidence: 0.96 })], context);
    expect(odd.fields.hearing!.value.date).toBe('2026-04-19');
    expect(odd.fields.hearing!.confidence).toBeLessThan(0.9);
    expect(odd.warnings.map((w) => w.code)).toContain('weekday_mismatch');
  });

  it('shows an appointment outside office hours for review ("19 Uhr" is more likely a misread "10 Uhr")', () => {
    const at = (time: string) =>
      extractDocument([pageFromLines(['Gerichtsvollzieher Thomas Riedel', 'Der Räumungstermin ist auf Mittwoch, 20. Januar 2027, ' + time + ' festgesetzt.'], { source: 'ocr', confidence: 0.96 })], context);
    expect(at('10 Uhr').fields.evictionDate!.confidence).toBeGreaterThanOrEqual(0.9);
    const late = at('19 Uhr');
    expect(late.fields.evictionDate!.value).toEqual({ date: '2027-01-20', time: '19:00' });
    expect(late.fields.evictionDate!.confidence).toBeLessThan(0.9);
    expect(late.warnings.map((w) => w.code)).toContain('time_implausible');
  });

  it('drops a birth date that is not in the past, or too late for a tenant, and says so', () => {
    const r = extractDocument([pageFromLines(['Beklagter: Max Mustermann, geb. 03.04.2030'])], context);
    expect(r.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: null }]);
    expect(r.warnings.map((w) => w.code)).toContain('birth_date_implausible');
    // An inbox stamp's date read beside the name is no tenant's birth date; a 16-year-old's is.
    const year = Number(context.today.slice(0, 4));
    const stamp = extractDocument([pageFromLines([`Beklagter: Max Mustermann, geb. 19.07.${year - 1}`])], context);
    expect(stamp.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: null }]);
    const young = extractDocument([pageFromLines([`Beklagter: Max Mustermann, geb. 01.01.${year - 17}`])], context);
    expect(young.fields.tenants?.value).toEqual([{ name: 'Max Mustermann', birthDate: `${year - 17}-01-01` }]);
  });

  it('gives one amount to the label nearer before it, never to rent and arrears both', () => {
    const r = extractDocument([pageFromLines(['Amtsgericht Wuppertal', 'Monatliche Miete: | 250,090 Euro', 'Rückstand | 750,00 Euro', '(Miete/Nutzungsentschädigung) :'], { source: 'ocr', confidence: 0.95 })], context);
    expect(r.fields.arrears?.value).toBe(75000);
    expect(r.fields.monthlyRent).toBeNull();
  });

  it('raises rent and arrears when arrears are a whole number of monthly rents', () => {
    const fits = extractDocument([pageFromLines(['Monatliche Miete: 600,00 €', 'Mietrückstand: 1.800,00 €'], { source: 'ocr', confidence: 0.95 })], context);
    const odd = extractDocument([pageFromLines(['Monatliche Miete: 600,00 €', 'Mietrückstand: 60.000,00 €'], { source: 'ocr', confidence: 0.95 })], context);
    expect(fits.fields.arrears!.confidence).toBeGreaterThan(odd.fields.arrears!.confidence);
    expect(odd.warnings.map((w) => w.code)).toContain('rent_arrears_implausible');
  });

  it('keeps personal data out of every warning message', () => {
    const r = extractDocument(
      [pageFromLines(['Amtsgericht Siegburg', 'Beklagter: Max Mustermann, geb. 03.04.2030', 'wohnhaft Hauptstraße 1, 51664 Wiehl'], { confidence: 0.5, source: 'ocr' })],
      context,
    );
    expect(r.warnings.length).toBeGreaterThan(2);
    for (const w of r.warnings) expect(w.message).not.toMatch(/Mustermann|Hauptstraße|516|Siegburg|2030/);
  });
});

describe('a court outside the gazetteer', () => {
  const read = (lines: string[]) =>
    extractDocument([pageFromLines([...lines, 'Aktenzeichen: 12 C 345/25', 'Mitteilung über den Eingang einer Räumungsklage'], { source: 'ocr', confidence: 0.97 })], context);

  it('stays sure when a postal code line spells its place the same way', () => {
    for (const head of [['Amtsgericht Dortmund', 'Gerichtsplatz 1, 44135 Dortmund'], ['Amtsgericht Mülheim an der Ruhr', 'Georgstraße 13, 45468 Mülheim an der Ruhr']]) {
      const r = read(head);
      expect(r.fields.court!.value, head[0]).toBe(head[0]);
      expect(r.fields.court!.confidence, head[0]).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is shown for review when no postal code line spells its place that way (a misread, a part of town)', () => {
    for (const head of [['Amtsgericht Dortmnnd', 'Gerichtsplatz 1, 44135 Dortmund'], ['Amtsgericht Essen-Steele', 'Grendplatz 2, 45276 Essen'], ['Amtsgericht Dortmund']]) {
      const r = read(head);
      expect(r.fields.court!.value, head[0]).toBe(head[0]);
      expect(r.fields.court!.confidence, head[0]).toBeLessThan(0.9);
    }
  });
});

describe('a hearing that may have lost a part', () => {
  const read = (hearingLines: string[]) =>
    extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', ...hearingLines], { source: 'ocr', confidence: 0.96 })], context);

  it('stays sure with its time and a room whose name ends clearly', () => {
    for (const line of ['Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr, Saal 112, 1. OG', 'Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr in Saal 12 des Amtsgerichts.']) {
      const r = read([line]);
      expect(r.fields.hearing!.value.room, line).toMatch(/^Saal 1?12\b/);
      expect(r.fields.hearing!.confidence, line).toBeGreaterThanOrEqual(0.9);
      expect(r.warnings.map((w) => w.code), line).not.toContain('hearing_incomplete');
    }
  });

  it('reads every word for a court room: Sitzungsraum, Verhandlungsraum, Gerichtssaal', () => {
    for (const word of ['Sitzungsraum', 'Verhandlungsraum', 'Gerichtssaal']) {
      const r = read([`Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr, ${word} 3`]);
      expect(r.fields.hearing!.value.room, word).toBe(`${word} 3`);
      expect(r.fields.hearing!.confidence, word).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is shown for review when more may belong to the room, when the time is missing, or when a court room is named but none was read', () => {
    for (const lines of [
      ['Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr, Saal 1.12, Eingang B'],
      ['Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr, Saal 4 (Altbau, Erdgeschoss links)'],
      ['Termin zur mündlichen Verhandlung: 22.07.2025, Saal 112'],
      ['Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr', 'Der Sitzungssaal wird am Aushang im Foyer bekannt gegeben.'],
    ]) {
      const r = read(lines);
      expect(r.fields.hearing!.value.date, lines[0]).toBe('2025-07-22');
      expect(r.fields.hearing!.confidence, lines[0]).toBeLessThan(0.9);
      expect(r.warnings.map((w) => w.code), lines[0]).toContain('hearing_incomplete');
    }
  });
});

describe('an address whose addition may be missing', () => {
  const tenantBlock = (extra: string[]) => [
    'Amtsgericht Gummersbach',
    'Aktenzeichen: 12 C 345/25',
    'Beklagte: Frau Anna Schmidt, wohnhaft Hauptstraße 12, 51674 Wiehl',
    ...extra,
    'Termin zur mündlichen Verhandlung: 22.07.2025, 10:30 Uhr, Saal 112, 1. OG',
  ];
  const read = (extra: string[]) => extractDocument([pageFromLines(tenantBlock(extra), { source: 'ocr', confidence: 0.96 })], context);

  it('is shown for review when the page places the flat in its house but no addition was read', () => {
    for (const place of ['Lage der Wohnung | 2. 0G links', 'Die Wohnung Nr. 7 im Hinterhaus ist betroffen.', 'Aufgang B']) {
      const r = read([place]);
      expect(r.fields.address!.value.addition, place).toBeNull();
      expect(r.fields.address!.confidence, place).toBeLessThan(0.9);
      expect(r.warnings.map((w) => w.code), place).toContain('address_addition_unsure');
    }
  });

  it('is shown for review when the flat is read twice with its street spelled two ways and neither more often', () => {
    const twice = (spellings: string[]) =>
      extractDocument(
        [pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', ...spellings.map((street) => `Beklagte: Frau Anna Schmidt, wohnhaft ${street} 12, 51674 Wiehl`)], { source: 'ocr', confidence: 0.96 })],
        context,
      );
    const split = twice(['Hauptstraße', 'Hanptstraße']);
    expect(split.fields.address!.confidence).toBeLessThan(0.9);
    expect(split.warnings.map((w) => w.code)).toContain('address_spelled_twice');
    const majority = twice(['Hauptstraße', 'Hanptstraße', 'Hauptstraße']);
    expect(majority.fields.address!.value.street).toBe('Hauptstraße');
    expect(majority.warnings.map((w) => w.code)).not.toContain('address_spelled_twice');
  });

  it('stays sure without such a word; the court’s floor by the hearing room is none', () => {
    const r = read(['Die Beklagte zahlt die Miete seit Monaten nicht.']);
    expect(r.fields.address!.value).toMatchObject({ street: 'Hauptstraße', houseNumber: '12', addition: null });
    expect(r.fields.address!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.warnings.map((w) => w.code)).not.toContain('address_addition_unsure');
  });
});

describe('arrears that may be only part of the sum claimed', () => {
  const read = (lines: string[]) =>
    extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', ...lines], { source: 'ocr', confidence: 0.96 })], context);

  it('is shown for review when a larger amount is called arrears as well', () => {
    const r = read(['Mietrückstand: 1.200,00 EUR', 'Die Klageforderung beläuft sich auf insgesamt 1.850,00 EUR.']);
    expect(r.fields.arrears!.value).toBe(120000);
    expect(r.fields.arrears!.confidence).toBeLessThan(0.9);
    expect(r.warnings.map((w) => w.code)).toContain('arrears_part_unsure');
  });

  it('takes the sum for the arrears when the notice lists the parts and their sum', () => {
    const r = read(['Rückstand Miete: 1.200,00 EUR', 'Rückstand Nutzungsentschädigung: 600,00 EUR', 'Rückstand gesamt: 1.800,00 EUR']);
    expect(r.fields.arrears!.value).toBe(180000);
    expect(r.warnings.map((w) => w.code)).not.toContain('arrears_part_unsure');
  });

  it('stays sure when the only larger amount is not called arrears', () => {
    const r = read(['Mietrückstand: 1.800,00 EUR', 'Monatliche Miete: 600,00 EUR', 'Streitwert: 7.200,00 EUR']);
    expect(r.fields.arrears!.value).toBe(180000);
    expect(r.fields.arrears!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.warnings.map((w) => w.code)).not.toContain('arrears_part_unsure');
  });
});

describe('a rent that may be only part of the month’s total', () => {
  const read = (rentLines: string[]) =>
    extractDocument(
      [pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', 'Mitteilung über den Eingang einer Räumungsklage', ...rentLines, 'Rückstand: 1.660,00 EUR'], { source: 'ocr', confidence: 0.96 })],
      context,
    );

  it('is shown for review when the notice names a base rent or costs and the rent read is not called the total', () => {
    for (const lines of [['Grundmiete: 650,00 EUR', 'Nebenkosten: 180,00 EUR'], ['Die monatliche Miete beträgt 650,00 EUR zuzüglich Betriebskosten.']]) {
      const r = read(lines);
      expect(r.fields.monthlyRent!.value, lines[0]).toBe(65000);
      expect(r.fields.monthlyRent!.confidence, lines[0]).toBeLessThan(0.9);
      expect(r.warnings.map((w) => w.code), lines[0]).toContain('rent_part_unsure');
    }
  });

  it('stays sure when the rent read is the total, or no part is named', () => {
    for (const lines of [
      ['Gesamtmiete: 830,00 EUR', 'davon Nebenkosten: 180,00 EUR'],
      ['Miete monatlich: 830,00 EUR'],
      ['Die monatlich zu zahlende Miete beträgt derzeit 830,00 EUR', 'einschließlich der Vorauszahlungen auf die Betriebskosten.'],
    ]) {
      const r = read(lines);
      expect(r.fields.monthlyRent!.value, lines[0]).toBe(83000);
      expect(r.fields.monthlyRent!.confidence, lines[0]).toBeGreaterThanOrEqual(0.9);
      expect(r.warnings.map((w) => w.code), lines[0]).not.toContain('rent_part_unsure');
    }
    // A total that names its costs on its own line: no doubt that it is the total.
    const total = read(['Monatliche Miete (einschl. Nebenkosten): 830,00 EUR']);
    expect(total.fields.monthlyRent!.value).toBe(83000);
    expect(total.warnings.map((w) => w.code)).not.toContain('rent_part_unsure');
  });
});

describe('a scanned name that a Turkish or Polish name spells with letters German lacks', () => {
  const tenant = (name: string) =>
    extractDocument([pageFromLines(['Amtsgericht Gummersbach', 'Aktenzeichen: 12 C 345/25', `Beklagte: ${name}`, 'Wohnung: Hauptstraße 1, 51674 Wiehl'], { source: 'ocr', confidence: 0.96 })], context).fields.tenants!;

  it('is shown for review when read without them ("Celik" for Çelik, "Sahin" for Şahin)', () => {
    for (const name of ['Herr Ismail Celik', 'Frau Ayse Sahin']) expect(tenant(name).confidence, name).toBeLessThan(0.9);
  });

  it('stays sure when no such name is in it', () => {
    expect(tenant('Herr Thomas Becker').confidence).toBeGreaterThanOrEqual(0.9);
  });
});
