/**
 * A real app for the review desk's tests, built by main.ts#openApp: SQLite file in a temp dir,
 * the real document reader (text layer; page images) and letter maker. `ingest` runs a PDF
 * through the real read → extraction → commit → letter steps without the watcher and spool.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { createRootLogger } from '../../../src/adapters/logger.adapter.js';
import { FsFileStore, sha256Of } from '../../../src/adapters/file-store.adapter.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openApp, type App } from '../../../src/main.js';
import { commitDocument } from '../../../src/pipeline/commit.stage.js';
import { buildExtraction } from '../../../src/pipeline/extract.stage.js';
import { senderOf } from '../../../src/pipeline/learn.stage.js';
import { hashPassword } from '../../../src/web/password.hasher.js';
import { tempDirs, type TempDirs } from '../../support/temp-app.js';

/** The session cookies a response sets, as a Cookie header for the next request. */
export const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
/** The CSRF token of a rendered form. */
export const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;

export interface WebFixture {
  dirs: TempDirs;
  app: App;
  /** Commits a text-layer PDF as if the pipeline had read it; returns the case id. */
  ingest(pdf: Buffer, originalName: string, now?: Date): Promise<string>;
  addUser(name: string, role: 'admin' | 'worker', password: string): Promise<void>;
  close(): Promise<void>;
}

export async function webFixture(prefix = 'intake-web-'): Promise<WebFixture> {
  const dirs = tempDirs(prefix);
  // A copy of the templates: the admin pages may change them.
  const templatesDir = path.join(dirs.root, 'templates');
  cpSync(path.resolve('templates'), templatesDir, { recursive: true });
  const config = loadConfig({ env: { INTAKE_WATCH_DIR: dirs.watchDir, INTAKE_DATA_DIR: dirs.dataDir, INTAKE_OCR_WORKERS: '1', INTAKE_TEMPLATES_DIR: templatesDir }, cwd: dirs.root });
  const app = await openApp(config, createRootLogger('silent', { pretty: false }));
  const files = new FsFileStore({ dataDir: config.dataDir, failedDir: dirs.failedDir });
  const settings = {
    joinThreshold: config.match.joinThreshold,
    reviewThreshold: config.match.reviewThreshold,
    earlierCaseYears: config.match.earlierCaseYears,
    serviceEstimateDays: config.deadlines.serviceEstimateDays,
    defaultLetterVariant: config.letters.defaultVariant,
  };
  let serial = 0;
  return {
    dirs,
    app,
    async ingest(pdf, originalName, now = new Date()) {
      const { store } = app;
      const read = await app.reader.read(pdf);
      const sha256 = sha256Of(pdf);
      const originalPath = await files.keepOriginal(sha256, pdf, 'pdf');
      const id = `dtest${(serial += 1)}${sha256.slice(0, 8)}`;
      const at = now.toISOString();
      store.documents.insertReceived({ id, sha256, originalName, origin: 'cli', size: pdf.length, spoolPath: `/nonexistent/${id}`, receivedAt: at });
      store.documents.clearSpoolPath(id);
      const extraction = buildExtraction(originalName, sha256, read, { gazetteer: config.gazetteer, today: at.slice(0, 10) });
      const outcome = commitDocument(
        store,
        { doc: store.documents.get(id)!, extraction, pagesJson: JSON.stringify(read.pages), mimeType: read.mimeType, originalPath, readAt: at, extractedAt: at, sender: senderOf(read.pages) },
        settings,
        now,
      );
      await app.letterStage.renderPending();
      return outcome.caseId;
    },
    async addUser(name, role, password) {
      app.store.auth.addUser(name, role, await hashPassword(password), new Date().toISOString());
    },
    async close() {
      await app.close();
      dirs.cleanup();
    },
  };
}
