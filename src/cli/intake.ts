#!/usr/bin/env node
import { backupCommand, BACKUP_HELP } from './backup.command.js';
import { casesCommand, CASES_HELP } from './cases.command.js';
import { reportError } from './cli-context.js';
import { extractCommand, EXTRACT_HELP } from './extract.command.js';
import { lettersCommand, LETTERS_HELP } from './letters.command.js';
import { mailCommand, MAIL_HELP } from './mail.command.js';
import { processCommand, PROCESS_HELP } from './process.command.js';
import { purgeCommand, PURGE_HELP } from './purge.command.js';
import { reportCommand, REPORT_HELP } from './report.command.js';
import { restoreCommand, RESTORE_HELP } from './restore.command.js';
import { SEPARATOR_HELP, separatorSheetCommand } from './separator-sheet.command.js';
import { startCommand, START_HELP } from './start.command.js';
import { statusCommand, STATUS_HELP } from './status.command.js';
import { userCommand, USER_HELP } from './user.command.js';

const HELP = `intake – Eingang von Räumungsmitteilungen für die Fachstelle

Befehle:
${[START_HELP, EXTRACT_HELP, PROCESS_HELP, CASES_HELP, LETTERS_HELP, STATUS_HELP, USER_HELP, REPORT_HELP, PURGE_HELP, MAIL_HELP, SEPARATOR_HELP, BACKUP_HELP, RESTORE_HELP].join('\n\n')}

Gemeinsame Optionen: --watch-dir <ordner>  --data-dir <ordner>  --templates-dir <ordner>  --config <datei.json>
                     --host <adresse>  --port <zahl>  --log-level <stufe>  --polling
Einstellungen auch per Umgebung (INTAKE_WATCH_DIR, INTAKE_DATA_DIR, …), siehe README.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  extract: extractCommand,
  process: processCommand,
  cases: casesCommand,
  status: statusCommand,
  letters: lettersCommand,
  user: (argv) => userCommand(argv),
  report: reportCommand,
  purge: purgeCommand,
  mail: mailCommand,
  'separator-sheet': separatorSheetCommand,
  backup: backupCommand,
  restore: restoreCommand,
  start: (argv) => startCommand(argv, { web: true }),
  watch: (argv) => startCommand(argv, { web: false }),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unbekannter Befehl „${name}“.\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  try {
    return await command(rest);
  } catch (error) {
    return reportError(error);
  }
}

// Exit explicitly: OCR workers or timers must not keep a finished command alive. stdout to a pipe is synchronous on Linux.
process.exit(await main(process.argv.slice(2)));
