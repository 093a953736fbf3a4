/**
 * The command lines a README shows: every line of the shell code blocks (```sh, ```bash, ```shell, or a
 * block without a language) under the given `## ` sections, with `# comments` cut off and `\` line
 * continuations joined. Blocks marked otherwise (```text, ```ini, ```json …) are not commands.
 */
export interface ReadmeCommand {
  section: string;
  line: string;
}

const SHELL_BLOCKS = new Set(['', 'sh', 'bash', 'shell', 'console']);

/** Cuts a trailing comment: a # after whitespace, outside quotes. */
export function withoutComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

export function readmeCommands(markdown: string, sections: string[]): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  let section: string | null = null;
  let inBlock: 'shell' | 'other' | null = null;
  let pending = '';
  for (const raw of markdown.split('\n')) {
    const fence = /^```\s*([\w-]*)/.exec(raw);
    if (fence) {
      if (inBlock) inBlock = null;
      else inBlock = SHELL_BLOCKS.has(fence[1]!.toLowerCase()) ? 'shell' : 'other';
      continue;
    }
    if (!inBlock) {
      const heading = /^## (.+)$/.exec(raw);
      if (heading) section = heading[1]!.trim();
      continue;
    }
    if (inBlock !== 'shell' || section === null || !sections.includes(section)) continue;
    const line = withoutComment(pending + raw.trim());
    if (line.endsWith('\\')) {
      pending = `${line.slice(0, -1).trim()} `;
      continue;
    }
    pending = '';
    if (line.trim() !== '') commands.push({ section, line: line.trim() });
  }
  return commands;
}
