import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PurgeFiles } from '../pipeline/purge.stage.js';

/** The purge's file side over the data dir. */
export function dataDirPurgeFiles(dataDir: string): PurgeFiles {
  const list = async (dir: string) => (existsSync(dir) ? readdir(dir) : []);
  return {
    async pageImages(documentIds) {
      const dir = path.join(dataDir, 'pages');
      const names = await list(dir);
      const ids = new Set(documentIds);
      return names.filter((n) => n.endsWith('.png') && ids.has(n.replace(/-\d+\.png$/, ''))).map((n) => path.join(dir, n));
    },
    async letterDirs(caseIds) {
      return caseIds.map((id) => path.join(dataDir, 'letters', id)).filter((dir) => existsSync(dir));
    },
    async printJobsBefore(before) {
      const dir = path.join(dataDir, 'print');
      const out: string[] = [];
      for (const name of await list(dir)) {
        const file = path.join(dir, name);
        if ((await stat(file)).mtime.getTime() < before.getTime()) out.push(file);
      }
      return out;
    },
    async existing(paths) {
      return paths.filter((p) => existsSync(p));
    },
    async remove(target) {
      if (!existsSync(target)) return false;
      await rm(target, { recursive: true, force: true });
      return true;
    },
  };
}
