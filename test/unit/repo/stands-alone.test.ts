import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/run-cli.js';

/** Text files of the repository as a clone has them (tracked, plus new ones not ignored). */
function repositoryTextFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => /\.(ts|cjs|js|mjs|json|md|tpl|sh|yml|yaml)$|^\.ci\/run$/.test(f) && !f.startsWith('samples/corpus/') && existsSync(path.join(REPO_ROOT, f)));
}

describe('the repository stands alone', () => {
  it('points to no notes outside it and to no folder of one machine', () => {
    const outside = /\b(DOMAIN|STYLE|LIBRARY-NOTES|HELPERS-BRIEF)\.md\b|\/work\/(shared|main|wt)\b/;
    const hits = repositoryTextFiles().flatMap((file) =>
      readFileSync(path.join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('has the docs the code points to, and their links lead to files that exist', () => {
    for (const doc of ['docs/domain.md', 'docs/architecture.md', 'docs/glossary.md', 'CONTRIBUTING.md']) {
      const text = readFileSync(path.join(REPO_ROOT, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^https?:/.test(target!)) continue;
        expect(existsSync(path.resolve(REPO_ROOT, path.dirname(doc), target!)), `${doc} → ${target}`).toBe(true);
      }
    }
    const pointers = repositoryTextFiles()
      .filter((f) => f.startsWith('src/'))
      .flatMap((file) => [...readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(/docs\/[\w-]+\.md/g)].map((m) => m[0]));
    expect(pointers.length).toBeGreaterThan(0);
    for (const target of new Set(pointers)) expect(existsSync(path.join(REPO_ROOT, target)), target).toBe(true);
  });
});
