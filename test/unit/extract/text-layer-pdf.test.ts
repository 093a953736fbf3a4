import { describe, expect, it } from 'vitest';
import { OBERBERG_GAZETTEER } from '../../../src/config/gazetteer.js';
import { extractDocument } from '../../../src/core/extract/extract-document.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { pagesFromPdf } from '../../support/pdf-pages.js';

describe('extractDocument on a real text-layer PDF', () => {
  it('reads the fixture notice laid out by pdfkit', async () => {
    const pages = await pagesFromPdf(new Uint8Array(await renderNoticePdf()));
    const r = extractDocument(pages, { gazetteer: OBERBERG_GAZETTEER });
    expect(r.documentType).toBe('court_notice');
    expect(r.fields.court?.value).toBe('Amtsgericht Gummersbach');
    expect(r.fields.fileNumber?.value).toBe('12 C 345/25');
    expect(r.fields.tenants?.value).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: '1971-04-03' }]);
    expect(r.fields.address?.value).toEqual({ street: 'Hauptstraße', houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: null });
    expect(r.fields.landlord?.value).toBe('Wohnungsbau Oberberg GmbH');
    expect(r.fields.claimReceived?.value).toBe('2025-03-10');
    expect(r.fields.monthlyRent?.value).toBe(68500);
    expect(r.fields.arrears?.value).toBe(205500);
    expect(r.fields.hearing?.value).toEqual({ date: '2025-04-22', time: '10:30', room: 'Saal 104' });
  });

  it('reads two tenants and no hearing from the variant without a date', async () => {
    const pages = await pagesFromPdf(
      new Uint8Array(
        await renderNoticePdf({
          court: 'Wipperfürth',
          fileNumber: '3 C 1024/25',
          landlord: 'Max Vermieter',
          tenants: [
            { title: 'Herrn', name: 'Piotr van der Berg' },
            { title: 'Frau', name: 'Ayla Çelik-Öztürk', birth: '01.02.1990' },
          ],
          street: 'Kölner Str. 5-7',
          postalCode: '51688',
          city: 'Wipperfürth',
          received: '02.05.2025',
          rent: '650 EUR',
          arrears: '1.950,00 EUR',
          hearing: null,
        }),
      ),
    );
    const r = extractDocument(pages, { gazetteer: OBERBERG_GAZETTEER });
    expect(r.fields.court?.value).toBe('Amtsgericht Wipperfürth');
    expect(r.fields.tenants?.value).toEqual([
      { name: 'Piotr van der Berg', birthDate: null },
      { name: 'Ayla Çelik-Öztürk', birthDate: '1990-02-01' },
    ]);
    expect(r.fields.address?.value).toMatchObject({ street: 'Kölner Straße', houseNumber: '5-7', postalCode: '51688' });
    expect(r.fields.hearing).toBeNull();
  });
});
