import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../src/web/server.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';
import { noticeIn } from '../../integration/web/notice-dates.js';
import { cookiesOf, csrfOf, webFixture, type WebFixture } from '../../integration/web/web-fixture.js';

const PASSWORD = 'richtig-langes-passwort';
let fx: WebFixture;
let caseId: string;
let docId: string;
let otherDocId: string;

beforeAll(async () => {
  fx = await webFixture('intake-web-click-');
  await fx.addUser('anna', 'worker', PASSWORD);
  caseId = await fx.ingest(await renderNoticePdf(noticeIn(10)), 'scan.pdf');
  docId = fx.app.store.documents.forCase(caseId)[0]!.id;
  const otherCase = await fx.ingest(
    await renderNoticePdf(noticeIn(30, { fileNumber: '7 C 88/26', tenants: [{ title: 'Herrn', name: 'Mehmet Yıldız' }], street: 'Kölner Str. 5-7', postalCode: '51643', city: 'Gummersbach' })),
    'andere.pdf',
  );
  otherDocId = fx.app.store.documents.forCase(otherCase)[0]!.id;
  expect(otherCase).not.toBe(caseId);
});
afterAll(async () => fx?.close());


async function signedIn() {
  const web = createWebApp(fx.app);
  const form = await web.request('/login');
  const login = await web.request('/login', {
    method: 'POST',
    headers: { cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrfOf(await form.text()), username: 'anna', password: PASSWORD, next: '/' }),
  });
  const cookie = cookiesOf(login);
  const csrf = csrfOf(await (await web.request(`/cases/${caseId}`, { headers: { cookie } })).text());
  return { web, cookie, csrf };
}

const addressRow = () => fx.app.store.cases.fields(caseId).find((f) => f.name === 'address')!;
const address = (street: string) => ({ street, houseNumber: '12a', postalCode: '51674', city: 'Wiehl', addition: '' });

describe('click-to-fill positions sent with a correction', () => {
  it('shows the page words for the overlay and the (script-shown) hint on the case page', async () => {
    const { web, cookie } = await signedIn();
    const page = await (await web.request(`/cases/${caseId}`, { headers: { cookie } })).text();
    // One word a line: the box in ten-thousandths of the page, then the text.
    const lines = /data-words="([^"]+)"/.exec(page)![1]!.split('\n').map((line) => /^(\d+) (\d+) (\d+) (\d+) (.+)$/.exec(line));
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.every((m) => m !== null && m.slice(1, 5).every((n) => Number(n) <= 10_000))).toBe(true);
    expect(lines.map((m) => m![5])).toEqual(expect.arrayContaining(['Hauptstraße', '12a,', '51674', 'Wiehl']));
    expect(page).toContain('<p class="pick-hint" hidden>Tipp: Feld anklicken, dann Wort im Scan anklicken – oder über mehrere Wörter ziehen.</p>');
  });

  it('drops a forged position (other case’s document, page out of range, box outside the page, wrong part) and still saves the correction', async () => {
    const { web, cookie, csrf } = await signedIn();
    const forged: Record<string, string> = {
      'other document': JSON.stringify({ documentId: otherDocId, page: 1, bbox: [0.1, 0.1, 0.2, 0.12] }),
      'page out of range': JSON.stringify({ documentId: docId, page: 2, bbox: [0.1, 0.1, 0.2, 0.12] }),
      'page zero': JSON.stringify({ documentId: docId, page: 0, bbox: [0.1, 0.1, 0.2, 0.12] }),
      'box beyond the page': JSON.stringify({ documentId: docId, page: 1, bbox: [0.1, 0.1, 1.4, 0.12] }),
      'negative box': JSON.stringify({ documentId: docId, page: 1, bbox: [-0.1, 0.1, 0.2, 0.12] }),
      'inverted box': JSON.stringify({ documentId: docId, page: 1, bbox: [0.3, 0.1, 0.2, 0.12] }),
      'no json': '{"documentId":',
    };
    let n = 0;
    for (const [what, position] of Object.entries(forged)) {
      const before = addressRow();
      const street = `Forgestraße ${(n += 1)}`;
      const res = await web.request(`/cases/${caseId}/fields/address`, {
        method: 'POST',
        headers: { cookie },
        body: new URLSearchParams({ _csrf: csrf, ...address(street), 'pos.street': position }),
      });
      expect(res.status, what).toBe(303);
      const after = addressRow();
      expect((JSON.parse(after.value_json) as { street: string }).street, what).toBe(street);
      expect(after.source, what).toBe('worker');
      expect([after.document_id, after.page, after.bbox_json], what).toEqual([before.document_id, before.page, before.bbox_json]);
    }
    // A valid position for a part the form has no input for, or for a part submitted empty, is dropped too.
    const before = addressRow();
    const valid = JSON.stringify({ documentId: docId, page: 1, bbox: [0.4, 0.5, 0.5, 0.52] });
    const res = await web.request(`/cases/${caseId}/fields/address`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ _csrf: csrf, ...address('Leerweg'), 'pos.v': valid, 'pos.addition': valid, 'pos.name0': valid }),
    });
    expect(res.status).toBe(303);
    expect([addressRow().document_id, addressRow().page, addressRow().bbox_json]).toEqual([before.document_id, before.page, before.bbox_json]);
    // The same request with the position on the street input is taken: what was dropped above was the forgery.
    await web.request(`/cases/${caseId}/fields/address`, { method: 'POST', headers: { cookie }, body: new URLSearchParams({ _csrf: csrf, ...address('Leerweg'), 'pos.street': valid }) });
    expect(addressRow().bbox_json).toBe('[0.4,0.5,0.5,0.52]');
  });

  it('sends a rejected correction back with its valid positions for the script to submit again', async () => {
    const { web, cookie, csrf } = await signedIn();
    const street = { documentId: docId, page: 1, bbox: [0.4, 0.5, 0.5, 0.52] };
    const res = await web.request(`/cases/${caseId}/fields/address`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({ _csrf: csrf, ...address('Hauptstraße'), postalCode: '5167', 'pos.street': JSON.stringify(street), 'pos.city': JSON.stringify({ ...street, documentId: otherDocId }) }),
    });
    expect(res.status).toBe(422);
    const positions = /<form class="[^"]*" id="f-address"[^>]*data-positions="([^"]+)"/.exec(await res.text())![1]!.replace(/&quot;/g, '"');
    expect(JSON.parse(positions)).toEqual({ street });
  });

  it('points the field at a valid position: the union of the parts taken from the page', async () => {
    const { web, cookie, csrf } = await signedIn();
    const res = await web.request(`/cases/${caseId}/fields/address`, {
      method: 'POST',
      headers: { cookie },
      body: new URLSearchParams({
        _csrf: csrf,
        ...address('Hauptstraße'),
        'pos.street': JSON.stringify({ documentId: docId, page: 1, bbox: [0.4, 0.5, 0.5, 0.52] }),
        'pos.city': JSON.stringify({ documentId: docId, page: 1, bbox: [0.6, 0.5, 0.65, 0.52] }),
      }),
    });
    expect(res.status).toBe(303);
    const row = addressRow();
    expect([row.document_id, row.page, JSON.parse(row.bbox_json!)]).toEqual([docId, 1, [0.4, 0.5, 0.65, 0.52]]);
  });
});
