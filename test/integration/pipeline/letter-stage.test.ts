import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsFileStore } from '../../../src/adapters/file-store.adapter.js';
import { createLetterMaker } from '../../../src/adapters/letter-maker.adapter.js';
import { loadConfig, packageRoot } from '../../../src/config/load-config.js';
import { openDatabase, type Db } from '../../../src/db/connection.js';
import { SqliteStore } from '../../../src/db/sqlite.store.js';
import { LetterStage } from '../../../src/pipeline/letter.stage.js';
import { silentLogger } from '../../support/temp-app.js';

let dir: string;
let db: Db;
let store: SqliteStore;
const at = '2025-03-14T09:00:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'intake-letterstage-'));
  db = openDatabase(path.join(dir, 'intake.sqlite'));
  store = new SqliteStore(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function caseWithLetter(name: string, variant = 'first-contact.de'): string {
  const caseId = store.cases.create(at);
  const write = (field: string, value: unknown) =>
    store.cases.writeField(caseId, { name: field, valueJson: JSON.stringify(value), confidence: 0.95, source: 'machine', documentId: null, page: 1, bboxJson: null, correctedBy: null }, at);
  write('tenants', [{ name, birthDate: null }]);
  write('address', { street: 'Hauptstraße', houseNumber: '1', postalCode: '51674', city: 'Wiehl', addition: null });
  store.letters.createFirstContact(caseId, variant, at);
  return caseId;
}

async function stage(): Promise<LetterStage> {
  const config = loadConfig({ env: {} });
  const letters = await createLetterMaker({ templatesDir: path.join(packageRoot(), 'templates'), sender: config.sender });
  return new LetterStage({ store, files: new FsFileStore({ dataDir: dir, failedDir: path.join(dir, 'failed') }), letters, clock: () => new Date(at), logger: silentLogger() });
}

describe('the letter stage', () => {
  it('renders each pending letter once even when asked concurrently (two documents committed at the same time)', async () => {
    const a = caseWithLetter('Anna Albers');
    const b = caseWithLetter('Bernd Brandt');
    const letters = await stage();
    await Promise.all([letters.renderPending(), letters.renderPending(), letters.renderPending()]);
    for (const caseId of [a, b]) {
      expect(store.letters.forCase(caseId)).toEqual([expect.objectContaining({ status: 'ready' })]);
      const files = readdirSync(path.join(dir, 'letters', caseId));
      expect(files).toEqual([`${caseId}-erstkontakt.pdf`]);
    }
  });

  it('renders a letter requested after a pass that found nothing to do', async () => {
    const letters = await stage();
    expect(await letters.renderPending()).toBe(0);
    const caseId = caseWithLetter('Anna Albers');
    expect(await letters.renderPending()).toBe(1);
    expect(store.letters.forCase(caseId)[0]).toMatchObject({ status: 'ready' });
  });

  it('blocks a letter whose variant has no template, with a reason, and goes on with the others', async () => {
    const broken = caseWithLetter('Anna Albers', 'first-contact.xx');
    const fine = caseWithLetter('Bernd Brandt');
    await (await stage()).renderPending();
    expect(store.letters.forCase(broken)[0]).toMatchObject({ status: 'blocked', reason: expect.stringContaining('TEMPLATE_INVALID') });
    expect(store.letters.forCase(fine)[0]).toMatchObject({ status: 'ready' });
    expect(existsSync(store.letters.forCase(fine)[0]!.path!)).toBe(true);
  });
});
