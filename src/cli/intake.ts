#!/usr/bin/env node
import { reportError } from './cli-context.js';

/**
 * Each command's module is loaded when that command runs: `intake extract` on one scan should not pay for
 * loading the web server, the database, the letter PDF writer and pdfjs (together over a second on a busy
 * machine, more than reading a page takes the native tesseract CLI). Help loads them all.
 */
type Command = (argv: string[]) => Promise<number>;
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.command.js')).extractCommand,
  process: async () => (await import('./process.command.js')).processCommand,
  cases: async () => (await import('./cases.command.js')).casesCommand,
  status: async () => (await import('./status.command.js')).statusCommand,
  letters: async () => (await import('./letters.command.js')).lettersCommand,
  user: async () => {
    const { userCommand } = await import('./user.command.js');
    return (argv) => userCommand(argv);
  },
  report: async () => (await import('./report.command.js')).reportCommand,
  purge: async () => (await import('./purge.command.js')).purgeCommand,
  mail: async () => (await import('./mail.command.js')).mailCommand,
  'separator-sheet': async () => (await import('./separator-sheet.command.js')).separatorSheetCommand,
  backup: async () => (await import('./backup.command.js')).backupCommand,
  restore: async () => (await import('./restore.command.js')).restoreCommand,
  start: async () => {
    const { startCommand } = await import('./start.command.js');
    return (argv) => startCommand(argv, { web: true });
  },
  watch: async () => {
    const { startCommand } = await import('./start.command.js');
    return (argv) => startCommand(argv, { web: false });
  },
};

async function help(): Promise<string> {
  const [start, extract, process_, cases, letters, status, user, report, purge, mail, separator, backup, restore] = await Promise.all([
    import('./start.command.js').then((m) => m.START_HELP),
    import('./extract.command.js').then((m) => m.EXTRACT_HELP),
    import('./process.command.js').then((m) => m.PROCESS_HELP),
    import('./cases.command.js').then((m) => m.CASES_HELP),
    import('./letters.command.js').then((m) => m.LETTERS_HELP),
    import('./status.command.js').then((m) => m.STATUS_HELP),
    import('./user.command.js').then((m) => m.USER_HELP),
    import('./report.command.js').then((m) => m.REPORT_HELP),
    import('./purge.command.js').then((m) => m.PURGE_HELP),
    import('./mail.command.js').then((m) => m.MAIL_HELP),
    import('./separator-sheet.command.js').then((m) => m.SEPARATOR_HELP),
    import('./backup.command.js').then((m) => m.BACKUP_HELP),
    import('./restore.command.js').then((m) => m.RESTORE_HELP),
  ]);
  return HELP.replace(
    '{{commands}}',
    [start, extract, process_, cases, letters, status, user, report, purge, mail, separator, backup, restore].join('\n\n'),
  );
}

const HELP = `intake – Eingang von Räumungsmitteilungen für die Fachstelle

Befehle:
{{commands}}

Gemeinsame Optionen: --watch-dir <ordner>  --data-dir <ordner>  --templates-dir <ordner>  --config <datei.json>
                     --host <adresse>  --port <zahl>  --log-level <stufe>  --polling
Einstellungen auch per Umgebung (INTAKE_WATCH_DIR, INTAKE_DATA_DIR, …), siehe README.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`Unbekannter Befehl „${name}“.\n\n${await help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(await help());
    return 0;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    return reportError(error);
  }
}

// Exit explicitly: OCR workers or timers must not keep a finished command alive. stdout to a pipe is synchronous on Linux.
process.exit(await main(process.argv.slice(2)));
