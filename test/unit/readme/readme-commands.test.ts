import { describe, expect, it } from 'vitest';
import { readmeCommands, withoutComment } from '../../support/readme-commands.js';

const README = [
  '# tool',
  '## Quick start',
  '```sh',
  'npm install   # installs',
  '# a comment line',
  '',
  "printf '%s\\n' 'a # b' | npx intake user add anna \\",
  '  --role admin',
  '```',
  '## Commands',
  '```',
  'npx intake cases   # list',
  '```',
  '```text',
  'intake extract <file...> [--json]',
  '```',
  '```ini',
  'ExecStart=/usr/bin/node intake.js',
  '```',
  '## Configuration',
  '```sh',
  'npx intake start --config x.json',
  '```',
].join('\n');

describe('reading the command lines a README shows', () => {
  it('takes the shell blocks of the named sections, without comments, with continued lines joined', () => {
    expect(readmeCommands(README, ['Quick start', 'Commands'])).toEqual([
      { section: 'Quick start', line: 'npm install' },
      { section: 'Quick start', line: "printf '%s\\n' 'a # b' | npx intake user add anna --role admin" },
      { section: 'Commands', line: 'npx intake cases' },
    ]);
  });

  it('keeps a # inside quotes or inside a word', () => {
    expect(withoutComment("echo 'x # y' a#b # note")).toBe("echo 'x # y' a#b");
  });
});
